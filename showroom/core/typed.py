"""Dates and times as people type them: '930', '9.30', 't', '+3'.

Pure functions, no Qt: the screens' date and time fields (ui/widgets/dates.py) and the
command line read typed text through them, so that '1100' means 11:00 everywhere.
Each returns None for text it cannot read (never a guess it is unsure of).
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

_TIME_SEPARATED = re.compile(r"^(\d{1,2})\s*[:.h ]\s*(\d{1,2})$")
_DIGITS = re.compile(r"^\d{1,4}$")
_MERIDIEM = re.compile(r"^(.*?)\s*([ap])\.?\s*m?\.?$")

_TODAY = frozenset({"t", "today", "now", "n", "今天", "今日"})
_TOMORROW = frozenset({"tomorrow", "tm", "tom", "明天"})
_YESTERDAY = frozenset({"yesterday", "y", "昨天"})
_OFFSET = re.compile(r"^([+-])\s*(\d{1,4})\s*([dwm]?)$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?$")
_COMPACT = re.compile(r"^(\d{8})$")


def parse_time(text: str) -> time | None:
    """A time of day from what was typed: '11', '1100', '11:00', '9.30', '930', '9h30',
    '2pm', '2:30 pm' (hours 0-23, minutes 0-59); None when it is not a time.

    Invariant: 1-2 digits are hours, 3-4 digits are hours then two digits of minutes.
    """
    value = text.strip().lower()
    if not value:
        return None
    afternoon: bool | None = None
    meridiem = _MERIDIEM.match(value)
    if meridiem and meridiem.group(1):
        value, afternoon = meridiem.group(1).strip(), meridiem.group(2) == "p"
    separated = _TIME_SEPARATED.match(value)
    if separated:
        hour, minute = int(separated.group(1)), int(separated.group(2))
    elif _DIGITS.match(value):
        if len(value) <= 2:
            hour, minute = int(value), 0
        else:
            hour, minute = int(value[:-2]), int(value[-2:])
    else:
        return None
    if afternoon is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if afternoon else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(month)  # pragma: no cover - every month has 28 days


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, today: date, *, day_first: bool = True) -> date | None:
    """A day from what was typed: 't'/'today', 'tomorrow', '+3' (days ahead), '-2',
    '+2w' (weeks), '+1m' (months), ISO '2026-12-04', '20261204', and numeric dates in the
    locale's order ('4/12/2026', '4.12.26', '4/12' this year: ``day_first``; else month
    first). None when the text is not a date.
    """
    value = text.strip().lower()
    if not value:
        return None
    if value in _TODAY:
        return today
    if value in _TOMORROW:
        return today + timedelta(days=1)
    if value in _YESTERDAY:
        return today - timedelta(days=1)
    offset = _OFFSET.match(value)
    if offset:
        amount = int(offset.group(2)) * (1 if offset.group(1) == "+" else -1)
        unit = offset.group(3) or "d"
        try:
            if unit == "m":
                return _add_months(today, amount)
            return today + timedelta(days=amount * (7 if unit == "w" else 1))
        except (OverflowError, ValueError):
            return None
    iso = _ISO.match(value)
    if iso:
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    compact = _COMPACT.match(value)
    if compact:
        digits = compact.group(1)
        return _safe_date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    numeric = _NUMERIC.match(value)
    if numeric:
        first, second = int(numeric.group(1)), int(numeric.group(2))
        day, month = (first, second) if day_first else (second, first)
        year_text = numeric.group(3)
        if year_text is None:
            year = today.year
        elif len(year_text) == 2:
            year = 2000 + int(year_text)
        else:
            year = int(year_text)
        return _safe_date(year, month, day)
    return None
