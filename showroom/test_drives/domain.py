"""Test drives: the states of a booking, their transitions, and the driving-licence rules.

A booking holds a vehicle, a consultant and a customer from ``start`` to ``end``: two
time-zone aware instants, so a drive across a daylight-saving change keeps its real length.
Only bookings that are booked, out or returned hold their slot; a cancelled booking or a
no-show frees it.

States::

    booked ──check out──▶ out ──check in──▶ returned
       │
       ├──cancel──▶ cancelled
       └──no-show──▶ no_show          (only once the slot has begun)

A licence is valid through the whole of its expiry day in the showroom's time zone: a
licence that expires today covers a drive that ends before midnight, not one that ends
after it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from showroom.core.errors import DomainError, ValidationError
from showroom.core.phrase import V_, Phrase
from showroom.kernel.clock import WeekHours, hours_on
from showroom.kernel.slots import TEST_DRIVE_SLOTS

MIN_MINUTES = 10
MAX_MINUTES = 240
# No booking spans more than a day (the database guards refuse it), so an overlap search
# only needs to look this far back from a booking's end.
MAX_SPAN = TEST_DRIVE_SLOTS.longest
MAX_ODOMETER_KM = 2_000_000
MASK = "•••••"
LICENCE_VISIBLE = 4


class DriveStatus(StrEnum):
    """Where a test-drive booking stands."""

    BOOKED = "booked"
    OUT = "out"
    RETURNED = "returned"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


# The states that hold the vehicle, the consultant and the customer for the booked time.
# Migration 0004's exclusion constraints (PostgreSQL) and triggers (SQLite) use this list.
ACTIVE_STATUSES: tuple[DriveStatus, ...] = tuple(DriveStatus(s) for s in TEST_DRIVE_SLOTS.holding)

STATUS_WORDS = {
    DriveStatus.BOOKED: V_("booked"),
    DriveStatus.OUT: V_("out on the road"),
    DriveStatus.RETURNED: V_("returned"),
    DriveStatus.NO_SHOW: V_("a no-show"),
    DriveStatus.CANCELLED: V_("cancelled"),
}


def holds_slot(status: str) -> bool:
    return status in ACTIVE_STATUSES


# --- predicates: the UI enables its actions from these, and never repeats a rule ----------
def can_check_out(status: str) -> bool:
    return status == DriveStatus.BOOKED


def can_check_in(status: str) -> bool:
    return status == DriveStatus.OUT


def can_cancel(status: str) -> bool:
    return status == DriveStatus.BOOKED


def can_mark_no_show(status: str, start: datetime, now: datetime) -> bool:
    return status == DriveStatus.BOOKED and now >= start


def can_reschedule(status: str) -> bool:
    """Move the booking to another time, vehicle or consultant."""
    return status == DriveStatus.BOOKED


def can_change_end(status: str) -> bool:
    """Lengthen or shorten the booking (also while the customer is out on the road)."""
    return status in (DriveStatus.BOOKED, DriveStatus.OUT)


def can_print_agreement(status: str) -> bool:
    """There is an agreement to sign (or to print again) for a drive that happens."""
    return status in ACTIVE_STATUSES


def is_overdue(status: str, end: datetime, now: datetime) -> bool:
    """The car should be back and is not."""
    return status == DriveStatus.OUT and now > end


# --- transitions -----------------------------------------------------------------------------
def _refuse(status: str, refusal: str) -> DomainError:
    """``refusal`` is a V_-marked "it cannot be ..." so that the screens translate it whole."""
    known = {s.value: s for s in DriveStatus}
    words = STATUS_WORDS[known[status]] if status in known else status
    return DomainError(
        "This test drive is {words}: {refusal}.",
        words=Phrase.of(words),
        refusal=Phrase.of(refusal),
    )


def check_out(status: str) -> DriveStatus:
    if not can_check_out(status):
        raise _refuse(status, V_("it cannot be checked out"))
    return DriveStatus.OUT


def check_in(status: str) -> DriveStatus:
    if not can_check_in(status):
        if status == DriveStatus.BOOKED:
            raise DomainError("This test drive has not been checked out yet: check it out first.")
        raise _refuse(status, V_("it cannot be checked in"))
    return DriveStatus.RETURNED


def cancel(status: str) -> DriveStatus:
    if not can_cancel(status):
        raise _refuse(status, V_("it cannot be cancelled"))
    return DriveStatus.CANCELLED


def mark_no_show(status: str, start: datetime, now: datetime) -> DriveStatus:
    if status == DriveStatus.BOOKED and now < start:
        raise DomainError(
            "The test drive has not begun yet: a customer can be a no-show only once the "
            "booked time has started."
        )
    if not can_mark_no_show(status, start, now):
        raise _refuse(status, V_("it cannot be marked as a no-show"))
    return DriveStatus.NO_SHOW


def check_reschedule(status: str, *, end_only: bool = False) -> None:
    if end_only and can_change_end(status):
        return
    if not can_reschedule(status):
        if status == DriveStatus.OUT:
            raise DomainError(
                "The car is out on this test drive: only its planned return time can change."
            )
        raise _refuse(status, V_("it cannot be moved"))


# --- times -------------------------------------------------------------------------------------
def check_minutes(minutes: int) -> int:
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError(
            "duration",
            "must be from {min_minutes} to {max_minutes} minutes, not {minutes}",
            min_minutes=MIN_MINUTES,
            max_minutes=MAX_MINUTES,
            minutes=minutes,
        )
    return minutes


def drive_end(start: datetime, minutes: int) -> datetime:
    """The end instant (UTC): ``minutes`` of real time after ``start``, whatever the clocks do.

    Python adds a timedelta to an aware datetime on its wall clock, so the sum is taken in UTC.
    """
    if start.tzinfo is None:
        raise ValueError("a test drive's start must know its time zone")
    return start.astimezone(UTC) + timedelta(minutes=check_minutes(minutes))


def real_minutes(start: datetime, end: datetime) -> int:
    """Elapsed minutes between two aware instants (not wall-clock arithmetic)."""
    return round((end.timestamp() - start.timestamp()) / 60)


def local_instant(day: date, at: time, zone: ZoneInfo, field: str = "start") -> datetime:
    """The instant a showroom wall-clock time names.

    A time skipped when the clocks go forward does not exist and is refused; a time that
    happens twice when they go back means its first occurrence.
    """
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    moment = naive.replace(tzinfo=zone)
    round_trip = moment.astimezone(UTC).astimezone(zone)
    if round_trip.replace(tzinfo=None) != naive:
        raise ValidationError(
            field,
            "{at:%H:%M} does not exist on {day:%d %b %Y}: the clocks go forward then",
            at=at,
            day=day,
        )
    return moment


def opening_span(day: date, hours: tuple[time, time], zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The instants a day's opening hours begin and end (24:00 is the next midnight)."""
    first, last = hours
    opens = local_instant(day, first, zone)
    if last == time.max:
        closes = datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)
    else:
        closes = local_instant(day, last, zone, field="duration")
    return opens, closes


