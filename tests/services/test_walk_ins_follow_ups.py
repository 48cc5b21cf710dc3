"""Walk-in register, cadences, Log contact and My follow-ups, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from showroom.admin.users import create_user
from showroom.core.errors import DomainError, ValidationError
from showroom.core.ids import UserId
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.follow_ups import due_follow_ups, log_contact, open_follow_ups
from showroom.customers.service import create_customer
from showroom.customers.timeline import timeline
from showroom.customers.walk_ins import (
    WalkInDraft,
    day_register,
    end_walk_in,
    link_walk_in,
    register_walk_in,
)
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.storage.models import FollowUp

SETTINGS = ShowroomSettings(timezone="Europe/London", followup_days_walk_in="1,7")
ZONE = ZoneInfo("Europe/London")
# 26 Nov 2026, 10:30 in London
NOW = datetime(2026, 11, 26, 10, 30, tzinfo=UTC)


@pytest.fixture
def people(db: Database) -> tuple[UserId, UserId, int]:
    with db.session() as session:
        ben = create_user(session, "ben", Role.CONSULTANT, "Ben Carter")
        li = create_user(session, "li", Role.CONSULTANT, "李娜")
        cid = create_customer(
            session,
            CustomerDraft("Anna Nowak", (PhoneDraft("+48 512 345 678"),), consent_contact=True),
            ben,
            SETTINGS,
            now=NOW - timedelta(days=30),
        )
    return ben, li, cid


def test_walk_in_with_customer_adds_visit_and_cadence(
    db: Database, people: tuple[UserId, UserId, int]
) -> None:
    ben, li, cid = people
    with db.session() as session:
        wid = register_walk_in(
            session,
            WalkInDraft("test_drive", party_size=3, consultant_id=li, customer_id=cid),
            ben,
            SETTINGS,
            now=NOW,
        )
    with db.reader() as session:
        entries = timeline(session, cid)
        assert entries[0].kind == "visit"
        assert entries[0].summary == "Walk-in: test drive, party of 3"
        assert entries[0].user == "李娜"
        tasks = open_follow_ups(session, cid)
        assert [t.due_on for t in tasks] == [date(2026, 11, 27), date(2026, 12, 3)]
        assert {t.assigned_to_id for t in tasks} == {li}
    with db.session() as session:
        end_walk_in(session, wid, actor_id=None, now=NOW + timedelta(minutes=45))
    with db.session() as session, pytest.raises(DomainError, match="ended already"):
        end_walk_in(session, wid, actor_id=None, now=NOW + timedelta(minutes=50))


def test_anonymous_walk_in_is_linked_later(
    db: Database, people: tuple[UserId, UserId, int]
) -> None:
    ben, _, cid = people
    with (
        db.session() as session,
        pytest.raises(ValidationError, match="customer: choose a customer"),
    ):
        register_walk_in(session, WalkInDraft("browsing"), ben, SETTINGS, now=NOW)
    with db.session() as session:
        wid = register_walk_in(
            session,
            WalkInDraft("browsing", description="Couple in red coats, liked the ID.4"),
            ben,
            SETTINGS,
            now=NOW,
        )
    with db.reader() as session:
        assert open_follow_ups(session, cid) == []
        assert day_register(session, date(2026, 11, 26), ZONE).anonymous == 1
    with db.session() as session:
        link_walk_in(session, wid, cid, ben, SETTINGS)
    with db.reader() as session:
        assert len(open_follow_ups(session, cid)) == 2
        assert day_register(session, date(2026, 11, 26), ZONE).anonymous == 0
    with db.session() as session, pytest.raises(DomainError, match="linked to a customer already"):
        link_walk_in(session, wid, cid, ben, SETTINGS)


def test_walk_in_rules(db: Database, people: tuple[UserId, UserId, int]) -> None:
    ben, _, cid = people
    for draft, message in [
        (WalkInDraft("shopping", customer_id=cid), "purpose: must be one of browsing"),
        (
            WalkInDraft("browsing", party_size=0, customer_id=cid),
            "party size: must be from 1 to 30",
        ),
        (WalkInDraft("browsing", customer_id=99999), "no customer with number 99999"),
    ]:
        with db.session() as session, pytest.raises(Exception, match=message):
            register_walk_in(session, draft, ben, SETTINGS, now=NOW)
    with db.reader() as session:
        assert day_register(session, date(2026, 11, 26), ZONE).rows == []


def test_day_register_totals(db: Database, people: tuple[UserId, UserId, int]) -> None:
    ben, li, cid = people
    moments = [NOW.replace(hour=9), NOW.replace(hour=9, minute=40), NOW.replace(hour=14)]
    with db.session() as session:
        for moment, who in zip(moments, (ben, li, li), strict=True):
            register_walk_in(
                session,
                WalkInDraft("browsing", consultant_id=who, customer_id=cid),
                ben,
                SETTINGS,
                now=moment,
            )
        # the day before and the day after do not count
        register_walk_in(
            session,
            WalkInDraft("service", customer_id=cid),
            ben,
            SETTINGS,
            now=NOW - timedelta(days=1),
        )
        register_walk_in(
            session,
            WalkInDraft("service", customer_id=cid),
            ben,
            SETTINGS,
            now=NOW + timedelta(days=1),
        )
    with db.reader() as session:
        register = day_register(session, date(2026, 11, 26), ZONE)
    assert len(register.rows) == 3
    assert register.per_hour == {9: 2, 14: 1}
    assert register.per_consultant == {"Ben Carter": 1, "李娜": 2}
    assert register.per_purpose == {"browsing": 3}


def test_log_contact_completes_the_due_follow_up_and_plans_the_next(
    db: Database, people: tuple[UserId, UserId, int]
) -> None:
    ben, _, cid = people
    with db.session() as session:
        register_walk_in(
            session,
            WalkInDraft("browsing", customer_id=cid),
            ben,
            SETTINGS,
            now=NOW - timedelta(days=2),
        )
    today = date(2026, 11, 26)
    with db.reader() as session:
        due = due_follow_ups(session, today, assigned_to=ben)
        assert [(r.customer_name, r.overdue) for r in due] == [("Anna Nowak", True)]
    with db.session() as session:
        logged = log_contact(
            session,
            cid,
            "call",
            "appointment",
            "Comes Saturday with his wife",
            today + timedelta(days=2),
            ben,
            SETTINGS,
            now=NOW,
        )
    with db.reader() as session:
        assert due_follow_ups(session, today, assigned_to=ben) == []
        done = session.get(FollowUp, logged.completed_follow_up_id)
        assert done is not None and done.done_by_id == ben
        assert done.result == "Appointment: Comes Saturday with his wife"
        assert timeline(session, cid)[0].summary == "Appointment: Comes Saturday with his wife"
        planned = [t.due_on for t in open_follow_ups(session, cid)]
        assert date(2026, 11, 28) in planned


def test_log_contact_rules_leave_nothing_behind(
    db: Database, people: tuple[UserId, UserId, int]
) -> None:
    ben, _, cid = people
    with db.reader() as session:
        before = len(timeline(session, cid))
    for args, message in [
        (("fax", "reached", "", None), "channel: must be one of"),
        (("call", "great", "", None), "outcome: must be one of"),
        (("call", "reached", "", date(2026, 11, 1)), "next follow-up: must be today or later"),
        (("call", "reached", "x\x00", None), "note: must not contain control characters"),
    ]:
        with db.session() as session, pytest.raises(ValidationError, match=message):
            log_contact(session, cid, *args, ben, SETTINGS, now=NOW)  # type: ignore[arg-type]
    with db.reader() as session:
        assert len(timeline(session, cid)) == before
        assert session.scalar(select(func.count(FollowUp.id))) == 0


def test_marketing_follow_ups_skip_customers_without_consent(
    db: Database, people: tuple[UserId, UserId, int]
) -> None:
    ben, _, _ = people
    today = date(2026, 11, 26)
    with db.session() as session:
        silent = create_customer(
            session, CustomerDraft("No Calls", (PhoneDraft("+48 512 345 679"),)), ben, SETTINGS
        )
        session.add(
            FollowUp(
                customer_id=silent,
                reason="Spring offer",
                due_on=today,
                assigned_to_id=ben,
                for_marketing=True,
            )
        )
        session.add(
            FollowUp(
                customer_id=silent, reason="Deal: sign contract", due_on=today, assigned_to_id=ben
            )
        )
    with db.reader() as session:
        assert [r.reason for r in due_follow_ups(session, today, assigned_to=ben)] == [
            "Deal: sign contract"
        ]
