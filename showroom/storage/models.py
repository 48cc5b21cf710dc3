"""The one declarative model of Showroom's tables.

Every editable record carries a ``version`` column used for optimistic locking: an UPDATE
that finds another version than the one it read changes nothing and fails loudly instead of
overwriting another PC's edit. Constraint names follow one convention so that Alembic batch
migrations on SQLite can find them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from showroom.storage.types import UTCDateTime, utc_now

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    """A person who signs in: consultant, manager or admin."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Customer(Base):
    """A customer card. ``name_folded`` is the accent- and case-free name used by search."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    primary_phone: Mapped[str | None] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(20), default="lead", index=True)
    source: Mapped[str] = mapped_column(String(20), default="walk_in")
    assigned_consultant_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    preferred_language: Mapped[str] = mapped_column(String(10), default="en")
    preferred_channel: Mapped[str | None] = mapped_column(String(20))
    preferred_time: Mapped[str | None] = mapped_column(String(60))
    address: Mapped[str | None] = mapped_column(String(300))
    models_of_interest: Mapped[str | None] = mapped_column(String(300))
    budget_min: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    budget_max: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    timeframe: Mapped[str | None] = mapped_column(String(40))
    trade_in_make: Mapped[str | None] = mapped_column(String(60))
    trade_in_model: Mapped[str | None] = mapped_column(String(60))
    trade_in_year: Mapped[int | None] = mapped_column(Integer)
    trade_in_mileage_km: Mapped[int | None] = mapped_column(Integer)
    trade_in_plate: Mapped[str | None] = mapped_column(String(20))
    trade_in_vin: Mapped[str | None] = mapped_column(String(17))
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str | None] = mapped_column(Text)
    # What search looks in (folded name, phone digits, e-mail, plates, VINs); indexed by
    # FTS5 trigram on SQLite and pg_trgm on PostgreSQL (see migration 0002).
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.id"
    )

    __mapper_args__ = {"version_id_col": version}


class CustomerPhone(Base):
    """One of a customer's phone numbers, in E.164, with its digits for fragment search."""

    __tablename__ = "customer_phones"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    e164: Mapped[str] = mapped_column(String(20), index=True)
    label: Mapped[str] = mapped_column(String(20), default="mobile")
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    customer: Mapped[Customer] = relationship(back_populates="phones")


class Vehicle(Base):
    """A car for sale (role ``stock``) or a test-drive car (role ``fleet``)."""

    __tablename__ = "vehicles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(10), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    vin: Mapped[str] = mapped_column(String(17), unique=True)
    stock_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    make: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(60))
    trim: Mapped[str | None] = mapped_column(String(60))
    colour: Mapped[str | None] = mapped_column(String(40))
    year: Mapped[int | None] = mapped_column(Integer)
    list_price: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    plate: Mapped[str | None] = mapped_column(String(20), index=True)
    odometer_km: Mapped[int] = mapped_column(Integer, default=0)
    fuel_percent: Mapped[int | None] = mapped_column(Integer)
    floor_position: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Interaction(Base):
    """One entry of a customer's timeline: a visit, call, e-mail, test drive, note…"""

    __tablename__ = "interactions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    summary: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (Index("ix_interactions_customer_time", "customer_id", "occurred_at"),)


class Setting(Base):
    """A showroom-wide setting shared by every PC (region, currency, dealership name…)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# Search structures created by migration 0002 outside the declarative model (FTS5 virtual
# tables and their triggers on SQLite, trigram / word indexes on PostgreSQL).
SEARCH_OBJECTS = frozenset(
    {
        "customers_fts",
        "customers_words",
        "ix_customers_search_trgm",
        "ix_customers_search_words",
    }
)


def is_search_object(name: str | None) -> bool:
    return name is not None and (
        name in SEARCH_OBJECTS or name.startswith(("customers_fts_", "customers_words_"))
    )


class FollowUp(Base):
    """A task to contact a customer by a due date: a follow-up, a return visit or a
    satisfaction call. Done when ``done_at`` is set, with who did it and the result."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="follow_up")
    reason: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date] = mapped_column(Date, index=True)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    origin: Mapped[str] = mapped_column(String(20), default="manual")
    for_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    result: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_follow_ups_open_due", "done_at", "due_on"),)


