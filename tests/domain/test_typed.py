"""Dates and times as people type them (showroom/core/typed.py)."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom.core.typed import parse_date, parse_time

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1100", time(11, 0)),
        ("11:00", time(11, 0)),
        ("11", time(11, 0)),
        ("9.30", time(9, 30)),
        ("930", time(9, 30)),
        ("0930", time(9, 30)),
        ("9:05", time(9, 5)),
        ("9h30", time(9, 30)),
        (" 14 30 ", time(14, 30)),
        ("0", time(0, 0)),
        ("2pm", time(14, 0)),
        ("2:30 pm", time(14, 30)),
        ("12am", time(0, 0)),
        ("12 p.m.", time(12, 0)),
    ],
)
def test_a_typed_time_means_what_the_user_meant(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", ["", "25", "2460", "12:60", "abc", "11:00:00", "13pm", "12345"])
def test_text_that_is_not_a_time_is_refused(typed: str) -> None:
    assert parse_time(typed) is None


@given(st.integers(0, 23), st.integers(0, 59))
def test_every_time_reads_back_in_each_way_it_is_written(hour: int, minute: int) -> None:
    expected = time(hour, minute)
    for typed in (f"{hour}:{minute:02d}", f"{hour}.{minute:02d}", f"{hour}{minute:02d}"):
        assert parse_time(typed) == expected, typed


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("t", TODAY),
        ("today", TODAY),
        ("Today", TODAY),
        ("+3", TODAY + timedelta(days=3)),
        ("-2", TODAY - timedelta(days=2)),
        ("+2w", TODAY + timedelta(days=14)),
        ("+1m", date(2027, 1, 4)),
        ("tomorrow", TODAY + timedelta(days=1)),
        ("2027-03-15", date(2027, 3, 15)),
        ("20270315", date(2027, 3, 15)),
        ("15/3/2027", date(2027, 3, 15)),
        ("15.03.27", date(2027, 3, 15)),
        ("15/3", date(2026, 3, 15)),
    ],
)
def test_a_typed_date_means_what_the_user_meant(typed: str, expected: date) -> None:
    assert parse_date(typed, TODAY) == expected


def test_numeric_dates_follow_the_locale_order() -> None:
    assert parse_date("3/15/2027", TODAY, day_first=False) == date(2027, 3, 15)
    assert parse_date("3/15/2027", TODAY, day_first=True) is None


@pytest.mark.parametrize("typed", ["", "soon", "31/2/2027", "2027-13-01", "+", "1/2/3/4"])
def test_text_that_is_not_a_date_is_refused(typed: str) -> None:
    assert parse_date(typed, TODAY) is None


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)))
def test_every_iso_date_reads_back(day: date) -> None:
    assert parse_date(day.isoformat(), TODAY) == day
    assert parse_date(f"{day.day}/{day.month}/{day.year}", TODAY) == day
