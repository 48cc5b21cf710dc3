"""Units of work for the callers above the areas (the screens, the command line).

The screens never touch storage themselves: this is the one door through which they open
the database, run one user action in one transaction, learn that another PC changed
something, and recognise a database failure. Everything else they do is a service call.
"""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError as DatabaseFailure
from sqlalchemy.orm import Session

from showroom.storage.config import AppConfig, resolve_config
from showroom.storage.database import Database, integrity_problems, run_in_transaction
from showroom.storage.migrate import open_database
from showroom.storage.types import utc_now
from showroom.storage.watch import ChangeWatcher

__all__ = [
    "AppConfig",
    "ChangeWatcher",
    "Database",
    "DatabaseFailure",
    "Session",
    "integrity_problems",
    "open_database",
    "resolve_config",
    "run_in_transaction",
    "utc_now",
]
