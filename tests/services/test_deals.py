"""Deals: accepting a plan reserves the car exactly once (real concurrent writers), the
checklists are copied from the templates, steps go on the timeline, the board adds up.

Runs on a real SQLite file and a real PostgreSQL database.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from showroom.core.errors import ConflictError, DomainError, ShowroomError, ValidationError
from showroom.customers.service import get_customer
from showroom.customers.timeline import timeline
from showroom.deals.checklist import ChecklistKind, ItemState, TemplateStep
from showroom.deals.checklist_templates import get_template, save_template
from showroom.deals.domain import AccessoryChoice, DealStatus, PlanStatus
from showroom.deals.plans import PlanFilter, plan_view, search_plans
from showroom.deals.service import (
    VehicleTakenError,
    accept_plan,
    add_item,
    cancel_deal,
    complete_deal,
    complete_item,
    deal_view,
    deals_board,
    reopen_item,
    update_item,
)
from showroom.kernel.access import share_customer
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.storage.models import Deal, DealItem, Interaction, Vehicle
from showroom.vehicles.inventory import get_vehicle
from tests.services.deal_helpers import (
    NOW,
    SETTINGS,
    Staff,
    make_accessory,
    make_customer,
    make_plan,
    make_staff,
    make_vehicle,
)

TODAY = date(2026, 11, 27)  # NOW's day in Europe/London


def accept(db: Database, plan_id: int, actor: int | None = None, when=NOW) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        version = plan_view(session, plan_id, actor_id=None).version
        return accept_plan(session, plan_id, version, actor, SETTINGS, now=when)  # type: ignore[arg-type]


def item_of(db: Database, deal_id: int, kind: ChecklistKind, title: str):  # type: ignore[no-untyped-def]
    with db.reader() as session:
        view = deal_view(session, deal_id, actor_id=None)
    return next(i for i in view.checklist(kind) if i.title.startswith(title))


def tick(
    db: Database, deal_id: int, kind: ChecklistKind, title: str, actor: int, value=None
) -> None:  # type: ignore[no-untyped-def]
    item = item_of(db, deal_id, kind, title)
    with db.session() as session:
        complete_item(session, item.id, item.version, actor, SETTINGS, value=value, now=NOW)  # type: ignore[arg-type]


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


# --- accepting ---------------------------------------------------------------------------------
def test_accepting_reserves_the_car_and_copies_the_checklists(db: Database, staff: Staff) -> None:
    customer = make_customer(db, "Zoë Walker", staff.consultant)
    car = make_vehicle(db, status="on_display", floor="Window 1")
    mats = make_accessory(db, "Floor mats", "89.99")
    bars = make_accessory(db, "Roof bars", "249")
    plan_id = make_plan(
        db, customer, car, staff.consultant, (AccessoryChoice(mats, 1), AccessoryChoice(bars, 2))
    )
    deal_id = accept(db, plan_id, staff.consultant)
    with db.reader() as session:
        view = deal_view(session, deal_id, actor_id=None)
        vehicle = get_vehicle(session, car)
        plan = plan_view(session, plan_id, actor_id=None)
        customer_row = get_customer(session, customer)
        entries = timeline(session, customer)
    assert view.status is DealStatus.OPEN and view.consultant == "Ben Carter"
    assert (vehicle.status, vehicle.floor_position) == ("reserved", "Window 1")
    assert plan.status is PlanStatus.ACCEPTED and plan.deal_id == deal_id
    assert customer_row.status == "customer"
    titles = {kind: [i.title for i in view.checklist(kind)] for kind in ChecklistKind}
    assert titles[ChecklistKind.PURCHASE] == [
        "Contract signed",
        "Deposit received",
        "Payment or finance approval",
        "Invoice issued",
    ]
    assert titles[ChecklistKind.ACCESSORIES] == ["Floor mats", "Roof bars ×2"]
    accessory = view.checklist(ChecklistKind.ACCESSORIES)[0]
    assert accessory.stages == ("ordered", "installed", "checked")
    assert [i.title for i in view.checklist(ChecklistKind.INSURANCE) if i.needs_value] == [
        "Policy number",
        "Policy start date",
    ]
    contract = view.checklist(ChecklistKind.PURCHASE)[0]
    assert contract.due_on == TODAY + timedelta(days=1)
    assert contract.responsible == "Ben Carter" and contract.state is ItemState.OPEN
    assert entries[0].kind == "deal_step"
    assert entries[0].summary.startswith(f"Deal {deal_id} opened: “Plan A” accepted, Kia Sportage")
    assert entries[0].summary.endswith("reserved")


def test_a_reserved_car_cannot_be_sold_twice(db: Database, staff: Staff) -> None:
    first = make_customer(db, "Anna Nowak", staff.consultant)
    second = make_customer(db, "Hugo Girard", staff.other)
    car = make_vehicle(db)
    plan_a = make_plan(db, first, car)
    plan_b = make_plan(db, second, car)
    deal_id = accept(db, plan_a, staff.consultant)
    with pytest.raises(VehicleTakenError) as caught:
        accept(db, plan_b, staff.other)
    assert str(caught.value).startswith("The Kia Sportage (stock S")
    assert f"has just been reserved for Anna Nowak (deal {deal_id}, Ben Carter)" in str(
        caught.value
    )
    with db.reader() as session:
        assert plan_view(session, plan_b, actor_id=None).status is PlanStatus.OPEN
        assert session.scalar(select(func.count(Deal.id))) == 1
        assert (
            session.scalar(select(func.count(DealItem.id)).where(DealItem.deal_id != deal_id)) == 0
        )


def test_a_plan_is_accepted_once(db: Database, staff: Staff) -> None:
    customer = make_customer(db, "Léa Martin")
    plan_id = make_plan(db, customer, None)
    deal_id = accept(db, plan_id)
    with pytest.raises(DomainError, match=f"is accepted already \\(deal {deal_id}\\)"):
        accept(db, plan_id)


def test_a_model_to_order_becomes_a_deal_without_reserving(db: Database, staff: Staff) -> None:
    customer = make_customer(db, "王芳", staff.consultant)
    deal_id = accept(db, make_plan(db, customer, None))
    with db.reader() as session:
        view = deal_view(session, deal_id, actor_id=None)
    assert view.vehicle_id is None and view.vehicle_text == "Kia EV6 (to order)"


def _race(
    config: AppConfig, backend: str, car: int, plan_ids: list[int], actor: int
) -> list[object]:
    """Accept each plan in its own thread with its own Database, all at once."""
    results: list[object] = [None] * len(plan_ids)
    barrier = threading.Barrier(len(plan_ids))
    databases = [open_database(config) for _ in plan_ids]

    def run(index: int) -> None:
        db = databases[index]
        try:
            if backend == "sqlite":
                # BEGIN IMMEDIATE makes writers queue at BEGIN: line them up just before it.
                barrier.wait(timeout=30)
            with db.session() as session:
                version = plan_view(session, plan_ids[index], actor_id=None).version
                if backend == "postgresql":
                    # Every transaction has read the car as free before any reserves it.
                    status = session.scalar(select(Vehicle.status).where(Vehicle.id == car))
                    assert status == "in_stock"
                    barrier.wait(timeout=30)
                results[index] = accept_plan(
                    session,
                    plan_ids[index],
                    version,
                    actor,
                    SETTINGS,
                    now=NOW,  # type: ignore[arg-type]
                )
        except ShowroomError as error:
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(plan_ids))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for db in databases:
        db.dispose()
    return results


def test_concurrent_accepts_on_one_car_exactly_one_wins(
    db: Database, config: AppConfig, backend: str, staff: Staff
) -> None:
    rounds, writers = 3, 4
    for round_number in range(rounds):
        car = make_vehicle(db)
        plans = [
            make_plan(db, make_customer(db, f"Racer {round_number}-{n}"), car)
            for n in range(writers)
        ]
        results = _race(config, backend, car, plans, staff.consultant)
        winners = [r for r in results if isinstance(r, int)]
        losers = [r for r in results if isinstance(r, ShowroomError)]
        assert len(winners) == 1, results
        assert len(losers) == writers - 1
        for loser in losers:
            assert isinstance(loser, VehicleTakenError), loser
            assert "has just been reserved for Racer" in str(loser)
            assert f"(deal {winners[0]}, Ben Carter)" in str(loser)
        with db.reader() as session:
            assert get_vehicle(session, car).status == "reserved"
            deals = session.scalars(select(Deal).where(Deal.vehicle_id == car)).all()
            assert [d.id for d in deals] == winners
            statuses = sorted(plan_view(session, p, actor_id=None).status.value for p in plans)
            assert statuses == ["accepted"] + ["open"] * (writers - 1)


def test_one_open_deal_per_car_is_enforced_by_the_database(db: Database, staff: Staff) -> None:
    """The last line of defence: even a write that skips the service cannot add a second
    open deal for a car (a cancelled one does not count)."""
    customer = make_customer(db, "Jadwiga Nowak")
    car = make_vehicle(db)
    first = accept(db, make_plan(db, customer, car))
    second_plan = make_plan(db, customer, None)
    row = {
        "plan_id": second_plan,
        "customer_id": customer,
        "vehicle_id": car,
        "status": "open",
        "opened_at": NOW,
        "version": 1,
    }
    with pytest.raises(IntegrityError), db.session() as session:
        session.execute(insert(Deal), [row])
    with db.session() as session:
        session.execute(update(Deal).where(Deal.id == first).values(status="cancelled"))
        session.execute(insert(Deal), [row])
        assert session.scalar(select(func.count(Deal.id)).where(Deal.vehicle_id == car)) == 2


# --- templates ---------------------------------------------------------------------------------
def test_template_changes_do_not_alter_existing_deals(db: Database, staff: Staff) -> None:
    customer = make_customer(db, "Björn Krüger")
    before = accept(db, make_plan(db, customer, make_vehicle(db)))
    with db.session() as session:
        template = get_template(session, ChecklistKind.PURCHASE)
        save_template(
            session,
            ChecklistKind.PURCHASE,
            template.version,
            [TemplateStep("Contract signed", due_days=0), TemplateStep("Keys coded", True, 2)],
            staff.manager,
        )
    after = accept(db, make_plan(db, customer, make_vehicle(db)))
    with db.reader() as session:
        old = [
            i.title
            for i in deal_view(session, before, actor_id=None).checklist(ChecklistKind.PURCHASE)
        ]
        new = deal_view(session, after, actor_id=None).checklist(ChecklistKind.PURCHASE)
        saved = get_template(session, ChecklistKind.PURCHASE)
    assert old == [
        "Contract signed",
        "Deposit received",
        "Payment or finance approval",
        "Invoice issued",
    ]
    assert [(i.title, i.needs_value) for i in new] == [
        ("Contract signed", False),
        ("Keys coded", True),
    ]
    assert saved.updated_by == "Mia Wong" and saved.version == template.version + 1


def test_only_managers_edit_templates(db: Database, staff: Staff) -> None:
    with db.reader() as session:
        template = get_template(session, ChecklistKind.INSURANCE)
    with (
        pytest.raises(DomainError, match="may not edit checklist templates"),
        db.session() as session,
    ):
        save_template(
            session,
            ChecklistKind.INSURANCE,
            template.version,
            [TemplateStep("x")],
            staff.consultant,
        )
    with pytest.raises(ValidationError) as caught, db.session() as session:
        save_template(
            session,
            ChecklistKind.INSURANCE,
            template.version,
            [TemplateStep("Quote"), TemplateStep(" ")],
            staff.manager,
        )
    assert (caught.value.field, caught.value.rule) == ("title", "step 2: must not be empty")
    with pytest.raises(ConflictError), db.session() as session:
        save_template(
            session,
            ChecklistKind.INSURANCE,
            template.version - 1,
            [TemplateStep("x")],
            staff.manager,
        )
    with db.reader() as session:
        assert get_template(session, ChecklistKind.INSURANCE) == template


def test_items_added_to_one_deal_leave_the_template(db: Database, staff: Staff) -> None:
    customer = make_customer(db, "Inès Bonnet")
    deal_id = accept(db, make_plan(db, customer, None))
    with db.session() as session:
        add_item(
            session,
            deal_id,
            ChecklistKind.LICENSING,
            "Personalised plate transfer",
            staff.consultant,
            needs_value=True,
            due_on=TODAY + timedelta(days=20),
        )
    with db.reader() as session:
        items = deal_view(session, deal_id, actor_id=None).checklist(ChecklistKind.LICENSING)
        steps = get_template(session, ChecklistKind.LICENSING).steps
    assert items[-1].title == "Personalised plate transfer" and items[-1].added_to_deal
    assert items[-1].needs_value and items[-1].responsible == "Ben Carter"
    assert "Personalised plate transfer" not in [s.title for s in steps]


# --- working the checklists ----------------------------------------------------------------------
def test_steps_go_on_the_timeline_and_purchase_sells_the_car(db: Database, staff: Staff) -> None:
    customer = make_customer(db, "Felix Becker", staff.consultant)
    car = make_vehicle(db)
    deal_id = accept(db, make_plan(db, customer, car))
    for title in ("Contract signed", "Deposit received", "Payment or finance approval"):
        tick(db, deal_id, ChecklistKind.PURCHASE, title, staff.consultant)
    with db.reader() as session:
        assert get_vehicle(session, car).status == "reserved"
    with db.session() as session:  # Ana may work on Felix's deal once it is shared with her
        share_customer(session, staff.consultant, customer, staff.other)
    tick(db, deal_id, ChecklistKind.PURCHASE, "Invoice issued", staff.other)
    with db.reader() as session:
        assert get_vehicle(session, car).status == "sold"
        view = deal_view(session, deal_id, actor_id=None)
        summaries = [e.summary for e in timeline(session, customer) if e.kind == "deal_step"]
    invoice = view.checklist(ChecklistKind.PURCHASE)[3]
    assert invoice.state is ItemState.DONE and invoice.done_by == "Ana López"
    assert invoice.done_at == NOW
    assert str(view.progress(ChecklistKind.PURCHASE)) == "4/4"
    assert f"Deal {deal_id} · Purchase: Invoice issued done" in summaries
    assert f"Deal {deal_id} · Purchase: Contract signed done" in summaries

    with db.session() as session:
        reopen_item(
            session, invoice.id, invoice.version, "Wrong VAT number", staff.manager, now=NOW
        )
    with db.reader() as session:
        assert get_vehicle(session, car).status == "reserved"
        reopened = deal_view(session, deal_id, actor_id=None).checklist(ChecklistKind.PURCHASE)[3]
        latest = timeline(session, customer)[0]
    assert reopened.state is ItemState.REOPENED and reopened.reopen_reason == "Wrong VAT number"
    assert latest.summary == f"Deal {deal_id} · Purchase: Invoice issued reopened: Wrong VAT number"


def test_a_value_item_cannot_be_done_without_its_value(db: Database, staff: Staff) -> None:
    customer = make_customer(db, "Grace Evans")
    deal_id = accept(db, make_plan(db, customer, None))
    item = item_of(db, deal_id, ChecklistKind.INSURANCE, "Policy number")
    with db.reader() as session:
        entries_before = session.scalar(select(func.count(Interaction.id)))
    with pytest.raises(ValidationError) as caught, db.session() as session:
        complete_item(session, item.id, item.version, staff.consultant, SETTINGS, now=NOW)
    assert caught.value.field == "value"
    assert caught.value.rule == "“Policy number” needs its value before it is done"
    with db.reader() as session:
        assert session.scalar(select(func.count(Interaction.id))) == entries_before
        assert (
            deal_view(session, deal_id, actor_id=None).checklist(ChecklistKind.INSURANCE)[2].state
            is ItemState.OPEN
        )
    tick(db, deal_id, ChecklistKind.INSURANCE, "Policy number", staff.consultant, "AXA-778812")
    with db.reader() as session:
        done = deal_view(session, deal_id, actor_id=None).checklist(ChecklistKind.INSURANCE)[2]
        latest = timeline(session, customer)[0].summary
    assert (done.state, done.value) == (ItemState.DONE, "AXA-778812")
    assert latest == f"Deal {deal_id} · Insurance: Policy number done: AXA-778812"


def test_accessory_stages_and_details(db: Database, staff: Staff) -> None:
    customer = make_customer(db, "Oliver Hughes")
    bars = make_accessory(db, "Roof bars", "249")
    deal_id = accept(db, make_plan(db, customer, None, accessories=(AccessoryChoice(bars, 1),)))
    tick(db, deal_id, ChecklistKind.ACCESSORIES, "Roof bars", staff.consultant)
    item = item_of(db, deal_id, ChecklistKind.ACCESSORIES, "Roof bars")
    assert (item.state, item.stages_done) == (ItemState.OPEN, 1)
    assert item.due_on == TODAY + timedelta(days=14)  # the 'installed' stage's own due day
    with db.session() as session:
        update_item(
            session,
            None,
            item.id,
            item.version,
            responsible_id=staff.other,
            due_on=TODAY + timedelta(days=3),
            note="Fitter booked for Tuesday",
        )
    with pytest.raises(ConflictError), db.session() as session:
        update_item(session, None, item.id, item.version, note="stale")
    tick(db, deal_id, ChecklistKind.ACCESSORIES, "Roof bars", staff.other)
    tick(db, deal_id, ChecklistKind.ACCESSORIES, "Roof bars", staff.other)
    item = item_of(db, deal_id, ChecklistKind.ACCESSORIES, "Roof bars")
    assert (item.state, item.responsible, item.note) == (
        ItemState.DONE,
        "Ana López",
        "Fitter booked for Tuesday",
    )
    with db.reader() as session:
        steps = [e.summary for e in timeline(session, customer) if e.kind == "deal_step"]
    for stage in ("ordered", "installed", "checked"):
        assert f"Deal {deal_id} · Accessories: Roof bars {stage}" in steps


def test_cancel_releases_the_car_and_complete_needs_every_item(db: Database, staff: Staff) -> None:
    customer = make_customer(db, "Chloé Dubois")
    shown = make_vehicle(db, status="on_display", floor="Bay 2")
    deal_id = accept(db, make_plan(db, customer, shown))
    with db.session() as session:
        version = deal_view(session, deal_id, actor_id=None).version
        with pytest.raises(ValidationError):
            cancel_deal(session, deal_id, version, " ", staff.consultant)
    with (
        pytest.raises(DomainError, match="cannot be completed until its checklists are"),
        db.session() as session,
    ):
        complete_deal(session, deal_id, version, staff.consultant)
    with db.session() as session:
        cancel_deal(session, deal_id, version, "Finance refused", staff.consultant, now=NOW)
    with db.reader() as session:
        car = get_vehicle(session, shown)
        assert (car.status, car.floor_position) == ("on_display", "Bay 2")
        assert deal_view(session, deal_id, actor_id=None).status is DealStatus.CANCELLED
    item = item_of(db, deal_id, ChecklistKind.PURCHASE, "Contract")
    with pytest.raises(DomainError, match="is cancelled"), db.session() as session:
        complete_item(session, item.id, item.version, staff.consultant, SETTINGS)
    # the released car can be reserved by someone else now
    accept(db, make_plan(db, make_customer(db, "Noël Faure"), shown))


def test_complete_deal_delivers(db: Database, staff: Staff) -> None:
    customer = make_customer(db, "Thomas Wright")
    car = make_vehicle(db)
    deal_id = accept(db, make_plan(db, customer, car))
    with db.reader() as session:
        items = deal_view(session, deal_id, actor_id=None).items
    for item in items:
        with db.session() as session:
            complete_item(
                session, item.id, item.version, staff.consultant, SETTINGS, value="X1", now=NOW
            )
    with db.session() as session:
        complete_deal(
            session, deal_id, deal_view(session, deal_id, actor_id=None).version, staff.consultant
        )
    with db.reader() as session:
        assert get_vehicle(session, car).status == "delivered"
        assert get_customer(session, customer).status == "owner"
        assert deal_view(session, deal_id, actor_id=None).status is DealStatus.COMPLETED


# --- the deals board -------------------------------------------------------------------------------
def test_board_figures(db: Database, staff: Staff) -> None:
    ben = make_customer(db, "Amelia Taylor", staff.consultant)
    ana = make_customer(db, "Paweł Kamiński", staff.other)
    mats = make_accessory(db, "Floor mats", "89.99")
    early = NOW - timedelta(days=20)
    late_deal = accept(
        db,
        make_plan(db, ben, make_vehicle(db), accessories=(AccessoryChoice(mats, 1),)),
        when=early,
    )
    fresh_deal = accept(db, make_plan(db, ana, None))
    for title in ("Contract signed", "Deposit received", "Payment or finance approval"):
        tick(db, late_deal, ChecklistKind.PURCHASE, title, staff.consultant)
    tick(db, late_deal, ChecklistKind.ACCESSORIES, "Floor mats", staff.consultant)

    with db.reader() as session:
        board = deals_board(session, TODAY)
        mine = deals_board(session, TODAY, consultant_id=staff.other)
        overdue = deals_board(session, TODAY, overdue_only=True)
    assert [r.deal_id for r in board] == [late_deal, fresh_deal]  # most overdue first
    row = board[0]
    assert row.customer_name == "Amelia Taylor" and row.consultant == "Ben Carter"
    assert {k: str(p) for k, p in row.progress.items()} == {
        ChecklistKind.PURCHASE: "3/4",
        ChecklistKind.INSURANCE: "0/4",
        ChecklistKind.LICENSING: "0/4",
        ChecklistKind.ACCESSORIES: "0/1",
    }
    # opened 20 days ago, every open item's due day (≤ 18) has passed: the invoice, all of
    # insurance and licensing, and the accessory's next stage ('installed', day 14)
    assert row.overdue_items == 10
    assert row.days_overdue == 17  # quote requested (due day 3) is the oldest open item
    assert row.most_overdue == "Insurance: Quote requested"
    assert (row.done, row.total) == (3, 13)
    fresh = board[1]
    assert fresh.overdue_items == 0 and fresh.days_overdue == 0
    assert fresh.next_due == TODAY + timedelta(days=1)
    assert [r.deal_id for r in mine] == [fresh_deal]
    assert [r.deal_id for r in overdue] == [late_deal]
    # A consultant's board lists only the deals of customers they may see; a manager's all.
    with db.reader() as session:
        as_ana = deals_board(session, TODAY, actor_id=staff.other)
        as_manager = deals_board(session, TODAY, actor_id=staff.manager)
        ana_plans = search_plans(session, PlanFilter(), actor_id=staff.other)
    assert [r.deal_id for r in as_ana] == [fresh_deal]
    assert [r.deal_id for r in as_manager] == [late_deal, fresh_deal]
    assert {r.customer_id for r in ana_plans} == {ana}


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_lost_update_race_is_a_conflict_not_a_traceback(db: Database, staff: Staff) -> None:
    """PostgreSQL lets two PCs read the same item at once (SQLite queues writers instead):
    the one that writes second is told, and writes nothing."""
    customer = make_customer(db, "Sophie Martin")
    deal_id = accept(db, make_plan(db, customer, None))
    item = item_of(db, deal_id, ChecklistKind.PURCHASE, "Contract")
    with db.session() as first:
        first.get(DealItem, item.id)  # this PC has read the item …
        with db.session() as second:  # … when another PC ticks it
            complete_item(second, item.id, item.version, staff.other, SETTINGS, now=NOW)
        with pytest.raises(ConflictError, match="was changed on another PC"):
            complete_item(first, item.id, item.version, staff.consultant, SETTINGS, now=NOW)
    with db.reader() as session:
        done = deal_view(session, deal_id, actor_id=None).checklist(ChecklistKind.PURCHASE)[0]
        steps = [e for e in timeline(session, customer) if "Contract signed done" in e.summary]
    assert done.done_by == "Ana López" and len(steps) == 1


def test_merging_customers_moves_their_plans_and_deals(db: Database, staff: Staff) -> None:
    from showroom.customer_file.merge import merge_customers
    from showroom.deals.plans import customer_plans

    keep = make_customer(db, "Harry Wilson")
    gone = make_customer(db, "Harry Wilson (duplicate)")
    deal_id = accept(db, make_plan(db, gone, make_vehicle(db)))
    other_plan = make_plan(db, gone, None)
    with db.session() as session:
        merge_customers(session, keep, gone, staff.manager)
    with db.reader() as session:
        assert deal_view(session, deal_id, actor_id=None).customer_id == keep
        assert other_plan in [p.id for p in customer_plans(session, keep, actor_id=None)]
        board = deals_board(session, TODAY)
    assert [r.customer_id for r in board if r.deal_id == deal_id] == [keep]
