"""Opening the database, and the unit-of-work sessions every caller uses.

SQLite runs in WAL mode with ``synchronous=FULL``, foreign keys on and a busy timeout. The
driver's own transaction handling is switched off so that Showroom issues ``BEGIN`` itself:
a unit of work that may write starts with ``BEGIN IMMEDIATE``, which takes the write lock
before the first read, so a check-then-insert (a booking, a reservation) cannot interleave
with another writer and never fails half-way with "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from showroom.config import AppConfig, describe_url
from showroom.errors import ConflictError, StorageError

BUSY_TIMEOUT_MS = 15_000
CHANGE_CHANNEL = "showroom_changes"


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def create_database_engine(url: URL, **kwargs: Any) -> Engine:
    """An engine with Showroom's settings for the URL's backend."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            **kwargs,
        )
        _install_sqlite_hooks(engine)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": "showroom"},
        **kwargs,
    )


def explain_database_error(error: BaseException, url: URL) -> str:
    """One plain sentence for a driver error met while opening or using the database."""
    where = describe_url(url)
    original = getattr(error, "orig", None) or error
    detail = (
        str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    )
    if url.get_backend_name() == "sqlite":
        lowered = detail.lower()
        if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
            return (
                f"The database file {url.database} is damaged or is not a Showroom database "
                f"({detail}); it was left untouched."
            )
        if "locked" in lowered or "busy" in lowered:
            return f"The database {url.database} is busy in another program; try again in a moment."
        return f"The database file {url.database} cannot be opened: {detail}."
    lowered = detail.lower()
    if "password authentication failed" in lowered:
        return f"The PostgreSQL server refused the user name or password ({where})."
    if "does not exist" in lowered and "database" in lowered:
        return f"The PostgreSQL database does not exist ({where}); ask the admin to create it."
    return f"Cannot reach the PostgreSQL server ({where}): {detail}."


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
        try:
            with session.begin():
                yield session
                if not self.is_sqlite:
                    session.execute(
                        text("SELECT pg_notify(:channel, :origin)"),
                        {"channel": CHANGE_CHANNEL, "origin": self.origin},
                    )
        except StaleDataError:
            raise ConflictError(
                "Someone changed this record on another PC at the same moment; nothing was "
                "saved. Reload it and make your change again."
            ) from None
        except DBAPIError as error:
            if isinstance(error, OperationalError):
                raise StorageError(explain_database_error(error, self.url)) from error
            raise
        finally:
            session.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only unit of work. Closing it ends the transaction without expiring the
        objects read, so they can be shown (or merged into a later unit of work) afterwards."""
        session = self._reader()
        try:
            yield session
        except OperationalError as error:
            raise StorageError(explain_database_error(error, self.url)) from error
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


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
        raise StorageError(
            f"The database file {path} is damaged or is not a Showroom database ({error}); "
            "it was left untouched."
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
        raise StorageError(
            f"The database file {path} failed its integrity check ({problems[0]}); "
            "it was left untouched."
        )
    return found


def ping(engine: Engine, url: URL) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as error:
        raise StorageError(explain_database_error(error, url)) from None
