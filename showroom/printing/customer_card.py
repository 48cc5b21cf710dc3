"""The customer card form: its data loaded from the card and the timeline, printed and
archived in the customer's file."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from showroom.core.errors import ValidationError
from showroom.core.ids import CustomerId, UserId
from showroom.kernel.archive import ArchivedDocument, issue_document
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.models import Customer, CustomerPhone, Interaction, User

if TYPE_CHECKING:
    from showroom.documents.customer_card import CustomerCardData

TIMELINE_LIMIT = 50
"""How many of the latest timeline entries the customer card prints."""


# --- reading what a form prints ---------------------------------------------------------------
def load_customer_card(
    session: Session, customer_id: CustomerId, *, timeline_limit: int = TIMELINE_LIMIT
) -> CustomerCardData:
    """The customer card's data, with the latest ``timeline_limit`` timeline entries."""
    from showroom.documents.customer_card import (
        CustomerCardData,
        PhoneLine,
        TimelineLine,
        TradeIn,
    )

    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ValidationError(
            "customer id", "no customer has the id {customer_id}", customer_id=customer_id
        )
    consultant = (
        session.scalar(select(User.display_name).where(User.id == customer.assigned_consultant_id))
        if customer.assigned_consultant_id is not None
        else None
    )
    phones = session.execute(
        select(CustomerPhone.e164, CustomerPhone.label, CustomerPhone.is_primary)
        .where(CustomerPhone.customer_id == customer_id)
        .order_by(CustomerPhone.is_primary.desc(), CustomerPhone.id)
    ).all()
    phone_lines = tuple(PhoneLine(e164, label, primary) for e164, label, primary in phones)
    if not phone_lines and customer.primary_phone:
        phone_lines = (PhoneLine(customer.primary_phone, "phone", True),)
    author = aliased(User)
    entries = session.execute(
        select(Interaction.occurred_at, Interaction.kind, author.display_name, Interaction.summary)
        .outerjoin(author, author.id == Interaction.user_id)
        .where(Interaction.customer_id == customer_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(timeline_limit)
    ).all()
    total = session.scalar(
        select(func.count(Interaction.id)).where(Interaction.customer_id == customer_id)
    )
    has_trade_in = any(
        value is not None
        for value in (
            customer.trade_in_make,
            customer.trade_in_model,
            customer.trade_in_year,
            customer.trade_in_mileage_km,
        )
    )
    return CustomerCardData(
        customer_id=customer.id,
        full_name=customer.full_name,
        status=customer.status,
        source=customer.source,
        customer_since=customer.created_at,
        phones=phone_lines,
        email=customer.email,
        address=customer.address,
        consultant=consultant,
        preferred_language=customer.preferred_language,
        preferred_channel=customer.preferred_channel,
        preferred_time=customer.preferred_time,
        models_of_interest=customer.models_of_interest,
        budget_min=customer.budget_min,
        budget_max=customer.budget_max,
        timeframe=customer.timeframe,
        trade_in=TradeIn(
            customer.trade_in_make,
            customer.trade_in_model,
            customer.trade_in_year,
            customer.trade_in_mileage_km,
        )
        if has_trade_in
        else None,
        consent_contact=customer.consent_contact,
        consent_at=customer.consent_at,
        notes=customer.notes,
        timeline=tuple(
            TimelineLine(when, kind, by, summary) for when, kind, by, summary in entries
        ),
        timeline_total=int(total or 0),
    )


def print_customer_card(
    session: Session,
    customer_id: CustomerId,
    user_id: UserId,
    settings: ShowroomSettings,
    now: datetime,
    *,
    invariant: bool = False,
) -> ArchivedDocument:
    """Print the customer card and file it in the customer's archive."""
    from showroom.documents.customer_card import render_customer_card

    card = load_customer_card(session, customer_id)
    kind = DocumentKind.CUSTOMER_CARD
    return issue_document(
        session,
        kind=kind,
        title=f"{kind.heading}: {card.full_name}",
        customer_id=customer_id,
        user_id=user_id,
        settings=settings,
        now=now,
        render=lambda context: render_customer_card(card, context),
        invariant=invariant,
    )
