"""The Today dashboard's test-drive, appointment and deal figures against a data set built
here (so every figure is known), and each figure's list agrees with its count."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from showroom.admin.users import create_user
from showroom.core.ids import UserId
from showroom.dashboard import service as dash
from showroom.deals.plans import get_plan
from showroom.deals.service import accept_plan
from showroom.kernel.access import share_customer
from showroom.kernel.roles import Role
from showroom.storage.database import Database
from showroom.storage.models import DealItem, FollowUp, TestDrive
from tests.services.deal_helpers import SETTINGS, make_customer, make_plan, make_vehicle
from tests.services.drive_world import valid_vin

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 26, 10, 30, tzinfo=UTC)  # Thursday, 10:30 in London
TODAY = date(2026, 11, 26)


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return datetime(2026, 11, 26, hour, minute, tzinfo=UTC) + timedelta(days=days)


@dataclass
class Floor:
    claire: UserId
    ben: UserId
    li: UserId
    anna: int
    bob: int
    carl: int
    deals: dict[str, int]


def _deal(db: Database, customer: int, consultant: UserId) -> int:
    plan = make_plan(db, customer, make_vehicle(db), consultant)
    with db.session() as session:
        version = get_plan(session, plan).version
        return accept_plan(
            session, plan, version, consultant, SETTINGS, now=NOW - timedelta(days=20)
        )


def _set_items(db: Database, deal: int, open_due: list[date], done_at: datetime | None) -> None:
    """Leave ``len(open_due)`` items of the deal open, due on those days (the rest done at
    ``done_at``; with no ``done_at`` every other item is done long ago)."""
    with db.session() as session:
        items = session.scalars(
            select(DealItem).where(DealItem.deal_id == deal).order_by(DealItem.id)
        ).all()
        for n, item in enumerate(items):
            if n < len(open_due):
                item.due_on = open_due[n]
                continue
            item.state = "done"
            item.due_on = TODAY - timedelta(days=15)
            item.done_at = done_at or NOW - timedelta(days=1)


@pytest.fixture
def floor(db: Database) -> Floor:
    from showroom.test_drives.fleet import FleetDraft, add_fleet_car

    with db.session() as session:
        claire = create_user(session, "claire", Role.MANAGER, "Claire Dubois")
        ben = create_user(session, "ben", Role.CONSULTANT, "Ben Carter")
        li = create_user(session, "li", Role.CONSULTANT, "李娜")
    anna = make_customer(db, "Anna Nowak", ben)
    bob = make_customer(db, "Bob Smith", ben)
    carl = make_customer(db, "Carl Meyer", li)
    with db.session() as session:
        golf = add_fleet_car(
            session,
            None,
            FleetDraft(valid_vin("WVWZZZ1KAW000001"), "Volkswagen", "Golf", "AB12 CDE"),
        )
        tesla = add_fleet_car(
            session, None, FleetDraft(valid_vin("5YJ3E1EAXPF00001"), "Tesla", "Model 3", "EV23 TES")
        )

        def drive(
            who: int, customer: int, car: int, start: datetime, minutes: int, status: str
        ) -> None:
            session.add(
                TestDrive(
                    customer_id=customer,
                    vehicle_id=car,
                    consultant_id=who,
                    starts_at=start,
                    ends_at=start + timedelta(minutes=minutes),
                    status=status,
                )
            )
            session.flush()

        drive(ben, anna, golf, at(9), 30, "returned")
        drive(ben, bob, tesla, at(9), 30, "no_show")
        drive(li, carl, golf, at(10), 15, "out")  # should have been back at 10:15
        drive(ben, anna, tesla, at(11), 30, "booked")
        drive(li, bob, golf, at(12), 30, "cancelled")
        drive(ben, bob, tesla, at(15, days=-1), 30, "out")  # out since yesterday
        drive(li, anna, golf, at(10, days=1), 30, "booked")  # tomorrow
        session.add_all(
            [
                FollowUp(customer_id=bob, reason="Call back", due_on=TODAY, assigned_to_id=ben),
                FollowUp(
                    customer_id=anna,
                    reason="Late",
                    due_on=TODAY - timedelta(days=2),
                    assigned_to_id=ben,
                ),
            ]
        )
    with db.session() as session:
        share_customer(session, None, anna, li)  # Li works one of Ben's customers' deals
    deals = {
        "overdue": _deal(db, anna, ben),
        "stalled": _deal(db, bob, ben),
        "moving": _deal(db, carl, li),
        "finished": _deal(db, anna, li),
    }
    # Ben's first deal: the insurance policy number is 5 days late, plates fitted in 3 days.
    _set_items(db, deals["overdue"], [TODAY - timedelta(days=5), TODAY + timedelta(days=3)], None)
    # Ben's second: nothing late, but no step done for 10 days.
    _set_items(
        db,
        deals["stalled"],
        [TODAY + timedelta(days=4), TODAY + timedelta(days=2)],
        at(9, days=-10),
    )
    _set_items(db, deals["moving"], [TODAY + timedelta(days=1)], at(9, days=-2))
    _set_items(db, deals["finished"], [], at(9, days=-12))
    return Floor(claire, ben, li, anna, bob, carl, deals)


def viewer(user: UserId, role: Role) -> dash.Viewer:
    return dash.Viewer(user, role.value, NOW, ZONE)


def figures(board: dash.Dashboard, *sections: str) -> dict[str, tuple[int, int | None]]:
    return {
        f.key: (f.value, f.total) for s in board.sections if s.key in sections for f in s.figures
    }


def test_the_managers_test_drives_and_deals(db: Database, floor: Floor) -> None:
    with db.reader() as session:
        board = dash.build_dashboard(session, viewer(floor.claire, Role.MANAGER))
    assert "appointments" not in [s.key for s in board.sections]
    assert figures(board, "test_drives", "deals") == {
        "test_drives.booked": (4, None),
        "test_drives.to_come": (1, None),
        "test_drives.done": (1, None),
        "test_drives.no_show": (1, None),
        "test_drives.overdue": (2, None),
        "deals.blocked": (2, 4),
        "deals.blocked_longest": (10, None),
    }
    drives = board.section("test_drives")
    deals = board.section("deals")
    assert drives is not None and deals is not None
    assert [(r.label, r.value) for r in drives.breakdowns[0].rows] == [
        ("Ben Carter", 3),
        ("李娜", 1),
    ]
    assert [(r.label, r.value) for r in deals.breakdowns[0].rows] == [("Ben Carter", 2)]


def test_the_blocked_deals_say_since_when_and_why(db: Database, floor: Floor) -> None:
    look = viewer(floor.claire, Role.MANAGER)
    with db.reader() as session:
        listed = dash.open_list(session, look, dash.ListRef("deals.blocked"))
        overdue = dash.open_list(
            session,
            look,
            dash.ListRef("test_drives.list", (("state", "overdue"),)),
        )
    assert [(r.cells[:5], r.customer_id, r.alert) for r in listed.rows] == [
        ((10, TODAY - timedelta(days=10), "Bob Smith", "Ben Carter", 0), floor.bob, False),
        ((5, TODAY - timedelta(days=5), "Anna Nowak", "Ben Carter", 1), floor.anna, True),
    ]
    assert listed.rows[0].cells[5] == "No step done lately"
    assert str(listed.rows[1].cells[5]).startswith("Purchase: ")
    assert [(r.cells[2], r.cells[5], r.alert) for r in overdue.rows] == [
        ("Bob Smith", "Not back", True),
        ("Carl Meyer", "Not back", True),
    ]


def test_a_consultants_appointments_and_next_steps(db: Database, floor: Floor) -> None:
    with db.reader() as session:
        ben = dash.build_dashboard(session, viewer(floor.ben, Role.CONSULTANT))
        li = dash.build_dashboard(session, viewer(floor.li, Role.CONSULTANT))
        agenda = dash.open_list(
            session, viewer(floor.ben, Role.CONSULTANT), dash.ListRef("appointments.mine")
        )
        steps = dash.open_list(
            session, viewer(floor.ben, Role.CONSULTANT), dash.ListRef("deals.next_steps")
        )
    assert next(s.key for s in ben.sections) == "appointments"
    assert "test_drives" not in [s.key for s in ben.sections]
    assert figures(ben, "appointments", "deals") == {
        "appointments.mine": (4, None),
        "appointments.test_drives": (3, None),
        "appointments.follow_ups": (1, None),
        "appointments.deliveries": (0, None),
        "deals.next_steps": (2, None),
        "deals.next_steps_due": (1, None),
    }
    assert figures(li, "appointments", "deals") == {
        "appointments.mine": (1, None),
        "appointments.test_drives": (1, None),
        "appointments.follow_ups": (0, None),
        "appointments.deliveries": (0, None),
        "deals.next_steps": (1, None),
        "deals.next_steps_due": (0, None),
    }
    # Timed first (the drives in time order), then the day's calls.
    assert [(r.cells[0], r.cells[1], r.cells[2]) for r in agenda.rows] == [
        (at(9), "Test drive", "Anna Nowak"),
        (at(9), "Test drive", "Bob Smith"),
        (at(11), "Test drive", "Anna Nowak"),
        (None, "Follow-up", "Bob Smith"),
    ]
    assert [(r.cells[0], r.cells[1], r.alert) for r in steps.rows] == [
        (TODAY - timedelta(days=5), "Anna Nowak", True),
        (TODAY + timedelta(days=2), "Bob Smith", False),
    ]


def test_every_new_figure_opens_a_list_that_agrees(db: Database, floor: Floor) -> None:
    for user, role in (
        (floor.claire, Role.MANAGER),
        (floor.ben, Role.CONSULTANT),
        (floor.li, Role.CONSULTANT),
    ):
        look = viewer(user, role)
        with db.reader() as session:
            board = dash.build_dashboard(session, look)
            for section in board.sections:
                if section.key not in ("test_drives", "appointments", "deals"):
                    continue
                for figure in section.figures:
                    assert figure.opens is not None, figure.key
                    listed = dash.open_list(session, look, figure.opens)
                    if figure.key == "deals.blocked_longest":
                        assert {r.cells[0] for r in listed.rows} <= {figure.value}
                        continue
                    assert len(listed.rows) == figure.value == listed.total, figure.key
                for breakdown in section.breakdowns:
                    for row in breakdown.rows:
                        assert row.opens is not None
                        listed = dash.open_list(session, look, row.opens)
                        assert len(listed.rows) == row.value, (breakdown.key, row.label)
                        assert listed.subject == row.label


def test_a_deliveries_area_adds_its_appointments(db: Database, floor: Floor) -> None:
    from showroom.dashboard.sections import appointments as ap

    @ap.appointment_source(
        "example_deliveries", order=30, label="My deliveries today", count=lambda s, v: 1
    )
    def ceremonies(session: object, look: dash.Viewer, limit: int) -> list[ap.Appointment]:
        return [ap.Appointment(at(14), "Delivery", floor.anna, "Anna Nowak", "Bay 2", "Planned")]

    try:
        look = viewer(floor.ben, Role.CONSULTANT)
        with db.reader() as session:
            board = dash.build_dashboard(session, look)
            agenda = dash.open_list(session, look, dash.ListRef("appointments.mine"))
        assert figures(board, "appointments")["appointments.mine"] == (5, None)
        assert figures(board, "appointments")["appointments.example_deliveries"] == (1, None)
        assert [r.cells[1] for r in agenda.rows] == [
            "Test drive",
            "Test drive",
            "Test drive",
            "Delivery",
            "Follow-up",
        ]
    finally:
        del ap._SOURCES["example_deliveries"]
