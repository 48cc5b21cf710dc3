"""Factory helpers for plan and deal tests: staff, a customer, a stock car, a plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import count

from showroom.admin.users import create_user
from showroom.core.ids import UserId, VehicleId
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.service import create_customer
from showroom.deals.domain import AccessoryChoice, PlanDraft, PriceDraft
from showroom.deals.plans import create_plan
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.vehicles.boutique import add_boutique_item
from showroom.vehicles.domain import vin_check_digit
from showroom.vehicles.inventory import add_stock_vehicle
from showroom.vehicles.stock import StockDraft

SETTINGS = ShowroomSettings()
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
_serial = count(1)


@dataclass(frozen=True)
class Staff:
    consultant: UserId
    other: UserId
    manager: UserId


def make_staff(db: Database) -> Staff:
    with db.session() as session:
        return Staff(
            create_user(session, "ben.carter", Role.CONSULTANT, "Ben Carter"),
            create_user(session, "ana.lopez", Role.CONSULTANT, "Ana López"),
            create_user(session, "mia.wong", Role.MANAGER, "Mia Wong"),
        )


def make_customer(db: Database, name: str, consultant: UserId | None = None) -> int:
    number = next(_serial)
    with db.session() as session:
        return create_customer(
            session,
            CustomerDraft(
                full_name=name,
                phones=(PhoneDraft(f"07400 {100000 + number}"),),
                assigned_consultant_id=consultant,
            ),
            consultant,
            SETTINGS,
            now=NOW,
        )


def good_vin(serial: int) -> str:
    vin = f"KNAPU81BDR7{serial:06d}"
    return vin[:8] + vin_check_digit(vin) + vin[9:]


def make_vehicle(
    db: Database,
    status: str = "in_stock",
    price: str = "32,450",
    floor: str = "",
) -> VehicleId:
    serial = next(_serial)
    with db.session() as session:
        return add_stock_vehicle(
            session,
            StockDraft(
                vin=good_vin(serial),
                make="Kia",
                model="Sportage",
                trim="GT-Line",
                colour="Lunar Silver",
                stock_number=f"S{serial:05d}",
                year="2026",
                list_price=price,
                status=status,
                floor_position=floor,
            ),
            None,
            SETTINGS,
        )


def make_accessory(db: Database, name: str, price: str) -> int:
    with db.session() as session:
        return add_boutique_item(session, None, name, price, SETTINGS)


def plan_draft(
    vehicle_id: int | None = None,
    accessories: tuple[AccessoryChoice, ...] = (),
    **price: str,
) -> PlanDraft:
    return PlanDraft(
        vehicle_id=vehicle_id,
        order_make="" if vehicle_id else "Kia",
        order_model="" if vehicle_id else "EV6",
        accessories=accessories,
        price=PriceDraft(**{"list_price": "32,450", **price}),
    )


def make_plan(
    db: Database,
    customer_id: int,
    vehicle_id: int | None,
    actor: UserId | None = None,
    accessories: tuple[AccessoryChoice, ...] = (),
    **price: str,
) -> int:
    with db.session() as session:
        return create_plan(
            session,
            customer_id,
            plan_draft(vehicle_id, accessories, **price),
            actor,
            SETTINGS,
            now=NOW,
        )
