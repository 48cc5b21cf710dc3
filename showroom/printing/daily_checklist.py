"""The daily showroom checklist form: the day's lines and sign-off loaded, printed filled in or
blank, and archived with the day."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from showroom.core.errors import ShowroomError
from showroom.core.ids import UserId
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.settings import ShowroomSettings
from showroom.showroom_day.domain import (
    ItemState,
)
from showroom.showroom_day.service import day_text, load_day, plan_day

if TYPE_CHECKING:
    from showroom.documents.daily_checklist import DailyChecklistData
    from showroom.kernel.archive import ArchivedDocument


# --- printing ------------------------------------------------------------------------------
def load_daily_checklist(
    session: Session, day: date, settings: ShowroomSettings, *, blank: bool
) -> tuple[DailyChecklistData, int | None]:
    """What the checklist form prints for ``day``, and the day's id (None if the day has no
    checklist yet). The blank form of a day without one lists today's cars."""
    from showroom.documents.daily_checklist import DailyChecklistData, SheetLine, SignOff

    kept = load_day(session, day, settings)
    if kept is None and not blank:
        raise ShowroomError(
            "No checklist was started for {day_text}, so there is nothing filled in to print; print the blank form instead.",
            day_text=day_text(day),
        )
    if kept is None:
        lines = tuple(
            SheetLine(
                section_title=p.section_title,
                section_position=p.section_position,
                due_time=p.due_time,
                text=p.text,
                kind=p.kind.value,
                count_target=p.count_target,
            )
            for p in plan_day(session)
        )
        return DailyChecklistData(day=day, lines=lines, blank=True), None
    sign_off = (
        SignOff(kept.signed_off_by or "", kept.signed_off_at, kept.sign_off_note)
        if kept.signed_off_at is not None and not blank
        else None
    )
    lines = tuple(
        SheetLine(
            section_title=i.section_title,
            section_position=i.section_position,
            due_time=i.due_time,
            text=i.text,
            kind=i.kind.value,
            count_target=i.count_target,
            state=ItemState.OPEN.value if blank else i.state.value,
            counted=None if blank else i.counted,
            done_by=None if blank else i.done_by,
            done_at=None if blank else i.done_at,
            note=None if blank else i.note,
            task_owner=None if blank else i.task_owner,
        )
        for i in kept.items
    )
    return (
        DailyChecklistData(
            day=day,
            lines=lines,
            blank=blank,
            walk_ins=None if blank else kept.walk_ins,
            sign_off=sign_off,
        ),
        kept.id,
    )


def print_daily_checklist(
    session: Session,
    day: date,
    user_id: UserId,
    settings: ShowroomSettings,
    now: datetime,
    *,
    blank: bool = False,
    invariant: bool = False,
) -> ArchivedDocument:
    """Print the day's checklist (filled in, or blank for a clipboard) and archive it with
    the day (it belongs to no customer)."""
    from showroom.documents.daily_checklist import render_daily_checklist
    from showroom.kernel.archive import issue_document

    data, day_id = load_daily_checklist(session, day, settings, blank=blank)
    kind = DocumentKind.DAILY_CHECKLIST
    return issue_document(
        session,
        kind=kind,
        title=f"{kind.heading} {day.isoformat()}" + (" (blank)" if blank else ""),
        customer_id=None,
        showroom_day_id=day_id,
        user_id=user_id,
        settings=settings,
        now=now,
        render=lambda context: render_daily_checklist(data, context),
        invariant=invariant,
    )
