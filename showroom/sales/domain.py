"""Pure rules of the sales side: intent levels and their follow-up intervals, lost-sale
reasons, target splits, progress and the straight-line forecast.

Nothing here touches the database; the services ask these functions.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from showroom.core.errors import ValidationError
from showroom.core.phrase import V_


class IntentLevel(StrEnum):
    """How soon a prospect is expected to buy (the grading of Chinese showrooms)."""

    H = "H"  # within 7 days
    A = "A"  # within 15 days
    B = "B"  # within 30 days
    C = "C"  # within about 3 months
    N = "N"  # new, not graded yet
    O = "O"  # noqa: E741 - ordered (the standard letter)
    F = "F"  # lost (战败), after the manager's approval


LEVEL_TEXT: dict[IntentLevel, str] = {
    IntentLevel.H: V_("H: buys within 7 days"),
    IntentLevel.A: V_("A: buys within 15 days"),
    IntentLevel.B: V_("B: buys within 30 days"),
    IntentLevel.C: V_("C: buys within about 3 months"),
    IntentLevel.N: V_("N: new, not graded"),
    IntentLevel.O: V_("O: ordered"),
    IntentLevel.F: V_("F: lost"),
}

GRADED = (IntentLevel.H, IntentLevel.A, IntentLevel.B, IntentLevel.C)
"""The levels that count as overdue once past their interval."""

WITH_INTERVAL = (*GRADED, IntentLevel.O)
"""The levels that have a follow-up interval (N and F have none)."""

DEFAULT_INTERVALS: dict[IntentLevel, int] = {
    IntentLevel.H: 2,
    IntentLevel.A: 4,
    IntentLevel.B: 7,
    IntentLevel.C: 15,
    IntentLevel.O: 3,
}
MIN_INTERVAL, MAX_INTERVAL = 1, 90

SETTABLE_BY_HAND = (*GRADED, IntentLevel.N, IntentLevel.O)
"""F is reached only through an approved lost-sale request."""


def setting_key(level: IntentLevel) -> str:
    """The settings key holding ``level``'s follow-up interval in days."""
    return f"intent_days_{level.value.lower()}"


def parse_level(value: str) -> IntentLevel:
    try:
        return IntentLevel(str(value).strip().upper())
    except ValueError:
        allowed = ", ".join(level.value for level in IntentLevel)
        raise ValidationError("intent level", "must be one of {allowed}", allowed=allowed) from None


def check_interval(level: IntentLevel, days: object) -> int:
    """An interval typed by a manager: a whole number of days from 1 to 90."""
    if level not in WITH_INTERVAL:
        raise ValidationError("intent level", "{level} has no follow-up interval", level=level)
    text = str(days).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 3):
        raise ValidationError(
            "follow-up interval", "must be a whole number of days from {low} to {high}",
            low=MIN_INTERVAL, high=MAX_INTERVAL,
        )  # fmt: skip
    value = int(text)
    if not MIN_INTERVAL <= value <= MAX_INTERVAL:
        raise ValidationError(
            "follow-up interval", "must be a whole number of days from {low} to {high}",
            low=MIN_INTERVAL, high=MAX_INTERVAL,
        )  # fmt: skip
    return value


def next_follow_up_day(
    today: date, level: IntentLevel, intervals: dict[IntentLevel, int]
) -> date | None:
    """When the next follow-up falls due after a contact today (None: the level has none)."""
    days = intervals.get(level)
    return today + timedelta(days=days) if days else None


# --- lost sales ---------------------------------------------------------------------------
class LostReason(StrEnum):
    """Why a prospect was lost; the managed list every lost sale picks from."""

    COMPETITOR = "competitor"  # bought a competitor's car: brand and model required
    OTHER_DEALER = "other_dealer"  # bought our brand at another dealer
    PRICE = "price"
    FINANCING_REFUSED = "financing_refused"
    TRADE_IN_VALUE = "trade_in_value"
    NO_STOCK = "no_stock"  # no stock or delivery time too long
    POSTPONED = "postponed"
    WRONG_NUMBER = "wrong_number"  # wrong or dead number
    NO_ANSWER = "no_answer"  # no answer after several calls
    MOVED_AWAY = "moved_away"
    OTHER = "other"  # text required


