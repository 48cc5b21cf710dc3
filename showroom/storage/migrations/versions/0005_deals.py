"""Purchase plans, the boutique catalogue, deals and their checklists with templates.

Revision ID: 0005
Revises: 0007
Create Date: 2026-11-27

Self-contained: the default checklist templates are written out here rather than imported,
so this migration does the same thing whatever later code says. ``ux_deals_open_vehicle``
is a partial unique index (one open deal per vehicle), on both SQLite and PostgreSQL.
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import showroom.storage.types
import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# kind: [(title, needs a value, due days after the deal opens)]
DEFAULT_TEMPLATES = {
    "purchase": [
        ("Contract signed", False, 1),
        ("Deposit received", False, 3),
        ("Payment or finance approval", False, 10),
        ("Invoice issued", False, 12),
    ],
    "insurance": [
        ("Quote requested", False, 3),
        ("Policy chosen", False, 7),
        ("Policy number", True, 10),
        ("Policy start date", True, 10),
    ],
    "licensing": [
        ("Documents collected", False, 5),
        ("Registration submitted", False, 10),
        ("Plate number received", True, 14),
        ("Plates fitted", False, 18),
    ],
    # The accessory checklist has one item per accessory of the plan; these are its stages.
    "accessories": [
        ("ordered", False, 3),
        ("installed", False, 14),
        ("checked", False, 16),
    ],
}


def _seed_templates() -> None:
    templates = sa.table(
        "checklist_templates",
        sa.column("id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("updated_at", showroom.storage.types.UTCDateTime()),
        sa.column("version", sa.Integer),
    )
    steps = sa.table(
        "checklist_template_steps",
        sa.column("template_id", sa.Integer),
        sa.column("position", sa.Integer),
        sa.column("title", sa.String),
        sa.column("needs_value", sa.Boolean),
        sa.column("due_days", sa.Integer),
    )
    now = datetime.now(UTC)
    rows = []
    for number, (kind, lines) in enumerate(DEFAULT_TEMPLATES.items(), start=1):
        op.bulk_insert(templates, [{"id": number, "kind": kind, "updated_at": now, "version": 1}])
        rows += [
            {
                "template_id": number,
                "position": position,
                "title": title,
                "needs_value": needs_value,
                "due_days": due_days,
            }
            for position, (title, needs_value, due_days) in enumerate(lines)
        ]
    op.bulk_insert(steps, rows)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "SELECT setval(pg_get_serial_sequence('checklist_templates', 'id'), "
            "(SELECT max(id) FROM checklist_templates))"
        )


def upgrade() -> None:
    op.create_table(
        "boutique_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_boutique_items")),
        sa.UniqueConstraint("name", name=op.f("uq_boutique_items_name")),
    )
    op.create_table(
        "checklist_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("updated_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_checklist_templates_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_templates")),
        sa.UniqueConstraint("kind", name=op.f("uq_checklist_templates_kind")),
    )
    op.create_table(
        "checklist_template_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("needs_value", sa.Boolean(), nullable=False),
        sa.Column("due_days", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_checklist_template_steps_template_id_checklist_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template_steps")),
    )
    with op.batch_alter_table("checklist_template_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_template_steps_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "purchase_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=60), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("budget", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("intended_use", sa.String(length=300), nullable=True),
        sa.Column("must_haves", sa.String(length=500), nullable=True),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("order_make", sa.String(length=40), nullable=True),
        sa.Column("order_model", sa.String(length=60), nullable=True),
        sa.Column("order_trim", sa.String(length=60), nullable=True),
        sa.Column("order_colour", sa.String(length=40), nullable=True),
        sa.Column("list_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("discount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("fees", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("trade_in_allowance", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("trade_in_description", sa.String(length=200), nullable=True),
        sa.Column("payment", sa.String(length=10), nullable=False),
        sa.Column("deposit", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=True),
        sa.Column("apr", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("final_payment", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["users.id"], name=op.f("fk_purchase_plans_consultant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_purchase_plans_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_purchase_plans_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_id"], ["vehicles.id"], name=op.f("fk_purchase_plans_vehicle_id_vehicles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchase_plans")),
    )
    with op.batch_alter_table("purchase_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_purchase_plans_consultant_id"), ["consultant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_purchase_plans_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_purchase_plans_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_purchase_plans_vehicle_id"), ["vehicle_id"], unique=False
        )

    op.create_table(
        "deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("consultant_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("vehicle_prior_status", sa.String(length=20), nullable=True),
        sa.Column("opened_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("closed_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("close_reason", sa.String(length=300), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["users.id"], name=op.f("fk_deals_consultant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_deals_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["purchase_plans.id"], name=op.f("fk_deals_plan_id_purchase_plans")
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_id"], ["vehicles.id"], name=op.f("fk_deals_vehicle_id_vehicles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
        sa.UniqueConstraint("plan_id", name=op.f("uq_deals_plan_id")),
    )
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deals_consultant_id"), ["consultant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_status"), ["status"], unique=False)
        batch_op.create_index(
            "ux_deals_open_vehicle",
            ["vehicle_id"],
            unique=True,
            sqlite_where=sa.text("status = 'open'"),
            postgresql_where=sa.text("status = 'open'"),
        )

    op.create_table(
        "plan_accessories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("boutique_item_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["boutique_item_id"],
            ["boutique_items.id"],
            name=op.f("fk_plan_accessories_boutique_item_id_boutique_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["purchase_plans.id"],
            name=op.f("fk_plan_accessories_plan_id_purchase_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_accessories")),
    )
    with op.batch_alter_table("plan_accessories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_accessories_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "deal_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("checklist", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("added_to_deal", sa.Boolean(), nullable=False),
        sa.Column("needs_value", sa.Boolean(), nullable=False),
        sa.Column("value", sa.String(length=120), nullable=True),
        sa.Column("stages", sa.String(length=200), nullable=True),
        sa.Column("stages_done", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("reopen_reason", sa.String(length=300), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_deal_items_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"], ["users.id"], name=op.f("fk_deal_items_done_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"], ["users.id"], name=op.f("fk_deal_items_responsible_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deal_items")),
    )
    with op.batch_alter_table("deal_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deal_items_deal", ["deal_id", "checklist", "position"], unique=False
        )
        batch_op.create_index("ix_deal_items_open_due", ["state", "due_on"], unique=False)

    _seed_templates()


def downgrade() -> None:
    with op.batch_alter_table("deal_items", schema=None) as batch_op:
        batch_op.drop_index("ix_deal_items_open_due")
        batch_op.drop_index("ix_deal_items_deal")

    op.drop_table("deal_items")
    with op.batch_alter_table("plan_accessories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_accessories_plan_id"))

    op.drop_table("plan_accessories")
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index(
            "ux_deals_open_vehicle",
            sqlite_where=sa.text("status = 'open'"),
            postgresql_where=sa.text("status = 'open'"),
        )
        batch_op.drop_index(batch_op.f("ix_deals_status"))
        batch_op.drop_index(batch_op.f("ix_deals_customer_id"))
        batch_op.drop_index(batch_op.f("ix_deals_consultant_id"))

    op.drop_table("deals")
    with op.batch_alter_table("purchase_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purchase_plans_vehicle_id"))
        batch_op.drop_index(batch_op.f("ix_purchase_plans_status"))
        batch_op.drop_index(batch_op.f("ix_purchase_plans_customer_id"))
        batch_op.drop_index(batch_op.f("ix_purchase_plans_consultant_id"))

    op.drop_table("purchase_plans")
    with op.batch_alter_table("checklist_template_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_template_steps_template_id"))

    op.drop_table("checklist_template_steps")
    op.drop_table("checklist_templates")
    op.drop_table("boutique_items")
