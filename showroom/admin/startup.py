"""What the window needs to start and keep running: open the database, find out who is at
the keyboard, check the file in the background, and notice other PCs' changes.

The screens may not reach ``showroom.storage`` (an import-linter contract); these are the
use cases they call instead. Each returns plain values or the narrow handles named in
``showroom.kernel.work``, never ORM objects that outlive their session.
"""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from showroom.admin.users import ensure_desk_user
from showroom.core.errors import ShowroomError
from showroom.core.ids import UserId
from showroom.kernel.settings import ShowroomSettings
from showroom.kernel.settings_store import load_settings
from showroom.storage.config import AppConfig
from showroom.storage.database import Database, run_in_transaction
from showroom.storage.database import integrity_problems as _integrity_problems
from showroom.storage.models import User
from showroom.storage.watch import ChangeWatcher

log = logging.getLogger(__name__)

__all__ = [
    "ChangeWatcher",
    "DeskIdentity",
    "desk_identity",
    "integrity_problems",
    "open_app_database",
    "reload_settings",
]


def open_app_database(config: AppConfig) -> Database:
    """The database of ``config``, created and migrated on first use. The full integrity
    check reads the whole file, so the window runs it in the background instead."""
    from showroom.storage.migrate import open_database

    return open_database(config, integrity_check=False)


def integrity_problems(path: Path) -> list[str]:
    """SQLite's quick check of the file at ``path``; an empty list means it is sound."""
    return _integrity_problems(path)


@dataclass(frozen=True, slots=True)
class DeskIdentity:
    """Who the window acts for, and the showroom settings it starts with."""

    user_id: UserId
    display_name: str
    role: str
    settings: ShowroomSettings


def desk_identity(db: Database, user_id: int | None = None) -> DeskIdentity:
    """The signed-in user ``user_id``; without one (tests and tools without a sign-in) the
    operating-system user at the keyboard, created on first use. Another PC (or the CLI)
    writing at this moment is waited out, not a failed start."""

    def who(session: Session) -> DeskIdentity:
        user = session.get(User, user_id) if user_id is not None else None
        if user is None:
            user = ensure_desk_user(session, getpass.getuser())
        return DeskIdentity(UserId(user.id), user.display_name, user.role, load_settings(session))

    return run_in_transaction(db, who)


def reload_settings(db: Database) -> ShowroomSettings | None:
    """The showroom settings as saved now, or None when the server cannot be reached at this
    moment (the caller keeps the settings it has; pages retry when they reload)."""
    try:
        with db.reader() as session:
            return load_settings(session)
    except (ShowroomError, SQLAlchemyError) as error:
        log.warning("settings not refreshed: %s", error)
        return None
