"""Backups and restores of the SQLite database: real files, real WAL files, real processes.

The retention rule is a pure function, property-tested with hypothesis.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from showroom.admin.backups import (
    automatic_backup,
    backup_database,
    latest_good_backup,
    recover_from_backup,
    restore_database,
)
from showroom.core.errors import DatabaseDamagedError, StorageError
from showroom.demo.world import generate_demo
from showroom.kernel.settings_store import load_settings, save_settings
from showroom.storage.backup import (
    DatabaseInUseError,
    backups_to_keep,
    list_backups,
    sqlite_fingerprint,
)
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.migrate import head_revision, open_database

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(path: Path, table: str = "customers") -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT full_name FROM customers ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture
def filled(sqlite_config: AppConfig) -> Database:
    db = open_database(sqlite_config)
    with db.session() as session:
        generate_demo(session, customers=40, seed=5, interactions_per_customer=2)
    return db


def live_path(config: AppConfig) -> Path:
    assert config.sqlite_path is not None
    return config.sqlite_path


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file: the header and schema stay readable, the
    quick check fails."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xde\xad\xbe\xef" * ((size - 4096 * 4) // 4))


# --- retention: a pure function over dates ------------------------------------------------------
moments = st.lists(
    st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2027, 12, 31)),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(moments)
def test_retention_keeps_newest_of_each_recent_day_week_and_month(dates: list[datetime]) -> None:
    keep = backups_to_keep(dates)
    assert keep <= set(dates)
    assert len(keep) <= 7 + 4 + 12
    if dates:
        assert max(dates) in keep
    newest_first = sorted(set(dates), reverse=True)
    for period, count_ in (
        (lambda d: d.date(), 7),
        (lambda d: d.isocalendar()[:2], 4),
        (lambda d: (d.year, d.month), 12),
    ):
        recent: list[object] = []
        for moment in newest_first:
            if period(moment) not in recent:
                recent.append(period(moment))
        for key in recent[:count_]:
            newest = max(d for d in dates if period(d) == key)
            assert newest in keep, (key, newest)
    # Anything kept is the newest of its day, and of a recent day, week or month.
    for kept in keep:
        assert kept == max(d for d in dates if d.date() == kept.date())


@settings(max_examples=200, deadline=None)
@given(moments, st.randoms(use_true_random=False))
def test_retention_is_stable_and_order_free(dates: list[datetime], rng: object) -> None:
    keep = backups_to_keep(dates)
    assert backups_to_keep(keep) == keep  # pruning again removes nothing more
    shuffled = list(dates)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert backups_to_keep(shuffled + dates[:3]) == keep


def test_retention_of_a_year_of_daily_backups() -> None:
    daily = [datetime(2026, 1, 1, 12) + timedelta(days=n) for n in range(365)]
    keep = backups_to_keep(daily)
    last = daily[-1]
    assert {d for d in keep if (last - d).days < 7} == {last - timedelta(days=n) for n in range(7)}
    assert len({(d.year, d.month) for d in keep}) == 12
    assert len(keep) <= 23


# --- automatic backups ----------------------------------------------------------------------------
def test_automatic_backup_only_after_changes(filled: Database) -> None:
    path = live_path(filled.config)
    filled.dispose()  # the demo data was written in an earlier session
    db = open_database(filled.config)
    first = automatic_backup(db, NOW)
    assert first.path is not None and first.path.parent == filled.config.home / "backups"
    assert count(first.path) == 40
    again = automatic_backup(db, NOW + timedelta(minutes=1))
    assert again.path is None and "did not change" in again.reason

    # Close and reopen the way the app starts, reading only: no change, so no backup.
    db.dispose()
    db = open_database(filled.config)
    with db.session() as session:
        load_settings(session)
    assert automatic_backup(db, NOW + timedelta(minutes=2)).path is None

    # An UPDATE that does not grow the file: the header's change counter (offset 24) stays
    # the same in WAL mode, which is why it is not the signal used.
    header_before = path.read_bytes()[24:28]
    size_before = path.stat().st_size
    with db.session() as session:
        session.execute(text("UPDATE customers SET notes = 'called back' WHERE id = 1"))
    assert path.stat().st_size == size_before
    assert path.read_bytes()[24:28] == header_before
    changed = automatic_backup(db, NOW + timedelta(minutes=3))
    assert changed.path is not None
    conn = sqlite3.connect(changed.path)
    assert conn.execute("SELECT notes FROM customers WHERE id = 1").fetchone() == ("called back",)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    conn.close()
    assert not Path(str(changed.path) + "-wal").exists()
    db.dispose()


def test_automatic_backup_goes_to_the_chosen_folder_or_warns(
    filled: Database, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with filled.session() as session:
        save_settings(session, load_settings(session).__class__(backup_folder=str(usb)))
    made = automatic_backup(filled, NOW)
    assert made.path is not None and made.path.parent == usb and made.warning is None
    assert latest_good_backup(filled.config) is not None
    assert latest_good_backup(filled.config).path == made.path  # type: ignore[union-attr]

    # The drive is unplugged: a warning, and the backup goes to the data folder.
    for entry in usb.iterdir():
        entry.unlink()
    usb.rmdir()
    with filled.session() as session:
        session.execute(text("UPDATE customers SET notes = 'x' WHERE id = 2"))
    fallback = automatic_backup(filled, NOW + timedelta(hours=1))
    assert fallback.path is not None
    assert fallback.path.parent == filled.config.home / "backups"
    assert fallback.warning is not None
    assert str(usb) in fallback.warning and "cannot be used" in fallback.warning
    assert not usb.exists(), "an unplugged drive's folder is never created"
    filled.dispose()


def test_automatic_backups_are_pruned_by_the_retention_rule(filled: Database) -> None:
    folder = filled.config.home / "backups"
    folder.mkdir(exist_ok=True)
    source = live_path(filled.config)
    old = [NOW - timedelta(days=n, hours=1) for n in range(1, 90)]
    for moment in old:
        target = folder / f"auto-{moment.strftime('%Y%m%d-%H%M%S')}.sqlite"
        target.write_bytes(source.read_bytes()[:4096])
    by_hand = folder / "showroom-20200101-000000.sqlite"
    by_hand.write_bytes(b"kept forever")
    report = automatic_backup(filled, NOW)
    assert report.path is not None
    left = {b.taken_at for b in list_backups([folder]) if b.kind == "auto"}
    expected = backups_to_keep([m.astimezone(UTC) for m in [*old, NOW]])
    assert {m.astimezone(UTC) for m in left} == {m.astimezone(UTC) for m in expected}
    assert len(report.pruned) == 90 - len(left)
    assert by_hand.exists()
    filled.dispose()


def test_backup_is_consistent_while_another_process_writes(filled: Database) -> None:
    path = live_path(filled.config)
    filled.dispose()
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA busy_timeout=5000')\n"
            "c.execute('PRAGMA synchronous=OFF')\n"
            "print('writing', flush=True)\n"
            "end, i = time.time() + 1.5, 0\n"
            "while time.time() < end:\n"
            "    i += 1\n"
            "    c.execute('BEGIN IMMEDIATE')\n"
            '    c.execute("UPDATE customers SET notes = ? WHERE id = 1", (str(i),))\n'
            '    c.execute("UPDATE customers SET notes = ? WHERE id = 2", (str(i),))\n'
            "    c.execute('COMMIT')\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
        seen = set()
        for n in range(5):
            report = backup_database(filled.config, None, NOW + timedelta(seconds=n))
            conn = sqlite3.connect(report.path)
            rows = conn.execute("SELECT notes FROM customers WHERE id IN (1, 2)").fetchall()
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            conn.close()
            assert rows[0] == rows[1], "both updates of one transaction, or neither"
            seen.add(rows[0])
        assert len(seen) > 1, "the backups were taken while the writer was writing"
    finally:
        writer.wait(timeout=60)


# --- restore ---------------------------------------------------------------------------------------
def test_restore_replaces_the_database_and_keeps_the_old_one(filled: Database) -> None:
    config = filled.config
    path = live_path(config)
    backup = backup_database(config, None, NOW).path
    before = names(path)
    with filled.session() as session:
        session.execute(text("UPDATE customers SET full_name = 'Changed After Backup'"))
    filled.dispose()
    report = restore_database(config, backup, NOW + timedelta(hours=1))
    assert names(path) == before
    assert report.kept is not None and set(names(report.kept)) == {"Changed After Backup"}
    assert report.revision == head_revision()
    db = open_database(config)
    db.dispose()


def test_restore_while_the_database_is_open_is_refused(filled: Database) -> None:
    config = filled.config
    path = live_path(config)
    backup = backup_database(config, None, NOW).path
    with filled.reader() as session:  # a connection in the pool keeps the file open
        session.execute(text("SELECT 1"))
    before = names(path)
    with pytest.raises(DatabaseInUseError, match="open in another program"):
        restore_database(config, backup, NOW)
    assert names(path) == before
    filled.dispose()


def _leave_wal_behind(path: Path, statement: str) -> None:
    """A process that commits and dies without closing: its -wal keeps the commit."""
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "c.execute(sys.argv[2])\n"
            "os._exit(0)\n",
            str(path),
            statement,
        ],
        check=True,
    )


def test_restore_handles_a_wal_left_by_a_crash(filled: Database) -> None:
    """The committed data in a leftover -wal belongs to the database being replaced: it
    goes into the kept copy, and no frame of it reaches the restored database."""
    config = filled.config
    path = live_path(config)
    backup = backup_database(config, None, NOW).path
    filled.dispose()
    _leave_wal_behind(path, "UPDATE customers SET full_name = 'Only In The WAL'")
    wal = Path(str(path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    report = restore_database(config, backup, NOW)
    assert "Only In The WAL" not in names(path)
    assert names(path) == names(backup)
    assert report.kept is not None and set(names(report.kept)) == {"Only In The WAL"}
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


def test_a_stale_wal_without_its_database_is_moved_aside(filled: Database) -> None:
    """An interrupted set-aside may leave a -wal whose database is gone: it must not be
    applied to the database restored in its place."""
    config = filled.config
    path = live_path(config)
    backup = backup_database(config, None, NOW).path
    filled.dispose()
    _leave_wal_behind(path, "UPDATE customers SET full_name = 'Stale Frame'")
    path.unlink()  # the main file is gone, its -wal is still there
    restore_database(config, backup, NOW)
    assert names(path) == names(backup)
    orphans = list(path.parent.glob("showroom-orphan-*.sqlite-wal"))
    assert len(orphans) == 1 and orphans[0].stat().st_size > 0


def test_recovery_sets_the_damaged_database_aside_with_its_wal(filled: Database) -> None:
    config = filled.config
    path = live_path(config)
    auto = automatic_backup(filled, NOW).path
    assert auto is not None
    filled.dispose()
    _leave_wal_behind(path, "UPDATE customers SET notes = 'in the wal'")
    damage(path)
    damaged_digest = digest(path)
    wal_digest = digest(Path(str(path) + "-wal"))
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(config)
    assert f"showroom restore {auto}" in str(caught.value)
    chosen = latest_good_backup(config)
    assert chosen is not None and chosen.path == auto
    report = recover_from_backup(config, chosen.path, NOW)
    assert report.kept is not None and "damaged" in report.kept.name
    assert digest(report.kept) == damaged_digest, "set aside untouched, never deleted"
    assert digest(Path(str(report.kept) + "-wal")) == wal_digest
    assert names(path) == names(auto)
    open_database(config).dispose()


@pytest.mark.parametrize("kind", ["not sqlite", "damaged", "foreign", "newer", "missing"])
def test_a_bad_backup_is_refused_and_nothing_changes(
    filled: Database, tmp_path: Path, kind: str
) -> None:
    config = filled.config
    path = live_path(config)
    bad = tmp_path / "bad.sqlite"
    if kind == "not sqlite":
        bad.write_text("name,phone\nAnna,123\n")
    elif kind == "damaged":
        backup_database(config, bad, NOW)
        damage(bad)
    elif kind == "foreign":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    elif kind == "newer":
        backup_database(config, bad, NOW)
        with sqlite3.connect(bad) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    filled.dispose()
    before = digest(path)
    expected = {
        "not sqlite": "is not an SQLite database",
        "damaged": "is damaged|integrity check",
        "foreign": "not a Showroom one",
        "newer": "newer version of Showroom",
        "missing": "There is no file",
    }[kind]
    with pytest.raises(StorageError, match=expected) as caught:
        restore_database(config, bad, NOW)
    assert "Nothing was changed" in str(caught.value) or "nothing was changed" in str(caught.value)
    assert digest(path) == before
    assert not list(path.parent.glob("*.restoring*"))
    assert not list((config.home / "backups").glob("before-restore-*"))


def test_restoring_an_older_schema_upgrades_it(filled: Database, tmp_path: Path) -> None:
    """A backup of schema 0001 is restored and brought to the head revision."""
    from alembic import command
    from sqlalchemy.engine import make_url

    from showroom.storage.database import create_database_engine
    from showroom.storage.migrate import alembic_config

    old = tmp_path / "old.sqlite"
    engine = create_database_engine(make_url(f"sqlite:///{old}"))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(
            text(
                "INSERT INTO customers (full_name, name_folded, status, source, "
                "preferred_language, consent_contact, created_at, updated_at, version) "
                "VALUES ('Åsa Lindqvist', 'asa lindqvist', 'lead', 'walk_in', 'en', 0, "
                "'2025-01-01 10:00:00', '2025-01-01 10:00:00', 1)"
            )
        )
    engine.dispose()
    filled.dispose()
    report = restore_database(filled.config, old, NOW)
    assert (report.revision, report.head) == ("0001", head_revision())
    assert "upgraded to" in report.describe("SQLite")
    assert names(live_path(filled.config)) == ["Åsa Lindqvist"]
    assert list((filled.config.home / "backups").glob("before-upgrade-0001-*.sqlite"))


def test_backup_of_a_damaged_database_is_refused(filled: Database) -> None:
    config = filled.config
    good = automatic_backup(filled, NOW).path
    filled.dispose()
    damage(live_path(config))
    with pytest.raises(DatabaseDamagedError) as caught:
        backup_database(config, None, NOW + timedelta(hours=1))
    assert f"showroom restore {good}" in str(caught.value)
    assert not list((config.home / "backups").glob("showroom-*"))


def test_fingerprint_sees_a_commit_that_sits_in_the_wal(filled: Database) -> None:
    path = live_path(filled.config)
    filled.dispose()
    before = sqlite_fingerprint(path)
    _leave_wal_behind(path, "UPDATE customers SET notes = 'n' WHERE id = 3")
    assert sqlite_fingerprint(path) != before
    assert os.path.getsize(str(path) + "-wal") > 0
