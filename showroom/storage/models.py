"""The one declarative model of Showroom's tables.

Every editable record carries a ``version`` column used for optimistic locking: an UPDATE
that finds another version than the one it read changes nothing and fails loudly instead of
overwriting another PC's edit. Constraint names follow one convention so that Alembic batch
migrations on SQLite can find them.
"""

from __future__ import annotations

from datetime import date, datetime, time
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
    Time,
    UniqueConstraint,
    text,
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
    # How soon they are expected to buy (showroom.sales.domain.IntentLevel): N until graded.
    intent_level: Mapped[str] = mapped_column(
        String(1), default="N", server_default="N", index=True
    )
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
        "audit_log_no_update",
        "audit_log_no_delete",
        "audit_log_append_only",
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
    __table_args__ = (
        Index("ix_follow_ups_open_due", "done_at", "due_on"),
        # A customer's open tasks by due date (the card); migration 0013.
        Index("ix_follow_ups_customer_open", "customer_id", "done_at", "due_on"),
    )


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
    # Showroom documents (the daily checklist) belong to no customer but to a day (0006).
    showroom_day_id: Mapped[int | None] = mapped_column(ForeignKey("showroom_days.id"), index=True)
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


# --- users, roles, audit (issue 9) ---


class CustomerShare(Base):
    """A customer shared by their consultant with another consultant."""

    __tablename__ = "customer_shares"

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    shared_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    shared_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class AuditEntry(Base):
    """One line of the audit trail: who did what to which record, and which fields changed.

    Append-only: triggers in the database refuse UPDATE and DELETE (migration 0007), so not
    even a bug in Showroom can rewrite history. Licence and ID numbers are stored masked.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    user_name: Mapped[str] = mapped_column(String(120), default="")
    action: Mapped[str] = mapped_column(String(30), index=True)
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(String(300), default="")
    changes: Mapped[str | None] = mapped_column(Text)  # JSON: {field: [old, new]}
    # Set when a GDPR erase rewrote summary/changes (migration 0016): the only change the
    # database allows; who, what, when and which record never change.
    redacted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class SignInFailure(Base):
    """One failed sign-in: the account name as typed and the PC it came from (0016).

    The sign-in guard (showroom/admin/sign_in_guard.py) counts the recent ones per account and
    per PC to decide how long the next attempt must wait."""

    __tablename__ = "sign_in_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    username: Mapped[str] = mapped_column(String(80))
    workstation: Mapped[str] = mapped_column(String(120))

    __table_args__ = (
        Index("ix_sign_in_failures_username", "username", "at"),
        Index("ix_sign_in_failures_workstation", "workstation", "at"),
    )


# --- purchase plans and deals (migration 0005) ------------------------------------------------
class BoutiqueItem(Base):
    """An accessory of the boutique catalogue. A plan copies name and price when it adds one,
    so editing the catalogue never changes a proposal already given."""

    __tablename__ = "boutique_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ChecklistTemplate(Base):
    """The editable template of one of the four deal checklists (``kind``)."""

    __tablename__ = "checklist_templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), unique=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    steps: Mapped[list[ChecklistTemplateStep]] = relationship(
        cascade="all, delete-orphan", order_by="ChecklistTemplateStep.position"
    )

    __mapper_args__ = {"version_id_col": version}


class ChecklistTemplateStep(Base):
    """One line of a checklist template; ``due_days`` after the deal opens."""

    __tablename__ = "checklist_template_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    needs_value: Mapped[bool] = mapped_column(Boolean, default=False)
    due_days: Mapped[int] = mapped_column(Integer, default=7)
    # The title in Chinese, for documents printed for a Chinese customer (migration 0009).
    title_zh: Mapped[str | None] = mapped_column(String(200))


class PurchasePlan(Base):
    """A customer's purchase plan: needs, the proposed car (from stock or to order),
    accessories, price lines and payment. Amounts are in ``currency``."""

    __tablename__ = "purchase_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    title: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    currency: Mapped[str] = mapped_column(String(3))
    budget: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    intended_use: Mapped[str | None] = mapped_column(String(300))
    must_haves: Mapped[str | None] = mapped_column(String(500))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"), index=True)
    order_make: Mapped[str | None] = mapped_column(String(40))
    order_model: Mapped[str | None] = mapped_column(String(60))
    order_trim: Mapped[str | None] = mapped_column(String(60))
    order_colour: Mapped[str | None] = mapped_column(String(40))
    list_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    discount: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    fees: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    trade_in_allowance: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    trade_in_description: Mapped[str | None] = mapped_column(String(200))
    payment: Mapped[str] = mapped_column(String(10), default="cash")
    deposit: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    term_months: Mapped[int | None] = mapped_column(Integer)
    apr: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    final_payment: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal(0))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    accessories: Mapped[list[PlanAccessory]] = relationship(
        cascade="all, delete-orphan", order_by="PlanAccessory.position"
    )

    __mapper_args__ = {"version_id_col": version}


class PlanAccessory(Base):
    """An accessory line of a plan, with the name and price copied from the catalogue."""

    __tablename__ = "plan_accessories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("purchase_plans.id", ondelete="CASCADE"), index=True
    )
    boutique_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("boutique_items.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    quantity: Mapped[int] = mapped_column(Integer, default=1)


class Deal(Base):
    """An accepted plan on its way to delivery. While ``open`` it holds its vehicle reserved:
    the partial unique index allows one open deal per vehicle, the last line of defence
    behind the locked status check in the accept service."""

    __tablename__ = "deals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("purchase_plans.id"), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id"))
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    vehicle_prior_status: Mapped[str | None] = mapped_column(String(20))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    close_reason: Mapped[str | None] = mapped_column(String(300))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index(
            "ux_deals_open_vehicle",
            "vehicle_id",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
    )


class DealItem(Base):
    """One item of one of a deal's four checklists, copied from the template (or added to
    this deal alone). ``stages`` ('ordered|installed|checked') is set for accessory items."""

    __tablename__ = "deal_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    checklist: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    added_to_deal: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_value: Mapped[bool] = mapped_column(Boolean, default=False)
    value: Mapped[str | None] = mapped_column(String(120))
    stages: Mapped[str | None] = mapped_column(String(200))
    stages_done: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(10), default="open")
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_on: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(String(500))
    reopen_reason: Mapped[str | None] = mapped_column(String(300))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Copied from the template step (migration 0009).
    title_zh: Mapped[str | None] = mapped_column(String(200))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_deal_items_deal", "deal_id", "checklist", "position"),
        Index("ix_deal_items_open_due", "state", "due_on"),
    )


# --- the manager's day (migration 0006) ---
# Indexes the Today dashboard needs on follow-ups: a consultant's open ones, and the
# fortnight of "due and done" counted from the index alone.
Index("ix_follow_ups_assignee_open", FollowUp.assigned_to_id, FollowUp.done_at, FollowUp.due_on)
Index(
    "ix_follow_ups_due_done",
    FollowUp.due_on,
    FollowUp.done_at,
    FollowUp.assigned_to_id,
    FollowUp.for_marketing,
)
# Marketing follow-ups are few: this finds at once whether there are any to leave out.
Index("ix_follow_ups_marketing_due", FollowUp.for_marketing, FollowUp.due_on)


class DayTemplateSection(Base):
    """A section of the daily checklist's template ("Before opening", "10:00 round"…), done
    by ``due_time`` in the showroom's time zone."""

    __tablename__ = "day_template_sections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(80))
    due_time: Mapped[time | None] = mapped_column(Time)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class DayTemplateCheck(Base):
    """A check of the template; its ``kind`` says how many lines it makes for a day (one,
    one per display car, one per fleet car, the walk-in count)."""

    __tablename__ = "day_template_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    section_id: Mapped[int] = mapped_column(
        ForeignKey("day_template_sections.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="single")
    count_target: Mapped[int | None] = mapped_column(Integer)
    due_time: Mapped[time | None] = mapped_column(Time)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ShowroomDay(Base):
    """One day's checklist. Open until a manager signs it off; then read-only for good."""

    __tablename__ = "showroom_days"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    state: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_off_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    signed_off_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    sign_off_note: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("state IN ('open', 'signed_off')", name="state"),
        CheckConstraint(
            "(state = 'signed_off') = (signed_off_at IS NOT NULL AND signed_off_by_id IS NOT NULL)",
            name="signed_off_has_signer",
        ),
    )


