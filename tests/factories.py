"""A small showroom, one piece at a time, built through the real services (Stoq's
create_client habit): a test asks for exactly what it needs instead of a whole demo.

Every function takes the Database and writes in a unit of work of its own, as the app
does; the defaults are valid everywhere (a London showroom, times in the future of NOW).
Names, VINs, plates and phone numbers are made unique per call, so a test can make as many
as it likes.

    staff = make_staff(db)
    customer = make_customer(db, "Anna Nowak", staff.consultant)
    drive = book_drive(db, customer, make_fleet_car(db), staff.consultant, at(10))
    deal = make_deal(db, staff, customer, finished=(ChecklistKind.PURCHASE,))
    delivery = make_delivery(db, deal, at(15), consultant=staff.consultant)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from itertools import count
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from showroom.admin.users import create_user, set_user_active
from showroom.core.ids import TestDriveId, UserId, VehicleId
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.service import create_customer
from showroom.deals.checklist import ChecklistKind
from showroom.deals.domain import AccessoryChoice, PlanDraft, PriceDraft
from showroom.deals.plans import create_plan, plan_view
from showroom.deals.service import accept_plan, complete_item, deal_view
from showroom.deliveries.service import DeliveryDraft, plan_delivery
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.test_drives.domain import local_instant
from showroom.test_drives.fleet import FleetDraft, add_fleet_car
from showroom.test_drives.service import BookingDraft, book_test_drive
from showroom.vehicles.domain import vin_check_digit
from showroom.vehicles.inventory import add_stock_vehicle
from showroom.vehicles.stock import StockDraft

SETTINGS = ShowroomSettings(timezone="Europe/London")
ZONE = ZoneInfo(SETTINGS.timezone)
# Friday 27 November 2026, 10:00 in London (GMT): what the factories call "now".
NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
TOMORROW = date(2026, 11, 28)
_serial = count(1)
_Draft = TypeVar("_Draft", FleetDraft, StockDraft)


def at(hour: int, minute: int = 0, day: date = TOMORROW) -> datetime:
    """An instant of ``day`` (tomorrow by default) on the showroom's wall clock."""
    return local_instant(day, time(hour, minute), ZONE)


def vin(prefix: str = "KNAPU81BDR7") -> str:
    """A new 17-character VIN with a correct check digit."""
    raw = f"{prefix}{next(_serial):06d}"[:17]
    assert len(raw) == 17, "the prefix takes 11 characters"
    return raw[:8] + vin_check_digit(raw) + raw[9:]


# --- people ---------------------------------------------------------------------------------
def make_user(
    db: Database, role: Role = Role.CONSULTANT, name: str | None = None, *, active: bool = True
) -> UserId:
    """A staff member (a consultant unless told), deactivated when ``active`` is False."""
    serial = next(_serial)
    display = name or f"{role.value.title()} {serial}"
    with db.session() as session:
        user_id = create_user(session, f"{role.value}{serial}", role, display)
        if not active:
            set_user_active(session, None, user_id, False)
    return user_id


@dataclass(frozen=True)
class Staff:
    consultant: UserId
    other: UserId  # a second consultant
    manager: UserId


def make_staff(db: Database) -> Staff:
    """Two consultants and a manager."""
    return Staff(
        make_user(db, Role.CONSULTANT, "Ben Carter"),
        make_user(db, Role.CONSULTANT, "Ana López"),
        make_user(db, Role.MANAGER, "Mia Wong"),
    )


def make_customer(
    db: Database,
    name: str = "Harry Wilson",
    consultant: UserId | None = None,
    *,
    phone: str | None = None,
    email: str = "",
) -> int:
    """A customer (a lead) with one phone, looked after by ``consultant``."""
    number = phone or f"07400 {100000 + next(_serial)}"
    with db.session() as session:
        return create_customer(
            session,
            CustomerDraft(
                full_name=name,
                phones=(PhoneDraft(number),),
                email=email,
                assigned_consultant_id=consultant,
            ),
            consultant,
            SETTINGS,
            now=NOW,
        )


# --- cars -----------------------------------------------------------------------------------
def make_fleet_car(
    db: Database, make: str = "Volkswagen", model: str = "Golf", **changes: Any
) -> VehicleId:
    """A test-drive car of the fleet, available."""
    serial = next(_serial)
    draft = FleetDraft(vin("WVWZZZ1KAW0"), make, model, f"FL{serial:02d} TST")
    with db.session() as session:
        return add_fleet_car(session, None, _replace(draft, changes), now=NOW)


