"""The showroom day's rules without a database: states, predicates, values, lines."""

from __future__ import annotations

from datetime import date, time

import pytest

from showroom.core.errors import ValidationError
from showroom.showroom_day.domain import (
    CarOnFloor,
    CheckDraft,
    CheckKind,
    DayState,
    ItemState,
    can_fail,
    can_sign_off,
    can_tick,
    can_undo,
    completion_rate,
    line_text,
    parse_day,
    parse_time,
    plan_lines,
    sign_off_refusal,
    validate_check,
)

OPEN, SIGNED = DayState.OPEN, DayState.SIGNED_OFF


@pytest.mark.parametrize(
    ("item", "tick", "fail", "undo"),
    [
        (ItemState.OPEN, True, True, False),
        (ItemState.DONE, False, True, True),
        (ItemState.FAILED, True, False, True),
    ],
)
def test_what_can_happen_to_a_line(item: ItemState, tick: bool, fail: bool, undo: bool) -> None:
    assert (can_tick(OPEN, item), can_fail(OPEN, item), can_undo(OPEN, item)) == (tick, fail, undo)
    # Once the day is signed off nothing can.
    assert (can_tick(SIGNED, item), can_fail(SIGNED, item), can_undo(SIGNED, item)) == (
        False,
        False,
        False,
    )


def test_who_signs_off_and_when() -> None:
    assert can_sign_off(OPEN, "manager", 0) and can_sign_off(OPEN, "admin", 0)
    assert not can_sign_off(OPEN, "consultant", 0)
    assert (
        sign_off_refusal(OPEN, "consultant", 0)
        == "Only a manager or an admin can sign off the day."
    )
    assert sign_off_refusal(OPEN, "manager", 1) == (
        "1 check is neither ticked nor marked failed; tick them or mark them failed with a "
        "note before signing off."
    )
    assert sign_off_refusal(OPEN, "manager", 4).startswith("4 checks are")
    assert "signed off already" in (sign_off_refusal(SIGNED, "manager", 0) or "")


@pytest.mark.parametrize("text", ["2026-13-40", "2026-02-29", "26.11.2026", "", "2026-1-5"])
def test_a_day_must_be_a_real_iso_date(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_day(text)
    assert error.value.field == "date"
    assert error.value.rule.startswith("must be a real calendar day written YYYY-MM-DD")


def test_days_and_times_that_parse() -> None:
    assert parse_day(" 2028-02-29 ") == date(2028, 2, 29)
    assert parse_time("9:30") == time(9, 30)
    assert parse_time("17.05") == time(17, 5)
    assert parse_time("  ") is None
    for bad in ("24:00", "9:60", "noon", "930"):
        with pytest.raises(ValidationError, match="a time of day such as 09:30"):
            parse_time(bad, "due time")


def test_template_checks_are_validated_field_by_field() -> None:
    valid = validate_check(CheckDraft("  Brochures   placed ", "each_display_car", 10, "08:45"))
    assert (valid.text, valid.kind, valid.count_target, valid.due_time) == (
        "Brochures placed",
        CheckKind.EACH_DISPLAY_CAR,
        10,
        time(8, 45),
    )
    cases = [
        (CheckDraft(""), "check"),
        (CheckDraft("x" * 201), "check"),
        (CheckDraft("Tea", kind="hourly"), "kind"),
        (CheckDraft("Tea", count_target=1000), "count"),
        (CheckDraft("Walk-ins", kind="walk_in_count", count_target=3), "count"),
        (CheckDraft("Tea", due_time="25:00"), "due time"),
    ]
    for draft, field in cases:
        with pytest.raises(ValidationError) as error:
            validate_check(draft)
        assert error.value.field == field, draft


def test_per_car_checks_make_one_line_per_car() -> None:
    display = [
        CarOnFloor(1, "Škoda", "Octavia", "Style", "Moon White", floor_position="Window left"),
        CarOnFloor(2, "Audi", "A3", floor_position="Entrance"),
    ]
    fleet = [CarOnFloor(7, "Škoda", "Enyaq", "85", plate="AB26 CDE")]
    lines = plan_lines(CheckKind.EACH_DISPLAY_CAR, display, fleet)
    assert [(p.subject, p.vehicle_id) for p in lines] == [
        ("Škoda Octavia Style, Moon White · Window left", 1),
        ("Audi A3 · Entrance", 2),
    ]
    assert [p.subject for p in plan_lines(CheckKind.EACH_FLEET_CAR, display, fleet)] == [
        "Škoda Enyaq 85 · AB26 CDE"
    ]
    assert plan_lines(CheckKind.EACH_FLEET_CAR, display, []) == []
    assert [p.subject for p in plan_lines(CheckKind.SINGLE, display, fleet)] == [None]
    assert line_text("Cleaned", "Audi A3 · Entrance") == "Cleaned: Audi A3 · Entrance"
    assert line_text("Doors locked", None) == "Doors locked"


def test_completion_rate() -> None:
    assert completion_rate(3, 4) == 0.75
    assert completion_rate(0, 0) is None
