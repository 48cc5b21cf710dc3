"""GDPR erase: after erasing a customer who has one of everything, nothing in the database
(every text column of every table, the archived PDFs' bytes and text) and nothing in the
data folder carries their name, phone, e-mail or licence number."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import LargeBinary, String, Text, delete, select, update
from sqlalchemy.exc import DBAPIError

from showroom.customer_file.erase import erase_customer
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.follow_ups import add_follow_up, log_contact
from showroom.customers.service import get_customer, update_customer
from showroom.customers.walk_ins import WalkInDraft, register_walk_in
from showroom.kernel.document_kind import DocumentKind
from showroom.printing.customer_card import print_customer_card
from showroom.printing.registry import PRINTABLE
from showroom.printing.test_drive_agreement import print_test_drive_agreement
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.models import AuditEntry, Base, PurchasePlan
from showroom.test_drives.domain import LicenceDraft
from showroom.test_drives.service import record_licence
from tests.factories import (
    NOW,
    SETTINGS,
    at,
    book_drive,
    make_customer,
    make_fleet_car,
    make_plan,
    make_staff,
    make_stock_vehicle,
)

NAME = "Zebulon Quistgaard"
EMAIL = "zebulon.quistgaard@example.org"
PHONE_TYPED = "07400 987654"
PHONE_E164 = "+447400987654"
LICENCE = "QUIST 812345 Z77"


def _traces() -> tuple[str, ...]:
    return (NAME, "Quistgaard", EMAIL, PHONE_E164, "7400 987654", "7400987654", "812345")


def _one_of_everything(db: Database) -> int:
    staff = make_staff(db)
    customer = make_customer(db, NAME, staff.consultant, phone=PHONE_TYPED, email=EMAIL)
    with db.session() as s:
        row = get_customer(s, customer)
        update_customer(
            s,
            customer,
            row.version,
            CustomerDraft(
                full_name=NAME,
                phones=(PhoneDraft(PHONE_TYPED), PhoneDraft("07400 987655", "work")),
                email=EMAIL,
                address=f"1 {NAME} Street, London",
                notes=f"{NAME} prefers {EMAIL}",
                assigned_consultant_id=staff.consultant,
            ),
            staff.consultant,
            SETTINGS,
            now=NOW,
        )
        add_follow_up(s, customer, date(2026, 12, 1), f"Call {NAME}", staff.consultant, None)
        log_contact(
            s,
            customer,
            "call",
            "reached",
            f"Spoke to {NAME} on {PHONE_TYPED}",
            None,
            staff.consultant,
            SETTINGS,
            now=NOW,
        )
        register_walk_in(
            s,
            WalkInDraft("browsing", customer_id=customer, description=f"{NAME}, {EMAIL}"),
            staff.consultant,
            SETTINGS,
            now=NOW,
        )
        print_customer_card(s, customer, staff.consultant, SETTINGS, NOW)  # type: ignore[arg-type]
    drive = book_drive(db, customer, make_fleet_car(db), staff.consultant, at(10))
    with db.session() as s:
        licence = LicenceDraft(LICENCE, "United Kingdom", date(2031, 5, 1), True)
        record_licence(s, None, drive, licence, SETTINGS, now=NOW)
        print_test_drive_agreement(s, drive, staff.consultant, SETTINGS, NOW)
    plan = make_plan(db, customer, make_stock_vehicle(db), staff.consultant)
    with db.session() as s:
        PRINTABLE[DocumentKind.PURCHASE_PLAN](s, plan, staff.consultant, SETTINGS, NOW)
    return customer


def _database_hits(db: Database) -> list[str]:
    hits = []
    with db.reader() as s:
        for table in Base.metadata.sorted_tables:
            texts = [c for c in table.columns if isinstance(c.type, String | Text)]
            blobs = [c for c in table.columns if isinstance(c.type, LargeBinary)]
            if not texts and not blobs:
                continue
            for row in s.execute(select(*texts, *blobs)).all():
                for column, value in zip([*texts, *blobs], row, strict=True):
                    if value is None:
                        continue
                    if isinstance(value, bytes):
                        value = value.decode("latin-1") + "\n".join(
                            page.extract_text() for page in PdfReader(io.BytesIO(value)).pages
                        )
                    hits += [f"{table.name}.{column.name}: {t}" for t in _traces() if t in value]
    return hits


def _folder_hits(config: AppConfig) -> list[str]:
    hits = []
    for path in config.home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.name}: {t}" for t in _traces() if t.encode() in data]
    return hits


def test_erase_leaves_no_trace_in_database_or_data_folder(db: Database, config: AppConfig) -> None:
    customer = _one_of_everything(db)
    assert _database_hits(db), "the test must first find the person everywhere"
    with db.session() as s:
        erase_customer(s, None, customer, "Asked to be forgotten")
    left = sorted({h.split(":")[0] for h in _database_hits(db)})
    assert not left, "\n".join(left)
    assert _folder_hits(config) == []


def test_erase_keeps_the_sale_records(db: Database) -> None:
    customer = _one_of_everything(db)
    with db.session() as s:
        erase_customer(s, None, customer, "Asked to be forgotten")
    with db.reader() as s:
        assert get_customer(s, customer).full_name == f"Erased customer {customer}"
        plans = s.scalars(select(PurchasePlan).where(PurchasePlan.customer_id == customer)).all()
        assert len(plans) == 1 and plans[0].list_price is not None


def test_the_audit_trail_still_refuses_every_change_but_a_redaction(db: Database) -> None:
    customer = make_customer(db, NAME)
    with db.reader() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == customer)).first()
        assert entry is not None
    for values in ({"summary": "rewritten"}, {"action": "x", "redacted_at": NOW}):
        with pytest.raises(DBAPIError), db.session() as s:
            s.execute(update(AuditEntry).where(AuditEntry.id == entry.id).values(values))
    with pytest.raises(DBAPIError), db.session() as s:
        s.execute(delete(AuditEntry).where(AuditEntry.id == entry.id))
    with db.session() as s:
        s.execute(
            update(AuditEntry)
            .where(AuditEntry.id == entry.id)
            .values(summary="(erased)", redacted_at=NOW)
        )
