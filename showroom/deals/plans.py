"""Purchase plans: drawing one up for a customer, editing, comparing, declining.

A plan belongs to a customer; a customer may have several, compared side by side. Its
amounts are stored in the currency of the showroom when the plan was drawn up. A plan can
be edited while it is open; accepting it (see :mod:`showroom.deals.service`) turns it into
a deal and freezes it.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from showroom.core.errors import (
    ConflictError,
    DomainError,
    NotFound,
    ValidationError,
    ValidationErrors,
)
from showroom.core.ids import CustomerId, UserId, is_record_id
from showroom.core.text import clean_line
from showroom.customers.service import get_customer
from showroom.deals.domain import (
    AccessoryLine,
    PaymentMethod,
    PlanDraft,
    PlanFigures,
    PlanStatus,
    PlanTotals,
    PriceDraft,
    ValidPlanText,
    compute_totals,
    validate_plan_text,
    validate_price,
)
from showroom.kernel.access import require, visible_customers
from showroom.kernel.conflicts import flush_checked
from showroom.kernel.money import format_amount, format_rate
from showroom.kernel.permissions import Action
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.models import (
    BoutiqueItem,
    Customer,
    Deal,
    Interaction,
    PlanAccessory,
    PurchasePlan,
    User,
    Vehicle,
)
from showroom.storage.types import utc_now
from showroom.vehicles.domain import VehicleRole
from showroom.vehicles.stock import AVAILABLE_STATUSES, describe_vehicle

COPIED_FIELDS = (
    "budget",
    "intended_use",
    "must_haves",
    "vehicle_id",
    "order_make",
    "order_model",
    "order_trim",
    "order_colour",
    "list_price",
    "discount",
    "fees",
    "trade_in_allowance",
    "trade_in_description",
    "payment",
    "deposit",
    "term_months",
    "apr",
    "final_payment",
    "notes",
)


class PlanNotFound(NotFound):
    def __init__(self, plan_id: int) -> None:
        super().__init__("There is no purchase plan with number {plan_id}.", plan_id=plan_id)


def get_plan(session: Session, plan_id: int) -> PurchasePlan:
    plan = session.get(PurchasePlan, plan_id) if is_record_id(plan_id) else None
    if plan is None:
        raise PlanNotFound(plan_id)
    return plan


# --- writing ---------------------------------------------------------------------------------
def _plan_for(session: Session, actor_id: int | None, plan_id: int) -> PurchasePlan:
    """The plan, if the actor may work on its customer's plans and deals."""
    plan = get_plan(session, plan_id)
    require(session, actor_id, Action.WORK_DEAL, plan.customer_id)
    return plan


def _accessory_lines(
    session: Session, plan: PurchasePlan | None, draft: PlanDraft
) -> list[PlanAccessory]:
    """The plan's accessory lines for the draft: a line the plan had keeps the price it was
    proposed at; a new one copies the catalogue's current name and price."""
    kept = {a.boutique_item_id: a for a in plan.accessories} if plan is not None else {}
    wanted = [c.boutique_item_id for c in draft.accessories]
    catalogue = {
        item.id: item
        for item in session.scalars(select(BoutiqueItem).where(BoutiqueItem.id.in_(wanted)))
    }
    lines: list[PlanAccessory] = []
    seen: set[int] = set()
    for position, choice in enumerate(draft.accessories):
        if choice.boutique_item_id in seen:
            raise ValidationError("accessories", "list each accessory once, with its quantity")
        seen.add(choice.boutique_item_id)
        old = kept.get(choice.boutique_item_id)
        if old is not None:
            old.position, old.quantity = position, choice.quantity
            lines.append(old)
            continue
        item = catalogue.get(choice.boutique_item_id)
        if item is None:
            raise ValidationError(
                "accessories",
                "there is no accessory number {boutique_item_id}",
                boutique_item_id=choice.boutique_item_id,
            )
        if not item.active:
            raise ValidationError(
                "accessories", "“{name}” is no longer in the catalogue", name=item.name
            )
        lines.append(
            PlanAccessory(
                boutique_item_id=item.id,
                position=position,
                name=item.name,
                unit_price=item.price,
                quantity=choice.quantity,
            )
        )
    return lines


