"""Deliveries: ceremonies that cannot double-book a bay or a consultant, their plan, PDI and
documents lists, "we owe" items and satisfaction calls.

Revision ID: 0008
Revises: 0004
Create Date: 2026-11-27

A planned or completed delivery holds its bay and its consultant from ``starts_at`` to
``ends_at`` (half-open). As for test drives (0004) the database refuses an overlap:

- PostgreSQL: two exclusion constraints over ``tstzrange(starts_at, ends_at)`` with
  btree_gist, partial on the holding states.
- SQLite: two triggers that abort an insert or update that would overlap (or last a day or
  more, which the overlap search relies on). The service checks first inside its
  ``BEGIN IMMEDIATE`` unit of work, so the triggers only fire on a bug or a hand edit. A
  later batch migration that rebuilds ``deliveries`` must re-create them.
"""

from collections.abc import Sequence

import showroom.storage.types
import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept literal (not imported) so that this migration never changes when the code does.
HOLDING = "('planned', 'completed')"

POSTGRES_GUARDS = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    *(
        f"ALTER TABLE deliveries ADD CONSTRAINT ex_deliveries_{name} "
        f"EXCLUDE USING gist ({column} WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) "
        f"WHERE (status IN {HOLDING})"
        for name, column in (("bay", "bay"), ("consultant", "consultant_id"))
    ),
]

_OVERLAP = f"""
    NEW.status IN {HOLDING} AND EXISTS (
        SELECT 1 FROM deliveries AS d
        WHERE d.id IS NOT NEW.id
          AND d.status IN {HOLDING}
          AND d.starts_at < NEW.ends_at AND NEW.starts_at < d.ends_at
          AND d.starts_at > datetime(NEW.ends_at, '-1 day')
          AND (d.bay = NEW.bay OR d.consultant_id = NEW.consultant_id))"""
_GUARD = f"""
        BEGIN
            SELECT RAISE(ABORT, 'delivery of a day or more')
            WHERE NEW.ends_at >= datetime(NEW.starts_at, '+1 day');
            SELECT RAISE(ABORT, 'delivery overlaps another delivery of the bay or consultant')
            WHERE {_OVERLAP};
        END"""
SQLITE_GUARDS = [
    f"CREATE TRIGGER deliveries_no_overlap_insert BEFORE INSERT ON deliveries {_GUARD}",
    "CREATE TRIGGER deliveries_no_overlap_update BEFORE UPDATE OF starts_at, ends_at, status, "
    f"bay, consultant_id ON deliveries {_GUARD}",
]

UTC = showroom.storage.types.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("bay", sa.String(length=40), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("service_adviser", sa.String(length=120), nullable=True),
        sa.Column("party", sa.String(length=300), nullable=True),
        sa.Column("starts_at", UTC(timezone=True), nullable=False),
        sa.Column("ends_at", UTC(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("keys_count", sa.Integer(), nullable=False),
        sa.Column("odometer_km", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(length=500), nullable=True),
        sa.Column("override_reason", sa.String(length=300), nullable=True),
        sa.Column("override_by_id", sa.Integer(), nullable=True),
        sa.Column("completed_at", UTC(timezone=True), nullable=True),
        sa.Column("completed_by_id", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", sa.String(length=300), nullable=True),
        sa.Column("created_at", UTC(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_deliveries_ends_after_start")),
        sa.CheckConstraint(
            "status IN ('planned', 'completed', 'cancelled')", name=op.f("ck_deliveries_status")
        ),
        sa.CheckConstraint("keys_count BETWEEN 0 AND 10", name=op.f("ck_deliveries_keys_0_to_10")),
        sa.ForeignKeyConstraint(
            ["completed_by_id"], ["users.id"], name=op.f("fk_deliveries_completed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["users.id"], name=op.f("fk_deliveries_consultant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_deliveries_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_deliveries_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deliveries_deal_id_deals")
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"], ["users.id"], name=op.f("fk_deliveries_manager_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["override_by_id"], ["users.id"], name=op.f("fk_deliveries_override_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
    )
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.create_index("ix_deliveries_bay_time", ["bay", "starts_at"], unique=False)
        batch_op.create_index(
            "ix_deliveries_consultant_time", ["consultant_id", "starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deliveries_customer_id"), ["customer_id"])
        batch_op.create_index(batch_op.f("ix_deliveries_deal_id"), ["deal_id"])
        batch_op.create_index(batch_op.f("ix_deliveries_starts_at"), ["starts_at"])
        batch_op.create_index(batch_op.f("ix_deliveries_status"), ["status"])

    op.create_table(
        "delivery_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("done_at", UTC(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_delivery_items_delivery_id_deliveries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"], ["users.id"], name=op.f("fk_delivery_items_done_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"], ["users.id"], name=op.f("fk_delivery_items_responsible_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_items")),
    )
    with op.batch_alter_table("delivery_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_delivery_items_delivery", ["delivery_id", "kind", "position"], unique=False
        )

    op.create_table(
        "owed_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("promised_on", sa.Date(), nullable=True),
        sa.Column("created_at", UTC(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("done_at", UTC(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_owed_items_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_owed_items_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_owed_items_delivery_id_deliveries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"], ["users.id"], name=op.f("fk_owed_items_done_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_owed_items")),
    )
    with op.batch_alter_table("owed_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_owed_items_customer_id"), ["customer_id"])
        batch_op.create_index("ix_owed_items_delivery", ["delivery_id"], unique=False)
        batch_op.create_index("ix_owed_items_open", ["done_at", "promised_on"], unique=False)

    op.create_table(
        "satisfaction_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=True),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(length=500), nullable=True),
        sa.Column("called_at", UTC(timezone=True), nullable=False),
        sa.Column("called_by_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "score BETWEEN 1 AND 5", name=op.f("ck_satisfaction_calls_score_1_to_5")
        ),
        sa.ForeignKeyConstraint(
            ["called_by_id"], ["users.id"], name=op.f("fk_satisfaction_calls_called_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_satisfaction_calls_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_satisfaction_calls_delivery_id_deliveries"),
        ),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["follow_ups.id"],
            name=op.f("fk_satisfaction_calls_follow_up_id_follow_ups"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_satisfaction_calls_task_id_tasks"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_calls")),
        sa.UniqueConstraint("follow_up_id", name=op.f("uq_satisfaction_calls_follow_up_id")),
    )
    with op.batch_alter_table("satisfaction_calls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_satisfaction_calls_called_at"), ["called_at"])
        batch_op.create_index(batch_op.f("ix_satisfaction_calls_customer_id"), ["customer_id"])
        batch_op.create_index(batch_op.f("ix_satisfaction_calls_delivery_id"), ["delivery_id"])

    statements = SQLITE_GUARDS if op.get_bind().dialect.name == "sqlite" else POSTGRES_GUARDS
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("satisfaction_calls")
    op.drop_table("owed_items")
    op.drop_table("delivery_items")
    op.drop_table("deliveries")
