"""The Today dashboard against a data set built here, so every figure is known exactly;
the lists behind the figures agree with them; a new area plugs its section in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from showroom.admin.users import create_user
from showroom.core.ids import UserId
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.service import create_customer
from showroom.dashboard import service as dash
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.showroom_day import service as sd
from showroom.storage.database import Database
from showroom.storage.models import FollowUp, WalkIn

SETTINGS = ShowroomSettings(timezone="Europe/London")
ZONE = ZoneInfo("Europe/London")
# Thursday 26 Nov 2026, 10:30 in London
NOW = datetime(2026, 11, 26, 10, 30, tzinfo=UTC)
TODAY = date(2026, 11, 26)


@dataclass
class Shop:
    claire: UserId
    ben: UserId
    li: UserId
    anna: int
    bob: int
    carl: int
    checklist: sd.DayView
    late_lines: int


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return datetime(2026, 11, 26, hour, minute, tzinfo=UTC) + timedelta(days=days)


@pytest.fixture
def shop(db: Database) -> Shop:
    with db.session() as session:
        claire = create_user(session, "claire", Role.MANAGER, "Claire Dubois")
        ben = create_user(session, "ben", Role.CONSULTANT, "Ben Carter")
        li = create_user(session, "li", Role.CONSULTANT, "李娜")

        def customer(name: str, phone: str, consent: bool) -> int:
            return create_customer(
                session,
                CustomerDraft(name, (PhoneDraft(phone),), consent_contact=consent),
                ben,
                SETTINGS,
                now=NOW - timedelta(days=60),
            )

        anna = customer("Anna Nowak", "+48 512 345 678", True)
        bob = customer("Bob Smith", "+44 7911 123456", True)
        carl = customer("Carl Meyer", "+49 151 23456789", False)

        def follow_up(customer_id: int, due: date, to: int, **more: object) -> None:
            session.add(
                FollowUp(
                    customer_id=customer_id,
                    reason="Call back",
                    due_on=due,
                    assigned_to_id=to,
                    created_at=NOW - timedelta(days=30),
                    **more,
                )
            )

        # Open: Ben 3 overdue + 1 due today; Li 1 overdue + a return visit today.
        for days in (1, 2, 9):
            follow_up(anna, TODAY - timedelta(days=days), ben)
        follow_up(bob, TODAY, ben)
        follow_up(bob, TODAY - timedelta(days=3), li)
        follow_up(anna, TODAY, li, kind="return_visit")
        # A marketing follow-up of a customer who did not consent: counted nowhere.
        follow_up(carl, TODAY - timedelta(days=1), ben, for_marketing=True)
        # Tomorrow's: not due yet.
        follow_up(anna, TODAY + timedelta(days=1), ben)
        # Done: yesterday 1 of Ben's 2 due (the other is the overdue one above), 5 days ago 2.
        follow_up(bob, TODAY - timedelta(days=1), ben, done_at=at(15, days=-1), done_by_id=ben)
        for _ in range(2):
            follow_up(bob, TODAY - timedelta(days=5), li, done_at=at(11, days=-5), done_by_id=li)

        def walk_in(
            moment: datetime,
            by: int,
            customer_id: int | None,
            party: int = 1,
            out: datetime | None = None,
        ) -> None:
            session.add(
                WalkIn(
                    time_in=moment,
                    time_out=out,
                    consultant_id=by,
                    customer_id=customer_id,
                    party_size=party,
                    purpose="browsing",
                    description=None if customer_id else "Couple in a red coat",
                )
            )

        walk_in(at(9, 10), ben, anna, out=at(9, 50))
        walk_in(at(9, 40), ben, None, party=3)
        walk_in(at(10, 5), li, bob)
        walk_in(at(16, 0, days=-1), li, carl)  # yesterday

        view = sd.start_day(session, TODAY, claire, SETTINGS, now=at(8))
        first, second, third = view.items[:3]
        sd.tick_item(session, first.id, first.version, ben, SETTINGS, now=at(8, 40))
        sd.tick_item(session, second.id, second.version, li, SETTINGS, now=at(8, 45))
        sd.fail_item(
            session,
            third.id,
            third.version,
            claire,
            SETTINGS,
            note="Dusty",
            owner_id=li,
            now=at(8, 50),
        )
        late = sum(1 for i in view.items[3:] if i.due_time is not None and i.due_time.hour <= 10)
    return Shop(claire, ben, li, anna, bob, carl, view, late)


def viewer(user: UserId, role: Role) -> dash.Viewer:
    return dash.Viewer(user, role.value, NOW, ZONE)


# Test drives, appointments and deals have their own data set (test_dashboard_drives_deals).
NEW_AREAS = {"test_drives", "appointments", "deals"}
# Sales figures have theirs too (tests/services/test_sales_dashboard.py).
NEW_AREAS |= {"sales"}


def figures(board: dash.Dashboard) -> dict[str, tuple[int, int | None]]:
    return {f.key: (f.value, f.total) for s in board.sections for f in s.figures}


def test_the_managers_today(db: Database, shop: Shop) -> None:
    with db.reader() as session:
        board = dash.build_dashboard(session, viewer(shop.claire, Role.MANAGER))
    assert [s.key for s in board.sections] == [
        "showroom_day",
        "walk_ins",
        "test_drives",
        "follow_ups",
        "deals",
        "sales",
        "tasks",
    ]
    assert {k: v for k, v in figures(board).items() if k.split(".")[0] not in NEW_AREAS} == {
        "checklist.progress": (2, shop.checklist.total),
        "checklist.late": (shop.late_lines, None),
        "checklist.failed": (1, None),
        "walk_ins.today": (3, None),
        "walk_ins.visitors": (5, None),
        "walk_ins.here": (2, None),
        "walk_ins.unlinked": (1, None),
        "follow_ups.overdue": (4, None),
        "follow_ups.due_today": (2, None),
        "follow_ups.appointments": (1, None),
        "tasks.open": (1, None),
        "tasks.overdue": (0, None),
    }
    # No cars: 6 morning checks and 3 of the 10:00 round are past their time, less 3 resolved.
    assert shop.late_lines == 6
    walk_ins = board.section("walk_ins")
    assert walk_ins is not None
    (per_consultant,) = walk_ins.breakdowns
    assert [(r.label, r.value) for r in per_consultant.rows] == [("Ben Carter", 2), ("李娜", 1)]
    (per_hour,) = walk_ins.charts
    assert per_hour.categories == tuple(range(9, 20))
    assert per_hour.series[0].values == (2, 1) + (0,) * 9
    assert per_hour.current == 1  # 10:30 falls in the 10:00 bar
    follow_ups = board.section("follow_ups")
    assert follow_ups is not None
    assert [(r.label, r.value) for r in follow_ups.breakdowns[0].rows] == [
        ("Ben Carter", 3),
        ("李娜", 1),
    ]
    (history,) = follow_ups.charts
    assert history.categories[0] == TODAY - timedelta(days=13)
    assert history.categories[-1] == TODAY
    due, done = (dict(zip(history.categories, s.values, strict=True)) for s in history.series)
    assert [due[TODAY - timedelta(days=n)] for n in range(6)] == [2, 2, 1, 1, 0, 2]
    assert [done[TODAY - timedelta(days=n)] for n in range(6)] == [0, 1, 0, 0, 0, 2]
    assert due[TODAY - timedelta(days=9)] == 1 and sum(due.values()) == 9
    tasks = board.section("tasks")
    assert tasks is not None
    assert [(r.label, r.value) for r in tasks.breakdowns[0].rows] == [("李娜", 1)]


def test_a_consultants_today(db: Database, shop: Shop) -> None:
    with db.reader() as session:
        ben = dash.build_dashboard(session, viewer(shop.ben, Role.CONSULTANT))
        li = dash.build_dashboard(session, viewer(shop.li, Role.CONSULTANT))
    assert {k: v for k, v in figures(ben).items() if k.split(".")[0] not in NEW_AREAS} == {
        "checklist.progress": (2, shop.checklist.total),
        "checklist.late": (shop.late_lines, None),
        "walk_ins.mine": (2, None),
        "walk_ins.today": (3, None),
        "follow_ups.mine": (4, None),
        "follow_ups.mine_overdue": (3, None),
        "follow_ups.appointments": (0, None),
        "tasks.mine": (0, None),
    }
    assert {
        k: v
        for k, v in figures(li).items()
        if not k.startswith("checklist") and k.split(".")[0] not in NEW_AREAS
    } == {
        "walk_ins.mine": (1, None),
        "walk_ins.today": (3, None),
        "follow_ups.mine": (2, None),
        "follow_ups.mine_overdue": (1, None),
        "follow_ups.appointments": (1, None),
        "tasks.mine": (1, None),
    }
    assert all(not s.breakdowns for s in ben.sections)
    ben_follow_ups = ben.section("follow_ups")
    assert ben_follow_ups is not None
    due, done = ben_follow_ups.charts[0].series
    assert (sum(due.values), sum(done.values)) == (5, 1)


def test_every_figure_opens_the_list_behind_it_and_they_agree(db: Database, shop: Shop) -> None:
    for user, role in (
        (shop.claire, Role.MANAGER),
        (shop.ben, Role.CONSULTANT),
        (shop.li, Role.CONSULTANT),
    ):
        look = viewer(user, role)
        with db.reader() as session:
            board = dash.build_dashboard(session, look)
            for section in board.sections:
                for figure in section.figures:
                    if figure.opens is None:
                        place = "targets" if figure.key.startswith("sales.") else "showroom_day"
                        assert figure.goes_to == place, figure.key
                        continue
                    listed = dash.open_list(session, look, figure.opens)
                    expected = len(listed.rows)
                    if figure.key == "walk_ins.visitors":
                        expected = sum(int(str(row.cells[3])) for row in listed.rows)
                    assert figure.value == expected, figure.key
                    assert listed.total == len(listed.rows)
                for breakdown in section.breakdowns:
                    for row in breakdown.rows:
                        assert row.opens is not None
                        listed = dash.open_list(session, look, row.opens)
                        assert len(listed.rows) == row.value, (breakdown.key, row.label)


def test_the_lists_lead_to_customers_tasks_and_names(db: Database, shop: Shop) -> None:
    look = viewer(shop.claire, Role.MANAGER)
    with db.reader() as session:
        overdue = dash.open_list(
            session,
            look,
            dash.ListRef("follow_ups.due", (("overdue", "1"), ("consultant", str(shop.ben)))),
        )
        unlinked = dash.open_list(
            session, look, dash.ListRef("walk_ins.today", (("anonymous", "1"),))
        )
        tasks = dash.open_list(session, look, dash.ListRef("tasks.open"))
        failed = dash.open_list(
            session, look, dash.ListRef("showroom_day.lines", (("state", "failed"),))
        )
    assert overdue.subject == "Ben Carter"
    assert [(r.cells[0], r.cells[1], r.customer_id, r.alert) for r in overdue.rows] == [
        (TODAY - timedelta(days=9), "Anna Nowak", shop.anna, True),
        (TODAY - timedelta(days=2), "Anna Nowak", shop.anna, True),
        (TODAY - timedelta(days=1), "Anna Nowak", shop.anna, True),
    ]
    assert [(r.cells[2], r.cells[3], r.customer_id) for r in unlinked.rows] == [
        ("Couple in a red coat", 3, None)
    ]
    (task,) = tasks.rows
    assert task.task is not None and task.cells[3] == "李娜" and task.cells[2] == "Dusty"
    (line,) = failed.rows
    assert line.cells[2] == "Failed" and line.cells[4] == "Dusty" and line.cells[5] == "李娜"
    assert line.day == TODAY


@pytest.fixture
def example_section() -> Iterator[None]:
    """An area that lands later registers its section; nothing else changes."""

    @dash.dashboard_section("example_area", order=27, audiences=(dash.Audience.MANAGER,))
    def build(session: object, look: dash.Viewer) -> dash.Section:
        return dash.Section(
            "example_area",
            "An area that lands later",
            figures=(dash.Figure("example_area.today", "Today", 7, opens=dash.ListRef("x")),),
        )

    yield
    del dash._SECTIONS["example_area"]


def test_a_new_area_plugs_its_section_in(db: Database, shop: Shop, example_section: None) -> None:
    with db.reader() as session:
        manager = dash.build_dashboard(session, viewer(shop.claire, Role.MANAGER))
        ben = dash.build_dashboard(session, viewer(shop.ben, Role.CONSULTANT))
    assert [s.key for s in manager.sections] == [
        "showroom_day",
        "walk_ins",
        "test_drives",
        "example_area",
        "follow_ups",
        "deals",
        "sales",
        "tasks",
    ]
    assert manager.figure("example_area.today") is not None
    assert "example_area" not in [s.key for s in ben.sections]


def test_before_the_checklist_is_started_the_figure_says_so(db: Database) -> None:
    with db.session() as session:
        claire = create_user(session, "claire", Role.MANAGER, "Claire Dubois")
    with db.reader() as session:
        board = dash.build_dashboard(session, viewer(claire, Role.MANAGER))
    progress = board.figure("checklist.progress")
    assert progress is not None
    assert (progress.value, progress.total, progress.note, progress.goes_to) == (
        0,
        None,
        "not started yet",
        "showroom_day",
    )
    assert board.figure("walk_ins.today") is not None
    assert board.figure("follow_ups.overdue") is not None


def test_marketing_follow_ups_count_only_with_consent(db: Database, shop: Shop) -> None:
    look = viewer(shop.claire, Role.MANAGER)

    def overdue() -> tuple[int, int]:
        with db.reader() as session:
            board = dash.build_dashboard(session, look)
            listed = dash.open_list(
                session, look, dash.ListRef("follow_ups.due", (("overdue", "1"),))
            )
        figure = board.figure("follow_ups.overdue")
        assert figure is not None
        return figure.value, len(listed.rows)

    assert overdue() == (4, 4)
    with db.session() as session:
        session.add(
            FollowUp(
                customer_id=shop.anna,
                reason="Winter offer",
                due_on=TODAY - timedelta(days=2),
                assigned_to_id=shop.li,
                for_marketing=True,
                created_at=NOW,
            )
        )
    assert overdue() == (5, 5)  # Anna agreed to be contacted
    with db.session() as session:
        session.add(
            FollowUp(
                customer_id=shop.carl,
                reason="Winter offer",
                due_on=TODAY - timedelta(days=2),
                assigned_to_id=shop.li,
                for_marketing=True,
                created_at=NOW,
            )
        )
    assert overdue() == (5, 5)  # Carl did not
