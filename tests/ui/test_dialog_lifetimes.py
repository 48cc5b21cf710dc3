"""Accepting a dialog's main action never deletes an object Qt still holds, and the window
keeps working afterwards (issue 19, "Crash").

The booking dialog's free-slot button used to be freed with a lambda that held the last
reference to the (Python-owned) dialog: the dialog was then deleted from inside the
button's own destruction, Qt printed "shared QObject was deleted directly" and the app
crashed at its next event.
"""

from __future__ import annotations

from datetime import time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.storage.models import Customer, TestDrive
from showroom.storage.types import utc_now
from showroom.test_drives.domain import local_instant
from showroom.test_drives.fleet import fleet_cars
from showroom.test_drives.service import BookingDraft, book_test_drive
from ui.context import AppContext
from ui.dialogs.booking import BookingDialog
from ui.main_window import MainWindow
from ui.pages.test_drives.page import TestDrivesPage


def test_accepting_the_suggested_free_slot_books_and_the_window_lives_on(
    qtbot: QtBot, app_context: AppContext
) -> None:
    context = app_context
    zone = ZoneInfo(context.settings.timezone)
    day = utc_now().astimezone(zone).date() + timedelta(days=1)
    with context.db.reader() as session:
        car = fleet_cars(session, bookable_only=True)[0]
        customer = session.scalars(select(Customer).order_by(Customer.id)).first()
        assert customer is not None
        customer_id, name = int(customer.id), customer.full_name
    with context.db.session() as session:
        start = local_instant(day, time(10, 0), zone)
        draft = BookingDraft(customer_id, int(car.id), int(context.user_id), start)
        book_test_drive(session, draft, None, context.settings)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.open_page("test_drives")
    assert isinstance(page, TestDrivesPage)
    page.show_day(day)
    booked: list[int | None] = []

    def answer() -> None:  # the user, at the modal dialog: search, Return, Return
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookingDialog)
        dialog.search.setText(name)
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        assert dialog.conflict_panel.isVisible()
        slot = dialog.findChild(QPushButton, "alternative_slot")
        assert slot is not None and dialog.focusWidget() is slot
        qtbot.keyClick(slot, Qt.Key.Key_Return)
        booked.append(dialog.booked_id)

    QTimer.singleShot(0, answer)
    page.book_at(int(car.id), local_instant(day, time(10, 15), zone), 30)
    assert booked and booked[0] is not None
    # Keep using the window: the crash came at the next turns of the event loop.
    for key in ("today", "customers", "test_drives"):
        window.open_page(key)
        qtbot.wait(50)
    assert page.calendar.select_drive(booked[0])
    with context.db.reader() as session:
        drive = session.get(TestDrive, booked[0])
        assert drive is not None and drive.vehicle_id == int(car.id)
