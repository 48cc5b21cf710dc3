"""The showroom's clock: its calendar days and opening-hours text, in its time zone."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from showroom.core.errors import ValidationError


def now() -> datetime:
    """The current moment, timezone-aware in UTC (what every timestamp column stores)."""
    return datetime.now(UTC)


def local_day(moment: datetime, zone: ZoneInfo) -> date:
    """The showroom's calendar day of an instant."""
    return moment.astimezone(zone).date()


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The instants a showroom day starts and ends (23 or 25 hours long at a DST change)."""
    start = datetime.combine(day, time.min, tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)
    return start, end


def parse_hours(text: str) -> tuple[time, time]:
    """Booking hours such as '08:00-20:00' (the end may be 24:00)."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", text or "")
    if match is None:
        raise ValidationError("test-drive hours", "must look like 08:00-20:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or m1 > 59 or h2 > 24 or m2 > 59 or (h2 == 24 and m2 != 0):
        raise ValidationError("test-drive hours", "must hold times from 00:00 to 24:00")
    first = time(h1, m1)
    last = time.max if h2 == 24 else time(h2, m2)
    if last <= first:
        raise ValidationError("test-drive hours", "must end after they start")
    return first, last


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Opening hours of each weekday (Monday first); None: closed all day.
WeekHours = tuple[tuple[time, time] | None, ...]


def _days(text: str) -> list[int]:
    """'Mon', 'Mon-Fri', 'Sat,Sun' (or 'sat, sun') as weekday numbers, Monday 0."""
    days: list[int] = []
    for part in text.lower().replace(" ", "").split(","):
        first, _, last = part.partition("-")
        if first not in WEEKDAYS or (last and last not in WEEKDAYS):
            raise ValidationError(
                "test-drive hours", "name days as Mon, Tue, Wed, Thu, Fri, Sat, Sun"
            )
        low = WEEKDAYS.index(first)
        high = WEEKDAYS.index(last) if last else low
        days += list(range(low, high + 1)) if low <= high else [*range(low, 7), *range(high + 1)]
    return days


def parse_week_hours(text: str) -> WeekHours:
    """Opening hours per weekday, e.g. '08:00-20:00' (every day: the old form, still valid)
    or 'Mon-Fri 08:00-20:00; Sat 09:00-17:00; Sun closed'. Entries are read in order, so a
    later one overrides an earlier one; a bare range is every day; a day no entry names is
    closed. Raises ValidationError on the field 'test-drive hours'."""
    week: list[tuple[time, time] | None] = [None] * 7
    entries = [entry.strip() for entry in (text or "").split(";") if entry.strip()]
    if not entries:
        raise ValidationError("test-drive hours", "must look like 08:00-20:00")
    for entry in entries:
        match = re.fullmatch(r"([A-Za-z][A-Za-z ,\-]*?)\s+(\S.*)", entry)
        if match is None or re.match(r"\d", entry):
            days, hours_text = list(range(7)), entry
        else:
            days, hours_text = _days(match.group(1)), match.group(2)
        hours = None if hours_text.strip().lower() == "closed" else parse_hours(hours_text)
        for day in days:
            week[day] = hours
    if all(hours is None for hours in week):
        raise ValidationError("test-drive hours", "must open on at least one day")
    return tuple(week)


def hours_on(week: WeekHours, day: date) -> tuple[time, time] | None:
    """The opening hours of a calendar day, or None if closed."""
    return week[day.weekday()]


def widest_hours(week: WeekHours) -> tuple[time, time]:
    """The earliest opening and the latest closing of the week (what a calendar shows)."""
    open_days = [hours for hours in week if hours is not None]
    return min(h[0] for h in open_days), max(h[1] for h in open_days)
