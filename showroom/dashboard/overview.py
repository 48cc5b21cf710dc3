"""The first figures of the Today page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom.storage.models import Customer, Interaction, Vehicle


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
