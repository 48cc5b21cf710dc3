"""Intent levels and lost sales: the consultant's grading of a prospect, the follow-up it
implies, and the manager's approval of a lost sale.

Invariants: a customer's level changes only here, and every change is one ``intent``
interaction on the timeline; level F is reached only by an approved lost sale; an approved
lost prospect has no open follow-up (they are closed on approval), so it leaves every
follow-up list; a customer has at most one pending lost-sale request.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from showroom.core.errors import ConflictError, DomainError, ValidationError
from showroom.core.ids import CustomerId, UserId, is_record_id
from showroom.core.text import clean_line
from showroom.customers.follow_ups import LoggedContact
from showroom.customers.follow_ups import log_contact as log_customer_contact
from showroom.customers.service import get_customer
from showroom.customers.visits import CONTACT_CHANNELS
from showroom.kernel.access import require, visible_customers
from showroom.kernel.audit import record
from showroom.kernel.clock import local_day
from showroom.kernel.permissions import Action, allowed
from showroom.kernel.settings import ShowroomSettings
from showroom.kernel.settings_store import load_settings
from showroom.sales.domain import (
    GRADED,
    REASON_TEXT,
    SETTABLE_BY_HAND,
    WITH_INTERVAL,
    IntentLevel,
    LostDraft,
    LostReason,
    LostState,
    check_interval,
    check_lost,
    next_follow_up_day,
    parse_level,
    setting_key,
)
from showroom.storage.models import Customer, FollowUp, Interaction, LostSale, Setting, User
from showroom.storage.types import utc_now

INTENT_KIND = "intent"
LOST_KIND = "lost"


# --- intervals ----------------------------------------------------------------------------
def intervals(settings: ShowroomSettings) -> dict[IntentLevel, int]:
    """The follow-up interval of each level that has one, in days."""
    return {level: int(getattr(settings, setting_key(level))) for level in WITH_INTERVAL}


def set_intervals(
    session: Session, actor_id: UserId | None, days: dict[IntentLevel, object]
) -> dict[IntentLevel, int]:
    """A manager's new intervals (1-90 days each); audited; the database is unchanged on a
    bad value. Returns every level's interval after the change."""
    require(session, actor_id, Action.SET_FOLLOW_UP_INTERVALS)
    checked = {
        parse_level(level): check_interval(parse_level(level), d) for level, d in days.items()
    }
    before = intervals(load_settings(session))
    for level, value in checked.items():
        key = setting_key(level)
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=str(value)))
        else:
            row.value = str(value)
    changes = {setting_key(lv): (before[lv], v) for lv, v in checked.items() if before[lv] != v}
    if changes:
        record(session, actor_id, "update", "settings", None, "Follow-up intervals", changes)
    session.flush()
    return {**before, **checked}


# --- levels -------------------------------------------------------------------------------
def set_intent_level(
    session: Session,
    customer_id: int,
    level: str,
    actor_id: UserId | None,
    *,
    now: datetime | None = None,
) -> IntentLevel:
    """Grade a prospect (H/A/B/C, back to N, or O); one timeline entry per change.

    F is refused: a lost sale goes through :func:`mark_lost` and the manager.
    """
    now = now or utc_now()
    require(session, actor_id, Action.EDIT_CUSTOMER, customer_id)
    customer = get_customer(session, customer_id)
    new = parse_level(level)
    if new not in SETTABLE_BY_HAND:
        raise ValidationError("intent level", "F is set by marking the prospect lost")
    old = IntentLevel(customer.intent_level)
    if old is IntentLevel.F:
        raise DomainError("This prospect is lost; reactivate it first.")
    if new is not old and count_pending_lost(session, None, customer.id):
        # The manager decides on the level the request was made at.
        raise DomainError("This prospect waits for the manager's decision on a lost sale.")
    if new is not old:
        _change_level(session, customer, old, new, actor_id, now)
    return new


