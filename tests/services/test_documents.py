"""Printing and the archive, on a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

import io
import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from showroom.core.errors import ValidationError
from showroom.core.ids import CustomerId, UserId
from showroom.kernel.archive import get_document_pdf, list_documents, next_document_number, reprint
from showroom.kernel.document_kind import DocumentId, DocumentKind
from showroom.kernel.settings import ShowroomSettings
from showroom.printing.customer_card import load_customer_card, print_customer_card
from showroom.storage.database import Database
from showroom.storage.models import (
    Customer,
    CustomerPhone,
    Document,
    DocumentSequence,
    Interaction,
    User,
)
from tests.pdf_helpers import page_texts

NOW = datetime(2026, 3, 5, 14, 7, tzinfo=UTC)
SETTINGS = ShowroomSettings()


def add_people(db: Database, name: str = "Małgorzata Wiśniewska-Dąbrowska") -> tuple[int, int]:
    """A consultant and a customer with two phones and three timeline entries."""
    with db.session() as session:
        consultant = User(username="jan", display_name="Jan Kowalski", role="consultant")
        session.add(consultant)
        session.flush()
        customer = Customer(
            full_name=name,
            name_folded=name.lower(),
            email="mw@example.pl",
            status="prospect",
            assigned_consultant_id=consultant.id,
            preferred_language="pl",
            budget_max=Decimal("32000"),
            trade_in_make="Toyota",
            trade_in_year=2015,
            created_at=NOW - timedelta(days=30),
        )
        session.add(customer)
        session.flush()
        session.add_all(
            [
                CustomerPhone(customer_id=customer.id, e164="+442079460000", label="work"),
                CustomerPhone(
                    customer_id=customer.id, e164="+48601234567", label="mobile", is_primary=True
                ),
            ]
            + [
                Interaction(
                    customer_id=customer.id,
                    user_id=consultant.id,
                    kind="call",
                    occurred_at=NOW - timedelta(days=day),
                    summary=f"Call number {day}",
                )
                for day in (3, 1, 2)
            ]
        )
        return customer.id, consultant.id


def test_the_card_data_is_read_by_id_without_orm_objects(db: Database) -> None:
    customer_id, _ = add_people(db)
    with db.reader() as session:
        card = load_customer_card(session, CustomerId(customer_id), timeline_limit=2)
    assert card.full_name == "Małgorzata Wiśniewska-Dąbrowska"
    assert card.consultant == "Jan Kowalski"
    assert [p.e164 for p in card.phones] == ["+48601234567", "+442079460000"]  # primary first
    assert [e.summary for e in card.timeline] == ["Call number 1", "Call number 2"]
    assert card.timeline_total == 3
    assert card.trade_in is not None and card.trade_in.make == "Toyota"
    assert card.budget_max == Decimal("32000")


def test_printing_archives_the_pdf_with_a_number(db: Database) -> None:
    customer_id, user_id = add_people(db)
    with db.session() as session:
        first = print_customer_card(
            session, CustomerId(customer_id), UserId(user_id), SETTINGS, NOW
        )
        second = print_customer_card(
            session, CustomerId(customer_id), UserId(user_id), SETTINGS, NOW + timedelta(hours=1)
        )
    assert (first.number, second.number) == ("CC-2026-000001", "CC-2026-000002")
    text = page_texts(first.pdf)[0]
    assert "Małgorzata Wiśniewska-Dąbrowska" in text
    assert "CC-2026-000001" in text
    assert "by Jan Kowalski" in text
    assert len(PdfReader(io.BytesIO(first.pdf)).pages) == first.page_count
    with db.reader() as session:
        stored = session.get(Document, first.id)
        assert stored is not None
        assert stored.pdf == first.pdf
        assert stored.size == len(first.pdf)
        assert stored.kind == "customer-card"
        assert stored.printed_by_id == user_id
        assert not stored.is_reprint
        rows = list_documents(session, CustomerId(customer_id))
    assert [row.number for row in rows] == ["CC-2026-000002", "CC-2026-000001"]  # newest first
    assert rows[1].printed_by == "Jan Kowalski"
    assert rows[1].title == "Customer card: Małgorzata Wiśniewska-Dąbrowska"


def test_a_reprint_is_logged_and_gives_the_original_bytes(db: Database) -> None:
    customer_id, user_id = add_people(db)
    with db.session() as session:
        original = print_customer_card(
            session, CustomerId(customer_id), UserId(user_id), SETTINGS, NOW
        )
    with db.session() as session:  # the customer's data changes after printing
        customer = session.get(Customer, customer_id)
        assert customer is not None
        customer.full_name = "Renamed Since"
    with db.session() as session:
        again = reprint(session, original.id, UserId(user_id), NOW + timedelta(days=1))
        third = reprint(session, again.id, UserId(user_id), NOW + timedelta(days=2))
    assert again.pdf == original.pdf  # what was signed, not today's data
    assert (again.number, third.number) == ("CC-2026-000001-R1", "CC-2026-000001-R2")
    assert again.reprint_of == third.reprint_of == original.id
    with db.reader() as session:
        assert get_document_pdf(session, third.id, actor_id=None) == original.pdf
        stored = session.get(Document, again.id)
        assert stored is not None and stored.is_reprint
        assert session.scalar(select(Document.pdf).where(Document.id == again.id)) is None
        rows = list_documents(session, CustomerId(customer_id))
    assert [(row.number, row.is_reprint) for row in rows] == [
        ("CC-2026-000001-R2", True),
        ("CC-2026-000001-R1", True),
        ("CC-2026-000001", False),
    ]


def test_an_unknown_customer_prints_nothing_and_takes_no_number(db: Database) -> None:
    _, user_id = add_people(db)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        print_customer_card(session, CustomerId(999), UserId(user_id), SETTINGS, NOW)
    assert caught.value.field == "customer id"
    assert "999" in str(caught.value)
    with db.reader() as session:
        assert session.scalar(select(func.count(Document.id))) == 0


def test_a_rolled_back_print_gives_its_number_back(db: Database) -> None:
    customer_id, user_id = add_people(db)
    with pytest.raises(RuntimeError), db.session() as session:
        print_customer_card(session, CustomerId(customer_id), UserId(user_id), SETTINGS, NOW)
        raise RuntimeError("the printer caught fire")
    with db.session() as session:
        document = print_customer_card(
            session, CustomerId(customer_id), UserId(user_id), SETTINGS, NOW
        )
    assert document.number == "CC-2026-000001"


def test_numbers_count_per_kind_and_year_in_the_showroom_time_zone(db: Database) -> None:
    customer_id, user_id = add_people(db)
    warsaw = ShowroomSettings(timezone="Europe/Warsaw")
    new_year_eve_utc = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)  # 00:30 on 1 Jan in Warsaw
    with db.session() as session:
        document = print_customer_card(
            session, CustomerId(customer_id), UserId(user_id), warsaw, new_year_eve_utc
        )
        other_kind = next_document_number(session, DocumentKind.HANDOVER, 2027)
    assert document.number == "CC-2027-000001"
    assert other_kind == "HO-2027-000001"


def test_concurrent_printers_never_get_the_same_number(db: Database) -> None:
    """Eight PCs take numbers at the same moment, each in its own transaction."""
    numbers: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def take() -> None:
        try:
            start.wait()
            with db.session() as session:
                number = next_document_number(session, DocumentKind.CUSTOMER_CARD, 2026)
                session.execute(select(func.count(Document.id)))  # stay in the transaction
                numbers.append(number)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=take) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(numbers) == [f"CC-2026-{n:06d}" for n in range(1, 9)]
    with db.reader() as session:
        assert session.scalar(select(DocumentSequence.last_value)) == 8


def test_an_original_must_keep_its_bytes(db: Database) -> None:
    customer_id, user_id = add_people(db)
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(
            Document(
                number="CC-2026-000009",
                kind="customer-card",
                title="No bytes",
                customer_id=customer_id,
                created_at=NOW,
                printed_by_id=user_id,
                page_count=1,
                size=0,
                sha256="0" * 64,
                pdf=None,
            )
        )


def test_reprinting_an_unknown_document_is_refused(db: Database) -> None:
    _, user_id = add_people(db)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        reprint(session, DocumentId(42), UserId(user_id), NOW)
    assert caught.value.field == "document"
