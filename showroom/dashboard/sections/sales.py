"""Sales on Today: graded prospects overdue for a follow-up, lost sales waiting for the
manager, and the month's orders and deliveries against target (showroom.sales)."""

from __future__ import annotations

from sqlalchemy.orm import Session

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
from showroom.kernel.settings_store import load_settings
from showroom.sales.service import count_overdue, count_pending_lost, overdue_prospects
from showroom.sales.targets import Progress, month_progress


def _progress_figure(key: str, label: str, progress: Progress) -> Figure:
    tone = Tone.WARNING if progress.behind else Tone.NORMAL
    return Figure(key, label, progress.done, progress.target or None, tone=tone, goes_to="targets")


@dashboard_section("sales", order=37)
def sales_section(session: Session, viewer: Viewer) -> Section:
    settings = load_settings(session)
    mine = viewer.audience == Audience.CONSULTANT
    who = viewer.user_id if mine else None
    overdue = count_overdue(session, viewer.user_id, viewer.today, settings, who)
    rows = month_progress(session, viewer.user_id, viewer.today, viewer.today, settings)
    own = next((r for r in rows if r.consultant_id == viewer.user_id), None) if mine else rows[0]
    figures = [
        Figure(
            "sales.overdue",
            N_("My overdue prospects") if mine else N_("Overdue prospects"),
            overdue,
            tone=Tone.ALERT if overdue else Tone.GOOD,
            opens=ListRef("sales.overdue", (("consultant", str(who)),) if who else ()),
        )
    ]
    if not mine:
        pending = count_pending_lost(session, viewer.user_id)
        figures.append(
            Figure(
                "sales.pending_lost",
                N_("Lost sales to decide"),
                pending,
                tone=Tone.WARNING if pending else Tone.NORMAL,
                goes_to="targets",
            )
        )
    if own is not None:
        figures.append(_progress_figure("sales.orders", N_("Orders this month"), own.orders))
        figures.append(
            _progress_figure("sales.deliveries", N_("Deliveries this month"), own.deliveries)
        )
    return Section("sales", N_("Sales"), figures=tuple(figures))


@dashboard_list("sales.overdue")
def overdue_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    settings = load_settings(session)
    consultant = ref.param("consultant")
    who = int(consultant) if consultant and consultant.isdigit() else None
    rows = overdue_prospects(session, viewer.user_id, viewer.today, settings, who)
    return DetailList(
        N_("Overdue prospects"),
        (
            Column(N_("Due"), "date"),
            Column(N_("Customer")),
            Column(N_("Level")),
            Column(N_("Consultant")),
            Column(N_("Last contact"), "datetime"),
        ),
        tuple(
            DetailRow(
                (r.due_on, r.name, r.level.value, r.consultant or "—", r.last_contact),
                customer_id=r.customer_id,
                alert=r.due_on < viewer.today,
            )
            for r in rows
        ),
        total=count_overdue(session, viewer.user_id, viewer.today, settings, who),
    )
