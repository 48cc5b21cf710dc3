"""Delivery rules without a database: lists from Settings, lengths, scores, readiness."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from showroom.core.errors import ValidationError
from showroom.deliveries.domain import (
    Readiness,
    check_keys,
    check_minutes,
    check_override_reason,
    check_promised,
    check_score,
    ends_at,
)
from showroom.kernel.settings import parse_list


def test_lists_from_settings_are_trimmed_and_deduplicated() -> None:
    assert parse_list(" Bay 1 ; bay 1;;  Handover   lounge ;", "bays") == (
        "Bay 1",
        "Handover lounge",
    )
    assert parse_list("", "bays") == ()
    with pytest.raises(ValidationError, match="control characters"):
        parse_list("Bay\x001", "bays")


@pytest.mark.parametrize(("value", "ok"), [(14, False), (15, True), (480, True), (481, False)])
def test_length(value: int, ok: bool) -> None:
    if ok:
        assert check_minutes(value) == value
    else:
        with pytest.raises(ValidationError) as caught:
            check_minutes(value)
        assert caught.value.field == "duration"


def test_scores_keys_promises_and_reasons() -> None:
    assert [check_score(n) for n in range(1, 6)] == [1, 2, 3, 4, 5]
    for bad in (0, 6, -1):
        with pytest.raises(ValidationError, match="1 to 5"):
            check_score(bad)
    assert check_keys(0) == 0
    with pytest.raises(ValidationError, match="keys handed over"):
        check_keys(11)
    today = date(2026, 11, 27)
    assert check_promised(None, today) is None and check_promised(today, today) == today
    with pytest.raises(ValidationError, match="promised date"):
        check_promised(today - timedelta(days=1), today)
    with pytest.raises(ValidationError, match="reason"):
        check_override_reason("  ok ")
    assert check_override_reason(" Policy   faxed ") == "Policy faxed"


def test_a_delivery_lasts_real_minutes_across_a_clock_change() -> None:
    london = ZoneInfo("Europe/London")
    start = datetime(2026, 10, 25, 0, 30, tzinfo=london)  # clocks go back at 02:00 BST
    end = ends_at(start, 120)
    assert end - start.astimezone(UTC) == timedelta(minutes=120)
    with pytest.raises(ValueError):
        ends_at(datetime(2026, 10, 25, 10, 0), 60)


def test_readiness() -> None:
    ready = Readiness(0, 8, 8, 9, 9)
    assert ready.ready and not ready.blocked
    assert ready.summary() == "checklists done · PDI 8/8 · ceremony 9/9"
    blocked = Readiness(1, 8, 8, 9, 9)
    assert blocked.blocked and not blocked.ready
    assert blocked.summary().startswith("1 checklist item open")
    assert Readiness(3, 2, 8, 0, 9).summary().startswith("3 checklist items open")
    assert not Readiness(0, 7, 8, 9, 9).ready


def test_readiness_reads_through_the_screens_translation() -> None:
    """The screens pass their translator: each part is a message id with its values."""
    words = {"{count} checklist items open": "open: {count}", "ceremony {done}/{total}": "c{done}"}
    shown = Readiness(3, 2, 8, 0, 9).summary(lambda text: words.get(text, text))
    assert shown == "open: 3 · PDI 2/8 · c0"
    assert str(Readiness(0, 8, 8, 9, 9).phrase()) == "checklists done · PDI 8/8 · ceremony 9/9"
