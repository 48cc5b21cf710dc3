"""Alembic environment: runs on the connection Showroom hands over, never on its own."""

from __future__ import annotations

from alembic import context
from showroom.storage.models import Base, is_non_model_object

MIGRATION_LOCK_ID = 7_450_001  # any constant: serialises PCs that upgrade at the same time

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Showroom migrations run from showroom.storage.migrate, not the alembic CLI")

is_sqlite = connection.dialect.name == "sqlite"
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=is_sqlite,
    compare_type=True,
    # FTS tables, triggers and expression indexes for search, and the booking guards, live
    # outside the model.
    include_name=lambda name, type_, parent: not is_non_model_object(name),
)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_ID})")
    context.run_migrations()
