"""Hostile input to every service, on a real SQLite file and a real PostgreSQL database.

0 crashes: each call either succeeds or is rejected with a ValidationError(s)/DomainError that
names a known field and states the rule; after a rejection the database is unchanged.

Database strategy: hypothesis' @given runs inside a test that receives the function-scoped
``db`` fixture (HealthCheck.function_scoped_fixture suppressed), so all examples of one test
share one database. Each example is one real unit of work, ``db.session()``, committed or
rolled back exactly as the app does it; the whole database is fingerprinted before the call
and compared after a rejection. Nothing is cleaned between examples: every assertion is
relative to the state just before the call, and accepted cards piling up also exercise the
duplicate guard. A per-example savepoint was rejected: the service would run inside an outer
transaction that is never committed, so failures that only show at commit (PostgreSQL
refusing a NUL byte, constraint checks) would go unseen and "unchanged" would be trivially
true.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from showroom.admin.users import create_user
from showroom.core.errors import ShowroomError
from showroom.core.ids import CustomerId, UserId
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.follow_ups import log_contact
from showroom.customers.search import CustomerFilter, search_customers
from showroom.customers.service import create_customer, get_customer, update_customer
from showroom.customers.visits import CONTACT_CHANNELS, ContactOutcome, VisitPurpose
from showroom.customers.walk_ins import WalkInDraft, register_walk_in
from showroom.kernel.roles import Role
from showroom.kernel.settings import SETTING_LABELS, ShowroomSettings
from showroom.kernel.settings_store import load_settings, update_settings
from showroom.storage.database import Database
from showroom.storage.models import Customer, FollowUp, Interaction, WalkIn
from tests.hostile import (
    CUSTOMER_FIELDS,
    DST_ZONES,
    big_ints,
    clean_text,
    database_fingerprint,
    dates,
    drafts,
    hostile_text,
    moments,
    named_rules,
    number_text,
)

DB_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _staff(db: Database) -> tuple[UserId, UserId]:
    with db.session() as session:
        consultant = create_user(session, "ben.carter", Role.CONSULTANT, "Ben Carter")
        manager = create_user(session, "claire", Role.MANAGER, "Claire Dubois")
    return consultant, manager


def _customer(db: Database, actor: UserId) -> CustomerId:
    with db.session() as session:
        return create_customer(
            session,
            CustomerDraft("Zoë Walker", (PhoneDraft("07400 123456"),)),
            actor,
            ShowroomSettings(),
        )


def _rejected(db: Database, error: ShowroomError, before: str, fields: set[str]) -> None:
    pairs = named_rules(error, fields)
    event("rejected")
    for field, _ in pairs:
        event(f"rejected: {field or type(error).__name__}")
    assert database_fingerprint(db.engine) == before, "a rejection changed the database"


def test_create_customer(db: Database) -> None:
    consultant, _ = _staff(db)

    @DB_SETTINGS
    @given(drafts(st.just(int(consultant))), st.sampled_from(["GB", "DE", "CN", "US"]))
    def run(draft: CustomerDraft, region: str) -> None:
        before = database_fingerprint(db.engine)
        try:
            with db.session() as session:
                cid = create_customer(
                    session, draft, consultant, ShowroomSettings(default_region=region)
                )
        except ShowroomError as error:
            _rejected(db, error, before, CUSTOMER_FIELDS)
            return
        event("accepted")
        with db.reader() as session:
            customer = get_customer(session, cid)
            assert customer.full_name == " ".join(draft.full_name.split())
            for value in (customer.full_name, customer.notes or "", customer.search_text):
                assert clean_text(value)
            assert (
                session.scalar(
                    select(func.count()).where(
                        Interaction.customer_id == cid,
                        Interaction.summary == "Customer card created",
                    )
                )
                == 1
            )

    run()


def test_update_customer(db: Database) -> None:
    consultant, _ = _staff(db)
    cid = _customer(db, consultant)

    @DB_SETTINGS
    @given(drafts(st.just(int(consultant))))
    def run(draft: CustomerDraft) -> None:
        with db.reader() as session:
            version = get_customer(session, cid).version
        before = database_fingerprint(db.engine)
        try:
            with db.session() as session:
                update_customer(session, cid, version, draft, consultant, ShowroomSettings())
        except ShowroomError as error:
            _rejected(db, error, before, CUSTOMER_FIELDS)
            return
        event("accepted")
        with db.reader() as session:
            customer = get_customer(session, cid)
            assert customer.full_name == " ".join(draft.full_name.split())
            assert clean_text(customer.search_text)

    run()


def test_search_customers_never_raises(db: Database) -> None:
    consultant, _ = _staff(db)
    cid = _customer(db, consultant)
    before = database_fingerprint(db.engine)

    @settings(
        max_examples=80,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        st.one_of(hostile_text, st.sampled_from(["zoe", "ZOË", "7400", "074001", "walker zo"])),
        st.one_of(st.none(), hostile_text),
        st.one_of(st.none(), st.sampled_from(["overdue", "today", "week"]), hostile_text),
    )
    def run(query: str, status: str | None, follow_up: str | None) -> None:
        with db.reader() as session:
            rows = search_customers(
                session, CustomerFilter(text=query, status=status, follow_up=follow_up)
            )
        assert {r.id for r in rows} <= {cid}

    run()
    with db.reader() as session:
        assert [r.id for r in search_customers(session, CustomerFilter(text="walker"))] == [cid]
    assert database_fingerprint(db.engine) == before


LOG_FIELDS = {"channel", "outcome", "note", "next follow-up"}


def test_log_contact(db: Database) -> None:
    consultant, _ = _staff(db)
    cid = _customer(db, consultant)

    @DB_SETTINGS
    @given(
        st.one_of(st.sampled_from(CONTACT_CHANNELS), hostile_text),
        st.one_of(st.sampled_from([o.value for o in ContactOutcome]), hostile_text),
        hostile_text,
        st.one_of(st.none(), dates),
        moments,
        st.sampled_from(DST_ZONES),
        st.one_of(st.none(), big_ints),
        st.one_of(st.just(int(cid)), big_ints),
    )
    def run(
        channel: str,
        outcome: str,
        note: str,
        next_day: date | None,
        now: datetime,
        zone: str,
        follow_up_id: int | None,
        customer_id: int,
    ) -> None:
        before = database_fingerprint(db.engine)
        try:
            with db.session() as session:
                logged = log_contact(
                    session,
                    customer_id,
                    channel,
                    outcome,
                    note,
                    next_day,
                    consultant,
                    ShowroomSettings(timezone=zone),
                    follow_up_id=follow_up_id,
                    now=now,
                )
        except ShowroomError as error:
            _rejected(db, error, before, LOG_FIELDS)
            return
        event("accepted")
        local_today = now.astimezone(ZoneInfo(zone)).date()
        assert next_day is None or next_day >= local_today
        with db.reader() as session:
            interaction = session.get(Interaction, logged.interaction_id)
            assert interaction is not None and interaction.occurred_at == now
            assert clean_text(interaction.summary)
            if logged.next_follow_up_id is not None:
                task = session.get(FollowUp, logged.next_follow_up_id)
                assert task is not None and task.due_on == next_day

    run()


WALK_IN_FIELDS = {"purpose", "party size", "description", "customer", "consultant"}


def test_register_walk_in(db: Database) -> None:
    consultant, _ = _staff(db)
    cid = _customer(db, consultant)

    @DB_SETTINGS
    @given(
        st.one_of(st.sampled_from([p.value for p in VisitPurpose]), hostile_text),
        st.one_of(st.integers(1, 30), big_ints),
        st.one_of(st.none(), st.just(int(consultant)), big_ints),
        st.one_of(st.none(), st.just(int(cid)), big_ints),
        hostile_text,
        moments,
        st.sampled_from(DST_ZONES),
    )
    def run(
        purpose: str,
        party: int,
        consultant_id: int | None,
        customer_id: int | None,
        description: str,
        now: datetime,
        zone: str,
    ) -> None:
        before = database_fingerprint(db.engine)
        draft = WalkInDraft(purpose, party, consultant_id, customer_id, description)
        try:
            with db.session() as session:
                walk_in_id = register_walk_in(
                    session, draft, consultant, ShowroomSettings(timezone=zone), now=now
                )
        except ShowroomError as error:
            _rejected(db, error, before, WALK_IN_FIELDS)
            return
        event("accepted")
        with db.reader() as session:
            walk_in = session.get(WalkIn, walk_in_id)
            assert walk_in is not None and walk_in.time_in == now
            assert 1 <= walk_in.party_size <= 30
            if customer_id is not None:
                due = session.scalars(
                    select(FollowUp.due_on).where(
                        FollowUp.customer_id == customer_id, FollowUp.origin == "walk_in"
                    )
                ).all()
                day = now.astimezone(ZoneInfo(zone)).date()
                assert date.fromordinal(day.toordinal() + 1) in due, "due the next local day"

    run()


def test_update_settings(db: Database) -> None:
    consultant, manager = _staff(db)
    keys = sorted(SETTING_LABELS)

    @DB_SETTINGS
    @given(
        st.dictionaries(
            st.one_of(st.sampled_from(keys), hostile_text),
            st.one_of(hostile_text, number_text, st.sampled_from(["GB", "EUR", "Asia/Tokyo"])),
            max_size=5,
        ),
        st.sampled_from([consultant, manager]),
    )
    def run(values: dict[str, str], actor: UserId) -> None:
        before = database_fingerprint(db.engine)
        try:
            with db.session() as session:
                saved = update_settings(session, actor, values)
        except ShowroomError as error:
            _rejected(db, error, before, set(SETTING_LABELS.values()))
            return
        event("accepted")
        assert actor == manager
        with db.reader() as session:
            assert load_settings(session) == saved
        for value in saved.to_mapping().values():
            assert clean_text(value)

    run()


@pytest.mark.parametrize("customer_id", [0, -1, 2**31, 2**63, 10**30])
def test_ids_out_of_range_are_not_found_not_crashes(db: Database, customer_id: int) -> None:
    consultant, _ = _staff(db)
    with pytest.raises(ShowroomError) as caught, db.session() as session:
        log_contact(
            session, customer_id, "call", "reached", "", None, consultant, ShowroomSettings()
        )
    named_rules(caught.value, LOG_FIELDS)
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0
