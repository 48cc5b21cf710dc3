"""Lists and calendars follow another PC's changes by themselves, keeping the user's place.

The main window polls a ChangeWatcher (SQLite data_version, PostgreSQL LISTEN/NOTIFY) and
emits "external"; here a second Database on the same file or PostgreSQL database plays the
other PC. Each test waits at most two seconds for the change to show.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.test_drives.service import BookingDraft, book_test_drive
from tests.services.drive_world import World, make_world
from tests.ui.test_test_drives_ui import at, book, lane_of
from ui.app import build_context, create_application
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.pages.test_drives.page import TestDrivesPage

WITHIN_MS = 2000


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


@pytest.fixture
def context(
    qapp: QApplication, db: Database, config: AppConfig, world: World
) -> Iterator[AppContext]:
    create_application()
    yield build_context(db, config)


@pytest.fixture
def other_pc(config: AppConfig) -> Iterator[Database]:
    second = open_database(config)
    yield second
    second.dispose()


def test_calendar_shows_another_pcs_booking_and_keeps_the_selection(
    qtbot: QtBot, context: AppContext, world: World, other_pc: Database
) -> None:
    mine = book(context, world.anna, world.golf1, world.ben, at(10))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    page = window.open_page("test_drives")
    assert isinstance(page, TestDrivesPage)
    page.show_day(at(10).date())
    assert page.calendar.select_drive(mine)
    scroll = page.calendar.horizontalScrollBar().value(), page.calendar.verticalScrollBar().value()
    shown_before = {entry.id for entry in page.calendar.entries}
    with other_pc.session() as session:
        theirs = book_test_drive(
            session,
            BookingDraft(world.jurgen, world.tesla, world.li, at(14), 30, "B road"),
            None,
            context.settings,
        )
    assert theirs not in shown_before
    qtbot.waitUntil(
        lambda: theirs in {entry.id for entry in page.calendar.entries}, timeout=WITHIN_MS
    )
    selected = page.selected()
    assert selected is not None and selected.id == mine  # the user's selection is kept
    assert page.calendar.cursor_position() == (world.golf1, at(10))
    assert (
        page.calendar.horizontalScrollBar().value(),
        page.calendar.verticalScrollBar().value(),
    ) == scroll
    assert lane_of(page, world.tesla) >= 0


def test_a_hidden_calendar_catches_up_when_shown(
    qtbot: QtBot, context: AppContext, world: World, other_pc: Database
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.open_page("test_drives")
    assert isinstance(page, TestDrivesPage)
    page.show_day(at(10).date())
    window.open_page("customers")  # another area in front
    with other_pc.session() as session:
        theirs = book_test_drive(
            session,
            BookingDraft(world.wang, world.golf2, world.ben, at(11) + timedelta(minutes=30)),
            None,
            context.settings,
        )
    qtbot.wait(WITHIN_MS)  # the watcher fires while the calendar is hidden
    window.open_page("test_drives")
    qtbot.waitUntil(
        lambda: theirs in {entry.id for entry in page.calendar.entries}, timeout=WITHIN_MS
    )


def test_booking_edited_on_two_pcs_shows_theirs_and_applies_mine(
    qtbot: QtBot,
    context: AppContext,
    world: World,
    other_pc: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The other PC moves the drive; this PC, still showing the old time, changes the
    route: the conflict dialog shows both, and "apply mine" keeps their time with my
    route."""
    from showroom.test_drives.service import drive_details, reschedule_test_drive
    from ui.dialogs.booking import BookingDialog
    from ui.dialogs.conflict import ConflictDialog, Row

    drive_id = book(context, world.anna, world.golf1, world.ben, at(10))
    dialog = BookingDialog(None, context, drive_id=drive_id)
    qtbot.addWidget(dialog)
    with other_pc.reader() as session:
        version = drive_details(session, drive_id, actor_id=None).version
    with other_pc.session() as session:
        reschedule_test_drive(session, None, drive_id, version, context.settings, start=at(15))
    seen: list[list[Row]] = []

    def answer(_parent: object, _message: str, rows: list[Row]) -> str:
        seen.append(rows)
        return "mine"

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(answer))
    dialog.route.setText("Motorway and back")
    dialog._on_book()
    rows = {row[0]: row[1:] for row in seen[0]}
    assert set(rows) == {"Starts", "Route"}
    assert rows["Route"][1:] == ("", "Motorway and back")
    with context.db.reader() as session:
        saved = drive_details(session, drive_id, actor_id=None)
    assert (saved.start, saved.route_note) == (at(15), "Motorway and back")


