"""The walk-in register and follow-up tasks: purposes, outcomes and their rules."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from showroom.core.errors import ValidationError


class VisitPurpose(StrEnum):
    """Why a walk-in came to the showroom."""

    BROWSING = "browsing"
    TEST_DRIVE = "test_drive"
    PURCHASE_TALK = "purchase_talk"
    PICK_UP = "pick_up"
    SERVICE = "service"


class ContactOutcome(StrEnum):
    """What came of a logged contact."""

    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    APPOINTMENT = "appointment"
    NOT_INTERESTED = "not_interested"


class FollowUpKind(StrEnum):
    FOLLOW_UP = "follow_up"
    RETURN_VISIT = "return_visit"
    SATISFACTION = "satisfaction"


CONTACT_CHANNELS = ("call", "message", "email", "visit", "note")
MAX_PARTY = 30


def check_party_size(value: int) -> int:
    if not 1 <= value <= MAX_PARTY:
        raise ValidationError("party size", "must be from 1 to {max_party}", max_party=MAX_PARTY)
    return value


def check_time_out(time_in: datetime, time_out: datetime) -> datetime:
    if time_out < time_in:
        raise ValidationError("time out", "must not be before the time in")
    return time_out


def cadence_dates(event_day: date, days: list[int]) -> list[date]:
    """The due dates of the follow-ups a cadence schedules after an event."""
    return [event_day + timedelta(days=d) for d in days]
