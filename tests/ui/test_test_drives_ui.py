"""Test-drive calendar, booking dialog, check-out and fleet dialogs, driven with qtbot.

Times are tomorrow (in the showroom's zone) so that the services, which refuse bookings in
the past, accept them whatever the clock says.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.models import TestDrive, Vehicle
from showroom.storage.types import utc_now
from showroom.test_drives.domain import local_instant
from showroom.test_drives.service import BookingDraft, book_test_drive, drive_details
from tests.services.drive_world import World, make_world, valid_vin, wrong_check_digit
from ui.app import build_context, create_application
from ui.context import AppContext
from ui.dialogs.booking import BookingDialog
from ui.dialogs.cancel_drive import CancelDriveDialog
from ui.dialogs.check_out import CheckOutDialog
from ui.dialogs.fleet_car import FleetCarDialog
from ui.main_window import MainWindow
from ui.pages.test_drives.calendar import HEADER_HEIGHT, LABEL_WIDTH
from ui.pages.test_drives.page import TestDrivesPage

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


@pytest.fixture
def context(
    qapp: QApplication, db: Database, config: AppConfig, world: World
) -> Iterator[AppContext]:
    create_application()
    yield build_context(db, config)


def tomorrow() -> date:
    return utc_now().astimezone(LONDON).date() + timedelta(days=1)


def at(hh: int, mm: int = 0) -> datetime:
    return local_instant(tomorrow(), time(hh, mm), LONDON)


def book(context: AppContext, customer: int, vehicle: int, consultant: int, start: datetime) -> int:
    with context.db.session() as s:
        return book_test_drive(
            s, BookingDraft(customer, vehicle, consultant, start), None, context.settings
        )


def open_page(qtbot: QtBot, context: AppContext) -> TestDrivesPage:
    page = TestDrivesPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    page.show_day(tomorrow())
    page.calendar.setFocus()
    return page


def lane_of(page: TestDrivesPage, vehicle_id: int) -> int:
    return next(i for i, lane in enumerate(page.calendar.lanes) if lane.vehicle_id == vehicle_id)


# --- the calendar ------------------------------------------------------------------------------
def test_main_window_shows_the_test_drives_page(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.open_page("test_drives")
    assert isinstance(page, TestDrivesPage)
    assert [lane.title for lane in page.calendar.lanes] == [
        "Tesla Model 3",
        "Volkswagen Golf GTI",
        "Volkswagen Golf Life",
    ]


def test_keyboard_path_books_the_selected_slot(
    qtbot: QtBot, context: AppContext, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, context)
    asked: list[dict[str, Any]] = []
    monkeypatch.setattr(
        BookingDialog, "ask", classmethod(lambda cls, parent, ctx, **kw: asked.append(kw))
    )
    # The cursor starts at the first car, 08:00. Down to the first Golf, Right eight quarter
    # hours to 10:00, Return.
    assert page.calendar.cursor_position() == (world.tesla, at(8))
    qtbot.keyClick(page.calendar, Qt.Key.Key_Down)
    for _ in range(8):
        qtbot.keyClick(page.calendar, Qt.Key.Key_Right)
    assert page.calendar.cursor_position() == (world.golf1, at(10))
    assert "Free: Volkswagen Golf GTI at" in page.selection_label.text()
    qtbot.keyClick(page.calendar, Qt.Key.Key_Return)
    assert asked == [{"vehicle_id": world.golf1, "start": at(10), "minutes": 30}]
    # Home and End jump to the ends of the day; Up stops at the first car.
    qtbot.keyClick(page.calendar, Qt.Key.Key_End)
    assert page.calendar.cursor_position() == (world.golf1, at(19, 45))
    for _ in range(3):
        qtbot.keyClick(page.calendar, Qt.Key.Key_Up)
    qtbot.keyClick(page.calendar, Qt.Key.Key_Home)
    assert page.calendar.cursor_position() == (world.tesla, at(8))


def test_keyboard_selects_a_booking_and_delete_cancels_it(
    qtbot: QtBot, context: AppContext, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    drive_id = book(context, world.anna, world.golf1, world.ben, at(10))
    page = open_page(qtbot, context)
    page.calendar.place_cursor(world.golf1, at(9, 30))
    qtbot.keyClick(page.calendar, Qt.Key.Key_Right)
    qtbot.keyClick(page.calendar, Qt.Key.Key_Right)
    selected = page.selected()
    assert selected is not None and selected.id == drive_id
    assert "Anna Nowak" in page.selection_label.text()
    assert page.check_out_action.isEnabled() and not page.check_in_action.isEnabled()
    # Right steps over the whole booking, not through it.
    qtbot.keyClick(page.calendar, Qt.Key.Key_Right)
    assert page.calendar.cursor_position() == (world.golf1, at(10, 30))
    qtbot.keyClick(page.calendar, Qt.Key.Key_Left)
    assert page.selected() is not None

    descriptions: list[str] = []

    def answer(cls: type, parent: object, description: str) -> str:
        descriptions.append(description)
        return "Customer rang"

    monkeypatch.setattr(CancelDriveDialog, "ask", classmethod(answer))
    qtbot.keyClick(page.calendar, Qt.Key.Key_Delete)
    assert descriptions and descriptions[0].startswith("Anna Nowak with Ben Carter")
    with context.db.reader() as s:
        drive = s.get(TestDrive, drive_id)
        assert drive is not None
        assert (drive.status, drive.cancel_reason) == ("cancelled", "Customer rang")
    assert page.selected() is None
    assert all(e.id != drive_id for e in page.calendar.entries)


def test_drag_moves_a_booking_through_the_conflict_check(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    drive_id = book(context, world.anna, world.golf1, world.ben, at(10))
    page = open_page(qtbot, context)
    page.calendar.scroll_to(at(9))
    calendar = page.calendar
    block = next(b for b in calendar.blocks if b.entry.id == drive_id)
    centre = calendar.view_rect(block.rect).center().toPoint()
    half_hour = int(30 * calendar.px_per_minute)
    viewport = calendar.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(viewport, centre + QPoint(10, 0))
    qtbot.mouseMove(viewport, centre + QPoint(half_hour, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=centre + QPoint(half_hour, 0))
    with context.db.reader() as s:
        moved = drive_details(s, drive_id, actor_id=None)
    assert (moved.start, moved.end) == (at(10, 30), at(11))
    assert "moved" in page.message.text()


def test_drag_on_empty_space_books_that_span(
    qtbot: QtBot, context: AppContext, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, context)
    asked: list[dict[str, Any]] = []
    monkeypatch.setattr(
        BookingDialog, "ask", classmethod(lambda cls, parent, ctx, **kw: asked.append(kw))
    )
    calendar = page.calendar
    calendar.scroll_to(at(8))
    y = HEADER_HEIGHT + lane_of(page, world.tesla) * 54 + 27
    x0 = calendar.x_of(at(9)) - calendar.horizontalScrollBar().value() + LABEL_WIDTH + 3
    x1 = calendar.x_of(at(9, 45)) - calendar.horizontalScrollBar().value() + LABEL_WIDTH + 3
    viewport = calendar.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(int(x0), y))
    qtbot.mouseMove(viewport, QPoint(int(x0) + 20, y))
    qtbot.mouseMove(viewport, QPoint(int(x1), y))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(int(x1), y))
    assert asked == [{"vehicle_id": world.tesla, "start": at(9), "minutes": 60}]


# --- the booking dialog ----------------------------------------------------------------------------
def test_booking_dialog_keyboard_path(qtbot: QtBot, context: AppContext, world: World) -> None:
    dialog = BookingDialog(None, context, vehicle_id=world.tesla, start=at(11))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "weiß")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.results.count() == 1 and "Jürgen Weiß" in dialog.results.item(0).text()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert dialog.booked_id is not None
    with context.db.reader() as s:
        drive = drive_details(s, dialog.booked_id, actor_id=None)
    assert (drive.customer_name, drive.vehicle_id, drive.start, drive.minutes) == (
        "Jürgen Weiß",
        world.tesla,
        at(11),
        30,
    )


def test_booking_dialog_shows_the_conflict_and_books_an_alternative(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    book(context, world.anna, world.golf1, world.ben, at(10))
    dialog = BookingDialog(
        None, context, vehicle_id=world.golf1, start=at(10, 15), customer_id=world.jurgen
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.consultant.setCurrentIndex(dialog.consultant.findData(int(world.li)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.booked_id is None
    assert dialog.conflict_panel.isVisible()
    text = dialog.conflict_text.text()
    assert "The Volkswagen Golf (AB12 CDE) is booked from 10:00 to 10:30" in text
    assert "for Anna Nowak with Ben Carter" in text
    labels = {b.objectName(): b.text() for b in dialog.alternative_buttons}
    assert labels["alternative_slot"].endswith("10:30–11:00 instead")
    assert labels["alternative_vehicle"] == "Take the Volkswagen Golf (AB12 CDF) instead"
    with context.db.reader() as s:
        assert len(s.scalars(select(TestDrive.id)).all()) == 1
    vehicle_button = next(
        b for b in dialog.alternative_buttons if b.objectName() == "alternative_vehicle"
    )
    qtbot.mouseClick(vehicle_button, Qt.MouseButton.LeftButton)
    assert dialog.booked_id is not None
    with context.db.reader() as s:
        drive = drive_details(s, dialog.booked_id, actor_id=None)
    assert (drive.vehicle_id, drive.start, drive.customer_name) == (
        world.golf2,
        at(10, 15),
        "Jürgen Weiß",
    )


def test_booking_dialog_refuses_a_time_outside_the_hours_and_offers_the_nearest_one(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    dialog = BookingDialog(
        None, context, vehicle_id=world.golf1, start=at(4, 37), customer_id=world.jurgen
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.consultant.setCurrentIndex(dialog.consultant.findData(int(world.li)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.booked_id is None
    error = dialog.boxes["start"].error
    assert error.isVisible()
    assert "within the test-drive hours" in error.text() and "08:00 to 20:00" in error.text()
    assert dialog.conflict_panel.isVisible()
    [offer] = dialog.alternative_buttons
    assert offer.objectName() == "alternative_slot"
    assert offer.text().endswith("08:00–08:30 instead")
    with context.db.reader() as s:
        assert s.scalars(select(TestDrive.id)).all() == []
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert dialog.booked_id is not None
    with context.db.reader() as s:
        drive = drive_details(s, dialog.booked_id, actor_id=None)
    assert (drive.vehicle_id, drive.start) == (world.golf1, at(8))


def test_booking_dialog_names_the_field(qtbot: QtBot, context: AppContext, world: World) -> None:
    dialog = BookingDialog(None, context, vehicle_id=world.tesla, start=at(11))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    error = dialog.boxes["customer"].error
    assert error.isVisible()
    assert error.text() == "Pick the customer who drives."
    assert dialog.booked_id is None


# --- check-out -------------------------------------------------------------------------------------
def test_check_out_dialog_checks_the_licence(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    drive_id = book(context, world.jurgen, world.tesla, world.li, at(10))
    dialog = CheckOutDialog(None, context, drive_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.number, "WEISS 123456 J99")
    qtbot.keyClicks(dialog.country, "Germany")
    yesterday = utc_now().astimezone(LONDON).date() - timedelta(days=1)
    dialog.expiry.setDate(yesterday)
    dialog.photo.setChecked(True)
    dialog._on_check_out()
    expiry_error = dialog.boxes["expiry date"].error
    assert expiry_error.isVisible()
    assert expiry_error.text().startswith("The licence expired on")
    with context.db.reader() as s:
        assert drive_details(s, drive_id, actor_id=None).status == "booked"
        assert s.get(Vehicle, world.tesla).status == "available"  # type: ignore[union-attr]

    dialog.expiry.setDate(tomorrow())  # runs out at midnight, after the drive
    dialog.photo.setChecked(False)
    dialog._on_check_out()
    assert dialog.boxes["photo checked"].error.isVisible()
    assert not dialog.boxes["expiry date"].error.isVisible()
    dialog.photo.setChecked(True)
    dialog._on_check_out()
    assert dialog.checked_out
    with context.db.reader() as s:
        drive = drive_details(s, drive_id, actor_id=None)
    assert drive.status == "out"
    assert drive.licence_masked == "•••••6J99"
    again = CheckOutDialog(None, context, drive_id)
    qtbot.addWidget(again)
    assert "•••••6J99 on file" in again.number.placeholderText()
    assert "123456" not in again.number.placeholderText()


# --- fleet -------------------------------------------------------------------------------------------
def test_fleet_dialog_vin_warning_can_be_accepted(qtbot: QtBot, context: AppContext) -> None:
    from dataclasses import replace

    from showroom.storage.models import User

    with context.db.session() as s:  # the fleet is a manager's to change
        desk = s.get(User, context.user_id)
        assert desk is not None
        desk.role = "manager"
    context = replace(context, user_role="manager")
    vin = wrong_check_digit(valid_vin("TMBJR7NX0MY00042"))
    dialog = FleetCarDialog(None, context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.vin, vin)
    dialog.make.setText("Škoda")  # QTest types Latin-1 only
    qtbot.keyClicks(dialog.model, "Enyaq")
    qtbot.keyClicks(dialog.plate, "ka77 otw")
    dialog._on_save()
    assert dialog.saved_id is None
    assert dialog.boxes["VIN"].error.isVisible()
    assert "check digit (9th character)" in dialog.boxes["VIN"].error.text()
    assert dialog.accept_vin.isVisible()
    dialog.accept_vin.setChecked(True)
    dialog._on_save()
    assert dialog.saved_id is not None
    with context.db.reader() as s:
        car = s.get(Vehicle, dialog.saved_id)
        assert car is not None and (car.vin, car.plate, car.role) == (vin, "KA77 OTW", "fleet")


def test_check_out_dialog_prints_the_agreement_with_the_licence_just_checked(
    qtbot: QtBot, context: AppContext, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.pdf_helpers import page_texts
    from ui.widgets.pdf_preview import PdfPreviewDialog

    shown: list[bytes] = []
    monkeypatch.setattr(
        PdfPreviewDialog,
        "show_pdf",
        classmethod(lambda cls, parent, pdf, title, name=None: shown.append(pdf)),
    )
    drive_id = book(context, world.jurgen, world.tesla, world.li, at(10))
    dialog = CheckOutDialog(None, context, drive_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.boxes["licence number"].error.text() == "Must not be empty."
    assert shown == []
    qtbot.keyClicks(dialog.number, "WEISS 123456 J99")
    qtbot.keyClicks(dialog.country, "Germany")
    dialog.expiry.setDate(date(2031, 5, 1))
    dialog.photo.setChecked(True)
    dialog.odometer.setValue(1234)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    text = page_texts(shown[0])[0]
    assert "Driving licence\n•••••6J99" in text
    assert "Odometer out\n1,234 km" in text
    assert "Jürgen Weiß" in text
    assert "•••••6J99 on file" in dialog.number.placeholderText()
    with context.db.reader() as s:
        from showroom.kernel.archive import list_documents

        (document,) = list_documents(s, world.jurgen)  # type: ignore[arg-type]
    assert document.kind == "test-drive-agreement"


def test_admin_edits_the_agreement_terms_in_settings(qtbot: QtBot, context: AppContext) -> None:
    from dataclasses import replace

    from showroom.kernel.settings_store import load_settings
    from showroom.storage.models import User
    from ui.pages.settings.page import SettingsPage

    with context.db.session() as s:
        user = s.get(User, context.user_id)
        assert user is not None
        user.role = "admin"
    page = SettingsPage(replace(context, user_role="admin"))
    qtbot.addWidget(page)
    assert "The driver holds a full driving licence" in page.terms.toPlainText()
    page.edits["test_drive_hours"].setText("18:00-09:00")
    page.terms.setPlainText("Drive carefully.\n\nReturn it to {dealer} on time.")
    page.save_button.click()
    assert page.boxes["test-drive hours"].error.text() == "Must end after they start."
    page.edits["test_drive_hours"].setText("09:00-18:00")
    page.save_button.click()
    with context.db.reader() as s:
        saved = load_settings(s)
    assert saved.test_drive_terms == "Drive carefully.\n\nReturn it to {dealer} on time."
    assert saved.test_drive_hours == "09:00-18:00"


def test_dragging_the_right_edge_lengthens_the_drive(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    drive_id = book(context, world.anna, world.golf1, world.ben, at(10))
    page = open_page(qtbot, context)
    calendar = page.calendar
    calendar.scroll_to(at(9))
    block = next(b for b in calendar.blocks if b.entry.id == drive_id)
    rect = calendar.view_rect(block.rect)
    edge = QPoint(int(rect.right()) - 2, int(rect.center().y()))
    quarter = int(15 * calendar.px_per_minute)
    viewport = calendar.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=edge)
    qtbot.mouseMove(viewport, edge + QPoint(10, 0))
    qtbot.mouseMove(viewport, edge + QPoint(quarter + 2, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=edge + QPoint(quarter + 2, 0))
    with context.db.reader() as s:
        longer = drive_details(s, drive_id, actor_id=None)
    assert (longer.start, longer.end) == (at(10), at(10, 45))


# --- the licence number: masked, shown in full only to roles that may unmask ------------------
def test_a_consultant_sees_the_licence_masked_and_a_manager_may_unmask_it(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    from dataclasses import replace

    from showroom.kernel.audit import audit_trail
    from showroom.storage.models import AuditEntry, User
    from showroom.test_drives.domain import LicenceDraft
    from showroom.test_drives.service import record_licence

    drive_id = book(context, world.anna, world.golf1, world.ben, at(11))
    with context.db.session() as s:
        licence = LicenceDraft("WEISS 123456 J99", "Germany", tomorrow() + timedelta(days=900))
        record_licence(s, None, drive_id, licence, context.settings)
    assert context.user_role == "consultant"
    dialog = CheckOutDialog(None, context, drive_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "•••••6J99 on file" in dialog.number.placeholderText()
    assert not dialog.show_number_button.isVisible()
    assert not dialog.full_number.isVisible()
    shown = " ".join(label.text() for label in dialog.findChildren(type(dialog.full_number)))
    assert "123456" not in shown + dialog.number.placeholderText() + dialog.number.text()

    with context.db.session() as s:
        desk = s.get(User, context.user_id)
        assert desk is not None
        desk.role = "manager"
    manager = replace(context, user_role="manager")
    dialog = CheckOutDialog(None, manager, drive_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.show_number_button.isVisible()
    qtbot.mouseClick(dialog.show_number_button, Qt.MouseButton.LeftButton)
    assert dialog.full_number.isVisible()
    assert dialog.full_number.text().endswith("WEISS123456J99")
    with context.db.reader() as s:
        entries = audit_trail(s, manager.user_id, action="unmask")
        stored = s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "unmask")).all()
    assert [(e.entity, e.entity_id, e.user_name) for e in entries] == [
        ("customer", world.anna, manager.user_name)
    ]
    assert "•6J99" in stored[0] and "123456" not in stored[0]


def test_a_consultant_readies_fleet_cars_but_does_not_add_or_edit_them(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    from PySide6.QtWidgets import QPushButton

    assert context.user_role == "consultant"
    page = open_page(qtbot, context)
    add = page.findChild(QPushButton, "addCar")
    edit = page.findChild(QPushButton, "editCar")
    assert add is not None and edit is not None
    assert not add.isEnabled() and not edit.isEnabled()
    assert "Only a manager or an admin" in add.toolTip()
    assert page.status_button.isEnabled()
