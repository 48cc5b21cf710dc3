"""Delivery ceremonies: planning without double booking, the ceremony plan, the PDI, the
documents and keys handed over, "we owe" items, completion and satisfaction calls.

Invariants:

- No bay and no consultant is held by two planned or completed deliveries at overlapping
  times. The service checks inside the caller's unit of work (on SQLite begun with
  ``BEGIN IMMEDIATE``, so no other writer interleaves); the database refuses an overlap too
  (exclusion constraints on PostgreSQL, triggers on SQLite, migration 0008). Either way the
  caller gets a :class:`DeliveryConflict` naming who holds the slot.
- A deal has at most one planned delivery at a time.
- Completing is refused with :class:`DeliveryBlocked` while the deal's purchase, insurance or
  licensing checklist is open, unless a manager gives a written reason; the reason and the
  manager are kept on the delivery and in the audit trail.
- Completing marks the car delivered, the customer an owner and the deal completed, puts
  the handover on the timeline and schedules the satisfaction calls of the delivery cadence.
- A satisfaction score of 2 or less gives a manager a task to call the customer back.

Every function takes a Session first and never commits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from showroom.core.errors import ConflictError, DomainError, NotFound, ValidationError
from showroom.core.ids import CustomerId, UserId, is_record_id
from showroom.core.phrase import M_, Phrase
from showroom.core.text import clean_line
from showroom.customers.follow_ups import schedule_cadence
from showroom.deals.checklist import CHECKLIST_TITLES, ChecklistKind, ItemState
from showroom.deals.domain import DealStatus
from showroom.deliveries import domain as rules
from showroom.deliveries.domain import (
    BLOCKING_CHECKLISTS,
    ITEM_KIND_TITLES,
    DeliveryStatus,
    ItemKind,
    Readiness,
)
from showroom.kernel import audit
from showroom.kernel.access import require
from showroom.kernel.clock import local_day
from showroom.kernel.conflicts import flush_checked
from showroom.kernel.permissions import Action, is_manager
from showroom.kernel.settings import MAX_BAY, ShowroomSettings, parse_list
from showroom.kernel.slots import (
    DELIVERY_SLOTS,
    SlotConflict,
    consultant_commitments,
    flush_guarded,
    holding,
)
from showroom.kernel.tasks import create_task
from showroom.storage.models import (
    Customer,
    Deal,
    DealItem,
    Delivery,
    DeliveryItem,
    FollowUp,
    Interaction,
    OwedItem,
    SatisfactionCall,
    User,
    Vehicle,
)
from showroom.storage.types import utc_now
from showroom.vehicles.domain import StockStatus

PAST_GRACE = timedelta(minutes=15)


class DeliveryNotFound(NotFound):
    def __init__(self, delivery_id: int) -> None:
        super().__init__("There is no delivery with number {delivery_id}.", delivery_id=delivery_id)
        self.delivery_id = delivery_id


@dataclass(frozen=True, slots=True)
class DeliveryHolder:
    """A delivery that holds the bay or the consultant asked for."""

    delivery_id: int
    clash: str  # "bay" or "consultant"
    bay: str
    consultant_name: str
    customer_name: str
    start: datetime
    end: datetime


class DeliveryConflict(SlotConflict):
    """The bay or the consultant is taken; ``holders`` says by which deliveries."""

    def __init__(
        self, holders: list[DeliveryHolder], zone: ZoneInfo, *, by_database: bool = False
    ) -> None:
        parts = tuple(_describe(h, zone) for h in holders) or (
            (
                M_(
                    "Another delivery took this bay or consultant a moment ago; "
                    "choose another time."
                ),
                {},
            ),
        )
        # The screens show ``phrase`` translated (ui/i18n/messages.py); str() is the English.
        self.phrase = Phrase(parts, separator=" ")
        super().__init__(str(self.phrase))
        self.holders = holders
        self.by_database = by_database


def _describe(holder: DeliveryHolder, zone: ZoneInfo) -> tuple[str, Mapping[str, object]]:
    s, e = holder.start.astimezone(zone), holder.end.astimezone(zone)
    span = Phrase.of(M_("from {start:%H:%M} to {end:%H:%M} on {start:%a %d %b}"), start=s, end=e)
    names = {
        "bay": holder.bay,
        "consultant": holder.consultant_name,
        "customer": holder.customer_name,
        "span": span,
    }
    if holder.clash == "bay":
        return M_("{bay} is booked {span} for the delivery to {customer}."), names
    if holder.clash == "test drive":
        return M_("{consultant} is on a test drive with {customer} {span}."), names
    return M_("{consultant} hands over a car to {customer} {span} ({bay})."), names


class DeliveryBlocked(DomainError):
    """The deal's checklists are open; ``open_checklists`` names them with their progress."""

    def __init__(self, delivery_id: int, open_checklists: list[str]) -> None:
        super().__init__(
            "Delivery {delivery_id} cannot be completed while the deal's checklists are open: {choices}. A manager can override with a written reason.",
            delivery_id=delivery_id,
            choices=", ".join(open_checklists),
        )
        self.open_checklists = open_checklists


