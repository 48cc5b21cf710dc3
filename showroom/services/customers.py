"""Customer use cases: listing for now; cards, search and merge build on this."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session, aliased

from showroom.domain.ids import CustomerId
from showroom.storage.models import Customer, User


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customers list."""

    id: CustomerId
    full_name: str
    phone: str | None
    email: str | None
    status: str
    consultant: str | None
    created_at: datetime
    sort_key: str


def list_customers_page(
    session: Session, after: tuple[str, int] | None = None, limit: int = 200
) -> list[CustomerRow]:
    """Customers in name order, ``limit`` at a time after the key ``(name_folded, id)``.

    Keyset paging keeps every page as fast as the first, at 100,000 customers or 1,000,000.
    """
    consultant = aliased(User)
    query = (
        select(
            Customer.id,
            Customer.full_name,
            Customer.primary_phone,
            Customer.email,
            Customer.status,
            consultant.display_name,
            Customer.created_at,
            Customer.name_folded,
        )
        .outerjoin(consultant, consultant.id == Customer.assigned_consultant_id)
        .order_by(Customer.name_folded, Customer.id)
        .limit(limit)
    )
    if after is not None:
        query = query.where(tuple_(Customer.name_folded, Customer.id) > tuple_(*after))
    return [
        CustomerRow(CustomerId(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7])
        for r in session.execute(query)
    ]


def count_customers(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count(Customer.id))) or 0)
