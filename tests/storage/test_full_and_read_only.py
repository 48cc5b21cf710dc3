"""A full disk and a read-only database or data folder: real filesystems, real errors.

Tests run as root, so chmod stops nothing: a full disk is a tiny tmpfs, a read-only file is
``chattr +i``, a read-only folder a read-only bind mount. Where the machine does not allow
them (no root, a filesystem without the immutable flag) the test is skipped and says why.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from showroom.admin.users import create_user
from showroom.core.errors import StorageError
from showroom.customers.domain import CustomerDraft
from showroom.customers.service import create_customer
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.config import resolve_config
from showroom.storage.migrate import open_database
from tests.cli.test_cli import one_sentence_error, showroom

SETTINGS = ShowroomSettings()


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sqlite(path: Path, query: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(query).fetchall()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs: full after a few hundred kilobytes of customers."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = _run("mount", "-t", "tmpfs", "-o", "size=1M,mode=0700", "tmpfs", str(disk))
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill (needs root): {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        _run("umount", "-l", str(disk))


def test_a_full_disk_fails_the_unit_whole_and_the_database_recovers(small_disk: Path) -> None:
    config = resolve_config(str(small_disk / "home"), None, environ={})
    db = open_database(config)
    with db.session() as session:
        actor = create_user(session, "ben", Role.CONSULTANT)
    saved = 0
    with pytest.raises(StorageError) as caught:
        for number in range(500):
            with db.session() as session:
                create_customer(
                    session, CustomerDraft(f"Customer {number}", notes="n" * 9000), actor, SETTINGS
                )
            saved += 1
    message = str(caught.value)
    assert message == (
        f"The disk that holds the database {config.sqlite_path} is full, so your last change "
        "was not saved; free some space on it and try again."
    )
    assert saved > 0
    path = config.sqlite_path
    assert path is not None
    with db.reader() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT count(*) FROM customers")).scalar() == saved
        assert (
            session.execute(
                text("SELECT count(*) FROM interactions WHERE summary = 'Customer card created'")
            ).scalar()
            == saved
        ), "the failed unit left no customer card half-written"
    db.dispose()
    assert _sqlite(path, "PRAGMA integrity_check") == [("ok",)]

    # Space is freed: the same database takes the unit that failed.
    assert _run("mount", "-o", "remount,size=8M", str(small_disk)).returncode == 0
    db = open_database(config)
    with db.session() as session:
        create_customer(
            session, CustomerDraft("After The Cleanup", notes="n" * 9000), actor, SETTINGS
        )
    db.dispose()
    assert _sqlite(path, "SELECT count(*) FROM customers") == [(saved + 1,)]
    assert _sqlite(path, "PRAGMA integrity_check") == [("ok",)]


def test_a_full_disk_on_the_command_line_is_one_sentence(small_disk: Path) -> None:
    home = small_disk / "home"
    result = showroom("demo", "--customers", "3000", home=home)
    line = one_sentence_error(result)
    assert "is full, so your last change was not saved" in line
    database = home / "showroom.sqlite"
    assert _sqlite(database, "SELECT count(*) FROM customers") == [(0,)], "all or nothing"
    assert _sqlite(database, "PRAGMA integrity_check") == [("ok",)]


def test_a_read_only_database_file_refuses_writes_plainly(tmp_path: Path) -> None:
    config = resolve_config(str(tmp_path / "home"), None, environ={})
    db = open_database(config)
    with db.session() as session:
        actor = create_user(session, "ben", Role.CONSULTANT)
    db.dispose()
    path = config.sqlite_path
    assert path is not None
    locked = _run("chattr", "+i", str(path))
    if locked.returncode != 0:
        pytest.skip(f"chattr +i is not available here: {locked.stderr.strip()}")
    try:
        before = _digest(path)
        db = open_database(config)  # opens (read-only), reading works
        with db.reader() as session:
            from sqlalchemy import text

            assert session.execute(text("SELECT count(*) FROM users")).scalar() == 1
        with pytest.raises(StorageError) as caught, db.session() as session:
            create_customer(session, CustomerDraft("Never Saved"), actor, SETTINGS)
        assert str(caught.value) == (
            f"The database file {path} cannot be written (the file, its folder or the drive "
            "is read-only), so your last change was not saved; ask your IT contact to make it "
            "writable."
        )
        db.dispose()
        assert _digest(path) == before
    finally:
        _run("chattr", "-i", str(path))
    assert _sqlite(path, "SELECT count(*) FROM customers") == [(0,)]


def test_a_read_only_data_folder_is_one_sentence(tmp_path: Path) -> None:
    source = tmp_path / "data"
    home = tmp_path / "mounted"
    home.mkdir()
    assert showroom("demo", "--customers", "3", home=source).returncode == 0
    bound = _run("mount", "--bind", str(source), str(home))
    if bound.returncode != 0:
        pytest.skip(f"cannot bind-mount a folder read-only (needs root): {bound.stderr.strip()}")
    try:
        readonly = _run("mount", "-o", "remount,ro,bind", str(home))
        if readonly.returncode != 0:
            pytest.skip(f"cannot remount read-only: {readonly.stderr.strip()}")
        before = _digest(home / "showroom.sqlite")
        line = one_sentence_error(showroom("demo", "--customers", "3", home=home))
        assert f"The data folder {home} cannot be used: Read-only file system." in line
        assert _digest(home / "showroom.sqlite") == before
        assert _run("touch", str(home / "x")).returncode != 0, "the folder is really read-only"
    finally:
        _run("umount", "-l", str(home))
    assert _sqlite(source / "showroom.sqlite", "SELECT count(*) FROM customers") == [(3,)]