def test_deals_board_shows_another_pcs_deal_and_keeps_the_selection(
    qtbot: QtBot, app_context: AppContext, config: AppConfig
) -> None:
    from PySide6.QtCore import Qt

    from showroom.deals.plans import get_plan
    from showroom.deals.service import accept_plan
    from tests.services import deal_helpers as dh
    from ui.pages.deals.page import DealsPage

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    page = window.open_page("deals")
    assert isinstance(page, DealsPage)
    view, model = page.board_view, page.board_model
    assert model.rowCount() > 1
    view.selectRow(model.rowCount() - 1)
    chosen = view.currentIndex().data(Qt.ItemDataRole.UserRole)
    before = {row.deal_id for row in model.rows()}
    other_pc = open_database(config)
    try:
        customer = dh.make_customer(other_pc, "Ingrid Solberg")
        plan = dh.make_plan(other_pc, customer, None)
        with other_pc.session() as session:
            deal = accept_plan(session, plan, get_plan(session, plan).version, None, dh.SETTINGS)
    finally:
        other_pc.dispose()
    assert deal not in before
    qtbot.waitUntil(lambda: deal in {row.deal_id for row in model.rows()}, timeout=WITHIN_MS)
    assert view.currentIndex().data(Qt.ItemDataRole.UserRole) == chosen


def test_showroom_day_shows_another_pcs_tick_and_keeps_the_selection(
    qtbot: QtBot, app_context: AppContext, config: AppConfig
) -> None:
    from showroom.showroom_day import service as service
    from showroom.showroom_day.domain import ItemState
    from showroom.storage.models import User
    from tests.ui.test_showroom_day_ui import select_line, today
    from ui.pages.showroom_day.page import ShowroomDayPage

    view = today(app_context)
    open_lines = [i for i in view.items if i.state == ItemState.OPEN and i.count_target is None]
    mine, theirs = open_lines[0], open_lines[-1]
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    page = window.open_page("showroom_day")
    assert isinstance(page, ShowroomDayPage)
    select_line(qtbot, page, mine.id)
    other_pc = open_database(config)
    try:
        with other_pc.session() as session:
            other = session.query(User).filter(User.id != app_context.user_id).first()
            assert other is not None
            service.tick_item(session, theirs.id, theirs.version, other.id, app_context.settings)
    finally:
        other_pc.dispose()

    def ticked() -> bool:
        line = (
            next((i for i in page.current.items if i.id == theirs.id), None)
            if page.current
            else None
        )
        return line is not None and line.state == ItemState.DONE

    qtbot.waitUntil(ticked, timeout=WITHIN_MS)
    selected = page.selected()
    assert selected is not None and selected.id == mine.id


def test_deliveries_page_shows_another_pcs_delivery_and_keeps_the_selection(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from datetime import datetime, time
    from zoneinfo import ZoneInfo

    from showroom.deliveries.service import DeliveryDraft, deals_to_deliver, plan_delivery
    from showroom.test_drives.domain import local_instant
    from ui.pages.deliveries.page import DeliveriesPage

    zone = ZoneInfo(app_context.settings.timezone)
    day = datetime.now(zone).date() + timedelta(days=45)
    with app_context.db.reader() as session:
        first, second = deals_to_deliver(session)[:2]

    def plan(db: Database, deal: int, hour: int) -> int:
        draft = DeliveryDraft(
            deal, local_instant(day, time(hour), zone), "Bay 1", app_context.user_id
        )
        with db.session() as session:
            return plan_delivery(session, draft, None, app_context.settings)

    plan(app_context.db, first.deal_id, 10)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    page = window.open_page("deliveries")
    assert isinstance(page, DeliveriesPage)
    page.show_day(day)
    assert page.list_model.rowCount() == 1
    page.list.setCurrentIndex(page.list_model.index(0, 0))
    scrolled = page.calendar.horizontalScrollBar().value()

    other_pc = open_database(app_context.db.config)
    try:
        plan(other_pc, second.deal_id, 15)  # another PC plans a second delivery that day
    finally:
        other_pc.dispose()
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 2, timeout=WITHIN_MS + 1000)
    assert page.list.currentIndex().row() == 0  # the user's selection is kept
    assert page.calendar.horizontalScrollBar().value() == scrolled  # and their place
