"""The Today page: each figure opens what is behind it, from the mouse or the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from showroom.dashboard import service as dash
from showroom.kernel.roles import Role
from showroom.kernel.tasks import create_task, open_tasks
from showroom.storage.models import User
from ui.context import AppContext
from ui.dialogs.dashboard_list import DashboardListDialog, TaskDoneDialog
from ui.main_window import MainWindow
from ui.pages.today.page import TodayPage


def as_role(context: AppContext, role: Role) -> AppContext:
    with context.db.session() as session:
        user = session.get(User, context.user_id)
        assert user is not None
        user.role = role.value
    return replace(context, user_role=role.value)


def figures(context: AppContext) -> dash.Dashboard:
    zone = ZoneInfo(context.settings.timezone)
    with context.db.reader() as session:
        return dash.build_dashboard(
            session, dash.Viewer(context.user_id, context.user_role, datetime.now(zone), zone)
        )


def in_dialog(kind: type[QDialog], act: Callable[[QDialog], None]) -> list[str]:
    done: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(50, run)
            return
        try:
            act(dialog)
            done.append("ok")
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, run)
    return done


def show(qtbot: QtBot, page: TodayPage) -> TodayPage:
    qtbot.addWidget(page)
    page.resize(1600, 950)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_the_managers_figures_match_the_service(qtbot: QtBot, app_context: AppContext) -> None:
    context = as_role(app_context, Role.MANAGER)
    page = show(qtbot, TodayPage(context))
    expected = figures(context)
    assert list(page.cards) == [s.key for s in expected.sections]
    for section in expected.sections:
        for figure in section.figures:
            tile = page.tile(figure.key)
            assert tile is not None, figure.key
            assert tile.value_label.text().startswith(f"{figure.value:,}")
    chart = page.cards["walk_ins"].charts["walk_ins.per_hour"]
    per_hour = expected.section("walk_ins").charts[0]  # type: ignore[union-attr]
    assert chart.series[0].values == tuple(float(v) for v in per_hour.series[0].values)
    assert "walk-ins" in chart.accessibleDescription()


def test_overdue_follow_ups_open_their_list_from_the_keyboard(
    qtbot: QtBot, app_context: AppContext
) -> None:
    context = as_role(app_context, Role.MANAGER)
    page = show(qtbot, TodayPage(context))
    overdue = figures(context).figure("follow_ups.overdue")
    assert overdue is not None and overdue.value > 0
    tile = page.tile("follow_ups.overdue")
    assert tile is not None
    seen: dict[str, object] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, DashboardListDialog)
        seen["rows"] = dialog.model.rowCount()
        seen["title"] = dialog.heading.text()
        seen["count"] = dialog.count_label.text()

    done = in_dialog(DashboardListDialog, look)
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert done == ["ok"]
    assert seen == {
        "rows": min(overdue.value, 500),
        "title": "Overdue follow-ups",
        "count": f"{overdue.value:,} in all",
    }


def test_a_consultant_row_opens_their_overdue_follow_ups(
    qtbot: QtBot, app_context: AppContext
) -> None:
    context = as_role(app_context, Role.MANAGER)
    page = show(qtbot, TodayPage(context))
    bars = page.cards["follow_ups"].breakdowns["follow_ups.overdue_per_consultant"]
    section = figures(context).section("follow_ups")
    assert section is not None
    first = section.breakdowns[0].rows[0]
    seen: list[tuple[str, int]] = []

    done = in_dialog(
        DashboardListDialog,
        lambda d: seen.append((d.heading.text(), d.model.rowCount())),  # type: ignore[attr-defined]
    )
    bars.setFocus()
    qtbot.keyClick(bars, Qt.Key.Key_Return)
    assert done == ["ok"]
    assert seen == [(f"Overdue follow-ups {first.label}", first.value)]


def test_the_walk_ins_figure_switches_to_the_customers_walk_ins_tab(
    qtbot: QtBot, app_context: AppContext
) -> None:
    context = as_role(app_context, Role.MANAGER)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.page("today")
    assert isinstance(page, TodayPage)
    tile = page.tile("walk_ins.today")
    assert tile is not None
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    customers = window.page("customers")
    assert customers is not None and window.stack.currentWidget() is customers
    tabs = customers.tabs  # type: ignore[attr-defined]
    assert tabs.currentWidget().findChild(QTableWidget, "walkIns") is not None
    walk_ins = figures(context).figure("walk_ins.today")
    assert walk_ins is not None
    assert customers.walk_ins.rowCount() == walk_ins.value  # type: ignore[attr-defined]


def test_the_checklist_figure_opens_the_showroom_day(qtbot: QtBot, app_context: AppContext) -> None:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    page = window.page("today")
    assert isinstance(page, TodayPage)
    tile = page.tile("checklist.progress")
    assert tile is not None
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.page("showroom_day")


def test_a_consultant_closes_a_task_from_today(qtbot: QtBot, app_context: AppContext) -> None:
    context = as_role(app_context, Role.CONSULTANT)
    today = datetime.now(ZoneInfo(context.settings.timezone)).date()
    with context.db.session() as session:
        create_task(
            session,
            title="Fix: Brochure stand refilled",
            note="Empty at 10:00",
            owner_id=context.user_id,
            due_on=today,
            actor_id=None,
        )
    page = show(qtbot, TodayPage(context))
    tile = page.tile("tasks.mine")
    assert tile is not None and tile.value_label.text().startswith("1")
    assert page.tile("follow_ups.overdue") is None  # the manager's figure

    def close_it(dialog: QDialog) -> None:
        assert isinstance(dialog, DashboardListDialog)
        assert dialog.model.rowCount() == 1
        in_dialog(
            TaskDoneDialog,
            lambda d: (
                qtbot.keyClicks(d.result_edit, "Refilled"),  # type: ignore[attr-defined]
                qtbot.keyClick(d.result_edit, Qt.Key.Key_Return),
            ),
        )
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
        assert dialog.model.rowCount() == 0

    done = in_dialog(DashboardListDialog, close_it)
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert done == ["ok"]
    with context.db.reader() as session:
        assert open_tasks(session, today, owner_id=context.user_id) == []
    assert page.tile("tasks.mine").value_label.text().startswith("0")  # type: ignore[union-attr]


def test_the_test_drive_and_deal_figures_open_their_lists(
    qtbot: QtBot, app_context: AppContext
) -> None:
    context = as_role(app_context, Role.MANAGER)
    page = show(qtbot, TodayPage(context))
    expected = figures(context)
    for key in ("test_drives.booked", "test_drives.overdue", "deals.blocked"):
        figure = expected.figure(key)
        tile = page.tile(key)
        assert figure is not None and tile is not None, key
        assert tile.value_label.text().startswith(f"{figure.value:,}")
        seen: list[tuple[str, int]] = []
        done = in_dialog(
            DashboardListDialog,
            lambda d, seen=seen: seen.append((d.heading.text(), d.model.rowCount())),  # type: ignore[attr-defined,misc]
        )
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda done=done: done == ["ok"])
        assert seen[0][1] == min(figure.value, 500), key


def test_a_consultant_sees_their_appointments_first(
    qtbot: QtBot, consultant_context: AppContext
) -> None:
    context = consultant_context
    page = show(qtbot, TodayPage(context))
    assert next(iter(page.cards)) == "appointments"
    assert page.tile("test_drives.booked") is None
    tile = page.tile("appointments.mine")
    mine = figures(context).figure("appointments.mine")
    assert tile is not None and mine is not None
    seen: list[int] = []
    done = in_dialog(
        DashboardListDialog,
        lambda d: seen.append(d.model.rowCount()),  # type: ignore[attr-defined]
    )
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: done == ["ok"])
    assert seen == [mine.value]


def test_the_cards_wrap_to_the_width_of_the_page(qtbot: QtBot, app_context: AppContext) -> None:
    context = as_role(app_context, Role.MANAGER)
    page = show(qtbot, TodayPage(context))
    for width in (1200, 1900):
        page.resize(width, 900)
        qtbot.waitUntil(lambda width=width: page.width() == width)
        QApplication.processEvents()
        viewport = page.scroll.viewport().width()
        assert page.body.width() <= viewport
        for card in page.cards.values():
            assert card.mapTo(page.body, card.rect().topRight()).x() <= viewport, card.section.key
    wide = len(page._arrangement)
    page.resize(1200, 900)
    qtbot.waitUntil(lambda: page.width() == 1200)
    assert len(page._arrangement) > wide  # fewer cards side by side on a narrow page
    assert sorted(k for row in page._arrangement for k in row) == sorted(page.cards)
