"""Test drives for the manager: today's booked, done and no-shows, and the cars that are out
past the end of their slot (whatever day they left), per consultant.

"Booked today" counts every drive that starts today and was not cancelled (a no-show was
booked too); "done" the ones checked back in; an overdue return is a car still out after its
slot ended. Counts run on the ``starts_at`` and ``status`` indexes: a day has tens of drives
and only the cars on the road are ``out``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from showroom.dashboard.service import (
    N_,
    Audience,
    Breakdown,
    BreakdownRow,
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
from showroom.kernel.clock import day_bounds
from showroom.storage.models import Customer, TestDrive, User, Vehicle
from showroom.test_drives.domain import DriveStatus

LIST_LIMIT = 500

STATES = {
    DriveStatus.BOOKED.value: N_("Booked"),
    DriveStatus.OUT.value: N_("Out on the road"),
    DriveStatus.RETURNED.value: N_("Returned"),
    DriveStatus.NO_SHOW.value: N_("No-show"),
    DriveStatus.CANCELLED.value: N_("Cancelled"),
}

# What each figure counts, by the ``state`` parameter of its list.
TITLES = {
    "booked": N_("Test drives booked today"),
    "done": N_("Test drives done today"),
    "no_show": N_("No-shows today"),
    "overdue": N_("Cars not back on time"),
    "to_come": N_("Test drives still to come today"),
}


def overdue_condition(now: datetime) -> ColumnElement[bool]:
    """A car checked out and still out after its slot ended (any day)."""
    return (TestDrive.status == DriveStatus.OUT.value) & (TestDrive.ends_at < now)


def today_conditions(viewer: Viewer) -> tuple[ColumnElement[bool], ...]:
    start, end = day_bounds(viewer.today, viewer.zone)
    return (
        TestDrive.starts_at >= start,
        TestDrive.starts_at < end,
        TestDrive.status != DriveStatus.CANCELLED.value,
    )


def state_conditions(state: str, viewer: Viewer) -> tuple[ColumnElement[bool], ...]:
    """The conditions of one figure (``state`` as in :data:`TITLES`)."""
    if state == "overdue":
        return (overdue_condition(viewer.now),)
    today = today_conditions(viewer)
    if state == "done":
        return (*today, TestDrive.status == DriveStatus.RETURNED.value)
    if state == "no_show":
        return (*today, TestDrive.status == DriveStatus.NO_SHOW.value)
    if state == "to_come":
        return (*today, TestDrive.status == DriveStatus.BOOKED.value)
    return today


def _ref(state: str, consultant: int | None = None) -> ListRef:
    params = [("state", state)]
    if consultant is not None:
        params.append(("consultant", str(consultant)))
    return ListRef("test_drives.list", tuple(params))


@dashboard_section("test_drives", order=25, audiences=(Audience.MANAGER,))
def test_drives_section(session: Session, viewer: Viewer) -> Section:
    today = today_conditions(viewer)
    per_status = {
        (consultant, status): int(count)
        for consultant, status, count in session.execute(
            select(TestDrive.consultant_id, TestDrive.status, func.count())
            .where(*today)
            .group_by(TestDrive.consultant_id, TestDrive.status)
        )
    }
    overdue = int(session.scalar(select(func.count()).where(overdue_condition(viewer.now))) or 0)

    def total(status: str | None = None) -> int:
        return sum(n for (_, s), n in per_status.items() if status is None or s == status)

    per_consultant: dict[int, int] = {}
    for (consultant, _), count in per_status.items():
        per_consultant[consultant] = per_consultant.get(consultant, 0) + count
    names = {
        user_id: name
        for user_id, name in session.execute(
            select(User.id, User.display_name).where(User.id.in_(list(per_consultant)))
        )
    }
    no_shows = total(DriveStatus.NO_SHOW.value)
    return Section(
        "test_drives",
        N_("Test drives"),
        figures=(
            Figure(
                "test_drives.booked",
                N_("Test drives booked today"),
                total(),
                opens=_ref("booked"),
            ),
            Figure(
                "test_drives.to_come",
                N_("Still to come today"),
                total(DriveStatus.BOOKED.value),
                opens=_ref("to_come"),
            ),
            Figure(
                "test_drives.done",
                N_("Test drives done today"),
                total(DriveStatus.RETURNED.value),
                tone=Tone.GOOD if total(DriveStatus.RETURNED.value) else Tone.NORMAL,
                opens=_ref("done"),
            ),
            Figure(
                "test_drives.no_show",
                N_("No-shows today"),
                no_shows,
                tone=Tone.WARNING if no_shows else Tone.NORMAL,
                opens=_ref("no_show"),
            ),
            Figure(
                "test_drives.overdue",
                N_("Cars not back on time"),
                overdue,
                tone=Tone.ALERT if overdue else Tone.GOOD,
                opens=_ref("overdue"),
            ),
        ),
        breakdowns=(
            Breakdown(
                "test_drives.per_consultant",
                N_("Test drives today per consultant"),
                tuple(
                    BreakdownRow(names.get(consultant, "—"), count, _ref("booked", consultant))
                    for consultant, count in sorted(
                        per_consultant.items(), key=lambda kv: (-kv[1], names.get(kv[0], ""))
                    )
                ),
            ),
        ),
    )


def drive_rows(
    session: Session, conditions: tuple[ColumnElement[bool], ...], viewer: Viewer, limit: int
) -> tuple[list[DetailRow], int]:
    """Drives matching ``conditions`` in start order: start, end, customer, car, consultant,
    state; a car past its slot is flagged. Also returns how many match in all."""
    query = (
        select(
            TestDrive.starts_at,
            TestDrive.ends_at,
            TestDrive.customer_id,
            Customer.full_name,
            Vehicle.make,
            Vehicle.model,
            Vehicle.plate,
            User.display_name,
            TestDrive.status,
        )
        .join(Customer, Customer.id == TestDrive.customer_id)
        .join(Vehicle, Vehicle.id == TestDrive.vehicle_id)
        .join(User, User.id == TestDrive.consultant_id)
        .where(*conditions)
        .order_by(TestDrive.starts_at, TestDrive.id)
    )
    rows = []
    for start, end, customer_id, name, make, model, plate, by, status in session.execute(
        query.limit(limit)
    ):
        car = f"{make} {model}" + (f" · {plate}" if plate else "")
        late = status == DriveStatus.OUT.value and end < viewer.now
        rows.append(
            DetailRow(
                (start, end, name, car, by, N_("Not back") if late else STATES.get(status, status)),
                customer_id=customer_id,
                alert=late,
            )
        )
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    return rows, int(total or 0)


COLUMNS = (
    Column(N_("Start"), "time"),
    Column(N_("End"), "time"),
    Column(N_("Customer")),
    Column(N_("Car")),
    Column(N_("Consultant")),
    Column(N_("State"), "label"),
)


@dashboard_list("test_drives.list")
def test_drives_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    state = ref.param("state") or "booked"
    conditions = state_conditions(state, viewer)
    consultant = ref.param("consultant")
    subject = None
    if consultant:
        conditions = (*conditions, TestDrive.consultant_id == int(consultant))
        subject = session.scalar(select(User.display_name).where(User.id == int(consultant)))
    rows, total = drive_rows(session, conditions, viewer, LIST_LIMIT)
    title = TITLES.get(state, TITLES["booked"])
    if subject is not None:
        title = N_("Test drives today of")
    return DetailList(title, COLUMNS, tuple(rows), total, subject)
