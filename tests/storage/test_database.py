"""Opening, creating and migrating the database, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from showroom.core.errors import ConfigurationError, ConflictError, SchemaTooNewError, StorageError
from showroom.storage.config import AppConfig, resolve_config
from showroom.storage.database import Database, create_database_engine
from showroom.storage.migrate import current_revision, head_revision, open_database
from showroom.storage.models import Base, Customer, is_non_model_object


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_start_creates_the_schema_at_head(fresh_db: Database) -> None:
    assert current_revision(fresh_db.engine) == head_revision()


def test_migrations_match_the_models(fresh_db: Database) -> None:
    """The migrations build exactly the tables the models declare."""
    with fresh_db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, type_, parent: not is_non_model_object(name),
            },
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_reopening_is_idempotent(config: AppConfig, db: Database) -> None:
    with db.session() as session:
        session.add(Customer(full_name="Zoë Walker", name_folded="zoe walker"))
    again = open_database(config)
    try:
        with again.reader() as session:
            assert session.scalar(select(Customer.full_name)) == "Zoë Walker"
    finally:
        again.dispose()


def test_concurrent_edit_is_detected_not_overwritten(db: Database) -> None:
    with db.session() as session:
        customer = Customer(full_name="Anna Nowak", name_folded="anna nowak")
        session.add(customer)
    with db.reader() as session:
        stale = session.get(Customer, customer.id)
        assert stale is not None
    with db.session() as session:
        fresh = session.get(Customer, customer.id)
        assert fresh is not None
        fresh.notes = "edited on the other PC"
    with pytest.raises(ConflictError), db.session() as session:
        mine = session.merge(stale, load=False)
        mine.notes = "edited here"
    with db.reader() as session:
        assert session.scalar(select(Customer.notes)) == "edited on the other PC"


def test_sqlite_runs_wal_full_sync_and_foreign_keys(sqlite_config: AppConfig) -> None:
    db = open_database(sqlite_config)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        db.dispose()


def test_sqlite_write_units_begin_immediate(sqlite_config: AppConfig) -> None:
    """A writing unit of work holds the write lock from its first statement, so a second
    writer waits instead of interleaving between a check and an insert."""
    db = open_database(sqlite_config)
    path = sqlite_config.sqlite_path
    assert path is not None
    try:
        with db.session() as session:
            session.execute(text("SELECT 1"))
            other = sqlite3.connect(path, timeout=0)
            try:
                with pytest.raises(sqlite3.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
            finally:
                other.close()
    finally:
        db.dispose()


def test_sqlite_file_permissions(sqlite_config: AppConfig) -> None:
    db = open_database(sqlite_config)
    db.dispose()
    path = sqlite_config.sqlite_path
    assert path is not None
    assert path.stat().st_mode & 0o777 == 0o600
    assert sqlite_config.home.stat().st_mode & 0o777 == 0o700


def test_corrupt_sqlite_file_is_refused_untouched(sqlite_config: AppConfig) -> None:
    sqlite_config.home.mkdir(parents=True)
    path = sqlite_config.sqlite_path
    assert path is not None
    path.write_bytes(b"this is no database, just some bytes " * 200)
    before = _digest(path)
    with pytest.raises(StorageError) as caught:
        open_database(sqlite_config)
    assert "is damaged or is not a Showroom database" in str(caught.value)
    assert "left untouched" in str(caught.value)
    assert _digest(path) == before


def test_database_of_another_program_is_refused_untouched(sqlite_config: AppConfig) -> None:
    sqlite_config.home.mkdir(parents=True)
    path = sqlite_config.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = _digest(path)
    with pytest.raises(StorageError, match="holds tables of another program"):
        open_database(sqlite_config)
    assert _digest(path) == before


def test_newer_schema_is_refused_untouched(config: AppConfig, db: Database) -> None:
    with db.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        session.add(Customer(full_name="Kept", name_folded="kept"))
    db.dispose()
    with pytest.raises(SchemaTooNewError) as caught:
        open_database(config)
    assert "newer version of Showroom" in str(caught.value)
    assert "9999_future" in str(caught.value)
    engine = create_database_engine(config.database_url)
    try:
        with engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == "9999_future"
            )
            assert conn.execute(text("SELECT count(*) FROM customers")).scalar() == 1
    finally:
        engine.dispose()


def test_unwritable_data_folder_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    config = resolve_config(str(blocker / "home"), None, environ={})
    with pytest.raises(ConfigurationError) as caught:
        open_database(config)
    assert f"The data folder {blocker / 'home'} cannot be used" in str(caught.value)


def test_known_revisions_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from showroom.storage.migrate import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {
        rev.revision: rev.down_revision
        for rev in script.walk_revisions()  # type: ignore[misc]
    }
