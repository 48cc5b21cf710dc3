"""The test-drive agreement as the customer reads it: text extracted from the real PDF."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from showroom.documents.test_drive_agreement import (
    TestDriveAgreementData,
    render_test_drive_agreement,
)
from showroom.kernel.settings import ShowroomSettings
from tests.documents.conftest import make_context
from tests.documents.test_customer_card import assert_inside_margins, long_name
from tests.pdf_helpers import page_texts, pages, render_png

START = datetime(2026, 3, 28, 10, 0, tzinfo=UTC)  # Saturday 28 March 2026, 10:00 in London

NAMES = {
    "chinese": "欧阳娜娜",
    "german": "Jürgen Weiß-Groß",
    "200 characters": long_name(200),
}


def make_data(**changes: Any) -> TestDriveAgreementData:
    data = TestDriveAgreementData(
        drive_id=4711,
        customer_id=123,
        customer_name="Harry Wilson",
        consultant="Ben Carter",
        starts_at=START,
        planned_return=START + timedelta(minutes=45),
        make="Volkswagen",
        model="Golf",
        trim="GTI",
        colour="Kings Red",
        vin="WVWZZZ1K0AW000001",
        plate="AB12 CDE",
        licence_masked="•••••6J99",
        licence_country="Germany, Bayern",
        licence_expires_on=date(2031, 5, 1),
        odometer_out_km=12_345,
        fuel_out_percent=78,
        customer_phone="+447911123456",
        customer_email="harry.wilson@example.com",
        customer_address="14 Ladbroke Grove, London W11",
        route_note="Motorway stretch to junction 3 and back",
    )
    return replace(data, **changes)


def context(**changes: Any) -> Any:
    return make_context(number="TD-2026-000042", **changes)


@pytest.mark.parametrize("script", NAMES)
def test_any_name_prints_in_the_title_and_under_the_customer_signature(script: str) -> None:
    name = NAMES[script]
    pdf = render_test_drive_agreement(make_data(customer_name=name), context())
    texts = page_texts(pdf.data)
    joined = "\n".join(texts)
    flat = " ".join(joined.split())
    # The title and the driver's name line carry the whole name, however long.
    assert flat.count(" ".join(name.split())) >= 3
    last = texts[-1]
    signature = last[last.index("Terms of the test drive") :]
    assert re.search(
        rf"Customer\n{re.escape(name)}\nSignature and date", signature.replace(" \n", "\n")
    ) or (" ".join(name.split()) in " ".join(signature.split()))
    assert "Consultant\nBen Carter\nSignature and date" in signature
    assert_inside_margins(pages(pdf.data))


def test_the_agreement_shows_driver_vehicle_and_drive() -> None:
    pdf = render_test_drive_agreement(make_data(), context())
    text = page_texts(pdf.data)[0]
    for expected in (
        "Test-drive agreement",
        "TD-2026-000042",
        "Showroom Motors",  # the letterhead
        "Test drive no. 4711 · Volkswagen Golf GTI · 28 Mar 2026, 10:00 to 10:45",
        "Driving licence\n•••••6J99",
        "Issued in\nGermany, Bayern",
        "Valid until\n1 May 2031",
        "Phone\n+44 7911 123456",
        "Vehicle\nVolkswagen Golf GTI",
        "Registration\nAB12 CDE",
        "VIN\nWVWZZZ1K0AW000001",
        "Odometer out\n12,345 km",
        "Fuel / charge out\n78 %",
        "Consultant\nBen Carter",
        "Planned return\n28 Mar 2026, 10:45",
        "Route\nMotorway stretch to junction 3 and back",
    ):
        assert expected in text, expected


def test_times_are_the_showrooms_across_a_clock_change() -> None:
    """28 Mar 2026 23:30 London to 29 Mar 01:30 real time is 03:30 BST on the paper."""
    start = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)
    data = make_data(starts_at=start, planned_return=start + timedelta(hours=2))
    text = page_texts(render_test_drive_agreement(data, context()).data)[0]
    assert "Planned return\n29 Mar 2026, 02:30" in text


def test_the_terms_come_from_the_settings_with_the_dealers_name() -> None:
    settings = ShowroomSettings(
        dealership_name="Müller Autohaus",
        test_drive_terms="First rule for {dealer}.\n\nSecond paragraph & <more>.",
    )
    text = page_texts(render_test_drive_agreement(make_data(), context(settings=settings)).data)
    joined = "\n".join(text)
    assert "First rule for Müller Autohaus." in joined
    assert "Second paragraph & <more>." in joined
    default = "\n".join(page_texts(render_test_drive_agreement(make_data(), context()).data))
    assert "brings the vehicle back to Showroom Motors by the planned return time" in " ".join(
        default.split()
    )


@pytest.mark.parametrize("extra", range(0, 48, 3))
def test_signatures_never_leave_the_terms(extra: int) -> None:
    """Longer terms (the setting is edited by the manager) push the signatures down the page
    and over the page break; the terms, their heading and both signature lines always share
    one page."""
    settings = ShowroomSettings()
    clause = "The driver also agrees to clause {n}, which takes about one line of small print."
    terms = settings.test_drive_terms + "".join(
        ("\n\n" if n % 4 == 0 else " ") + clause.format(n=n) for n in range(extra)
    )
    data = make_data(customer_address="Flat 3, 14 Ladbroke Grove, Notting Hill, London W11 3PZ")
    pdf = render_test_drive_agreement(
        data, context(settings=replace(settings, test_drive_terms=terms))
    )
    texts = page_texts(pdf.data)
    holding = [i for i, text in enumerate(texts) if "Terms of the test drive" in text]
    assert len(holding) == 1
    page = texts[holding[0]]
    assert page.count("Signature and date") == 2
    assert "The driver holds a full driving licence" in page
    assert "for as long as the law requires." in " ".join(page.split())
    if extra:
        assert f"clause {extra - 1}," in page
    assert all("Signature and date" not in t for i, t in enumerate(texts) if i != holding[0])
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text


def test_terms_of_the_longest_allowed_length_still_fit_with_the_signatures() -> None:
    words = "The driver keeps to every rule agreed with the consultant. "
    terms = "\n\n".join(words * 10 for _ in range(10))[:6000]
    settings = replace(ShowroomSettings(), test_drive_terms=terms)
    pdf = render_test_drive_agreement(make_data(), context(settings=settings))
    texts = page_texts(pdf.data)
    holding = [t for t in texts if "Terms of the test drive" in t]
    assert len(holding) == 1 and holding[0].count("Signature and date") == 2


def test_pages_render_with_poppler(tmp_path: Path) -> None:
    pdf = render_test_drive_agreement(make_data(customer_name=NAMES["chinese"]), context())
    images = render_png(pdf.data, tmp_path, dpi=40)
    assert len(images) == pdf.page_count >= 1
