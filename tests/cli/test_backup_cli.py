"""`showroom backup` and `showroom restore` as an admin runs them: real processes, real
files, a real PostgreSQL server with the real pg_dump, pg_restore and psql."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.cli.test_cli import digest, one_sentence_error, showroom


def _execute(database: Path, statement: str) -> list[tuple[object, ...]]:
    """Run one statement and close the connection (an open one would block a restore)."""
    with closing(sqlite3.connect(database)) as conn, conn:
        return conn.execute(statement).fetchall()


def _names(database: Path) -> list[str]:
    return [str(r[0]) for r in _execute(database, "SELECT full_name FROM customers ORDER BY id")]


def _rename_everyone(database: Path) -> None:
    _execute(database, "UPDATE customers SET full_name = 'Changed After Backup'")


def test_backup_and_restore_sqlite(tmp_path: Path) -> None:
    home = tmp_path / "h"
    assert showroom("demo", "--customers", "25", home=home).returncode == 0
    database = home / "showroom.sqlite"
    before = _names(database)

    made = showroom("backup", home=home)
    assert made.returncode == 0, made.stderr
    assert "with SQLite's backup API" in made.stdout
    [backup] = (home / "backups").glob("showroom-*.sqlite")
    assert str(backup) in made.stdout
    assert _names(backup) == before

    to_folder = showroom("backup", "-o", str(tmp_path), home=home)
    assert to_folder.returncode == 0, to_folder.stderr
    assert len(list(tmp_path.glob("showroom-*.sqlite"))) == 1

    _rename_everyone(database)
    restored = showroom("restore", str(backup), home=home)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"Restored SQLite: {database} from {backup}")
    assert "the previous database was kept as" in restored.stdout
    assert _names(database) == before
    [kept] = (home / "backups").glob("before-restore-*.sqlite")
    assert set(_names(kept)) == {"Changed After Backup"}


def test_restore_refusals_are_one_sentence_and_change_nothing(tmp_path: Path) -> None:
    home = tmp_path / "h"
    assert showroom("demo", "--customers", "5", home=home).returncode == 0
    database = home / "showroom.sqlite"
    text_file = tmp_path / "customers.csv"
    text_file.write_text("name\nAnna\n")
    newer = tmp_path / "newer.sqlite"
    assert showroom("backup", "-o", str(newer), home=home).returncode == 0
    before = digest(database)  # after the backup, which the audit trail records
    _execute(newer, "UPDATE alembic_version SET version_num = '9999_future'")
    for file, expected in (
        (text_file, "is not an SQLite database"),
        (newer, "newer version of Showroom"),
        (tmp_path / "missing.sqlite", "There is no file"),
    ):
        line = one_sentence_error(showroom("restore", str(file), home=home))
        assert expected in line
        assert digest(database) == before


def test_a_damaged_database_names_the_restore_command(tmp_path: Path) -> None:
    home = tmp_path / "h"
    assert showroom("demo", "--customers", "30", home=home).returncode == 0
    assert showroom("backup", home=home).returncode == 0
    [backup] = (home / "backups").glob("showroom-*.sqlite")
    database = home / "showroom.sqlite"
    with database.open("r+b") as handle:  # the header survives, pages in the middle do not
        handle.seek(4096 * 3)
        handle.write(b"\x00\xff" * 20_000)
    before = digest(database)
    line = one_sentence_error(showroom("demo", "--customers", "1", home=home))
    assert "damaged" in line or "integrity check" in line
    assert f"showroom restore {backup}" in line
    assert digest(database) == before

    restored = showroom("restore", str(backup), home=home)
    assert restored.returncode == 0, restored.stderr
    set_aside = list(home.glob("showroom-damaged-*.sqlite"))
    assert len(set_aside) == 1 and digest(set_aside[0]) == before
    assert showroom("demo", "--customers", "1", "--force", home=home).returncode == 0


# --- PostgreSQL ----------------------------------------------------------------------------
def _pg(url: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(False))


def _pg_names(url: str) -> list[str]:
    with _pg(url) as conn:
        return [str(r[0]) for r in conn.execute("SELECT full_name FROM customers ORDER BY id")]


@pytest.mark.postgres
def test_backup_and_restore_postgresql(postgres_url: str, tmp_path: Path) -> None:
    home = tmp_path / "h"
    db = ("--database-url", postgres_url)
    assert showroom(*db, "demo", "--customers", "25", home=home).returncode == 0
    before = _pg_names(postgres_url)
    archive = tmp_path / "showroom.dump"
    made = showroom(*db, "backup", "-o", str(archive), home=home)
    assert made.returncode == 0, made.stderr
    assert "with pg_dump (custom format)" in made.stdout
    assert archive.read_bytes()[:5] == b"PGDMP"

    with _pg(postgres_url) as conn:
        conn.execute("UPDATE customers SET full_name = 'Changed After Backup'")
        conn.execute("DELETE FROM interactions")
    restored = showroom(*db, "restore", str(archive), home=home)
    assert restored.returncode == 0, restored.stderr
    assert _pg_names(postgres_url) == before
    with _pg(postgres_url) as conn:
        assert conn.execute("SELECT count(*) FROM interactions").fetchone()[0] > 0  # type: ignore[index]
    [kept] = (home / "backups").glob("before-restore-*.dump")
    assert kept.read_bytes()[:5] == b"PGDMP"
    # Search still works on the restored tables (its indexes came back too).
    with _pg(postgres_url) as conn:
        indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes")}
    assert {"ix_customers_search_trgm", "ix_customers_search_words"} <= indexes


@pytest.mark.postgres
def test_postgresql_restore_refusals(postgres_url: str, tmp_path: Path) -> None:
    home = tmp_path / "h"
    db = ("--database-url", postgres_url)
    assert showroom(*db, "demo", "--customers", "5", home=home).returncode == 0
    archive = tmp_path / "showroom.dump"
    assert showroom(*db, "backup", "-o", str(archive), home=home).returncode == 0
    with _pg(postgres_url) as conn:
        conn.execute("UPDATE customers SET full_name = 'Current'")
    sqlite_file = tmp_path / "a.sqlite"
    _execute(sqlite_file, "CREATE TABLE t (x)")

    line = one_sentence_error(showroom(*db, "restore", str(sqlite_file), home=home))
    assert "is not a PostgreSQL backup made by 'showroom backup'" in line

    with _pg(postgres_url) as other:  # another PC is connected
        other.execute("SELECT 1")
        line = one_sentence_error(showroom(*db, "restore", str(archive), home=home))
    assert "other connection(s) use the database" in line
    assert "close Showroom on every PC" in line

    empty = tmp_path / "no-tools"
    empty.mkdir()
    for command in (("backup",), ("restore", str(archive))):
        line = one_sentence_error(
            showroom(*db, *command, home=home, env={"SHOWROOM_PG_BIN": str(empty)})
        )
        assert "PostgreSQL client tool" in line
    assert set(_pg_names(postgres_url)) == {"Current"}
