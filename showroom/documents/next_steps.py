"""“Your next steps”: the sheet that explains to the customer what happens between signing
and delivery, what is done already, what comes next and by when, and what we need from them.

Written to the customer in plain words. ``render_next_steps(deal, context)`` is a pure
function of its arguments.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from showroom.deals.checklist import CHECKLIST_TITLES, ChecklistKind
from showroom.documents.deal_checklist import DealChecklistData, DealLine, deal_today
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.pdf.blocks import (
    Cell,
    ChecklistLine,
    checklist_block,
    key_value_block,
    para,
    section,
)
from showroom.kernel.pdf.formatting import format_day
from showroom.kernel.pdf.language import t
from showroom.kernel.pdf.layout import DocumentBuilder, DocumentContext, RenderedPdf

EXPLANATIONS = {
    ChecklistKind.PURCHASE: (
        "You sign the contract and pay the deposit; then your payment is arranged (or the "
        "lender approves your finance) and we issue your invoice. Once this is complete, the "
        "car is yours and set aside for you."
    ),
    ChecklistKind.INSURANCE: (
        "The car must be insured in your name from the day you drive it away. Ask your "
        "insurer for a quote, choose a policy, and give us the policy number and the date it "
        "starts: we cannot hand over the keys without them."
    ),
    ChecklistKind.LICENSING: (
        "We register the car in your name with the documents you give us, receive its "
        "number and fit the plates. You do not need to go anywhere for this."
    ),
    ChecklistKind.ACCESSORIES: (
        "We order the accessories you chose, fit them, and check each one before delivery."
    ),
}
WHAT_WE_NEED = {
    "Contract signed": "your signature on the contract",
    "Deposit received": "the deposit",
    "Payment or finance approval": "the payment, or the documents your lender asks for",
    "Policy number": "your insurance policy number",
    "Policy start date": "the date your insurance starts",
    "Documents collected": "your identity document and proof of address for the registration",
}


def _status(line: DealLine) -> str:
    if line.done:
        return t("Done")
    if line.stages and line.stages_done:
        return t("{stage}, next: {next}").format(
            stage=t(line.stages[line.stages_done - 1], known_only=True).capitalize(),
            next=t(line.stages[line.stages_done], known_only=True),
        )
    return t("To do")


def next_steps_story(deal: DealChecklistData, builder: DocumentBuilder) -> list[Flowable]:
    s = builder.styles
    settings = builder.context.settings
    story: list[Flowable] = [
        para(t("Dear {name},").format(name=deal.customer_name), s.title),
        para(
            t(
                "Thank you for choosing your {car} with us. Here is what happens between "
                "now and the day you collect it, and what we still need from you."
            ).format(car=deal.vehicle_name),
            s.body,
        ),
    ]
    contact: list[tuple[str, Cell]] = [
        ("Your consultant", deal.consultant),
        ("Call us on", deal.consultant_phone or settings.dealership_phone),
        ("Your deal number", str(deal.deal_id)),
    ]
    story += [Spacer(1, 2 * mm), key_value_block(contact, s)]

    today = deal_today(builder.context)

    def expected(due: date | None) -> str | None:
        if due is None:
            return None
        return t("as soon as possible") if due <= today else format_day(due, settings)

    needed = [
        (t(WHAT_WE_NEED[line.title]), line.due_on)
        for line in deal.lines
        if not line.done and line.title in WHAT_WE_NEED
    ]
    if needed:
        items = [
            ChecklistLine(
                text[:1].upper() + text[1:],
                when=(
                    t("by {day}").format(day=format_day(due, settings))
                    if due and due > today
                    else expected(due)
                ),
            )
            for text, due in needed
        ]
        story += section(
            "What we need from you",
            [checklist_block(items, s, header=("Please bring or send us", "", "When"))],
            s,
        )

    for kind in ChecklistKind:
        lines = deal.checklist(kind)
        if not lines:
            continue
        done = sum(1 for line in lines if line.done)
        items = [
            ChecklistLine(
                text=line.printed_title + (f": {line.value}" if line.value else ""),
                done=line.done,
                who=_status(line),
                when=(
                    format_day(line.done_at, settings)
                    if line.done and line.done_at
                    else expected(line.due_on)
                ),
            )
            for line in lines
        ]
        body: list[Flowable] = [
            para(t(EXPLANATIONS[kind]), s.body),
            checklist_block(items, s, header=("Step", "Where it stands", "When")),
        ]
        title = t("{checklist}: {done} of {total} done").format(
            checklist=t(CHECKLIST_TITLES[kind]), done=done, total=len(lines)
        )
        story += section(title, body, s)

    story += section(
        "Delivery",
        [
            para(
                t(
                    "When every step above is done, your consultant calls you to agree the day "
                    "and time you collect your car. Please bring your driving licence."
                ),
                s.body,
            )
        ],
        s,
    )
    return story


def render_next_steps(deal: DealChecklistData, context: DocumentContext) -> RenderedPdf:
    """The customer's next-steps sheet as a PDF."""
    builder = DocumentBuilder(DocumentKind.NEXT_STEPS.heading, context)
    return builder.render(next_steps_story(deal, builder))