class WalkIn(Base):
    """One visit of the showroom traffic log; the customer may be linked later."""

    __tablename__ = "walk_ins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True
    )
    time_in: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    time_out: Mapped[datetime | None] = mapped_column(UTCDateTime)
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    purpose: Mapped[str] = mapped_column(String(20))
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    description: Mapped[str | None] = mapped_column(String(300))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


# --- documents (issue 8) ---
class DocumentSequence(Base):
    """The last number handed out per document kind and year (``CC`` 2026 → 123).

    Numbers are taken with one atomic upsert in the printing transaction: concurrent PCs
    wait on the row, and a print that rolls back gives its number back, so numbers have no
    gaps and never repeat.
    """

    __tablename__ = "document_sequences"

    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer)


class Document(Base):
    """A printed document in the archive: the exact PDF the customer was handed.

    The bytes live in the database on both backends: on PostgreSQL so that every PC sees
    them, and on SQLite too, so that a backup (one file) always holds the archive that
    matches its records. A reprint is a row of its own that points at the original
    (``reprint_of_id``) and stores no bytes: it prints the original's PDF unchanged, so the
    copy is identical to what was signed. ``size``/``sha256`` describe the PDF either way.
    """

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    printed_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reprint_of_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    page_count: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)

    __table_args__ = (
        Index("ix_documents_customer_time", "customer_id", "created_at"),
        CheckConstraint(
            "(reprint_of_id IS NULL AND pdf IS NOT NULL) OR "
            "(reprint_of_id IS NOT NULL AND pdf IS NULL)",
            name="original_has_bytes",
        ),
    )

    @property
    def is_reprint(self) -> bool:
        return self.reprint_of_id is not None


class TestDrive(Base):
    """A test-drive booking: customer, fleet car and consultant from ``starts_at`` to ``ends_at``.

    Both ends are instants (UTC), so a drive across a daylight-saving change keeps its real
    length. No vehicle, consultant or customer is held twice at overlapping times by a booking
    that is booked, out or returned: migration 0004 enforces it with exclusion constraints on
    PostgreSQL and with triggers on SQLite (where the booking service also checks inside its
    ``BEGIN IMMEDIATE`` unit of work). The licence, check-out and check-in are filled in as the
    drive runs.
    """

    __tablename__ = "test_drives"
    __test__ = False  # not a pytest test class, despite the name

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id"))
    consultant_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    route_note: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="booked", index=True)
    licence_number: Mapped[str | None] = mapped_column(String(20))
    licence_country: Mapped[str | None] = mapped_column(String(60))
    licence_expires_on: Mapped[date | None] = mapped_column(Date)
    licence_photo_checked: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    odometer_out_km: Mapped[int | None] = mapped_column(Integer)
    fuel_out_percent: Mapped[int | None] = mapped_column(Integer)
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    odometer_in_km: Mapped[int | None] = mapped_column(Integer)
    fuel_in_percent: Mapped[int | None] = mapped_column(Integer)
    damage_notes: Mapped[str | None] = mapped_column(Text)
    rating: Mapped[int | None] = mapped_column(Integer)
    feedback: Mapped[str | None] = mapped_column(String(500))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    cancel_reason: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 5", name="rating_1_to_5"),
        CheckConstraint(
            "odometer_in_km IS NULL OR odometer_in_km >= odometer_out_km", name="odometer_forward"
        ),
        Index("ix_test_drives_vehicle_time", "vehicle_id", "starts_at"),
        Index("ix_test_drives_consultant_time", "consultant_id", "starts_at"),
    )


# Guards against double booking created by migration 0004 outside the declarative model:
# exclusion constraints on PostgreSQL, triggers on SQLite.
BOOKING_GUARDS = frozenset(
    {
        "ex_test_drives_vehicle",
        "ex_test_drives_consultant",
        "ex_test_drives_customer",
        "test_drives_no_overlap_insert",
        "test_drives_no_overlap_update",
    }
)
NON_MODEL_OBJECTS = SEARCH_OBJECTS | BOOKING_GUARDS


def is_non_model_object(name: str | None) -> bool:
    """Database objects that migrations create outside the declarative model (search
    structures, booking guards): schema comparison leaves them out."""
    return is_search_object(name) or (name is not None and name in BOOKING_GUARDS)
