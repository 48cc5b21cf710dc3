"""Only an active staff member is given new work (kernel/staff.py: one check for every
assignment); a card that already belongs to someone who left keeps them until reassigned."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from showroom.core.errors import ValidationError, ValidationErrors
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.service import create_customer, get_customer, update_customer
from showroom.kernel.roles import Role
from showroom.kernel.staff import staff
from showroom.kernel.tasks import create_task
from showroom.storage.database import Database
from showroom.storage.models import Customer, Task
from tests.factories import NOW, SETTINGS, make_customer, make_user


def _fields(error: ValidationError | ValidationErrors) -> list[str]:
    if isinstance(error, ValidationErrors):
        return [e.field for e in error.errors]
    return [error.field]


def test_a_new_card_cannot_go_to_a_deactivated_consultant(db: Database) -> None:
    manager = make_user(db, Role.MANAGER)
    gone = make_user(db, Role.CONSULTANT, "Left Already", active=False)
    with db.session() as session, pytest.raises((ValidationError, ValidationErrors)) as caught:
        create_customer(
            session,
            CustomerDraft(
                "Harry Wilson", (PhoneDraft("07400 123456"),), assigned_consultant_id=gone
            ),
            manager,
            SETTINGS,
            now=NOW,
        )
    assert "consultant" in _fields(caught.value)
    assert "no longer an active user" in str(caught.value)
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_a_card_is_not_reassigned_to_a_deactivated_consultant(db: Database) -> None:
    manager = make_user(db, Role.MANAGER)
    keeper = make_user(db, Role.CONSULTANT)
    gone = make_user(db, Role.CONSULTANT, active=False)
    customer_id = make_customer(db, consultant=keeper)
    with db.session() as session:
        card = get_customer(session, customer_id)
        draft = CustomerDraft(card.full_name, (PhoneDraft(card.phones[0].e164),))
        version = card.version
    with db.session() as session, pytest.raises((ValidationError, ValidationErrors)):
        update_customer(
            session,
            customer_id,
            version,
            replace(draft, assigned_consultant_id=gone),
            manager,
            SETTINGS,
            now=NOW,
        )
    with db.reader() as session:
        assert get_customer(session, customer_id).assigned_consultant_id == keeper


def test_a_task_is_not_given_to_a_deactivated_user(db: Database) -> None:
    manager = make_user(db, Role.MANAGER)
    gone = make_user(db, Role.CONSULTANT, active=False)
    with db.session() as session, pytest.raises(ValidationError) as caught:
        create_task(
            session,
            title="Call back",
            note=None,
            owner_id=gone,
            due_on=date(2026, 12, 5),
            actor_id=manager,
            now=NOW,
        )
    assert caught.value.field == "owner"
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Task)) == 0


def test_the_staff_picker_lists_only_active_staff_unless_asked(db: Database) -> None:
    active = make_user(db, Role.CONSULTANT, "Ben Carter")
    gone = make_user(db, Role.CONSULTANT, "Ada Gone", active=False)
    with db.reader() as session:
        assert [m.id for m in staff(session)] == [active]
        assert [m.id for m in staff(session, include_inactive=True)] == [gone, active]
