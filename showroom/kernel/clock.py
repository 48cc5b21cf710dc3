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
