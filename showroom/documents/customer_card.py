"""The customer card: who the customer is, how to reach them, what they want, and their
latest timeline entries, with a declaration the customer signs.

``render_customer_card(card, context)`` is a pure function of its arguments: the same card
and context (with ``invariant``) give the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from babel.numbers import format_decimal
from reportlab.platypus import Flowable, Paragraph

from showroom.customers.domain import format_phone
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.pdf.blocks import (
    Cell,
    Signer,
    data_table,
    key_value_block,
    para,
    section,
    signature_block,
)
from showroom.kernel.pdf.formatting import (
    DASH,
    format_datetime,
    format_day,
    format_money,
    humanize,
    language_name,
    markup,
    showroom_locale,
)
from showroom.kernel.pdf.language import t
from showroom.kernel.pdf.layout import DocumentBuilder, DocumentContext, RenderedPdf
from showroom.kernel.settings import ShowroomSettings


@dataclass(frozen=True, slots=True)
class PhoneLine:
    """One of the customer's numbers, in E.164."""

    e164: str
    label: str
    primary: bool = False


@dataclass(frozen=True, slots=True)
class TradeIn:
    """The car the customer offers in part exchange."""

    make: str | None
    model: str | None
    year: int | None
    mileage_km: int | None


@dataclass(frozen=True, slots=True)
class TimelineLine:
    """One entry of the customer's timeline as printed."""

    occurred_at: datetime
    kind: str
    by: str | None
    summary: str


@dataclass(frozen=True, slots=True)
class CustomerCardData:
    """What the customer card prints, read from the database by
    :func:`showroom.printing.customer_card.load_customer_card`. ``timeline`` holds the latest
    entries, newest first; ``timeline_total`` counts them all."""

    customer_id: int
    full_name: str
    status: str
    source: str
    customer_since: datetime
    phones: tuple[PhoneLine, ...] = ()
    email: str | None = None
    address: str | None = None
    consultant: str | None = None
    preferred_language: str | None = None
    preferred_channel: str | None = None
    preferred_time: str | None = None
    models_of_interest: str | None = None
    budget_min: Decimal | None = None
    budget_max: Decimal | None = None
    timeframe: str | None = None
    trade_in: TradeIn | None = None
    consent_contact: bool = False
    consent_at: datetime | None = None
    notes: str | None = None
    timeline: tuple[TimelineLine, ...] = ()
    timeline_total: int = 0


# Words for stored codes where "first letter up, underscores to spaces" reads wrong.
_WORDS = {"walk_in": "Walk-in", "email": "E-mail", "message": "Text message"}


def _words(code: str | None) -> str:
    return t(_WORDS.get(code or "", humanize(code)))


DECLARATION = (
    "I confirm that the details on this card are correct. {dealer} keeps them to answer my "
    "enquiry and, where I have agreed to be contacted, to reach me by the channel shown. I "
    "can ask for a copy, a correction or the deletion of my data, or withdraw my consent, "
    "at any time by telling my consultant."
)


def _phones(card: CustomerCardData) -> Cell:
    if not card.phones:
        return None
    lines = []
    for phone in card.phones:
        note = t(humanize(phone.label)).lower() + (t(", primary") if phone.primary else "")
        lines.append(f"{format_phone(phone.e164)} ({note})")
    return "\n".join(lines)


def _budget(card: CustomerCardData, settings: ShowroomSettings) -> str | None:
    low, high = card.budget_min, card.budget_max
    if low is not None and high is not None:
        return f"{format_money(low, settings)} – {format_money(high, settings)}"
    if high is not None:
        return t("up to {amount}").format(amount=format_money(high, settings))
    if low is not None:
        return t("from {amount}").format(amount=format_money(low, settings))
    return None


def _trade_in(trade_in: TradeIn | None, settings: ShowroomSettings) -> str | None:
    if trade_in is None:
        return None
    car = " ".join(part for part in (trade_in.make, trade_in.model) if part)
    parts = [car] if car else []
    if trade_in.year:
        parts.append(str(trade_in.year))
    if trade_in.mileage_km is not None:
        distance = format_decimal(trade_in.mileage_km, locale=showroom_locale(settings.locale))
        parts.append(t("{distance} km").format(distance=distance))
    return ", ".join(parts) or None


def _consent(card: CustomerCardData, settings: ShowroomSettings) -> str:
    if not card.consent_contact:
        return t("Not given")
    if card.consent_at is not None:
        return t("Given on {day}").format(day=format_day(card.consent_at, settings))
    return t("Given")


def customer_card_story(card: CustomerCardData, builder: DocumentBuilder) -> list[Flowable]:
    """The flowables of the card, for the builder that will render them."""
    s = builder.styles
    settings = builder.context.settings
    since = format_day(card.customer_since, settings)
    subtitle = " · ".join(
        [
            t(humanize(card.status)),
            t("customer no. {id}").format(id=card.customer_id),
            t("since {day}").format(day=since),
        ]
    )
    story: list[Flowable] = [para(card.full_name, s.title), para(subtitle, s.subtitle)]

    contact: list[tuple[str, Cell]] = [
        ("Phone", _phones(card)),
        ("E-mail", card.email),
        ("Address", card.address),
        (
            "Language",
            language_name(card.preferred_language, settings) if card.preferred_language else None,
        ),
        ("Contact by", _words(card.preferred_channel) if card.preferred_channel else None),
        ("Best time", card.preferred_time),
    ]
    story += section("Contact", [key_value_block(contact, s)], s)

    sales: list[tuple[str, Cell]] = [
        ("Consultant", card.consultant),
        ("Came through", _words(card.source)),
        ("Interested in", card.models_of_interest),
        ("Budget", _budget(card, settings)),
        ("Timeframe", card.timeframe),
        ("Trade-in", _trade_in(card.trade_in, settings)),
        ("Contact consent", _consent(card, settings)),
    ]
    story += section("Interest", [key_value_block(sales, s)], s)

    if card.notes and card.notes.strip():
        story += section("Notes", [Paragraph(markup(card.notes), s.body)], s)

    shown = len(card.timeline)
    title = (
        t("Timeline")
        if shown == card.timeline_total
        else t("Timeline: the latest {shown} of {total} entries").format(
            shown=shown, total=card.timeline_total
        )
    )
    if card.timeline:
        rows: list[list[Cell]] = [
            [
                format_datetime(entry.occurred_at, settings),
                _words(entry.kind),
                entry.by,
                entry.summary or DASH,
            ]
            for entry in card.timeline
        ]
        table = data_table(
            ["When", "What", "By", "Summary"], rows, s, widths=["18%", "12%", "18%", "52%"]
        )
        story += section(title, [table], s, keep_together=False)
    else:
        story += section(title, [para(t("No entries yet."), s.body)], s)

    consultant = card.consultant or builder.context.printed_by
    story.append(
        signature_block(
            [Signer("Customer", card.full_name), Signer("Consultant", consultant)],
            s,
            heading_text="Declaration",
            terms=t(DECLARATION).format(dealer=settings.dealership_name),
        )
    )
    return story


def render_customer_card(card: CustomerCardData, context: DocumentContext) -> RenderedPdf:
    """The customer card as a PDF."""
    builder = DocumentBuilder(DocumentKind.CUSTOMER_CARD.heading, context)
    return builder.render(customer_card_story(card, builder))
