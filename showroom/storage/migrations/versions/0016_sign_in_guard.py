"""Sign-in guard and erasure: failed sign-ins, and redaction of the audit trail.

``sign_in_failures`` holds each failed sign-in (the account name typed and the PC), from
which the growing delay per account and per PC is computed (showroom/admin/sign_in_guard.py).

``audit_log.redacted_at``: the trail stays append-only except for one change, redaction by a
GDPR erase, which may rewrite ``summary``/``changes`` and must set ``redacted_at``; who did
what, when and to which record can still never change, and no entry can be deleted.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import showroom.storage.types
import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SAME_ENTRY = (
    "NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.user_id IS {same} OLD.user_id "
    "AND NEW.user_name = OLD.user_name AND NEW.action = OLD.action "
    "AND NEW.entity = OLD.entity AND NEW.entity_id IS {same} OLD.entity_id"
)
SQLITE_REDACTABLE = [
    "DROP TRIGGER IF EXISTS audit_log_no_update",
    f"""CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       WHEN NOT (NEW.redacted_at IS NOT NULL AND {_SAME_ENTRY.format(same="")})
       BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""",
]
POSTGRES_REDACTABLE = [
    f"""CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'UPDATE' AND NEW.redacted_at IS NOT NULL
            AND {_SAME_ENTRY.format(same="NOT DISTINCT FROM")} THEN
           RETURN NEW;
         END IF;
         RAISE EXCEPTION 'the audit trail cannot be changed';
       END $$""",
]
SQLITE_APPEND_ONLY = [
    "DROP TRIGGER IF EXISTS audit_log_no_update",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END""",
]
POSTGRES_APPEND_ONLY = [
    """CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'the audit trail cannot be changed'; END $$""",
]


def upgrade() -> None:
    op.create_table(
        "sign_in_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("workstation", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_failures")),
    )
    op.create_index("ix_sign_in_failures_username", "sign_in_failures", ["username", "at"])
    op.create_index("ix_sign_in_failures_workstation", "sign_in_failures", ["workstation", "at"])
    # A plain ADD COLUMN (no batch): rebuilding audit_log would drop its triggers.
    op.add_column(
        "audit_log",
        sa.Column("redacted_at", showroom.storage.types.UTCDateTime(timezone=True)),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_REDACTABLE if sqlite else POSTGRES_REDACTABLE:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_APPEND_ONLY if sqlite else POSTGRES_APPEND_ONLY:
        op.execute(statement)
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        with op.batch_alter_table("audit_log") as batch_op:
            batch_op.drop_column("redacted_at")
        op.execute(
            """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END"""
        )
        op.execute(SQLITE_APPEND_ONLY[1])
    else:
        op.drop_column("audit_log", "redacted_at")
    op.drop_index("ix_sign_in_failures_workstation", table_name="sign_in_failures")
    op.drop_index("ix_sign_in_failures_username", table_name="sign_in_failures")
    op.drop_table("sign_in_failures")
