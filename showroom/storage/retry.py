"""Running a unit of work again when the database asks for it.

A lock wait is never an error by itself: SQLite waits up to the busy timeout for the write
lock, PostgreSQL waits for the row or constraint. Two things can still end a unit of work
that would succeed a moment later: SQLite's busy timeout running out on a very busy PC, and
PostgreSQL breaking a deadlock between two writers. The caller retries those a few times, and
counts each retry so tests and the benchmark can report them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from showroom.core.errors import StorageError
from showroom.storage.database import Database

T = TypeVar("T")
TRANSIENT_SQLSTATES = frozenset({"40001", "40P01"})  # serialization failure, deadlock


@dataclass
class RetryStats:
    """How many units of work were run again, and why."""

    busy: int = 0
    deadlocks: int = 0

    @property
    def retries(self) -> int:
        return self.busy + self.deadlocks


def transient_kind(error: BaseException | None) -> str | None:
    """'busy' or 'deadlock' if running the unit of work again may succeed, else None."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        original = error.orig if isinstance(error, DBAPIError) else error
        if getattr(original, "sqlstate", None) in TRANSIENT_SQLSTATES:
            return "deadlock"
        text = str(original).lower()
        if "database is locked" in text or "database is busy" in text:
            return "busy"
        error = error.__cause__
    return None


def write_with_retry(
    db: Database,
    work: Callable[[Session], T],
    *,
    attempts: int = 4,
    stats: RetryStats | None = None,
) -> T:
    """Run ``work`` in one unit of work; run it again (in a new one) on a transient error."""
    for attempt in range(1, attempts + 1):
        try:
            with db.session() as session:
                return work(session)
        except (StorageError, DBAPIError) as error:
            kind = transient_kind(error)
            if kind is None or attempt == attempts:
                raise
            if stats is not None:
                if kind == "busy":
                    stats.busy += 1
                else:
                    stats.deadlocks += 1
            time.sleep(0.02 * attempt)
    raise AssertionError("unreachable")  # pragma: no cover
