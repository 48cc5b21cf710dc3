"""Shared fixtures: a real SQLite file and, when available, a real PostgreSQL database.

PostgreSQL tests use the server in SHOWROOM_TEST_POSTGRES_URL (``./dev.sh test`` starts one);
each test gets a database of its own, dropped afterwards. In CI a missing server is a
failure, not a skip.

``db`` is a copy of a database migrated once per session (tests/db_templates.py), and
``demo_db`` a copy of the demo showroom built once per session; ``fresh_db`` is migrated
from nothing, for the tests of first start and of the migrations themselves.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Before anything imports Qt: no display needed, and a 1920x1080 screen like a showroom PC's.
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}",
)

import psycopg
import pytest
from hypothesis import settings as hypothesis_settings

from showroom.storage.config import AppConfig, resolve_config
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from tests.db_templates import (
    PostgresTemplates,
    SqliteTemplates,
    admin_dsn,
    copy_sqlite,
    database_url,
    session_tag,
)

# CI explores the same examples on every run, so a red build always reproduces; a loaded
# 2-core machine must not turn slow examples into failures.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")

POSTGRES_URL = os.environ.get("SHOWROOM_TEST_POSTGRES_URL", "")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _require_postgres() -> str:
    if not POSTGRES_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the PostgreSQL tests: SHOWROOM_TEST_POSTGRES_URL is not set")
        pytest.skip("no PostgreSQL server: set SHOWROOM_TEST_POSTGRES_URL (./dev.sh test does)")
    return POSTGRES_URL


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory: pytest.TempPathFactory) -> SqliteTemplates:
    return SqliteTemplates(tmp_path_factory.mktemp("sqlite-templates"))


@pytest.fixture(scope="session")
def postgres_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresTemplates]:
    templates = PostgresTemplates(
        _require_postgres(), session_tag(), tmp_path_factory.mktemp("postgres-templates")
    )
    yield templates
    templates.drop_all()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test."""
    admin = _require_postgres()
    name = f"showroom_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_dsn(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield database_url(admin, name)
    with psycopg.connect(admin_dsn(admin), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def config(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> AppConfig:
    """An AppConfig on a new SQLite file (not there yet) or a new, empty PostgreSQL database;
    ``db``, ``demo_db`` and ``fresh_db`` fill it."""
    home = tmp_path / "home"
    if backend == "postgresql":
        url = request.getfixturevalue("postgres_url")
        return resolve_config(str(home), url, environ={})
    return resolve_config(str(home), None, environ={})


@dataclass(frozen=True)
class _Copier:
    sqlite: SqliteTemplates
    request: pytest.FixtureRequest

    def open_copy(self, config: AppConfig, kind: str) -> Database:
        """The database of ``config`` as a copy of the session's ``kind`` template."""
        if config.is_sqlite:
            copy_sqlite(getattr(self.sqlite, kind)(), config)
        else:
            postgres: PostgresTemplates = self.request.getfixturevalue("postgres_templates")
            name = config.database_url.database
            assert name is not None
            postgres.recreate(name, getattr(postgres, kind)())
        return open_database(config)


def _one_database(request: pytest.FixtureRequest) -> None:
    chosen = [name for name in ("db", "demo_db", "fresh_db") if name in request.fixturenames]
    if len(chosen) > 1:
        pytest.fail(f"a test takes one of db, demo_db and fresh_db, not {chosen}")


@pytest.fixture
def db(
    config: AppConfig, sqlite_templates: SqliteTemplates, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """The database of ``config``, migrated: a copy of the session's migrated template."""
    _one_database(request)
    database = _Copier(sqlite_templates, request).open_copy(config, "migrated")
    yield database
    database.dispose()


@pytest.fixture
def demo_db(
    config: AppConfig, sqlite_templates: SqliteTemplates, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """The database of ``config`` holding the demo showroom (450 customers, seed 3, the user
    at the keyboard its manager): a copy of the session's demo template."""
    _one_database(request)
    database = _Copier(sqlite_templates, request).open_copy(config, "demo")
    yield database
    database.dispose()


@pytest.fixture
def fresh_db(config: AppConfig, request: pytest.FixtureRequest) -> Iterator[Database]:
    """The database of ``config`` created and migrated from nothing by ``open_database``."""
    _one_database(request)
    database = open_database(config)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_config(tmp_path: Path) -> AppConfig:
    return resolve_config(str(tmp_path / "home"), None, environ={})
