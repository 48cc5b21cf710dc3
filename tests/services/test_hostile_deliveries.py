"""Hostile input to the delivery services: each call succeeds or is rejected with a rule
that names its field, and a rejection leaves the database unchanged (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from showroom.core.errors import ShowroomError
from showroom.deliveries.service import DeliveryDraft, add_owed, plan_delivery
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from tests.hostile import big_ints, database_fingerprint, dates, hostile_text, moments
from tests.services.deal_helpers import make_staff
from tests.services.test_deliveries import at, make_sale, plan
from tests.services.test_hostile_input import DB_SETTINGS, _rejected

PLAN_FIELDS = {
    "deal",
    "date and time",
    "bay",
    "consultant",
    "manager",
    "duration",
    "service adviser",
    "attendees",
    "notes",
}
OWED_FIELDS = {"we owe", "promised date"}
EARLY = datetime(2020, 1, 1, tzinfo=UTC)  # so that most hostile starts are not "in the past"


def test_plan_delivery(db: Database) -> None:
    staff = make_staff(db)
    sales = [make_sale(db, staff, f"Buyer {n}") for n in range(3)]

    @DB_SETTINGS
    @given(
        st.one_of(st.sampled_from([s.deal for s in sales]), big_ints),
        st.one_of(st.none(), moments),
        st.one_of(st.sampled_from(["Bay 1", "Bay 2", "Handover lounge"]), hostile_text),
        st.one_of(st.sampled_from([staff.consultant, staff.other]), big_ints),
        st.one_of(st.none(), st.integers(-10, 2000)),
        st.one_of(st.none(), st.just(staff.manager), big_ints),
        hostile_text,
        hostile_text,
    )
    def run(
        deal: int,
        start: datetime | None,
        bay: str,
        consultant: int,
        minutes: int | None,
        manager: int | None,
        adviser: str,
        party: str,
    ) -> None:
        before = database_fingerprint(db.engine)
        draft = DeliveryDraft(deal, start, bay, consultant, minutes, manager, adviser, party)
        try:
            with db.session() as session:
                plan_delivery(
                    session,
                    draft,
                    None,
                    ShowroomSettings(),
                    now=datetime(2020, 1, 1, tzinfo=start.tzinfo) if start else None,
                )
        except ShowroomError as error:
            _rejected(db, error, before, PLAN_FIELDS)

    run()


def test_add_owed(db: Database) -> None:
    staff = make_staff(db)
    delivery = plan(db, make_sale(db, staff), at(10), consultant=staff.consultant)

    @DB_SETTINGS
    @given(hostile_text, st.one_of(st.none(), dates), st.one_of(st.just(delivery), big_ints))
    def run(text: str, promised: date | None, delivery_id: int) -> None:
        before = database_fingerprint(db.engine)
        try:
            with db.session() as session:
                add_owed(session, delivery_id, text, promised, staff.consultant, ShowroomSettings())
        except ShowroomError as error:
            _rejected(db, error, before, OWED_FIELDS)

    run()
