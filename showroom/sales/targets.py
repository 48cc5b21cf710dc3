"""Monthly targets and progress, and the funnel: every figure counted in SQL.

Orders are deals accepted (opened) in the month and not cancelled; deliveries are
deliveries completed in the month; both are counted for the deal's or delivery's
consultant. Months and periods are days on the showroom's wall clock. A consultant sees
their own row and the showroom's totals; managers and admins see every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, distinct, func, select
from sqlalchemy.orm import Session

from showroom.core.errors import ValidationError
from showroom.core.ids import UserId
from showroom.deals.domain import DealStatus
from showroom.deliveries.domain import DeliveryStatus
from showroom.kernel.access import actor, require
from showroom.kernel.audit import record
from showroom.kernel.permissions import Action, is_manager
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.sales.domain import (
    check_target,
    even_split,
    forecast,
    month_start,
    next_month,
    percent,
    ratio,
)
from showroom.storage.models import (
    ConsultantTarget,
    Deal,
    Delivery,
    MonthlyTarget,
    TestDrive,
    User,
    WalkIn,
)
from showroom.storage.types import utc_now
from showroom.test_drives.domain import DriveStatus

DRIVEN = (DriveStatus.OUT, DriveStatus.RETURNED)
"""Test-drive statuses that count as a drive taken (the car went out)."""


def _span(start: date, end: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) of local days as instants."""
    return datetime.combine(start, time(0), zone), datetime.combine(end, time(0), zone)


# --- setting targets -----------------------------------------------------------------------
def set_showroom_target(
    session: Session, actor_id: UserId | None, month: date, orders: object, deliveries: object
) -> None:
    """The month's target for the whole showroom (managers only; audited)."""
    require(session, actor_id, Action.SET_SALES_TARGETS)
    first = month_start(month)
    values = check_target(orders, "orders target"), check_target(deliveries, "deliveries target")
    row = session.get(MonthlyTarget, first)
    before = (row.orders, row.deliveries) if row else (0, 0)
    if row is None:
        row = MonthlyTarget(month=first)
        session.add(row)
    row.orders, row.deliveries = values
    row.updated_at, row.updated_by_id = utc_now(), actor_id
    record(
        session, actor_id, "update", "monthly_target", None, f"Target {first:%Y-%m}",
        {"orders": (before[0], values[0]), "deliveries": (before[1], values[1])},
    )  # fmt: skip
    session.flush()


def set_consultant_target(
    session: Session,
    actor_id: UserId | None,
    month: date,
    consultant_id: int,
    orders: object,
    deliveries: object,
) -> None:
    """One consultant's share of the month's target (managers only; audited)."""
    require(session, actor_id, Action.SET_SALES_TARGETS)
    consultant = session.get(User, consultant_id) if isinstance(consultant_id, int) else None
    if consultant is None or consultant.role != Role.CONSULTANT:
        raise ValidationError("consultant", "must be a consultant of the showroom")
    first = month_start(month)
    values = check_target(orders, "orders target"), check_target(deliveries, "deliveries target")
    row = session.get(ConsultantTarget, (first, consultant_id))
    before = (row.orders, row.deliveries) if row else (0, 0)
    if row is None:
        row = ConsultantTarget(month=first, consultant_id=consultant_id)
        session.add(row)
    row.orders, row.deliveries = values
    row.updated_at, row.updated_by_id = utc_now(), actor_id
    record(
        session, actor_id, "update", "consultant_target", consultant_id,
        f"Target {first:%Y-%m} for {consultant.display_name}",
        {"orders": (before[0], values[0]), "deliveries": (before[1], values[1])},
    )  # fmt: skip
    session.flush()


def split_evenly(session: Session, actor_id: UserId | None, month: date) -> None:
    """Share the showroom's target of ``month`` evenly among the active consultants (by
    name; the first ones take the remainder), replacing their targets of that month."""
    require(session, actor_id, Action.SET_SALES_TARGETS)
    first = month_start(month)
    target = session.get(MonthlyTarget, first)
    if target is None:
        raise ValidationError("target", "set the showroom's target of the month first")
    people = list(
        session.scalars(
            select(User.id)
            .where(User.role == Role.CONSULTANT, User.active.is_(True))
            .order_by(User.display_name, User.id)
        )
    )
    orders, deliveries = (
        even_split(target.orders, len(people)),
        even_split(target.deliveries, len(people)),
    )
    for person, o, d in zip(people, orders, deliveries, strict=True):
        set_consultant_target(session, actor_id, first, person, o, d)


# --- progress -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Progress:
    """Target, done, % done and forecast of one measure (orders or deliveries)."""

    target: int
    done: int
    percent: int | None
    forecast: int

    @property
    def behind(self) -> bool:
        """The forecast falls short of a target that was set."""
        return self.target > 0 and self.forecast < self.target


@dataclass(frozen=True, slots=True)
class ProgressRow:
    consultant_id: int | None  # None: the showroom's totals
    name: str
    orders: Progress
    deliveries: Progress

    @property
    def behind(self) -> bool:
        return self.orders.behind or self.deliveries.behind


def _progress(target: int, done: int, month: date, today: date) -> Progress:
    return Progress(target, done, percent(done, target), forecast(done, month, today))


def _orders_by(start: datetime, end: datetime) -> Select[int | None, int]:
    return (
        select(Deal.consultant_id, func.count(Deal.id))
        .where(Deal.opened_at >= start, Deal.opened_at < end, Deal.status != DealStatus.CANCELLED)
        .group_by(Deal.consultant_id)
    )


