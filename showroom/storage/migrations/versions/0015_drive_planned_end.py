"""A test drive keeps its planned end when an early check-in shortens its slot.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04

Checking a car in before its planned return ends the drive's slot then (``ends_at`` becomes
the check-in time), so the rest of the slot is free for new bookings; the planned return
time, which the agreement printed and the drive's history shows, moves to
``planned_ends_at``. NULL means the drive ended as planned (``ends_at`` is the plan). A
nullable column is added in place on both databases: no table copy, no cascade.
"""

from collections.abc import Sequence

import showroom.storage.types
import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "test_drives",
        sa.Column(
            "planned_ends_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
    )


def downgrade() -> None:
    # The planned end goes back into ends_at, as before this revision.
    op.execute("UPDATE test_drives SET ends_at = planned_ends_at WHERE planned_ends_at IS NOT NULL")
    # Not batch mode: re-creating the table would drop its overlap triggers. SQLite (3.35+)
    # drops a plain column in place.
    op.execute("ALTER TABLE test_drives DROP COLUMN planned_ends_at")
