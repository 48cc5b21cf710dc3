"""showroom day: the daily checklist's template (seeded), days and their lines, tasks, and
documents that belong to a day rather than a customer

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 09:00:00

Self-contained: it creates its own tables, adds one nullable column to ``documents`` and
seeds the default template, so it can be re-chained after any other revision when branches
merge. The default template is written out here rather than imported, so that this
migration does the same thing forever.
"""

from collections.abc import Sequence
from datetime import time

import showroom.storage.types
import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_TEMPLATE: list[tuple[str, time, list[tuple[str, str, int | None]]]] = [
    (
        "Before opening",
        time(9, 0),
        [
            ("Lights on, climate at 21 °C", "single", None),
            ("Floor clean, entrance and windows spotless", "single", None),
            ("Cleaned inside and out", "each_display_car", None),
            ("Brochures and price board placed", "each_display_car", 10),
            ("Uniforms and name badges worn", "single", None),
            ("Welcome desk ready: coffee, water, visitor register", "single", None),
            ("Screens showing the brand loop", "single", None),
            ("Music on, brand playlist at background volume", "single", None),
            ("Clean and fuelled or charged", "each_fleet_car", None),
        ],
    ),
    (
        "10:00 round",
        time(10, 0),
        [
            ("Display cars free of fingerprints, doors and boots closed", "single", None),
            ("Brochure stands refilled", "single", None),
            ("Welcome desk tidy, refreshments stocked", "single", None),
        ],
    ),
    (
        "17:00 round",
        time(17, 0),
        [
            ("Floor and display cars tidy after the day's traffic", "single", None),
            ("Test-drive cars back, parked and plugged in", "single", None),
            ("Brochure stands refilled", "single", None),
        ],
    ),
    (
        "Closing",
        time(19, 0),
        [
            ("Walk-ins of the day registered", "walk_in_count", None),
            ("Test-drive keys returned and counted", "single", None),
            ("Screens, music and lights off", "single", None),
            ("Doors locked and alarm set", "single", None),
        ],
    ),
]


def upgrade() -> None:
    sections = op.create_table(
        "day_template_sections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_template_sections")),
    )
    checks = op.create_table(
        "day_template_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("count_target", sa.Integer(), nullable=True),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["day_template_sections.id"],
            name=op.f("fk_day_template_checks_section_id_day_template_sections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_template_checks")),
    )
    with op.batch_alter_table("day_template_checks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_day_template_checks_section_id"), ["section_id"], unique=False
        )

    op.create_table(
        "showroom_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("created_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column(
            "signed_off_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("signed_off_by_id", sa.Integer(), nullable=True),
        sa.Column("sign_off_note", sa.String(length=500), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(state = 'signed_off') = (signed_off_at IS NOT NULL AND signed_off_by_id IS NOT NULL)",
            name=op.f("ck_showroom_days_signed_off_has_signer"),
        ),
        sa.CheckConstraint("state IN ('open', 'signed_off')", name=op.f("ck_showroom_days_state")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_showroom_days_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["signed_off_by_id"],
            ["users.id"],
            name=op.f("fk_showroom_days_signed_off_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_showroom_days")),
        sa.UniqueConstraint("day", name=op.f("uq_showroom_days_day")),
    )
    op.create_table(
        "showroom_day_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=True),
        sa.Column("section_title", sa.String(length=80), nullable=False),
        sa.Column("section_position", sa.Integer(), nullable=False),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("check_text", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=True),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("count_target", sa.Integer(), nullable=True),
        sa.Column("counted", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("done_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("failed_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(state = 'open') = (done_at IS NULL)",
            name=op.f("ck_showroom_day_items_ticked_or_failed_has_time"),
        ),
        sa.CheckConstraint(
            "state IN ('open', 'done', 'failed')", name=op.f("ck_showroom_day_items_state")
        ),
        sa.ForeignKeyConstraint(
            ["check_id"],
            ["day_template_checks.id"],
            name=op.f("fk_showroom_day_items_check_id_day_template_checks"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["day_id"],
            ["showroom_days.id"],
            name=op.f("fk_showroom_day_items_day_id_showroom_days"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"], ["users.id"], name=op.f("fk_showroom_day_items_done_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_id"],
            ["vehicles.id"],
            name=op.f("fk_showroom_day_items_vehicle_id_vehicles"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_showroom_day_items")),
        sa.UniqueConstraint(
            "day_id", "position", name=op.f("uq_showroom_day_items_day_id_position")
        ),
    )
    with op.batch_alter_table("showroom_day_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_showroom_day_items_check_id"), ["check_id"], unique=False
        )

    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("origin", sa.String(length=30), nullable=False),
        sa.Column("day_item_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("created_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("closed_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("result", sa.String(length=500), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("state IN ('open', 'done', 'cancelled')", name=op.f("ck_tasks_state")),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["users.id"], name=op.f("fk_tasks_closed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_tasks_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["day_item_id"],
            ["showroom_day_items.id"],
            name=op.f("fk_tasks_day_item_id_showroom_day_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_tasks_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tasks")),
    )
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tasks_day_item_id"), ["day_item_id"], unique=False)
        batch_op.create_index(
            "ix_tasks_owner_state_due", ["owner_id", "state", "due_on"], unique=False
        )

    # A showroom document (the daily checklist) belongs to a day, not to a customer:
    # documents.customer_id is nullable already (0003); this links the day.
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("showroom_day_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_documents_showroom_day_id"), ["showroom_day_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_documents_showroom_day_id_showroom_days"),
            "showroom_days",
            ["showroom_day_id"],
            ["id"],
        )

    # The Today dashboard: a consultant's open follow-ups, the fortnight of "due and done"
    # counted from the index alone, and the (few) marketing follow-ups it leaves out.
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(
            "ix_follow_ups_assignee_open", ["assigned_to_id", "done_at", "due_on"], unique=False
        )
        batch_op.create_index(
            "ix_follow_ups_due_done",
            ["due_on", "done_at", "assigned_to_id", "for_marketing"],
            unique=False,
        )
        batch_op.create_index(
            "ix_follow_ups_marketing_due", ["for_marketing", "due_on"], unique=False
        )

    connection = op.get_bind()
    for section_position, (title, due, lines) in enumerate(DEFAULT_TEMPLATE, start=1):
        section_id = connection.execute(
            sa.insert(sections)
            .values(position=section_position, title=title, due_time=due, version=1)
            .returning(sections.c.id)
        ).scalar_one()
        op.bulk_insert(
            checks,
            [
                {
                    "section_id": section_id,
                    "position": position,
                    "text": text,
                    "kind": kind,
                    "count_target": count,
                    "due_time": None,
                    "version": 1,
                }
                for position, (text, kind, count) in enumerate(lines, start=1)
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_ups_marketing_due")
        batch_op.drop_index("ix_follow_ups_due_done")
        batch_op.drop_index("ix_follow_ups_assignee_open")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_documents_showroom_day_id_showroom_days"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_documents_showroom_day_id"))
        batch_op.drop_column("showroom_day_id")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_tasks_owner_state_due")
        batch_op.drop_index(batch_op.f("ix_tasks_day_item_id"))
    op.drop_table("tasks")
    with op.batch_alter_table("showroom_day_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_showroom_day_items_check_id"))
    op.drop_table("showroom_day_items")
    op.drop_table("showroom_days")
    with op.batch_alter_table("day_template_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_day_template_checks_section_id"))
    op.drop_table("day_template_checks")
    op.drop_table("day_template_sections")
