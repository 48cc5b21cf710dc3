"""Deals: accepting a plan, the four checklists, the deals board.

Accepting a plan creates a deal and reserves its car. A car can be reserved once: the unit of
work locks the vehicle row (``SELECT … FOR UPDATE`` on PostgreSQL; on SQLite the write unit
of work starts with ``BEGIN IMMEDIATE``, which serialises writers), checks its status, and
reserves it with a conditional ``UPDATE … WHERE status IN (available)`` whose row count must
be 1. A partial unique index (one open deal per vehicle) is the last line of defence. Of two
consultants accepting plans for the same car at once, exactly one wins; the other gets
:class:`VehicleTakenError` saying who has it, and nothing of theirs is written.

A deal's checklists are copied from the templates when it is created (later template
changes leave it alone). Every step done or reopened goes on the customer's timeline
(kind ``deal_step``). While the deal is open its car is ``sold`` once every purchase item is
done, ``reserved`` otherwise.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from showroom.core.errors import (
    ConflictError,
    DomainError,
    NotFound,
    ValidationError,
)
from showroom.core.ids import CustomerId, UserId, is_record_id
from showroom.core.text import clean_line
from showroom.deals.checklist import (
    CHECKLIST_TITLES,
    ChecklistItem,
    ChecklistKind,
    ItemState,
    Progress,
    TemplateStep,
    check_note,
    check_step,
    progress,
)
from showroom.deals.checklist_templates import template_steps
from showroom.deals.domain import DealStatus, PlanStatus
from showroom.deals.plans import get_plan, plan_vehicle_name, plan_vehicle_text
from showroom.kernel.access import require, visible_customers
from showroom.kernel.clock import local_day
from showroom.kernel.conflicts import flush_checked
from showroom.kernel.permissions import Action
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.models import (
    Customer,
    Deal,
    DealItem,
    Interaction,
    PurchasePlan,
    User,
    Vehicle,
)
from showroom.storage.types import utc_now
from showroom.vehicles.domain import StockStatus, VehicleNotFound, VehicleRole
from showroom.vehicles.stock import AVAILABLE_STATUSES, describe_vehicle

AVAILABLE = tuple(s.value for s in AVAILABLE_STATUSES)
STAGE_SEPARATOR = "|"


class DealNotFound(NotFound):
    def __init__(self, deal_id: int) -> None:
        super().__init__("There is no deal with number {deal_id}.", deal_id=deal_id)


class DealItemNotFound(NotFound):
    def __init__(self, item_id: int) -> None:
        super().__init__("There is no checklist item with number {item_id}.", item_id=item_id)


class VehicleTakenError(ConflictError):
    """The car of the plan is reserved, sold or delivered already."""


# --- accepting a plan ------------------------------------------------------------------------
def _holder(session: Session, vehicle_id: int) -> str:
    row = session.execute(
        select(Deal.id, Customer.full_name, User.display_name)
        .join(Customer, Customer.id == Deal.customer_id)
        .outerjoin(User, User.id == Deal.consultant_id)
        .where(Deal.vehicle_id == vehicle_id, Deal.status == DealStatus.OPEN.value)
    ).first()
    if row is None:
        return ""
    by = f", {row[2]}" if row[2] else ""
    return f" for {row[1]} (deal {row[0]}{by})"


def _vehicle_taken(session: Session, vehicle_id: int, status: str, label: str) -> VehicleTakenError:
    if status == StockStatus.RESERVED.value:
        return VehicleTakenError(
            "The {label} has just been reserved{holder}; choose another car or a model to order.",
            label=label,
            holder=_holder(session, vehicle_id),
        )
    return VehicleTakenError(
        "The {label} is {status}{holder}; choose another car or a model to order.",
        label=label,
        status=status.replace("_", " "),
        holder=_holder(session, vehicle_id),
    )


def _reserve(session: Session, vehicle_id: int) -> str:
    """Reserve the car for a new deal; returns the status it had. Raises VehicleTakenError
    if it is not available (any more)."""
    row = session.execute(
        select(Vehicle.status, Vehicle.role, Vehicle.make, Vehicle.model, Vehicle.stock_number)
        .where(Vehicle.id == vehicle_id)
        .with_for_update()  # PostgreSQL: a second accept waits here, then sees 'reserved'
    ).one_or_none()
    if row is None:
        raise VehicleNotFound(vehicle_id)
    status, role, make, model, stock_number = row
    label = f"{make} {model}" + (f" (stock {stock_number})" if stock_number else "")
    if role != VehicleRole.STOCK.value:
        raise DomainError("The {label} is a test-drive car, not for sale.", label=label)
    if status not in AVAILABLE:
        raise _vehicle_taken(session, vehicle_id, status, label)
    result = session.execute(
        update(Vehicle)
        .where(Vehicle.id == vehicle_id, Vehicle.status.in_(AVAILABLE))
        .values(status=StockStatus.RESERVED.value, version=Vehicle.version + 1)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise _vehicle_taken(session, vehicle_id, StockStatus.RESERVED.value, label)
    return str(status)


def _stage_text(steps: tuple[TemplateStep, ...]) -> str:
    return STAGE_SEPARATOR.join(f"{s.title}@{s.due_days}" for s in steps)


def _stages(item: DealItem) -> list[tuple[str, int]]:
    """An accessory item's stages and their due days after the deal opened."""
    if not item.stages:
        return []
    stages = []
    for part in item.stages.split(STAGE_SEPARATOR):
        title, _, days = part.rpartition("@")
        stages.append((title, int(days)) if title and days.isdigit() else (part, 0))
    return stages


