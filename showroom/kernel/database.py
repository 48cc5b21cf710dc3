"""The unit of work as the screens see it: a handle, a session to pass on, a retrying runner.

The screens (``ui/``) may not import ``showroom.storage`` or SQLAlchemy (an import-linter
contract). They still have to open a unit of work and hand it to a service, so this module
names exactly what they need and nothing more:

- ``Database``: the open database (``reader()``, ``session()``, ``dispose()``);
- ``Session``: the type of the unit of work a service takes as its first argument. The
  screens only pass it on: they cannot build a query, since models and SQL constructs stay
  behind the contract;
- ``run_in_transaction``: run a service call in one unit of work, again if it lost a race;
- ``AppConfig``: where the data lives (the command line and the window both read it).

Keeping the re-export this narrow is what keeps the contract honest: anything else a screen
wants from the database is a service function that returns plain values.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from showroom.storage.config import AppConfig
from showroom.storage.database import Database, run_in_transaction

__all__ = ["AppConfig", "Database", "Session", "run_in_transaction"]
