"""The purchase plan as a proposal to the customer: their needs, the car, accessories, the
price lines, the payment and, for finance or lease, the monthly payment and what credit
costs; signed by the customer and the consultant when accepted.

``render_purchase_plan(plan, context)`` is a pure function of its arguments. Amounts are
printed in the plan's own currency, in the showroom's locale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from showroom.deals.domain import PaymentMethod, PlanTotals
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.money import format_money, format_rate
from showroom.kernel.pdf.blocks import (
    Cell,
    Signer,
    data_table,
    heading,
    key_value_block,
    para,
    section,
    signature_block,
    table_style,
)
from showroom.kernel.pdf.formatting import format_day, markup, printable
from showroom.kernel.pdf.language import t as _t
from showroom.kernel.pdf.layout import DocumentBuilder, DocumentContext, RenderedPdf
from showroom.kernel.pdf.styles import RULE, Styles


@dataclass(frozen=True, slots=True)
class AccessoryPrintLine:
    name: str
    quantity: int
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class PurchasePlanData:
    """What the proposal prints, read by
    :func:`showroom.printing.deal_forms.load_purchase_plan`."""

    plan_id: int
    title: str
    customer_id: int
    customer_name: str
    consultant: str | None
    drawn_up: datetime
    vehicle: str
    vin: str | None
    to_order: bool
    budget: Decimal | None
    intended_use: str | None
    must_haves: str | None
    accessories: tuple[AccessoryPrintLine, ...]
    trade_in_description: str | None
    notes: str | None
    totals: PlanTotals


TERMS = (
    "This proposal is valid for 14 days from the date above. The trade-in "
    "allowance assumes the car is in the condition described when it is handed over. Finance "
    "and lease figures are an illustration at the rate shown and depend on the lender's "
    "approval; the credit agreement you sign with the lender is what binds you.\n\n"
    "By signing, you accept this plan: {dealer} reserves the car for you and opens your "
    "purchase."
)

PAYMENT_WORDS = {
    PaymentMethod.CASH: "Cash",
    PaymentMethod.FINANCE: "Finance",
    PaymentMethod.LEASE: "Lease",
}


def _money_table(rows: list[tuple[str, str, bool]], styles: Styles, width: float) -> Table:
    """Label / amount lines; a True flag sets the line in bold with a rule above it."""
    data = []
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for index, (label, amount, strong) in enumerate(rows):
        style = styles.body
        label = _t(label)
        left = Paragraph(f"<b>{markup(label)}</b>" if strong else markup(label), style)
        right = Paragraph(
            f'<para alignment="right">{"<b>" if strong else ""}{markup(amount)}'
            f"{'</b>' if strong else ''}</para>",
            style,
        )
        data.append([left, right])
        if strong:
            commands.append(("LINEABOVE", (0, index), (-1, index), 0.8, RULE))
    table = Table(data, colWidths=[width * 0.68, width * 0.32], hAlign="LEFT")
    table.setStyle(table_style(commands))
    return table


def purchase_plan_story(plan: PurchasePlanData, builder: DocumentBuilder) -> list[Flowable]:
    s = builder.styles
    settings = builder.context.settings
    t = plan.totals

    def money(amount: Decimal) -> str:
        return printable(format_money(amount, t.currency, settings.locale))

    def percent(rate: Decimal | None) -> str:
        return format_rate(rate or Decimal(0), settings.locale)

    subtitle = " · ".join(
        part
        for part in (
            plan.title,
            _t("for {name}").format(name=plan.customer_name),
            _t("drawn up {day}").format(day=format_day(plan.drawn_up, settings)),
            _t("by {name}").format(name=plan.consultant) if plan.consultant else "",
        )
        if part
    )
    story: list[Flowable] = [para(plan.vehicle, s.title), para(subtitle, s.subtitle)]

    needs: list[tuple[str, Cell]] = [
        ("Budget", money(plan.budget) if plan.budget is not None else None),
        ("Use", plan.intended_use),
        ("Must-haves", plan.must_haves),
    ]
    needs = [(label, value) for label, value in needs if value]
    car: list[tuple[str, Cell]] = (
        [("Availability", _t("In our stock")), ("VIN", plan.vin)]
        if plan.vin
        else [("Availability", _t("To order from the factory"))]
    )
    story += section("The car and what you told us you need", [key_value_block(car + needs, s)], s)

    if plan.accessories:
        right = ParagraphStyle("amount", parent=s.table_cell, alignment=TA_RIGHT)
        rows: list[list[Cell]] = [
            [
                line.name,
                Paragraph(str(line.quantity), right),
                Paragraph(markup(money(line.unit_price)), right),
                Paragraph(markup(money(line.amount)), right),
            ]
            for line in plan.accessories
        ]
        table = data_table(
            ["Accessory", "Qty", "Each", "Amount"], rows, s, widths=["*", "10%", "18%", "18%"]
        )
        story += section("Accessories", [table], s, keep_together=len(rows) < 12)

    width = builder.frame_width * 0.47
    price: list[tuple[str, str, bool]] = [("List price", money(t.list_price), False)]
    if t.discount:
        price.append(("Discount", f"− {money(t.discount)}", False))
    if t.accessories:
        price.append(("Accessories", money(t.accessories), False))
    if t.fees:
        price.append(("Registration, plates and delivery", money(t.fees), False))
    price.append(("Price", money(t.price), True))
    if t.trade_in_allowance:
        label = _t("Trade-in allowance") + (
            f" ({plan.trade_in_description})" if plan.trade_in_description else ""
        )
        price.append((label, f"− {money(t.trade_in_allowance)}", False))
        price.append(("To pay", money(t.to_pay), True))
    price_column = [heading("Price", s), _money_table(price, s, width)]

    payment: list[tuple[str, str, bool]] = [("Payment", _t(PAYMENT_WORDS[t.payment]), False)]
    if t.payment is PaymentMethod.CASH:
        if t.deposit:
            payment.append(("Deposit on signing", money(t.deposit), False))
            payment.append(("Balance on delivery", money(t.to_pay - t.deposit), False))
        payment.append(("Total", money(t.to_pay), True))
    else:
        payment += [
            ("Deposit", money(t.deposit), False),
            ("Amount financed", money(t.financed), False),
            ("Term", _t("{n} months").format(n=t.term_months), False),
            ("APR", f"{percent(t.apr)} %", False),
            (
                _t("{n} monthly payments of").format(n=t.term_months),
                money(t.monthly or Decimal(0)),
                True,
            ),
        ]
        if t.final_payment:
            final = (
                "Optional final payment" if t.payment is PaymentMethod.LEASE else "Final payment"
            )
            payment.append((final, money(t.final_payment), False))
        payment += [
            ("Total payable", money(t.total_payable), True),
            ("Cost of credit", money(t.cost_of_credit), False),
        ]
    payment_column = [heading("Payment", s), _money_table(payment, s, width)]
    columns = Table(
        [[price_column, payment_column]],
        colWidths=[builder.frame_width * 0.5, builder.frame_width * 0.5],
        hAlign="LEFT",
    )
    columns.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), builder.frame_width * 0.03),
            ]
        )
    )
    story.append(KeepTogether([Spacer(1, 3 * mm), columns]))

    if plan.notes and plan.notes.strip():
        story += section("Notes", [Paragraph(markup(plan.notes), s.body)], s)

    story.append(
        signature_block(
            [
                Signer("Customer", plan.customer_name),
                Signer("Consultant", plan.consultant or builder.context.printed_by),
            ],
            s,
            heading_text="Acceptance",
            terms=_t(TERMS).format(dealer=settings.dealership_name),
        )
    )
    return story


def render_purchase_plan(plan: PurchasePlanData, context: DocumentContext) -> RenderedPdf:
    """The purchase plan as a PDF proposal."""
    builder = DocumentBuilder(DocumentKind.PURCHASE_PLAN.heading, context)
    return builder.render(purchase_plan_story(plan, builder))