def _copy_checklists(
    session: Session, deal: Deal, plan: PurchasePlan, opened_on: date
) -> list[DealItem]:
    items: list[DealItem] = []
    for kind in ChecklistKind:
        steps = template_steps(session, kind)
        if kind is ChecklistKind.ACCESSORIES:
            if not steps:
                continue
            for position, accessory in enumerate(plan.accessories):
                quantity = f" ×{accessory.quantity}" if accessory.quantity > 1 else ""
                items.append(
                    DealItem(
                        checklist=kind.value,
                        position=position,
                        title=f"{accessory.name}{quantity}"[:200],
                        stages=_stage_text(steps)[:200],
                        due_on=opened_on + timedelta(days=steps[0].due_days),
                    )
                )
            continue
        for position, step in enumerate(steps):
            items.append(
                DealItem(
                    checklist=kind.value,
                    position=position,
                    title=step.title,
                    title_zh=step.title_zh,
                    needs_value=step.needs_value,
                    due_on=opened_on + timedelta(days=step.due_days),
                )
            )
    for item in items:
        item.deal_id = deal.id
        item.responsible_id = deal.consultant_id
        item.state = ItemState.OPEN.value
        item.stages_done = 0
        item.added_to_deal = False
    session.add_all(items)
    return items


def accept_plan(
    session: Session,
    plan_id: int,
    expected_version: int,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> int:
    """Turn an open plan into a deal and reserve its car; returns the deal's id.

    The deal's checklists are copied from the templates, each item due a number of days
    after today and assigned to the plan's consultant. A lead or prospect becomes a
    customer. Raises VehicleTakenError (the car went to someone else), ConflictError (the
    plan changed meanwhile) or DomainError (the plan is not open); nothing is written then.
    """
    now = now or utc_now()
    plan = get_plan(session, plan_id)
    require(session, actor_id, Action.WORK_DEAL, plan.customer_id)
    if plan.version != expected_version:
        raise ConflictError(
            "“{title}” was changed on another PC after you opened it; look at it again before accepting it.",
            title=plan.title,
        )
    if plan.status != PlanStatus.OPEN.value:
        existing = session.scalar(select(Deal.id).where(Deal.plan_id == plan.id))
        if existing:
            raise DomainError(
                "“{title}” is accepted already (deal {deal}); only an open plan can be accepted.",
                title=plan.title,
                deal=existing,
            )
        raise DomainError(
            "“{title}” is {status}; only an open plan can be accepted.",
            title=plan.title,
            status=plan.status,
        )
    prior = _reserve(session, plan.vehicle_id) if plan.vehicle_id is not None else None
    deal = Deal(
        plan_id=plan.id,
        customer_id=plan.customer_id,
        vehicle_id=plan.vehicle_id,
        consultant_id=plan.consultant_id or actor_id,
        status=DealStatus.OPEN.value,
        vehicle_prior_status=prior,
        opened_at=now,
    )
    session.add(deal)
    plan.status = PlanStatus.ACCEPTED.value
    plan.updated_at = now
    try:
        session.flush()
    except IntegrityError:
        # The partial unique index: another open deal holds this car. Only reached if the
        # status check above was bypassed (a script, a bug): still exactly one deal wins.
        raise VehicleTakenError(
            "That car has just been reserved for another deal; choose another car."
        ) from None
    except StaleDataError:
        raise ConflictError(
            "“{title}” was accepted or changed on another PC a moment ago.", title=plan.title
        ) from None
    _copy_checklists(session, deal, plan, local_day(now, ZoneInfo(settings.timezone)))
    customer = session.get(Customer, plan.customer_id)
    assert customer is not None
    if customer.status in ("lead", "prospect"):
        customer.status = "customer"
        customer.updated_at = now
    session.add(
        Interaction(
            customer_id=plan.customer_id,
            user_id=actor_id,
            kind="deal_step",
            occurred_at=now,
            summary=(
                f"Deal {deal.id} opened: “{plan.title}” accepted, "
                + (
                    f"{plan_vehicle_text(session, plan)} reserved"
                    if plan.vehicle_id
                    else f"{plan_vehicle_text(session, plan)}"
                )
            )[:500],
        )
    )
    session.flush()
    return deal.id


# --- reading a deal --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DealItemView:
    """One checklist item as the deal dialog shows it."""

    id: int
    version: int
    checklist: ChecklistKind
    position: int
    title: str
    state: ItemState
    needs_value: bool
    value: str | None
    stages: tuple[str, ...]
    stages_done: int
    responsible_id: int | None
    responsible: str | None
    due_on: date | None
    done_at: datetime | None
    done_by: str | None
    note: str | None
    reopen_reason: str | None
    added_to_deal: bool
    title_zh: str | None = None  # printed for a Chinese customer

    def item(self) -> ChecklistItem:
        """The domain object, for its predicates."""
        return ChecklistItem(
            title=self.title,
            state=self.state,
            needs_value=self.needs_value,
            value=self.value,
            stages=self.stages,
            stages_done=self.stages_done,
            due_on=self.due_on,
            done_at=self.done_at,
            reopen_reason=self.reopen_reason,
        )


@dataclass(frozen=True, slots=True)
class DealView:
    """A deal with its header and the items of its four checklists."""

    id: int
    version: int
    status: DealStatus
    plan_id: int
    plan_title: str
    customer_id: CustomerId
    customer_name: str
    customer_phone: str | None
    vehicle_id: int | None
    vehicle_text: str
    vehicle_name: str
    consultant_id: int | None
    consultant: str | None
    opened_at: datetime
    closed_at: datetime | None
    close_reason: str | None
    items: tuple[DealItemView, ...] = field(default=())

    def checklist(self, kind: ChecklistKind) -> list[DealItemView]:
        return [i for i in self.items if i.checklist is kind]

    def progress(self, kind: ChecklistKind) -> Progress:
        return progress([i.item() for i in self.checklist(kind)])

    @property
    def complete(self) -> bool:
        return all(i.state is ItemState.DONE for i in self.items)


def get_deal(session: Session, deal_id: int) -> Deal:
    deal = session.get(Deal, deal_id) if is_record_id(deal_id) else None
    if deal is None:
        raise DealNotFound(deal_id)
    return deal


def _item_view(item: DealItem, names: dict[int, str]) -> DealItemView:
    return DealItemView(
        id=item.id,
        version=item.version,
        checklist=ChecklistKind(item.checklist),
        position=item.position,
        title=item.title,
        state=ItemState(item.state),
        needs_value=item.needs_value,
        value=item.value,
        stages=tuple(title for title, _ in _stages(item)),
        stages_done=item.stages_done,
        responsible_id=item.responsible_id,
        responsible=names.get(item.responsible_id) if item.responsible_id else None,
        due_on=item.due_on,
        done_at=item.done_at,
        done_by=names.get(item.done_by_id) if item.done_by_id else None,
        note=item.note,
        reopen_reason=item.reopen_reason,
        added_to_deal=item.added_to_deal,
        title_zh=item.title_zh,
    )


def deal_view(session: Session, deal_id: int, *, actor_id: int | None) -> DealView:
    """A deal with its checklists, for someone who may see its customer."""
    deal = get_deal(session, deal_id)
    require(session, actor_id, Action.VIEW_CUSTOMER, deal.customer_id)
    plan = get_plan(session, deal.plan_id)
    customer = session.get(Customer, deal.customer_id)
    assert customer is not None
    names = {uid: name for uid, name in session.execute(select(User.id, User.display_name))}
    items = session.scalars(
        select(DealItem)
        .where(DealItem.deal_id == deal.id)
        .order_by(DealItem.checklist, DealItem.position, DealItem.id)
    ).all()
    order = {kind.value: index for index, kind in enumerate(ChecklistKind)}
    views = sorted(
        (_item_view(i, names) for i in items),
        key=lambda v: (order[v.checklist.value], v.position, v.id),
    )
    return DealView(
        id=deal.id,
        version=deal.version,
        status=DealStatus(deal.status),
        plan_id=plan.id,
        plan_title=plan.title,
        customer_id=CustomerId(customer.id),
        customer_name=customer.full_name,
        customer_phone=customer.primary_phone,
        vehicle_id=deal.vehicle_id,
        vehicle_text=plan_vehicle_text(session, plan),
        vehicle_name=plan_vehicle_name(session, plan)[0],
        consultant_id=deal.consultant_id,
        consultant=names.get(deal.consultant_id) if deal.consultant_id else None,
        opened_at=deal.opened_at,
        closed_at=deal.closed_at,
        close_reason=deal.close_reason,
        items=tuple(views),
    )


def customer_deals(session: Session, customer_id: int) -> list[int]:
    """The ids of a customer's deals, newest first."""
    return list(
        session.scalars(
            select(Deal.id)
            .where(Deal.customer_id == customer_id)
            .order_by(Deal.opened_at.desc(), Deal.id.desc())
        )
    )


# --- working the checklists ------------------------------------------------------------------
def _deal_for(session: Session, actor_id: int | None, deal_id: int) -> Deal:
    """The deal, if the actor may work on its customer's plans and deals."""
    deal = get_deal(session, deal_id)
    require(session, actor_id, Action.WORK_DEAL, deal.customer_id)
    return deal


def _item_for_change(
    session: Session, actor_id: int | None, item_id: int, expected_version: int
) -> tuple[DealItem, Deal]:
    item = session.get(DealItem, item_id) if is_record_id(item_id) else None
    if item is None:
        raise DealItemNotFound(item_id)
    if actor_id is not None and item.responsible_id == actor_id:
        # A step given to a colleague is theirs to do, whoever owns the customer.
        require(session, actor_id, Action.WORK_DEAL)
        deal = get_deal(session, item.deal_id)
    else:
        deal = _deal_for(session, actor_id, item.deal_id)
    if deal.status != DealStatus.OPEN.value:
        raise DomainError(
            "Deal {id} is {status}; its checklists can no longer change.",
            id=deal.id,
            status=deal.status,
        )
    if item.version != expected_version:
        raise ConflictError(
            "“{title}” was changed on another PC a moment ago; look at it again.", title=item.title
        )
    return item, deal


def _domain(item: DealItem) -> ChecklistItem:
    return ChecklistItem(
        title=item.title,
        state=ItemState(item.state),
        needs_value=item.needs_value,
        value=item.value,
        stages=tuple(title for title, _ in _stages(item)),
        stages_done=item.stages_done,
        due_on=item.due_on,
        done_at=item.done_at,
        done_by_id=item.done_by_id,
        reopen_reason=item.reopen_reason,
    )


def _store(item: DealItem, state: ChecklistItem) -> None:
    item.state = state.state.value
    item.value = state.value
    item.stages_done = state.stages_done
    item.done_at = state.done_at
    item.done_by_id = state.done_by_id
    item.reopen_reason = state.reopen_reason


def _timeline(session: Session, deal: Deal, actor_id: int | None, now: datetime, text: str) -> None:
    session.add(
        Interaction(
            customer_id=deal.customer_id,
            user_id=actor_id,
            kind="deal_step",
            occurred_at=now,
            summary=f"Deal {deal.id} · {text}"[:500],
        )
    )


def _sync_vehicle(session: Session, deal: Deal) -> None:
    """While the deal is open, its car is sold once the purchase checklist is complete."""
    if deal.vehicle_id is None or deal.status != DealStatus.OPEN.value:
        return
    session.flush()
    open_purchase = session.scalar(
        select(func.count(DealItem.id)).where(
            DealItem.deal_id == deal.id,
            DealItem.checklist == ChecklistKind.PURCHASE.value,
            DealItem.state != ItemState.DONE.value,
        )
    )
    wanted = StockStatus.RESERVED if open_purchase else StockStatus.SOLD
    vehicle = session.get(Vehicle, deal.vehicle_id)
    if (
        vehicle is not None
        and vehicle.status in (StockStatus.RESERVED, StockStatus.SOLD)
        and vehicle.status != wanted.value
    ):
        vehicle.status = wanted.value


def complete_item(
    session: Session,
    item_id: int,
    expected_version: int,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    value: str | None = None,
    now: datetime | None = None,
) -> None:
    """Tick an item (an accessory: its next stage), with its value if it asks for one.

    A value-item without its value is refused (ValidationError on 'value'). The step goes on
    the customer's timeline."""
    now = now or utc_now()
    item, deal = _item_for_change(session, actor_id, item_id, expected_version)
    before = _domain(item)
    after = before.complete(actor_id, now, value)
    _store(item, after)
    stages = _stages(item)
    if stages and not after.is_done:  # the next stage falls due in its own time
        opened = local_day(deal.opened_at, ZoneInfo(settings.timezone))
        item.due_on = opened + timedelta(days=stages[after.stages_done][1])
    what = f"{item.title} {after.last_stage}" if stages else f"{item.title} done"
    if after.value and item.needs_value:
        what += f": {after.value}"
    _timeline(
        session, deal, actor_id, now, f"{CHECKLIST_TITLES[ChecklistKind(item.checklist)]}: {what}"
    )
    _sync_vehicle(session, deal)
    flush_checked(session, f"“{item.title}” was changed on another PC a moment ago; look again.")


def reopen_item(
    session: Session,
    item_id: int,
    expected_version: int,
    reason: str,
    actor_id: UserId | None,
    *,
    now: datetime | None = None,
) -> None:
    """Undo a done item (an accessory: its last stage), saying why; on the timeline too."""
    now = now or utc_now()
    item, deal = _item_for_change(session, actor_id, item_id, expected_version)
    before = _domain(item)
    undone = before.last_stage
    after = before.reopen(reason)
    _store(item, after)
    what = f"{item.title} {undone}" if undone else item.title
    _timeline(
        session,
        deal,
        actor_id,
        now,
        f"{CHECKLIST_TITLES[ChecklistKind(item.checklist)]}: {what} reopened: {after.reopen_reason}",
    )
    _sync_vehicle(session, deal)
    flush_checked(session, f"“{item.title}” was changed on another PC a moment ago; look again.")


_UNSET: Any = object()


def update_item(
    session: Session,
    actor_id: UserId | None,
    item_id: int,
    expected_version: int,
    *,
    responsible_id: int | None = _UNSET,
    due_on: date | None = _UNSET,
    note: str | None = _UNSET,
    value: str | None = _UNSET,
) -> None:
    """Change who is responsible, the due date, the note or the value of an item; arguments
    left out stay as they are. A done value-item keeps a value."""
    item, _deal = _item_for_change(session, actor_id, item_id, expected_version)
    if responsible_id is not _UNSET:
        if responsible_id is not None and (
            not is_record_id(responsible_id) or session.get(User, responsible_id) is None
        ):
            raise ValidationError(
                "responsible",
                "there is no user with number {responsible_id}",
                responsible_id=responsible_id,
            )
        item.responsible_id = responsible_id
    if due_on is not _UNSET:
        item.due_on = due_on
    if note is not _UNSET:
        item.note = check_note(note or "")
    if value is not _UNSET:
        item.value = _domain(item).with_value(value or "").value
    flush_checked(session, f"“{item.title}” was changed on another PC a moment ago; look again.")


def add_item(
    session: Session,
    deal_id: int,
    kind: ChecklistKind,
    title: str,
    actor_id: UserId | None,
    *,
    needs_value: bool = False,
    due_on: date | None = None,
    responsible_id: int | None = None,
) -> int:
    """Add an item to this deal's checklist only (the template stays as it is)."""
    deal = _deal_for(session, actor_id, deal_id)
    if deal.status != DealStatus.OPEN.value:
        raise DomainError(
            "Deal {id} is {status}; its checklists can no longer change.",
            id=deal.id,
            status=deal.status,
        )
    step = check_step(TemplateStep(title, needs_value, 0))
    last = session.scalar(
        select(func.max(DealItem.position)).where(
            DealItem.deal_id == deal.id, DealItem.checklist == kind.value
        )
    )
    item = DealItem(
        deal_id=deal.id,
        checklist=kind.value,
        position=(last if last is not None else -1) + 1,
        title=step.title,
        added_to_deal=True,
        needs_value=needs_value,
        state=ItemState.OPEN.value,
        stages_done=0,
        responsible_id=responsible_id or deal.consultant_id or actor_id,
        due_on=due_on,
    )
    session.add(item)
    session.flush()
    _sync_vehicle(session, deal)
    return item.id


# --- closing a deal --------------------------------------------------------------------------
def _release(session: Session, deal: Deal) -> None:
    if deal.vehicle_id is None:
        return
    vehicle = session.get(Vehicle, deal.vehicle_id)
    if vehicle is not None and vehicle.status in (StockStatus.RESERVED, StockStatus.SOLD):
        vehicle.status = deal.vehicle_prior_status or StockStatus.IN_STOCK.value
        if vehicle.status != StockStatus.ON_DISPLAY.value:
            vehicle.floor_position = None


def cancel_deal(
    session: Session,
    deal_id: int,
    expected_version: int,
    reason: str,
    actor_id: UserId | None,
    *,
    now: datetime | None = None,
) -> None:
    """Call the deal off, saying why; its car goes back to the status it had before."""
    now = now or utc_now()
    deal = _deal_for(session, actor_id, deal_id)
    if deal.version != expected_version:
        raise ConflictError("Deal {id} was changed on another PC a moment ago.", id=deal.id)
    if deal.status != DealStatus.OPEN.value:
        raise DomainError("Deal {id} is {status} already.", id=deal.id, status=deal.status)
    text = clean_line(reason, "reason", max_length=300)
    if not text:
        raise ValidationError("reason", "say why the deal is cancelled")
    _release(session, deal)
    deal.status = DealStatus.CANCELLED.value
    deal.closed_at = now
    deal.close_reason = text
    _timeline(session, deal, actor_id, now, f"cancelled: {text}")
    flush_checked(session, f"Deal {deal.id} was changed on another PC a moment ago.")


def complete_deal(
    session: Session,
    deal_id: int,
    expected_version: int,
    actor_id: UserId | None,
    *,
    now: datetime | None = None,
) -> None:
    """Close the deal at delivery: every checklist item must be done. The car becomes
    delivered and the customer an owner. (The delivery ceremony calls this.)"""
    now = now or utc_now()
    view = deal_view(session, deal_id, actor_id=None)
    deal = _deal_for(session, actor_id, deal_id)
    if deal.version != expected_version:
        raise ConflictError("Deal {id} was changed on another PC a moment ago.", id=deal.id)
    if view.status is not DealStatus.OPEN:
        raise DomainError("Deal {id} is {value} already.", id=deal.id, value=view.status.value)
    missing = [
        f"{CHECKLIST_TITLES[kind].lower()} {view.progress(kind)}"
        for kind in ChecklistKind
        if not view.progress(kind).complete
    ]
    if missing:
        raise DomainError(
            "Deal {id} cannot be completed until its checklists are: {choices}.",
            id=deal.id,
            choices=", ".join(missing),
        )
    if deal.vehicle_id is not None:
        vehicle = session.get(Vehicle, deal.vehicle_id)
        if vehicle is not None:
            vehicle.status = StockStatus.DELIVERED.value
            vehicle.floor_position = None
    customer = session.get(Customer, deal.customer_id)
    if customer is not None and customer.status != "owner":
        customer.status = "owner"
        customer.updated_at = now
    deal.status = DealStatus.COMPLETED.value
    deal.closed_at = now
    _timeline(session, deal, actor_id, now, "completed: car delivered")
    flush_checked(session, f"Deal {deal.id} was changed on another PC a moment ago.")


# --- the deals board -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BoardRow:
    """One open deal on the board: progress per checklist and what is overdue."""

    deal_id: int
    customer_id: CustomerId
    customer_name: str
    vehicle: str
    consultant_id: int | None
    consultant: str | None
    opened_at: datetime
    progress: dict[ChecklistKind, Progress]
    overdue_items: int
    days_overdue: int  # of the most overdue item; 0 if none
    most_overdue: str | None  # "Insurance: Policy number"
    next_due: date | None

    @property
    def done(self) -> int:
        return sum(p.done for p in self.progress.values())

    @property
    def total(self) -> int:
        return sum(p.total for p in self.progress.values())


def deals_board(
    session: Session,
    today: date,
    consultant_id: int | None = None,
    overdue_only: bool = False,
    *,
    actor_id: int | None = None,
) -> list[BoardRow]:
    """Every open deal (of one consultant, or all), most overdue first, then oldest; of the
    customers ``actor_id`` may see (a consultant: their own and those shared with them)."""
    consultant = aliased(User)
    query = (
        select(
            Deal.id,
            Deal.customer_id,
            Customer.full_name,
            Vehicle.make,
            Vehicle.model,
            Vehicle.trim,
            PurchasePlan.order_make,
            PurchasePlan.order_model,
            PurchasePlan.order_trim,
            Deal.consultant_id,
            consultant.display_name,
            Deal.opened_at,
        )
        .join(Customer, Customer.id == Deal.customer_id)
        .join(PurchasePlan, PurchasePlan.id == Deal.plan_id)
        .outerjoin(Vehicle, Vehicle.id == Deal.vehicle_id)
        .outerjoin(consultant, consultant.id == Deal.consultant_id)
        .where(Deal.status == DealStatus.OPEN.value)
    )
    if consultant_id is not None:
        query = query.where(Deal.consultant_id == consultant_id)
    visible = visible_customers(session, actor_id)
    if visible is not None:
        query = query.where(visible)
    deals = session.execute(query).all()
    ids = [row[0] for row in deals]
    counts: dict[int, dict[ChecklistKind, Progress]] = defaultdict(dict)
    overdue: dict[int, list[tuple[date, str]]] = defaultdict(list)
    next_due: dict[int, date] = {}
    not_done = DealItem.state != ItemState.DONE.value
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        grouped = session.execute(
            select(
                DealItem.deal_id,
                DealItem.checklist,
                func.count(DealItem.id),
                func.sum(case((DealItem.state == ItemState.DONE.value, 1), else_=0)),
                func.min(case((not_done, DealItem.due_on), else_=None)),
            )
            .where(DealItem.deal_id.in_(chunk))
            .group_by(DealItem.deal_id, DealItem.checklist)
        )
        for deal_id, kind, total, done, first_due in grouped:
            counts[deal_id][ChecklistKind(kind)] = Progress(int(done or 0), int(total))
            if first_due is not None and first_due >= today:
                next_due[deal_id] = min(next_due.get(deal_id, first_due), first_due)
        late = session.execute(
            select(DealItem.deal_id, DealItem.due_on, DealItem.checklist, DealItem.title)
            .where(DealItem.deal_id.in_(chunk), not_done, DealItem.due_on < today)
            .order_by(DealItem.due_on, DealItem.id)
        )
        for deal_id, due, kind, title in late:
            assert due is not None
            overdue[deal_id].append((due, f"{CHECKLIST_TITLES[ChecklistKind(kind)]}: {title}"))
    rows: list[BoardRow] = []
    for r in deals:
        deal_id = r[0]
        if r[3]:
            vehicle = describe_vehicle(r[3], r[4], r[5])
        else:
            vehicle = describe_vehicle(r[6] or "", r[7] or "", r[8]) + " (to order)"
        late_items = overdue.get(deal_id, [])
        progress_map = {kind: counts[deal_id].get(kind, Progress(0, 0)) for kind in ChecklistKind}
        row = BoardRow(
            deal_id=deal_id,
            customer_id=CustomerId(r[1]),
            customer_name=r[2],
            vehicle=vehicle,
            consultant_id=r[9],
            consultant=r[10],
            opened_at=r[11],
            progress=progress_map,
            overdue_items=len(late_items),
            days_overdue=(today - late_items[0][0]).days if late_items else 0,
            most_overdue=late_items[0][1] if late_items else None,
            next_due=next_due.get(deal_id),
        )
        if overdue_only and not row.overdue_items:
            continue
        rows.append(row)
    rows.sort(key=lambda row: (-row.days_overdue, row.opened_at, row.deal_id))
    return rows