def _deliveries_by(start: datetime, end: datetime) -> Select[int, int]:
    return (
        select(Delivery.consultant_id, func.count(Delivery.id))
        .where(
            Delivery.status == DeliveryStatus.COMPLETED,
            Delivery.completed_at >= start,
            Delivery.completed_at < end,
        )
        .group_by(Delivery.consultant_id)
    )


def month_progress(
    session: Session,
    actor_id: UserId | None,
    month: date,
    today: date,
    settings: ShowroomSettings,
) -> list[ProgressRow]:
    """The showroom's totals first, then each consultant with a target or a result (by
    name). A consultant gets the totals and their own row only."""
    first = month_start(month)
    start, end = _span(first, next_month(first), ZoneInfo(settings.timezone))
    orders: dict[int | None, int] = {k: n for k, n in session.execute(_orders_by(start, end))}
    deliveries: dict[int | None, int] = {
        k: n for k, n in session.execute(_deliveries_by(start, end))
    }
    targets = {
        t.consultant_id: (t.orders, t.deliveries)
        for t in session.scalars(select(ConsultantTarget).where(ConsultantTarget.month == first))
    }
    total = session.get(MonthlyTarget, first)
    people = set(targets) | {k for k in (*orders, *deliveries) if k is not None}
    users = (
        session.execute(
            select(User.id, User.display_name)
            .where(User.id.in_(people))
            .order_by(User.display_name, User.id)
        ).all()
        if people
        else []
    )
    user = actor(session, actor_id)
    own_only = user is not None and not is_manager(user.role)
    rows = [
        ProgressRow(
            None,
            "Showroom",
            _progress(total.orders if total else 0, sum(orders.values()), first, today),
            _progress(total.deliveries if total else 0, sum(deliveries.values()), first, today),
        )
    ]
    for uid, name in users:
        if own_only and user is not None and uid != user.id:
            continue
        t_orders, t_deliveries = targets.get(uid, (0, 0))
        rows.append(
            ProgressRow(
                uid,
                name,
                _progress(t_orders, orders.get(uid, 0), first, today),
                _progress(t_deliveries, deliveries.get(uid, 0), first, today),
            )
        )
    return rows


# --- the funnel ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FunnelStage:
    key: str  # walk_ins, registered, test_drives, orders, deliveries
    count: int
    rate: float | None  # conversion from the stage it is measured against


@dataclass(frozen=True, slots=True)
class Funnel:
    stages: tuple[FunnelStage, ...]

    def count(self, key: str) -> int:
        return next(s.count for s in self.stages if s.key == key)

    def rate(self, key: str) -> float | None:
        return next(s.rate for s in self.stages if s.key == key)


FUNNEL_STAGES = ("walk_ins", "registered", "test_drives", "orders", "deliveries")


def funnel(
    session: Session,
    actor_id: UserId | None,
    start: date,
    end: date,
    settings: ShowroomSettings,
    consultant_id: int | None = None,
) -> Funnel:
    """The funnel of the local days [start, end), for one consultant or the showroom.

    walk-ins: walk-in parties in the period; registered: the distinct customers of those
    walk-ins (the party left its details); test drives: distinct customers with a drive
    completed in the period; orders: deals accepted in the period, not cancelled;
    deliveries: deliveries completed in the period. Rates: registered ÷ walk-ins (留档率),
    test drives ÷ registered (试驾率), orders ÷ registered (成交率), deliveries ÷ orders.
    A consultant may ask for their own funnel or the showroom's only.
    """
    if end <= start:
        raise ValidationError("period", "must end after it starts")
    user = actor(session, actor_id)
    if user is not None and not is_manager(user.role) and consultant_id not in (None, user.id):
        from showroom.core.errors import Forbidden

        raise Forbidden("A consultant sees their own figures and the showroom's totals.")
    since, until = _span(start, end, ZoneInfo(settings.timezone))

    def only(column: Any) -> Sequence[ColumnElement[bool]]:
        return [column == consultant_id] if consultant_id is not None else []

    walk_window = [WalkIn.time_in >= since, WalkIn.time_in < until, *only(WalkIn.consultant_id)]
    walk_ins = session.scalar(select(func.count(WalkIn.id)).where(*walk_window)) or 0
    registered = (
        session.scalar(select(func.count(distinct(WalkIn.customer_id))).where(*walk_window)) or 0
    )
    drives = (
        session.scalar(
            select(func.count(distinct(TestDrive.customer_id))).where(
                TestDrive.status.in_(DRIVEN),
                TestDrive.starts_at >= since,
                TestDrive.starts_at < until,
                *only(TestDrive.consultant_id),
            )
        )
        or 0
    )
    orders = (
        session.scalar(
            select(func.count(Deal.id)).where(
                Deal.opened_at >= since,
                Deal.opened_at < until,
                Deal.status != DealStatus.CANCELLED,
                *only(Deal.consultant_id),
            )
        )
        or 0
    )
    delivered = (
        session.scalar(
            select(func.count(Delivery.id)).where(
                Delivery.status == DeliveryStatus.COMPLETED,
                Delivery.completed_at >= since,
                Delivery.completed_at < until,
                *only(Delivery.consultant_id),
            )
        )
        or 0
    )
    return Funnel(
        (
            FunnelStage("walk_ins", walk_ins, None),
            FunnelStage("registered", registered, ratio(registered, walk_ins)),
            FunnelStage("test_drives", drives, ratio(drives, registered)),
            FunnelStage("orders", orders, ratio(orders, registered)),
            FunnelStage("deliveries", delivered, ratio(delivered, orders)),
        )
    )
