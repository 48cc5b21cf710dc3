"""Printing the test-drive agreement: archived in the customer's file, licence masked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from showroom.core.errors import DomainError, ValidationError
from showroom.core.ids import CustomerId
from showroom.kernel.archive import list_documents
from showroom.kernel.document_kind import DocumentKind
from showroom.printing.registry import PRINTABLE
from showroom.printing.test_drive_agreement import print_test_drive_agreement
from showroom.storage.database import Database
from showroom.storage.models import Document
from showroom.test_drives.domain import LicenceDraft
from showroom.test_drives.service import (
    BookingDraft,
    CheckOutDraft,
    book_test_drive,
    cancel_test_drive,
    check_out,
    record_licence,
)
from tests.pdf_helpers import page_texts
from tests.services.drive_world import NOW, SETTINGS, World, make_world

LICENCE = LicenceDraft("WEISS 123456 J99", "Germany, Bayern", date(2031, 5, 1), True)


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


def booked(db: Database, world: World, licence: bool = True) -> int:
    with db.session() as s:
        drive_id = book_test_drive(
            s,
            BookingDraft(world.jurgen, world.tesla, world.li, NOW + timedelta(hours=2), 45, "A40"),
            world.li,
            SETTINGS,
            now=NOW,
        )
        if licence:
            record_licence(s, None, drive_id, LICENCE, SETTINGS, now=NOW)
    return drive_id


def archived(db: Database) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count(Document.id))) or 0)


def test_agreement_is_archived_in_the_customers_file(db: Database, world: World) -> None:
    drive_id = booked(db, world)
    with db.session() as s:
        document = print_test_drive_agreement(
            s, drive_id, world.li, SETTINGS, NOW, odometer_km=1210, fuel_percent=64
        )
    assert document.kind is DocumentKind.TEST_DRIVE_AGREEMENT
    assert document.number == "TD-2026-000001"
    assert document.customer_id == world.jurgen
    with db.reader() as s:
        (row,) = list_documents(s, CustomerId(world.jurgen))
    assert (row.number, row.title) == (
        "TD-2026-000001",
        "Test-drive agreement: Jürgen Weiß, Tesla Model 3",
    )
    text = "\n".join(page_texts(document.pdf))
    assert "Driving licence\n•••••6J99" in text
    assert "WEISS" not in text and "123456J99" not in text
    assert "Odometer out\n1,210 km" in text
    assert "Fuel / charge out\n64 %" in text
    assert "Consultant\n李娜" in text
    assert "Customer\nJürgen Weiß\nSignature and date" in text


def test_once_out_the_recorded_readings_print(db: Database, world: World) -> None:
    drive_id = booked(db, world)
    with db.session() as s:
        check_out(s, drive_id, CheckOutDraft(1234, 71), world.li, SETTINGS, now=NOW)
    with db.session() as s:
        document = PRINTABLE[DocumentKind.TEST_DRIVE_AGREEMENT](
            s, drive_id, world.li, SETTINGS, NOW
        )
    text = page_texts(document.pdf)[0]
    assert "Odometer out\n1,234 km" in text and "71 %" in text


def test_no_licence_no_agreement_and_nothing_archived(db: Database, world: World) -> None:
    drive_id = booked(db, world, licence=False)
    with db.session() as s, pytest.raises(ValidationError) as caught:
        print_test_drive_agreement(s, drive_id, world.li, SETTINGS, NOW)
    assert caught.value.field == "licence number"
    assert "before printing the agreement" in caught.value.rule
    assert archived(db) == 0
    with db.session() as s:
        record_licence(s, None, drive_id, LICENCE, SETTINGS, now=NOW)
        number = print_test_drive_agreement(s, drive_id, world.li, SETTINGS, NOW).number
    assert number == "TD-2026-000001"  # the refused print used no number


def test_a_cancelled_drive_has_nothing_to_sign(db: Database, world: World) -> None:
    drive_id = booked(db, world)
    with db.session() as s:
        cancel_test_drive(s, drive_id, "", world.li, now=NOW)
    with db.session() as s, pytest.raises(DomainError, match="cancelled: there is nothing"):
        print_test_drive_agreement(s, drive_id, world.li, SETTINGS, NOW)
    assert archived(db) == 0


def test_terms_and_hours_settings_are_checked_and_keep_paragraphs(db: Database) -> None:
    from showroom.admin.users import create_user
    from showroom.core.errors import ValidationErrors
    from showroom.kernel.roles import Role
    from showroom.kernel.settings_store import load_settings, update_settings

    with db.session() as s:
        manager = create_user(s, "claire", Role.ADMIN, "Claire Dubois")
    with db.session() as s, pytest.raises(ValidationErrors) as caught:
        update_settings(s, manager, {"test_drive_hours": "9 to 5", "test_drive_terms": " \n\n "})
    assert caught.value.by_field() == {
        "test-drive hours": "must look like 08:00-20:00",
        "test-drive terms": "must not be empty: the customer signs them",
    }
    with db.session() as s:
        update_settings(
            s,
            manager,
            {
                "test_drive_hours": " 09:00 - 18:30 ",
                "test_drive_terms": "First  rule\nstill first.\n\n\n\nSecond rule for {dealer}.",
            },
        )
    with db.reader() as s:
        saved = load_settings(s)
    assert saved.test_drive_hours == "09:00 - 18:30"
    assert saved.test_drive_terms == "First rule still first.\n\nSecond rule for {dealer}."
