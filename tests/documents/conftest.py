"""Cards and contexts for the document tests: plain data, no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from showroom.documents.customer_card import CustomerCardData, PhoneLine, TimelineLine, TradeIn
from showroom.kernel.pdf.layout import DocumentContext
from showroom.kernel.settings import ShowroomSettings

NOW = datetime(2026, 3, 5, 14, 7, tzinfo=UTC)


def make_context(**changes: Any) -> DocumentContext:
    settings = changes.pop("settings", ShowroomSettings())
    context = DocumentContext(settings, "CC-2026-000123", NOW, "Jan Kowalski", invariant=True)
    return replace(context, **changes)


def timeline(count: int) -> tuple[TimelineLine, ...]:
    kinds = ["visit", "call", "test_drive", "email", "note"]
    return tuple(
        TimelineLine(
            NOW - timedelta(days=2 * i, hours=i),
            kinds[i % 5],
            "Jan Kowalski",
            f"Entry {i}: talked about the Octavia Combi, finance and the trade-in value.",
        )
        for i in range(count)
    )


def make_card(
    full_name: str = "Harry Wilson", entries: int = 5, **changes: Any
) -> CustomerCardData:
    card = CustomerCardData(
        customer_id=123,
        full_name=full_name,
        status="prospect",
        source="walk_in",
        customer_since=NOW - timedelta(days=200),
        phones=(PhoneLine("+48601234567", "mobile", True), PhoneLine("+442079460000", "work")),
        email="harry.wilson@example.com",
        address="ul. Marszałkowska 142/15, 00-061 Warszawa",
        consultant="Jan Kowalski",
        preferred_language="pl",
        preferred_channel="phone",
        preferred_time="weekdays after 17:00",
        models_of_interest="Škoda Octavia Combi",
        budget_min=Decimal(20000),
        budget_max=Decimal(32000),
        timeframe="1-3 months",
        trade_in=TradeIn("Toyota", "Corolla", 2015, 142000),
        consent_contact=True,
        consent_at=NOW - timedelta(days=200),
        notes="Prefers an automatic gearbox.",
        timeline=timeline(entries),
        timeline_total=entries,
    )
    return replace(card, **changes)
