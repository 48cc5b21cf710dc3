"""The vehicle handover as the customer reads it: text extracted from the real PDF."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from showroom.documents.handover import HandedDocument, HandoverData, OwedLine, render_handover
from tests.documents.conftest import make_context
from tests.pdf_helpers import page_texts, render_png

HANDED_OVER = datetime(2026, 3, 5, 15, 30, tzinfo=UTC)
ACCESSORIES = (
    "Roof bars",
    "All-weather floor mats",
    "Boot liner",
    "Tow bar, detachable",
    "Mud flaps front and rear",
    "Wireless phone charger",
    "Dash camera front and rear",
    "Cargo net",
    "Puddle lamps with logo",
    "Sill protectors",
    "Child seat ISOFIX base × 2",
    "Bike carrier for the tow bar",
)
OWED = (
    OwedLine("Second key fob (on order)", date(2026, 3, 12)),
    OwedLine("Navigation map update", date(2026, 3, 20)),
    OwedLine("Paint protection film, bonnet", None),
)
DOCUMENTS = tuple(
    HandedDocument(title, True)
    for title in (
        "Owner's manual",
        "Invoice",
        "Registration certificate",
        "Insurance policy",
        "Warranty and service book",
        "Certificate of conformity",
    )
)


def make_data(**changes: object) -> HandoverData:
    data = HandoverData(
        delivery_id=41,
        deal_id=17,
        customer_id=123,
        customer_name="Harry Wilson",
        consultant="Ben Carter",
        handed_over_at=HANDED_OVER,
        make="Kia",
        model="Sportage",
        trim="GT-Line",
        colour="Lunar Silver",
        vin="KNAPU81BDR7000001",
        plate="LK26 XYZ",
        odometer_km=12,
        insurance_policy="AXA-7781-22",
        keys_count=2,
        customer_phone="+447911123456",
        customer_address="14 Ladbroke Grove, London W11 3PZ",
        documents=DOCUMENTS,
        accessories=ACCESSORIES,
        owed=OWED,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_part_prints_and_the_pages_split_cleanly(tmp_path: Path) -> None:
    pdf = render_handover(make_data(), make_context(number="HO-2026-000041")).data
    texts = page_texts(pdf)
    joined = flat(" ".join(texts))
    for expected in (
        "Vehicle handover",
        "HO-2026-000041",
        "Delivery no. 41 · deal 17 · Kia Sportage GT-Line",
        "Lunar Silver",
        "KNAPU81BDR7000001",
        "LK26 XYZ",
        "12 km",
        "AXA-7781-22",
        "Keys handed over 2",
        "Certificate of conformity",
        "We still owe you",
        "Second key fob (on order)",
        "12 Mar 2026",
        "to be agreed",
        "Handover confirmed",
    ):
        assert expected in joined, expected
    for accessory in ACCESSORIES:
        assert accessory in joined, accessory
    assert len(texts) >= 2, "12 accessories and 3 owed items span pages"
    # The signature block sits on one page with its heading and declaration.
    holding = [i for i, t in enumerate(texts) if "Handover confirmed" in t]
    assert len(holding) == 1
    page = texts[holding[0]]
    assert page.count("Signature and date") == 2
    assert "Customer" in page and "Consultant" in page
    assert "inspected it together with the consultant" in flat(page)
    assert all("Signature and date" not in t for i, t in enumerate(texts) if i != holding[0])
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
    # A heading never ends a page alone: each section heading has content after it.
    for text in texts:
        lines = [line for line in text.splitlines() if line.strip()]
        for heading in ("Accessories installed", "We still owe you"):
            if heading in lines:
                assert lines.index(heading) < len(lines) - 3
    images = render_png(pdf, tmp_path)
    assert len(images) == len(texts)


@pytest.mark.parametrize(
    "name", ["欧阳娜", "Ярослава Кузнецова", "Zoë Łukasiewicz-Ó Súilleabháin", "王伟 Ivanov Иван"]
)
def test_any_customer_name_prints(name: str) -> None:
    pdf = render_handover(make_data(customer_name=name), make_context()).data
    texts = page_texts(pdf)
    assert name in texts[0]
    signature_page = next(t for t in texts if "Handover confirmed" in t)
    assert " ".join(name.split()) in " ".join(signature_page.split())


def test_a_planned_delivery_without_extras_fits_one_page() -> None:
    data = make_data(accessories=(), owed=(), documents=DOCUMENTS[:2], customer_address=None)
    texts = page_texts(render_handover(data, make_context()).data)
    assert len(texts) == 1
    assert "We still owe you" not in texts[0] and "Accessories installed" not in texts[0]
    assert "Page 1 of 1" in texts[0]
