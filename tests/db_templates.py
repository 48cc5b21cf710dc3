"""Databases migrated once per test session and copied per test.

Migrating a fresh SQLite file costs ~120 ms and a fresh PostgreSQL database ~0.9 s; building
the UI tests' demo showroom 1.4-2.6 s. Each is done once per session (per xdist worker)
into a *template*, and every test gets a copy:

- SQLite: the template is a file that ``open_database`` created and migrated, closed cleanly
  (its WAL checkpointed into the file, which keeps ``journal_mode=WAL`` in its header); a
  test copies it to its own data folder and opens it with ``open_database`` as the app opens
  an existing database (read-only checks, quick check, no migration because it is at head).
- PostgreSQL: the template is a database migrated by ``open_database``; a test's database
  is ``CREATE DATABASE … TEMPLATE`` of it. Template names carry a session tag, so that the
  sessions of several engineers (and xdist workers) on one server never meet; they are
  dropped at the end of the session.

tests/storage/test_templates.py checks that a copy is the database a fresh migration makes.
"""

from __future__ import annotations

import getpass
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from showroom.storage.config import AppConfig, ensure_home, resolve_config
from showroom.storage.database import Database
from showroom.storage.migrate import open_database

# What the UI tests' showroom holds (it was built per test before the templates).
DEMO_CUSTOMERS = 450
DEMO_SEED = 3
DEMO_INTERACTIONS = 2


def session_tag() -> str:
    """Unique to this test session and xdist worker: a PostgreSQL name part."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return f"{uuid.uuid4().hex[:10]}_{worker}"


def admin_dsn(url: str) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


def database_url(admin_url: str, name: str) -> str:
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def fill_demo(db: Database) -> None:
    """The demo showroom, with the user at the keyboard as its manager."""
    from showroom.admin.users import ensure_desk_user
    from showroom.demo.world import generate_demo
    from showroom.kernel.roles import Role

    with db.session() as session:
        generate_demo(
            session,
            customers=DEMO_CUSTOMERS,
            seed=DEMO_SEED,
            interactions_per_customer=DEMO_INTERACTIONS,
        )
        desk = ensure_desk_user(session, getpass.getuser())
        desk.role = Role.MANAGER.value


def checkpoint_sqlite(path: Path) -> None:
    """Fold the WAL into the file, so that the file alone is the whole database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


class SqliteTemplates:
    """Migrated (and demo) SQLite files of this session, built on first use."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files: dict[str, Path] = {}

    def _build(self, kind: str, fill: Callable[[Database], None] | None) -> Path:
        config = resolve_config(str(self.folder / kind), None, environ={})
        if fill is not None:
            copy_sqlite(self.migrated(), config)
        db = open_database(config)
        try:
            if fill is not None:
                fill(db)
        finally:
            db.dispose()
        assert config.sqlite_path is not None
        checkpoint_sqlite(config.sqlite_path)
        return config.sqlite_path

    def migrated(self) -> Path:
        if "migrated" not in self._files:
            self._files["migrated"] = self._build("migrated", None)
        return self._files["migrated"]

    def demo(self) -> Path:
        if "demo" not in self._files:
            self._files["demo"] = self._build("demo", fill_demo)
        return self._files["demo"]


def copy_sqlite(template: Path, config: AppConfig) -> None:
    """Put a copy of ``template`` where ``config`` keeps its database."""
    target = config.sqlite_path
    assert target is not None
    assert not target.exists(), f"{target} exists already: a test has two databases"
    ensure_home(config.home)
    ensure_home(target.parent)
    shutil.copyfile(template, target)
    target.chmod(0o600)


class PostgresTemplates:
    """Migrated (and demo) PostgreSQL template databases of this session."""

    def __init__(self, admin_url: str, tag: str, home: Path) -> None:
        self.admin_url = admin_url
        self.tag = tag
        self.home = home
        self._names: dict[str, str] = {}

    def _execute(self, sql: str) -> None:
        with psycopg.connect(admin_dsn(self.admin_url), autocommit=True) as conn:
            conn.execute(sql)

    def _build(self, kind: str, source: str | None, fill: Callable[[Database], None] | None) -> str:
        name = f"showroom_template_{kind}_{self.tag}"
        template = f' TEMPLATE "{source}"' if source else ""
        self._execute(f'CREATE DATABASE "{name}"{template}')
        self._names[kind] = name  # dropped at the end even if the build fails
        config = resolve_config(str(self.home / kind), database_url(self.admin_url, name), {})
        db = open_database(config)
        try:
            if fill is not None:
                fill(db)
        finally:
            db.dispose()  # a template takes no connection, or copying it fails
        return name

    def migrated(self) -> str:
        return self._names.get("migrated") or self._build("migrated", None, None)

    def demo(self) -> str:
        return self._names.get("demo") or self._build("demo", self.migrated(), fill_demo)

    def recreate(self, name: str, template: str) -> None:
        """Make the database ``name`` (empty or not) a fresh copy of ``template``."""
        with psycopg.connect(admin_dsn(self.admin_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')

    def drop_all(self) -> None:
        # The demo template was copied from the migrated one: drop it first.
        for name in reversed(list(self._names.values())):
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._names.clear()
