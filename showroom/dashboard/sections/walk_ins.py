"""Today's walk-ins: how many, per hour, per consultant, and the visitors not linked yet."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from showroom.dashboard.service import (
    N_,
    Audience,
    Breakdown,
    BreakdownRow,
    Chart,
    Column,
    DetailList,
    DetailRow,
    Figure,
    ListRef,
    Section,
    Series,
    Tone,
    Viewer,
    dashboard_list,
    dashboard_section,
)
from showroom.kernel.clock import day_bounds
from showroom.storage.models import Customer, User, WalkIn

OPENING_HOURS = range(9, 20)
"""The hours the per-hour chart always shows (more if visits fall outside)."""

PURPOSES = {
    "browsing": N_("Browsing"),
    "test_drive": N_("Test drive"),
    "purchase_talk": N_("Purchase talk"),
    "pick_up": N_("Pick-up"),
    "service": N_("Service"),
}


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(ids)))
    return {user_id: name for user_id, name in rows}


@dashboard_section("walk_ins", order=20)
def walk_ins_section(session: Session, viewer: Viewer) -> Section:
    start, end = day_bounds(viewer.today, viewer.zone)
    # A day's traffic is tens of rows: bucketing by local hour is done here, the same way on
    # both databases.
    visits = session.execute(
        select(WalkIn.time_in, WalkIn.time_out, WalkIn.party_size, WalkIn.customer_id,
               WalkIn.consultant_id)
        .where(WalkIn.time_in >= start, WalkIn.time_in < end)
    ).all()  # fmt: skip
    per_hour: Counter[int] = Counter(v.time_in.astimezone(viewer.zone).hour for v in visits)
    hours = sorted(set(OPENING_HOURS) | set(per_hour))
    hours = list(range(hours[0], hours[-1] + 1))
    local_now = viewer.now.astimezone(viewer.zone)
    chart = Chart(
        "walk_ins.per_hour",
        N_("Walk-ins per hour"),
        tuple(hours),
        (Series(N_("Walk-ins"), tuple(per_hour[h] for h in hours)),),
        current=hours.index(local_now.hour) if local_now.hour in hours else None,
    )
    today = ListRef("walk_ins.today")
    count = len(visits)
    if viewer.audience == Audience.CONSULTANT:
        mine = sum(1 for v in visits if v.consultant_id == viewer.user_id)
        return Section(
            "walk_ins",
            N_("Walk-ins today"),
            figures=(
                Figure(
                    "walk_ins.mine",
                    N_("My walk-ins today"),
                    mine,
                    opens=ListRef("walk_ins.today", (("consultant", str(viewer.user_id)),)),
                ),
                Figure(
                    "walk_ins.today",
                    N_("Walk-ins in the showroom"),
                    count,
                    opens=today,
                    goes_to="customers.walk_ins",
                ),
            ),
            charts=(chart,),
        )
    per_consultant: Counter[int | None] = Counter(v.consultant_id for v in visits)
    names = _names(session, {c for c in per_consultant if c is not None})
    anonymous = sum(1 for v in visits if v.customer_id is None)
    still_here = sum(1 for v in visits if v.time_out is None)
    return Section(
        "walk_ins",
        N_("Walk-ins today"),
        figures=(
            Figure(
                "walk_ins.today",
                N_("Walk-ins today"),
                count,
                opens=today,
                goes_to="customers.walk_ins",
            ),
            Figure(
                "walk_ins.visitors",
                N_("Visitors (with their parties)"),
                sum(v.party_size for v in visits),
                opens=today,
            ),
            Figure(
                "walk_ins.here",
                N_("In the showroom now"),
                still_here,
                opens=ListRef("walk_ins.today", (("open", "1"),)),
            ),
            Figure(
                "walk_ins.unlinked",
                N_("Not linked to a customer"),
                anonymous,
                tone=Tone.WARNING if anonymous else Tone.NORMAL,
                opens=ListRef("walk_ins.today", (("anonymous", "1"),)),
            ),
        ),
        breakdowns=(
            Breakdown(
                "walk_ins.per_consultant",
                N_("Walk-ins per consultant"),
                tuple(
                    BreakdownRow(
                        names.get(consultant, "—") if consultant is not None else "—",
                        value,
                        ListRef("walk_ins.today", (("consultant", str(consultant)),))
                        if consultant is not None
                        else None,
                    )
                    for consultant, value in sorted(
                        per_consultant.items(),
                        key=lambda kv: (-kv[1], names.get(kv[0] or 0, "")),
                    )
                ),
            ),
        ),
        charts=(chart,),
    )


@dashboard_list("walk_ins.today")
def walk_ins_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    start, end = day_bounds(viewer.today, viewer.zone)
    consultant = aliased(User)
    query = (
        select(
            WalkIn.time_in,
            WalkIn.time_out,
            WalkIn.customer_id,
            Customer.full_name,
            WalkIn.description,
            WalkIn.party_size,
            WalkIn.purpose,
            consultant.display_name,
        )
        .outerjoin(Customer, Customer.id == WalkIn.customer_id)
        .outerjoin(consultant, consultant.id == WalkIn.consultant_id)
        .where(WalkIn.time_in >= start, WalkIn.time_in < end)
        .order_by(WalkIn.time_in, WalkIn.id)
    )
    title = N_("Walk-ins today")
    subject = None
    if ref.param("consultant"):
        consultant_id = int(ref.param("consultant") or 0)
        query = query.where(WalkIn.consultant_id == consultant_id)
        subject = session.scalar(select(User.display_name).where(User.id == consultant_id))
        title = N_("Walk-ins today of")
    if ref.param("anonymous"):
        query = query.where(WalkIn.customer_id.is_(None))
        title = N_("Walk-ins today not linked to a customer")
    if ref.param("open"):
        query = query.where(WalkIn.time_out.is_(None))
        title = N_("Visitors in the showroom now")
    rows = tuple(
        DetailRow(
            (time_in, time_out, name or description or "", party, PURPOSES.get(purpose, purpose), by),
            customer_id=customer_id,
            alert=customer_id is None,
        )
        for time_in, time_out, customer_id, name, description, party, purpose, by in session.execute(
            query
        )
    )  # fmt: skip
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    return DetailList(
        title,
        (
            Column(N_("In"), "time"),
            Column(N_("Out"), "time"),
            Column(N_("Customer or visitor")),
            Column(N_("Party"), "number"),
            Column(N_("Purpose"), "label"),
            Column(N_("Consultant")),
        ),
        rows,
        total=int(total or 0),
        subject=subject,
    )
