"""Backups of the SQLite database: consistent copies, where they live, which to keep, and
putting one back in place of the database.

Copies are taken with SQLite's online backup API, so they are consistent while other
connections write, and are converted to a single self-contained file (rollback journal, no
``-wal``): a backup can be opened read-only from a USB stick or a network share.

Which backups exist is read from their names, ``<kind>-<YYYYmmdd-HHMMSS>.sqlite`` in UTC:

=================  ==============================================================
``auto-…``          taken at start-up when the database changed (kept by retention)
``showroom-…``      taken by hand with ``showroom backup``
``before-upgrade-`` taken before a schema migration
``before-restore-`` the database as it was before a restore replaced it
=================  ==============================================================

Nothing here ever deletes a database: a damaged one is *set aside* (renamed with a time
stamp, together with its ``-wal``/``-shm``). Only automatic backups are ever removed, by the
retention rule.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from showroom.core.errors import StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")
BACKUPS_DIR = "backups"
INDEX_FILE = "index.json"
STAMP = "%Y%m%d-%H%M%S"
KINDS = ("auto", "showroom", "before-upgrade", "before-restore")
_NAME = re.compile(
    r"^(?P<kind>auto|showroom|before-restore|before-upgrade-[0-9A-Za-z_]+)"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.(?P<ext>sqlite|dump)$"
)


# --- the files ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup found in a backup folder; ``taken_at`` (UTC) is read from its name."""

    path: Path
    kind: str  # auto, showroom (by hand), before-upgrade, before-restore
    taken_at: datetime

    @property
    def is_sqlite(self) -> bool:
        return self.path.suffix == ".sqlite"


def stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime(STAMP)


def backup_path(folder: Path, kind: str, now: datetime, suffix: str = ".sqlite") -> Path:
    """A new, unused backup name in ``folder`` for ``kind`` taken at ``now``."""
    base = f"{kind}-{stamp(now)}"
    candidate = folder / f"{base}{suffix}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{base}-{number}{suffix}"
    return candidate


def parse_backup_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
    kind = match["kind"]
    return BackupFile(path, "before-upgrade" if kind.startswith("before-upgrade") else kind, taken)


def list_backups(folders: Iterable[Path]) -> list[BackupFile]:
    """Every backup in ``folders``, newest first (unreadable folders are skipped)."""
    found: dict[Path, BackupFile] = {}
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            backup = parse_backup_name(entry)
            if backup is not None and entry.is_file():
                found[entry.resolve()] = backup
    return sorted(found.values(), key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDWR)  # Windows flushes only files opened for writing
    except OSError:
        fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _copy_with_backup_api(source: sqlite3.Connection, target: Path) -> None:
    """Copy the open ``source`` into a new file ``target`` as one self-contained file."""
    target.unlink(missing_ok=True)
    for side in SIDECARS:
        target.with_name(target.name + side).unlink(missing_ok=True)
    destination = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(destination)
        # The copy inherits WAL mode from the page it copied; a backup is one file.
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
    _fsync(target)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes a byte, even to a WAL file's ``-shm``.

    Tries a normal read-only open first (which sees a live ``-wal``); a file on read-only
    media in WAL mode can only be opened as immutable.
    """
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        if "unable to open" not in str(error) and "readonly" not in str(error):
            raise
    return sqlite3.connect(f"file:{path}?immutable=1", uri=True, isolation_level=None)


def backup_sqlite_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` while other connections may be writing.

    The copy is written to a temporary name, flushed to disk and renamed, so a half-written
    backup never carries the final name.
    """
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, isolation_level=None)
        try:
            _copy_with_backup_api(src, partial)
        finally:
            src.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
        fsync_directory(target.parent)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            target.with_name(target.name + ".partial").unlink(missing_ok=True)
        raise StorageError(
            "The backup to {target} failed: {reason}.", target=target, reason=_reason(error)
        ) from None
    return target


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def copy_for_restore(source: Path, target: Path) -> None:
    """Copy a backup file chosen for a restore to ``target`` with the backup API, reading
    the source without writing to it. Raises StorageError when it is no SQLite file."""
    try:
        with source.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise StorageError(
            "The file {source} cannot be read ({reason}); nothing was changed.",
            source=source,
            reason=_reason(error),
        ) from None
    if header != SQLITE_MAGIC:
        raise StorageError(
            "The file {source} is not an SQLite database, so it is no Showroom backup; nothing was changed.",
            source=source,
        )
    try:
        src = open_read_only(source)
        try:
            _copy_with_backup_api(src, target)
        finally:
            src.close()
    except sqlite3.DatabaseError as error:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise StorageError(
            "The file {source} is damaged or is not a Showroom backup ({error}); nothing was changed.",
            source=source,
            error=error,
        ) from None