def check_within_hours(start: datetime, end: datetime, week: WeekHours, zone: ZoneInfo) -> None:
    """A test drive [start, end) lies inside the opening hours of the day it starts on:
    a drive at 04:37, or one that would come back after closing, is refused."""
    local = start.astimezone(zone)
    hours = hours_on(week, local.date())
    if hours is None:
        raise ValidationError(
            "start", "test drives are not booked on {day:%A}s: the showroom is closed", day=local
        )
    opens, closes = opening_span(local.date(), hours, zone)
    shown = "24:00" if hours[1] == time.max else f"{hours[1]:%H:%M}"
    day = local.date()
    # Open until 24:00 and again from 00:00: the hours run on through midnight.
    while end > closes and hours[1] == time.max:
        day += timedelta(days=1)
        following = hours_on(week, day)
        if following is None or following[0] != time.min:
            break
        hours = following
        closes = opening_span(day, hours, zone)[1]
    if not (opens <= start and end <= closes):
        raise ValidationError(
            "start",
            "must be within the test-drive hours of {day:%A}, {opens:%H:%M} to {closes}",
            day=local,
            opens=opens,
            closes=shown,
        )


# --- the driving licence ---------------------------------------------------------------------
_LICENCE_CHARS = re.compile(r"[A-Z0-9]+")


@dataclass(frozen=True, slots=True)
class LicenceDraft:
    """A driving licence as typed at the desk."""

    number: str
    country: str
    expires_on: date | None
    photo_checked: bool = False


