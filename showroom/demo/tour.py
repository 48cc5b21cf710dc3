"""The records of a demo database that the screen tour opens its dialogs on.

The tour (``ui/tour.py``: the Chinese layout test, the screenshot script) needs one record
of each kind; the screens may not query the database themselves, so they ask for them here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom.core.ids import UserId
from showroom.deliveries.domain import DeliveryStatus
from showroom.kernel.roles import Role
from showroom.storage.models import Customer, Deal, Delivery, DeliveryItem, TestDrive, User


@dataclass(frozen=True, slots=True)
class TourRecords:
    """The first record of each kind (None when the database has none)."""

    customer_id: int | None
    deal_id: int | None
    deal_customer_id: int | None
    drive_id: int | None
    delivery_id: int | None  # a planned delivery with the most checklist items to show
    admin_id: UserId | None
    admin_role: str | None


def tour_records(session: Session) -> TourRecords:
    """One customer, deal (and its customer), test drive, planned delivery and admin."""
    first_deal = session.execute(
        select(Deal.id, Deal.customer_id).order_by(Deal.id).limit(1)
    ).first()
    delivery_id = session.scalar(
        select(Delivery.id)
        .where(Delivery.status == DeliveryStatus.PLANNED.value)
        .outerjoin(DeliveryItem, DeliveryItem.delivery_id == Delivery.id)
        .group_by(Delivery.id)
        .order_by(func.count(DeliveryItem.id).desc(), Delivery.id)
        .limit(1)
    )
    admin = session.execute(
        select(User.id, User.role).where(User.role == Role.ADMIN.value).order_by(User.id).limit(1)
    ).first()
    return TourRecords(
        customer_id=session.scalar(select(Customer.id).order_by(Customer.id).limit(1)),
        deal_id=first_deal[0] if first_deal else None,
        deal_customer_id=first_deal[1] if first_deal else None,
        drive_id=session.scalar(select(TestDrive.id).order_by(TestDrive.id).limit(1)),
        delivery_id=delivery_id,
        admin_id=UserId(admin[0]) if admin else None,
        admin_role=str(admin[1]) if admin else None,
    )
