"""A small showroom for test-drive tests: two consultants, customers, three fleet cars."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from showroom.admin.users import create_user
from showroom.core.ids import UserId, VehicleId
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.service import create_customer
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.test_drives.fleet import FleetDraft, add_fleet_car
from showroom.vehicles.domain import vin_check_digit

SETTINGS = ShowroomSettings(
    timezone="Europe/London",
    test_drive_minutes=30,
    test_drive_hours="08:00-20:00",
    followup_days_test_drive="1",
)
# Thursday 26 November 2026, 08:00 in London (GMT).
NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def valid_vin(body: str) -> str:
    """A 17-character VIN from 16 characters (position 9 is filled with the check digit)."""
    vin = body[:8] + "0" + body[8:]
    assert len(vin) == 17
    return vin[:8] + vin_check_digit(vin) + vin[9:]


def wrong_check_digit(vin: str) -> str:
    digit = "1" if vin[8] != "1" else "2"
    return vin[:8] + digit + vin[9:]


@dataclass
class World:
    ben: UserId
    li: UserId
    anna: int
    jurgen: int
    wang: int
    golf1: VehicleId
    golf2: VehicleId
    tesla: VehicleId


def make_world(db: Database) -> World:
    with db.session() as s:
        ben = create_user(s, "ben", Role.CONSULTANT, "Ben Carter")
        li = create_user(s, "li", Role.CONSULTANT, "李娜")

        def customer(name: str, phone: str) -> int:
            draft = CustomerDraft(name, (PhoneDraft(phone),))
            return create_customer(s, draft, ben, SETTINGS, now=NOW - timedelta(days=30))

        anna = customer("Anna Nowak", "+48 512 345 678")
        jurgen = customer("Jürgen Weiß", "+49 151 2345 6789")
        wang = customer("王芳", "+86 138 0013 8000")
        golf1 = add_fleet_car(
            s,
            None,
            FleetDraft(valid_vin("WVWZZZ1KAW000001"), "Volkswagen", "Golf", "AB12 CDE", "GTI"),
        )
        golf2 = add_fleet_car(
            s,
            None,
            FleetDraft(valid_vin("WVWZZZ1KAW000002"), "Volkswagen", "Golf", "AB12 CDF", "Life"),
        )
        tesla = add_fleet_car(
            s,
            None,
            FleetDraft(
                valid_vin("5YJ3E1EAXPF00001"),
                "Tesla",
                "Model 3",
                "EV23 TES",
                odometer_km=1200,
                fuel_percent=80,
            ),
        )
    return World(ben, li, anna, jurgen, wang, golf1, golf2, tesla)
