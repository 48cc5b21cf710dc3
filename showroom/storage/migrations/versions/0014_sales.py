"""The sales side: intent levels on customers, lost sales, monthly targets.

Revision ID: 0014
Revises: 0010
Create Date: 2026-12-04

``customers.intent_level`` is added with a server default of 'N' (every existing customer
is new, not graded), so no batch rebuild of ``customers`` is needed on SQLite (a rebuild
would cascade deletes through the foreign keys and drop the search triggers).
"""

from collections.abc import Sequence

import showroom.storage.types
import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC = showroom.storage.types.UTCDateTime


def _fk(
    table: str, column: str, target: str, ondelete: str | None = None
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def upgrade() -> None:
    op.add_column(
        "customers",
        sa.Column("intent_level", sa.String(length=1), server_default="N", nullable=False),
    )
    op.create_index(op.f("ix_customers_intent_level"), "customers", ["intent_level"])
    op.create_table(
        "lost_sales",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("competitor_brand", sa.String(length=60), nullable=True),
        sa.Column("competitor_model", sa.String(length=60), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=True),
        sa.Column("level_before", sa.String(length=1), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("requested_at", UTC(timezone=True), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", UTC(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.String(length=300), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("lost_sales", "customer_id", "customers", ondelete="CASCADE"),
        _fk("lost_sales", "consultant_id", "users"),
        _fk("lost_sales", "requested_by_id", "users"),
        _fk("lost_sales", "decided_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lost_sales")),
    )
    op.create_index(op.f("ix_lost_sales_customer_id"), "lost_sales", ["customer_id"])
    op.create_index(op.f("ix_lost_sales_consultant_id"), "lost_sales", ["consultant_id"])
    op.create_index(op.f("ix_lost_sales_state"), "lost_sales", ["state"])
    op.create_table(
        "monthly_targets",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("deliveries", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTC(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        _fk("monthly_targets", "updated_by_id", "users"),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_monthly_targets")),
    )
    op.create_table(
        "consultant_targets",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=False),
        sa.Column("orders", sa.Integer(), nullable=False),
        sa.Column("deliveries", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTC(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        _fk("consultant_targets", "consultant_id", "users"),
        _fk("consultant_targets", "updated_by_id", "users"),
        sa.PrimaryKeyConstraint("month", "consultant_id", name=op.f("pk_consultant_targets")),
    )


def downgrade() -> None:
    op.drop_table("consultant_targets")
    op.drop_table("monthly_targets")
    op.drop_index(op.f("ix_lost_sales_state"), table_name="lost_sales")
    op.drop_index(op.f("ix_lost_sales_consultant_id"), table_name="lost_sales")
    op.drop_index(op.f("ix_lost_sales_customer_id"), table_name="lost_sales")
    op.drop_table("lost_sales")
    op.drop_index(op.f("ix_customers_intent_level"), table_name="customers")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch rebuild of customers, which
    # would cascade deletes to every table that refers to it.
    op.drop_column("customers", "intent_level")
