"""Shared fixtures: a real SQLite file and, when available, a real PostgreSQL database.

PostgreSQL tests use the server in SHOWROOM_TEST_POSTGRES_URL (``./dev.sh test`` starts one);
each test gets a database of its own, dropped afterwards. In CI a missing server is a
failure, not a skip.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display needed, and a 1920x1080 screen like a showroom PC's.
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}",
)

import psycopg
import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy.engine import make_url

from showroom.storage.config import AppConfig, resolve_config
from showroom.storage.database import Database
from showroom.storage.migrate import open_database

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


def _admin_dsn(url: str) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test."""
    admin = _require_postgres()
    name = f"showroom_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin_dsn(admin), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    yield url
    with psycopg.connect(_admin_dsn(admin), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def config(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> AppConfig:
    """An AppConfig on a fresh SQLite file or a fresh PostgreSQL database."""
    home = tmp_path / "home"
    if backend == "postgresql":
        url = request.getfixturevalue("postgres_url")
        return resolve_config(str(home), url, environ={})
    return resolve_config(str(home), None, environ={})


@pytest.fixture
def db(config: AppConfig) -> Iterator[Database]:
    database = open_database(config)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_config(tmp_path: Path) -> AppConfig:
    return resolve_config(str(tmp_path / "home"), None, environ={})
