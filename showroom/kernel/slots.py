"""Time slots: one guard for every booked resource (a test-drive car, a consultant, a
customer, a delivery bay).

A slot is the half-open interval [start, end): a booking ending at 11:00 and one starting at
11:00 do not overlap. Each booking table is declared once here as a :class:`SlotTable`: its
storage model, the columns naming the resources a row holds, and the statuses in which a row
holds them. The areas' domains take their holding statuses from these declarations, and the
database refuses an overlap among the same rows (exclusion constraints on PostgreSQL,
triggers on SQLite: migrations 0004 and 0008 encode the same statuses; tests/domain/
test_slots.py checks they agree), so two PCs can never both win a slot.

The services check first (to say who holds it and what is free instead), then write inside a
savepoint with :func:`flush_guarded`, which turns the database's refusal into the area's
:class:`SlotConflict`. A consultant is one person across every table: a consultant on a test
drive cannot hand a car over at the same time. :func:`consultant_commitments` reads the
consultant's holding rows in every declared table, so neither area imports the other, and a
table declared here later (a workshop, a bay of another kind) is seen by both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from showroom.core.errors import ConflictError
from showroom.storage.models import Customer, Delivery, TestDrive, User


@dataclass(frozen=True, slots=True)
class SlotTable:
    """A booking table: which rows hold which resources, and for how long at most.

    Every such table has ``status``, ``starts_at``, ``ends_at``, ``customer_id`` and
    ``consultant_id`` columns, and ``ends_at > starts_at`` (a CHECK constraint)."""

    kind: str
    """What a row is, in the holders' words: "test drive", "delivery"."""
    model: Any
    """The storage model (a mapped class)."""
    resources: tuple[str, ...]
    """The columns naming what a row holds; no two holding rows share one in an overlap."""
    holding: tuple[str, ...]
    """The statuses that hold the slot; the database's guard uses the same list."""
    longest: timedelta
    """No booking is longer: a search for overlaps reads one index range, not all history."""
    refusal: str
    """The words of the SQLite trigger's refusal (PostgreSQL says SQLSTATE 23P01)."""
    place: str | None = None
    """A column naming where the booking happens, shown to whoever is refused (a bay)."""


TEST_DRIVE_SLOTS = SlotTable(
    kind="test drive",
    model=TestDrive,
    resources=("vehicle_id", "consultant_id", "customer_id"),
    holding=("booked", "out", "returned"),
    longest=timedelta(days=1),
    refusal="overlaps another booking",
)
DELIVERY_SLOTS = SlotTable(
    kind="delivery",
    model=Delivery,
    resources=("bay", "consultant_id"),
    holding=("planned", "completed"),
    longest=timedelta(days=1),
    refusal="overlaps another delivery",
    place="bay",
)
SLOT_TABLES: tuple[SlotTable, ...] = (TEST_DRIVE_SLOTS, DELIVERY_SLOTS)


class SlotConflict(ConflictError):
    """The slot is held. Each area's conflict (a booking, a delivery) is one of these, with
    ``holders`` saying who or what holds it; ``by_database`` says another PC won it between
    the check and the write."""

    holders: list[Any]
    by_database: bool = False


@dataclass(frozen=True, slots=True)
class Commitment:
    """A holding row of some slot table that a consultant is on."""

    table: SlotTable
    record_id: int
    customer_name: str
    consultant_name: str
    place: str
    start: datetime
    end: datetime


def intervals_overlap(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    """Whether two half-open intervals [start, end) share an instant."""
    return a[0] < b[1] and b[0] < a[1]


def is_free(busy: list[tuple[datetime, datetime]], start: datetime, end: datetime) -> bool:
    """Whether [start, end) overlaps none of the busy intervals."""
    return not any(intervals_overlap(held, (start, end)) for held in busy)


def holding(table: SlotTable, start: datetime, end: datetime) -> list[ColumnElement[bool]]:
    """The conditions that select the rows of ``table`` holding a slot overlapping
    [start, end)."""
    model = table.model
    return [
        model.status.in_(table.holding),
        model.starts_at < end,
        model.ends_at > start,
        model.starts_at > start - table.longest,  # an index range, not all history
    ]


def consultant_commitments(
    session: Session,
    consultant_id: int,
    start: datetime,
    end: datetime,
    *,
    besides: SlotTable | None = None,
) -> list[Commitment]:
    """The consultant's holding rows overlapping [start, end) in every slot table but
    ``besides`` (the asking area reads its own table with its own, fuller, query), by start."""
    found: list[Commitment] = []
    for table in SLOT_TABLES:
        if table is besides:
            continue
        model = table.model
        consultant = aliased(User)
        place = getattr(model, table.place) if table.place else None
        rows = session.execute(
            select(
                model.id,
                Customer.full_name,
                consultant.display_name,
                model.starts_at,
                model.ends_at,
                *([place] if place is not None else []),
            )
            .join(Customer, Customer.id == model.customer_id)
            .join(consultant, consultant.id == model.consultant_id)
            .where(model.consultant_id == consultant_id, *holding(table, start, end))
        ).all()
        found += [
            Commitment(table, r[0], r[1], r[2], r[5] if place is not None else "", r[3], r[4])
            for r in rows
        ]
    return sorted(found, key=lambda c: (c.start, c.table.kind, c.record_id))


def is_overlap(error: IntegrityError) -> bool:
    """Whether the database refused a write because it overlaps a held slot."""
    original = error.orig
    if getattr(original, "sqlstate", None) == "23P01":
        return True
    return any(table.refusal in str(original) for table in SLOT_TABLES)


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