def _check_vehicle(session: Session, plan: PurchasePlan | None, vehicle_id: int | None) -> None:
    if vehicle_id is None or (plan is not None and plan.vehicle_id == vehicle_id):
        return  # a plan keeps the car it proposed; accepting checks it is still free
    vehicle = session.get(Vehicle, vehicle_id) if is_record_id(vehicle_id) else None
    if vehicle is None or vehicle.role != VehicleRole.STOCK.value:
        raise ValidationError(
            "vehicle", "there is no stock car with number {vehicle_id}", vehicle_id=vehicle_id
        )
    if vehicle.status not in AVAILABLE_STATUSES:
        raise ValidationError(
            "vehicle",
            "the {make} {model} ({car}) is {status}: choose another car or a model to order",
            make=vehicle.make,
            model=vehicle.model,
            car=vehicle.stock_number or vehicle.vin,
            status=vehicle.status.replace("_", " "),
        )


def _validate(
    session: Session,
    plan: PurchasePlan | None,
    draft: PlanDraft,
    currency: str,
    locale: str,
) -> tuple[ValidPlanText, PlanFigures, list[PlanAccessory]]:
    """All of a plan's rules; every broken one is reported at once, nothing is written."""
    errors: list[ValidationError] = []
    text: ValidPlanText | None = None
    try:
        text = validate_plan_text(draft, currency, locale)
    except ValidationErrors as caught:
        errors += caught.errors
    lines: list[PlanAccessory] = []
    try:
        _check_vehicle(session, plan, draft.vehicle_id)
    except ValidationError as error:
        errors.append(error)
    try:
        lines = _accessory_lines(session, plan, draft)
    except ValidationError as error:
        errors.append(error)
    figures: PlanFigures | None = None
    try:
        figures = validate_price(
            draft.price,
            tuple(AccessoryLine(a.name, a.unit_price, a.quantity) for a in lines),
            currency,
            locale,
        )
    except ValidationErrors as caught:
        errors += caught.errors
    if errors:
        raise ValidationErrors(errors)
    assert text is not None and figures is not None
    return text, figures, lines


def _apply(plan: PurchasePlan, text: ValidPlanText, figures: PlanFigures) -> None:
    plan.budget = text.budget
    plan.intended_use = text.intended_use
    plan.must_haves = text.must_haves
    plan.vehicle_id = text.vehicle_id
    plan.order_make = text.order_make
    plan.order_model = text.order_model
    plan.order_trim = text.order_trim
    plan.order_colour = text.order_colour
    plan.list_price = figures.list_price
    plan.discount = figures.discount
    plan.fees = figures.fees
    plan.trade_in_allowance = figures.trade_in_allowance
    plan.trade_in_description = text.trade_in_description
    plan.payment = figures.payment.value
    plan.deposit = figures.deposit
    plan.term_months = figures.term_months
    plan.apr = figures.apr
    plan.final_payment = figures.final_payment
    plan.notes = text.notes


