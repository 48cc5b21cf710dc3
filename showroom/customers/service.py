"""Customer use cases: create and edit cards, guard against duplicates, merge, search.

Every function takes a Session first and never commits: the caller's unit of work does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    func,
    select,
)
from sqlalchemy.orm import Session

from showroom.core.errors import ConflictError, DomainError
from showroom.core.ids import CustomerId, UserId, is_record_id
from showroom.customers.domain import (
    CustomerDraft,
    ValidCustomer,
    search_document,
    validate_customer,
)
from showroom.kernel.access import CustomerNotFound, require
from showroom.kernel.audit import record
from showroom.kernel.permissions import Action
from showroom.kernel.settings import ShowroomSettings
from showroom.kernel.staff import require_active
from showroom.storage.models import Customer, CustomerPhone, Interaction
from showroom.storage.types import utc_now


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """Another customer whose phone or e-mail equals one of the card's."""

    id: CustomerId
    full_name: str
    matched_on: str  # "phone" or "email"
    value: str


class DuplicateCustomerError(DomainError):
    """The card's phone or e-mail belongs to another customer already."""

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        first = matches[0]
        super().__init__(
            "{full_name} (customer {id}) has the same {matched_on} {value}: open that card or merge the two.",
            full_name=first.full_name,
            id=first.id,
            matched_on=first.matched_on,
            value=first.value,
        )
        self.matches = matches


# --- reading ------------------------------------------------------------------------------
def get_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id) if is_record_id(customer_id) else None
    if customer is None:
        raise CustomerNotFound(customer_id)
    return customer


def find_duplicates(
    session: Session,
    phones: list[str],
    email: str | None,
    exclude_id: int | None = None,
) -> list[DuplicateMatch]:
    """Customers sharing any of ``phones`` (E.164) or ``email`` (case-insensitive)."""
    matches: list[DuplicateMatch] = []
    seen: set[tuple[int, str]] = set()
    if phones:
        by_phone = (
            select(Customer.id, Customer.full_name, CustomerPhone.e164)
            .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
            .where(CustomerPhone.e164.in_(phones))
        )
        if exclude_id is not None:
            by_phone = by_phone.where(Customer.id != exclude_id)
        for cid, name, e164 in session.execute(by_phone.order_by(Customer.id)):
            if (cid, "phone") not in seen:
                seen.add((cid, "phone"))
                matches.append(DuplicateMatch(CustomerId(cid), name, "phone", e164))
    if email:
        query = select(Customer.id, Customer.full_name, Customer.email).where(
            func.lower(Customer.email) == email.lower()
        )
        if exclude_id is not None:
            query = query.where(Customer.id != exclude_id)
        for cid, name, value in session.execute(query.order_by(Customer.id)):
            if (cid, "email") not in seen:
                seen.add((cid, "email"))
                matches.append(DuplicateMatch(CustomerId(cid), name, "email", value or ""))
    return matches


# --- writing ------------------------------------------------------------------------------
def _apply(customer: Customer, valid: ValidCustomer) -> None:
    customer.full_name = valid.full_name
    customer.name_folded = valid.name_folded
    customer.email = valid.email
    customer.primary_phone = valid.phones[0][0] if valid.phones else None
    customer.status = valid.status.value
    customer.source = valid.source.value
    customer.assigned_consultant_id = valid.assigned_consultant_id
    customer.preferred_language = valid.preferred_language
    customer.preferred_channel = valid.preferred_channel.value if valid.preferred_channel else None
    customer.preferred_time = valid.preferred_time
    customer.address = valid.address
    customer.models_of_interest = valid.models_of_interest
    customer.budget_min = valid.budget_min
    customer.budget_max = valid.budget_max
    customer.timeframe = valid.timeframe
    customer.trade_in_make = valid.trade_in_make
    customer.trade_in_model = valid.trade_in_model
    customer.trade_in_year = valid.trade_in_year
    customer.trade_in_mileage_km = valid.trade_in_mileage_km
    customer.trade_in_plate = valid.trade_in_plate
    customer.trade_in_vin = valid.trade_in_vin
    customer.notes = valid.notes


def set_phones(customer: Customer, phones: tuple[tuple[str, str], ...]) -> None:
    existing = {p.e164: p for p in customer.phones}
    keep: list[CustomerPhone] = []
    for index, (e164, label) in enumerate(phones):
        phone = existing.get(e164) or CustomerPhone(e164=e164)
        phone.label = label
        phone.is_primary = index == 0
        keep.append(phone)
    customer.phones = keep


def refresh_search_text(session: Session, customer: Customer) -> None:
    """Recompute what search finds this customer by (after any change to those fields)."""
    customer.search_text = search_document(
        customer.name_folded,
        [p.e164 for p in sorted(customer.phones, key=lambda p: not p.is_primary)],
        customer.email,
        [customer.trade_in_plate] if customer.trade_in_plate else [],
        [customer.trade_in_vin] if customer.trade_in_vin else [],
    )


