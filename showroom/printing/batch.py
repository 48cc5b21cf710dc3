"""Printing a whole day's documents of one kind into one PDF (``showroom print KIND --day``,
File › Print today's …).

Which records a day's batch holds depends on the kind:

- test-drive agreements: the day's test drives that hold their slot (booked, out, returned)
  and whose driving licence is recorded (an agreement needs it), in start order; the ones
  still without a licence are left out and counted (:attr:`Batch.left_out`);
- customer cards: the customers who walked in that day (each once), in order of arrival;
- next steps: the open deals with a checklist step due that day, in customer order.

Every document of the batch is numbered and archived on its own, in its customer's file,
exactly as if it had been printed alone: the archive answers "what did this customer get"
per customer, and a reprint finds that one document. The combined PDF is only the print
job (one file for the printer) and is not archived a second time.

A consultant's batch holds only the customers they may reach (their own, unassigned or
shared ones); the others are counted as left out, so one foreign customer does not stop the
whole batch.

The whole batch is one unit of work: the caller's transaction holds every document, so a
batch that fails or is cancelled part-way archives nothing (``progress`` may raise to stop
it; the caller then rolls back).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from showroom.core.errors import ValidationError
from showroom.core.ids import UserId
from showroom.deals.domain import DealStatus
from showroom.deliveries.domain import HOLDING_STATUSES
from showroom.kernel.access import visible_customers
from showroom.kernel.archive import ArchivedDocument
from showroom.kernel.clock import day_bounds
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.settings import ShowroomSettings
from showroom.printing.registry import PRINTABLE
from showroom.storage.models import Customer, Deal, DealItem, Delivery, TestDrive, WalkIn
from showroom.test_drives.domain import ACTIVE_STATUSES

Progress = Callable[[int, int], None]
"""Called with (done, total) before each document and once at the end; may raise to stop."""


Visible = ColumnElement[bool] | None
"""Which customers the printing user may reach (None: all of them)."""


def _test_drives(session: Session, day: date, zone: ZoneInfo, visible: Visible) -> list[int]:
    return [drive_id for drive_id, licence in _day_drives(session, day, zone, visible) if licence]


def _day_drives(
    session: Session, day: date, zone: ZoneInfo, visible: Visible
) -> list[tuple[int, bool]]:
    """The day's drives that hold their slot, and whether the licence is recorded (an
    agreement cannot be printed without it)."""
    start, end = day_bounds(day, zone)
    query = (
        select(TestDrive.id, TestDrive.licence_number)
        .join(Customer, Customer.id == TestDrive.customer_id)
        .where(
            TestDrive.starts_at >= start,
            TestDrive.starts_at < end,
            TestDrive.status.in_([s.value for s in ACTIVE_STATUSES]),
        )
        .order_by(TestDrive.starts_at, TestDrive.id)
    )
    if visible is not None:
        query = query.where(visible)
    return [(drive_id, number is not None) for drive_id, number in session.execute(query)]


def _drives_left_out(session: Session, day: date, zone: ZoneInfo, visible: Visible) -> int:
    return sum(1 for _, licence in _day_drives(session, day, zone, visible) if not licence)


def _visitors(session: Session, day: date, zone: ZoneInfo, visible: Visible) -> list[int]:
    start, end = day_bounds(day, zone)
    first_seen = func.min(WalkIn.time_in)
    query = (
        select(WalkIn.customer_id, first_seen)
        .join(Customer, Customer.id == WalkIn.customer_id)
        .where(WalkIn.time_in >= start, WalkIn.time_in < end)
        .group_by(WalkIn.customer_id)
        .order_by(first_seen, WalkIn.customer_id)
    )
    if visible is not None:
        query = query.where(visible)
    return [customer_id for customer_id, _ in session.execute(query) if customer_id is not None]


def _deals_due(session: Session, day: date, zone: ZoneInfo, visible: Visible) -> list[int]:
    due = (
        select(DealItem.id)
        .where(DealItem.deal_id == Deal.id, DealItem.state != "done", DealItem.due_on == day)
        .exists()
    )
    query = (
        select(Deal.id)
        .join(Customer, Customer.id == Deal.customer_id)
        .where(Deal.status == DealStatus.OPEN.value, due)
        .order_by(Customer.full_name, Deal.id)
    )
    if visible is not None:
        query = query.where(visible)
    return list(session.scalars(query))


def _deliveries(session: Session, day: date, zone: ZoneInfo, visible: Visible) -> list[int]:
    """The day's handovers that hold their bay (planned or done), in time order."""
    start, end = day_bounds(day, zone)
    query = (
        select(Delivery.id)
        .join(Customer, Customer.id == Delivery.customer_id)
        .where(
            Delivery.starts_at >= start,
            Delivery.starts_at < end,
            Delivery.status.in_(HOLDING_STATUSES),
        )
        .order_by(Delivery.starts_at, Delivery.id)
    )
    if visible is not None:
        query = query.where(visible)
    return list(session.scalars(query))


Selector = Callable[[Session, date, ZoneInfo, Visible], list[int]]

