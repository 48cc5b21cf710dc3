"""The Showroom day page driven like a manager at the keyboard: tick, count, fail, sign off,
a conflict with another PC, and the template editor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showroom.showroom_day import service as service
from showroom.showroom_day.domain import CheckKind, DayState, ItemState
from showroom.storage.models import ShowroomDayItem, Task, User
from ui.context import AppContext
from ui.dialogs.conflict import ConflictDialog, Row
from ui.dialogs.showroom_day import CountDialog, FailCheckDialog, SignOffDialog
from ui.pages.showroom_day.page import ShowroomDayPage


def today(context: AppContext) -> service.DayView:
    day = datetime.now(ZoneInfo(context.settings.timezone)).date()
    with context.db.reader() as session:
        view = service.load_day(session, day, context.settings)
    assert view is not None, "the demo starts today's checklist"
    return view


def line(context: AppContext, item_id: int) -> ShowroomDayItem:
    with context.db.reader() as session:
        found = session.get(ShowroomDayItem, item_id)
        assert found is not None
        return found


def as_role(context: AppContext, role: str) -> AppContext:
    with context.db.session() as session:
        user = session.get(User, context.user_id)
        assert user is not None
        user.role = role
    return replace(context, user_role=role)


def open_page(qtbot: QtBot, context: AppContext) -> ShowroomDayPage:
    page = ShowroomDayPage(context)
    qtbot.addWidget(page)
    page.resize(1500, 900)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def in_dialog(qtbot: QtBot, kind: type[QDialog], act: Callable[[QDialog], None]) -> list[str]:
    """Run ``act`` on the modal dialog of ``kind`` once it opens; closes it if ``act`` fails.
    Returns a list that holds "ok" once ``act`` ran through."""
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
            if dialog.isVisible() and not done:
                dialog.reject()

    QTimer.singleShot(50, run)
    return done


def select_line(qtbot: QtBot, page: ShowroomDayPage, item_id: int) -> None:
    """Walk to the line with the arrow keys, as a person would."""
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, 0))
    for _ in range(200):
        selected = page.selected()
        if selected is not None and selected.id == item_id:
            return
        qtbot.keyClick(view, Qt.Key.Key_Down)
    raise AssertionError(f"line {item_id} not reached with the arrow keys")


def test_tick_from_the_keyboard_moves_to_the_next_open_line(
    qtbot: QtBot, app_context: AppContext
) -> None:
    view = today(app_context)
    open_lines = [i for i in view.items if i.state == ItemState.OPEN and i.count_target is None]
    first = open_lines[0]
    page = open_page(qtbot, app_context)
    select_line(qtbot, page, first.id)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    ticked = line(app_context, first.id)
    assert (ticked.state, ticked.done_by_id) == ("done", app_context.user_id)
    selected = page.selected()
    assert selected is not None and selected.state == ItemState.OPEN
    assert selected.id == next(
        i.id for i in view.items if i.state == ItemState.OPEN and i.position > first.position
    )
    # Backspace undoes a tick.
    select_line(qtbot, page, first.id)
    qtbot.keyClick(page.view, Qt.Key.Key_Backspace)
    assert line(app_context, first.id).state == "open"
    assert page.summary.text().startswith(f"{view.done} of {view.total} done")


def test_a_counted_line_asks_for_the_count(qtbot: QtBot, app_context: AppContext) -> None:
    view = today(app_context)
    with app_context.db.session() as session:  # make sure a counted line is open
        counted = next(i for i in view.items if i.count_target is not None)
        if counted.state != ItemState.OPEN:
            service.reopen_item(
                session, counted.id, counted.version, app_context.user_id, app_context.settings
            )
    page = open_page(qtbot, app_context)
    select_line(qtbot, page, counted.id)

    def type_count(dialog: QDialog) -> None:
        assert isinstance(dialog, CountDialog)
        assert dialog.count.value() == counted.count_target
        dialog.count.selectAll()
        qtbot.keyClicks(dialog.count, "7")
        qtbot.keyClick(dialog.count, Qt.Key.Key_Return)

    done = in_dialog(qtbot, CountDialog, type_count)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert done == ["ok"]
    saved = line(app_context, counted.id)
    assert (saved.state, saved.counted) == ("done", 7)


def test_failing_a_line_needs_a_note_and_gives_a_task(
    qtbot: QtBot, app_context: AppContext
) -> None:
    view = today(app_context)
    target = next(i for i in view.items if i.state == ItemState.OPEN)
    with app_context.db.reader() as session:
        tasks_before = session.scalar(select(func.count(Task.id)))
    page = open_page(qtbot, app_context)
    select_line(qtbot, page, target.id)
    errors: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FailCheckDialog)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        errors.append(dialog.boxes["note"].error.text())
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.note, "Brochure stand empty")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    done = in_dialog(qtbot, FailCheckDialog, fill)
    qtbot.keyClick(page.view, Qt.Key.Key_F)
    assert done == ["ok"]
    assert errors == ["Must say what is wrong, so the owner can fix it."]
    failed = line(app_context, target.id)
    assert (failed.state, failed.note) == ("failed", "Brochure stand empty")
    with app_context.db.reader() as session:
        assert session.scalar(select(func.count(Task.id))) == tasks_before + 1
        task = session.scalars(select(Task).order_by(Task.id.desc())).first()
    assert task is not None and task.owner_id == app_context.user_id
    assert "to fix:" in page.model.data(page.model.index_of(target.id, 6))


def test_a_consultant_cannot_sign_off(qtbot: QtBot, app_context: AppContext) -> None:
    context = as_role(app_context, "consultant")
    page = open_page(qtbot, context)
    assert not page.sign_off_action.isEnabled()
    assert "Only a manager or an admin" in page.sign_off_action.toolTip()
    assert not page.template_action.isEnabled()


def test_the_manager_signs_off_and_the_day_is_read_only(
    qtbot: QtBot, app_context: AppContext
) -> None:
    context = as_role(app_context, "manager")
    view = today(context)
    with context.db.session() as session:
        for item in view.items:
            if item.state == ItemState.OPEN:
                service.tick_item(session, item.id, item.version, context.user_id, context.settings)
    page = open_page(qtbot, context)
    assert page.sign_off_action.isEnabled()

    def sign(dialog: QDialog) -> None:
        assert isinstance(dialog, SignOffDialog)
        qtbot.keyClicks(dialog.note, "All good")
        dialog.ok_button.click()

    done = in_dialog(qtbot, SignOffDialog, sign)
    qtbot.keyClick(
        page.view,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert done == ["ok"]
    signed = today(context)
    assert signed.state == DayState.SIGNED_OFF and signed.sign_off_note == "All good"
    assert "Signed off by" in page.state_label.text()
    for action in (page.tick_action, page.fail_action, page.undo_action, page.sign_off_action):
        assert not action.isEnabled()
    before = [(i.state, i.version) for i in signed.items]
    qtbot.keyClick(page.view, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert [(i.state, i.version) for i in today(context).items] == before


def test_stale_tick_shows_who_ticked_it(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = today(app_context)
    target = next(i for i in view.items if i.state == ItemState.OPEN and i.count_target is None)
    page = open_page(qtbot, app_context)
    select_line(qtbot, page, target.id)
    with app_context.db.session() as session:
        other = session.scalar(select(User).where(User.id != app_context.user_id))
        assert other is not None
        name = other.display_name
        service.tick_item(session, target.id, target.version, other.id, app_context.settings)
    shown: list[tuple[str, list[Row]]] = []
    monkeypatch.setattr(
        ConflictDialog, "ask", staticmethod(lambda _p, message, rows: shown.append((message, rows)))
    )
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert len(shown) == 1 and shown[0][0].startswith(f"{name} ticked this check at ")
    rows = {row[0]: row[1:] for row in shown[0][1]}
    assert rows["State"] == ("open", "ticked", "ticked")
    assert rows["By"] == ("", name, app_context.user_name)
    assert line(app_context, target.id).done_by_id == other.id
    selected = page.selected()
    assert selected is not None and selected.id == target.id and selected.state == ItemState.DONE


def test_stale_tick_of_a_line_reopened_elsewhere_can_be_applied_again(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another PC ticked and then reopened the line: the user's tick is refused at first,
    and "apply mine" ticks it at the version now stored."""
    view = today(app_context)
    target = next(i for i in view.items if i.state == ItemState.OPEN and i.count_target is None)
    page = open_page(qtbot, app_context)
    select_line(qtbot, page, target.id)
    with app_context.db.session() as session:
        other = session.scalar(select(User).where(User.id != app_context.user_id))
        assert other is not None
        ticked = service.tick_item(
            session, target.id, target.version, other.id, app_context.settings
        )
        service.reopen_item(session, target.id, ticked.version, other.id, app_context.settings)
    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(lambda _p, _m, _rows: "mine"))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    stored = line(app_context, target.id)
    assert stored.state == ItemState.DONE and stored.done_by_id == app_context.user_id


def test_the_template_editor_shows_rules_beside_fields(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from ui.dialogs.checklist_template import CheckDialog

    context = as_role(app_context, "manager")
    with context.db.reader() as session:
        section = service.load_template(session)[1]
    dialog = CheckDialog(None, context, section.id, None)
    qtbot.addWidget(dialog)
    dialog.text_edit.setText("Balloons at the door")
    dialog.time_edit.setText("25:61")
    dialog._on_save()
    assert (
        dialog.boxes["due time"].error.text() == "Must be a time of day such as 09:30, not '25:61'."
    )
    assert dialog.saved_id is None
    dialog.time_edit.setText("10:15")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(CheckKind.EACH_DISPLAY_CAR.value))
    dialog._on_save()
    assert dialog.saved_id is not None
    with context.db.reader() as session:
        saved = service.load_template(session)[1].checks[-1]
    assert (
        saved.text,
        saved.kind,
        saved.due_time.strftime("%H:%M") if saved.due_time else None,
    ) == (
        "Balloons at the door",
        CheckKind.EACH_DISPLAY_CAR,
        "10:15",
    )
