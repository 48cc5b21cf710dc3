"""The purchase plan, the deal checklist and the next-steps sheet as the reader sees them:
text extracted from the real PDFs."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from showroom.deals.checklist import ChecklistKind
from showroom.deals.domain import AccessoryLine, PaymentMethod, PlanFigures, compute_totals
from showroom.documents.deal_checklist import DealChecklistData, DealLine, render_deal_checklist
from showroom.documents.next_steps import render_next_steps
from showroom.documents.purchase_plan import (
    AccessoryPrintLine,
    PurchasePlanData,
    render_purchase_plan,
)
from showroom.kernel.settings import ShowroomSettings
from tests.documents.conftest import make_context
from tests.pdf_helpers import page_texts, pages, render_png

NOW = datetime(2026, 3, 5, 14, 7, tzinfo=UTC)
D = Decimal


def flat(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(page_texts(data)))


def make_plan(currency: str = "GBP", **changes: object) -> PurchasePlanData:
    accessories = (
        AccessoryPrintLine("Roof bars", 2, D("249.00"), D("498.00")),
        AccessoryPrintLine("All-weather floor mats", 1, D("89.99"), D("89.99")),
    )
    totals = compute_totals(
        PlanFigures(
            currency=currency,
            list_price=D("32450"),
            discount=D("1500"),
            accessories=tuple(AccessoryLine(a.name, a.unit_price, a.quantity) for a in accessories),
            fees=D("655"),
            trade_in_allowance=D("6200"),
            payment=PaymentMethod.FINANCE,
            deposit=D("3000"),
            term_months=48,
            apr=D("6.9"),
        )
    )
    plan = PurchasePlanData(
        plan_id=7,
        title="Plan B",
        customer_id=123,
        customer_name="欧阳娜",
        consultant="Ben Carter",
        drawn_up=NOW - timedelta(days=1),
        vehicle="Kia Sportage GT-Line, Lunar Silver",
        vin="KNAPU81BDR7000001",
        to_order=False,
        budget=D("35000"),
        intended_use="Family car, school runs",
        must_haves="Heated seats & a tow bar",
        accessories=accessories,
        trade_in_description="VW Golf 2018, 64,000 km",
        notes=None,
        totals=totals,
    )
    return replace(plan, **changes)  # type: ignore[arg-type]


def test_purchase_plan_prints_every_line_and_the_finance(tmp_path: Path) -> None:
    pdf = render_purchase_plan(make_plan(), make_context(number="PP-2026-000007")).data
    text = flat(pdf)
    for expected in (
        "Purchase plan",
        "PP-2026-000007",
        "Kia Sportage GT-Line, Lunar Silver",
        "Plan B · for 欧阳娜 · drawn up 4 Mar 2026 · by Ben Carter",
        "KNAPU81BDR7000001",
        "Family car, school runs",
        "Heated seats & a tow bar",
        "Roof bars 2 £249.00 £498.00",
        "List price £32,450.00",
        "Discount − £1,500.00",
        "Accessories £587.99",
        "Registration, plates and delivery £655.00",
        "Price £32,192.99",
        "Trade-in allowance (VW Golf 2018, 64,000 km) − £6,200.00",
        "To pay £25,992.99",
        "Deposit £3,000.00",
        "Amount financed £22,992.99",
        "Term 48 months",
        "APR 6.9 %",
        "48 monthly payments of £549.53",
        "Total payable £29,377.44",  # 3,000 + 48 × 549.53
        "Cost of credit £3,384.45",
        "Customer 欧阳娜",
        "Consultant Ben Carter",
    ):
        assert expected in text, expected
    assert len(page_texts(pdf)) == 1  # the whole proposal and its signatures on one page
    assert render_png(pdf, tmp_path)


def test_purchase_plan_in_euro_and_german() -> None:
    settings = ShowroomSettings(currency="EUR", locale="de_DE", timezone="Europe/Berlin")
    plan = make_plan("EUR", customer_name="Jürgen Weiß", to_order=True, vin=None)
    text = flat(render_purchase_plan(plan, make_context(settings=settings)).data)
    assert "To order from the factory" in text
    assert "List price 32.450,00 €" in text
    assert "48 monthly payments of 549,53 €" in text
    assert "APR 6,9 %" in text


def test_cash_plan_has_no_credit_lines() -> None:
    plan = make_plan()
    cash = compute_totals(
        PlanFigures(currency="GBP", list_price=D("19800"), payment=PaymentMethod.CASH)
    )
    text = flat(
        render_purchase_plan(replace(plan, totals=cash, accessories=()), make_context()).data
    )
    assert "Payment Cash" in text and "Total £19,800.00" in text
    assert "APR" not in text and "monthly" not in text and "Accessories" not in text


def make_deal(**changes: object) -> DealChecklistData:
    opened = NOW - timedelta(days=10)
    lines = (
        DealLine(
            ChecklistKind.PURCHASE, "Contract signed", True, done_at=opened, done_by="Ben Carter"
        ),
        DealLine(
            ChecklistKind.PURCHASE,
            "Deposit received",
            False,
            due_on=date(2026, 3, 1),
            responsible="Ben Carter",
        ),
        DealLine(
            ChecklistKind.INSURANCE,
            "Policy number",
            True,
            "Policy number",
            "AXA-778812",
            done_at=opened + timedelta(days=2),
            done_by="Ana López",
        ),
        DealLine(
            ChecklistKind.INSURANCE,
            "Policy start date",
            False,
            "Policy start date",
            due_on=date(2026, 3, 20),
            responsible="Ben Carter",
        ),
        DealLine(
            ChecklistKind.LICENSING,
            "Plate number received",
            False,
            "Plate number received",
            due_on=date(2026, 3, 12),
            note="DVLA says two weeks",
        ),
        DealLine(
            ChecklistKind.ACCESSORIES,
            "Roof bars ×2",
            False,
            stages=("ordered", "installed", "checked"),
            stages_done=1,
            due_on=date(2026, 3, 19),
        ),
    )
    deal = DealChecklistData(
        deal_id=42,
        status="open",
        customer_id=123,
        customer_name="Małgorzata Wójcik",
        customer_phone="+447400123456",
        vehicle="Kia Sportage GT-Line (stock S00042)",
        vehicle_name="Kia Sportage GT-Line",
        plan_title="Plan A",
        consultant="Ben Carter",
        consultant_phone=None,
        opened_at=opened,
        lines=lines,
    )
    return replace(deal, **changes)  # type: ignore[arg-type]


def test_deal_checklist_shows_who_when_values_and_what_is_late() -> None:
    pdf = render_deal_checklist(make_deal(), make_context(number="DC-2026-000042")).data
    text = flat(pdf)
    for expected in (
        "Deal checklist",
        "Deal 42: Małgorzata Wójcik",
        "Kia Sportage GT-Line (stock S00042) · Plan A · opened 23 Feb 2026",
        "+44 7400 123456",
        "Overdue 1 item",
        "Purchase (1/2 done)",
        "Contract signed Ben Carter 23 Feb 2026",
        "Deposit received Ben Carter late: 1 Mar 2026",
        "Policy number: AXA-778812 Ana López",
        "Policy start date: ____",
        "Plate number received: ____",
        "DVLA says two weeks",
        "Roof bars ×2 (ordered ✓, installed, checked)",
        "Accessories (0/1 done)",
        "Showroom manager",
    ):
        assert expected in text, expected


def test_next_steps_speaks_to_the_customer() -> None:
    pdf = render_next_steps(make_deal(), make_context(number="NS-2026-000042")).data
    text = flat(pdf)
    for expected in (
        "Your next steps",
        "Dear Małgorzata Wójcik,",
        "Thank you for choosing your Kia Sportage GT-Line with us.",
        "Your consultant Ben Carter",
        "Call us on +44 20 7946 0000",
        "Your deal number 42",
        "What we need from you",
        "The deposit as soon as possible",  # due 1 March, printed 5 March
        "The date your insurance starts by 20 Mar 2026",
        "Purchase: 1 of 2 done",
        "Insurance: 1 of 2 done",
        "we cannot hand over the keys without them",
        "Policy number: AXA-778812 Done",
        "Roof bars ×2 Ordered, next: installed 19 Mar 2026",
        "Please bring your driving licence.",
    ):
        assert expected in text, expected
    assert "S00042" not in text  # the stock number is for us, not the customer
    words = [word for page in pages(pdf) for word in page.words]
    assert all(word.x1 <= page.width for page in pages(pdf) for word in page.words)
    assert words
