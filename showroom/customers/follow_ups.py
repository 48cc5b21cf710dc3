"""Follow-ups, return visits and the "Log contact" action.

A walk-in, a test drive and a delivery schedule follow-ups from the cadences in Settings.
Completing a follow-up is logging the contact: one interaction on the timeline, the task
marked done with its result, and optionally the next follow-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from showroom.core.errors import DomainError, ValidationError
from showroom.core.ids import CustomerId, UserId, is_record_id
from showroom.core.text import clean_line
from showroom.customers.service import get_customer
from showroom.customers.visits import CONTACT_CHANNELS, ContactOutcome, cadence_dates
from showroom.kernel.access import require
from showroom.kernel.clock import local_day
from showroom.kernel.permissions import Action
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.models import Customer, FollowUp, Interaction, User
from showroom.storage.types import utc_now


def schedule_cadence(
    session: Session,
    customer_id: int,
    event: str,
    event_time: datetime,
    assigned_to: int | None,
    actor_id: int | None,
    settings: ShowroomSettings,
    reason: str,
) -> list[FollowUp]:
    """Add the follow-ups of ``event``'s cadence (walk_in, test_drive, delivery)."""
    zone = ZoneInfo(settings.timezone)
    kind = "satisfaction" if event == "delivery" else "follow_up"
    created = []
    for due in cadence_dates(local_day(event_time, zone), settings.cadence(event)):
        task = FollowUp(
            customer_id=customer_id,
            kind=kind,
            reason=reason,
            due_on=due,
            assigned_to_id=assigned_to,
            origin=event,
            created_at=utc_now(),
            created_by_id=actor_id,
        )
        session.add(task)
        created.append(task)
    session.flush()
    return created


def add_follow_up(
    session: Session,
    customer_id: int,
    due_on: date,
    reason: str,
    assigned_to: int | None,
    actor_id: int | None,
    kind: str = "follow_up",
    today: date | None = None,
) -> FollowUp:
    """A follow-up or return visit planned by hand."""
    get_customer(session, customer_id)
    text = clean_line(reason, "reason", max_length=300) or "Follow up"
    if today is not None and due_on < today:
        raise ValidationError("due date", "must not be in the past")
    task = FollowUp(
        customer_id=customer_id,
        kind=kind,
        reason=text,
        due_on=due_on,
        assigned_to_id=assigned_to,
        origin="manual",
        created_by_id=actor_id,
    )
    session.add(task)
    session.flush()
    return task


@dataclass(frozen=True, slots=True)
class LoggedContact:
    interaction_id: int
    completed_follow_up_id: int | None
    next_follow_up_id: int | None


def log_contact(
    session: Session,
    customer_id: int,
    channel: str,
    outcome: str,
    note: str,
    next_follow_up: date | None,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    follow_up_id: int | None = None,
    now: datetime | None = None,
    interval_days: int | None = None,
) -> LoggedContact:
    """Record a contact with a customer in one step.

    Adds the interaction to the timeline; completes ``follow_up_id`` (or, if none is given,
    the customer's oldest open follow-up due by today) with the outcome as its result;
    schedules the next follow-up on ``next_follow_up`` if given, else ``interval_days``
    after today if given (the customer's intent level's interval, showroom.sales).
    """
    now = now or utc_now()
    require(session, actor_id, Action.LOG_CONTACT, customer_id)
    customer = get_customer(session, customer_id)
    if channel not in CONTACT_CHANNELS:
        raise ValidationError(
            "channel", "must be one of {choices}", choices=", ".join(CONTACT_CHANNELS)
        )
    try:
        result = ContactOutcome(outcome)
    except ValueError:
        allowed = ", ".join(o.value for o in ContactOutcome)
        raise ValidationError("outcome", "must be one of {allowed}", allowed=allowed) from None
    text = clean_line(note, "note", max_length=400)
    today = local_day(now, ZoneInfo(settings.timezone))
    if next_follow_up is not None and next_follow_up < today:
        raise ValidationError("next follow-up", "must be today or later")
    if next_follow_up is None and interval_days:
        next_follow_up = today + timedelta(days=interval_days)
    summary = f"{result.value.replace('_', ' ').capitalize()}" + (f": {text}" if text else "")
    interaction = Interaction(
        customer_id=customer.id, user_id=actor_id, kind=channel, occurred_at=now, summary=summary
    )
    session.add(interaction)

    task: FollowUp | None
    if follow_up_id is not None:
        task = session.get(FollowUp, follow_up_id) if is_record_id(follow_up_id) else None
        if task is None or task.customer_id != customer.id:
            raise DomainError("That follow-up does not belong to this customer.")
        if task.done_at is not None:
            raise DomainError("That follow-up was already done.")
    else:
        task = session.scalars(
            select(FollowUp)
            .where(
                FollowUp.customer_id == customer.id,
                FollowUp.done_at.is_(None),
                FollowUp.due_on <= today,
            )
            .order_by(FollowUp.due_on, FollowUp.id)
            .limit(1)
        ).first()
    if task is not None:
        task.done_at = now
        task.done_by_id = actor_id
        task.result = summary[:500]
    next_task = None
    if next_follow_up is not None:
        next_task = FollowUp(
            customer_id=customer.id,
            kind="follow_up",
            reason=text or "Follow up",
            due_on=next_follow_up,
            assigned_to_id=customer.assigned_consultant_id or actor_id,
            origin="contact",
            created_by_id=actor_id,
        )
        session.add(next_task)
    customer.updated_at = now
    session.flush()
    return LoggedContact(
        interaction.id, task.id if task else None, next_task.id if next_task else None
    )


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    """A line of "My follow-ups"."""

    id: int
    customer_id: CustomerId
    customer_name: str
    phone: str | None
    reason: str
    due_on: date
    kind: str
    assigned_to: str | None
    overdue: bool


def due_follow_ups(
    session: Session,
    today: date,
    assigned_to: int | None = None,
    include_marketing_without_consent: bool = False,
    limit: int = 500,
) -> list[FollowUpRow]:
    """Open follow-ups due today or overdue, oldest first (for one consultant, or all).

    Customers who did not consent to be contacted are left out of marketing follow-ups.
    """
    query = (
        select(
            FollowUp.id,
            FollowUp.customer_id,
            Customer.full_name,
            Customer.primary_phone,
            FollowUp.reason,
            FollowUp.due_on,
            FollowUp.kind,
            User.display_name,
        )
        .join(Customer, Customer.id == FollowUp.customer_id)
        .outerjoin(User, User.id == FollowUp.assigned_to_id)
        .where(FollowUp.done_at.is_(None), FollowUp.due_on <= today)
        .order_by(FollowUp.due_on, FollowUp.id)
        .limit(limit)
    )
    if assigned_to is not None:
        query = query.where(FollowUp.assigned_to_id == assigned_to)
    if not include_marketing_without_consent:
        query = query.where(
            or_(FollowUp.for_marketing.is_(False), Customer.consent_contact.is_(True))
        )
    return [
        FollowUpRow(r[0], CustomerId(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[5] < today)
        for r in session.execute(query)
    ]


def open_follow_ups(session: Session, customer_id: int) -> list[FollowUp]:
    return list(
        session.scalars(
            select(FollowUp)
            .where(and_(FollowUp.customer_id == customer_id, FollowUp.done_at.is_(None)))
            .order_by(FollowUp.due_on, FollowUp.id)
        )
    )
