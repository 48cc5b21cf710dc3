"""Time slots: one guard for every booked resource (a test-drive car, a consultant, a
customer, a delivery bay).

A slot is the half-open interval [start, end): a booking ending at 11:00 and one starting at
11:00 do not overlap. A booking holds its slot only in the statuses its ``SlotRules`` name;
the database refuses an overlap among those rows as well (exclusion constraints on
PostgreSQL, triggers on SQLite: migrations 0004 and 0008 encode the same statuses), so two
PCs can never both win a slot. The services check first (to say who holds it and what is free
instead), then write inside a savepoint with :func:`flush_guarded`, which turns the database's
refusal into the area's :class:`SlotConflict`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from showroom.core.errors import ShowroomError


@dataclass(frozen=True, slots=True)
class SlotRules:
    """Which rows of a booking table hold their slot, and how long a booking can be."""

    holding: tuple[str, ...]
    """The statuses that hold the slot; the database's guard uses the same list."""
    longest: timedelta
    """No booking is longer: a search for overlaps reads one index range, not all history."""
    refusal: str
    """The words of the SQLite trigger's refusal (PostgreSQL says SQLSTATE 23P01)."""


TEST_DRIVE_SLOTS = SlotRules(
    holding=("booked", "out", "returned"),
    longest=timedelta(days=1),
    refusal="overlaps another booking",
)
DELIVERY_SLOTS = SlotRules(
    holding=("planned", "completed"),
    longest=timedelta(days=1),
    refusal="overlaps another delivery",
)
_ALL = (TEST_DRIVE_SLOTS, DELIVERY_SLOTS)


class SlotConflict(ShowroomError):
    """The slot is held. Each area's conflict (a booking, a delivery) is one of these, with
    the holders to show; ``by_database`` says another PC won it between check and write."""

    by_database: bool = False


def intervals_overlap(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    """Whether two half-open intervals [start, end) share an instant."""
    return a[0] < b[1] and b[0] < a[1]


def holding(
    model: Any, rules: SlotRules, start: datetime, end: datetime
) -> list[ColumnElement[bool]]:
    """The conditions on ``model`` (a booking table with ``status``, ``starts_at`` and
    ``ends_at``) that select the rows holding a slot overlapping [start, end)."""
    return [
        model.status.in_(rules.holding),
        model.starts_at < end,
        model.ends_at > start,
        model.starts_at > start - rules.longest,  # an index range, not all history
    ]


def is_overlap(error: IntegrityError) -> bool:
    """Whether the database refused a write because it overlaps a held slot."""
    original = error.orig
    if getattr(original, "sqlstate", None) == "23P01":
        return True
    return any(rules.refusal in str(original) for rules in _ALL)


def flush_guarded(
    session: Session, apply: Callable[[], None], refused: Callable[[], Exception]
) -> None:
    """``apply`` the change and flush it in a savepoint; if the database refuses it as an
    overlap, raise ``refused()`` (built after the savepoint rolled back, so it can read who
    won). The change is applied inside the savepoint because beginning one flushes what is
    pending."""
    try:
        with session.begin_nested():
            apply()
            session.flush()
    except IntegrityError as error:
        if not is_overlap(error):
            raise
        with session.no_autoflush:
            conflict = refused()
        raise conflict from None
