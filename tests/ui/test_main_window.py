"""The main window: sidebar areas, lazy pages, keyboard navigation, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.main_window import MainWindow

AREAS = [
    "today", "customers", "test_drives", "deals", "deliveries", "showroom_day", "settings",
    "targets",
]  # fmt: skip


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_sidebar_lists_the_areas_and_pages_are_created_on_first_use(
    qtbot: QtBot, app_context: AppContext
) -> None:
    window = make_window(qtbot, app_context)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [
        "Today",
        "Customers",
        "Test drives",
        "Deals",
        "Deliveries",
        "Showroom day",
        "Settings",
        "Targets",
    ]
    assert window.page("today") is not None
    assert all(window.page(key) is None for key in AREAS[1:])
    window.open_page("settings")
    assert window.page("settings") is window.stack.currentWidget()
    assert window.page("customers") is None


def test_every_area_opens_from_the_keyboard(qtbot: QtBot, app_context: AppContext) -> None:
    window = make_window(qtbot, app_context)
    for number, key in enumerate(AREAS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.page(key), key


def test_status_bar_shows_database_and_user(qtbot: QtBot, app_context: AppContext) -> None:
    window = make_window(qtbot, app_context)
    assert window.database_label.text() == app_context.db.describe()
    assert window.database_label.text().startswith(("SQLite: ", "PostgreSQL: "))
    assert app_context.user_name in window.user_label.text()


def test_customers_page_fetches_more_rows_as_it_scrolls(
    qtbot: QtBot, app_context: AppContext
) -> None:
    window = make_window(qtbot, app_context)
    page = window.open_page("customers")
    view = page.findChild(QTableView, "customersView")
    assert view is not None
    model = view.model()
    assert model.rowCount() == 200  # the first page only
    assert "450 customers" in page.count_label.text()  # type: ignore[attr-defined]
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    while model.canFetchMore(view.rootIndex()):
        model.fetchMore(view.rootIndex())
    assert model.rowCount() == 450
    all_names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert all_names[:200] == names
    assert len(set(all_names)) > 100


def test_window_geometry_is_remembered(qtbot: QtBot, app_context: AppContext) -> None:
    window = make_window(qtbot, app_context)
    window.setGeometry(QRect(40, 50, 1100, 700))
    qtbot.wait(10)
    window.close()
    again = make_window(qtbot, app_context)
    assert again.size().width() == 1100
    assert again.size().height() == 700


def test_theme_choice_is_kept_per_pc(qtbot: QtBot, app_context: AppContext) -> None:
    window = make_window(qtbot, app_context)
    page = window.open_page("settings")
    box = page.theme_box  # type: ignore[attr-defined]
    box.setCurrentIndex(box.findData("dark"))
    assert app_context.ui_settings.value("theme") == "dark"