# --- conflicts ---------------------------------------------------------------------------------
def find_conflicts(
    session: Session,
    bay: str,
    consultant_id: int,
    start: datetime,
    end: datetime,
    exclude_id: int | None = None,
) -> list[DeliveryHolder]:
    """The deliveries that hold ``bay`` or ``consultant_id`` between start and end."""
    consultant = aliased(User)
    query = (
        select(
            Delivery.id,
            Delivery.bay,
            Delivery.consultant_id,
            consultant.display_name,
            Customer.full_name,
            Delivery.starts_at,
            Delivery.ends_at,
        )
        .join(Customer, Customer.id == Delivery.customer_id)
        .join(consultant, consultant.id == Delivery.consultant_id)
        .where(
            *holding(DELIVERY_SLOTS, start, end),
            or_(Delivery.bay == bay, Delivery.consultant_id == consultant_id),
        )
        .order_by(Delivery.starts_at, Delivery.id)
    )
    if exclude_id is not None:
        query = query.where(Delivery.id != exclude_id)
    holders: list[DeliveryHolder] = []
    for did, row_bay, row_consultant, name, customer, s, e in session.execute(query):
        if row_bay == bay:
            holders.append(DeliveryHolder(did, "bay", row_bay, name, customer, s, e))
        if row_consultant == consultant_id:
            holders.append(DeliveryHolder(did, "consultant", row_bay, name, customer, s, e))
    return holders


def _test_drive_clashes(
    session: Session, _bay: str, consultant_id: int, start: datetime, end: datetime
) -> list[DeliveryHolder]:
    """The consultant's other commitments at that time (test drives, and whatever other slot
    table the kernel declares); their clash is the table's kind, e.g. "test drive"."""
    return [
        DeliveryHolder(
            c.record_id, c.table.kind, c.place, c.consultant_name, c.customer_name, c.start, c.end
        )
        for c in consultant_commitments(session, consultant_id, start, end, besides=DELIVERY_SLOTS)
    ]


def _write_guarded(
    session: Session,
    slot: tuple[str, int, datetime, datetime],
    settings: ShowroomSettings,
    exclude_id: int | None,
    apply: Callable[[], None],
) -> None:
    """Check the slot (bay, consultant, start, end) for a clash, then ``apply`` the change
    and flush it in a savepoint; turn the database's refusal (another PC won the slot
    between our check and our write) into a DeliveryConflict. The change is applied inside
    the savepoint because beginning one flushes what is pending."""
    zone = ZoneInfo(settings.timezone)
    holders = find_conflicts(session, *slot, exclude_id) or _test_drive_clashes(session, *slot)
    if holders:
        raise DeliveryConflict(holders, zone)

    def refused() -> DeliveryConflict:
        return DeliveryConflict(find_conflicts(session, *slot, exclude_id), zone, by_database=True)

    try:
        flush_guarded(session, apply, refused)
    except StaleDataError:
        raise ConflictError(
            "This delivery was changed on another PC a moment ago; look again."
        ) from None


# --- planning ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DeliveryDraft:
    """A delivery as entered in the planner."""

    deal_id: int | None
    start: datetime | None
    bay: str
    consultant_id: int | None
    minutes: int | None = None
    manager_id: int | None = None
    service_adviser: str = ""
    party: str = ""
    notes: str = ""


def get_delivery(session: Session, delivery_id: int) -> Delivery:
    delivery = session.get(Delivery, delivery_id) if is_record_id(delivery_id) else None
    if delivery is None:
        raise DeliveryNotFound(delivery_id)
    return delivery


def _for_change(session: Session, delivery_id: int, expected_version: int) -> Delivery:
    delivery = get_delivery(session, delivery_id)
    if delivery.version != expected_version:
        raise ConflictError(
            "Delivery {id} was changed on another PC a moment ago; look again.", id=delivery.id
        )
    return delivery


def bays(settings: ShowroomSettings) -> tuple[str, ...]:
    return parse_list(settings.delivery_bays, "delivery bays", max_length=MAX_BAY)


def _check_user(session: Session, user_id: int | None, field: str, *, manager: bool) -> User:
    if user_id is None:
        raise ValidationError(field, "must be chosen")
    user = session.get(User, user_id) if is_record_id(user_id) else None
    if user is None:
        raise ValidationError(field, "there is no user with number {user_id}", user_id=user_id)
    if not user.active:
        raise ValidationError(
            field, "{display_name} no longer works here", display_name=user.display_name
        )
    if manager and not is_manager(user.role):
        raise ValidationError(
            field, "{display_name} is not a manager", display_name=user.display_name
        )
    return user


def _valid(
    session: Session, draft: DeliveryDraft, settings: ShowroomSettings, now: datetime
) -> tuple[datetime, datetime, str, User, User | None]:
    if draft.start is None:
        raise ValidationError("date and time", "must be given")
    if draft.start.tzinfo is None:
        raise ValueError("a delivery's start must know its time zone")
    start = draft.start.astimezone(UTC)
    if start < now - PAST_GRACE:
        raise ValidationError("date and time", "must not be in the past")
    end = rules.ends_at(start, draft.minutes or settings.delivery_minutes)
    bay = " ".join(draft.bay.split())
    known = bays(settings)
    if bay not in known:
        raise ValidationError(
            "bay", "must be one of the delivery bays: {choices}", choices=", ".join(known)
        )
    consultant = _check_user(session, draft.consultant_id, "consultant", manager=False)
    manager = (
        _check_user(session, draft.manager_id, "manager", manager=True)
        if draft.manager_id is not None
        else None
    )
    return start, end, bay, consultant, manager


