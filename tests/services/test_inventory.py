"""The inventory: adding and editing stock cars, the VIN warning, search. SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from showroom.core.errors import ConflictError, DomainError, ValidationError, ValidationErrors
from showroom.storage.database import Database
from showroom.storage.models import Vehicle
from showroom.vehicles.domain import VinCheckDigitWarning
from showroom.vehicles.inventory import (
    InventoryFilter,
    add_stock_vehicle,
    get_vehicle,
    search_stock,
    update_stock_vehicle,
)
from showroom.vehicles.stock import StockDraft
from tests.services.deal_helpers import SETTINGS, good_vin, make_staff, make_vehicle

EUROPEAN_VIN = "WVWZZZ1KZ8W000001"  # no check digit at position 9


def draft(vin: str, **fields: str) -> StockDraft:
    return StockDraft(vin=vin, make="Volkswagen", model="Golf", **fields)


def vehicles(db: Database) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count(Vehicle.id))) or 0)


def test_add_and_find_by_vin_fragment_make_and_stock_number(db: Database) -> None:
    with db.session() as session:
        vid = add_stock_vehicle(
            session,
            draft(good_vin(900), stock_number="s-77", list_price="27,990.5"),
            None,
            SETTINGS,
        )
    with db.reader() as session:
        car = get_vehicle(session, vid)
        assert (car.role, car.status, car.stock_number) == ("stock", "in_stock", "S-77")
        assert str(car.list_price) == "27990.50"
        for text in (good_vin(900)[-6:].lower(), "golf", "volks golf", "s-77", "wagen"):
            assert [r.id for r in search_stock(session, InventoryFilter(text=text))] == [vid]
        assert search_stock(session, InventoryFilter(text="golf", statuses=("sold",))) == []
        assert search_stock(session, InventoryFilter(text="50%")) == []


def test_search_ignores_accents(db: Database) -> None:
    with db.session() as session:
        vid = add_stock_vehicle(
            session,
            StockDraft(vin=good_vin(902), make="Škoda", model="Enyaq", trim="Coupé vRS"),
            None,
            SETTINGS,
        )
    with db.reader() as session:
        assert [r.id for r in search_stock(session, InventoryFilter(text="skoda coupe"))] == [vid]


def test_check_digit_mismatch_is_refused_with_a_clear_message(db: Database) -> None:
    with pytest.raises(VinCheckDigitWarning) as caught, db.session() as session:
        add_stock_vehicle(session, draft(EUROPEAN_VIN), None, SETTINGS)
    assert caught.value.field == "VIN"
    assert "check digit (9th character) is 'Z' but the other characters give" in caught.value.rule
    assert "a manager can accept it" in caught.value.rule
    assert vehicles(db) == 0


def test_only_a_manager_may_accept_the_vin_warning(db: Database) -> None:
    staff = make_staff(db)
    with (
        pytest.raises(DomainError, match="may not accept a VIN whose check digit"),
        db.session() as session,
    ):
        add_stock_vehicle(
            session, draft(EUROPEAN_VIN), staff.consultant, SETTINGS, accept_vin_warning=True
        )
    assert vehicles(db) == 0
    with db.session() as session:
        add_stock_vehicle(
            session, draft(EUROPEAN_VIN), staff.manager, SETTINGS, accept_vin_warning=True
        )
    assert vehicles(db) == 1


def test_malformed_vin_cannot_be_accepted(db: Database) -> None:
    staff = make_staff(db)
    with pytest.raises(ValidationErrors) as caught, db.session() as session:
        add_stock_vehicle(
            session, draft("WVWZZZ1KZ8W00000O"), staff.manager, SETTINGS, accept_vin_warning=True
        )
    assert "must not contain the letters I, O or Q" in caught.value.by_field()["VIN"]


def test_duplicates_are_refused(db: Database) -> None:
    make_vehicle(db, status="on_display", floor="Window 1")
    with db.reader() as session:
        existing = session.scalars(select(Vehicle)).one()
    for changes, field in (
        ({"vin": existing.vin}, "VIN"),
        ({"stock_number": existing.stock_number or ""}, "stock number"),
        ({"status": "on_display", "floor_position": "window 1"}, "floor position"),
    ):
        base = draft(good_vin(901))
        with pytest.raises(ValidationError) as caught, db.session() as session:
            add_stock_vehicle(session, replace(base, **changes), None, SETTINGS)
        assert caught.value.field == field
    assert vehicles(db) == 1


def test_edit_with_version_check(db: Database) -> None:
    vid = make_vehicle(db)
    with db.reader() as session:
        car = get_vehicle(session, vid)
        version = car.version
    edited = StockDraft(
        vin=car.vin,
        make="Kia",
        model="Sportage",
        status="on_display",
        floor_position="Bay 3",
        list_price="31,000",
    )
    with db.session() as session:
        update_stock_vehicle(session, vid, version, edited, None, SETTINGS)
    with pytest.raises(ConflictError), db.session() as session:
        update_stock_vehicle(session, vid, version, edited, None, SETTINGS)
    with db.reader() as session:
        car = get_vehicle(session, vid)
        assert (car.status, car.floor_position, str(car.list_price)) == (
            "on_display",
            "Bay 3",
            "31000.00",
        )
