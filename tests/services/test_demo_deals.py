"""The demo's plans and deals: consistent with the stock, and with the app's own rules."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select, text

from showroom.deals.service import deals_board
from showroom.demo.world import generate_demo
from showroom.storage.database import Database
from showroom.storage.models import DealItem, Interaction

NOW = datetime(2026, 11, 27, 15, 30, tzinfo=UTC)


def count(db: Database, sql: str) -> int:
    with db.reader() as session:
        return int(session.scalar(text(sql)) or 0)


def test_demo_deals_are_consistent_twice_over(db: Database) -> None:
    for seed in (1, 2):  # a second run adds to the first
        with db.session() as session:
            generate_demo(session, customers=600, seed=seed, interactions_per_customer=2, now=NOW)
    assert count(db, "SELECT count(*) FROM boutique_items") == 17
    assert count(db, "SELECT count(*) FROM deals WHERE status = 'completed'") > 50
    assert count(db, "SELECT count(*) FROM deals WHERE status = 'open'") > 10
    assert count(db, "SELECT count(*) FROM purchase_plans WHERE status = 'open'") > 10
    # every reserved or sold car is held by exactly one open deal, and the other way round
    assert (
        count(
            db,
            "SELECT count(*) FROM vehicles v WHERE v.status IN ('reserved', 'sold') AND "
            "(SELECT count(*) FROM deals d WHERE d.vehicle_id = v.id AND d.status = 'open') != 1",
        )
        == 0
    )
    assert (
        count(
            db,
            "SELECT count(*) FROM deals d JOIN vehicles v ON v.id = d.vehicle_id "
            "WHERE d.status = 'open' AND v.status NOT IN ('reserved', 'sold')",
        )
        == 0
    )
    # sold exactly when the purchase checklist is complete
    assert (
        count(
            db,
            "SELECT count(*) FROM deals d JOIN vehicles v ON v.id = d.vehicle_id "
            "WHERE d.status = 'open' AND (v.status = 'sold') != NOT EXISTS ("
            "SELECT 1 FROM deal_items i WHERE i.deal_id = d.id AND i.checklist = 'purchase' "
            "AND i.state != 'done')",
        )
        == 0
    )
    # completed deals: car delivered, every item done, customer an owner
    assert (
        count(
            db,
            "SELECT count(*) FROM deals d JOIN vehicles v ON v.id = d.vehicle_id "
            "JOIN customers c ON c.id = d.customer_id WHERE d.status = 'completed' "
            "AND (v.status != 'delivered' OR c.status != 'owner' OR EXISTS ("
            "SELECT 1 FROM deal_items i WHERE i.deal_id = d.id AND i.state != 'done'))",
        )
        == 0
    )
    # a done value-item has its value; nothing is done in the future
    assert (
        count(
            db,
            "SELECT count(*) FROM deal_items WHERE needs_value AND state = 'done' AND value IS NULL",
        )
        == 0
    )
    with db.reader() as session:
        board = deals_board(session, NOW.date())
        late = session.scalar(select(func.count(DealItem.id)).where(DealItem.done_at > NOW))
        future = session.scalar(
            select(func.count(Interaction.id)).where(Interaction.occurred_at > NOW)
        )
    assert late == 0 and future == 0
    assert any(row.overdue_items for row in board)
    assert any(not row.overdue_items for row in board)
    assert count(db, "SELECT count(*) FROM interactions WHERE kind = 'deal_step'") > 500
