"""Demo deliveries: last year's handovers and the coming weeks, never a double booking."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from showroom.deliveries.domain import DeliveryStatus
from showroom.demo.world import generate_demo
from showroom.storage.database import Database
from showroom.storage.models import Deal, Delivery, OwedItem, SatisfactionCall, Task
from tests.services.test_deliveries import overlapping

NOW = datetime(2026, 11, 28, 15, 10, tzinfo=UTC)


def test_demo_fills_deliveries_without_overlaps(db: Database) -> None:
    with db.session() as s:
        generate_demo(s, customers=600, seed=5, interactions_per_customer=1, now=NOW)
    with db.session() as s:  # a second run adds around the first one's deliveries
        generate_demo(s, customers=100, seed=6, interactions_per_customer=1, now=NOW)
    with db.reader() as s:
        assert overlapping(s) == 0
        by_status = dict(
            s.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all()
        )
        completed_deals = s.scalar(select(func.count()).where(Deal.status == "completed"))
        assert by_status[DeliveryStatus.COMPLETED] >= 0.9 * (completed_deals or 0) > 30
        assert by_status[DeliveryStatus.PLANNED] >= 5
        assert (
            s.scalar(
                select(func.count()).where(Delivery.status == "planned", Delivery.starts_at < NOW)
            )
            == 0
        )
        assert (
            s.scalar(
                select(func.count()).where(Delivery.status == "completed", Delivery.ends_at > NOW)
            )
            == 0
        )
        assert s.scalar(select(func.count(OwedItem.id)).where(OwedItem.done_at.is_(None))) > 0
        scores = s.scalars(select(SatisfactionCall.score)).all()
        assert set(scores) <= {1, 2, 3, 4, 5} and 3.3 < sum(scores) / len(scores) < 4.7
        low = s.scalar(select(func.count()).where(SatisfactionCall.score <= 2))
        tasks = s.scalar(select(func.count()).where(Task.origin == "satisfaction"))
        assert low == tasks > 0
