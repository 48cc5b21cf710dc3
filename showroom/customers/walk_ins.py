"""The walk-in register: the showroom's traffic log.

Registering a walk-in with a customer puts a visit on the customer's timeline and schedules
the walk-in cadence's follow-ups for the consultant. An anonymous walk-in keeps a short
description and can be linked to a customer later, which does the same then.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from showroom.core.errors import DomainError, NotFound, ValidationError
from showroom.core.ids import CustomerId, UserId, is_record_id
from showroom.core.text import clean_line
from showroom.customers.follow_ups import schedule_cadence
from showroom.customers.service import get_customer
from showroom.customers.visits import VisitPurpose, check_party_size, check_time_out
from showroom.kernel.access import require
from showroom.kernel.clock import day_bounds
from showroom.kernel.permissions import Action
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.models import Customer, Interaction, User, WalkIn
from showroom.storage.types import utc_now

PURPOSE_TEXT = {
    VisitPurpose.BROWSING: "browsing",
    VisitPurpose.TEST_DRIVE: "test drive",
    VisitPurpose.PURCHASE_TALK: "purchase talk",
    VisitPurpose.PICK_UP: "pick-up",
    VisitPurpose.SERVICE: "service",
}


class WalkInNotFound(NotFound):
    def __init__(self, walk_in_id: int) -> None:
        super().__init__("There is no walk-in with number {walk_in_id}.", walk_in_id=walk_in_id)


@dataclass(frozen=True, slots=True)
class WalkInDraft:
    """A walk-in as entered at the desk."""

    purpose: str
    party_size: int = 1
    consultant_id: int | None = None
    customer_id: int | None = None
    description: str = ""


def _visit(
    session: Session, walk_in: WalkIn, actor_id: int | None, settings: ShowroomSettings
) -> None:
    assert walk_in.customer_id is not None
    purpose = PURPOSE_TEXT.get(VisitPurpose(walk_in.purpose), walk_in.purpose)
    party = f", party of {walk_in.party_size}" if walk_in.party_size > 1 else ""
    session.add(
        Interaction(
            customer_id=walk_in.customer_id,
            user_id=walk_in.consultant_id or actor_id,
            kind="visit",
            occurred_at=walk_in.time_in,
            summary=f"Walk-in: {purpose}{party}",
        )
    )
    schedule_cadence(
        session,
        walk_in.customer_id,
        "walk_in",
        walk_in.time_in,
        walk_in.consultant_id or actor_id,
        actor_id,
        settings,
        reason=f"Follow up the visit ({purpose})",
    )


def register_walk_in(
    session: Session,
    draft: WalkInDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    now: datetime | None = None,
) -> int:
    """Log a walk-in at ``now``; returns its id."""
    now = now or utc_now()
    require(session, actor_id, Action.REGISTER_WALK_IN)
    try:
        purpose = VisitPurpose(draft.purpose)
    except ValueError:
        allowed = ", ".join(p.value for p in VisitPurpose)
        raise ValidationError("purpose", "must be one of {allowed}", allowed=allowed) from None
    party = check_party_size(draft.party_size)
    description = clean_line(draft.description, "description", max_length=300) or None
    if draft.customer_id is None and description is None:
        raise ValidationError(
            "customer", "choose a customer, create one, or describe the visitor for later"
        )
    if draft.customer_id is not None:
        get_customer(session, draft.customer_id)
    if draft.consultant_id is not None and (
        not is_record_id(draft.consultant_id) or session.get(User, draft.consultant_id) is None
    ):
        raise ValidationError(
            "consultant",
            "there is no user with number {consultant_id}",
            consultant_id=draft.consultant_id,
        )
    walk_in = WalkIn(
        customer_id=draft.customer_id,
        time_in=now,
        party_size=party,
        purpose=purpose.value,
        consultant_id=draft.consultant_id or actor_id,
        description=description,
        created_by_id=actor_id,
    )
    session.add(walk_in)
    session.flush()
    if walk_in.customer_id is not None:
        _visit(session, walk_in, actor_id, settings)
    return walk_in.id


def _get(session: Session, walk_in_id: int) -> WalkIn:
    walk_in = session.get(WalkIn, walk_in_id) if is_record_id(walk_in_id) else None
    if walk_in is None:
        raise WalkInNotFound(walk_in_id)
    return walk_in


def end_walk_in(
    session: Session, walk_in_id: int, *, actor_id: int | None, now: datetime | None = None
) -> None:
    """Record the time the visit ended (whoever registers walk-ins may)."""
    require(session, actor_id, Action.REGISTER_WALK_IN)
    walk_in = _get(session, walk_in_id)
    if walk_in.time_out is not None:
        raise DomainError("This visit has ended already.")
    walk_in.time_out = check_time_out(walk_in.time_in, now or utc_now())


def link_walk_in(
    session: Session,
    walk_in_id: int,
    customer_id: int,
    actor_id: UserId | None,
    settings: ShowroomSettings,
) -> None:
    """Link an anonymous walk-in to its customer, with the visit and follow-ups it implies
    (on the customer's timeline: only for someone who may log contacts with them)."""
    require(session, actor_id, Action.REGISTER_WALK_IN)
    require(session, actor_id, Action.LOG_CONTACT, customer_id)
    walk_in = _get(session, walk_in_id)
    if walk_in.customer_id is not None:
        raise DomainError("This walk-in is linked to a customer already.")
    get_customer(session, customer_id)
    walk_in.customer_id = customer_id
    session.flush()
    _visit(session, walk_in, actor_id, settings)


@dataclass(frozen=True, slots=True)
class WalkInRow:
    id: int
    time_in: datetime
    time_out: datetime | None
    party_size: int
    purpose: str
    consultant: str | None
    customer_id: CustomerId | None
    customer_name: str | None
    description: str | None


@dataclass
class DayRegister:
    """One day's walk-ins with totals per hour, purpose and consultant."""

    day: date
    rows: list[WalkInRow]
    per_hour: Counter[int] = field(default_factory=Counter)
    per_purpose: Counter[str] = field(default_factory=Counter)
    per_consultant: Counter[str] = field(default_factory=Counter)

    @property
    def visitors(self) -> int:
        return sum(r.party_size for r in self.rows)

    @property
    def anonymous(self) -> int:
        return sum(1 for r in self.rows if r.customer_id is None)


def day_register(session: Session, day: date, zone: ZoneInfo) -> DayRegister:
    start, end = day_bounds(day, zone)
    consultant = aliased(User)
    query = (
        select(
            WalkIn.id,
            WalkIn.time_in,
            WalkIn.time_out,
            WalkIn.party_size,
            WalkIn.purpose,
            consultant.display_name,
            WalkIn.customer_id,
            Customer.full_name,
            WalkIn.description,
        )
        .outerjoin(consultant, consultant.id == WalkIn.consultant_id)
        .outerjoin(Customer, Customer.id == WalkIn.customer_id)
        .where(WalkIn.time_in >= start, WalkIn.time_in < end)
        .order_by(WalkIn.time_in, WalkIn.id)
    )
    rows = [
        WalkInRow(
            r[0], r[1], r[2], r[3], r[4], r[5], CustomerId(r[6]) if r[6] else None, r[7], r[8]
        )
        for r in session.execute(query)
    ]
    register = DayRegister(day, rows)
    for row in rows:
        register.per_hour[row.time_in.astimezone(zone).hour] += 1
        register.per_purpose[row.purpose] += 1
        register.per_consultant[row.consultant or "—"] += 1
    return register
