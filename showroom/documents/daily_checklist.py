"""The daily showroom checklist: blank for the manager's clipboard, or filled in from the day.

Blank, every line has an empty tick box and empty "Done by" and "When" columns, counted
lines a space for the count, and the page ends with the manager's signature. Filled in,
ticked lines show who ticked them and when, failed lines a cross with what was wrong and who
fixes it, and the sign-off (or a signature line while the day is open).

``render_daily_checklist(data, context)`` is a pure function of its arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from babel.dates import format_date, format_time
from reportlab.platypus import Flowable

from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.pdf.blocks import (
    Cell,
    ChecklistLine,
    Signer,
    checklist_block,
    data_table,
    key_value_block,
    para,
    section,
    signature_block,
)
from showroom.kernel.pdf.formatting import (
    format_datetime,
    printable,
    showroom_locale,
    showroom_zone,
)
from showroom.kernel.pdf.layout import DocumentBuilder, DocumentContext, RenderedPdf
from showroom.kernel.settings import ShowroomSettings

KEEP_TOGETHER_LINES = 10
"""A section with more lines than this may split across pages (its header row repeats)."""

SIGN_OFF_TERMS = (
    "I confirm that the checks above were done as ticked, and that every failed check has a "
    "note saying what was wrong and an owner who will fix it."
)


@dataclass(frozen=True, slots=True)
class SheetLine:
    """One line of the checklist as printed. ``state`` is open, done or failed."""

    section_title: str
    section_position: int
    due_time: time | None
    text: str
    kind: str = "single"
    count_target: int | None = None
    state: str = "open"
    counted: int | None = None
    done_by: str | None = None
    done_at: datetime | None = None
    note: str | None = None
    task_owner: str | None = None


@dataclass(frozen=True, slots=True)
class SignOff:
    by: str
    at: datetime
    note: str | None = None


@dataclass(frozen=True, slots=True)
class DailyChecklistData:
    """What the form prints, read by
    :func:`showroom.showroom_day.service.load_daily_checklist`. ``walk_ins`` is the
    register's count (filled form only)."""

    day: date
    lines: tuple[SheetLine, ...]
    blank: bool = True
    walk_ins: int | None = None
    sign_off: SignOff | None = None

    @property
    def done(self) -> int:
        return sum(1 for line in self.lines if line.state == "done")

    @property
    def failed(self) -> int:
        return sum(1 for line in self.lines if line.state == "failed")


def _clock(value: time, settings: ShowroomSettings) -> str:
    return printable(format_time(value, "short", locale=showroom_locale(settings.locale)))


def _when(moment: datetime, day: date, settings: ShowroomSettings) -> str:
    local = moment.astimezone(showroom_zone(settings.timezone))
    if local.date() == day:
        return _clock(local.time(), settings)
    return format_datetime(moment, settings)


def _count_text(line: SheetLine, data: DailyChecklistData) -> str:
    if line.kind == "walk_in_count":
        if data.blank:
            return "walk-ins in the register: ______"
        count = line.counted if line.counted is not None else data.walk_ins
        return f"{count} walk-ins in the register" if count is not None else ""
    if line.count_target is None:
        return ""
    if data.blank or line.counted is None:
        return f"count: ______ of {line.count_target}"
    return f"counted {line.counted} of {line.count_target}"


def _checklist_line(
    line: SheetLine, data: DailyChecklistData, settings: ShowroomSettings
) -> ChecklistLine:
    count = _count_text(line, data)
    notes = [count] if count else []
    if not data.blank and line.state == "failed":
        failure = f"Failed: {line.note}" if line.note else "Failed"
        if line.task_owner:
            failure += f" · to fix: {line.task_owner}"
        notes.append(failure)
    elif not data.blank and line.note:
        notes.append(f"Was failed: {line.note}")
    filled = not data.blank and line.state != "open"
    return ChecklistLine(
        text=line.text,
        done=not data.blank and line.state == "done",
        failed=not data.blank and line.state == "failed",
        who=line.done_by if filled else None,
        when=_when(line.done_at, data.day, settings) if filled and line.done_at else None,
        note=" · ".join(notes) or None,
    )


def _summary(data: DailyChecklistData, settings: ShowroomSettings) -> str:
    if data.blank:
        return (
            "Blank form. Tick each check as it is done and write who did it and when. Cross a "
            "check that fails and write beside it what was wrong and who will fix it."
        )
    total = len(data.lines)
    still_open = total - data.done - data.failed
    parts = [f"{data.done} of {total} checks done", f"{data.failed} failed"]
    if still_open:
        parts.append(f"{still_open} open")
    if data.sign_off is not None:
        parts.append(
            f"signed off by {data.sign_off.by}, {format_datetime(data.sign_off.at, settings)}"
        )
    else:
        parts.append("not signed off yet")
    return " · ".join(parts)


def daily_checklist_story(data: DailyChecklistData, builder: DocumentBuilder) -> list[Flowable]:
    s = builder.styles
    settings = builder.context.settings
    heading = printable(format_date(data.day, "full", locale=showroom_locale(settings.locale)))
    story: list[Flowable] = [
        para(heading, s.title),
        para(_summary(data, settings), s.subtitle),
    ]
    sections: dict[tuple[int, str], list[SheetLine]] = {}
    for line in data.lines:
        sections.setdefault((line.section_position, line.section_title), []).append(line)
    for (_, title), lines in sorted(sections.items()):
        due = lines[0].due_time
        heading_text = f"{title} · by {_clock(due, settings)}" if due is not None else title
        items = [_checklist_line(line, data, settings) for line in lines]
        table = checklist_block(items, s, header=("Check", "Done by", "When"))
        story += section(heading_text, [table], s, keep_together=len(lines) <= KEEP_TOGETHER_LINES)

    failed = [line for line in data.lines if line.state == "failed"]
    if not data.blank and failed:
        failed_rows: list[list[Cell]] = [
            [line.text, line.note, line.task_owner, line.done_by] for line in failed
        ]
        story += section(
            "Failed checks",
            [
                data_table(
                    ["Check", "What was wrong", "To fix", "Found by"],
                    failed_rows,
                    s,
                    widths=["34%", "34%", "16%", "16%"],
                )
            ],
            s,
            keep_together=len(failed) <= KEEP_TOGETHER_LINES,
        )

    if data.sign_off is not None:
        rows_kv: list[tuple[str, Cell]] = [
            ("Signed off by", data.sign_off.by),
            ("At", format_datetime(data.sign_off.at, settings)),
        ]
        if data.sign_off.note:
            rows_kv.append(("Note", data.sign_off.note))
        story += section("Sign-off", [key_value_block(rows_kv, s)], s)
    else:
        story.append(
            signature_block(
                [Signer("Showroom manager")],
                s,
                heading_text="Sign-off",
                terms=SIGN_OFF_TERMS,
            )
        )
    return story


def render_daily_checklist(data: DailyChecklistData, context: DocumentContext) -> RenderedPdf:
    """The daily showroom checklist as a PDF."""
    builder = DocumentBuilder(DocumentKind.DAILY_CHECKLIST.heading, context)
    return builder.render(daily_checklist_story(data, builder))
