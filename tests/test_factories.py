"""The factories of tests/factories.py build what they say, through the real services."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from showroom.customers.service import get_customer
from showroom.deals.checklist import ChecklistKind
from showroom.deals.service import deal_view
from showroom.deliveries.service import delivery_view, planned_delivery_of_deal
from showroom.kernel.roles import Role
from showroom.storage.database import Database
from showroom.storage.models import User, Vehicle
from showroom.test_drives.service import get_drive
from tests import factories as f


def test_now_and_tomorrow_agree() -> None:
    assert f.NOW.astimezone(f.ZONE).date() + timedelta(days=1) == f.TOMORROW
    assert f.at(10).astimezone(f.ZONE).hour == 10


def test_people(db: Database) -> None:
    staff = f.make_staff(db)
    gone = f.make_user(db, Role.CONSULTANT, "Left Us", active=False)
    customer = f.make_customer(db, "Anna Nowak", staff.consultant)
    with db.reader() as session:
        roles = {u.id: (u.role, u.active) for u in session.scalars(select(User))}
        assert roles[staff.consultant] == (Role.CONSULTANT.value, True)
        assert roles[staff.other] == (Role.CONSULTANT.value, True)
        assert roles[staff.manager] == (Role.MANAGER.value, True)
        assert roles[gone] == (Role.CONSULTANT.value, False)
        card = get_customer(session, customer)
        assert card.full_name == "Anna Nowak"
        assert card.assigned_consultant_id == staff.consultant


def test_cars_and_a_booked_drive(db: Database) -> None:
    staff = f.make_staff(db)
    fleet = f.make_fleet_car(db, "Tesla", "Model 3")
    stock = f.make_stock_vehicle(db, price="41,000")
    drive = f.book_drive(db, f.make_customer(db), fleet, staff.consultant, f.at(11))
    with db.reader() as session:
        cars = {v.id: v for v in session.scalars(select(Vehicle))}
        assert (cars[fleet].make, cars[fleet].model) == ("Tesla", "Model 3")
        assert cars[stock].vin != cars[fleet].vin
        booked = get_drive(session, drive)
        assert booked.vehicle_id == fleet
        assert booked.consultant_id == staff.consultant


def test_a_deal_at_a_step_and_its_delivery(db: Database) -> None:
    staff = f.make_staff(db)
    fresh = f.make_deal(db, staff)
    on = f.make_deal(db, staff, finished=(ChecklistKind.PURCHASE, ChecklistKind.INSURANCE))
    with db.reader() as session:
        untouched = deal_view(session, fresh, actor_id=None).items
        assert untouched and not any(i.item().is_done for i in untouched)
        items = deal_view(session, on, actor_id=None).items
        done = {i.checklist for i in items if i.item().is_done}
        open_ = {i.checklist for i in items if not i.item().is_done}
        assert done == {ChecklistKind.PURCHASE, ChecklistKind.INSURANCE}
        assert ChecklistKind.LICENSING in open_
    delivery = f.make_delivery(db, on, f.at(15), consultant=staff.consultant)
    with db.reader() as session:
        assert planned_delivery_of_deal(session, on) == delivery
        assert delivery_view(session, delivery, actor_id=None).bay == "Bay 1"