def plan_delivery(
    session: Session,
    draft: DeliveryDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> int:
    """Plan the delivery of an open deal; copies the ceremony, PDI and documents templates.

    Raises DeliveryConflict if the bay or consultant is taken, ValidationError for a broken
    rule, DomainError if the deal is not open or already has a planned delivery."""
    now = now or utc_now()
    if draft.deal_id is None or not is_record_id(draft.deal_id):
        raise ValidationError("deal", "choose the deal whose car is delivered")
    deal = session.get(Deal, draft.deal_id)
    if deal is None:
        raise ValidationError(
            "deal", "there is no deal with number {deal_id}", deal_id=draft.deal_id
        )
    require(session, actor_id, Action.PLAN_DELIVERY, deal.customer_id)
    if deal.status != DealStatus.OPEN.value:
        raise DomainError(
            "Deal {id} is {status}; its car cannot be delivered again.",
            id=deal.id,
            status=deal.status,
        )
    already = session.scalar(
        select(Delivery.id).where(
            Delivery.deal_id == deal.id, Delivery.status == DeliveryStatus.PLANNED.value
        )
    )
    if already is not None:
        raise DomainError(
            "Deal {id} has delivery {already} planned already; move that one instead.",
            id=deal.id,
            already=already,
        )
    start, end, bay, consultant, manager = _valid(session, draft, settings, now)
    delivery = Delivery(
        deal_id=deal.id,
        customer_id=deal.customer_id,
        bay=bay,
        consultant_id=consultant.id,
        manager_id=manager.id if manager else None,
        service_adviser=clean_line(draft.service_adviser, "service adviser", max_length=120)
        or None,
        party=clean_line(draft.party, "attendees", max_length=300) or None,
        notes=clean_line(draft.notes, "notes", max_length=500) or None,
        starts_at=start,
        ends_at=end,
        status=DeliveryStatus.PLANNED.value,
        keys_count=2,
        created_at=now,
        created_by_id=actor_id,
    )
    _write_guarded(
        session, (bay, consultant.id, start, end), settings, None, lambda: session.add(delivery)
    )
    templates = {
        ItemKind.CEREMONY: settings.delivery_ceremony_template,
        ItemKind.PDI: settings.delivery_pdi_template,
        ItemKind.DOCUMENTS: settings.delivery_documents_template,
    }
    for kind, raw in templates.items():
        for position, title in enumerate(parse_list(raw, ITEM_KIND_TITLES[kind])):
            session.add(
                DeliveryItem(
                    delivery_id=delivery.id,
                    kind=kind.value,
                    position=position,
                    title=title,
                    responsible_id=consultant.id if kind is ItemKind.CEREMONY else None,
                )
            )
    zone = ZoneInfo(settings.timezone)
    _timeline(
        session,
        deal.customer_id,
        actor_id,
        now,
        f"Delivery planned for {start.astimezone(zone):%a %d %b %Y %H:%M} in {bay} "
        f"with {consultant.display_name}",
    )
    audit.record(
        session,
        actor_id,
        "plan_delivery",
        "delivery",
        delivery.id,
        f"Deal {deal.id}, {bay}, {start.astimezone(zone):%Y-%m-%d %H:%M}",
    )
    session.flush()
    return delivery.id


def reschedule_delivery(
    session: Session,
    delivery_id: int,
    expected_version: int,
    draft: DeliveryDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> None:
    """Change a planned delivery's time, bay, consultant or attendees (same guarantees)."""
    now = now or utc_now()
    delivery = _for_change(session, delivery_id, expected_version)
    require(session, actor_id, Action.PLAN_DELIVERY, delivery.customer_id)
    rules.require_planned(delivery.status, delivery.id)
    start, end, bay, consultant, manager = _valid(session, draft, settings, now)
    before = {
        "starts_at": delivery.starts_at,
        "bay": delivery.bay,
        "consultant_id": delivery.consultant_id,
    }
    adviser = clean_line(draft.service_adviser, "service adviser", max_length=120) or None
    party = clean_line(draft.party, "attendees", max_length=300) or None
    notes = clean_line(draft.notes, "notes", max_length=500) or None

    def apply() -> None:
        delivery.starts_at, delivery.ends_at, delivery.bay = start, end, bay
        delivery.consultant_id = consultant.id
        delivery.manager_id = manager.id if manager else None
        delivery.service_adviser, delivery.party, delivery.notes = adviser, party, notes

    _write_guarded(session, (bay, consultant.id, start, end), settings, delivery.id, apply)
    after = {"starts_at": start, "bay": bay, "consultant_id": consultant.id}
    changes = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    audit.record(
        session, actor_id, "edit_delivery", "delivery", delivery.id, "Delivery changed", changes
    )
    flush_checked(session, f"Delivery {delivery.id} was changed on another PC a moment ago.")


def cancel_delivery(
    session: Session,
    delivery_id: int,
    expected_version: int,
    reason: str,
    actor_id: UserId | None,
    *,
    now: datetime | None = None,
) -> None:
    """Call a planned delivery off, saying why; its bay and consultant are free again."""
    now = now or utc_now()
    delivery = _for_change(session, delivery_id, expected_version)
    require(session, actor_id, Action.PLAN_DELIVERY, delivery.customer_id)
    rules.require_planned(delivery.status, delivery.id)
    text = clean_line(reason, "reason", max_length=300)
    if not text:
        raise ValidationError("reason", "say why the delivery is cancelled")
    delivery.status = DeliveryStatus.CANCELLED.value
    delivery.cancel_reason = text
    _timeline(session, delivery.customer_id, actor_id, now, f"Delivery cancelled: {text}")
    audit.record(session, actor_id, "cancel_delivery", "delivery", delivery.id, text)
    flush_checked(session, f"Delivery {delivery.id} was changed on another PC a moment ago.")


def _timeline(
    session: Session, customer_id: int, actor_id: int | None, now: datetime, text: str
) -> None:
    session.add(
        Interaction(
            customer_id=customer_id,
            user_id=actor_id,
            kind="delivery",
            occurred_at=now,
            summary=text[:500],
        )
    )


# --- the lists: ceremony, PDI, documents -------------------------------------------------------
def _item_for_change(
    session: Session, item_id: int, expected_version: int, actor_id: int | None
) -> tuple[DeliveryItem, Delivery]:
    item = session.get(DeliveryItem, item_id) if is_record_id(item_id) else None
    if item is None:
        raise DomainError("There is no delivery item with number {item_id}.", item_id=item_id)
    delivery = get_delivery(session, item.delivery_id)
    require(session, actor_id, Action.PLAN_DELIVERY, delivery.customer_id)
    rules.require_planned(delivery.status, delivery.id)
    if item.version != expected_version:
        raise ConflictError(
            "“{title}” was changed on another PC a moment ago; look again.", title=item.title
        )
    return item, delivery


def tick_item(
    session: Session,
    item_id: int,
    expected_version: int,
    done: bool,
    actor_id: UserId | None,
    *,
    now: datetime | None = None,
) -> None:
    """Tick (or untick) a ceremony element, a PDI check or a document handed over."""
    now = now or utc_now()
    item, delivery = _item_for_change(session, item_id, expected_version, actor_id)
    if done and item.done_at is None:
        item.done_at, item.done_by_id = now, actor_id
    elif not done and item.done_at is not None:
        item.done_at, item.done_by_id = None, None
    audit.record(
        session,
        actor_id,
        "tick_delivery_item" if done else "untick_delivery_item",
        "delivery",
        delivery.id,
        f"{ITEM_KIND_TITLES[ItemKind(item.kind)]}: {item.title}",
    )
    flush_checked(session, f"“{item.title}” was changed on another PC a moment ago; look again.")


def set_item_responsible(
    session: Session,
    item_id: int,
    expected_version: int,
    responsible_id: int | None,
    actor_id: UserId | None,
) -> None:
    """Say who sees to a ceremony element (None: nobody yet)."""
    item, _delivery = _item_for_change(session, item_id, expected_version, actor_id)
    if responsible_id is not None:
        _check_user(session, responsible_id, "responsible", manager=False)
    item.responsible_id = responsible_id
    flush_checked(session, f"“{item.title}” was changed on another PC a moment ago; look again.")


def add_item(
    session: Session, delivery_id: int, kind: ItemKind, title: str, actor_id: UserId | None
) -> int:
    """Add a line to this delivery's list only (the template stays as it is)."""
    delivery = get_delivery(session, delivery_id)
    require(session, actor_id, Action.PLAN_DELIVERY, delivery.customer_id)
    rules.require_planned(delivery.status, delivery.id)
    text = clean_line(title, "title", max_length=rules.MAX_TITLE)
    if not text:
        raise ValidationError("title", "must not be empty")
    last = session.scalar(
        select(func.max(DeliveryItem.position)).where(
            DeliveryItem.delivery_id == delivery.id, DeliveryItem.kind == kind.value
        )
    )
    item = DeliveryItem(
        delivery_id=delivery.id,
        kind=kind.value,
        position=(last if last is not None else -1) + 1,
        title=text,
        responsible_id=delivery.consultant_id if kind is ItemKind.CEREMONY else None,
    )
    session.add(item)
    session.flush()
    return item.id


def set_handover(
    session: Session,
    delivery_id: int,
    expected_version: int,
    keys_count: int,
    odometer_km: int | None,
    actor_id: UserId | None,
) -> None:
    """Record the keys handed over and the odometer at handover."""
    delivery = _for_change(session, delivery_id, expected_version)
    require(session, actor_id, Action.PLAN_DELIVERY, delivery.customer_id)
    rules.require_planned(delivery.status, delivery.id)
    delivery.keys_count = rules.check_keys(keys_count)
    if odometer_km is not None and not 0 <= odometer_km <= 2_000_000:
        raise ValidationError("odometer", "must be from 0 to 2,000,000 km")
    delivery.odometer_km = odometer_km
    flush_checked(session, f"Delivery {delivery.id} was changed on another PC a moment ago.")


# --- we owe ------------------------------------------------------------------------------------
def add_owed(
    session: Session,
    delivery_id: int,
    text: str,
    promised_on: date | None,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> int:
    """Something still owed to the customer, with the date it was promised for."""
    now = now or utc_now()
    delivery = get_delivery(session, delivery_id)
    require(session, actor_id, Action.PLAN_DELIVERY, delivery.customer_id)
    if delivery.status == DeliveryStatus.CANCELLED.value:
        raise DomainError("Delivery {id} is cancelled.", id=delivery.id)
    today = local_day(now, ZoneInfo(settings.timezone))
    item = OwedItem(
        delivery_id=delivery.id,
        customer_id=delivery.customer_id,
        text=rules.check_owed_text(text),
        promised_on=rules.check_promised(promised_on, today),
        created_at=now,
        created_by_id=actor_id,
    )
    session.add(item)
    session.flush()
    audit.record(session, actor_id, "add_owed", "delivery", delivery.id, f"We owe: {item.text}")
    return item.id


def complete_owed(
    session: Session,
    owed_id: int,
    expected_version: int,
    actor_id: UserId | None,
    *,
    now: datetime | None = None,
) -> None:
    """Mark a "we owe" item done: it leaves the customer card and the dashboard."""
    now = now or utc_now()
    item = session.get(OwedItem, owed_id) if is_record_id(owed_id) else None
    if item is None:
        raise DomainError("There is no “we owe” item with number {owed_id}.", owed_id=owed_id)
    require(session, actor_id, Action.PLAN_DELIVERY, item.customer_id)
    if item.version != expected_version:
        raise ConflictError(
            "“{text}” was changed on another PC a moment ago; look again.", text=item.text
        )
    if item.done_at is not None:
        raise DomainError("“{text}” was done already.", text=item.text)
    item.done_at, item.done_by_id = now, actor_id
    _timeline(session, item.customer_id, actor_id, now, f"We owed: {item.text} — done")
    audit.record(session, actor_id, "complete_owed", "delivery", item.delivery_id, item.text)
    flush_checked(session, f"“{item.text}” was changed on another PC a moment ago; look again.")


@dataclass(frozen=True, slots=True)
class OwedRow:
    id: int
    version: int
    delivery_id: int
    customer_id: CustomerId
    customer_name: str
    text: str
    promised_on: date | None
    done_at: datetime | None
    consultant: str | None

    def overdue(self, today: date) -> bool:
        return self.done_at is None and self.promised_on is not None and self.promised_on < today


def owed_items(
    session: Session,
    *,
    customer_id: int | None = None,
    delivery_id: int | None = None,
    open_only: bool = True,
    limit: int | None = None,
) -> list[OwedRow]:
    """ "We owe" items, the earliest promised first (undated last)."""
    consultant = aliased(User)
    query = (
        select(
            OwedItem.id,
            OwedItem.version,
            OwedItem.delivery_id,
            OwedItem.customer_id,
            Customer.full_name,
            OwedItem.text,
            OwedItem.promised_on,
            OwedItem.done_at,
            consultant.display_name,
        )
        .join(Customer, Customer.id == OwedItem.customer_id)
        .join(Delivery, Delivery.id == OwedItem.delivery_id)
        .join(consultant, consultant.id == Delivery.consultant_id)
        .order_by(OwedItem.promised_on.is_(None), OwedItem.promised_on, OwedItem.id)
    )
    if customer_id is not None:
        query = query.where(OwedItem.customer_id == customer_id)
    if delivery_id is not None:
        query = query.where(OwedItem.delivery_id == delivery_id)
    if open_only:
        query = query.where(OwedItem.done_at.is_(None))
    if limit is not None:
        query = query.limit(limit)
    return [
        OwedRow(r[0], r[1], r[2], CustomerId(r[3]), r[4], r[5], r[6], r[7], r[8])
        for r in session.execute(query)
    ]


# --- readiness and completion ------------------------------------------------------------------
def open_checklists(session: Session, deal_id: int) -> list[str]:
    """The deal's blocking checklists that have open items, as 'Insurance 2/4'."""
    rows = session.execute(
        select(
            DealItem.checklist,
            func.count(DealItem.id),
            func.count(DealItem.id).filter(DealItem.state == ItemState.DONE.value),
        )
        .where(
            DealItem.deal_id == deal_id,
            DealItem.checklist.in_([k.value for k in BLOCKING_CHECKLISTS]),
        )
        .group_by(DealItem.checklist)
    ).all()
    counts = {kind: (total, done) for kind, total, done in rows}
    result = []
    for kind in BLOCKING_CHECKLISTS:
        total, done = counts.get(kind.value, (0, 0))
        if done < total:
            result.append(f"{CHECKLIST_TITLES[kind]} {done}/{total}")
    return result


def readiness(session: Session, delivery_id: int) -> Readiness:
    return readiness_of(session, [delivery_id])[delivery_id]


def readiness_of(session: Session, delivery_ids: list[int]) -> dict[int, Readiness]:
    """Readiness of several deliveries in two queries."""
    if not delivery_ids:
        return {}
    items: dict[int, dict[str, tuple[int, int]]] = {}
    for did, kind, total, done in session.execute(
        select(
            DeliveryItem.delivery_id,
            DeliveryItem.kind,
            func.count(DeliveryItem.id),
            func.count(DeliveryItem.done_at),
        )
        .where(DeliveryItem.delivery_id.in_(delivery_ids))
        .group_by(DeliveryItem.delivery_id, DeliveryItem.kind)
    ):
        items.setdefault(did, {})[kind] = (total, done)
    blocking: dict[int, int] = {}
    for did, open_count in session.execute(
        select(Delivery.id, func.count(DealItem.id))
        .join(DealItem, DealItem.deal_id == Delivery.deal_id)
        .where(
            Delivery.id.in_(delivery_ids),
            DealItem.checklist.in_([k.value for k in BLOCKING_CHECKLISTS]),
            DealItem.state != ItemState.DONE.value,
        )
        .group_by(Delivery.id)
    ):
        blocking[did] = open_count
    result = {}
    for did in delivery_ids:
        lists = items.get(did, {})
        pdi = lists.get(ItemKind.PDI.value, (0, 0))
        ceremony = lists.get(ItemKind.CEREMONY.value, (0, 0))
        result[did] = Readiness(blocking.get(did, 0), pdi[1], pdi[0], ceremony[1], ceremony[0])
    return result


def complete_delivery(
    session: Session,
    delivery_id: int,
    expected_version: int,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    override_reason: str | None = None,
    now: datetime | None = None,
) -> list[int]:
    """Hand the car over: the car is delivered, the customer an owner, the deal completed, the
    handover on the timeline and the satisfaction calls scheduled; returns their ids.

    Raises DeliveryBlocked while the deal's purchase, insurance or licensing checklist is open
    and no override reason is given; an override needs a manager (Forbidden)."""
    now = now or utc_now()
    delivery = _for_change(session, delivery_id, expected_version)
    require(session, actor_id, Action.COMPLETE_DELIVERY, delivery.customer_id)
    rules.require_planned(delivery.status, delivery.id)
    deal = session.get(Deal, delivery.deal_id)
    assert deal is not None
    if deal.status != DealStatus.OPEN.value:
        raise DomainError(
            "Deal {id} is {status}; its car cannot be handed over.", id=deal.id, status=deal.status
        )
    blocking = open_checklists(session, deal.id)
    if blocking:
        if override_reason is None:
            raise DeliveryBlocked(delivery.id, blocking)
        require(session, actor_id, Action.OVERRIDE_DELIVERY_BLOCK)
        reason = rules.check_override_reason(override_reason)
        delivery.override_reason = reason
        delivery.override_by_id = actor_id
        audit.record(
            session,
            actor_id,
            "override_delivery_block",
            "delivery",
            delivery.id,
            f"Open: {', '.join(blocking)}. Reason: {reason}",
        )
    if deal.vehicle_id is not None:
        vehicle = session.get(Vehicle, deal.vehicle_id)
        if vehicle is not None:
            vehicle.status = StockStatus.DELIVERED.value
            vehicle.floor_position = None
            if delivery.odometer_km is not None:
                vehicle.odometer_km = max(vehicle.odometer_km, delivery.odometer_km)
    customer = session.get(Customer, deal.customer_id)
    assert customer is not None
    if customer.status != "owner":
        customer.status = "owner"
        customer.updated_at = now
    deal.status = DealStatus.COMPLETED.value
    deal.closed_at = now
    delivery.status = DeliveryStatus.COMPLETED.value
    delivery.completed_at = now
    delivery.completed_by_id = actor_id
    note = f" (checklists overridden: {delivery.override_reason})" if blocking else ""
    _timeline(session, customer.id, actor_id, now, f"Car handed over, delivery {delivery.id}{note}")
    session.add(
        Interaction(
            customer_id=customer.id,
            user_id=actor_id,
            kind="deal_step",
            occurred_at=now,
            summary=f"Deal {deal.id} · completed: car delivered",
        )
    )
    calls = schedule_cadence(
        session,
        customer.id,
        "delivery",
        now,
        delivery.consultant_id,
        actor_id,
        settings,
        f"Satisfaction call after delivery {delivery.id}",
    )
    audit.record(
        session, actor_id, "complete_delivery", "delivery", delivery.id, customer.full_name
    )
    flush_checked(session, f"Delivery {delivery.id} was changed on another PC a moment ago.")
    return [c.id for c in calls]


# --- satisfaction calls ------------------------------------------------------------------------
def _delivery_of_follow_up(session: Session, task: FollowUp) -> int | None:
    """The customer's latest completed delivery on or before the call was scheduled."""
    return session.scalar(
        select(Delivery.id)
        .where(
            Delivery.customer_id == task.customer_id,
            Delivery.status == DeliveryStatus.COMPLETED.value,
        )
        .order_by(Delivery.completed_at.desc(), Delivery.id.desc())
        .limit(1)
    )


def _manager_for(session: Session, delivery: Delivery | None) -> int | None:
    if delivery is not None and delivery.manager_id is not None:
        manager = session.get(User, delivery.manager_id)
        if manager is not None and manager.active:
            return manager.id
    return session.scalar(
        select(User.id)
        .where(User.role == "manager", User.active.is_(True))
        .order_by(User.id)
        .limit(1)
    )


def record_satisfaction(
    session: Session,
    follow_up_id: int,
    score: int,
    comment: str,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> SatisfactionCall:
    """Record a satisfaction call's score (1–5) and comment; the call is done. A score of 2 or
    less gives a manager a task to call the customer back, due today."""
    now = now or utc_now()
    task = session.get(FollowUp, follow_up_id) if is_record_id(follow_up_id) else None
    if task is None or task.kind != "satisfaction":
        raise DomainError(
            "There is no satisfaction call with number {follow_up_id}.", follow_up_id=follow_up_id
        )
    require(session, actor_id, Action.LOG_CONTACT, task.customer_id)
    if task.done_at is not None:
        raise DomainError("That satisfaction call was made already.")
    rules.check_score(score)
    text = clean_line(comment, "comment", max_length=400) or None
    customer = session.get(Customer, task.customer_id)
    assert customer is not None
    delivery_id = _delivery_of_follow_up(session, task)
    delivery = session.get(Delivery, delivery_id) if delivery_id else None
    summary = f"Satisfaction {score}/5" + (f": {text}" if text else "")
    task.done_at, task.done_by_id, task.result = now, actor_id, summary[:500]
    session.add(
        Interaction(
            customer_id=customer.id, user_id=actor_id, kind="call", occurred_at=now, summary=summary
        )
    )
    call = SatisfactionCall(
        customer_id=customer.id,
        follow_up_id=task.id,
        delivery_id=delivery_id,
        score=score,
        comment=text,
        called_at=now,
        called_by_id=actor_id,
    )
    if score <= rules.LOW_SCORE:
        owner = _manager_for(session, delivery)
        if owner is not None:
            manager_task = create_task(
                session,
                title=f"Call back {customer.full_name}: satisfaction {score}/5 after delivery",
                note=text,
                owner_id=owner,
                due_on=local_day(now, ZoneInfo(settings.timezone)),
                actor_id=actor_id,
                origin="satisfaction",
                now=now,
            )
            call.task_id = manager_task.id
    session.add(call)
    audit.record(session, actor_id, "record_satisfaction", "customer", customer.id, summary)
    flush_checked(session, "That satisfaction call was changed on another PC a moment ago.")
    return call


# --- reading -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ItemView:
    id: int
    version: int
    kind: ItemKind
    title: str
    responsible_id: int | None
    responsible: str | None
    done_at: datetime | None
    done_by: str | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True, slots=True)
class DeliveryView:
    """A delivery with everything the planner and the handover document show."""

    id: int
    version: int
    deal_id: int
    customer_id: CustomerId
    customer_name: str
    customer_phone: str | None
    customer_address: str | None
    vehicle_id: int | None
    make: str
    model: str
    trim: str | None
    colour: str | None
    vin: str | None
    plate: str | None
    odometer_km: int | None
    bay: str
    consultant_id: int
    consultant: str
    manager_id: int | None
    manager: str | None
    service_adviser: str | None
    party: str | None
    notes: str | None
    starts_at: datetime
    ends_at: datetime
    status: DeliveryStatus
    keys_count: int
    override_reason: str | None
    override_by: str | None
    completed_at: datetime | None
    insurance_policy: str | None
    accessories: tuple[str, ...]
    items: tuple[ItemView, ...] = field(default=())
    owed: tuple[OwedRow, ...] = field(default=())
    open_checklists: tuple[str, ...] = field(default=())
    open_items: int = 0  # open items of the deal's blocking checklists

    def of_kind(self, kind: ItemKind) -> list[ItemView]:
        return [i for i in self.items if i.kind is kind]

    @property
    def readiness(self) -> Readiness:
        pdi, ceremony = self.of_kind(ItemKind.PDI), self.of_kind(ItemKind.CEREMONY)
        return Readiness(
            self.open_items,
            sum(i.done for i in pdi),
            len(pdi),
            sum(i.done for i in ceremony),
            len(ceremony),
        )


def _checklist_value(
    session: Session, deal_id: int, kind: ChecklistKind, title_fragment: str
) -> str | None:
    """The value recorded on the deal's step of ``kind`` whose title mentions the fragment
    (the insurance policy number, the plate)."""
    return session.scalar(
        select(DealItem.value)
        .where(
            DealItem.deal_id == deal_id,
            DealItem.checklist == kind.value,
            DealItem.needs_value.is_(True),
            DealItem.value.is_not(None),
            func.lower(DealItem.title).like(f"%{title_fragment}%"),
        )
        .limit(1)
    )


def _insurance_policy(session: Session, deal_id: int) -> str | None:
    return _checklist_value(session, deal_id, ChecklistKind.INSURANCE, "policy number")


def _plate(session: Session, deal_id: int) -> str | None:
    return _checklist_value(session, deal_id, ChecklistKind.LICENSING, "plate")


def delivery_view(
    session: Session, delivery_id: int, actor_id: UserId | None = None
) -> DeliveryView:
    from showroom.deals.plans import get_plan

    delivery = get_delivery(session, delivery_id)
    require(session, actor_id, Action.VIEW_CUSTOMER, delivery.customer_id)
    deal = session.get(Deal, delivery.deal_id)
    assert deal is not None
    customer = session.get(Customer, delivery.customer_id)
    assert customer is not None
    plan = get_plan(session, deal.plan_id)
    vehicle = session.get(Vehicle, deal.vehicle_id) if deal.vehicle_id else None
    names = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
    items = session.scalars(
        select(DeliveryItem)
        .where(DeliveryItem.delivery_id == delivery.id)
        .order_by(DeliveryItem.kind, DeliveryItem.position, DeliveryItem.id)
    ).all()
    order = {kind.value: n for n, kind in enumerate(ItemKind)}
    views = sorted(
        (
            ItemView(
                i.id,
                i.version,
                ItemKind(i.kind),
                i.title,
                i.responsible_id,
                names.get(i.responsible_id) if i.responsible_id else None,
                i.done_at,
                names.get(i.done_by_id) if i.done_by_id else None,
            )
            for i in items
        ),
        key=lambda v: order[v.kind.value],
    )
    accessories = tuple(
        a.name if a.quantity == 1 else f"{a.name} × {a.quantity}" for a in plan.accessories
    )
    return DeliveryView(
        id=delivery.id,
        version=delivery.version,
        deal_id=deal.id,
        customer_id=CustomerId(customer.id),
        customer_name=customer.full_name,
        customer_phone=customer.primary_phone,
        customer_address=customer.address,
        vehicle_id=deal.vehicle_id,
        make=vehicle.make if vehicle else plan.order_make or "",
        model=vehicle.model if vehicle else plan.order_model or "",
        trim=vehicle.trim if vehicle else plan.order_trim,
        colour=vehicle.colour if vehicle else plan.order_colour,
        vin=vehicle.vin if vehicle else None,
        plate=(vehicle.plate if vehicle and vehicle.plate else None) or _plate(session, deal.id),
        odometer_km=delivery.odometer_km
        if delivery.odometer_km is not None
        else (vehicle.odometer_km if vehicle else None),
        bay=delivery.bay,
        consultant_id=delivery.consultant_id,
        consultant=names.get(delivery.consultant_id, ""),
        manager_id=delivery.manager_id,
        manager=names.get(delivery.manager_id) if delivery.manager_id else None,
        service_adviser=delivery.service_adviser,
        party=delivery.party,
        notes=delivery.notes,
        starts_at=delivery.starts_at,
        ends_at=delivery.ends_at,
        status=DeliveryStatus(delivery.status),
        keys_count=delivery.keys_count,
        override_reason=delivery.override_reason,
        override_by=names.get(delivery.override_by_id) if delivery.override_by_id else None,
        completed_at=delivery.completed_at,
        insurance_policy=_insurance_policy(session, deal.id),
        accessories=accessories,
        items=tuple(views),
        owed=tuple(owed_items(session, delivery_id=delivery.id, open_only=False)),
        open_checklists=tuple(open_checklists(session, deal.id)),
        open_items=readiness_of(session, [delivery.id])[delivery.id].checklists_open,
    )


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """A delivery as the calendar and the dashboard list it."""

    id: int
    version: int
    deal_id: int
    customer_id: CustomerId
    customer_name: str
    vehicle: str
    bay: str
    consultant_id: int
    consultant: str
    starts_at: datetime
    ends_at: datetime
    status: DeliveryStatus
    readiness: Readiness


def deliveries_between(
    session: Session,
    start: datetime,
    end: datetime,
    *,
    include_cancelled: bool = False,
    consultant_id: int | None = None,
) -> list[CalendarEntry]:
    """Deliveries that start in [start, end), in time order, with their readiness."""
    consultant = aliased(User)
    query = (
        select(
            Delivery.id,
            Delivery.version,
            Delivery.deal_id,
            Delivery.customer_id,
            Customer.full_name,
            Vehicle.make,
            Vehicle.model,
            Delivery.bay,
            Delivery.consultant_id,
            consultant.display_name,
            Delivery.starts_at,
            Delivery.ends_at,
            Delivery.status,
        )
        .join(Customer, Customer.id == Delivery.customer_id)
        .join(consultant, consultant.id == Delivery.consultant_id)
        .join(Deal, Deal.id == Delivery.deal_id)
        .outerjoin(Vehicle, Vehicle.id == Deal.vehicle_id)
        .where(Delivery.starts_at >= start, Delivery.starts_at < end)
        .order_by(Delivery.starts_at, Delivery.bay, Delivery.id)
    )
    if not include_cancelled:
        query = query.where(Delivery.status != DeliveryStatus.CANCELLED.value)
    if consultant_id is not None:
        query = query.where(Delivery.consultant_id == consultant_id)
    rows = session.execute(query).all()
    ready = readiness_of(session, [r[0] for r in rows])
    return [
        CalendarEntry(
            r[0],
            r[1],
            r[2],
            CustomerId(r[3]),
            r[4],
            f"{r[5] or ''} {r[6] or ''}".strip() or rules.CAR_TO_ORDER,
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            DeliveryStatus(r[12]),
            ready[r[0]],
        )
        for r in rows
    ]


def planned_delivery_of_deal(session: Session, deal_id: int) -> int | None:
    """The deal's planned (or else latest completed) delivery, if any."""
    return session.scalar(
        select(Delivery.id)
        .where(Delivery.deal_id == deal_id, Delivery.status != DeliveryStatus.CANCELLED.value)
        .order_by(Delivery.starts_at.desc(), Delivery.id.desc())
        .limit(1)
    )


@dataclass(frozen=True, slots=True)
class DealChoice:
    """An open deal whose delivery can be planned, as the planner offers it."""

    deal_id: int
    customer_id: CustomerId
    customer_name: str
    vehicle: str
    consultant_id: int | None


def deals_to_deliver(session: Session, actor_id: UserId | None = None) -> list[DealChoice]:
    """Open deals without a planned delivery (a consultant sees their own), oldest first."""
    from showroom.kernel.access import visible_customers

    planned = select(Delivery.deal_id).where(Delivery.status == DeliveryStatus.PLANNED.value)
    query = (
        select(
            Deal.id,
            Deal.customer_id,
            Customer.full_name,
            Vehicle.make,
            Vehicle.model,
            Deal.consultant_id,
        )
        .join(Customer, Customer.id == Deal.customer_id)
        .outerjoin(Vehicle, Vehicle.id == Deal.vehicle_id)
        .where(Deal.status == DealStatus.OPEN.value, Deal.id.not_in(planned))
        .order_by(Deal.opened_at, Deal.id)
    )
    visible = visible_customers(session, actor_id)
    if visible is not None:
        query = query.where(visible)
    return [
        DealChoice(
            r[0],
            CustomerId(r[1]),
            r[2],
            f"{r[3] or ''} {r[4] or ''}".strip() or rules.CAR_TO_ORDER,
            r[5],
        )
        for r in session.execute(query)
    ]


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: int
    name: str
    role: str


def delivery_staff(session: Session) -> list[StaffMember]:
    """Active users who can take part in a delivery, by name."""
    return [
        StaffMember(uid, name, role)
        for uid, name, role in session.execute(
            select(User.id, User.display_name, User.role)
            .where(User.active.is_(True), User.role != "admin")
            .order_by(User.display_name)
        )
    ]


@dataclass(frozen=True, slots=True)
class DueCall:
    """An open satisfaction call of a customer."""

    follow_up_id: int
    due_on: date
    reason: str


def open_satisfaction_calls(session: Session, customer_id: int) -> list[DueCall]:
    """The customer's satisfaction calls not made yet, the earliest first."""
    return [
        DueCall(fid, due, reason)
        for fid, due, reason in session.execute(
            select(FollowUp.id, FollowUp.due_on, FollowUp.reason)
            .where(
                FollowUp.customer_id == customer_id,
                FollowUp.kind == "satisfaction",
                FollowUp.done_at.is_(None),
            )
            .order_by(FollowUp.due_on, FollowUp.id)
        )
    ]
