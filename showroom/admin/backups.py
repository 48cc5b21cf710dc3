"""Backing up and restoring the whole database: by hand, automatically, and after damage.

Unlike the other services these work on the database as a whole, outside any unit of work,
so they take the AppConfig (or the open Database) rather than a Session. Their invariants:

- a restore checks the file completely before it touches anything, and keeps the current
  database (as a backup copy, or set aside by renaming if it is damaged) before it puts the
  restored one in place atomically; a refused restore changes nothing;
- a damaged database is never deleted, only set aside with its ``-wal``/``-shm``;
- automatic backups are taken only when the database changed since the last one, and only
  they are ever pruned (7 daily, 4 weekly, 12 monthly).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from showroom.core.errors import DatabaseDamagedError, StorageError
from showroom.storage.backup import (
    BACKUPS_DIR,
    SHOWROOM_TABLES,
    BackupFile,
    backup_path,
    backup_sqlite_file,
    check_sqlite_file,
    copy_for_restore,
    install_sqlite_database,
    known_backup_folders,
    prune_automatic_backups,
    read_index,
    resolve_backup_folder,
    sqlite_fingerprint,
    write_index,
)
from showroom.storage.config import AppConfig, ensure_home
from showroom.storage.database import Database, integrity_problems
from showroom.storage.types import utc_now

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


@dataclass(frozen=True, slots=True)
class BackupReport:
    """A backup taken by hand."""

    path: Path
    size: int
    method: str  # "SQLite's backup API" or "pg_dump (custom format)"
    warning: str | None = None

    def describe(self, database: str) -> str:
        size = f"{self.size / 1_000_000:.1f} MB" if self.size >= 100_000 else f"{self.size:,} bytes"
        return f"Backed up {database} to {self.path} ({size}) with {self.method}."


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """A restore that went through."""

    source: Path
    revision: str  # the schema revision of the restored file
    head: str  # the revision it was brought to
    kept: Path | None  # where the previous database went (copy, set aside, or dump)

    def describe(self, database: str) -> str:
        upgraded = (
            f"schema {self.revision}, upgraded to {self.head}"
            if self.revision != self.head
            else f"schema {self.revision}"
        )
        kept = f"; the previous database was kept as {self.kept}" if self.kept else ""
        return f"Restored {database} from {self.source} ({upgraded}){kept}."


@dataclass(frozen=True, slots=True)
class AutoBackupReport:
    """What the start-up backup did: ``path`` is None when none was needed."""

    path: Path | None
    reason: str
    warning: str | None = None
    pruned: tuple[Path, ...] = field(default=())


# --- where ------------------------------------------------------------------------------------
def _stored_backup_folder(config: AppConfig) -> str:
    """The backup_folder setting, read without migrating or writing anything."""
    if config.sqlite_path is not None:
        try:
            conn = sqlite3.connect(f"file:{config.sqlite_path}?mode=ro", uri=True)
            try:
                row = conn.execute(
                    "SELECT value FROM settings WHERE key = 'backup_folder'"
                ).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            return ""
        return str(row[0]) if row else ""
    from sqlalchemy import text

    from showroom.storage.database import create_database_engine

    engine = create_database_engine(config.database_url)
    try:
        with engine.connect() as connection:
            value = connection.execute(
                text("SELECT value FROM settings WHERE key = 'backup_folder'")
            ).scalar()
    except Exception:  # no settings table yet, or no server: the data folder then
        return ""
    finally:
        engine.dispose()
    return str(value or "")


def latest_good_backup(config: AppConfig) -> BackupFile | None:
    """The newest backup in any known backup folder that passes SQLite's quick check and
    holds a schema this app knows; None if there is none."""
    from showroom.storage.backup import latest_good_backup as find
    from showroom.storage.migrate import known_revisions

    return find(config.home, known_revisions())


# --- backup by hand --------------------------------------------------------------------------
def backup_database(
    config: AppConfig, target: Path | None = None, now: datetime | None = None
) -> BackupReport:
    """``showroom backup [-o FILE]``: a consistent copy of the database.

    SQLite: the backup API to ``target`` (a file, or a folder for a time-stamped name) or
    to the backup folder. PostgreSQL: pg_dump in its custom format.
    """
    now = now or utc_now()
    ensure_home(config.home)
    warning: str | None = None
    suffix = ".sqlite" if config.is_sqlite else ".dump"
    if target is None or target.is_dir():
        if target is None:
            folder, warning = resolve_backup_folder(config.home, _stored_backup_folder(config))
        else:
            folder = target
        target = backup_path(folder, "showroom", now, suffix)
    target = target.absolute()
    if config.sqlite_path is None:
        from showroom.storage.pg_tools import run_pg_dump

        run_pg_dump(config.database_url, target)
        return BackupReport(target, target.stat().st_size, "pg_dump (custom format)", warning)
    source = config.sqlite_path
    if not source.exists() or source.stat().st_size == 0:
        raise StorageError("There is no database at {source} to back up yet.", source=source)
    if target.resolve() == source.resolve():
        raise StorageError("{target} is the database itself; choose another file.", target=target)
    from showroom.storage.database import inspect_sqlite

    try:
        inspect_sqlite(source)  # a file that is no database is refused before any copy
        backup_sqlite_file(source, target)
    except DatabaseDamagedError as error:
        raise _no_backup_of_damage(config, source, error.message) from None
    except StorageError as error:
        if "malformed" in error.message or "not a database" in error.message:
            raise _no_backup_of_damage(config, source, error.message) from None
        raise
    problems = integrity_problems(target)
    if problems:
        target.unlink(missing_ok=True)
        raise _no_backup_of_damage(config, source, problems[0])
    return BackupReport(target, target.stat().st_size, "SQLite's backup API", warning)


def _no_backup_of_damage(config: AppConfig, source: Path, detail: str) -> DatabaseDamagedError:
    latest = latest_good_backup(config)
    hint = (
        f"; restore the latest good backup with: showroom restore {latest.path}" if latest else ""
    )
    return DatabaseDamagedError(
        "The database {source} is damaged ({detail}), so no backup was made{hint}.",
        str(source),
        source=source,
        detail=detail.rstrip("."),
        hint=hint,
    )


def backup_for_user(
    db: Database, actor_id: int | None, target: Path | None = None, now: datetime | None = None
) -> BackupReport:
    """A backup asked for by a signed-in user: only roles that may back up and restore
    (admins), and the trail records who made it and where."""
    from showroom.kernel.access import require
    from showroom.kernel.audit import record
    from showroom.kernel.permissions import Action

    with db.reader() as session:
        require(session, actor_id, Action.BACKUP_RESTORE)
    report = backup_database(db.config, target, now)
    with db.session() as session:
        record(session, actor_id, "backup", "database", None, f"Backup to {report.path}")
    return report


# --- automatic backup at start-up ------------------------------------------------------------
def automatic_backup(db: Database, now: datetime | None = None) -> AutoBackupReport:
    """Back up the SQLite database if it changed since the last automatic backup, then
    prune old automatic backups (7 daily, 4 weekly, 12 monthly).

    Meant for a background thread after start-up: it reads the database with the backup API
    while the app goes on writing. PostgreSQL servers are backed up on the server.
    """
    now = now or utc_now()
    path = db.sqlite_path
    if path is None:
        return AutoBackupReport(
            None, "A PostgreSQL database is backed up on its server, not by each PC."
        )
    home = db.config.home
    index = read_index(home)
    fingerprint = sqlite_fingerprint(path)  # before the copy: a write during it is not missed
    last = index.get("last_backup")
    if (
        index.get("database") == str(path)
        and index.get("fingerprint") == fingerprint
        and last
        and Path(str(last)).exists()
    ):
        return AutoBackupReport(None, f"The database did not change since the backup {last}.")
    from showroom.kernel.settings_store import load_settings

    with db.reader() as session:
        settings = load_settings(session)
    folder, warning = resolve_backup_folder(home, settings.backup_folder)
    target = backup_sqlite_file(path, backup_path(folder, "auto", now))
    problems = integrity_problems(target)
    if problems:
        target.unlink(missing_ok=True)
        return AutoBackupReport(
            None,
            "No backup was made.",
            f"The database {path} failed its integrity check ({problems[0]}), so no "
            "backup was made; restore the latest backup.",
        )
    folders = [str(f) for f in known_backup_folders(home)[1:]]
    if folder != home / BACKUPS_DIR and str(folder) not in folders:
        folders.append(str(folder))
    write_index(
        home,
        {
            "database": str(path),
            "fingerprint": fingerprint,
            "last_backup": str(target),
            "folders": folders,
        },
    )
    try:
        zone = ZoneInfo(settings.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    pruned = tuple(prune_automatic_backups(folder, zone))
    return AutoBackupReport(target, f"Backed up to {target}.", warning, pruned)


# --- restore ---------------------------------------------------------------------------------
def _check_restorable(tables: frozenset[str], revision: str | None, source: Path) -> str:
    from showroom.storage.migrate import known_revisions

    if not tables >= SHOWROOM_TABLES or revision is None:
        raise StorageError(
            "The file {source} is a database, but not a Showroom one; nothing was changed.",
            source=source,
        )
    if revision not in known_revisions():
        raise StorageError(
            "The backup {source} was made by a newer version of Showroom (schema {revision}), so this version cannot restore it; install that version first. Nothing was changed.",
            source=source,
            revision=revision,
        )
    return revision


_OTHER_CLIENTS = (
    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
    "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
)


def _other_clients(conn: Connection, settle_s: float = 2.0) -> int:
    """How many other clients have the database open. The server's own workers (autovacuum)
    are not clients, and a client that has just disconnected can stay listed for a moment:
    a count above zero is looked at again for up to ``settle_s`` before it is believed."""
    deadline = time.monotonic() + settle_s
    while True:
        others = int(conn.exec_driver_sql(_OTHER_CLIENTS).scalar_one())
        if others == 0 or time.monotonic() >= deadline:
            return others
        time.sleep(0.1)


def restore_database(
    config: AppConfig,
    source: Path,
    now: datetime | None = None,
    *,
    damaged: bool | None = None,
) -> RestoreReport:
    """``showroom restore FILE``: check FILE, keep the current database, put FILE in its
    place, and upgrade it if it is older. ``damaged`` (None: find out with SQLite's quick
    check) says the current database is to be set aside rather than copied."""
    source = source.absolute()
    if config.sqlite_path is None:
        return _restore_postgres(config, source, now or utc_now())
    return _restore_sqlite(config, source, now or utc_now(), damaged)


def recover_from_backup(
    config: AppConfig, backup: Path, now: datetime | None = None
) -> RestoreReport:
    """After damage was found: set the damaged database aside (renamed with a time stamp,
    with its -wal/-shm, never deleted) and restore ``backup`` in its place."""
    return restore_database(config, backup, now, damaged=True)


def _restore_sqlite(
    config: AppConfig, source: Path, now: datetime, damaged: bool | None
) -> RestoreReport:
    from showroom.storage.migrate import head_revision, open_database

    live = config.sqlite_path
    assert live is not None
    if not source.is_file():
        raise StorageError("There is no file {source}; nothing was changed.", source=source)
    if source.resolve() == live.resolve():
        raise StorageError("{source} is the database itself; choose a backup file.", source=source)
    ensure_home(live.parent)
    prepared = live.with_name(live.name + ".restoring")
    try:
        copy_for_restore(source, prepared)
        found = check_sqlite_file(prepared)
        if found.integrity:
            raise StorageError(
                "The backup {source} failed its integrity check ({value}); nothing was changed.",
                source=source,
                value=found.integrity[0],
            )
        if found.broken_links:
            raise StorageError(
                "The backup {source} has {broken_links} broken links between records; nothing was changed.",
                source=source,
                broken_links=found.broken_links,
            )
        revision = _check_restorable(found.tables, found.revision, source)
        if damaged is None:
            damaged = live.exists() and bool(integrity_problems(live))
        keep_as = backup_path(config.home / BACKUPS_DIR, "before-restore", now)
        kept = install_sqlite_database(prepared, live, keep_as=keep_as, now=now, damaged=damaged)
    finally:
        prepared.unlink(missing_ok=True)
        for side in ("-wal", "-shm", "-journal"):
            prepared.with_name(prepared.name + side).unlink(missing_ok=True)
    db = open_database(config)  # upgrades an older schema, after its own backup
    db.dispose()
    return RestoreReport(source, revision, head_revision(), kept)


def _restore_postgres(config: AppConfig, source: Path, now: datetime) -> RestoreReport:
    """Restore a pg_dump archive into the configured database.

    Refused, with nothing changed, when: the archive is not a Showroom backup or is newer
    than this app; the database's schema is newer than this app; another connection (a PC
    running Showroom) uses the database — replacing tables under a running PC would lose
    what it saves next and show it stale data. The current database is dumped first; the
    replacement runs in one transaction.
    """
    from sqlalchemy import inspect, text

    from showroom.storage.database import create_database_engine
    from showroom.storage.migrate import head_revision, known_revisions, open_database
    from showroom.storage.models import Base
    from showroom.storage.pg_tools import read_pg_archive, restore_pg_archive, run_pg_dump

    archive = read_pg_archive(source)
    revision = _check_restorable(archive.tables, archive.revision, source)
    url = config.database_url
    where = config.describe_database()
    engine = create_database_engine(url)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            current = (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if "alembic_version" in tables
                else None
            )
            others = _other_clients(conn)
    except Exception as error:
        from sqlalchemy.exc import DBAPIError

        if isinstance(error, DBAPIError):
            from showroom.storage.database import explain_database_error

            raise StorageError(explain_database_error(error, url)) from None
        raise
    finally:
        engine.dispose()
    if current is not None and current not in known_revisions():
        raise StorageError(
            "The database ({where}) was upgraded by a newer version of Showroom (schema {current}); restore it with that version. Nothing was changed.",
            where=where,
            current=current,
        )
    if others:
        raise StorageError(
            "{others} other connection(s) use the database ({where}): close Showroom on every PC, then restore again. Nothing was changed.",
            others=others,
            where=where,
        )
    ours = {table.name for table in Base.metadata.sorted_tables} | {"alembic_version"}
    drop = sorted(tables & (ours | set(archive.tables)))
    kept = run_pg_dump(url, backup_path(config.home / BACKUPS_DIR, "before-restore", now, ".dump"))
    restore_pg_archive(url, source, drop, config.home / BACKUPS_DIR / ".restore-work")
    db = open_database(config)  # upgrades an older schema
    db.dispose()
    return RestoreReport(source, revision, head_revision(), kept)


def restore_for_user(
    config: AppConfig, source: Path, sign_in: Callable[[Database], int]
) -> RestoreReport:
    """``showroom restore`` by the user ``sign_in`` checks on the current database (who must
    be allowed to back up and restore), recorded in the restored database's trail under
    their name.

    A SQLite database too damaged to open cannot check anyone: its restore is allowed
    without, since whoever can run Showroom on this PC can replace that file anyway. A
    PostgreSQL database is always checked (any PC holding its URL could otherwise restore).
    """
    from sqlalchemy import select

    from showroom.kernel.access import require
    from showroom.kernel.audit import record
    from showroom.kernel.permissions import Action
    from showroom.storage.migrate import open_database
    from showroom.storage.models import User

    try:
        current = open_database(config)
    except StorageError:
        if config.sqlite_path is None:
            raise
        current = None
    username = ""
    if current is not None:
        try:
            user_id = sign_in(current)
            with current.reader() as session:
                user = require(session, user_id, Action.BACKUP_RESTORE)
                username = user.username if user else ""
        finally:
            current.dispose()
    report = restore_database(config, source)
    restored = open_database(config)
    try:
        with restored.session() as session:
            actor = session.scalar(select(User.id).where(User.username == username))
            record(
                session,
                actor,
                "restore",
                "database",
                None,
                f"Restored from {source.name} by {username or 'the owner of the damaged file'}",
            )
    finally:
        restored.dispose()
    return report