def _check_consultant(
    session: Session, consultant_id: int | None, current: int | None = None
) -> None:
    """A newly assigned consultant must be an active staff member; a card keeps the one it
    has (a consultant who left) until someone reassigns it."""
    if consultant_id is not None and consultant_id != current:
        require_active(session, consultant_id, "consultant")


def create_customer(
    session: Session,
    draft: CustomerDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    allow_duplicate: bool = False,
    now: datetime | None = None,
) -> CustomerId:
    """Validate and add a customer card.

    Raises ValidationErrors for broken rules and DuplicateCustomerError when the phone or
    e-mail is another customer's (unless ``allow_duplicate``); nothing is written then.
    """
    now = now or utc_now()
    user = require(session, actor_id, Action.CREATE_CUSTOMER)
    valid = validate_customer(draft, settings.default_region, now.year)
    _check_consultant(session, valid.assigned_consultant_id)
    if user is not None and valid.assigned_consultant_id not in (None, user.id):
        require(session, actor_id, Action.REASSIGN_CUSTOMER)
    if not allow_duplicate:
        matches = find_duplicates(session, [p[0] for p in valid.phones], valid.email)
        if matches:
            raise DuplicateCustomerError(matches)
    customer = Customer(created_at=now, updated_at=now, consent_contact=valid.consent_contact)
    _apply(customer, valid)
    customer.consent_at = now if valid.consent_contact else None
    set_phones(customer, valid.phones)
    refresh_search_text(session, customer)
    session.add(customer)
    session.flush()
    session.add(
        Interaction(
            customer_id=customer.id,
            user_id=actor_id,
            kind="note",
            occurred_at=now,
            summary="Customer card created",
        )
    )
    record(session, actor_id, "create", "customer", customer.id, customer.full_name)
    return CustomerId(customer.id)


def update_customer(
    session: Session,
    customer_id: int,
    expected_version: int,
    draft: CustomerDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    allow_duplicate: bool = False,
    now: datetime | None = None,
) -> list[str]:
    """Save an edited card read at ``expected_version``; returns the names of changed fields.

    If another PC saved the card meanwhile, raises ConflictError and changes nothing.
    """
    now = now or utc_now()
    require(session, actor_id, Action.EDIT_CUSTOMER, customer_id)
    customer = get_customer(session, customer_id)
    if customer.version != expected_version:
        raise ConflictError(
            "{full_name}'s card was changed on another PC after you opened it; reload it to see the changes, then apply yours again.",
            full_name=customer.full_name,
        )
    valid = validate_customer(draft, settings.default_region, now.year)
    _check_consultant(session, valid.assigned_consultant_id, customer.assigned_consultant_id)
    if not allow_duplicate:
        matches = find_duplicates(
            session, [p[0] for p in valid.phones], valid.email, exclude_id=customer.id
        )
        if matches:
            raise DuplicateCustomerError(matches)
    if valid.assigned_consultant_id != customer.assigned_consultant_id:
        require(session, actor_id, Action.REASSIGN_CUSTOMER)
    before = card_values(customer)
    _apply(customer, valid)
    if valid.consent_contact != customer.consent_contact:
        customer.consent_contact = valid.consent_contact
        customer.consent_at = now if valid.consent_contact else None
    set_phones(customer, valid.phones)
    refresh_search_text(session, customer)
    after = card_values(customer)
    changed = [name for name in after if after[name] != before[name]]
    if changed:
        customer.updated_at = now
        record(
            session,
            actor_id,
            "update",
            "customer",
            customer.id,
            customer.full_name,
            {name: (before[name], after[name]) for name in changed},
        )
    session.flush()
    return changed


def card_values(customer: Customer) -> dict[str, object]:
    """The card's editable values, for comparing before and after an edit."""
    return {
        "full_name": customer.full_name,
        "phones": tuple((p.e164, p.label) for p in customer.phones),
        "email": customer.email,
        "status": customer.status,
        "source": customer.source,
        "assigned_consultant_id": customer.assigned_consultant_id,
        "preferred_language": customer.preferred_language,
        "preferred_channel": customer.preferred_channel,
        "preferred_time": customer.preferred_time,
        "address": customer.address,
        "models_of_interest": customer.models_of_interest,
        "budget_min": customer.budget_min,
        "budget_max": customer.budget_max,
        "timeframe": customer.timeframe,
        "trade_in_make": customer.trade_in_make,
        "trade_in_model": customer.trade_in_model,
        "trade_in_year": customer.trade_in_year,
        "trade_in_mileage_km": customer.trade_in_mileage_km,
        "trade_in_plate": customer.trade_in_plate,
        "trade_in_vin": customer.trade_in_vin,
        "consent_contact": customer.consent_contact,
        "notes": customer.notes,
    }


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"
