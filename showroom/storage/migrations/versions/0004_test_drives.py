"""Test drives: bookings that cannot double-book a vehicle, a consultant or a customer.

Revision ID: 0004
Revises: 0006
Create Date: 2026-11-27

A booking that is booked, out or returned holds its vehicle, consultant and customer from
``starts_at`` to ``ends_at`` (half-open: a drive may start the instant the previous one ends).
The database itself refuses an overlap:

- PostgreSQL: three exclusion constraints over ``tstzrange(starts_at, ends_at)`` with
  btree_gist, partial on the active states; a concurrent second booking waits for the first
  and then fails with an exclusion violation, which the booking service turns into a
  BookingConflict.
- SQLite: two triggers that abort an insert or update that would overlap (or that would
  last more than a day, which the overlap search relies on). Writers are
  serialised by ``BEGIN IMMEDIATE`` and the booking service checks first, so the triggers only
  ever fire on a bug or a hand-written insert. A later batch migration that rebuilds
  ``test_drives`` must re-create them.

These objects live outside the declarative model; ``models.BOOKING_GUARDS`` names them.
"""

from collections.abc import Sequence

import showroom.storage.types
import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept literal (not imported) so that this migration never changes when the code does.
ACTIVE = "('booked', 'out', 'returned')"

POSTGRES_GUARDS = [
    "CREATE EXTENSION IF NOT EXISTS btree_gist",
    *(
        f"ALTER TABLE test_drives ADD CONSTRAINT ex_test_drives_{what} "
        f"EXCLUDE USING gist ({what}_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) "
        f"WHERE (status IN {ACTIVE})"
        for what in ("vehicle", "consultant", "customer")
    ),
]

# Times are stored as 'YYYY-MM-DD HH:MM:SS.ffffff' UTC text, which sorts like the instants.
# A booking lasts at most a day, so the search for an overlap starts a day before the new
# booking ends: an index range, not every earlier drive of the car.
_OVERLAP = f"""
    NEW.status IN {ACTIVE} AND EXISTS (
        SELECT 1 FROM test_drives AS t
        WHERE t.id IS NOT NEW.id
          AND t.status IN {ACTIVE}
          AND t.starts_at < NEW.ends_at AND NEW.starts_at < t.ends_at
          AND t.starts_at > datetime(NEW.ends_at, '-1 day')
          AND (t.vehicle_id = NEW.vehicle_id
               OR t.consultant_id = NEW.consultant_id
               OR t.customer_id = NEW.customer_id))"""
_GUARD = f"""
        BEGIN
            SELECT RAISE(ABORT, 'test drive of a day or more')
            WHERE NEW.ends_at >= datetime(NEW.starts_at, '+1 day');
            SELECT RAISE(ABORT, 'test drive overlaps another booking of the vehicle, consultant or customer')
            WHERE {_OVERLAP};
        END"""
SQLITE_GUARDS = [
    f"CREATE TRIGGER test_drives_no_overlap_insert BEFORE INSERT ON test_drives {_GUARD}",
    "CREATE TRIGGER test_drives_no_overlap_update BEFORE UPDATE OF starts_at, ends_at, status, "
    f"vehicle_id, consultant_id, customer_id ON test_drives {_GUARD}",
]


def upgrade() -> None:
    op.create_table(
        "test_drives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("vehicle_id", sa.Integer(), nullable=False),
        sa.Column("consultant_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("route_note", sa.String(length=300), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("licence_number", sa.String(length=20), nullable=True),
        sa.Column("licence_country", sa.String(length=60), nullable=True),
        sa.Column("licence_expires_on", sa.Date(), nullable=True),
        sa.Column("licence_photo_checked", sa.Boolean(), nullable=False),
        sa.Column(
            "checked_out_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("odometer_out_km", sa.Integer(), nullable=True),
        sa.Column("fuel_out_percent", sa.Integer(), nullable=True),
        sa.Column(
            "checked_in_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True
        ),
        sa.Column("odometer_in_km", sa.Integer(), nullable=True),
        sa.Column("fuel_in_percent", sa.Integer(), nullable=True),
        sa.Column("damage_notes", sa.Text(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("feedback", sa.String(length=500), nullable=True),
        sa.Column("closed_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("cancel_reason", sa.String(length=300), nullable=True),
        sa.Column("created_at", showroom.storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_test_drives_ends_after_start")),
        sa.CheckConstraint(
            "rating IS NULL OR rating BETWEEN 1 AND 5", name=op.f("ck_test_drives_rating_1_to_5")
        ),
        sa.CheckConstraint(
            "odometer_in_km IS NULL OR odometer_in_km >= odometer_out_km",
            name=op.f("ck_test_drives_odometer_forward"),
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["users.id"], name=op.f("fk_test_drives_closed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["consultant_id"], ["users.id"], name=op.f("fk_test_drives_consultant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_test_drives_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_test_drives_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["vehicle_id"], ["vehicles.id"], name=op.f("fk_test_drives_vehicle_id_vehicles")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_test_drives")),
    )
    with op.batch_alter_table("test_drives", schema=None) as batch_op:
        batch_op.create_index(
            "ix_test_drives_consultant_time", ["consultant_id", "starts_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_test_drives_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_test_drives_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_test_drives_status"), ["status"], unique=False)
        batch_op.create_index(
            "ix_test_drives_vehicle_time", ["vehicle_id", "starts_at"], unique=False
        )

    statements = SQLITE_GUARDS if op.get_bind().dialect.name == "sqlite" else POSTGRES_GUARDS
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    # Dropping the table drops its exclusion constraints and triggers with it; btree_gist
    # stays, as other objects may use it.
    op.drop_table("test_drives")