def _next_title(session: Session, customer_id: int) -> str:
    count = session.scalar(
        select(func.count(PurchasePlan.id)).where(PurchasePlan.customer_id == customer_id)
    )
    index = int(count or 0)
    letters = string.ascii_uppercase
    return f"Plan {letters[index % 26]}" + (str(index // 26 + 1) if index >= 26 else "")


def create_plan(
    session: Session,
    customer_id: int,
    draft: PlanDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> int:
    """Draw up a plan for a customer; returns its id. The plan is in the showroom's
    currency; its title defaults to 'Plan A', 'Plan B'… The timeline notes it."""
    now = now or utc_now()
    require(session, actor_id, Action.WORK_DEAL, customer_id)
    customer = get_customer(session, customer_id)
    text, figures, lines = _validate(session, None, draft, settings.currency, settings.locale)
    plan = PurchasePlan(
        customer_id=customer.id,
        consultant_id=customer.assigned_consultant_id or actor_id,
        title=text.title or _next_title(session, customer.id),
        status=PlanStatus.OPEN.value,
        currency=settings.currency,
        created_at=now,
        created_by_id=actor_id,
        updated_at=now,
    )
    _apply(plan, text, figures)
    plan.accessories = lines
    session.add(plan)
    session.flush()
    totals = compute_totals(figures)
    session.add(
        Interaction(
            customer_id=customer.id,
            user_id=actor_id,
            kind="note",
            occurred_at=now,
            summary=(
                f"Purchase plan “{plan.title}” drawn up: {plan_vehicle_text(session, plan)}, "
                f"{format_amount(totals.to_pay, plan.currency, settings.locale)} {plan.currency}"
            )[:500],
        )
    )
    return plan.id


def _editable(plan: PurchasePlan, expected_version: int) -> None:
    if plan.version != expected_version:
        raise ConflictError(
            "“{title}” was changed on another PC after you opened it; reload it to see the changes, then apply yours again.",
            title=plan.title,
        )
    if plan.status != PlanStatus.OPEN.value:
        raise DomainError(
            "“{title}” is {status} and can no longer be changed; copy it to a new plan instead.",
            title=plan.title,
            status=plan.status,
        )


def update_plan(
    session: Session,
    plan_id: int,
    expected_version: int,
    draft: PlanDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> None:
    """Save an edited open plan read at ``expected_version``, in the plan's own currency."""
    plan = _plan_for(session, actor_id, plan_id)
    _editable(plan, expected_version)
    text, figures, lines = _validate(session, plan, draft, plan.currency, settings.locale)
    _apply(plan, text, figures)
    if text.title:
        plan.title = text.title
    plan.accessories = lines
    plan.updated_at = now or utc_now()
    flush_checked(session, f"“{plan.title}” was changed on another PC a moment ago; reload it.")


def copy_plan(
    session: Session, plan_id: int, actor_id: UserId | None, *, now: datetime | None = None
) -> int:
    """A new open plan with the same contents (for a variant to compare, or to revise a
    declined one). Accessories keep the prices the original proposed."""
    now = now or utc_now()
    source = _plan_for(session, actor_id, plan_id)
    plan = PurchasePlan(
        customer_id=source.customer_id,
        consultant_id=source.consultant_id,
        title=_next_title(session, source.customer_id),
        status=PlanStatus.OPEN.value,
        currency=source.currency,
        created_at=now,
        created_by_id=actor_id,
        updated_at=now,
    )
    for name in COPIED_FIELDS:
        setattr(plan, name, getattr(source, name))
    plan.accessories = [
        PlanAccessory(
            boutique_item_id=a.boutique_item_id,
            position=a.position,
            name=a.name,
            unit_price=a.unit_price,
            quantity=a.quantity,
        )
        for a in source.accessories
    ]
    session.add(plan)
    session.flush()
    return plan.id


def decline_plan(
    session: Session,
    plan_id: int,
    expected_version: int,
    reason: str,
    actor_id: UserId | None,
    *,
    now: datetime | None = None,
) -> None:
    """The customer turned the plan down; the timeline says why."""
    now = now or utc_now()
    plan = _plan_for(session, actor_id, plan_id)
    _editable(plan, expected_version)
    text = clean_line(reason, "reason", max_length=300)
    plan.status = PlanStatus.DECLINED.value
    plan.updated_at = now
    session.add(
        Interaction(
            customer_id=plan.customer_id,
            user_id=actor_id,
            kind="note",
            occurred_at=now,
            summary=f"Purchase plan “{plan.title}” declined" + (f": {text}" if text else ""),
        )
    )
    flush_checked(session, f"“{plan.title}” was changed on another PC a moment ago; reload it.")


# --- reading ---------------------------------------------------------------------------------
def plan_vehicle_name(session: Session, plan: PurchasePlan) -> tuple[str, str]:
    """('Kia Sportage GT-Line, Lunar Silver', 'stock S100123') or (…, 'to order')."""
    if plan.vehicle_id is not None:
        vehicle = session.get(Vehicle, plan.vehicle_id)
        if vehicle is not None:
            name = describe_vehicle(vehicle.make, vehicle.model, vehicle.trim, vehicle.colour)
            return name, f"stock {vehicle.stock_number or vehicle.vin}"
    name = describe_vehicle(
        plan.order_make or "", plan.order_model or "", plan.order_trim, plan.order_colour
    )
    return name, "to order"


def plan_vehicle_text(session: Session, plan: PurchasePlan) -> str:
    """'Kia Sportage GT-Line, Lunar Silver (stock S100123)' or '… (to order)'."""
    name, where = plan_vehicle_name(session, plan)
    return f"{name} ({where})"


def figures_of(plan: PurchasePlan) -> PlanFigures:
    """The stored plan's figures, for :func:`compute_totals`."""
    return PlanFigures(
        currency=plan.currency,
        list_price=plan.list_price,
        discount=plan.discount,
        accessories=tuple(
            AccessoryLine(a.name, a.unit_price, a.quantity) for a in plan.accessories
        ),
        fees=plan.fees,
        trade_in_allowance=plan.trade_in_allowance,
        payment=PaymentMethod(plan.payment),
        deposit=plan.deposit,
        term_months=plan.term_months,
        apr=plan.apr,
        final_payment=plan.final_payment,
    )


@dataclass(frozen=True, slots=True)
class PlanAccessoryView:
    boutique_item_id: int | None
    name: str
    unit_price: Decimal
    quantity: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class PlanView:
    """Everything about one plan, read in one go: for the editor, the comparison and the
    printed proposal."""

    id: int
    version: int
    customer_id: CustomerId
    customer_name: str
    consultant: str | None
    title: str
    status: PlanStatus
    currency: str
    budget: Decimal | None
    intended_use: str | None
    must_haves: str | None
    vehicle_id: int | None
    vehicle_text: str
    vehicle_name: str
    vin: str | None
    order_make: str | None
    order_model: str | None
    order_trim: str | None
    order_colour: str | None
    accessories: tuple[PlanAccessoryView, ...]
    trade_in_description: str | None
    notes: str | None
    totals: PlanTotals
    deal_id: int | None
    created_at: datetime
    updated_at: datetime

    def draft(self, locale: str) -> PlanDraft:
        """The editor's field values for this plan."""
        from showroom.deals.domain import AccessoryChoice

        def amount(value: Decimal | None, blank_zero: bool = True) -> str:
            if value is None or (blank_zero and value == 0):
                return ""
            return format_amount(value, self.currency, locale)

        t = self.totals
        return PlanDraft(
            title=self.title,
            budget=amount(self.budget),
            intended_use=self.intended_use or "",
            must_haves=self.must_haves or "",
            vehicle_id=self.vehicle_id,
            order_make=self.order_make or "",
            order_model=self.order_model or "",
            order_trim=self.order_trim or "",
            order_colour=self.order_colour or "",
            accessories=tuple(
                AccessoryChoice(a.boutique_item_id, a.quantity)
                for a in self.accessories
                if a.boutique_item_id is not None
            ),
            price=PriceDraft(
                list_price=amount(t.list_price, blank_zero=False),
                discount=amount(t.discount),
                fees=amount(t.fees),
                trade_in_allowance=amount(t.trade_in_allowance),
                payment=t.payment.value,
                deposit=amount(t.deposit),
                term_months=str(t.term_months or ""),
                apr="" if t.apr is None else format_rate(t.apr, locale),
                final_payment=amount(t.final_payment),
            ),
            trade_in_description=self.trade_in_description or "",
            notes=self.notes or "",
        )


def plan_view(session: Session, plan_id: int, *, actor_id: int | None) -> PlanView:
    """A plan as the screens and the proposal show it, for someone who may see its customer."""
    plan = get_plan(session, plan_id)
    require(session, actor_id, Action.VIEW_CUSTOMER, plan.customer_id)
    customer = session.get(Customer, plan.customer_id)
    assert customer is not None
    consultant = session.get(User, plan.consultant_id) if plan.consultant_id else None
    vin = None
    if plan.vehicle_id is not None:
        vin = session.scalar(select(Vehicle.vin).where(Vehicle.id == plan.vehicle_id))
    deal_id = session.scalar(select(Deal.id).where(Deal.plan_id == plan.id))
    totals = compute_totals(figures_of(plan))
    return PlanView(
        id=plan.id,
        version=plan.version,
        customer_id=CustomerId(plan.customer_id),
        customer_name=customer.full_name,
        consultant=consultant.display_name if consultant else None,
        title=plan.title,
        status=PlanStatus(plan.status),
        currency=plan.currency,
        budget=plan.budget,
        intended_use=plan.intended_use,
        must_haves=plan.must_haves,
        vehicle_id=plan.vehicle_id,
        vehicle_text=plan_vehicle_text(session, plan),
        vehicle_name=plan_vehicle_name(session, plan)[0],
        vin=vin,
        order_make=plan.order_make,
        order_model=plan.order_model,
        order_trim=plan.order_trim,
        order_colour=plan.order_colour,
        accessories=tuple(
            PlanAccessoryView(a.boutique_item_id, a.name, a.unit_price, a.quantity, amount)
            for a, (_n, _q, _u, amount) in zip(
                plan.accessories, totals.accessory_lines, strict=True
            )
        ),
        trade_in_description=plan.trade_in_description,
        notes=plan.notes,
        totals=totals,
        deal_id=deal_id,
        created_at=plan.created_at,
        updated_at=plan.updated_at,
    )


def customer_plans(
    session: Session, customer_id: int, include_declined: bool = True, *, actor_id: int | None
) -> list[PlanView]:
    """A customer's plans, oldest first, for the side-by-side comparison."""
    require(session, actor_id, Action.VIEW_CUSTOMER, customer_id)
    query = (
        select(PurchasePlan.id)
        .where(PurchasePlan.customer_id == customer_id)
        .order_by(PurchasePlan.id)
    )
    if not include_declined:
        query = query.where(PurchasePlan.status != PlanStatus.DECLINED.value)
    return [plan_view(session, pid, actor_id=None) for pid in session.scalars(query)]


@dataclass(frozen=True, slots=True)
class PlanFilter:
    """What the plans list shows: a customer name fragment, a status, a consultant."""

    text: str = ""
    status: str | None = None
    consultant_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One line of the plans list."""

    id: int
    customer_id: CustomerId
    customer_name: str
    title: str
    vehicle: str
    payment: str
    list_price: Decimal
    currency: str
    status: str
    consultant: str | None
    updated_at: datetime


def search_plans(
    session: Session, flt: PlanFilter, limit: int = 500, *, actor_id: int | None = None
) -> list[PlanRow]:
    """Plans matching the filter, most recently changed first."""
    from showroom.core.text import fold

    consultant = aliased(User)
    query = (
        select(
            PurchasePlan.id,
            PurchasePlan.customer_id,
            Customer.full_name,
            PurchasePlan.title,
            Vehicle.make,
            Vehicle.model,
            PurchasePlan.order_make,
            PurchasePlan.order_model,
            PurchasePlan.payment,
            PurchasePlan.list_price,
            PurchasePlan.currency,
            PurchasePlan.status,
            consultant.display_name,
            PurchasePlan.updated_at,
        )
        .join(Customer, Customer.id == PurchasePlan.customer_id)
        .outerjoin(Vehicle, Vehicle.id == PurchasePlan.vehicle_id)
        .outerjoin(consultant, consultant.id == PurchasePlan.consultant_id)
        .order_by(PurchasePlan.updated_at.desc(), PurchasePlan.id.desc())
        .limit(limit)
    )
    for word in fold(flt.text).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Customer.name_folded.like(f"%{escaped}%", escape="\\"))
    if flt.status:
        query = query.where(PurchasePlan.status == flt.status)
    if flt.consultant_id is not None:
        query = query.where(PurchasePlan.consultant_id == flt.consultant_id)
    visible = visible_customers(session, actor_id)
    if visible is not None:  # a consultant lists the plans of the customers they may see
        query = query.where(visible)
    rows = []
    for r in session.execute(query):
        vehicle = f"{r[4]} {r[5]}" if r[4] else f"{r[6] or ''} {r[7] or ''} (to order)".strip()
        rows.append(
            PlanRow(
                r[0], CustomerId(r[1]), r[2], r[3], vehicle, r[8], r[9], r[10], r[11], r[12], r[13]
            )
        )
    return rows