DAY_BATCHES: dict[DocumentKind, Selector] = {
    DocumentKind.TEST_DRIVE_AGREEMENT: _test_drives,
    DocumentKind.CUSTOMER_CARD: _visitors,
    DocumentKind.NEXT_STEPS: _deals_due,
    DocumentKind.HANDOVER: _deliveries,
}
"""The kinds that can be printed for a whole day, and which records make up the day."""

LEFT_OUT: dict[DocumentKind, Callable[[Session, date, ZoneInfo, Visible], int]] = {
    DocumentKind.TEST_DRIVE_AGREEMENT: _drives_left_out,
}
"""For a kind whose day has records that cannot be printed yet: how many are left out."""
LEFT_OUT_REASON = {
    DocumentKind.TEST_DRIVE_AGREEMENT: "without a recorded driving licence",
}

NOTHING_TO_PRINT = {
    DocumentKind.TEST_DRIVE_AGREEMENT: "no test drive on {day} has its licence recorded",
    DocumentKind.CUSTOMER_CARD: "no customer walked in on {day}",
    DocumentKind.NEXT_STEPS: "no open deal has a step due on {day}",
    DocumentKind.HANDOVER: "no delivery is planned on {day}",
}


class NothingToPrint(ValidationError):
    """The day has no document of that kind; nothing was printed or archived."""

    def __init__(self, kind: DocumentKind, day: date, not_yours: int = 0) -> None:
        rule = NOTHING_TO_PRINT[kind].format(day=day.isoformat())
        if not_yours:
            rule = (
                f"the {not_yours} document{'s' if not_yours != 1 else ''} of {day.isoformat()} "
                "belong to other consultants' customers"
            )
        super().__init__("day", rule + "; nothing was printed")
        self.kind = kind
        self.day = day


@dataclass(frozen=True, slots=True)
class Batch:
    """A day's documents of one kind: each archived on its own, and the combined PDF."""

    kind: DocumentKind
    day: date
    documents: tuple[ArchivedDocument, ...]
    pdf: bytes
    page_count: int
    left_out: int = 0
    not_yours: int = 0

    @property
    def left_out_text(self) -> str:
        """What was left out and why ("1 left out (without a recorded driving licence)"),
        or an empty string."""
        parts = []
        if self.left_out:
            reason = LEFT_OUT_REASON.get(self.kind, "not printable")
            parts.append(f"{self.left_out} left out ({reason})")
        if self.not_yours:
            parts.append(f"{self.not_yours} left out (other consultants' customers)")
        return "; ".join(parts)

    @property
    def numbers(self) -> str:
        first, last = self.documents[0].number, self.documents[-1].number
        return first if first == last else f"{first} … {last}"


def check_batch_kind(kind: DocumentKind) -> None:
    if kind not in DAY_BATCHES:
        names = ", ".join(k.value for k in DAY_BATCHES)
        raise ValidationError(
            "kind",
            "{value} cannot be printed for a whole day; these can: {names}",
            value=kind.value,
            names=names,
        )


def day_batch_ids(
    session: Session, kind: DocumentKind, day: date, zone: ZoneInfo, visible: Visible = None
) -> list[int]:
    """The records whose documents make up the day's batch, in print order (of the
    customers ``visible`` lets through)."""
    check_batch_kind(kind)
    return DAY_BATCHES[kind](session, day, zone, visible)


def combine_pdfs(parts: list[bytes]) -> tuple[bytes, int]:
    """One PDF holding every page of ``parts`` in order; and its page count."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in parts:
        writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(writer.pages)


def print_day_batch(
    session: Session,
    kind: DocumentKind,
    day: date,
    user_id: UserId,
    settings: ShowroomSettings,
    now: datetime,
    progress: Progress | None = None,
) -> Batch:
    """Print and archive every document of ``kind`` for ``day`` and combine them.

    Raises NothingToPrint when the day has none, ValidationError for a kind that has no
    day batch, and whatever a document's print function or ``progress`` raises; the
    caller's unit of work is then rolled back, so nothing of the batch stays archived.
    """
    zone = ZoneInfo(settings.timezone)
    visible = visible_customers(session, user_id)
    ids = day_batch_ids(session, kind, day, zone, visible)
    not_yours = 0 if visible is None else len(day_batch_ids(session, kind, day, zone)) - len(ids)
    if not ids:
        if not_yours:
            raise NothingToPrint(kind, day, not_yours)
        raise NothingToPrint(kind, day)
    printer = PRINTABLE[kind]
    documents: list[ArchivedDocument] = []
    for done, record_id in enumerate(ids):
        if progress is not None:
            progress(done, len(ids))
        documents.append(printer(session, record_id, user_id, settings, now))
    if progress is not None:
        progress(len(ids), len(ids))
    pdf, pages = combine_pdfs([d.pdf for d in documents])
    left_out = LEFT_OUT[kind](session, day, zone, visible) if kind in LEFT_OUT else 0
    return Batch(kind, day, tuple(documents), pdf, pages, left_out, not_yours)
