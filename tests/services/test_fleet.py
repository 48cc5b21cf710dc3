"""The test-drive fleet: VIN check-digit warning and its acceptance, edits, status changes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from showroom.core.errors import ConflictError, DomainError, ValidationError
from showroom.storage.database import Database
from showroom.storage.models import Vehicle
from showroom.test_drives.fleet import (
    FleetDraft,
    add_fleet_car,
    fleet_cars,
    get_fleet_car,
    set_fleet_status,
    update_fleet_car,
)
from showroom.test_drives.service import BookingDraft, book_test_drive
from showroom.vehicles.domain import VinCheckDigitWarning
from tests.services.drive_world import NOW, SETTINGS, make_world, valid_vin, wrong_check_digit

GOOD_VIN = valid_vin("WVWZZZ1KAW123456")
BAD_DIGIT_VIN = wrong_check_digit(GOOD_VIN)
DRAFT = FleetDraft(
    GOOD_VIN, "Volkswagen", "ID.3", "ab 34 xyz", "Pro S", "Moonstone grey", 2026, 150, 90
)


def fleet_count(db: Database) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count(Vehicle.id))) or 0)


def test_add_fleet_car(db: Database) -> None:
    with db.session() as s:
        car_id = add_fleet_car(s, None, replace(DRAFT, vin=GOOD_VIN.lower()))
    with db.reader() as s:
        car = get_fleet_car(s, car_id)
        assert (car.role, car.status, car.vin, car.plate) == (
            "fleet",
            "available",
            GOOD_VIN,
            "AB 34 XYZ",
        )
        assert (car.odometer_km, car.fuel_percent, car.trim) == (150, 90, "Pro S")
        (row,) = fleet_cars(s)
    assert row.label == "Volkswagen ID.3 (AB 34 XYZ)"


def test_check_digit_mismatch_is_a_warning_a_manager_may_accept(db: Database) -> None:
    draft = replace(DRAFT, vin=BAD_DIGIT_VIN)
    with db.session() as s, pytest.raises(VinCheckDigitWarning) as caught:
        add_fleet_car(s, None, draft)
    warning = caught.value
    assert warning.field == "VIN"
    assert f"check digit (9th character) is {BAD_DIGIT_VIN[8]!r}" in warning.rule
    assert f"the other characters give {GOOD_VIN[8]!r}" in warning.rule
    assert "accept the warning" in warning.rule
    assert isinstance(warning, ValidationError)  # shown beside the VIN field like any other
    assert fleet_count(db) == 0
    with db.session() as s:
        car_id = add_fleet_car(s, None, draft, accept_vin_warning=True)
    with db.reader() as s:
        assert get_fleet_car(s, car_id).vin == BAD_DIGIT_VIN


def test_accepted_vin_stays_accepted_on_later_edits(db: Database) -> None:
    with db.session() as s:
        car_id = add_fleet_car(s, None, replace(DRAFT, vin=BAD_DIGIT_VIN), accept_vin_warning=True)
    with db.session() as s:
        changed = update_fleet_car(
            s, None, car_id, 1, replace(DRAFT, vin=BAD_DIGIT_VIN, colour="Red")
        )
    assert changed == ["colour"]
    # A different VIN with a mismatch needs accepting again.
    other_bad = wrong_check_digit(valid_vin("WVWZZZ1KAW654321"))
    with db.session() as s, pytest.raises(VinCheckDigitWarning):
        update_fleet_car(s, None, car_id, 2, replace(DRAFT, vin=other_bad))
    with db.session() as s:
        update_fleet_car(s, None, car_id, 2, replace(DRAFT, vin=other_bad), accept_vin_warning=True)


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"vin": "WVWZZZ1KZAW12345"}, "VIN", "must be 17 characters, not 16"),
        ({"vin": "WVWZZZ1KOAW123456"}, "VIN", "must not contain the letters I, O or Q"),
        ({"plate": ""}, "plate", "must be given"),
        ({"plate": "AB/12"}, "plate", "2 to 12 letters and digits"),
        ({"make": " "}, "make", "must not be empty"),
        ({"model": ""}, "model", "must not be empty"),
        ({"odometer_km": -1}, "odometer", "from 0 to"),
        ({"fuel_percent": 101}, "fuel / charge", "percentage from 0 to 100"),
        ({"year": 1800}, "year", "from 1990 to 2100"),
    ],
)
def test_bad_fleet_car_names_field_and_rule(
    db: Database, change: dict[str, object], field: str, rule: str
) -> None:
    with db.session() as s, pytest.raises(ValidationError) as caught:
        add_fleet_car(s, None, replace(DRAFT, **change))  # type: ignore[arg-type]
    assert (caught.value.field, rule in caught.value.rule) == (field, True), caught.value
    assert fleet_count(db) == 0


def test_vin_must_be_unique(db: Database) -> None:
    with db.session() as s:
        add_fleet_car(s, None, DRAFT)
    with db.session() as s, pytest.raises(ValidationError, match="belongs to another vehicle"):
        add_fleet_car(s, None, replace(DRAFT, plate="XY99 ZZZ"))
    assert fleet_count(db) == 1


def test_edit_detects_another_pcs_change_and_odometer_slips(db: Database) -> None:
    with db.session() as s:
        car_id = add_fleet_car(s, None, DRAFT)
    with db.session() as s:
        update_fleet_car(s, None, car_id, 1, replace(DRAFT, odometer_km=400))
    with db.session() as s, pytest.raises(ConflictError, match="changed on another PC"):
        update_fleet_car(s, None, car_id, 1, replace(DRAFT, colour="Blue"))
    with db.session() as s, pytest.raises(ValidationError, match="lower than the last reading"):
        update_fleet_car(s, None, car_id, 2, replace(DRAFT, odometer_km=399))


def test_status_changes_and_the_bookings_they_touch(db: Database) -> None:
    world = make_world(db)
    with db.session() as s:
        drive_id = book_test_drive(
            s,
            BookingDraft(world.anna, world.tesla, world.ben, NOW.replace(hour=10)),
            None,
            SETTINGS,
            now=NOW,
        )
    with db.session() as s:
        change = set_fleet_status(s, None, world.tesla, "out_of_service", now=NOW)
    assert change.upcoming_bookings == [drive_id]
    with db.session() as s, pytest.raises(DomainError, match="by checking out a test drive"):
        set_fleet_status(s, None, world.tesla, "on_drive", now=NOW)
    with db.session() as s:
        get_fleet_car(s, world.tesla).status = "on_drive"
    with db.session() as s, pytest.raises(DomainError, match="check the drive in first"):
        set_fleet_status(s, None, world.tesla, "available", now=NOW)
    with db.session() as s:
        set_fleet_status(s, None, world.golf2, "out_of_service", now=NOW)
    with db.reader() as s:
        bookable = {r.id for r in fleet_cars(s, bookable_only=True)}
    assert bookable == {world.golf1, world.tesla}