def make_stock_vehicle(
    db: Database, status: str = "in_stock", price: str = "32,450", **changes: Any
) -> VehicleId:
    """A car of the sales stock, at ``price``."""
    serial = next(_serial)
    draft = StockDraft(
        vin=vin(),
        make="Kia",
        model="Sportage",
        trim="GT-Line",
        colour="Lunar Silver",
        stock_number=f"S{serial:05d}",
        year="2026",
        list_price=price,
        status=status,
    )
    with db.session() as session:
        return add_stock_vehicle(session, _replace(draft, changes), None, SETTINGS)


def _replace(draft: _Draft, changes: dict[str, Any]) -> _Draft:
    return replace(draft, **changes) if changes else draft


# --- test drives ----------------------------------------------------------------------------
def book_drive(
    db: Database,
    customer: int,
    vehicle: VehicleId,
    consultant: UserId,
    start: datetime | None = None,
    minutes: int = 30,
) -> TestDriveId:
    """A booked test drive (tomorrow at 10:00 unless told)."""
    draft = BookingDraft(customer, vehicle, consultant, start or at(10), minutes)
    with db.session() as session:
        return book_test_drive(session, draft, consultant, SETTINGS, now=NOW)


# --- plans and deals ------------------------------------------------------------------------
def make_plan(
    db: Database,
    customer: int,
    vehicle: VehicleId | None = None,
    actor: UserId | None = None,
    accessories: tuple[AccessoryChoice, ...] = (),
    **price: str,
) -> int:
    """An open purchase plan: the stock car ``vehicle``, or a car to order."""
    draft = PlanDraft(
        vehicle_id=vehicle,
        order_make="" if vehicle else "Kia",
        order_model="" if vehicle else "EV6",
        accessories=accessories,
        price=PriceDraft(**{"list_price": "32,450", **price}),
    )
    with db.session() as session:
        return create_plan(session, customer, draft, actor, SETTINGS, now=NOW)


def make_deal(
    db: Database,
    staff: Staff,
    customer: int | None = None,
    vehicle: VehicleId | None = None,
    *,
    finished: tuple[ChecklistKind, ...] = (),
) -> int:
    """A deal (an accepted plan on a stock car), with the checklists in ``finished`` done:
    the step a deal has reached is the checklists it has behind it."""
    customer = customer or make_customer(db, consultant=staff.consultant)
    vehicle = vehicle or make_stock_vehicle(db)
    plan_id = make_plan(db, customer, vehicle, staff.consultant)
    with db.session() as session:
        version = plan_view(session, plan_id, actor_id=None).version
        deal = accept_plan(session, plan_id, version, staff.consultant, SETTINGS, now=NOW)
    finish_checklists(db, deal, staff.consultant, finished)
    return deal


def finish_checklists(
    db: Database, deal_id: int, actor: UserId, kinds: tuple[ChecklistKind, ...]
) -> None:
    """Tick every item of the deal's checklists of ``kinds`` (accessories through each of
    their stages), as the consultant would."""
    with db.reader() as session:
        items = [
            i.id for i in deal_view(session, deal_id, actor_id=None).items if i.checklist in kinds
        ]
    for item_id in items:
        while True:
            with db.session() as session:
                current = next(
                    i for i in deal_view(session, deal_id, actor_id=None).items if i.id == item_id
                )
                if current.item().is_done:
                    break
                complete_item(
                    session, item_id, current.version, actor, SETTINGS, value="X1", now=NOW
                )


# --- deliveries -----------------------------------------------------------------------------
def make_delivery(
    db: Database,
    deal: int,
    start: datetime | None = None,
    bay: str = "Bay 1",
    consultant: UserId | None = None,
    actor: UserId | None = None,
    minutes: int = 60,
) -> int:
    """A planned delivery of ``deal`` (tomorrow at 15:00 in Bay 1 unless told)."""
    draft = DeliveryDraft(deal, start or at(15), bay, consultant, minutes=minutes)
    with db.session() as session:
        return plan_delivery(session, draft, actor, SETTINGS, now=NOW)  # type: ignore[arg-type]
