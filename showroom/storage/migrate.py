"""Schema migrations (Alembic), applied automatically when a database is opened.

Before an existing database is migrated it is backed up into ``backups/`` in the data
folder (SQLite: the backup API; PostgreSQL: pg_dump, when it is installed), so an upgrade
that goes wrong never costs data. A database whose schema is newer than this app (written by
a newer Showroom on another PC) is refused and left untouched; so is a damaged SQLite file,
with a pointer to the latest good backup.
"""

from __future__ import annotations

import contextlib
import logging
import re
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from showroom.storage.config import AppConfig, ensure_home

if TYPE_CHECKING:
    from alembic.config import Config
from showroom.core.errors import DatabaseDamagedError, SchemaTooNewError, StorageError
from showroom.storage.backup import BACKUPS_DIR, backup_path, backup_sqlite_file
from showroom.storage.database import (
    Database,
    create_database_engine,
    explain_database_error,
    inspect_sqlite,
    ping,
    quick_check_sqlite,
)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


_REVISION = re.compile(r'^revision(?:: str)? = "([^"]+)"', re.M)
_DOWN = re.compile(r'^down_revision(?:: str \| None)? = (?:"([^"]+)"|None)', re.M)


@cache
def known_revisions() -> dict[str, str | None]:
    """Every schema revision this app knows, with the one it follows.

    Read from the migration files as text: importing Alembic costs a tenth of a second of
    start-up and is only needed when there is something to migrate. A test checks that this
    agrees with Alembic.
    """
    revisions: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is not None and down is not None:
            revisions[revision.group(1)] = down.group(1)
    return revisions


def head_revision() -> str:
    revisions = known_revisions()
    heads = set(revisions) - {down for down in revisions.values() if down}
    assert len(heads) == 1, f"migrations must form one line, found heads {sorted(heads)}"
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    return _read_schema(engine)[1]


def _read_schema(engine: Engine) -> tuple[set[str], str | None]:
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if "alembic_version" in tables
            else None
        )
    return tables, revision


def _check_schema(tables: set[str], revision: str | None, where: str) -> str | None:
    """The database's revision; refuses foreign databases and schemas newer than the app."""
    if revision is None:
        if tables - {"alembic_version"}:
            raise StorageError(
                "The database {where} holds tables of another program; Showroom left it untouched.",
                where=where,
            )
        return None
    if revision not in known_revisions():
        raise SchemaTooNewError(
            "The database {where} was written by a newer version of Showroom (schema {revision}); install that version on this PC. Nothing was changed.",
            where=where,
            revision=revision,
        ) from None
    return revision


def upgrade(engine: Engine) -> None:
    """Bring the schema to the head revision, in one transaction."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # Batch migrations rebuild tables; with foreign keys on, dropping the old table
            # would cascade deletes. The pragma only works outside a transaction.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
        try:
            from alembic import command

            with conn.begin():  # Alembic joins this transaction: all steps or none
                command.upgrade(alembic_config(conn), "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            "The upgrade would break {count} links between records; the database was left as it was.",
                            count=len(broken),
                        )
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _with_backup_hint(error: DatabaseDamagedError, config: AppConfig) -> DatabaseDamagedError:
    """The damage sentence, completed with the command that restores the latest good backup."""
    from showroom.storage.backup import latest_good_backup

    latest = latest_good_backup(config.home, known_revisions())
    if latest is not None:
        hint = f"; restore the latest good backup with: showroom restore {latest.path}"
    else:
        hint = f"; no good backup was found in {config.home / BACKUPS_DIR}"
    return DatabaseDamagedError(error.message.rstrip(".") + hint + ".", error.path)


def _backup_before_upgrade(config: AppConfig, revision: str) -> None:
    now = datetime.now(UTC)
    folder = config.home / BACKUPS_DIR
    if config.sqlite_path is not None:
        backup_sqlite_file(
            config.sqlite_path, backup_path(folder, f"before-upgrade-{revision}", now)
        )
        return
    from showroom.storage.pg_tools import PgToolMissingError, run_pg_dump

    try:
        run_pg_dump(
            config.database_url, backup_path(folder, f"before-upgrade-{revision}", now, ".dump")
        )
    except PgToolMissingError as missing:
        # The upgrade runs in one transaction on PostgreSQL, so a failed one changes
        # nothing; a backup only guards against a wrong one. Do not block the upgrade.
        log.warning("no backup before the upgrade: %s", missing)


def open_database(
    config: AppConfig, *, migrate: bool = True, integrity_check: bool = True
) -> Database:
    """Open (and on first use create) the database of ``config``, migrated to the head.

    ``integrity_check`` runs SQLite's quick check first (it reads the whole file); the GUI
    passes False and runs the check in the background once its window is up. A database
    is always quick-checked before a migration touches it.
    """
    where = config.describe_database()
    ensure_home(config.home)
    sqlite_path = config.sqlite_path
    if sqlite_path is not None:
        ensure_home(sqlite_path.parent)
        if sqlite_path.exists() and sqlite_path.stat().st_size > 0:
            # Checked read-only first: a refused file must stay byte for byte as it was.
            try:
                tables, revision = inspect_sqlite(sqlite_path)
                _check_schema(tables, revision, where)
                if integrity_check or (migrate and revision != head_revision()):
                    quick_check_sqlite(sqlite_path)
            except DatabaseDamagedError as damaged:
                raise _with_backup_hint(damaged, config) from None
    engine = create_database_engine(config.database_url)
    try:
        ping(engine, config.database_url)
        revision = _check_schema(*_read_schema(engine), where)
        if migrate and revision != head_revision():
            if revision is not None:
                _backup_before_upgrade(config, revision)
            upgrade(engine)
        if sqlite_path is not None:
            # Customer data: owner only. A file that cannot be changed (read-only media,
            # immutable) still opens; writing to it is refused with a plain sentence.
            with contextlib.suppress(OSError):
                sqlite_path.chmod(0o600)
    except DBAPIError as error:
        engine.dispose()
        raise StorageError(explain_database_error(error, config.database_url)) from None
    except BaseException:
        engine.dispose()
        raise
    return Database(config, engine)
