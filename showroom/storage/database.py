"""Opening the database, and the unit-of-work sessions every caller uses.

SQLite runs in WAL mode with ``synchronous=FULL``, foreign keys on and a busy timeout. The
driver's own transaction handling is switched off so that Showroom issues ``BEGIN`` itself:
a unit of work that may write starts with ``BEGIN IMMEDIATE``, which takes the write lock
before the first read, so a check-then-insert (a booking, a reservation) cannot interleave
with another writer and never fails half-way with "database is locked".
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from showroom.core.errors import (
    ConflictError,
    ConnectionLostError,
    DatabaseDamagedError,
    StorageError,
    TransientDatabaseError,
)
from showroom.storage.config import AppConfig, describe_url

BUSY_TIMEOUT_MS = 15_000
CHANGE_CHANNEL = "showroom_changes"
T = TypeVar("T")


def _install_sqlite_hooks(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted and overwritten content is zeroed in the file, not left in free space
        # (a GDPR erase must not survive in the file, nor in backups copied from it).
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def create_database_engine(
    url: URL, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, **kwargs: Any
) -> Engine:
    """An engine with Showroom's settings for the URL's backend.

    ``busy_timeout_ms`` is how long an SQLite statement waits for another writer's lock
    before it fails with "database is busy" (tests shorten it).
    """
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
            **kwargs,
        )
        _install_sqlite_hooks(engine, busy_timeout_ms)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": "showroom"},
        **kwargs,
    )


# SQLSTATEs of PostgreSQL errors that end a transaction which may simply be run again.
_RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization failure, deadlock
# SQLSTATEs that mean the connection itself is gone (class 08, administrator shutdowns).
_LOST_SQLSTATES = frozenset({"57P01", "57P02", "57P03"})


def _detail(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    text_ = str(original).strip()
    return text_.splitlines()[0] if text_ else type(original).__name__


def is_transient(error: BaseException) -> bool:
    """True when the failed unit of work was rolled back whole and may be run again: a
    PostgreSQL serialization failure or deadlock, or SQLite's "database is busy/locked"."""
    original = getattr(error, "orig", None) or error
    if getattr(original, "sqlstate", None) in _RETRYABLE_SQLSTATES:
        return True
    name = str(getattr(original, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def is_connection_lost(error: BaseException) -> bool:
    """True when the connection to the server broke (server restarted, network down,
    backend terminated); SQLAlchemy has then thrown the connection out of its pool."""
    if getattr(error, "connection_invalidated", False):
        return True
    original = getattr(error, "orig", None) or error
    state = str(getattr(original, "sqlstate", None) or "")
    return state.startswith("08") or state in _LOST_SQLSTATES


_CONNECT_FAILURES = (
    "connection refused",
    "connection failed",
    "could not connect",
    "timeout expired",
    "server closed the connection",
    "connection is closed",
    "network is unreachable",
    "no route to host",
)


def _cannot_reach(error: BaseException) -> bool:
    """The server is gone or cannot be reached right now (checked during a unit of work,
    where the pool tried to reconnect and could not)."""
    if is_connection_lost(error):
        return True
    original = getattr(error, "orig", None) or error
    if getattr(original, "sqlstate", None):
        return False
    lowered = _detail(error).lower()
    return any(words in lowered for words in _CONNECT_FAILURES)


def _server(url: URL) -> str:
    host = url.host or "localhost"
    return f"{host}:{url.port}" if url.port else host


def explain_database_error(error: BaseException, url: URL, *, writing: bool = False) -> str:
    """One plain sentence for a driver error met while opening or using the database.

    ``writing`` says the error ended a unit of work that may have written, so the sentence
    tells the user that their change was not saved.
    """
    where = describe_url(url)
    detail = _detail(error)
    lowered = detail.lower()
    not_saved = "your last change was not saved" if writing else "nothing was changed"
    if url.get_backend_name() == "sqlite":
        path = url.database
        if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
            return (
                f"The database file {path} is damaged or is not a Showroom database "
                f"({detail}); it was left untouched."
            )
        if "disk is full" in lowered or "database or disk is full" in lowered:
            return (
                f"The disk that holds the database {path} is full, so {not_saved}; "
                "free some space on it and try again."
            )
        if "readonly" in lowered or "read-only" in lowered:
            return (
                f"The database file {path} cannot be written (the file, its folder or the "
                f"drive is read-only), so {not_saved}; ask your IT contact to make it writable."
            )
        if "disk i/o error" in lowered:
            return (
                f"The disk that holds the database {path} reported a read or write error, so "
                f"{not_saved}; check the drive before you go on."
            )
        if "locked" in lowered or "busy" in lowered:
            return f"The database {path} is busy in another program; try again in a moment."
        return f"The database file {path} cannot be opened: {detail}."
    state = str(getattr(getattr(error, "orig", None) or error, "sqlstate", None) or "")
    if state in _RETRYABLE_SQLSTATES:
        return (
            "Another PC changed the same records at the same moment, so your change was not "
            "saved; try again."
        )
    if state == "53100" or "no space left on device" in lowered:
        return (
            f"The database server's disk is full ({where}), so {not_saved}; "
            "ask the admin to free some space."
        )
    if state == "25006":
        return f"The PostgreSQL database accepts no changes ({where}), so {not_saved}."
    if "password authentication failed" in lowered:
        return f"The PostgreSQL server refused the user name or password ({where})."
    if "does not exist" in lowered and "database" in lowered:
        return f"The PostgreSQL database does not exist ({where}); ask the admin to create it."
    return f"Cannot reach the PostgreSQL server ({where}): {detail}."


def storage_error(error: DBAPIError, url: URL, *, writing: bool) -> StorageError:
    """The StorageError a caller sees for a driver error; its class tells whether running
    the unit of work again may help (TransientDatabaseError) or the server is gone
    (ConnectionLostError)."""
    if is_transient(error):
        return TransientDatabaseError(explain_database_error(error, url, writing=writing))
    if url.get_backend_name() != "sqlite" and _cannot_reach(error):
        if writing:
            return ConnectionLostError(
                "The database server at {server} cannot be reached; your last change was not saved. Showroom will reconnect when it is back.",
                server=_server(url),
            )
        return ConnectionLostError(
            "The database server at {server} cannot be reached; Showroom will reconnect when it is back.",
            server=_server(url),
        )
    return StorageError(explain_database_error(error, url, writing=writing))


class Database:
    """An open database: the engine and the sessions for units of work.

    ``session()`` is a unit of work that may write: it commits when the block ends and rolls
    back on any exception. ``reader()`` is a read-only snapshot. Services never commit; the
    caller (a UI action, a CLI command) opens one unit of work per user action.
    """

    def __init__(self, config: AppConfig, engine: Engine) -> None:
        self.config = config
        self.url = config.database_url
        self.engine = engine
        writer_engine = (
            engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else engine
        )
        self._writer = sessionmaker(bind=writer_engine, expire_on_commit=False)
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        # Tells this process's own change notifications from other PCs'.
        self.origin = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return self.config.sqlite_path

    def describe(self) -> str:
        return describe_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work that may write; committed at the end of the block.

        On PostgreSQL the unit ends with a NOTIFY (delivered only if it commits) so other
        PCs refresh their lists. An UPDATE that finds another version than the one it read
        (another PC saved first) becomes a ConflictError and nothing is written.
        """
        session = self._writer()
        purge = False
        try:
            with session.begin():
                yield session
                if not self.is_sqlite:
                    session.execute(
                        text("SELECT pg_notify(:channel, :origin)"),
                        {"channel": CHANGE_CHANNEL, "origin": self.origin},
                    )
            purge = bool(session.info.pop(_PURGE, False))
        except StaleDataError:
            raise ConflictError(
                "Someone changed this record on another PC at the same moment; nothing was "
                "saved. Reload it and make your change again."
            ) from None
        except DBAPIError as error:
            if isinstance(error, OperationalError) or is_transient(error) or _cannot_reach(error):
                raise storage_error(error, self.url, writing=True) from error
            raise
        finally:
            session.close()
        if purge:
            purge_freed_space(self.engine)

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only unit of work. Closing it ends the transaction without expiring the
        objects read, so they can be shown (or merged into a later unit of work) afterwards."""
        session = self._reader()
        try:
            yield session
        except DBAPIError as error:
            if isinstance(error, OperationalError) or _cannot_reach(error):
                raise storage_error(error, self.url, writing=False) from error
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def purge_freed_space(engine: Engine) -> None:
    """Leave no copy of deleted data in the storage files.

    SQLite (with ``secure_delete``) zeroes freed content in the main file, but older page
    images stay in the WAL and deleted terms in the full-text indexes' segments: the indexes
    are merged and the WAL checkpointed into the file and truncated. PostgreSQL: a VACUUM lets
    the server reuse the dead rows' space (their bytes on disk go when it is reused; see
    docs/privacy.md).
    """
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            indexes = conn.scalars(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
                )
            ).all()
            for name in indexes:  # names from the schema itself, not from input
                conn.execute(text(f'INSERT INTO "{name}"("{name}") VALUES (\'optimize\')'))
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM")


_PURGE = "purge_freed_space"


def purge_after_commit(session: Session) -> None:
    """Ask the unit of work (``Database.session``) to run :func:`purge_freed_space` once
    ``session`` has committed and closed."""
    session.info[_PURGE] = True


def run_in_transaction(
    db: Database,
    work: Callable[[Session], T],
    *,
    attempts: int = 3,
    pause_s: float = 0.05,
) -> T:
    """Run ``work`` in one unit of work; run it again, up to ``attempts`` times in all, when
    it lost a race that rolled it back whole (a serialization failure, a deadlock, SQLite's
    busy timeout).

    ``work`` gets a fresh session each time and must do nothing outside it, so running it
    again is safe. A lost server connection is not retried: the change may or may not have
    reached the server while it went away, so the user is told and decides.
    """
    for attempt in range(1, attempts + 1):
        try:
            with db.session() as session:
                return work(session)
        except TransientDatabaseError:
            if attempt >= attempts:
                raise
            # Back off with jitter so that two PCs that collided do not collide again.
            time.sleep(pause_s * 2 ** (attempt - 1) * (1 + random.random()))
    raise AssertionError("attempts must be at least 1")


def inspect_sqlite(path: Path) -> tuple[set[str], str | None]:
    """Refuse a file that is not an SQLite database, untouched; cheap at any size.

    Returns the file's table names and its schema revision (None if it has none), read
    without writing a byte, so a foreign or too-new database can be refused as it is.
    """
    try:
        # Read-only, so that even a damaged file is never written to here.
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if "readonly" in str(error).lower() or "unable to open" in str(error).lower():
            raise StorageError(
                "The database file {file} cannot be opened: {error}.", file=path, error=error
            ) from None
        raise DatabaseDamagedError(
            "The database file {file} is damaged or is not a Showroom database ({error}); it was left untouched.",
            str(path),
            file=path,
            error=error,
        ) from None
    return tables, revision[0] if revision else None


def integrity_problems(path: Path) -> list[str]:
    """SQLite's quick check of every page (reads the whole file: seconds on a big one).

    Returns the problems found; an empty list means the file is sound.
    """
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [str(row[0]) for row in rows if row[0] != "ok"]


def quick_check_sqlite(path: Path) -> tuple[set[str], str | None]:
    """inspect_sqlite, then the quick check; refuses a damaged file untouched."""
    found = inspect_sqlite(path)
    problems = integrity_problems(path)
    if problems:
        raise DatabaseDamagedError(
            "The database file {file} failed its integrity check ({value}); it was left untouched.",
            str(path),
            file=path,
            value=problems[0],
        )
    return found


def ping(engine: Engine, url: URL) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as error:
        raise StorageError(explain_database_error(error, url)) from None
