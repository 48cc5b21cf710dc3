"""Hostile input to the test-drive, plan and checklist services, on SQLite and PostgreSQL.

Same method as test_hostile_input.py: every example is one real unit of work; it is accepted
(and then what was stored is checked), or rejected naming a known field and its rule with the
database unchanged. Targeted generators: booking starts around DST changes and leap days,
lengths from negative to 2**70 minutes, ids that do not exist; money as any text at all,
negative and huge amounts, NaN and infinities; checklist titles, notes and values in every
script, with control characters and 10,000 characters.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from hypothesis import event, given, settings
from hypothesis import strategies as st

from showroom.admin.users import create_user
from showroom.core.errors import ShowroomError
from showroom.deals.checklist import ChecklistKind, TemplateStep
from showroom.deals.checklist_templates import get_template, save_template
from showroom.deals.domain import PlanDraft, PriceDraft
from showroom.deals.plans import create_plan, get_plan, plan_view, update_plan
from showroom.deals.service import accept_plan, add_item, complete_item, deal_view, update_item
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.storage.models import TestDrive
from showroom.test_drives.service import BookingConflict, BookingDraft, book_test_drive
from tests.hostile import (
    DST_ZONES,
    big_ints,
    database_fingerprint,
    dates,
    hostile_text,
    moments,
    money_text,
    named_rules,
)
from tests.services import deal_helpers as dh
from tests.services import drive_world as dw
from tests.services.test_hostile_input import DB_SETTINGS as SHARED_SETTINGS

BOOKING_FIELDS = {"customer", "vehicle", "consultant", "start", "duration", "route note"}
PLAN_FIELDS = {
    "title",
    "budget",
    "use",
    "must haves",
    "must-haves",
    "vehicle",
    "make",
    "model",
    "trim",
    "colour",
    "list price",
    "discount",
    "fees",
    "trade-in allowance",
    "trade-in",
    "payment",
    "deposit",
    "term",
    "APR",
    "final payment",
    "notes",
    "quantity",
    "accessories",
}
# Every example fingerprints the whole database twice: fewer examples than the customer
# tests keep these four under a minute a backend.
DB_SETTINGS = settings(SHARED_SETTINGS, max_examples=30)
CHECKLIST_FIELDS = {
    "needs value",
    "title",
    "note",
    "value",
    "responsible",
    "due days",
    "steps",
    "due date",
}


def _rejected(db: Database, error: ShowroomError, before: str, fields: set[str]) -> None:
    for field, _rule in named_rules(error, fields):
        event(f"rejected: {field or type(error).__name__}")
    assert database_fingerprint(db.engine) == before, "a rejection changed the database"


# --- booking a test drive -----------------------------------------------------------------------
starts = st.one_of(
    moments,  # around DST changes and leap days, mostly before "now": refused as past
    st.builds(
        lambda minutes: dw.NOW + timedelta(minutes=minutes),
        st.integers(-3 * 24 * 60, 400 * 24 * 60),
    ),
)


def test_book_test_drive(db: Database) -> None:
    world = dw.make_world(db)

    @DB_SETTINGS
    @given(
        st.one_of(st.sampled_from([world.anna, world.jurgen, world.wang]), big_ints),
        st.one_of(st.sampled_from([world.golf1, world.golf2, world.tesla]), big_ints),
        st.one_of(st.sampled_from([world.ben, world.li]), big_ints),
        starts,
        st.one_of(st.none(), st.integers(-30, 24 * 60), big_ints),
        hostile_text,
        st.sampled_from(DST_ZONES),
    )
    def run(
        customer: int,
        vehicle: int,
        consultant: int,
        start: datetime,
        minutes: int | None,
        note: str,
        zone: str,
    ) -> None:
        settings = ShowroomSettings(timezone=zone, test_drive_hours="00:00-24:00")
        before = database_fingerprint(db.engine)
        try:
            with db.session() as session:
                drive_id = book_test_drive(
                    session,
                    BookingDraft(customer, vehicle, consultant, start, minutes, note),
                    world.ben,
                    settings,
                    now=dw.NOW,
                )
        except BookingConflict as conflict:
            event("rejected: slot taken")
            assert str(conflict).strip()
            assert database_fingerprint(db.engine) == before
            return
        except ShowroomError as error:
            _rejected(db, error, before, BOOKING_FIELDS)
            return
        event("accepted")
        with db.reader() as session:
            drive = session.get(TestDrive, drive_id)
            assert drive is not None
            assert drive.starts_at == start and drive.ends_at > drive.starts_at
            assert drive.starts_at >= dw.NOW - timedelta(hours=1)

    run()


# --- plans: money ---------------------------------------------------------------------------------
huge_amounts = st.one_of(
    money_text,
    st.integers(-(10**15), 10**15).map(lambda n: f"{n:,}"),
    st.decimals(-(10**12), 10**12, places=3, allow_nan=False, allow_infinity=False).map(str),
)
payments = st.one_of(st.sampled_from(["cash", "finance", "lease"]), hostile_text)
terms = st.one_of(st.integers(-5, 400).map(str), st.just(""), money_text)


def _price(draw: st.DrawFn) -> PriceDraft:
    return PriceDraft(
        list_price=draw(huge_amounts),
        discount=draw(st.one_of(st.just(""), huge_amounts)),
        fees=draw(st.one_of(st.just(""), huge_amounts)),
        trade_in_allowance=draw(st.one_of(st.just(""), huge_amounts)),
        payment=draw(payments),
        deposit=draw(st.one_of(st.just(""), huge_amounts)),
        term_months=draw(terms),
        apr=draw(st.one_of(st.just(""), st.sampled_from(["0", "4.9", "-1", "100", "1e9"]))),
        final_payment=draw(st.one_of(st.just(""), huge_amounts)),
    )


prices = st.composite(_price)()


def _check_plan_figures(db: Database, plan_id: int) -> None:
    with db.reader() as session:
        view = plan_view(session, plan_id, actor_id=None)
    totals = view.totals
    for name in ("to_pay", "financed", "monthly"):
        value = getattr(totals, name, None)
        if value is not None:
            assert isinstance(value, Decimal) and value.is_finite()
            assert value >= 0, f"{name} is negative: {value}"
            assert value < Decimal(10) ** 13, f"{name} is absurdly large: {value}"


def test_create_and_update_plan_money(db: Database) -> None:
    staff = dh.make_staff(db)
    customer = dh.make_customer(db, "Ольга Петрова", staff.consultant)
    existing = dh.make_plan(db, customer, None, staff.consultant)

    @DB_SETTINGS
    @given(prices, st.one_of(st.just(""), huge_amounts), hostile_text, st.booleans())
    def run(price: PriceDraft, budget: str, notes: str, update: bool) -> None:
        draft = PlanDraft(
            budget=budget, order_make="Kia", order_model="EV6", price=price, notes=notes
        )
        before = database_fingerprint(db.engine)
        try:
            with db.session() as session:
                if update:
                    plan_id = existing
                    update_plan(
                        session,
                        existing,
                        get_plan(session, existing).version,
                        draft,
                        staff.consultant,
                        dh.SETTINGS,
                    )
                else:
                    plan_id = create_plan(session, customer, draft, staff.consultant, dh.SETTINGS)
        except ShowroomError as error:
            _rejected(db, error, before, PLAN_FIELDS)
            return
        event("accepted")
        _check_plan_figures(db, plan_id)

    run()


# --- deal checklists and templates ------------------------------------------------------------
def test_deal_checklist_items(db: Database) -> None:
    staff = dh.make_staff(db)
    customer = dh.make_customer(db, "佐藤 花子", staff.consultant)
    plan = dh.make_plan(db, customer, None, staff.consultant)
    with db.session() as session:
        deal_id = accept_plan(
            session, plan, get_plan(session, plan).version, staff.consultant, dh.SETTINGS
        )

    @DB_SETTINGS
    @given(
        st.sampled_from(["update", "complete", "add"]),
        hostile_text,
        hostile_text,
        st.one_of(st.none(), dates),
        st.one_of(st.none(), st.sampled_from([int(staff.other), int(staff.manager)]), big_ints),
        st.sampled_from(list(ChecklistKind)),
    )
    def run(
        action: str,
        text: str,
        value: str,
        due: date | None,
        responsible: int | None,
        kind: ChecklistKind,
    ) -> None:
        with db.reader() as session:
            items = [
                i
                for i in deal_view(session, deal_id, actor_id=None).checklist(kind)
                if not i.item().is_done
            ]
        before = database_fingerprint(db.engine)
        try:
            with db.session() as session:
                if action == "add" or not items:
                    add_item(
                        session, deal_id, kind, text, staff.consultant, needs_value=bool(value)
                    )
                elif action == "update":
                    update_item(
                        session,
                        None,
                        items[0].id,
                        items[0].version,
                        responsible_id=responsible,
                        due_on=due,
                        note=text,
                        value=value,
                    )
                else:
                    complete_item(
                        session,
                        items[0].id,
                        items[0].version,
                        staff.consultant,
                        dh.SETTINGS,
                        value=value or None,
                    )
        except ShowroomError as error:
            _rejected(db, error, before, CHECKLIST_FIELDS)
            return
        event(f"accepted: {action}")

    run()


def test_save_template(db: Database) -> None:
    with db.session() as session:
        manager = create_user(session, "mia", Role.MANAGER, "Mia Wong")

    steps = st.lists(
        st.builds(
            TemplateStep, hostile_text, st.booleans(), st.one_of(big_ints, st.integers(-3, 400))
        ),
        max_size=4,
    )

    @DB_SETTINGS
    @given(st.sampled_from(list(ChecklistKind)), steps)
    def run(kind: ChecklistKind, new_steps: list[TemplateStep]) -> None:
        with db.reader() as session:
            version = get_template(session, kind).version
        before = database_fingerprint(db.engine)
        try:
            with db.session() as session:
                save_template(session, kind, version, new_steps, manager)
        except ShowroomError as error:
            _rejected(db, error, before, CHECKLIST_FIELDS)
            return
        event("accepted")
        with db.reader() as session:
            saved = get_template(session, kind).steps
        assert len(saved) == len(new_steps)

    run()


# --- what the generators found, kept as plain examples ------------------------------------------
def test_found_by_the_generators_are_rejected_plainly() -> None:
    import pytest

    from showroom.core.errors import ValidationError
    from showroom.deals.domain import parse_term
    from showroom.kernel.money import parse_money

    cases = [
        (lambda: parse_money("1e999999999", "list price", "GBP", "en_GB"), "is too large"),
        (lambda: parse_term("9" * 9990), "must be from 1 to"),
        (lambda: parse_term("a" * 10_000), "is not a whole number of months"),
        (lambda: parse_money("a" * 10_000, "budget", "GBP", "en_GB"), "is not an amount"),
    ]
    for call, rule in cases:
        with pytest.raises(ValidationError) as caught:
            call()
        assert rule in caught.value.rule and len(caught.value.rule) < 120