def _change_level(
    session: Session,
    customer: Customer,
    old: IntentLevel,
    new: IntentLevel,
    actor_id: int | None,
    now: datetime,
    why: str = "",
) -> None:
    customer.intent_level = new.value
    customer.updated_at = now
    summary = f"Intent level {old.value} → {new.value}" + (f": {why}" if why else "")
    session.add(
        Interaction(
            customer_id=customer.id, user_id=actor_id, kind=INTENT_KIND, occurred_at=now,
            summary=summary[:500],
        )
    )  # fmt: skip
    session.flush()


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
    level: str | None = None,
    follow_up_id: int | None = None,
    now: datetime | None = None,
) -> LoggedContact:
    """Log a contact (showroom.customers.follow_ups.log_contact), first regrading the
    prospect to ``level`` if given; without an explicit ``next_follow_up`` the next one is
    scheduled from the level's interval."""
    now = now or utc_now()
    if level is not None:
        set_intent_level(session, customer_id, level, actor_id, now=now)
    customer = get_customer(session, customer_id)
    days = intervals(settings).get(IntentLevel(customer.intent_level))
    return log_customer_contact(
        session, customer_id, channel, outcome, note, next_follow_up, actor_id, settings,
        follow_up_id=follow_up_id, now=now, interval_days=days,
    )  # fmt: skip


def next_contact_day(today: date, level: IntentLevel, settings: ShowroomSettings) -> date | None:
    """When a contact today makes the next follow-up fall due (shown by the dialogs)."""
    return next_follow_up_day(today, level, intervals(settings))


# --- overdue ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class OverdueProspect:
    customer_id: CustomerId
    name: str
    level: IntentLevel
    consultant: str | None
    last_contact: datetime
    due_on: date  # the last contact's day plus the level's interval


def _overdue_query(
    session: Session,
    actor_id: UserId | None,
    today: date,
    settings: ShowroomSettings,
    consultant_id: int | None,
) -> tuple[Select[int, str, str, str | None, datetime], dict[IntentLevel, int]]:
    """The graded prospects whose last contact is longer ago than their interval. The last
    contact is the newest contact on the timeline (a call, message, e-mail, visit or note),
    else the card's creation."""
    zone = ZoneInfo(settings.timezone)
    days = intervals(settings)
    last = (
        select(func.max(Interaction.occurred_at))
        .where(Interaction.customer_id == Customer.id, Interaction.kind.in_(CONTACT_CHANNELS))
        .correlate(Customer)
        .scalar_subquery()
    )
    contact = func.coalesce(last, Customer.created_at)

    def cutoff(level: IntentLevel) -> datetime:
        # Overdue when the contact's day + interval < today: the contact was before the
        # start of (today - interval) on the showroom's wall clock.
        return datetime.combine(today - timedelta(days=days[level]), time(0), zone)

    late = or_(*(and_(Customer.intent_level == lv.value, contact < cutoff(lv)) for lv in GRADED))
    query = (
        select(Customer.id, Customer.full_name, Customer.intent_level, User.display_name, contact)
        .outerjoin(User, User.id == Customer.assigned_consultant_id)
        .where(Customer.intent_level.in_([lv.value for lv in GRADED]), late)
    )
    scope = visible_customers(session, actor_id)
    if scope is not None:
        query = query.where(scope)
    if consultant_id is not None:
        query = query.where(Customer.assigned_consultant_id == consultant_id)
    return query, days


def overdue_prospects(
    session: Session,
    actor_id: UserId | None,
    today: date,
    settings: ShowroomSettings,
    consultant_id: int | None = None,
    limit: int = 500,
) -> list[OverdueProspect]:
    """Graded prospects (H/A/B/C) past their interval, longest overdue first."""
    query, days = _overdue_query(session, actor_id, today, settings, consultant_id)
    zone = ZoneInfo(settings.timezone)
    rows = []
    for cid, name, level, consultant, at in session.execute(
        query.order_by(query.selected_columns[4], Customer.id).limit(limit)
    ):
        grade = IntentLevel(level)
        due = local_day(at, zone) + timedelta(days=days[grade])
        rows.append(OverdueProspect(CustomerId(cid), name, grade, consultant, at, due))
    return rows


def count_overdue(
    session: Session,
    actor_id: UserId | None,
    today: date,
    settings: ShowroomSettings,
    consultant_id: int | None = None,
) -> int:
    """How many prospects :func:`overdue_prospects` would list (without its limit)."""
    query, _ = _overdue_query(session, actor_id, today, settings, consultant_id)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def count_pending_lost(
    session: Session, actor_id: UserId | None, customer_id: int | None = None
) -> int:
    """Lost-sale requests waiting for a manager (a consultant: of their customers)."""
    query = (
        select(func.count(LostSale.id))
        .join(Customer, Customer.id == LostSale.customer_id)
        .where(LostSale.state == LostState.PENDING)
    )
    if customer_id is not None:
        query = query.where(LostSale.customer_id == customer_id)
    scope = visible_customers(session, actor_id)
    if scope is not None:
        query = query.where(scope)
    return session.scalar(query) or 0


