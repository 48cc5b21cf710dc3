"""Delivery ceremonies: the booking of a bay and a consultant, the plan, the PDI, the
handover, what we still owe the customer, and the satisfaction calls after.

Invariants:

- A delivery is ``planned`` until it is ``completed`` or ``cancelled``; only a planned one
  changes. Planned and completed deliveries hold their bay and their consultant from
  ``starts_at`` to ``ends_at`` (half-open); no two overlap (the database refuses it too).
- A delivery cannot be completed while the deal's purchase, insurance or licensing checklist
  has an open item, unless a manager overrides with a written reason, which is kept.
- A satisfaction score is 1 to 5; a score of :data:`LOW_SCORE` or less raises a task for a
  manager.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from showroom.core.errors import DomainError, ValidationError
from showroom.core.phrase import N_, Phrase
from showroom.core.text import clean_line
from showroom.deals.checklist import ChecklistKind
from showroom.kernel.slots import DELIVERY_SLOTS

MAX_SPAN = DELIVERY_SLOTS.longest
MIN_MINUTES = 15
MAX_MINUTES = 480
MAX_KEYS = 10
MAX_TITLE = 200
MAX_OWED = 300
LOW_SCORE = 2
TEMPLATE_SEPARATOR = ";"

# The deal's checklists that must be complete before the car is handed over. Accessories
# still to fit become "we owe" items instead of holding the customer's car back.
BLOCKING_CHECKLISTS = (ChecklistKind.PURCHASE, ChecklistKind.INSURANCE, ChecklistKind.LICENSING)


class DeliveryStatus(StrEnum):
    PLANNED = "planned"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


# Deliveries that hold their bay and consultant.
HOLDING_STATUSES = DELIVERY_SLOTS.holding


class ItemKind(StrEnum):
    """The three lists a delivery carries, each copied from its template when planned."""

    CEREMONY = "ceremony"
    PDI = "pdi"
    DOCUMENTS = "documents"


ITEM_KIND_TITLES = {
    ItemKind.CEREMONY: "Ceremony plan",
    ItemKind.PDI: "Pre-delivery inspection",
    ItemKind.DOCUMENTS: "Documents handed over",
}

DEFAULT_BAYS = "Bay 1;Bay 2;Handover lounge"
DEFAULT_CEREMONY = (
    "Car washed and covered;Ribbon or bow;Flowers;Welcome board with the customer's name;"
    "Photo;Key handover;Gift;Service department introduction;"
    "Connected features set up (phone pairing, app)"
)
DEFAULT_PDI = (
    "Exterior;Interior;Fluids;Tyres;Accessories installed as ordered;Documents present;"
    "Fuel / charge level;Plates fitted"
)
DEFAULT_DOCUMENTS = (
    "Owner's manual;Invoice;Registration certificate;Insurance policy;"
    "Warranty and service book;Certificate of conformity"
)


def check_minutes(minutes: int) -> int:
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError(
            "duration",
            "must be from {min_minutes} to {max_minutes} minutes",
            min_minutes=MIN_MINUTES,
            max_minutes=MAX_MINUTES,
        )
    return minutes


def check_keys(keys: int) -> int:
    if not 0 <= keys <= MAX_KEYS:
        raise ValidationError("keys handed over", "must be from 0 to {max_keys}", max_keys=MAX_KEYS)
    return keys


def check_score(score: int) -> int:
    if not isinstance(score, int) or not 1 <= score <= 5:
        raise ValidationError("score", "must be a whole number from 1 to 5")
    return score


def check_owed_text(raw: str) -> str:
    text = clean_line(raw, "we owe", max_length=MAX_OWED)
    if not text:
        raise ValidationError("we owe", "say what is still owed to the customer")
    return text


def check_promised(promised_on: date | None, today: date) -> date | None:
    if promised_on is not None and promised_on < today:
        raise ValidationError("promised date", "must be today or later")
    return promised_on


def check_override_reason(raw: str) -> str:
    text = clean_line(raw, "reason", max_length=300)
    if len(text) < 5:
        raise ValidationError(
            "reason", "write why the car is handed over with open checklists (5 characters or more)"
        )
    return text


def require_planned(status: str, delivery_id: int) -> None:
    if status != DeliveryStatus.PLANNED.value:
        raise DomainError(
            "Delivery {delivery_id} is {status}; it can no longer change.",
            delivery_id=delivery_id,
            status=status,
        )


# What a deal without a car (yet) shows where the car goes: a message id the screens translate.
CAR_TO_ORDER = N_("car to order")


@dataclass(frozen=True, slots=True)
class Readiness:
    """How ready a delivery is: the deal's blocking checklists, the PDI, the ceremony."""

    checklists_open: int
    pdi_done: int
    pdi_total: int
    ceremony_done: int
    ceremony_total: int

    @property
    def blocked(self) -> bool:
        return self.checklists_open > 0

    @property
    def ready(self) -> bool:
        return (
            not self.blocked
            and self.pdi_done == self.pdi_total
            and self.ceremony_done == self.ceremony_total
        )

    def phrase(self) -> Phrase:
        """What the screens show: "2 checklist items open · PDI 3/8 · ceremony 0/9"."""
        if not self.blocked:
            checklists: tuple[str, Mapping[str, object]] = (N_("checklists done"), {})
        elif self.checklists_open == 1:
            checklists = (N_("1 checklist item open"), {})
        else:
            checklists = (N_("{count} checklist items open"), {"count": self.checklists_open})
        return Phrase(
            (
                checklists,
                (N_("PDI {done}/{total}"), {"done": self.pdi_done, "total": self.pdi_total}),
                (
                    N_("ceremony {done}/{total}"),
                    {"done": self.ceremony_done, "total": self.ceremony_total},
                ),
            )
        )

    def summary(self, translate: Callable[[str], str] | None = None) -> str:
        """The phrase in English, or through ``translate`` (the screens pass theirs)."""
        phrase = self.phrase()
        return phrase.text(translate) if translate is not None else str(phrase)


def ends_at(start: datetime, minutes: int) -> datetime:
    if start.tzinfo is None:
        raise ValueError("a delivery's start must know its time zone")
    return start.astimezone(UTC) + timedelta(minutes=check_minutes(minutes))
