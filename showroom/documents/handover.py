"""The vehicle handover document the customer and the consultant sign at delivery.

Dealership letterhead (from the builder), the customer, the vehicle (make, model, trim,
colour, VIN, plate, odometer), the insurance policy number, the keys handed over, the
documents handed over (from the template, ticked as they were handed over), the accessories
installed, what we still owe the customer with the promised dates, and the signature
blocks for customer and consultant, which are always printed on the same page as their
heading and the declaration they sign.

``render_handover(data, context)`` is a pure function of its arguments.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from babel.numbers import format_decimal
from reportlab.platypus import Flowable

from showroom.customers.domain import format_phone
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
from showroom.kernel.pdf.formatting import format_datetime, format_day, showroom_locale
from showroom.kernel.pdf.language import t
from showroom.kernel.pdf.layout import DocumentBuilder, DocumentContext, RenderedPdf
from showroom.kernel.settings import ShowroomSettings

DECLARATION = (
    "The customer received the vehicle described above with the keys, documents and "
    "accessories listed, inspected it together with the consultant and found it in the "
    "condition agreed. Items still owed are delivered by {dealer} by the dates promised."
)


@dataclass(frozen=True, slots=True)
class HandedDocument:
    title: str
    handed_over: bool


@dataclass(frozen=True, slots=True)
class OwedLine:
    text: str
    promised_on: date | None
    done: bool = False


@dataclass(frozen=True, slots=True)
class HandoverData:
    """What the handover prints, read by
    :func:`showroom.printing.handover.load_handover`."""

    delivery_id: int
    deal_id: int
    customer_id: int
    customer_name: str
    consultant: str
    handed_over_at: datetime
    make: str
    model: str
    trim: str | None = None
    colour: str | None = None
    vin: str | None = None
    plate: str | None = None
    odometer_km: int | None = None
    insurance_policy: str | None = None
    keys_count: int = 2
    bay: str | None = None
    customer_phone: str | None = None
    customer_address: str | None = None
    documents: tuple[HandedDocument, ...] = field(default=())
    accessories: tuple[str, ...] = field(default=())
    owed: tuple[OwedLine, ...] = field(default=())


def _km(value: int, settings: ShowroomSettings) -> str:
    return t("{distance} km").format(
        distance=format_decimal(value, locale=showroom_locale(settings.locale))
    )


def handover_story(data: HandoverData, builder: DocumentBuilder) -> list[Flowable]:
    s = builder.styles
    settings = builder.context.settings
    car = " ".join(part for part in (data.make, data.model, data.trim) if part)
    subtitle = t("Delivery no. {id} · deal {deal} · {car} · {when}").format(
        id=data.delivery_id,
        deal=data.deal_id,
        car=car,
        when=format_datetime(data.handed_over_at, settings),
    )
    story: list[Flowable] = [para(data.customer_name, s.title), para(subtitle, s.subtitle)]

    customer: list[tuple[str, Cell]] = [
        ("Name", data.customer_name),
        ("Phone", format_phone(data.customer_phone) if data.customer_phone else None),
        ("Address", data.customer_address),
        ("Consultant", data.consultant),
    ]
    story += section("Customer", [key_value_block(customer, s)], s)

    vehicle: list[tuple[str, Cell]] = [
        ("Vehicle", car or None),
        ("Colour", data.colour),
        ("VIN", data.vin),
        ("Registration", data.plate),
        ("Odometer", _km(data.odometer_km, settings) if data.odometer_km is not None else None),
        ("Insurance policy", data.insurance_policy),
        ("Keys handed over", str(data.keys_count)),
    ]
    story += section("Vehicle", [key_value_block(vehicle, s)], s)

    if data.documents:
        # Titles from the settings' template: the default ones in the customer's language,
        # a title the showroom typed prints as typed.
        lines = [ChecklistLine(t(d.title, known_only=True), d.handed_over) for d in data.documents]
        story += section(
            "Documents handed over",
            [checklist_block(lines, s, header=("Document", "", ""))],
            s,
            keep_together=len(lines) <= 12,
        )
    if data.accessories:
        rows: list[list[Cell]] = [[str(n), a] for n, a in enumerate(data.accessories, start=1)]
        story += section(
            "Accessories installed",
            [data_table(["No.", "Accessory"], rows, s, widths=["8%", "*"])],
            s,
            keep_together=False,
        )
    if data.owed:
        owed_rows: list[list[Cell]] = [
            [
                o.text,
                format_day(o.promised_on, settings) if o.promised_on else t("to be agreed"),
                t("done") if o.done else "",
            ]
            for o in data.owed
        ]
        story += section(
            "We still owe you",
            [data_table(["Item", "Promised by", ""], owed_rows, s, widths=["*", "25%", "12%"])],
            s,
            keep_together=False,
        )
    story.append(
        signature_block(
            [Signer("Customer", data.customer_name), Signer("Consultant", data.consultant)],
            s,
            heading_text="Handover confirmed",
            terms=t(DECLARATION).replace("{dealer}", settings.dealership_name),
        )
    )
    return story


def render_handover(data: HandoverData, context: DocumentContext) -> RenderedPdf:
    """The vehicle handover document as a PDF."""
    builder = DocumentBuilder(DocumentKind.HANDOVER.heading, context)
    return builder.render(handover_story(data, builder))
