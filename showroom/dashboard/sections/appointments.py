"""A consultant's appointments today: their test drives, their follow-ups due today and (once
the deliveries area lands) their delivery ceremonies, in one figure and one agenda.

Each kind of appointment is an :class:`AppointmentSource` registered with
:func:`appointment_source`: a count and the rows of one consultant's day. An area that
lands later (deliveries) registers its source from its own module in this package and
touches nothing here; the section adds its figure and its rows to the agenda.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from showroom.dashboard.sections.follow_ups import KINDS, _contactable
from showroom.dashboard.sections.test_drives import STATES, today_conditions
from showroom.dashboard.service import (
    N_,
    Audience,
    Column,
    DetailList,
    DetailRow,
    Figure,
    ListRef,
    Section,
    Tone,
    Viewer,
    dashboard_list,
    dashboard_section,
)
from showroom.storage.models import Customer, FollowUp, TestDrive, Vehicle
from showroom.test_drives.domain import DriveStatus

LIST_LIMIT = 500


@dataclass(frozen=True, slots=True)
class Appointment:
    """One line of a consultant's agenda. ``at`` is None for what has a day but no time
    (a follow-up call); those come after the timed ones."""

    at: datetime | None
    what: str  # message id ("Test drive")
    customer_id: int | None
    customer: str
    detail: str
    state: str  # message id
    alert: bool = False


@dataclass(frozen=True, slots=True)
class AppointmentSource:
    """One kind of appointment: how many a consultant has today, and which."""

    key: str
    order: int
    label: str  # the figure's message id ("My test drives today")
    count: Callable[[Session, Viewer], int]
    rows: Callable[[Session, Viewer, int], list[Appointment]]


_SOURCES: dict[str, AppointmentSource] = {}


def appointment_source(
    key: str, *, order: int, label: str, count: Callable[[Session, Viewer], int]
) -> Callable[
    [Callable[[Session, Viewer, int], list[Appointment]]],
    Callable[[Session, Viewer, int], list[Appointment]],
]:
    """Register a kind of appointment: decorate the function that lists one consultant's
    (``viewer.user_id``) appointments of today, at most ``limit`` of them; ``count`` says
    how many there are in all. The deliveries area registers its ceremonies this way."""

    def register(
        rows: Callable[[Session, Viewer, int], list[Appointment]],
    ) -> Callable[[Session, Viewer, int], list[Appointment]]:
        _SOURCES[key] = AppointmentSource(key, order, label, count, rows)
        return rows

    return register


def sources() -> list[AppointmentSource]:
    return sorted(_SOURCES.values(), key=lambda s: (s.order, s.key))


# --- test drives ---------------------------------------------------------------------------
def _my_drives(viewer: Viewer) -> tuple[ColumnElement[bool], ...]:
    return (*today_conditions(viewer), TestDrive.consultant_id == viewer.user_id)


def _count_drives(session: Session, viewer: Viewer) -> int:
    return int(session.scalar(select(func.count()).where(*_my_drives(viewer))) or 0)


@appointment_source("test_drives", order=10, label=N_("My test drives today"), count=_count_drives)
def _drives(session: Session, viewer: Viewer, limit: int) -> list[Appointment]:
    query = (
        select(
            TestDrive.starts_at,
            TestDrive.ends_at,
            TestDrive.status,
            TestDrive.customer_id,
            Customer.full_name,
            Vehicle.make,
            Vehicle.model,
        )
        .join(Customer, Customer.id == TestDrive.customer_id)
        .join(Vehicle, Vehicle.id == TestDrive.vehicle_id)
        .where(*_my_drives(viewer))
        .order_by(TestDrive.starts_at, TestDrive.id)
        .limit(limit)
    )
    result = []
    for start, end, status, customer_id, name, make, model in session.execute(query):
        late = status == DriveStatus.OUT.value and end < viewer.now
        result.append(
            Appointment(
                start,
                N_("Test drive"),
                customer_id,
                name,
                f"{make} {model}",
                N_("Not back") if late else STATES.get(status, status),
                alert=late,
            )
        )
    return result


# --- follow-ups due today ------------------------------------------------------------------
def _my_follow_ups(viewer: Viewer) -> tuple[ColumnElement[bool], ...]:
    return (
        FollowUp.assigned_to_id == viewer.user_id,
        FollowUp.done_at.is_(None),
        FollowUp.due_on == viewer.today,
        _contactable(),
    )


def _count_follow_ups(session: Session, viewer: Viewer) -> int:
    return int(session.scalar(select(func.count()).where(*_my_follow_ups(viewer))) or 0)


@appointment_source(
    "follow_ups", order=20, label=N_("My follow-ups due today"), count=_count_follow_ups
)
def _follow_ups(session: Session, viewer: Viewer, limit: int) -> list[Appointment]:
    query = (
        select(FollowUp.kind, FollowUp.reason, FollowUp.customer_id, Customer.full_name)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(*_my_follow_ups(viewer))
        .order_by(FollowUp.id)
        .limit(limit)
    )
    return [
        Appointment(
            None,
            KINDS.get(kind, N_("Follow-up")),
            customer_id,
            name,
            reason or "",
            N_("Due today"),
        )
        for kind, reason, customer_id, name in session.execute(query)
    ]


# --- the section -----------------------------------------------------------------------------
@dashboard_section("appointments", order=5, audiences=(Audience.CONSULTANT,))
def appointments_section(session: Session, viewer: Viewer) -> Section:
    counts = [(source, source.count(session, viewer)) for source in sources()]
    total = sum(n for _, n in counts)
    return Section(
        "appointments",
        N_("My appointments today"),
        figures=(
            Figure(
                "appointments.mine",
                N_("My appointments today"),
                total,
                tone=Tone.NORMAL,
                opens=ListRef("appointments.mine"),
            ),
            *(
                Figure(
                    f"appointments.{source.key}",
                    source.label,
                    count,
                    opens=ListRef("appointments.mine", (("source", source.key),)),
                )
                for source, count in counts
            ),
        ),
    )


@dashboard_list("appointments.mine")
def appointments_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    wanted = ref.param("source")
    picked = [s for s in sources() if wanted is None or s.key == wanted]
    items: list[Appointment] = []
    total = 0
    for source in picked:
        total += source.count(session, viewer)
        items.extend(source.rows(session, viewer, LIST_LIMIT))
    # Timed appointments by time, then the day's calls in the order they were made.
    items.sort(key=lambda a: (a.at is None, a.at or viewer.now))
    title = next((s.label for s in picked), N_("My appointments today")) if wanted else None
    return DetailList(
        title or N_("My appointments today"),
        (
            Column(N_("Time"), "time"),
            Column(N_("What"), "label"),
            Column(N_("Customer")),
            Column(N_("Details")),
            Column(N_("State"), "label"),
        ),
        tuple(
            DetailRow(
                (a.at, a.what, a.customer, a.detail, a.state),
                customer_id=a.customer_id,
                alert=a.alert,
            )
            for a in items[:LIST_LIMIT]
        ),
        total=total,
    )
