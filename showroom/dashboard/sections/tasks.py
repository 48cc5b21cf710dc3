"""Open tasks (a failed check's fix…): everyone's for the manager, one's own for a consultant."""

from __future__ import annotations

from collections import Counter

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
from showroom.kernel.tasks import count_open_tasks, open_tasks

LIST_LIMIT = 500


@dashboard_section("tasks", order=40)
def tasks_section(session: Session, viewer: Viewer) -> Section:
    if viewer.audience == Audience.CONSULTANT:
        total, overdue = count_open_tasks(session, viewer.today, viewer.user_id)
        return Section(
            "tasks",
            N_("My tasks"),
            figures=(
                Figure(
                    "tasks.mine",
                    N_("My open tasks"),
                    total,
                    note=N_("some overdue") if overdue else None,
                    tone=Tone.ALERT if overdue else Tone.NORMAL,
                    opens=ListRef("tasks.open", (("owner", str(viewer.user_id)),)),
                ),
            ),
        )
    # Open tasks are few (a handful a day); grouping them per owner here keeps one query.
    rows = open_tasks(session, viewer.today, limit=10_000)
    per_owner: Counter[tuple[int, str]] = Counter((r.owner_id, r.owner) for r in rows)
    overdue = sum(1 for r in rows if r.overdue)
    return Section(
        "tasks",
        N_("Tasks"),
        figures=(
            Figure("tasks.open", N_("Open tasks"), len(rows), opens=ListRef("tasks.open")),
            Figure(
                "tasks.overdue",
                N_("Overdue tasks"),
                overdue,
                tone=Tone.ALERT if overdue else Tone.GOOD,
                opens=ListRef("tasks.open", (("overdue", "1"),)),
            ),
        ),
        breakdowns=(
            Breakdown(
                "tasks.per_owner",
                N_("Open tasks per person"),
                tuple(
                    BreakdownRow(name, count, ListRef("tasks.open", (("owner", str(owner)),)))
                    for (owner, name), count in sorted(
                        per_owner.items(), key=lambda kv: (-kv[1], kv[0][1])
                    )
                ),
            ),
        ),
    )


@dashboard_list("tasks.open")
def tasks_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    owner = ref.param("owner")
    rows = open_tasks(session, viewer.today, int(owner) if owner else None, limit=LIST_LIMIT)
    if ref.param("overdue"):
        rows = [r for r in rows if r.overdue]
    subject = rows[0].owner if owner and rows else None
    mine = owner == str(viewer.user_id)
    return DetailList(
        N_("My open tasks") if mine else (N_("Open tasks of") if owner else N_("Open tasks")),
        (
            Column(N_("Due"), "date"),
            Column(N_("Task")),
            Column(N_("What was wrong")),
            Column(N_("Owner")),
            Column(N_("Given by")),
        ),
        tuple(
            DetailRow(
                (r.due_on, r.title, r.note, r.owner, r.created_by),
                task=(r.id, r.version),
                alert=r.overdue,
            )
            for r in rows
        ),
        total=len(rows),
        subject=subject if not mine else None,
    )
