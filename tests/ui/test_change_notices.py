"""One save, one reload: a page refreshes once for a change made on this PC (not again when
the change watcher sees the same commit a second later), and a hidden page not at all until
it is shown. Counted on the real window with its real watcher."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from showroom.kernel.changes import Change
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from tests.services.drive_world import World, make_world
from tests.ui.test_test_drives_ui import at, book
from ui.app import build_context, create_application
from ui.context import AppContext
from ui.main_window import MainWindow

# Long enough for two polls of the watcher (MainWindow.WATCH_INTERVAL_MS).
WATCHER_SETTLES_MS = 2 * MainWindow.WATCH_INTERVAL_MS + 500


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


@pytest.fixture
def context(
    qapp: QApplication, db: Database, config: AppConfig, world: World
) -> Iterator[AppContext]:
    create_application()
    yield build_context(db, config)


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    return window


def _count_reloads(page: QWidget, name: str = "reload") -> list[int]:
    """Wrap the page's reload method; the list grows by one per reload."""
    calls: list[int] = []
    original = getattr(page, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)

    setattr(page, name, counted)
    return calls


def test_one_save_reloads_the_visible_calendar_once(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    window = _window(qtbot, context)
    page = window.open_page("test_drives")
    page.show_day(at(10).date())  # type: ignore[attr-defined]
    qtbot.wait(WATCHER_SETTLES_MS)  # the window's own start-up writes are seen and done
    reloads = _count_reloads(page)
    drive = book(context, world.anna, world.golf1, world.ben, at(10))
    context.events.publish(Change("test_drives", frozenset({drive}), "booked"))
    qtbot.wait(WATCHER_SETTLES_MS)
    assert len(reloads) == 1
    assert drive in {entry.id for entry in page.calendar.entries}  # type: ignore[attr-defined]


def test_a_hidden_page_reloads_when_shown_and_only_then(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    window = _window(qtbot, context)
    page = window.open_page("test_drives")
    page.show_day(at(10).date())  # type: ignore[attr-defined]
    window.open_page("customers")
    qtbot.wait(WATCHER_SETTLES_MS)
    reloads = _count_reloads(page)
    drive = book(context, world.anna, world.golf1, world.ben, at(10))
    context.events.publish(Change("test_drives", frozenset({drive}), "booked"))
    qtbot.wait(WATCHER_SETTLES_MS)
    assert reloads == []  # hidden: marked stale, not reloaded
    window.open_page("test_drives")
    assert len(reloads) == 1
    assert drive in {entry.id for entry in page.calendar.entries}  # type: ignore[attr-defined]
    qtbot.wait(WATCHER_SETTLES_MS)
    assert len(reloads) == 1


@pytest.mark.parametrize("key", ["customers", "deals", "deliveries"])
def test_a_change_of_another_kind_leaves_a_page_alone(
    qtbot: QtBot, context: AppContext, world: World, key: str
) -> None:
    window = _window(qtbot, context)
    page = window.open_page(key)
    qtbot.wait(WATCHER_SETTLES_MS)
    name = "refresh" if key == "deals" else "reload"
    reloads = _count_reloads(page, name)
    context.events.publish(Change("boutique"))
    qtbot.wait(WATCHER_SETTLES_MS)
    assert reloads == []
