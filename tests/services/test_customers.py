"""Customer cards: validation, duplicate guard, edits with conflict detection, merge, search.

Runs on a real SQLite file and a real PostgreSQL database.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from showroom.admin.users import create_user
from showroom.core.errors import ConflictError, DomainError, ValidationErrors
from showroom.core.ids import UserId
from showroom.customer_file.merge import merge_customers
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.search import CustomerFilter, search_customers
from showroom.customers.service import (
    DuplicateCustomerError,
    create_customer,
    get_customer,
    update_customer,
)
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.storage.models import Customer, FollowUp, Interaction, WalkIn

SETTINGS = ShowroomSettings(default_region="GB")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def draft(name: str, phone: str = "", email: str = "", **fields: object) -> CustomerDraft:
    phones = (PhoneDraft(phone),) if phone else ()
    return CustomerDraft(full_name=name, phones=phones, email=email, **fields)  # type: ignore[arg-type]


@pytest.fixture
def consultant(db: Database) -> UserId:
    with db.session() as session:
        return create_user(session, "ben.carter", Role.CONSULTANT, "Ben Carter")


def add(db: Database, card: CustomerDraft, actor: UserId | None = None) -> int:
    with db.session() as session:
        return create_customer(session, card, actor, SETTINGS, now=NOW)


def test_create_stores_normalised_contact_data(db: Database, consultant: UserId) -> None:
    cid = add(
        db,
        draft("  Zoë   Walker ", "07400 123456", " Zoe.Walker@Example.CO.UK ", budget_max="35,000"),
        consultant,
    )
    with db.reader() as session:
        customer = get_customer(session, cid)
        assert customer.full_name == "Zoë Walker"
        assert customer.primary_phone == "+447400123456"
        assert customer.email == "Zoe.Walker@example.co.uk"
        assert str(customer.budget_max) == "35000.00"
        assert [p.e164 for p in customer.phones] == ["+447400123456"]
        assert session.scalar(select(func.count(Interaction.id))) == 1


def test_every_broken_rule_is_named_and_nothing_is_written(db: Database) -> None:
    bad = draft(
        "",
        "12",
        "not-an-email",
        budget_min="9000",
        budget_max="100",
        trade_in_year="1850",
        trade_in_vin="ABC",
        status="happy",
    )
    with pytest.raises(ValidationErrors) as caught, db.session() as session:
        create_customer(session, bad, None, SETTINGS, now=NOW)
    fields = caught.value.by_field()
    assert fields["full name"] == "must not be empty"
    assert (
        "is not a valid phone number" in fields["phone"] or "not a phone number" in fields["phone"]
    )
    assert "is not a valid e-mail address" in fields["email"]
    assert fields["budget to"] == "must not be below the budget from"
    assert fields["trade-in year"].startswith("must be between 1,900 and")
    assert fields["trade-in VIN"] == "must be 17 characters, not 3"
    assert fields["status"].startswith("must be one of lead, prospect")
    with db.reader() as session:
        assert session.scalar(select(func.count(Customer.id))) == 0


def test_duplicate_phone_or_email_is_caught(db: Database) -> None:
    first = add(db, draft("Anna Nowak", "+48 512 345 678", "anna@example.pl"))
    for card in (
        draft("Anna N.", "0048512345678"),
        draft("A. Nowak", "", "ANNA@example.pl"),
    ):
        with pytest.raises(DuplicateCustomerError) as caught, db.session() as session:
            create_customer(session, card, None, SETTINGS, now=NOW)
        assert caught.value.matches[0].id == first
        assert "Anna Nowak" in str(caught.value)
    with db.session() as session:
        create_customer(
            session, draft("Anna N.", "0048512345678"), None, SETTINGS, allow_duplicate=True
        )
    with db.reader() as session:
        assert session.scalar(select(func.count(Customer.id))) == 2


def test_edit_detects_another_pcs_save(db: Database) -> None:
    cid = add(db, draft("Jörg Köhler", "+49 30 123456"))
    with db.reader() as session:
        version = get_customer(session, cid).version
    with db.session() as session:
        changed = update_customer(
            session,
            cid,
            version,
            draft("Jörg Köhler", "+49 30 123456", notes="VIP"),
            None,
            SETTINGS,
        )
    assert changed == ["notes"]
    with pytest.raises(ConflictError, match="changed on another PC"), db.session() as session:
        update_customer(
            session, cid, version, draft("Jörg Koehler", "+49 30 123456"), None, SETTINGS
        )
    with db.reader() as session:
        customer = get_customer(session, cid)
        assert customer.full_name == "Jörg Köhler"
        assert customer.notes == "VIP"


def test_merge_keeps_everything_of_both(db: Database, consultant: UserId) -> None:
    keep = add(db, draft("Wang Wei", "+86 131 2345 6789"))
    gone = add(db, draft("王伟", "+86 139 1111 2222", "wang.wei@example.cn"))
    with db.session() as session:
        session.add(FollowUp(customer_id=gone, reason="Call back", due_on=date(2026, 12, 1)))
        session.add(WalkIn(customer_id=gone, time_in=NOW, purpose="browsing"))
        session.add(Interaction(customer_id=gone, kind="call", occurred_at=NOW, summary="x"))
    with db.session() as session:
        manager = create_user(session, "claire", Role.MANAGER, "Claire Dubois")
    with db.session() as session, pytest.raises(DomainError, match="may not merge customer cards"):
        merge_customers(session, keep, gone, consultant, now=NOW)
    with db.session() as session:
        merge_customers(session, keep, gone, manager, now=NOW)
    with db.reader() as session:
        assert session.get(Customer, gone) is None
        kept = get_customer(session, keep)
        assert [p.e164 for p in kept.phones] == ["+8613123456789", "+8613911112222"]
        assert kept.email == "wang.wei@example.cn"
        assert (
            session.scalar(select(func.count(FollowUp.id)).where(FollowUp.customer_id == keep)) == 1
        )
        assert session.scalar(select(func.count(WalkIn.id)).where(WalkIn.customer_id == keep)) == 1
        # created-note of each card, the call, and the merge note
        assert (
            session.scalar(
                select(func.count(Interaction.id)).where(Interaction.customer_id == keep)
            )
            == 4
        )
    found = _names(db, "8613911112222")
    assert found == ["Wang Wei"]


def _names(db: Database, text: str, **flt: object) -> list[str]:
    with db.reader() as session:
        return [r.full_name for r in search_customers(session, CustomerFilter(text=text, **flt))]  # type: ignore[arg-type]


def test_search_ignores_case_and_accents_and_finds_fragments(db: Database) -> None:
    add(db, draft("Thomas Müller", "+49 151 23456789", "t.mueller@example.de"))
    add(db, draft("MÜLLER, Anna", "+44 7400 123456"))
    add(db, draft("Łukasz Wiśniewski", "+48 512 000 111", trade_in_plate="WX 12345"))
    add(db, draft("王伟", "+86 131 0000 1111"))
    add(db, draft("欧阳娜", "+86 131 0000 2222", trade_in_vin="1M8GDM9AXKP042788"))
    add(db, draft("Anne Smith", "020 7946 0018"))
    assert _names(db, "muller") == ["MÜLLER, Anna", "Thomas Müller"]
    assert _names(db, "MÜLL") == ["MÜLLER, Anna", "Thomas Müller"]
    assert _names(db, "lukasz") == ["Łukasz Wiśniewski"]
    assert _names(db, "王伟") == ["王伟"]
    assert _names(db, "欧阳") == ["欧阳娜"]
    assert _names(db, "an") == ["Anne Smith", "MÜLLER, Anna"]  # short: start of a word
    assert _names(db, "7946 0018") == ["Anne Smith"]
    assert _names(db, "(020) 7946-0018") == ["Anne Smith"]
    assert _names(db, "946 00") == ["Anne Smith"]  # spaces inside a phone fragment
    assert _names(db, "wx12") == ["Łukasz Wiśniewski"]
    assert _names(db, "42788") == ["欧阳娜"]
    assert _names(db, "example.de") == ["Thomas Müller"]
    assert _names(db, "anna muller") == ["MÜLLER, Anna"]
    assert _names(db, "zzz") == []
    assert _names(db, "'; DROP TABLE customers; --") == []
    assert _names(db, '"') == _names(db, "")


def test_filters_combine_with_search(db: Database, consultant: UserId) -> None:
    add(db, draft("Anna Lead", "+44 7400 123001", status="lead"))
    anna_owner = add(
        db,
        draft("Anna Owner", "+44 7400 123002", status="owner", assigned_consultant_id=consultant),
    )
    add(db, draft("Anna Web", "+44 7400 123003", source="web"))
    today = date(2026, 11, 26)
    with db.session() as session:
        session.add(
            FollowUp(customer_id=anna_owner, reason="call", due_on=today - timedelta(days=2))
        )
    assert _names(db, "anna", status="owner") == ["Anna Owner"]
    assert _names(db, "anna", consultant_id=int(consultant)) == ["Anna Owner"]
    assert _names(db, "", source="web") == ["Anna Web"]
    assert _names(db, "", follow_up="overdue", today=today) == ["Anna Owner"]
    assert _names(db, "", follow_up="today", today=today) == []