class ShowroomDayItem(Base):
    """One line of a day's checklist: a snapshot of its template check and, for per-car
    checks, of the car (``subject``), so later edits never rewrite a past day."""

    __tablename__ = "showroom_day_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("showroom_days.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    check_id: Mapped[int | None] = mapped_column(
        ForeignKey("day_template_checks.id", ondelete="SET NULL"), index=True
    )
    section_title: Mapped[str] = mapped_column(String(80))
    section_position: Mapped[int] = mapped_column(Integer)
    due_time: Mapped[time | None] = mapped_column(Time)
    kind: Mapped[str] = mapped_column(String(20))
    check_text: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(String(200))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("vehicles.id", ondelete="SET NULL"))
    count_target: Mapped[int | None] = mapped_column(Integer)
    counted: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="open")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(String(500))
    # When the line was first marked failed; kept when it is fixed and ticked afterwards, so
    # history counts the failure.
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("day_id", "position"),
        CheckConstraint("state IN ('open', 'done', 'failed')", name="state"),
        CheckConstraint("(state = 'open') = (done_at IS NULL)", name="ticked_or_failed_has_time"),
    )


class Task(Base):
    """A job given to one person with a due date, such as fixing what a failed check of the
    daily checklist found. Its owner sees it on their Today page until it is done."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(String(500))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    due_on: Mapped[date] = mapped_column(Date)
    origin: Mapped[str] = mapped_column(String(30), default="manual")
    day_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("showroom_day_items.id", ondelete="SET NULL"), index=True
    )
    state: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    result: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_tasks_owner_state_due", "owner_id", "state", "due_on"),
        CheckConstraint("state IN ('open', 'done', 'cancelled')", name="state"),
    )


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
    # The booked end when an early check-in ended the slot sooner (ends_at is then the
    # check-in time, so the rest of the slot is free); NULL: ends_at is the plan.
    planned_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
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


# --- deliveries (migration 0008) ---------------------------------------------------------------
class Delivery(Base):
    """A delivery ceremony of a deal: a bay and a consultant from ``starts_at`` to ``ends_at``.

    Planned and completed deliveries never overlap in a bay or for a consultant: migration
    0008 enforces it with exclusion constraints on PostgreSQL and triggers on SQLite (where
    the service also checks inside its ``BEGIN IMMEDIATE`` unit of work). An override of the
    checklist block keeps its written reason and the manager who gave it.
    """

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    bay: Mapped[str] = mapped_column(String(40))
    consultant_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    service_adviser: Mapped[str | None] = mapped_column(String(120))
    party: Mapped[str | None] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    keys_count: Mapped[int] = mapped_column(Integer, default=2)
    odometer_km: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(String(500))
    override_reason: Mapped[str | None] = mapped_column(String(300))
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    cancel_reason: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("status IN ('planned', 'completed', 'cancelled')", name="status"),
        CheckConstraint("keys_count BETWEEN 0 AND 10", name="keys_0_to_10"),
        Index("ix_deliveries_bay_time", "bay", "starts_at"),
        Index("ix_deliveries_consultant_time", "consultant_id", "starts_at"),
    )


class DeliveryItem(Base):
    """A line of a delivery's ceremony plan, PDI or documents-handed-over list, copied from
    its template when the delivery is planned; ticked with who and when."""

    __tablename__ = "delivery_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_delivery_items_delivery", "delivery_id", "kind", "position"),)


class OwedItem(Base):
    """Something still owed to the customer after the handover ("we owe"): shown on the
    customer's card and the manager's dashboard until it is done."""

    __tablename__ = "owed_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    text: Mapped[str] = mapped_column(String(300))
    promised_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_owed_items_delivery", "delivery_id"),
        Index("ix_owed_items_open", "done_at", "promised_on"),
    )


class SatisfactionCall(Base):
    """The answer to an after-delivery satisfaction call: a score from 1 to 5 and a comment."""

    __tablename__ = "satisfaction_calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    follow_up_id: Mapped[int | None] = mapped_column(
        ForeignKey("follow_ups.id", ondelete="SET NULL"), unique=True
    )
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"), index=True)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(String(500))
    called_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    called_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))

    __table_args__ = (CheckConstraint("score BETWEEN 1 AND 5", name="score_1_to_5"),)


# Guards against double booking of bays and consultants (migration 0008).
DELIVERY_GUARDS = frozenset(
    {
        "ex_deliveries_bay",
        "ex_deliveries_consultant",
        "deliveries_no_overlap_insert",
        "deliveries_no_overlap_update",
    }
)
BOOKING_GUARDS = BOOKING_GUARDS | DELIVERY_GUARDS
NON_MODEL_OBJECTS = SEARCH_OBJECTS | BOOKING_GUARDS


class LostSale(Base):
    """A prospect marked lost, with the reason: a consultant's request waits for a manager
    (pending), who approves it (the customer goes to level F) or returns it with a note; an
    approved one may later be reactivated. ``level_before`` is restored on reactivation."""

    __tablename__ = "lost_sales"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    consultant_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    reason: Mapped[str] = mapped_column(String(30))
    competitor_brand: Mapped[str | None] = mapped_column(String(60))
    competitor_model: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(String(300))
    level_before: Mapped[str] = mapped_column(String(1))
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_note: Mapped[str | None] = mapped_column(String(300))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class MonthlyTarget(Base):
    """The showroom's target for one month (``month`` is its first day)."""

    __tablename__ = "monthly_targets"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, default=0)
    deliveries: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ConsultantTarget(Base):
    """One consultant's share of a month's target."""

    __tablename__ = "consultant_targets"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    consultant_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, default=0)
    deliveries: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