@dataclass(frozen=True, slots=True)
class SqliteFileReport:
    """What a full check of an SQLite file found."""

    tables: frozenset[str]
    revision: str | None
    integrity: tuple[str, ...]  # PRAGMA integrity_check lines other than "ok"
    broken_links: int  # rows of PRAGMA foreign_key_check


def check_sqlite_file(path: Path) -> SqliteFileReport:
    """PRAGMA integrity_check (every page, every index) and foreign_key_check, plus the
    tables and schema revision; read-only. Raises StorageError if it is no database."""
    try:
        conn = open_read_only(path)
        try:
            tables = frozenset(
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            )
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
            integrity = tuple(
                str(r[0]) for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"
            )
            broken = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise StorageError(
            "The file {file} is damaged or is not a database ({error}).", file=path, error=error
        ) from None
    return SqliteFileReport(tables, revision, integrity, broken)


SHOWROOM_TABLES = frozenset({"alembic_version", "customers", "users"})


def latest_good_backup(home: Path, known_revisions: Collection[str]) -> BackupFile | None:
    """The newest SQLite backup in any known backup folder that passes SQLite's quick check
    and holds a Showroom schema of ``known_revisions``; None if there is none."""
    for backup in list_backups(known_backup_folders(home)):
        if not backup.is_sqlite:
            continue
        try:
            conn = open_read_only(backup.path)
            try:
                if [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
                    continue
                tables = {
                    r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                if not tables >= SHOWROOM_TABLES:
                    continue
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            continue
        if row and row[0] in known_revisions:
            return backup
    return None


# --- setting a database aside, putting another in its place -----------------------------------
def set_aside(path: Path, now: datetime, label: str = "damaged") -> Path:
    """Rename a database with its ``-wal``/``-shm``/``-journal`` to
    ``<name>-<label>-<stamp>.sqlite``; nothing is deleted.

    The main file moves first: if the process dies half-way, the sidecars left behind are
    found by :func:`install_sqlite_database` and moved aside before anything is put in the
    database's place, so a stale ``-wal`` is never applied to another database.
    """
    target = path.with_name(f"{path.stem}-{label}-{stamp(now)}{path.suffix}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.stem}-{label}-{stamp(now)}-{number}{path.suffix}")
    try:
        if path.exists():
            os.replace(path, target)
        for side in SIDECARS:
            sidecar = path.with_name(path.name + side)
            if sidecar.exists():
                os.replace(sidecar, target.with_name(target.name + side))
        fsync_directory(path.parent)
    except OSError as error:
        raise StorageError(
            "The database {file} could not be set aside as {name} ({reason}).",
            file=path,
            name=target.name,
            reason=_reason(error),
        ) from None
    return target


def _move_stale_sidecars(live: Path, now: datetime) -> None:
    """Sidecars without their database (left by an interrupted set-aside) are renamed, so
    SQLite cannot mistake them for the journal of the database put in place next."""
    for side in SIDECARS:
        sidecar = live.with_name(live.name + side)
        if sidecar.exists():
            orphan = live.with_name(f"{live.stem}-orphan-{stamp(now)}{live.suffix}{side}")
            os.replace(sidecar, orphan)


class DatabaseInUseError(StorageError):
    """Another program (Showroom on this PC, or a tool) has the database open."""


def install_sqlite_database(
    prepared: Path,
    live: Path,
    *,
    keep_as: Path,
    now: datetime,
    damaged: bool,
) -> Path | None:
    """Put the checked file ``prepared`` (in the same folder) in place of ``live``.

    The current database is kept first: copied to ``keep_as``, or, when
    it is ``damaged`` (or turns out unreadable), set aside by renaming. Returns where the old
    database went (None if there was none).

    WAL handling: the live database is switched to rollback-journal mode first, which SQLite
    only allows when no other connection has it open (so a running Showroom is detected and
    the restore refused) and which folds the ``-wal`` into the file and removes it. An
    exclusive lock then keeps everyone out until ``os.replace`` has swapped the files, so no
    ``-wal`` of the old database can ever be applied to the new one.
    """
    kept: Path | None = None
    conn: sqlite3.Connection | None = None
    try:
        if live.exists():
            if not damaged:
                conn = sqlite3.connect(live, timeout=2, isolation_level=None)
                try:
                    conn.execute("PRAGMA journal_mode=DELETE").fetchall()
                    conn.execute("BEGIN EXCLUSIVE")
                except sqlite3.OperationalError as error:
                    if "locked" in str(error) or "busy" in str(error):
                        raise DatabaseInUseError(
                            "The database {live} is open in another program (is Showroom running?); close it and try again. Nothing was changed.",
                            live=live,
                        ) from None
                    damaged = True
                except sqlite3.DatabaseError:
                    damaged = True
            if damaged:
                if conn is not None:
                    conn.close()
                    conn = None
                kept = set_aside(live, now)
            else:
                # In rollback-journal mode under an exclusive lock the file itself is
                # complete and nobody can change it: a plain copy is a consistent one.
                keep_as.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                partial = keep_as.with_name(keep_as.name + ".partial")
                shutil.copyfile(live, partial)
                _fsync(partial)
                os.chmod(partial, 0o600)
                os.replace(partial, keep_as)
                fsync_directory(keep_as.parent)
                kept = keep_as
        _move_stale_sidecars(live, now)
        _fsync(prepared)
        os.chmod(prepared, 0o600)
        if conn is not None and os.name == "nt":
            # Windows cannot replace a file that is open; the lock is given up a moment early.
            conn.close()
            conn = None
        os.replace(prepared, live)
        fsync_directory(live.parent)
    except OSError as error:
        raise StorageError(
            "The database {live} could not be replaced ({reason}); it was left as it was.",
            live=live,
            reason=_reason(error),
        ) from None
    finally:
        if conn is not None:
            conn.close()  # releases the lock on the old file, now renamed or unlinked
    return kept


# --- automatic backups: when, where, which to keep ---------------------------------------
def sqlite_fingerprint(path: Path) -> list[int]:
    """What changes whenever a transaction is written to the database: the main file's
    inode, size and modification time, and those of a non-empty ``-wal``.

    Not the header's file change counter (offset 24): in WAL mode SQLite does not bump it
    on every commit, and commits sit in the ``-wal`` until a checkpoint. Not PRAGMA
    data_version: it is per connection. A checkpoint changes the fingerprint without new
    data, which costs one needless backup, never a missed one.
    """
    main = path.stat()
    fingerprint = [main.st_ino, main.st_size, main.st_mtime_ns]
    try:
        wal = path.with_name(path.name + "-wal").stat()
    except FileNotFoundError:
        return fingerprint
    if wal.st_size > 0:
        fingerprint += [wal.st_size, wal.st_mtime_ns]
    return fingerprint


def index_path(home: Path) -> Path:
    return home / BACKUPS_DIR / INDEX_FILE


def read_index(home: Path) -> dict[str, Any]:
    """The automatic backups' record in the data folder: the fingerprint of the database at
    the last backup, where that backup went, and every folder backups were written to."""
    try:
        data = json.loads(index_path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_index(home: Path, data: dict[str, Any]) -> None:
    path = index_path(home)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".index-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, indent=1)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def known_backup_folders(home: Path) -> list[Path]:
    """The data folder's backups/ and every other folder backups were written to."""
    folders = [home / BACKUPS_DIR]
    for text in read_index(home).get("folders", []):
        folder = Path(str(text))
        if folder not in folders:
            folders.append(folder)
    return folders


def is_absolute_path_text(text: str) -> bool:
    """An absolute folder on this PC or any other: /media/usb, E:\\Backups, \\\\server\\share."""
    return PurePosixPath(text).is_absolute() or PureWindowsPath(text).is_absolute()


def resolve_backup_folder(home: Path, setting: str) -> tuple[Path, str | None]:
    """The folder automatic and manual backups go to, and a warning if the chosen one
    cannot be used (then the data folder's backups/ is used instead).

    A chosen folder must exist already: a USB drive or share that is not connected leaves
    an empty mount point behind, and creating the folder there would fill the system disk.
    """
    default = home / BACKUPS_DIR
    default.mkdir(mode=0o700, parents=True, exist_ok=True)
    chosen = setting.strip()
    if not chosen:
        return default, None
    folder = Path(chosen).expanduser()
    try:
        if not folder.is_dir():
            raise FileNotFoundError(0, "it does not exist or is not connected")
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".showroom-write-test-"):
            pass
    except OSError as error:
        return default, (
            f"The backup folder {folder} cannot be used ({_reason(error)}); the backup "
            f"went to {default} instead. Connect the drive or change the folder in Settings."
        )
    return folder, None


def backups_to_keep(
    moments: Collection[datetime], *, daily: int = 7, weekly: int = 4, monthly: int = 12
) -> set[datetime]:
    """The retention rule, over the times automatic backups were taken (local time).

    Keeps the newest backup of each of the ``daily`` most recent days that have a backup,
    of each of the ``weekly`` most recent ISO weeks, and of each of the ``monthly`` most
    recent months: at most daily + weekly + monthly backups, the newest always among them.
    Days without a backup (the PC was off) do not use up the count.
    """
    newest_first = sorted(set(moments), reverse=True)
    keep: set[datetime] = set()
    periods: list[tuple[Callable[[datetime], Hashable], int]] = [
        (_day, daily),
        (_week, weekly),
        (_month, monthly),
    ]
    for period, count in periods:
        seen: set[Hashable] = set()
        for moment in newest_first:
            key = period(moment)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.add(key)
            keep.add(moment)
    return keep


def _day(moment: datetime) -> date:
    return moment.date()


def _week(moment: datetime) -> tuple[int, int]:
    iso = moment.isocalendar()
    return iso.year, iso.week


def _month(moment: datetime) -> tuple[int, int]:
    return moment.year, moment.month


def prune_automatic_backups(folder: Path, zone: Any) -> list[Path]:
    """Remove the automatic backups in ``folder`` the retention rule does not keep; backups
    taken by hand, before an upgrade or before a restore are never removed."""
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for partial in folder.glob("*.partial"):
            # A copy interrupted more than an hour ago (a copy, never a database).
            if partial.stat().st_mtime < time.time() - 3600:
                partial.unlink()
                removed.append(partial)
    autos = [b for b in list_backups([folder]) if b.kind == "auto" and b.is_sqlite]
    local = {b.path: b.taken_at.astimezone(zone) for b in autos}
    keep = backups_to_keep(list(local.values()))
    for backup in autos:
        if local[backup.path] not in keep:
            try:
                backup.path.unlink()
            except OSError:
                continue
            removed.append(backup.path)
    return removed