# --- lost sales ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LostSaleRow:
    id: int
    customer_id: CustomerId
    customer_name: str
    consultant: str | None
    reason: LostReason
    reason_text: str
    competitor: str | None
    note: str | None
    state: LostState
    requested_at: datetime
    decision_note: str | None
    version: int


def mark_lost(
    session: Session,
    customer_id: int,
    draft: LostDraft,
    actor_id: UserId | None,
    *,
    now: datetime | None = None,
) -> LostSaleRow:
    """Mark a prospect lost with a reason. A consultant's mark waits for the manager
    (pending); a manager's (or the command line's) is approved at once."""
    now = now or utc_now()
    user = require(session, actor_id, Action.EDIT_CUSTOMER, customer_id)
    customer = get_customer(session, customer_id)
    reason, brand, model, note = check_lost(draft)
    level = IntentLevel(customer.intent_level)
    if level is IntentLevel.F:
        raise DomainError("This prospect is already lost.")
    pending = session.scalar(
        select(LostSale.id).where(
            LostSale.customer_id == customer.id, LostSale.state == LostState.PENDING
        )
    )
    if pending is not None:
        raise DomainError("This prospect already waits for the manager's decision on a lost sale.")
    lost = LostSale(
        customer_id=customer.id, consultant_id=customer.assigned_consultant_id,
        reason=reason.value, competitor_brand=brand, competitor_model=model, note=note,
        level_before=level.value, state=LostState.PENDING.value, requested_at=now,
        requested_by_id=actor_id,
    )  # fmt: skip
    session.add(lost)
    session.add(
        Interaction(
            customer_id=customer.id, user_id=actor_id, kind=LOST_KIND, occurred_at=now,
            summary=f"Marked lost: {_reason_line(lost)}"[:500],
        )
    )  # fmt: skip
    session.flush()
    if user is None or allowed(user.role, Action.APPROVE_LOST_SALE):
        _approve(session, lost, customer, actor_id, None, now)
    return _row(session, lost)


def approve_lost(
    session: Session,
    lost_id: int,
    version: int,
    actor_id: UserId | None,
    note: str = "",
    *,
    now: datetime | None = None,
) -> LostSaleRow:
    """The manager agrees: the prospect goes to level F and its open follow-ups close."""
    now = now or utc_now()
    require(session, actor_id, Action.APPROVE_LOST_SALE)
    lost = _pending(session, lost_id, version)
    text = clean_line(note, "note", max_length=300) or None
    _approve(session, lost, get_customer(session, lost.customer_id), actor_id, text, now)
    return _row(session, lost)


def return_lost(
    session: Session,
    lost_id: int,
    version: int,
    actor_id: UserId | None,
    note: str,
    *,
    now: datetime | None = None,
) -> LostSaleRow:
    """The manager sends the request back with a note; the prospect stays at its level."""
    now = now or utc_now()
    require(session, actor_id, Action.APPROVE_LOST_SALE)
    text = clean_line(note, "note", max_length=300)
    if not text:
        raise ValidationError("note", "must say why the lost sale is sent back")
    lost = _pending(session, lost_id, version)
    lost.state = LostState.RETURNED.value
    lost.decided_at, lost.decided_by_id, lost.decision_note = now, actor_id, text
    session.add(
        Interaction(
            customer_id=lost.customer_id, user_id=actor_id, kind=LOST_KIND, occurred_at=now,
            summary=f"Lost sale sent back: {text}"[:500],
        )
    )  # fmt: skip
    session.flush()
    return _row(session, lost)


