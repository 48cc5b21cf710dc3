"""The manager's day: the daily showroom checklist, its template, and the rules of ticking.

A day's checklist is generated once from the template and the inventory of that morning:
a template check of kind ``each_display_car`` becomes one line per car on display (with
its floor position), ``each_fleet_car`` one line per test-drive car in service. The lines
are a snapshot: editing the template or moving a car later never changes a day already
generated.

Rules (the UI enables its actions from these predicates, the services enforce them):

- a line is ticked (done) or marked failed (with a note, which creates a task for an
  owner) while its day is open; a failed line may be ticked once fixed, and a ticked or
  failed line may be reopened (undo) while the day is open;
- only a manager or an admin signs a day off, and only once no line is left open;
- a signed-off day is read-only for everyone, for good.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum

from showroom.core.errors import DomainError, ValidationError
from showroom.core.phrase import Phrase
from showroom.core.text import clean_line, shown
from showroom.kernel.permissions import is_manager
from showroom.kernel.tasks import MAX_NOTE


class DayState(StrEnum):
    """A day's checklist is open until a manager signs it off; then it is kept read-only."""

    OPEN = "open"
    SIGNED_OFF = "signed_off"


class ItemState(StrEnum):
    """One line of a day's checklist."""

    OPEN = "open"
    DONE = "done"
    FAILED = "failed"


class CheckKind(StrEnum):
    """How a template check becomes lines of a day's checklist."""

    SINGLE = "single"
    """One line."""
    EACH_DISPLAY_CAR = "each_display_car"
    """One line per car on display, with its floor position."""
    EACH_FLEET_CAR = "each_fleet_car"
    """One line per test-drive car in service."""
    WALK_IN_COUNT = "walk_in_count"
    """One line that shows how many walk-ins the register holds for the day."""


"""Who may sign off a day and edit the template."""

MAX_TITLE = 80
MAX_CHECK_TEXT = 200
MAX_COUNT = 999
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def can_change_day(day_state: DayState) -> bool:
    """Anything about a day's lines may change only while the day is open."""
    return day_state == DayState.OPEN


def can_tick(day_state: DayState, item_state: ItemState) -> bool:
    """An open or failed line of an open day can be ticked."""
    return can_change_day(day_state) and item_state != ItemState.DONE


def can_fail(day_state: DayState, item_state: ItemState) -> bool:
    """An open or ticked line of an open day can be marked failed."""
    return can_change_day(day_state) and item_state != ItemState.FAILED


def can_undo(day_state: DayState, item_state: ItemState) -> bool:
    """A ticked or failed line of an open day can be reopened."""
    return can_change_day(day_state) and item_state != ItemState.OPEN


def sign_off_refusal(day_state: DayState, role: str, open_lines: int) -> str | None:
    """Why the day cannot be signed off by someone with ``role`` (None: it can)."""
    if day_state == DayState.SIGNED_OFF:
        return "This day is signed off already; a signed-off day cannot be changed."
    if not is_manager(role):
        return "Only a manager or an admin can sign off the day."
    if open_lines:
        lines = "1 check is" if open_lines == 1 else f"{open_lines} checks are"
        return (
            f"{lines} neither ticked nor marked failed; tick them or mark them failed with a "
            "note before signing off."
        )
    return None


def can_sign_off(day_state: DayState, role: str, open_lines: int) -> bool:
    return sign_off_refusal(day_state, role, open_lines) is None


def check_day_open(day_state: DayState, day_text: str) -> None:
    if not can_change_day(day_state):
        raise DomainError(
            "The checklist of {day_text} is signed off; a signed-off day cannot be changed.",
            day_text=day_text,
        )


def check_manager(role: str, action: str) -> None:
    if not is_manager(role):
        raise DomainError("Only a manager or an admin can {action}.", action=Phrase.of(action))


# --- values ----------------------------------------------------------------------------------
def completion_rate(done: int, total: int) -> float | None:
    """The share of lines done (0.0–1.0); None for a day without lines."""
    return done / total if total else None


def parse_day(text: str) -> date:
    """A day as typed on the command line: ``2026-11-26``."""
    raw = text.strip()
    match = _DAY.fullmatch(raw)
    try:
        if match is None:
            raise ValueError
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise ValidationError(
            "date",
            "must be a real calendar day written YYYY-MM-DD, like 2026-11-26, not {raw!r}",
            raw=raw,
        ) from None


def parse_time(text: str, field: str = "time") -> time | None:
    """A time of day typed as ``9:30`` or ``09.30``; empty means none."""
    raw = text.strip()
    if not raw:
        return None
    match = _TIME.fullmatch(raw)
    if match is None or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValidationError(
            field, "must be a time of day such as 09:30, not {value}", value=shown(raw)
        )
    return time(int(match.group(1)), int(match.group(2)))


def section_title(text: str) -> str:
    title = clean_line(text, "section", max_length=MAX_TITLE)
    if not title:
        raise ValidationError("section", "must not be empty")
    return title


@dataclass(frozen=True, slots=True)
class CheckDraft:
    """A template check as typed by the manager."""

    text: str
    kind: str = CheckKind.SINGLE.value
    count_target: int | None = None
    due_time: str = ""


