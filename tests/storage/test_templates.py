"""The test databases copied from a session template (tests/db_templates.py) are the
databases a fresh first start makes: same schema, same settings, same rows, same revision;
and the demo copy is the demo showroom."""

from __future__ import annotations

import getpass
import re
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Connection, func, select, text

from showroom.kernel.roles import Role
from showroom.storage.config import AppConfig, resolve_config
from showroom.storage.database import Database
from showroom.storage.migrate import current_revision, head_revision, open_database
from showroom.storage.models import Customer, User
from tests.db_templates import DEMO_CUSTOMERS, SqliteTemplates, admin_dsn, database_url

_SQLITE_FILE_PRAGMAS = (
    "journal_mode",
    "page_size",
    "auto_vacuum",
    "encoding",
    "user_version",
    "application_id",
)
_SQLITE_CONNECTION_PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")


_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d")


def _mask_time(value: Any) -> Any:
    """Seed rows carry the moment the migration ran: two first starts differ only there."""
    if isinstance(value, datetime) or (isinstance(value, str) and _TIMESTAMP.match(value)):
        return "<time>"
    return value


def _masked(rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    return [tuple(_mask_time(v) for v in row) for row in rows]


def _rows(conn: Connection, table: str) -> list[tuple[Any, ...]]:
    return _masked(conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')))


def _definition(kind: str, sql: str | None) -> Any:
    """A table's definition as the set of its lines: Alembic's batch mode rebuilds a table
    with its constraints in no fixed order, so two first starts differ in that order."""
    if kind != "table" or sql is None:
        return sql
    return sorted(line.strip().rstrip(",") for line in sql.splitlines())


def _sqlite_file(path: Path) -> dict[str, Any]:
    """What a plain sqlite3 connection sees in the file: schema, file pragmas, rows."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        schema = [
            (kind, name, table, _definition(kind, sql))
            for kind, name, table, sql in conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
            )
        ]
        pragmas = {p: conn.execute(f"PRAGMA {p}").fetchone()[0] for p in _SQLITE_FILE_PRAGMAS}
        tables = [row[1] for row in schema if row[0] == "table"]
        rows = {
            t: _masked(conn.execute(f'SELECT * FROM "{t}" ORDER BY 1'))
            for t in tables
            if not t.startswith("sqlite_")
        }
    finally:
        conn.close()
    return {"schema": schema, "pragmas": pragmas, "rows": rows}


def _postgres_catalogue(conn: Connection) -> dict[str, Any]:
    """Everything a migration can make in a PostgreSQL database, and every row."""
    queries = {
        "columns": "SELECT table_name, column_name, data_type, column_default, is_nullable,"
        " character_maximum_length FROM information_schema.columns"
        " WHERE table_schema = 'public' ORDER BY 1, 2",
        "indexes": "SELECT indexname, indexdef FROM pg_indexes"
        " WHERE schemaname = 'public' ORDER BY 1",
        "constraints": "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
        " FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2",
        "triggers": "SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid)"
        " FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2",
        "functions": "SELECT proname, pg_get_functiondef(oid) FROM pg_proc"
        " WHERE pronamespace = 'public'::regnamespace AND prokind IN ('f', 'p') ORDER BY 1, 2",
        "extensions": "SELECT extname, extversion FROM pg_extension ORDER BY 1",
        "sequences": "SELECT sequencename, last_value FROM pg_sequences"
        " WHERE schemaname = 'public' ORDER BY 1",
        "views": "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1",
        "text_search": "SELECT cfgname FROM pg_ts_config"
        " WHERE cfgnamespace = 'public'::regnamespace ORDER BY 1",
        "database": "SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database"
        " WHERE datname = current_database()",
        "database_settings": "SELECT setconfig FROM pg_db_role_setting"
        " WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())",
    }
    found: dict[str, Any] = {
        name: [tuple(row) for row in conn.execute(text(sql))] for name, sql in queries.items()
    }
    tables = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
    ).scalars()
    found["rows"] = {t: _rows(conn, t) for t in tables}
    return found


def _describe(db: Database) -> dict[str, Any]:
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            connection = {
                p: conn.exec_driver_sql(f"PRAGMA {p}").scalar() for p in _SQLITE_CONNECTION_PRAGMAS
            }
            return {"connection": connection, "revision": current_revision(db.engine)}
        return {"catalogue": _postgres_catalogue(conn), "revision": current_revision(db.engine)}


def test_a_copy_is_the_database_a_first_start_makes(
    db: Database, config: AppConfig, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = _another_postgres_database(request, config) if not config.is_sqlite else None
    fresh = open_database(resolve_config(str(tmp_path / "fresh"), url, environ={}))
    try:
        assert _describe(db) == _describe(fresh)
        assert current_revision(db.engine) == head_revision()
    finally:
        fresh.dispose()
        db.dispose()
    if config.is_sqlite:
        assert config.sqlite_path is not None and fresh.config.sqlite_path is not None
        assert _sqlite_file(config.sqlite_path) == _sqlite_file(fresh.config.sqlite_path)
        assert _sqlite_file(config.sqlite_path)["pragmas"]["journal_mode"] == "wal"
        assert config.sqlite_path.stat().st_mode & 0o777 == 0o600


def _another_postgres_database(request: pytest.FixtureRequest, config: AppConfig) -> str:
    admin = config.database_url.set(database="postgres").render_as_string(hide_password=False)
    name = f"showroom_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_dsn(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(admin_dsn(admin), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    request.addfinalizer(drop)
    return database_url(admin, name)


def test_each_test_gets_its_own_copy(db: Database) -> None:
    """A row written here is in no other test's database (the next test checks)."""
    with db.session() as session:
        assert session.scalar(select(func.count(Customer.id))) == 0
        session.add(Customer(full_name="Only Here", name_folded="only here"))


def test_each_test_gets_its_own_copy_again(db: Database) -> None:
    with db.reader() as session:
        assert session.scalar(select(func.count(Customer.id))) == 0


def test_the_demo_copy_is_the_demo_showroom_with_its_manager(demo_db: Database) -> None:
    with demo_db.reader() as session:
        assert session.scalar(select(func.count(Customer.id))) == DEMO_CUSTOMERS
        desk = session.scalar(select(User).where(User.username == getpass.getuser()))
        assert desk is not None and desk.role == Role.MANAGER.value
    assert current_revision(demo_db.engine) == head_revision()


def test_a_sqlite_template_is_one_file(tmp_path: Path) -> None:
    """The template's WAL is folded into its file, so copying the file copies everything."""
    templates = SqliteTemplates(tmp_path)
    for path in (templates.migrated(), templates.demo()):
        assert not Path(f"{path}-wal").exists()
        assert _sqlite_file(path)["pragmas"]["journal_mode"] == "wal"