def reactivate(
    session: Session,
    customer_id: int,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> IntentLevel:
    """Take a lost prospect up again: back to the level it had, with a next-day follow-up."""
    now = now or utc_now()
    require(session, actor_id, Action.EDIT_CUSTOMER, customer_id)
    customer = get_customer(session, customer_id)
    if customer.intent_level != IntentLevel.F:
        raise DomainError("This prospect is not lost.")
    lost = session.scalars(
        select(LostSale)
        .where(LostSale.customer_id == customer.id, LostSale.state == LostState.APPROVED)
        .order_by(LostSale.decided_at.desc(), LostSale.id.desc())
        .limit(1)
    ).first()
    level = IntentLevel(lost.level_before) if lost else IntentLevel.N
    if lost is not None:
        lost.state = LostState.REACTIVATED.value
    _change_level(session, customer, IntentLevel.F, level, actor_id, now, "reactivated")
    today = local_day(now, ZoneInfo(settings.timezone))
    session.add(
        FollowUp(
            customer_id=customer.id, kind="follow_up", reason="Reactivated prospect",
            due_on=today + timedelta(days=1), assigned_to_id=customer.assigned_consultant_id,
            origin="reactivated", created_by_id=actor_id,
        )
    )  # fmt: skip
    session.flush()
    return level


def lost_sales(
    session: Session,
    actor_id: UserId | None,
    state: LostState | None = None,
    limit: int = 500,
) -> list[LostSaleRow]:
    """Lost-sale requests, newest first (a consultant sees those of their customers)."""
    query = (
        select(LostSale)
        .join(Customer, Customer.id == LostSale.customer_id)
        .order_by(LostSale.requested_at.desc(), LostSale.id.desc())
        .limit(limit)
    )
    scope = visible_customers(session, actor_id)
    if scope is not None:
        query = query.where(scope)
    if state is not None:
        query = query.where(LostSale.state == state.value)
    return [_row(session, lost) for lost in session.scalars(query)]


def _pending(session: Session, lost_id: int, version: int) -> LostSale:
    lost = session.get(LostSale, lost_id) if is_record_id(lost_id) else None
    if lost is None:
        raise DomainError("There is no lost sale with number {lost_id}.", lost_id=lost_id)
    if lost.version != version:
        raise ConflictError("Someone decided on this lost sale meanwhile; reload it.")
    if lost.state != LostState.PENDING:
        raise DomainError("This lost sale was already decided.")
    return lost


def _approve(
    session: Session,
    lost: LostSale,
    customer: Customer,
    actor_id: int | None,
    note: str | None,
    now: datetime,
) -> None:
    lost.state = LostState.APPROVED.value
    lost.decided_at, lost.decided_by_id, lost.decision_note = now, actor_id, note
    for task in session.scalars(
        select(FollowUp).where(FollowUp.customer_id == customer.id, FollowUp.done_at.is_(None))
    ):
        task.done_at, task.done_by_id, task.result = now, actor_id, "Closed: prospect lost"
    _change_level(
        session, customer, IntentLevel(customer.intent_level), IntentLevel.F, actor_id, now,
        "lost sale approved",
    )  # fmt: skip


def _reason_line(lost: LostSale) -> str:
    reason = LostReason(lost.reason)
    text = REASON_TEXT[reason]
    if lost.competitor_brand:
        text += f" ({lost.competitor_brand} {lost.competitor_model or ''})".rstrip()
    if lost.note:
        text += f": {lost.note}"
    return text


def _row(session: Session, lost: LostSale) -> LostSaleRow:
    customer = session.get(Customer, lost.customer_id)
    consultant = session.get(User, lost.consultant_id) if lost.consultant_id else None
    competitor = (
        f"{lost.competitor_brand} {lost.competitor_model or ''}".strip()
        if lost.competitor_brand
        else None
    )
    reason = LostReason(lost.reason)
    return LostSaleRow(
        lost.id, CustomerId(lost.customer_id), customer.full_name if customer else "",
        consultant.display_name if consultant else None, reason, REASON_TEXT[reason],
        competitor, lost.note, LostState(lost.state), lost.requested_at, lost.decision_note,
        lost.version,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class IntentView:
    """What the customer card shows of the sales side."""

    level: IntentLevel
    version: int  # the customer's row version after the last change
    pending_lost: bool  # a lost-sale request waits for the manager


def intent_view(session: Session, customer_id: int, actor_id: UserId | None) -> IntentView:
    require(session, actor_id, Action.VIEW_CUSTOMER, customer_id)
    customer = get_customer(session, customer_id)
    pending = session.scalar(
        select(LostSale.id).where(
            LostSale.customer_id == customer.id, LostSale.state == LostState.PENDING
        )
    )
    return IntentView(IntentLevel(customer.intent_level), customer.version, pending is not None)
