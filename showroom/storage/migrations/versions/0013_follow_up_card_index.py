"""An index for a customer's open follow-ups, by due date (the customer card's task list).

Revision ID: 0013
Revises: 0008
Create Date: 2026-11-27

Without it, SQLite answers "this customer's open follow-ups" from ix_follow_ups_open_due
(every open follow-up of the showroom, then filtered): 65 ms at 100,000 customers, growing
with the showroom. With (customer_id, done_at, due_on) it reads exactly the customer's open
tasks in due order.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_follow_ups_customer_open", "follow_ups", ["customer_id", "done_at", "due_on"]
    )


def downgrade() -> None:
    op.drop_index("ix_follow_ups_customer_open", table_name="follow_ups")