@dataclass(frozen=True, slots=True)
class Licence:
    """A licence in canonical form: the number upper-case without spaces or dashes."""

    number: str
    country: str
    expires_on: date
    photo_checked: bool

    @property
    def masked(self) -> str:
        return mask_licence(self.number)


def clean_licence_number(raw: str) -> str:
    number = "".join(c for c in unicodedata.normalize("NFKC", raw).upper() if c not in " -./")
    if not number:
        raise ValidationError("licence number", "must not be empty")
    if not _LICENCE_CHARS.fullmatch(number):
        raise ValidationError("licence number", "may hold only the letters A-Z and digits")
    if not 5 <= len(number) <= 20:
        raise ValidationError("licence number", "must be from 5 to 20 letters and digits")
    return number


def validate_licence(draft: LicenceDraft) -> Licence:
    """Check the form of a licence (not yet whether it covers a drive)."""
    number = clean_licence_number(draft.number)
    country = " ".join(draft.country.split())
    if not country:
        raise ValidationError("issuing country", "must name the country (and state) of issue")
    if len(country) > 60:
        raise ValidationError("issuing country", "must be at most 60 characters")
    if any(unicodedata.category(c) == "Cc" for c in country):
        raise ValidationError("issuing country", "must not contain control characters")
    if draft.expires_on is None:
        raise ValidationError("expiry date", "must be given (it is printed on the licence)")
    return Licence(number, country, draft.expires_on, draft.photo_checked)


def licence_valid_until(expires_on: date, zone: ZoneInfo) -> datetime:
    """The instant a licence stops being valid: midnight at the end of its expiry day."""
    return datetime.combine(expires_on + timedelta(days=1), time.min, tzinfo=zone)


def check_licence_covers(
    licence: Licence, drive_end: datetime, now: datetime, zone: ZoneInfo
) -> None:
    """Refuse a licence that has expired, or that expires before the drive ends."""
    until = licence_valid_until(licence.expires_on, zone)
    if until <= now:
        raise ValidationError(
            "expiry date",
            "the licence expired on {expires_on:%d %b %Y}: the customer cannot drive",
            expires_on=licence.expires_on,
        )
    if until < drive_end:
        raise ValidationError(
            "expiry date",
            "the licence expires on {expires_on:%d %b %Y}, before the drive ends at {end:%H:%M on %d %b}: shorten the drive or do not let the customer drive",
            expires_on=licence.expires_on,
            end=drive_end.astimezone(zone),
        )


def check_ready_to_go(
    licence: Licence | None, drive_end: datetime, now: datetime, zone: ZoneInfo
) -> Licence:
    """Everything the licence check needs before the car leaves."""
    if licence is None:
        raise ValidationError(
            "licence number", "record the customer's driving licence before the check-out"
        )
    if not licence.photo_checked:
        raise ValidationError(
            "photo checked",
            "tick it once you have compared the licence photo with the customer",
        )
    check_licence_covers(licence, drive_end, now, zone)
    return licence


def mask_licence(number: str) -> str:
    """A licence number as shown on screen and on paper: '•••••1234'."""
    if not number:
        return ""
    visible = number[-LICENCE_VISIBLE:] if len(number) > LICENCE_VISIBLE else number[-1:]
    return MASK + visible


# --- odometer, fuel and feedback ---------------------------------------------------------------
def check_odometer(value: int, field: str = "odometer") -> int:
    if not 0 <= value <= MAX_ODOMETER_KM:
        raise ValidationError(
            field, "must be from 0 to {max_odometer_km:,} km", max_odometer_km=MAX_ODOMETER_KM
        )
    return value


def check_fuel(value: int, field: str = "fuel") -> int:
    if not 0 <= value <= 100:
        raise ValidationError(field, "must be a percentage from 0 to 100")
    return value


def check_odometer_in(odometer_out: int, odometer_in: int) -> int:
    check_odometer(odometer_in, "odometer in")
    if odometer_in < odometer_out:
        raise ValidationError(
            "odometer in",
            "must not be lower than at check-out ({odometer_out:,} km); check the reading",
            odometer_out=odometer_out,
        )
    return odometer_in


def check_rating(rating: int | None) -> int | None:
    if rating is not None and not 1 <= rating <= 5:
        raise ValidationError("rating", "must be from 1 to 5 stars, or left empty")
    return rating
