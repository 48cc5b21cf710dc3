"""Customer file: search index, follow-ups, walk-in register, trade-in plate and VIN.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Search: ``customers.search_text`` holds the folded name, phone digits, e-mail, plates and
VINs. On SQLite two external-content FTS5 tables index it: ``customers_fts`` (trigram, for
fragments of 3+ characters anywhere) and ``customers_words`` (unicode61, for word prefixes
of 1–2 characters, such as a two-character Chinese name), kept in step by triggers. A later
batch migration that rebuilds ``customers`` must re-create those triggers. On PostgreSQL,
pg_trgm and a ``simple`` text-search index serve the same two kinds of query.
"""

from collections.abc import Sequence

import showroom.storage.types
import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE customers_fts USING fts5("
    "search_text, content='customers', content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE customers_words USING fts5("
    "search_text, content='customers', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    """CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
         INSERT INTO customers_fts(rowid, search_text) VALUES (new.id, new.search_text);
         INSERT INTO customers_words(rowid, search_text) VALUES (new.id, new.search_text);
       END""",
    """CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
         INSERT INTO customers_fts(customers_fts, rowid, search_text)
           VALUES ('delete', old.id, old.search_text);
         INSERT INTO customers_words(customers_words, rowid, search_text)
           VALUES ('delete', old.id, old.search_text);
       END""",
    """CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text ON customers BEGIN
         INSERT INTO customers_fts(customers_fts, rowid, search_text)
           VALUES ('delete', old.id, old.search_text);
         INSERT INTO customers_words(customers_words, rowid, search_text)
           VALUES ('delete', old.id, old.search_text);
         INSERT INTO customers_fts(rowid, search_text) VALUES (new.id, new.search_text);
         INSERT INTO customers_words(rowid, search_text) VALUES (new.id, new.search_text);
       END""",
    "INSERT INTO customers_fts(customers_fts) VALUES ('rebuild')",
    "INSERT INTO customers_words(customers_words) VALUES ('rebuild')",
]
POSTGRES_SEARCH = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_customers_search_trgm ON customers USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX ix_customers_search_words ON customers "
    "USING gin (to_tsvector('simple', search_text))",
]


def _fill_search_text() -> None:
    """Compute search_text for the customers already on file."""
    from showroom.customers.domain import search_document

    conn = op.get_bind()
    phones: dict[int, list[str]] = {}
    for customer_id, e164 in conn.execute(
        sa.text("SELECT customer_id, e164 FROM customer_phones ORDER BY is_primary DESC, id")
    ):
        phones.setdefault(customer_id, []).append(e164)
    rows = conn.execute(sa.text("SELECT id, name_folded, email FROM customers")).all()
    updates = [
        {"id": cid, "text": search_document(name, phones.get(cid, []), email, [], [])}
        for cid, name, email in rows
    ]
    if updates:
        conn.execute(sa.text("UPDATE customers SET search_text = :text WHERE id = :id"), updates)


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("trade_in_plate", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("trade_in_vin", sa.String(length=17), nullable=True))
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.alter_column("search_text", server_default=None)

    op.create_table(
        "follow_ups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("for_marketing", sa.Boolean(), nullable=False),
        sa.Column("created_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("done_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("result", sa.String(length=500), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_to_id"], ["users.id"], name=op.f("fk_follow_ups_assigned_to_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_follow_ups_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_follow_ups_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"], ["users.id"], name=op.f("fk_follow_ups_done_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_ups")),
    )
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_ups_assigned_to_id"), ["assigned_to_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_follow_ups_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_follow_ups_due_on"), ["due_on"], unique=False)
        batch_op.create_index("ix_follow_ups_open_due", ["done_at", "due_on"], unique=False)

    op.create_table(
        "walk_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("time_in", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("time_out", showroom.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("party_size", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=300), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["users.id"], name=op.f("fk_walk_ins_consultant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_walk_ins_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_walk_ins_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_walk_ins")),
    )
    with op.batch_alter_table("walk_ins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_walk_ins_consultant_id"), ["consultant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_walk_ins_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_walk_ins_time_in"), ["time_in"], unique=False)

    _fill_search_text()
    statements = SQLITE_SEARCH if op.get_bind().dialect.name == "sqlite" else POSTGRES_SEARCH
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("customers_fts_insert", "customers_fts_delete", "customers_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS customers_fts")
        op.execute("DROP TABLE IF EXISTS customers_words")
    else:
        op.execute("DROP INDEX IF EXISTS ix_customers_search_trgm")
        op.execute("DROP INDEX IF EXISTS ix_customers_search_words")
    op.drop_table("walk_ins")
    op.drop_table("follow_ups")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_column("search_text")
        batch_op.drop_column("trade_in_vin")
        batch_op.drop_column("trade_in_plate")
