"""documents: the archive of printed PDFs, and their number sequences (issue 8)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 09:00:00

Self-contained: it only creates its own tables, so it can be re-chained after any other
revision when branches merge.
"""

from collections.abc import Sequence

import showroom.storage.types
import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document_sequences",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "year", name=op.f("pk_document_sequences")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("created_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("printed_by_id", sa.Integer(), nullable=False),
        sa.Column("reprint_of_id", sa.Integer(), nullable=True),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.CheckConstraint(
            "(reprint_of_id IS NULL AND pdf IS NOT NULL) OR "
            "(reprint_of_id IS NOT NULL AND pdf IS NULL)",
            name=op.f("ck_documents_original_has_bytes"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_documents_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["printed_by_id"], ["users.id"], name=op.f("fk_documents_printed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["reprint_of_id"], ["documents.id"], name=op.f("fk_documents_reprint_of_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("number", name=op.f("uq_documents_number")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_documents_customer_time", ["customer_id", "created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_documents_reprint_of_id"), ["reprint_of_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_reprint_of_id"))
        batch_op.drop_index("ix_documents_customer_time")
    op.drop_table("documents")
    op.drop_table("document_sequences")
