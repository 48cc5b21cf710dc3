"""The daily checklist's progress: lines done, lines late, lines failed, signed off or not."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

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
from showroom.showroom_day.domain import DayState, ItemState, line_text
from showroom.storage.models import ShowroomDay, ShowroomDayItem, Task, User

STATES = {"open": N_("Open"), "done": N_("Done"), "failed": N_("Failed")}


def _late(state: str, due: time | None, viewer: Viewer, day: date) -> bool:
    if state != ItemState.OPEN or due is None:
        return False
    local = viewer.now.astimezone(viewer.zone)
    return day < local.date() or (day == local.date() and due < local.time())


@dashboard_section("showroom_day", order=10)
def checklist_section(session: Session, viewer: Viewer) -> Section:
    day = session.execute(
        select(ShowroomDay.id, ShowroomDay.state).where(ShowroomDay.day == viewer.today)
    ).one_or_none()
    if day is None:
        return Section(
            "showroom_day",
            N_("Showroom checklist"),
            figures=(
                Figure(
                    "checklist.progress",
                    N_("Checks done"),
                    0,
                    note=N_("not started yet"),
                    tone=Tone.WARNING,
                    goes_to="showroom_day",
                ),
            ),
        )
    # A day has tens of lines; their states and times are read, not counted per state in SQL,
    # because "late" compares each line's time with now in the showroom's zone.
    lines = session.execute(
        select(ShowroomDayItem.state, ShowroomDayItem.due_time).where(
            ShowroomDayItem.day_id == day.id
        )
    ).all()
    done = sum(1 for state, _ in lines if state == ItemState.DONE)
    failed = sum(1 for state, _ in lines if state == ItemState.FAILED)
    late = sum(1 for state, due in lines if _late(state, due, viewer, viewer.today))
    signed = day.state == DayState.SIGNED_OFF
    figures = [
        Figure(
            "checklist.progress",
            N_("Checks done"),
            done,
            total=len(lines),
            note=N_("signed off") if signed else None,
            tone=Tone.GOOD if signed else Tone.NORMAL,
            goes_to="showroom_day",
        ),
        Figure(
            "checklist.late",
            N_("Checks past their time"),
            late,
            tone=Tone.ALERT if late else Tone.GOOD,
            opens=ListRef("showroom_day.lines", (("state", "late"),)),
        ),
    ]
    if viewer.audience == Audience.MANAGER:
        figures.append(
            Figure(
                "checklist.failed",
                N_("Checks failed"),
                failed,
                tone=Tone.WARNING if failed else Tone.NORMAL,
                opens=ListRef("showroom_day.lines", (("state", "failed"),)),
            )
        )
    return Section("showroom_day", N_("Showroom checklist"), figures=tuple(figures))


@dashboard_list("showroom_day.lines")
def lines_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    doer = aliased(User)
    owner = aliased(User)
    wanted = ref.param("state") or "open"
    rows = session.execute(
        select(
            ShowroomDayItem.due_time,
            ShowroomDayItem.check_text,
            ShowroomDayItem.subject,
            ShowroomDayItem.state,
            doer.display_name,
            ShowroomDayItem.note,
            owner.display_name,
        )
        .join(ShowroomDay, ShowroomDay.id == ShowroomDayItem.day_id)
        .outerjoin(doer, doer.id == ShowroomDayItem.done_by_id)
        .outerjoin(Task, (Task.day_item_id == ShowroomDayItem.id) & (Task.state != "cancelled"))
        .outerjoin(owner, owner.id == Task.owner_id)
        .where(ShowroomDay.day == viewer.today)
        .order_by(ShowroomDayItem.position, Task.id)
    ).all()
    picked: dict[tuple[object, ...], DetailRow] = {}
    for due, text, subject, state, by, note, fixer in rows:
        if wanted == "late" and not _late(state, due, viewer, viewer.today):
            continue
        if wanted == "failed" and state != ItemState.FAILED:
            continue
        key = (due, text, subject)
        picked[key] = DetailRow(
            (due, line_text(text, subject), STATES.get(state, state), by, note, fixer),
            day=viewer.today,
            alert=wanted != "failed",
        )
    title = N_("Checks failed today") if wanted == "failed" else N_("Checks past their time")
    return DetailList(
        title,
        (
            Column(N_("Due"), "clock"),
            Column(N_("Check")),
            Column(N_("State"), "label"),
            Column(N_("By")),
            Column(N_("Note")),
            Column(N_("To fix")),
        ),
        tuple(picked.values()),
        total=len(picked),
    )
