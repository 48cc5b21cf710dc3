"""The first figures of the Today page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from showroom.deliveries.domain import DeliveryStatus
from showroom.kernel.roles import Role
from showroom.storage.models import (
    Customer,
    Deal,
    Delivery,
    DeliveryItem,
    Interaction,
    TestDrive,
    User,
    Vehicle,
)


@dataclass(frozen=True, slots=True)
class Overview:
    """Counts for a quick look at the showroom's database."""

    customers: int
    interactions_today: int
    interactions_week: int
    vehicles_in_stock: int
    vehicles_on_display: int
    fleet_cars: int


def overview(session: Session, day_start: datetime) -> Overview:
    """Counts as of the local day starting at ``day_start`` (time-zone aware)."""

    def count(query: object) -> int:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]

    return Overview(
        customers=count(select(func.count(Customer.id))),
        interactions_today=count(
            select(func.count(Interaction.id)).where(Interaction.occurred_at >= day_start)
        ),
        interactions_week=count(
            select(func.count(Interaction.id)).where(
                Interaction.occurred_at >= day_start - timedelta(days=6)
            )
        ),
        vehicles_in_stock=count(
            select(func.count(Vehicle.id)).where(
                Vehicle.role == "stock", Vehicle.status.in_(("in_stock", "on_display"))
            )
        ),
        vehicles_on_display=count(
            select(func.count(Vehicle.id)).where(Vehicle.status == "on_display")
        ),
        fleet_cars=count(select(func.count(Vehicle.id)).where(Vehicle.role == "fleet")),
    )


@dataclass(frozen=True, slots=True)
class TourSamples:
    """One record of each kind, for the tour that opens every window (screenshots, the
    translation check): the first customer, deal, drive, the planned delivery with the most
    to show, and an admin."""

    customer_id: int | None
    deal_id: int | None
    deal_customer_id: int | None
    drive_id: int | None
    delivery_id: int | None
    admin_id: int | None
    admin_role: str | None


def tour_samples(session: Session) -> TourSamples:
    def first(column: InstrumentedAttribute[int]) -> int | None:
        return session.scalar(select(column).order_by(column).limit(1))

    deal = session.execute(select(Deal.id, Deal.customer_id).order_by(Deal.id).limit(1)).first()
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
    return TourSamples(
        customer_id=first(Customer.id),
        deal_id=deal[0] if deal else None,
        deal_customer_id=deal[1] if deal else None,
        drive_id=first(TestDrive.id),
        delivery_id=delivery_id,
        admin_id=admin[0] if admin else None,
        admin_role=admin[1] if admin else None,
    )
