"""Test-drive hours per weekday: the setting's text, and the rule a drive must keep."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from showroom.core.errors import ValidationError, ValidationErrors
from showroom.kernel.clock import hours_on, parse_week_hours, widest_hours
from showroom.kernel.settings import validate_settings
from showroom.test_drives.domain import check_within_hours

LONDON = ZoneInfo("Europe/London")
EIGHT_TO_EIGHT = (time(8), time(20))


def local(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=LONDON)


def test_the_old_single_range_still_means_every_day() -> None:
    assert parse_week_hours("08:00-20:00") == (EIGHT_TO_EIGHT,) * 7
    assert parse_week_hours(" 09:00 - 18:30 ") == ((time(9), time(18, 30)),) * 7


def test_hours_per_weekday_later_entries_override_and_unnamed_days_are_closed() -> None:
    week = parse_week_hours("Mon-Fri 08:00-20:00; Sat 09:00-17:00; Sun closed")
    assert week[:5] == (EIGHT_TO_EIGHT,) * 5
    assert week[5] == (time(9), time(17))
    assert week[6] is None
    assert parse_week_hours("08:00-20:00; sat,sun 10:00-16:00")[5:] == ((time(10), time(16)),) * 2
    assert parse_week_hours("Fri-Mon 10:00-12:00")[1:4] == (None, None, None)  # wraps
    assert parse_week_hours("Tue 10:00-12:00")[0] is None
    assert hours_on(parse_week_hours("Sun closed; Mon 09:00-10:00"), date(2026, 11, 30)) == (
        time(9),
        time(10),
    )
    assert widest_hours(parse_week_hours("Mon 09:00-12:00; Sat 07:30-10:00")) == (
        time(7, 30),
        time(12),
    )


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Xyz 08:00-20:00", "name days as Mon, Tue, Wed, Thu, Fri, Sat, Sun"),
        ("Mon closed", "must open on at least one day"),
        ("Mon 20:00-08:00", "must end after they start"),
        ("", "must look like 08:00-20:00"),
    ],
)
def test_bad_hours_are_refused_naming_the_field(text: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_week_hours(text)
    assert (caught.value.field, caught.value.rule) == ("test-drive hours", rule)
    with pytest.raises(ValidationErrors) as many:
        validate_settings({"test_drive_hours": text})
    assert many.value.by_field() == {"test-drive hours": rule}


def test_the_daily_limit_setting_is_validated() -> None:
    assert validate_settings({"test_drives_per_car_per_day": "3"}).test_drives_per_car_per_day == 3
    for bad in ("0", "21", "two", "-1"):
        with pytest.raises(ValidationErrors) as many:
            validate_settings({"test_drives_per_car_per_day": bad})
        assert many.value.by_field() == {
            "drives of one car per customer and day": "must be a whole number from 1 to 20"
        }


THURSDAY = date(2026, 11, 26)
WEEK = parse_week_hours("Mon-Fri 08:00-20:00; Sat 09:00-17:00; Sun closed")


def test_a_drive_must_lie_inside_its_days_hours() -> None:
    check_within_hours(local(THURSDAY, 8), local(THURSDAY, 8, 30), WEEK, LONDON)
    check_within_hours(local(THURSDAY, 19, 30), local(THURSDAY, 20), WEEK, LONDON)  # half-open
    for start, end in ((4, 37), (5, 7)), ((19, 45), (20, 15)), ((7, 59), (8, 29)):
        with pytest.raises(ValidationError, match="Thursday, 08:00 to 20:00"):
            check_within_hours(local(THURSDAY, *start), local(THURSDAY, *end), WEEK, LONDON)
    with pytest.raises(ValidationError, match="not booked on Sundays"):
        check_within_hours(
            local(date(2026, 11, 29), 10), local(date(2026, 11, 29), 11), WEEK, LONDON
        )


def test_open_round_the_clock_runs_through_midnight() -> None:
    always = parse_week_hours("00:00-24:00")
    check_within_hours(local(THURSDAY, 23, 45), local(date(2026, 11, 27), 0, 15), always, LONDON)
    late = parse_week_hours("Thu 18:00-24:00; Fri 01:00-05:00")
    with pytest.raises(ValidationError, match="Thursday, 18:00 to 24:00"):
        check_within_hours(local(THURSDAY, 23, 45), local(date(2026, 11, 27), 0, 15), late, LONDON)
