"""The customer card as it opens: the record, its phones, open follow-ups, the latest timeline
and the documents archived for the customer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from showroom.core.ids import CustomerId
from showroom.customers.service import card_values, get_customer
from showroom.kernel.access import require
from showroom.kernel.permissions import Action


@dataclass(frozen=True, slots=True)
class CardView:
    """Everything the customer card shows, read in one unit of work."""

    values: dict[str, object]
    phones: list[str]
    consent_at: datetime | None
    version: int
    timeline: list[Any]
    follow_ups: list[tuple[date, str, str]]
    documents: list[Any]


def load_card(
    session: Session, customer_id: int, actor_id: int | None = None, timeline_limit: int = 1000
) -> CardView:
    """Read a customer card with its timeline, open follow-ups and file of printed documents
    (what opening it costs)."""
    from showroom.customers.follow_ups import open_follow_ups
    from showroom.customers.timeline import timeline
    from showroom.kernel.archive import list_documents

    require(session, actor_id, Action.VIEW_CUSTOMER, customer_id)
    customer = get_customer(session, customer_id)
    phones = [p.e164 for p in sorted(customer.phones, key=lambda p: not p.is_primary)]
    return CardView(
        values=card_values(customer),
        phones=phones,
        consent_at=customer.consent_at,
        version=customer.version,
        timeline=list(timeline(session, customer_id, limit=timeline_limit)),
        follow_ups=[(t.due_on, t.reason, t.kind) for t in open_follow_ups(session, customer_id)],
        documents=list(list_documents(session, CustomerId(customer_id))),
    )
