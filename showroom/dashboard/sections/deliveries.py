"""Deliveries: today's and the coming week's handovers with their readiness, and what we
still owe customers after a handover."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom.core.phrase import Phrase
from showroom.dashboard.sections.appointments import Appointment, appointment_source
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
from showroom.deliveries.domain import CAR_TO_ORDER, DeliveryStatus
from showroom.deliveries.service import CalendarEntry, deliveries_between, owed_items
from showroom.storage.models import Delivery, OwedItem

UPCOMING_DAYS = 7
LIST_LIMIT = 500


def _day_start(viewer: Viewer, offset: int = 0) -> datetime:
    day = viewer.today + timedelta(days=offset)
    return datetime.combine(day, time.min, tzinfo=viewer.zone)


def _entries(
    session: Session, viewer: Viewer, days: int, consultant: int | None
) -> list[CalendarEntry]:
    rows = deliveries_between(
        session, _day_start(viewer), _day_start(viewer, days), consultant_id=consultant
    )
    return [r for r in rows if r.status is DeliveryStatus.PLANNED or days == 1]


@dashboard_section("deliveries", order=30)
def deliveries_section(session: Session, viewer: Viewer) -> Section | None:
    mine = viewer.user_id if viewer.audience == Audience.CONSULTANT else None
    today = _entries(session, viewer, 1, mine)
    week = _entries(session, viewer, UPCOMING_DAYS, mine)
    planned_today = [e for e in today if e.status is DeliveryStatus.PLANNED]
    not_ready = [e for e in week if not e.readiness.ready]
    blocked = [e for e in week if e.readiness.blocked]
    owed_query = select(func.count(OwedItem.id)).where(OwedItem.done_at.is_(None))
    overdue_query = owed_query.where(OwedItem.promised_on < viewer.today)
    if mine is not None:
        owed_query = owed_query.join(Delivery, Delivery.id == OwedItem.delivery_id).where(
            Delivery.consultant_id == mine
        )
        overdue_query = overdue_query.join(Delivery, Delivery.id == OwedItem.delivery_id).where(
            Delivery.consultant_id == mine
        )
    owed = int(session.scalar(owed_query) or 0)
    owed_overdue = int(session.scalar(overdue_query) or 0)
    if not (today or week or owed):
        return None  # nothing planned, nothing owed: the section stays out
    params: tuple[tuple[str, str], ...] = (("consultant", str(mine)),) if mine else ()
    done_today = len(today) - len(planned_today)
    return Section(
        "deliveries",
        N_("My deliveries") if mine else N_("Deliveries"),
        figures=(
            Figure(
                "deliveries.today",
                N_("Deliveries today"),
                len(today),
                note=N_("some handed over") if done_today else None,
                opens=ListRef("deliveries.list", (("days", "1"), *params)),
            ),
            Figure(
                "deliveries.week",
                N_("Planned this week"),
                len(week),
                opens=ListRef("deliveries.list", (("days", str(UPCOMING_DAYS)), *params)),
            ),
            Figure(
                "deliveries.not_ready",
                N_("Not ready yet"),
                len(not_ready),
                total=len(week) or None,
                note=N_("checklists open") if blocked else None,
                tone=Tone.ALERT if blocked else (Tone.WARNING if not_ready else Tone.GOOD),
                opens=ListRef(
                    "deliveries.list",
                    (("days", str(UPCOMING_DAYS)), ("not_ready", "1"), *params),
                ),
            ),
            Figure(
                "deliveries.owed",
                N_("We owe"),
                owed,
                note=N_("some overdue") if owed_overdue else None,
                tone=Tone.ALERT if owed_overdue else Tone.NORMAL,
                opens=ListRef("deliveries.owed", params),
            ),
        ),
    )


@dashboard_list("deliveries.list")
def deliveries_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    days = int(ref.param("days") or "1")
    consultant = ref.param("consultant")
    rows = _entries(session, viewer, days, int(consultant) if consultant else None)
    if ref.param("not_ready"):
        rows = [r for r in rows if not r.readiness.ready]
    rows = rows[:LIST_LIMIT]
    return DetailList(
        N_("Deliveries today") if days == 1 else N_("Deliveries this week"),
        (
            Column(N_("When"), "datetime"),
            Column(N_("Bay")),
            Column(N_("Customer")),
            Column(N_("Car")),
            Column(N_("Consultant")),
            Column(N_("Readiness")),
        ),
        tuple(
            DetailRow(
                (
                    r.starts_at,
                    r.bay,
                    r.customer_name,
                    Phrase.of(CAR_TO_ORDER) if r.vehicle == CAR_TO_ORDER else r.vehicle,
                    r.consultant,
                    Phrase.of(N_("handed over"))
                    if r.status is DeliveryStatus.COMPLETED
                    else r.readiness.phrase(),
                ),
                customer_id=r.customer_id,
                alert=r.status is DeliveryStatus.PLANNED and r.readiness.blocked,
            )
            for r in rows
        ),
        total=len(rows),
    )


@dashboard_list("deliveries.owed")
def owed_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    consultant = ref.param("consultant")
    rows = owed_items(session, limit=10_000)
    if consultant:
        names = set(
            session.scalars(select(Delivery.id).where(Delivery.consultant_id == int(consultant)))
        )
        rows = [r for r in rows if r.delivery_id in names]
    total = len(rows)
    rows = rows[:LIST_LIMIT]
    return DetailList(
        N_("We owe"),
        (
            Column(N_("Promised by"), "date"),
            Column(N_("Customer")),
            Column(N_("What")),
            Column(N_("Consultant")),
        ),
        tuple(
            DetailRow(
                (r.promised_on, r.customer_name, r.text, r.consultant),
                customer_id=r.customer_id,
                alert=r.overdue(viewer.today),
            )
            for r in rows
        ),
        total=total,
    )


# --- a consultant's deliveries today, in their agenda ---------------------------------------
def _my_deliveries_today(session: Session, viewer: Viewer) -> list[CalendarEntry]:
    return [
        e
        for e in deliveries_between(
            session, _day_start(viewer), _day_start(viewer, 1), consultant_id=viewer.user_id
        )
        if e.status is not DeliveryStatus.CANCELLED
    ]


def _count_my_deliveries(session: Session, viewer: Viewer) -> int:
    return len(_my_deliveries_today(session, viewer))


@appointment_source(
    "deliveries", order=30, label=N_("My deliveries today"), count=_count_my_deliveries
)
def _my_deliveries(session: Session, viewer: Viewer, limit: int) -> list[Appointment]:
    return [
        Appointment(
            e.starts_at,
            N_("Delivery"),
            e.customer_id,
            e.customer_name,
            f"{e.vehicle} · {e.bay}",
            N_("Handed over")
            if e.status is DeliveryStatus.COMPLETED
            else (N_("Ready") if e.readiness.ready else N_("Not ready")),
            alert=e.status is DeliveryStatus.PLANNED and not e.readiness.ready,
        )
        for e in _my_deliveries_today(session, viewer)[:limit]
    ]
