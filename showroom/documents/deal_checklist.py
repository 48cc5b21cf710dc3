"""The deal checklist: the four checklists of one deal on paper, for the deal folder.

Each item with a tick box (ticked when done), its value, who is responsible and by when, and
who did it when; open items leave room to fill in by hand. Signed off by the consultant and
the manager. ``render_deal_checklist(deal, context)`` is a pure function of its arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable

from showroom.customers.domain import format_phone
from showroom.deals.checklist import CHECKLIST_TITLES, ChecklistKind
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.pdf.blocks import (
    Cell,
    ChecklistLine,
    Signer,
    checklist_block,
    key_value_block,
    para,
    section,
    signature_block,
)
from showroom.kernel.pdf.formatting import format_datetime, format_day, showroom_zone
from showroom.kernel.pdf.language import current, t
from showroom.kernel.pdf.layout import DocumentBuilder, DocumentContext, RenderedPdf


@dataclass(frozen=True, slots=True)
class DealLine:
    """One checklist item as printed."""

    checklist: ChecklistKind
    title: str
    done: bool
    value_label: str | None = None  # the item asks for a value (its title names it)
    value: str | None = None
    stages: tuple[str, ...] = ()
    stages_done: int = 0
    responsible: str | None = None
    due_on: date | None = None
    done_at: datetime | None = None
    done_by: str | None = None
    note: str | None = None
    title_zh: str | None = None  # the title in Chinese, from the template

    @property
    def printed_title(self) -> str:
        """The title in the document's language: the step's own Chinese title, else the
        catalogue's for a default step, else as typed."""
        if current() == "zh" and self.title_zh:
            return self.title_zh
        return t(self.title, known_only=True)


@dataclass(frozen=True, slots=True)
class DealChecklistData:
    """What the deal checklist and the next-steps sheet print, read by
    :func:`showroom.printing.deal_forms.load_deal`."""

    deal_id: int
    status: str
    customer_id: int
    customer_name: str
    customer_phone: str | None
    vehicle: str  # with its stock number, or "(to order)"
    vehicle_name: str  # as the customer reads it
    plan_title: str
    consultant: str | None
    consultant_phone: str | None
    opened_at: datetime
    lines: tuple[DealLine, ...]

    def checklist(self, kind: ChecklistKind) -> list[DealLine]:
        return [line for line in self.lines if line.checklist is kind]


def _line_text(line: DealLine) -> str:
    text = line.printed_title
    if line.stages:
        marks = t(", ").join(
            f"{t(stage, known_only=True)} ✓"
            if index < line.stages_done
            else t(stage, known_only=True)
            for index, stage in enumerate(line.stages)
        )
        text += f" ({marks})"
    if line.value_label is not None:
        text += f": {line.value}" if line.value else ": ______________________"
    return text


def _items(count: int) -> str:
    return t("1 item") if count == 1 else t("{n} items").format(n=count)


def deal_today(context: DocumentContext) -> date:
    """The showroom's day the document is printed on."""
    return context.printed_at.astimezone(showroom_zone(context.settings.timezone)).date()


def _overdue(line: DealLine, today: date) -> bool:
    return not line.done and line.due_on is not None and line.due_on < today


def deal_checklist_story(deal: DealChecklistData, builder: DocumentBuilder) -> list[Flowable]:
    s = builder.styles
    settings = builder.context.settings
    today = deal_today(builder.context)
    story: list[Flowable] = [
        para(t("Deal {id}: {name}").format(id=deal.deal_id, name=deal.customer_name), s.title),
        para(
            t("{car} · {plan} · opened {day}").format(
                car=deal.vehicle, plan=deal.plan_title, day=format_day(deal.opened_at, settings)
            ),
            s.subtitle,
        ),
    ]
    head: list[tuple[str, Cell]] = [
        ("Phone", format_phone(deal.customer_phone) if deal.customer_phone else None),
        ("Consultant", deal.consultant),
        ("Status", t(deal.status.capitalize())),
        ("Overdue", _items(sum(1 for line in deal.lines if _overdue(line, today)))),
    ]
    story.append(key_value_block(head, s, columns=2))
    for kind in ChecklistKind:
        lines = deal.checklist(kind)
        done = sum(1 for line in lines if line.done)
        title = t("{checklist} ({done}/{total} done)").format(
            checklist=t(CHECKLIST_TITLES[kind]), done=done, total=len(lines)
        )
        if not lines:
            story += section(
                title, [para(t("Nothing to do: the plan has no accessories."), s.body)], s
            )
            continue
        items = [
            ChecklistLine(
                text=_line_text(line),
                done=line.done,
                who=line.done_by if line.done else line.responsible,
                when=(
                    format_datetime(line.done_at, settings)
                    if line.done and line.done_at
                    else (
                        (t("late: {day}") if _overdue(line, today) else t("due {day}")).format(
                            day=format_day(line.due_on, settings)
                        )
                        if line.due_on
                        else None
                    )
                ),
                note=line.note,
            )
            for line in lines
        ]
        block = checklist_block(items, s, header=("Item", "Done by / responsible", "When / due"))
        story += section(title, [block], s, keep_together=len(items) < 10)
    story.append(
        signature_block(
            [Signer("Consultant", deal.consultant), Signer("Showroom manager")],
            s,
            date_label="Checked: signature and date",
        )
    )
    return story


def render_deal_checklist(deal: DealChecklistData, context: DocumentContext) -> RenderedPdf:
    """The deal checklist as a PDF."""
    builder = DocumentBuilder(DocumentKind.DEAL_CHECKLIST.heading, context)
    return builder.render(deal_checklist_story(deal, builder))