REASON_TEXT: dict[LostReason, str] = {
    LostReason.COMPETITOR: V_("bought a competitor's car"),
    LostReason.OTHER_DEALER: V_("bought our brand at another dealer"),
    LostReason.PRICE: V_("price"),
    LostReason.FINANCING_REFUSED: V_("financing refused"),
    LostReason.TRADE_IN_VALUE: V_("trade-in value"),
    LostReason.NO_STOCK: V_("no stock or delivery time"),
    LostReason.POSTPONED: V_("postponed the purchase"),
    LostReason.WRONG_NUMBER: V_("wrong or dead number"),
    LostReason.NO_ANSWER: V_("no answer after several calls"),
    LostReason.MOVED_AWAY: V_("moved away"),
    LostReason.OTHER: V_("other"),
}


class LostState(StrEnum):
    PENDING = "pending"  # a consultant's request, waiting for the manager
    APPROVED = "approved"  # the prospect is lost (level F)
    RETURNED = "returned"  # sent back with a note; the prospect stays as it was
    REACTIVATED = "reactivated"  # approved once, then taken up again


@dataclass(frozen=True, slots=True)
class LostDraft:
    """What the "Mark lost" dialog asks."""

    reason: str
    competitor_brand: str = ""
    competitor_model: str = ""
    note: str = ""


def check_lost(draft: LostDraft) -> tuple[LostReason, str | None, str | None, str | None]:
    """The reason, brand, model and note of a lost sale, cleaned; raises naming the field."""
    from showroom.core.text import clean_line

    try:
        reason = LostReason(draft.reason)
    except ValueError:
        allowed = ", ".join(r.value for r in LostReason)
        raise ValidationError("reason", "must be one of {allowed}", allowed=allowed) from None
    brand = clean_line(draft.competitor_brand, "competitor brand", max_length=60) or None
    model = clean_line(draft.competitor_model, "competitor model", max_length=60) or None
    note = clean_line(draft.note, "note", max_length=300) or None
    if reason is LostReason.COMPETITOR:
        if brand is None:
            raise ValidationError("competitor brand", "must be given when a competitor won")
        if model is None:
            raise ValidationError("competitor model", "must be given when a competitor won")
    else:
        brand = model = None
    if reason is LostReason.OTHER and note is None:
        raise ValidationError("note", "must say why when the reason is other")
    return reason, brand, model, note


# --- targets and progress -----------------------------------------------------------------
MAX_TARGET = 10_000


def check_target(value: object, field: str) -> int:
    text = str(value).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 5) or int(text) > MAX_TARGET:
        raise ValidationError(field, "must be a whole number from 0 to {high}", high=MAX_TARGET)
    return int(text)


def month_start(value: date) -> date:
    return value.replace(day=1)


def days_in_month(month: date) -> int:
    return calendar.monthrange(month.year, month.month)[1]


def next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def even_split(total: int, people: int) -> list[int]:
    """``total`` shared among ``people`` as evenly as whole units allow; the first ones get
    the remainder (the manager edits the split afterwards). The parts add up to ``total``."""
    if people <= 0:
        return []
    base, extra = divmod(total, people)
    return [base + (1 if i < extra else 0) for i in range(people)]


def elapsed_days(month: date, today: date) -> int:
    """Days of ``month`` gone by today, today included (0 before it, all of it after)."""
    if today < month:
        return 0
    if today >= next_month(month):
        return days_in_month(month)
    return today.day


def forecast(done: int, month: date, today: date) -> int:
    """Straight-line forecast for the month's end: ``done`` at the pace of the days gone,
    rounded half up. A month not started forecasts 0; a past month forecasts what was done."""
    gone = elapsed_days(month, today)
    if gone == 0:
        return 0
    total = days_in_month(month)
    return (2 * done * total + gone) // (2 * gone)


def percent(done: int, target: int) -> int | None:
    """``done`` as a whole percentage of ``target`` (None without a target), rounded half up."""
    if target <= 0:
        return None
    return (200 * done + target) // (2 * target)


def ratio(part: int, whole: int) -> float | None:
    """A conversion rate from 0 to 1 and beyond (None when there is nothing to divide by)."""
    return part / whole if whole > 0 else None
