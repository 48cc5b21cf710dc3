"""Validating a stock car: VIN, statuses a person may set, floor positions, price."""

from __future__ import annotations

from decimal import Decimal

import pytest

from showroom.core.errors import ValidationErrors
from showroom.vehicles.domain import StockStatus
from showroom.vehicles.stock import StockDraft, validate_stock

GOOD_VIN = "1M8GDM9AXKP042788"  # check digit X matches
NO_CHECK_DIGIT_VIN = "WVWZZZ1KZ8W000001"  # European VIN: position 9 is not a check digit


def validate(**fields: str) -> object:
    values = {"vin": GOOD_VIN, "make": "Kia", "model": "Sportage", **fields}
    return validate_stock(StockDraft(**values), "GBP", "en_GB")


def errors(**fields: str) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as caught:
        validate(**fields)
    return caught.value.by_field()


def test_valid_car() -> None:
    car = validate_stock(
        StockDraft(
            vin=" 1m8gdm9axkp042788 ",
            make="Kia",
            model="Sportage",
            stock_number="s100",
            year="2026",
            list_price="32,450",
            status="on display",
            floor_position="Window 1",
        ),
        "GBP",
        "en_GB",
    )
    assert car.vin == GOOD_VIN and car.vin_check_digit_ok
    assert car.stock_number == "S100"
    assert car.list_price == Decimal("32450.00")
    assert car.status is StockStatus.ON_DISPLAY and car.floor_position == "Window 1"


def test_check_digit_mismatch_is_only_flagged() -> None:
    car = validate(vin=NO_CHECK_DIGIT_VIN)
    assert car.vin_check_digit_ok is False  # type: ignore[attr-defined]


def test_every_rule_is_named() -> None:
    found = errors(vin="ABC", make="", model="", year="1850", list_price="lots", status="gone")
    assert found["VIN"] == "must be 17 characters, not 3"
    assert found["make"] == "is required"
    assert found["model"] == "is required"
    assert found["year"] == "must be a year from 1990 to 2100"
    assert "is not an amount of money" in found["list price"]
    assert found["status"] == "must be one of in_transit, in_stock, on_display"


def test_deal_statuses_cannot_be_typed_in() -> None:
    assert errors(status="reserved") == {
        "status": "reserved is set by a deal: accept a purchase plan to reserve the car"
    }


def test_a_car_held_by_a_deal_keeps_its_status() -> None:
    draft = StockDraft(vin=GOOD_VIN, make="Kia", model="Sportage", status="in_stock")
    with pytest.raises(ValidationErrors) as caught:
        validate_stock(draft, "GBP", "en_GB", current_status=StockStatus.SOLD)
    assert caught.value.by_field() == {"status": "stays sold while a deal holds the car"}
    same = StockDraft(vin=GOOD_VIN, make="Kia", model="Sportage", status="sold")
    assert validate_stock(same, "GBP", "en_GB", current_status=StockStatus.SOLD).status == "sold"


def test_floor_position_goes_with_display() -> None:
    assert errors(status="on_display") == {"floor position": "is required for a car on display"}
    assert errors(status="in_stock", floor_position="Bay 2") == {
        "floor position": "is only for a car on display"
    }
