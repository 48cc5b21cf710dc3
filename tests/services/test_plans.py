"""Purchase plans: drawing up, validation, catalogue prices copied, editing, comparing.

Runs on a real SQLite file and a real PostgreSQL database.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from showroom.core.errors import ConflictError, DomainError, ValidationErrors
from showroom.customers.timeline import timeline
from showroom.deals.domain import AccessoryChoice, PaymentMethod, PlanStatus, PriceDraft
from showroom.deals.plans import (
    PlanFilter,
    copy_plan,
    create_plan,
    customer_plans,
    decline_plan,
    plan_view,
    search_plans,
    update_plan,
)
from showroom.storage.database import Database
from showroom.storage.models import PurchasePlan, Vehicle
from showroom.vehicles.boutique import list_boutique, update_boutique_item
from tests.services.deal_helpers import (
    NOW,
    SETTINGS,
    make_accessory,
    make_customer,
    make_plan,
    make_staff,
    make_vehicle,
    plan_draft,
)

D = Decimal


def plans(db: Database) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count(PurchasePlan.id))) or 0)


def test_plan_totals_and_timeline(db: Database) -> None:
    staff = make_staff(db)
    customer = make_customer(db, "Zoë Walker", staff.consultant)
    car = make_vehicle(db)
    mats = make_accessory(db, "Floor mats", "89.99")
    bars = make_accessory(db, "Roof bars", "249")
    plan_id = make_plan(
        db,
        customer,
        car,
        staff.consultant,
        (AccessoryChoice(mats, 1), AccessoryChoice(bars, 2)),
        discount="1,500",
        fees="655",
        trade_in_allowance="6,200",
        payment="finance",
        deposit="3,000",
        term_months="48",
        apr="6.9",
    )
    with db.reader() as session:
        view = plan_view(session, plan_id, actor_id=None)
        entries = timeline(session, customer)
    assert view.title == "Plan A" and view.status is PlanStatus.OPEN
    assert view.consultant == "Ben Carter" and view.currency == "GBP"
    assert view.vehicle_text.startswith("Kia Sportage GT-Line, Lunar Silver (stock S")
    t = view.totals
    assert t.accessories == D("587.99")
    assert t.price == D("32450") - D("1500") + D("587.99") + D("655")
    assert t.to_pay == t.price - D("6200") == D("25992.99")
    assert t.financed == D("22992.99")
    assert t.payment is PaymentMethod.FINANCE and t.monthly == D("549.53")  # 549.5296…
    assert [(a.name, a.quantity, a.amount) for a in view.accessories] == [
        ("Floor mats", 1, D("89.99")),
        ("Roof bars", 2, D("498.00")),
    ]
    assert entries[0].summary.startswith("Purchase plan “Plan A” drawn up: Kia Sportage")
    assert "25,992.99 GBP" in entries[0].summary


def test_bad_plan_names_every_field_and_writes_nothing(db: Database) -> None:
    customer = make_customer(db, "Jürgen Weiß")
    sold = make_vehicle(db)
    with db.session() as session:
        session.get_one(Vehicle, sold).status = "sold"
    draft = plan_draft(
        sold,
        list_price="abc",
        payment="lease",
        term_months="200",
        apr="",
    )
    with pytest.raises(ValidationErrors) as caught, db.session() as session:
        create_plan(session, customer, draft, None, SETTINGS, now=NOW)
    found = caught.value.by_field()
    assert "is sold: choose another car or a model to order" in found["vehicle"]
    assert "is not an amount of money" in found["list price"]
    assert found["term"] == "must be from 1 to 120 months"
    assert found["APR"] == "is required for lease"
    assert plans(db) == 0


def test_a_model_to_order_needs_make_and_model(db: Database) -> None:
    customer = make_customer(db, "Léa Martin")
    draft = replace(plan_draft(None), order_make="", order_model="")
    with pytest.raises(ValidationErrors) as caught, db.session() as session:
        create_plan(session, customer, draft, None, SETTINGS, now=NOW)
    assert set(caught.value.by_field()) == {"make", "model"}


def test_catalogue_changes_do_not_alter_a_plan(db: Database) -> None:
    customer = make_customer(db, "王芳")
    mats = make_accessory(db, "Floor mats", "89.99")
    plan_id = make_plan(db, customer, None, accessories=(AccessoryChoice(mats, 1),))
    with db.session() as session:
        row = next(r for r in list_boutique(session) if r.id == mats)
        update_boutique_item(
            session, None, mats, row.version, "Premium mats", "120", True, SETTINGS
        )
    with db.reader() as session:
        view = plan_view(session, plan_id, actor_id=None)
    assert [(a.name, a.unit_price) for a in view.accessories] == [("Floor mats", D("89.99"))]
    # editing the plan keeps the proposed price of a line it had
    with db.session() as session:
        update_plan(
            session,
            plan_id,
            view.version,
            view.draft(SETTINGS.locale),
            None,
            SETTINGS,
        )
    with db.reader() as session:
        assert plan_view(session, plan_id, actor_id=None).accessories[0].unit_price == D("89.99")


def test_retired_accessory_cannot_be_added(db: Database) -> None:
    customer = make_customer(db, "Hugo Girard")
    cover = make_accessory(db, "Car cover", "150")
    with db.session() as session:
        row = next(r for r in list_boutique(session) if r.id == cover)
        update_boutique_item(session, None, cover, row.version, "Car cover", "150", False, SETTINGS)
    with pytest.raises(ValidationErrors) as caught, db.session() as session:
        create_plan(
            session,
            customer,
            plan_draft(None, (AccessoryChoice(cover, 1),)),
            None,
            SETTINGS,
        )
    assert caught.value.by_field() == {"accessories": "“Car cover” is no longer in the catalogue"}


def test_edit_conflict_and_frozen_after_decline(db: Database) -> None:
    customer = make_customer(db, "Camille Faure")
    plan_id = make_plan(db, customer, None)
    with db.reader() as session:
        view = plan_view(session, plan_id, actor_id=None)
    edited = replace(view.draft("en_GB"), title="Family")
    with db.session() as session:
        update_plan(session, plan_id, view.version, edited, None, SETTINGS)
    with pytest.raises(ConflictError), db.session() as session:
        update_plan(session, plan_id, view.version, edited, None, SETTINGS)
    with db.session() as session:
        fresh = plan_view(session, plan_id, actor_id=None)
        assert fresh.title == "Family"
        decline_plan(session, plan_id, fresh.version, "Too expensive", None)
    with db.reader() as session:
        declined = plan_view(session, plan_id, actor_id=None)
    with (
        pytest.raises(DomainError, match="is declined and can no longer be changed"),
        db.session() as session,
    ):
        update_plan(session, plan_id, declined.version, edited, None, SETTINGS)


def test_several_plans_compared_and_copied(db: Database) -> None:
    customer = make_customer(db, "Małgorzata Wójcik")
    car = make_vehicle(db)
    first = make_plan(db, customer, car, payment="cash")
    second = make_plan(
        db, customer, car, payment="lease", term_months="36", apr="3.9", final_payment="15,000"
    )
    with db.session() as session:
        third = copy_plan(session, second, None)
    with db.reader() as session:
        views = customer_plans(session, customer, actor_id=None)
        listed = search_plans(session, PlanFilter(text="wojcik"))
    assert [v.id for v in views] == [first, second, third]
    assert [v.title for v in views] == ["Plan A", "Plan B", "Plan C"]
    assert views[2].totals == views[1].totals
    assert views[0].totals.monthly is None and views[1].totals.monthly is not None
    assert {row.id for row in listed} == {first, second, third}


def test_plan_in_euro_is_read_and_written_in_de_locale(db: Database) -> None:
    from showroom.kernel.settings import ShowroomSettings

    german = ShowroomSettings(currency="EUR", locale="de_DE", default_region="DE")
    customer = make_customer(db, "Sören Köhler")
    with db.session() as session:
        plan_id = create_plan(
            session,
            customer,
            replace(
                plan_draft(None),
                order_make="VW",
                order_model="ID.4",
                price=PriceDraft(list_price="45.990,00", discount="1.990"),
            ),
            None,
            german,
        )
    with db.reader() as session:
        view = plan_view(session, plan_id, actor_id=None)
    assert view.currency == "EUR" and view.totals.to_pay == D("44000.00")
    assert view.draft("de_DE").price.list_price == "45.990,00"