@dataclass(frozen=True, slots=True)
class ValidCheck:
    text: str
    kind: CheckKind
    count_target: int | None
    due_time: time | None


def validate_check(draft: CheckDraft) -> ValidCheck:
    """Checks a template check, naming the field and the rule it breaks."""
    text = clean_line(draft.text, "check", max_length=MAX_CHECK_TEXT)
    if not text:
        raise ValidationError("check", "must not be empty")
    try:
        kind = CheckKind(draft.kind)
    except ValueError:
        allowed = ", ".join(k.value for k in CheckKind)
        raise ValidationError("kind", "must be one of {allowed}", allowed=allowed) from None
    count = draft.count_target
    if count is not None and not 1 <= count <= MAX_COUNT:
        raise ValidationError(
            "count", "must be a whole number from 1 to {max_count}, or none", max_count=MAX_COUNT
        )
    if count is not None and kind == CheckKind.WALK_IN_COUNT:
        raise ValidationError("count", "the walk-in check counts the register by itself")
    return ValidCheck(text, kind, count, parse_time(draft.due_time, "due time"))


def check_note(text: str, *, required: bool) -> str:
    note = clean_line(text, "note", max_length=MAX_NOTE)
    if required and not note:
        raise ValidationError("note", "must say what is wrong, so the owner can fix it")
    return note


def check_count(value: int) -> int:
    if not 0 <= value <= MAX_COUNT:
        raise ValidationError(
            "count", "must be a whole number from 0 to {max_count}", max_count=MAX_COUNT
        )
    return value


# --- lines from cars -----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CarOnFloor:
    """A car a per-car check makes a line for: on display (with its floor position) or in
    the test-drive fleet (with its plate)."""

    vehicle_id: int
    make: str
    model: str
    trim: str | None = None
    colour: str | None = None
    floor_position: str | None = None
    plate: str | None = None

    @property
    def label(self) -> str:
        """``Škoda Octavia Style, Moon White · Window left`` — what the line names."""
        name = " ".join(part for part in (self.make, self.model, self.trim) if part)
        if self.colour:
            name = f"{name}, {self.colour}"
        where = self.floor_position or self.plate
        return f"{name} · {where}" if where else name


@dataclass(frozen=True, slots=True)
class LinePlan:
    """One line a template check makes for a day."""

    subject: str | None
    vehicle_id: int | None


def plan_lines(
    kind: CheckKind, display_cars: list[CarOnFloor], fleet_cars: list[CarOnFloor]
) -> list[LinePlan]:
    """The lines of one template check for the cars of the morning (may be none)."""
    if kind == CheckKind.EACH_DISPLAY_CAR:
        return [LinePlan(car.label, car.vehicle_id) for car in display_cars]
    if kind == CheckKind.EACH_FLEET_CAR:
        return [LinePlan(car.label, car.vehicle_id) for car in fleet_cars]
    return [LinePlan(None, None)]


def line_text(check_text: str, subject: str | None) -> str:
    return f"{check_text}: {subject}" if subject else check_text


# --- the template a new database starts with ---------------------------------------------
@dataclass(frozen=True, slots=True)
class DefaultCheck:
    text: str
    kind: CheckKind = CheckKind.SINGLE
    count_target: int | None = None


@dataclass(frozen=True, slots=True)
class DefaultSection:
    title: str
    due_time: time
    checks: tuple[DefaultCheck, ...]


DEFAULT_TEMPLATE: tuple[DefaultSection, ...] = (
    DefaultSection(
        "Before opening",
        time(9, 0),
        (
            DefaultCheck("Lights on, climate at 21 °C"),
            DefaultCheck("Floor clean, entrance and windows spotless"),
            DefaultCheck("Cleaned inside and out", CheckKind.EACH_DISPLAY_CAR),
            DefaultCheck(
                "Brochures and price board placed", CheckKind.EACH_DISPLAY_CAR, count_target=10
            ),
            DefaultCheck("Uniforms and name badges worn"),
            DefaultCheck("Welcome desk ready: coffee, water, visitor register"),
            DefaultCheck("Screens showing the brand loop"),
            DefaultCheck("Music on, brand playlist at background volume"),
            DefaultCheck("Clean and fuelled or charged", CheckKind.EACH_FLEET_CAR),
        ),
    ),
    DefaultSection(
        "10:00 round",
        time(10, 0),
        (
            DefaultCheck("Display cars free of fingerprints, doors and boots closed"),
            DefaultCheck("Brochure stands refilled"),
            DefaultCheck("Welcome desk tidy, refreshments stocked"),
        ),
    ),
    DefaultSection(
        "17:00 round",
        time(17, 0),
        (
            DefaultCheck("Floor and display cars tidy after the day's traffic"),
            DefaultCheck("Test-drive cars back, parked and plugged in"),
            DefaultCheck("Brochure stands refilled"),
        ),
    ),
    DefaultSection(
        "Closing",
        time(19, 0),
        (
            DefaultCheck("Walk-ins of the day registered", CheckKind.WALK_IN_COUNT),
            DefaultCheck("Test-drive keys returned and counted"),
            DefaultCheck("Screens, music and lights off"),
            DefaultCheck("Doors locked and alarm set"),
        ),
    ),
)
