"""Dates and times from the keyboard: the one date field and the one time field, in the
dialogs that use them (booking, check-out), driven with qtbot."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from tests.services.drive_world import World
from tests.ui.test_test_drives_ui import LONDON, at, book, context, tomorrow, world
from ui.context import AppContext
from ui.dialogs.booking import BookingDialog
from ui.dialogs.check_out import CheckOutDialog
from ui.widgets.dates import DateField, TimeField

__all__ = ["context", "world"]  # the fixtures of the test-drive screens


def _retype(qtbot: QtBot, widget: object, text: str) -> None:
    """Select what the field shows and type over it, then leave with Tab."""
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1100", QTime(11, 0)), ("11:00", QTime(11, 0)), ("11", QTime(11, 0)),
     ("9.30", QTime(9, 30)), ("930", QTime(9, 30))],
)  # fmt: skip
def test_the_booking_time_reads_what_was_typed(
    qtbot: QtBot, context: AppContext, world: World, typed: str, expected: QTime
) -> None:
    dialog = BookingDialog(None, context, vehicle_id=world.tesla, start=at(14))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.start_time.setFocus()
    _retype(qtbot, dialog.start_time, typed)
    assert dialog.start_time.time() == expected
    assert dialog.start_time.text() == expected.toString("HH:mm")
    local = dialog.start_instant().astimezone(LONDON)
    assert (local.date(), local.time()) == (tomorrow(), time(expected.hour(), expected.minute()))


def test_the_booking_date_takes_shortcuts_and_iso(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    dialog = BookingDialog(None, context, vehicle_id=world.tesla, start=at(14))
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.date.edit
    field.setFocus()
    _retype(qtbot, field, "+3")
    assert dialog.date.value() == date.today() + timedelta(days=3)
    field.setFocus()
    _retype(qtbot, field, "t")
    assert dialog.date.value() == date.today()
    field.setFocus()
    _retype(qtbot, field, "2031-05-01")
    assert dialog.date.value() == date(2031, 5, 1)


def test_the_licence_expiry_is_filled_from_the_keyboard(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    drive_id = book(context, world.jurgen, world.tesla, world.li, at(10))
    dialog = CheckOutDialog(None, context, drive_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.expiry.value() is None  # not entered yet
    dialog.expiry.setFocus()
    qtbot.keyClicks(dialog.expiry.edit, "31/05/2031")
    qtbot.keyClick(dialog.expiry.edit, Qt.Key.Key_Tab)
    assert dialog.expiry.value() == date(2031, 5, 31)
    assert dialog.expiry.text() == "31/05/2031"
    assert dialog.licence_draft().expires_on == date(2031, 5, 31)


def test_a_calendar_opens_on_today_when_the_field_is_empty(qtbot: QtBot) -> None:
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.show()
    calendar = field.open_calendar()
    assert calendar.selectedDate() == QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (
        QDate.currentDate().year(),
        QDate.currentDate().month(),
    )
    days = calendar.findChild(QAbstractItemView)  # the grid of days takes the keys
    qtbot.keyClick(days, Qt.Key.Key_Right)  # tomorrow
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert field.value() == date.today() + timedelta(days=1)


def test_text_that_is_not_a_time_is_marked_and_the_last_time_kept(qtbot: QtBot) -> None:
    field = TimeField(QTime(10, 15))
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    _retype(qtbot, field, "25:99")
    assert field.time() == QTime(10, 15)
    assert "930" in field.toolTip()
