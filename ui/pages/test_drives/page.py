"""The Test drives page: the day and week calendar of the fleet, and the fleet list.

Every action on a booking is enabled from the domain's predicates (can_check_out()…), never
from a rule repeated here. The calendar is reloaded when test drives or the fleet change,
and the now-line moves every minute.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ShowroomError, ValidationError
from showroom.kernel.clock import parse_week_hours, widest_hours
from showroom.kernel.permissions import Action, allowed
from showroom.kernel.work import run_in_transaction, utc_now
from showroom.test_drives import domain as rules
from showroom.test_drives.domain import DriveStatus
from showroom.test_drives.fleet import fleet_cars, set_fleet_status
from showroom.test_drives.ics import calendar_file_name, test_drive_ics
from showroom.test_drives.service import (
    BookingConflict,
    CalendarEntry,
    calendar_entries,
    cancel_test_drive,
    drive_details,
    mark_no_show,
    reschedule_test_drive,
)
from showroom.vehicles.domain import MANUAL_FLEET_STATUSES
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import date_format
from ui.i18n.messages import error_text
from ui.models.fleet import Column, FleetModel, fleet_status_label
from ui.pages.test_drives.calendar import (
    COLOURS,
    OVERDUE,
    DriveCalendar,
    Lane,
    status_label,
)
from ui.widgets.dates import day_text
from ui.widgets.refresh import RefreshWhenVisible

REFRESH_MS = 60_000


def tr(text: str) -> str:
    return QCoreApplication.translate("TestDrivesPage", text)


def day_windows(
    days: list[date],
    hours: tuple[time, time],
    zone: ZoneInfo,
    entries: list[CalendarEntry],
) -> list[tuple[date, datetime, datetime]]:
    """Each day's shown span as instants: the booking hours, widened to whole hours to take
    in any booking outside them (the same hours every day, so the columns line up)."""
    first, last = hours
    open_minutes = first.hour * 60 + first.minute
    close_minutes = 24 * 60 if last == time.max else last.hour * 60 + last.minute
    for entry in entries:
        start, end = entry.start.astimezone(zone), entry.end.astimezone(zone)
        if start.date() in days:
            open_minutes = min(open_minutes, start.hour * 60)
            if end.date() == start.date():
                close_minutes = max(close_minutes, end.hour * 60 + (60 if end.minute else 0))
            else:
                close_minutes = 24 * 60

    def wall(day: date, minutes: int) -> datetime:
        if minutes >= 24 * 60:
            return datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)
        at = time(minutes // 60, minutes % 60)
        try:
            return rules.local_instant(day, at, zone)
        except ValidationError:  # a time the clocks skip: the instant they jump to
            return datetime.combine(day, at, tzinfo=zone).astimezone(UTC).astimezone(zone)

    return [
        (day, wall(day, open_minutes).astimezone(UTC), wall(day, close_minutes).astimezone(UTC))
        for day in days
    ]


def _action_button(action: QAction) -> QPushButton:
    """A push button that runs ``action`` and follows its enabled state (a tool button would
    look the same enabled or not in the theme)."""
    button = QPushButton(action.text().replace("&", "").rstrip("…"))
    button.setObjectName(f"{action.objectName()}Button")
    button.setToolTip(action.toolTip())
    button.setEnabled(action.isEnabled())
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard works through the shortcuts
    button.clicked.connect(action.trigger)
    action.enabledChanged.connect(button.setEnabled)
    return button


def _swatch(colour: str, text: str) -> QLabel:
    label = QLabel(f'<span style="color:{colour}; font-size:16px;">■</span> {text}')
    return label


class TestDrivesPage(QWidget):
    """Day or week calendar of the fleet, the actions on a booking, and the fleet list."""

    __test__ = False  # not a pytest class

    def __init__(self, context: AppContext, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__()
        self.context = context
        self.clock = clock or utc_now
        self.zone = ZoneInfo(context.settings.timezone)
        self.mode = "day"
        self.day = self.clock().astimezone(self.zone).date()
        try:
            self.hours = widest_hours(parse_week_hours(context.settings.test_drive_hours))
        except ValidationError:
            self.hours = (time(8), time(20))

        title = QLabel(tr("Test drives"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.day_button = self._toggle(tr("Day"), "dayView", tr("Day view (Ctrl+D)"))
        self.week_button = self._toggle(tr("Week"), "weekView", tr("Week view (Ctrl+Shift+D)"))
        self.day_button.setChecked(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.day_button)
        group.addButton(self.week_button)
        self.day_button.clicked.connect(lambda: self.set_mode("day"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.previous_button = QPushButton("◀")
        self.previous_button.setObjectName("earlier")
        self.previous_button.setFixedWidth(44)
        self.previous_button.setToolTip(tr("Earlier (Page Up)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(tr("Today"))
        self.today_button.setToolTip(tr("Back to today (Ctrl+T)"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton("▶")
        self.next_button.setObjectName("later")
        self.next_button.setFixedWidth(44)
        self.next_button.setToolTip(tr("Later (Page Down)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.date_label = QLabel()
        self.date_label.setObjectName("calendarDate")
        self.date_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.new_button = QPushButton(tr("New booking"))
        self.new_button.setObjectName("newBooking")
        self.new_button.setToolTip(tr("Book a test drive (Ctrl+B)"))
        self.new_button.clicked.connect(lambda: self.book_at(None, None, None))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.day_button)
        top.addWidget(self.week_button)
        top.addSpacing(12)
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        top.addWidget(self.date_label)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.calendar = DriveCalendar()
        self.calendar.slot_activated.connect(self._on_calendar_slot_activated)
        self.calendar.day_activated.connect(self._on_calendar_day_activated)
        self.calendar.booking_activated.connect(self._on_calendar_booking_activated)
        self.calendar.cancel_requested.connect(self.cancel_drive)
        self.calendar.reschedule_requested.connect(self._on_calendar_reschedule_requested)
        self.calendar.selection_changed.connect(self._on_calendar_selection_changed)
        self.calendar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.calendar.customContextMenuRequested.connect(self._on_calendar_context_menu)

        self._build_actions()
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionSummary")
        self.selection_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.selection_label, 1)
        self.action_buttons: list[QPushButton] = []
        for action in self.booking_actions:
            button = _action_button(action)
            self.action_buttons.append(button)
            actions_row.addWidget(button)
        legend = QHBoxLayout()
        for colour, text in (
            (COLOURS[DriveStatus.BOOKED][0], tr("Booked")),
            (COLOURS[DriveStatus.OUT][0], tr("Out on the road")),
            (OVERDUE[0], tr("Overdue")),
            ("#81C784", tr("Back")),
            ("#BDBDBD", tr("No-show")),
        ):
            legend.addWidget(_swatch(colour, text))
        legend.addStretch(1)
        hint = QLabel(
            tr(
                "Arrows move · Return books or opens · Delete cancels · drag to book, move or resize"
            )
        )
        hint.setStyleSheet("color: #616161;")
        legend.addWidget(hint)

        calendar_tab = QWidget()
        calendar_layout = QVBoxLayout(calendar_tab)
        calendar_layout.addWidget(self.calendar, 1)
        calendar_layout.addLayout(actions_row)
        calendar_layout.addWidget(self.message)
        calendar_layout.addLayout(legend)

        self.tabs = QTabWidget()
        self.tabs.addTab(calendar_tab, tr("Calendar"))
        self.tabs.addTab(self._build_fleet(), tr("Fleet"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        self._refresh = RefreshWhenVisible(self, lambda: self.reload())
        context.events.data_changed.connect(self._on_events_data_changed)
        self.reload()
        self.go_today()

    # --- building ------------------------------------------------------------------------------
    def _toggle(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setCheckable(True)
        button.setToolTip(tip)
        return button

    def _action(self, text: str, name: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.check_out_action = self._action(
            tr("Check &out…"), "checkOut", "Ctrl+Shift+O", lambda: self._on_selected("check_out")
        )
        self.check_in_action = self._action(
            tr("Check &in…"), "checkIn", "Ctrl+Shift+I", lambda: self._on_selected("check_in")
        )
        self.edit_action = self._action(
            tr("&Change…"), "editBooking", "Ctrl+E", lambda: self._on_selected("edit")
        )
        self.no_show_action = self._action(
            tr("&No-show"), "noShow", "Ctrl+Shift+X", lambda: self._on_selected("no_show")
        )
        self.cancel_action = self._action(
            tr("Ca&ncel…"), "cancelBooking", "", lambda: self._on_selected("cancel")
        )
        self.cancel_action.setToolTip(tr("Cancel the booking (Delete)"))
        self.ics_action = self._action(
            tr("Calendar &file…"), "exportIcs", "Ctrl+Shift+C", lambda: self._on_selected("ics")
        )
        self.print_action = self._action(
            tr("&Print agreement…"), "printAgreement", "Ctrl+P", lambda: self._on_selected("print")
        )
        self.card_action = self._action(
            tr("Customer &card"), "customerCard", "", lambda: self._on_selected("card")
        )
        self.booking_actions = [
            self.check_out_action,
            self.check_in_action,
            self.edit_action,
            self.no_show_action,
            self.cancel_action,
            self.print_action,
            self.ics_action,
        ]
        self._action(tr("New booking"), "newBookingShortcut", "Ctrl+B", self._book_at_cursor)
        self._action(tr("Day view"), "dayShortcut", "Ctrl+D", lambda: self.set_mode("day"))
        self._action(tr("Week view"), "weekShortcut", "Ctrl+Shift+D", lambda: self.set_mode("week"))
        self._action(tr("Today"), "todayShortcut", "Ctrl+T", self.go_today)
        self._action(tr("Earlier"), "earlierShortcut", "PgUp", lambda: self.step(-1))
        self._action(tr("Later"), "laterShortcut", "PgDown", lambda: self.step(1))

    def _build_fleet(self) -> QWidget:
        self.fleet_model = FleetModel()
        self.fleet_view = QTableView()
        self.fleet_view.setObjectName("fleetView")
        self.fleet_view.setModel(self.fleet_model)
        self.fleet_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fleet_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fleet_view.setAlternatingRowColors(True)
        self.fleet_view.verticalHeader().setVisible(False)
        self.fleet_view.verticalHeader().setDefaultSectionSize(32)
        header = self.fleet_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.CAR, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.COLOUR, 150),
            (Column.PLATE, 110),
            (Column.VIN, 190),
            (Column.ODOMETER, 130),
            (Column.FUEL, 150),
            (Column.STATUS, 160),
        ):
            self.fleet_view.setColumnWidth(column, width)
        self.fleet_view.doubleClicked.connect(lambda _i: self._on_edit_car_clicked())
        self.fleet_view.activated.connect(lambda _i: self._on_edit_car_clicked())

        add = QPushButton(tr("Add car"))
        add.setObjectName("addCar")
        add.clicked.connect(self._on_add_car_clicked)
        edit = QPushButton(tr("Edit car"))
        edit.setObjectName("editCar")
        edit.clicked.connect(self._on_edit_car_clicked)
        if not allowed(self.context.user_role, Action.EDIT_FLEET):
            # Consultants ready the cars (status); managers add and change them.
            for button in (add, edit):
                button.setEnabled(False)
                button.setToolTip(tr("Only a manager or an admin can add or change cars."))
        self.status_button = QPushButton(tr("Set status"))
        self.status_button.setObjectName("setStatus")
        menu = QMenu(self.status_button)
        for status in MANUAL_FLEET_STATUSES:
            action = menu.addAction(fleet_status_label(status.value))
            action.triggered.connect(lambda _c=False, s=status.value: self.set_car_status(s))
        self.status_button.setMenu(menu)
        self.fleet_message = QLabel()
        self.fleet_message.setObjectName("fleetMessage")
        self.fleet_message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addWidget(self.status_button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.fleet_view, 1)
        layout.addWidget(self.fleet_message)
        return page

    # --- loading -------------------------------------------------------------------------------
    def days(self) -> list[date]:
        if self.mode == "day":
            return [self.day]
        monday = self.day - timedelta(days=self.day.weekday())
        return [monday + timedelta(days=n) for n in range(7)]

    def reload(self) -> None:
        days = self.days()
        first = datetime.combine(days[0], time.min, tzinfo=self.zone)
        last = datetime.combine(days[-1] + timedelta(days=1), time.min, tzinfo=self.zone)
        with self.context.db.reader() as session:
            cars = fleet_cars(session)
            entries = calendar_entries(session, first, last)
        lanes = [
            Lane(
                int(car.id),
                " ".join(p for p in (car.make, car.model, car.trim or "") if p),
                f"{car.plate or ''} · {fleet_status_label(car.status)}",
                car.status,
            )
            for car in cars
        ]
        self.fleet_model.set_rows(cars)
        windows = day_windows(days, self.hours, self.zone, entries)
        self.calendar.set_content(
            self.mode,
            windows,
            lanes,
            entries,
            self.zone,
            self.clock(),
            self.context.settings.test_drive_minutes,
        )
        if self.mode == "day":
            self.date_label.setText(day_text(self.day, date_format("dddd d MMMM yyyy")))
        else:
            self.date_label.setText(
                tr("Week of {monday}").format(monday=day_text(days[0], date_format("d MMMM yyyy")))
            )
        self._on_calendar_selection_changed()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.day_button.setChecked(mode == "day")
        self.week_button.setChecked(mode == "week")
        position = self.calendar.cursor_position()
        self.reload()
        if position is not None:
            self.calendar.place_cursor(*position)

    def step(self, direction: int) -> None:
        self.day += timedelta(days=direction * (1 if self.mode == "day" else 7))
        self.reload()
        self._cursor_to_opening()

    def show_day(self, day: date) -> None:
        self.day = day
        self.reload()
        self._cursor_to_opening()

    def go_today(self) -> None:
        now = self.clock()
        self.day = now.astimezone(self.zone).date()
        self.reload()
        if self.calendar.lanes and self.calendar.slots:
            first, last = self.calendar.slots[0][1], self.calendar.slots[-1][1]
            moment = min(max(now, first), last)
            self.calendar.place_cursor(self.calendar.lanes[0].vehicle_id, moment)
            self.calendar.scroll_to(moment)
        self.calendar.setFocus()

    def _cursor_to_opening(self) -> None:
        if not self.calendar.lanes or not self.calendar.columns:
            return
        column = self.calendar.columns[0 if self.mode == "day" else self.day.weekday()]
        position = self.calendar.cursor_position()
        vehicle_id = position[0] if position else self.calendar.lanes[0].vehicle_id
        self.calendar.place_cursor(vehicle_id, column.start)
        self.calendar.scroll_to(column.start)

    def _on_events_data_changed(self, kinds: set[str]) -> None:
        # "external": another PC (or window) committed; the calendar keeps the selected
        # booking (or the cursor's slot) and its scroll position across the reload.
        if not kinds & {"test_drives", "fleet", "customers", "external"}:
            return
        self._refresh.request()  # hidden: once when shown again

    def _on_timer_timeout(self) -> None:
        self.calendar.set_now(self.clock())
        self._on_calendar_selection_changed()

    # --- the selected booking --------------------------------------------------------------------
    def selected(self) -> CalendarEntry | None:
        return self.calendar.selected_entry()

    def _on_calendar_selection_changed(self) -> None:
        entry = self.selected()
        now = self.clock()
        status = entry.status if entry else None
        self.check_out_action.setEnabled(status is not None and rules.can_check_out(status))
        self.check_in_action.setEnabled(status is not None and rules.can_check_in(status))
        self.edit_action.setEnabled(status is not None and rules.can_reschedule(status))
        self.no_show_action.setEnabled(
            entry is not None and rules.can_mark_no_show(entry.status, entry.start, now)
        )
        self.cancel_action.setEnabled(status is not None and rules.can_cancel(status))
        self.print_action.setEnabled(status is not None and rules.can_print_agreement(status))
        self.ics_action.setEnabled(entry is not None)
        self.card_action.setEnabled(entry is not None)
        if entry is None:
            position = self.calendar.cursor_position()
            if position is None:
                self.selection_label.setText("")
                return
            lane = next(x for x in self.calendar.lanes if x.vehicle_id == position[0])
            start, _ = self.calendar.slot_span()
            self.selection_label.setText(
                tr("Free: {car} at {time} — press Return to book").format(
                    car=lane.title,
                    time=f"{day_text(start.astimezone(self.zone))} {start.astimezone(self.zone):%H:%M}",
                )
            )
            return
        start, end = entry.start.astimezone(self.zone), entry.end.astimezone(self.zone)
        state = tr("overdue") if entry.overdue(now) else status_label(entry.status).lower()
        self.selection_label.setText(
            tr("<b>{customer}</b> with {consultant} · {day} {start}–{end} · {state}").format(
                customer=entry.customer_name,
                consultant=entry.consultant_name,
                day=day_text(start),
                start=start.strftime("%H:%M"),
                end=end.strftime("%H:%M"),
                state=state,
            )
        )

    def _on_selected(self, what: str) -> None:
        entry = self.selected()
        if entry is None:
            return
        drive_id = int(entry.id)
        if what == "check_out":
            from ui.dialogs.check_out import CheckOutDialog

            if CheckOutDialog.ask(self, self.context, drive_id):
                self._say(tr("{name} is out on the road.").format(name=entry.customer_name))
        elif what == "check_in":
            from ui.dialogs.check_in import CheckInDialog

            if CheckInDialog.ask(self, self.context, drive_id):
                self._say(
                    tr(
                        "{name} is back; the drive is on the timeline and a follow-up is set."
                    ).format(name=entry.customer_name)
                )
        elif what == "edit":
            from ui.dialogs.booking import BookingDialog

            BookingDialog.edit(self, self.context, drive_id)
        elif what == "no_show":
            self._write(
                lambda s: mark_no_show(
                    s,
                    drive_id,
                    self.context.user_id,
                    expected_version=entry.version,
                    now=self.clock(),
                ),
                tr("{name} is marked as a no-show; the slot is free.").format(
                    name=entry.customer_name
                ),
            )
        elif what == "cancel":
            self.cancel_drive(drive_id)
        elif what == "ics":
            self.export_ics(drive_id)
        elif what == "print":
            self.print_agreement(drive_id)
        elif what == "card":
            from ui.dialogs.customer_card import CustomerCardDialog

            try:
                with self.context.db.reader() as session:
                    details = drive_details(session, drive_id, actor_id=self.context.user_id)
            except ShowroomError as error:
                show_error(self, error_text(error))
                return
            CustomerCardDialog.open_card(self, self.context, details.customer_id)

    def _write(self, work: Callable[..., object], success: str) -> bool:
        try:
            run_in_transaction(self.context.db, work)
        except ShowroomError as error:
            show_error(self, error_text(error))
            self.reload()
            return False
        self._say(success)
        self.context.events.data_changed.emit({"test_drives", "customers", "fleet"})
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- calendar signals -----------------------------------------------------------------------
    def _book_at_cursor(self) -> None:
        position = self.calendar.cursor_position()
        if position is None or self.selected() is not None:
            self.book_at(None, None, None)
        else:
            self.book_at(position[0], position[1], None)

    def book_at(self, vehicle_id: int | None, start: datetime | None, minutes: int | None) -> None:
        from ui.dialogs.booking import BookingDialog

        drive_id = BookingDialog.ask(
            self, self.context, vehicle_id=vehicle_id, start=start, minutes=minutes
        )
        if drive_id is not None:
            self.reload()
            self.calendar.select_drive(drive_id)
            self._say(tr("Booked."))

    def _on_calendar_slot_activated(self, vehicle_id: int, start: datetime, minutes: int) -> None:
        self.book_at(vehicle_id, start, minutes)

    def _on_calendar_day_activated(self, day: date) -> None:
        self.day = day
        self.set_mode("day")
        self._cursor_to_opening()

    def _on_calendar_booking_activated(self, drive_id: int) -> None:
        if self.calendar.select_drive(drive_id):
            self._menu().exec(self._menu_position())

    def _on_calendar_context_menu(self, point: QPoint) -> None:
        self._menu().exec(self.calendar.mapToGlobal(point))

    def _menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("bookingMenu")
        if self.selected() is None:
            menu.addAction(tr("Book this slot…"), self.calendar.activate_cursor)
            return menu
        for action in self.booking_actions:
            if action.isEnabled():
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.card_action)
        return menu

    def _menu_position(self) -> QPoint:
        entry = self.selected()
        for block in self.calendar.blocks:
            if entry is not None and block.entry.id == entry.id:
                rect = self.calendar.view_rect(block.rect)
                return self.calendar.viewport().mapToGlobal(rect.bottomLeft().toPoint())
        return self.calendar.mapToGlobal(QPoint(0, 0))

    def cancel_drive(self, drive_id: int) -> None:
        from ui.dialogs.cancel_drive import CancelDriveDialog

        entry = next((e for e in self.calendar.entries if e.id == drive_id), None)
        if entry is None:
            return
        if not rules.can_cancel(entry.status):
            show_error(
                self,
                tr(
                    "Only a booking that has not started can be cancelled; this one is {state}."
                ).format(state=status_label(entry.status).lower()),
            )
            return
        start = entry.start.astimezone(self.zone)
        description = tr("{customer} with {consultant}, {day} {time}").format(
            customer=entry.customer_name,
            consultant=entry.consultant_name,
            day=day_text(start),
            time=start.strftime("%H:%M"),
        )
        reason = CancelDriveDialog.ask(self, description)
        if reason is None:
            return
        self._write(
            lambda s: cancel_test_drive(
                s,
                drive_id,
                reason,
                self.context.user_id,
                expected_version=entry.version,
                now=self.clock(),
            ),
            tr("The booking of {name} is cancelled.").format(name=entry.customer_name),
        )

    def _on_calendar_reschedule_requested(
        self, drive_id: int, vehicle_id: int, start: datetime, minutes: int
    ) -> None:
        entry = next((e for e in self.calendar.entries if e.id == drive_id), None)
        if entry is None:
            return
        only_end = start == entry.start and vehicle_id == entry.vehicle_id
        try:
            run_in_transaction(
                self.context.db,
                lambda s: reschedule_test_drive(
                    s,
                    self.context.user_id,
                    drive_id,
                    entry.version,
                    self.context.settings,
                    start=None if only_end else start,
                    minutes=minutes,
                    vehicle_id=vehicle_id,
                    now=self.clock(),
                ),
            )
        except BookingConflict as conflict:
            show_error(self, str(conflict), tr("That time is taken"))
            self.reload()
            return
        except ShowroomError as error:
            show_error(self, error_text(error))
            self.reload()
            return
        self.context.events.data_changed.emit({"test_drives"})
        self.calendar.select_drive(drive_id)
        self._say(tr("The booking of {name} is moved.").format(name=entry.customer_name))

    # --- printing --------------------------------------------------------------------------------
    def print_agreement(self, drive_id: int) -> None:
        """Print the agreement and show its preview; the reason in words if it cannot be."""
        from ui.printing import print_test_drive_agreement

        try:
            print_test_drive_agreement(self, self.context, drive_id)
        except ShowroomError as error:
            show_error(self, error_text(error), tr("The agreement was not printed"))
            return
        self._say(tr("The agreement is printed and filed in the customer's documents."))

    # --- calendar file ---------------------------------------------------------------------------
    def choose_ics_path(self, suggested: str) -> Path | None:
        """Where to save the calendar file (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save the calendar file for the customer"),
            str(Path.home() / suggested),
            tr("Calendar files (*.ics)"),
        )
        return Path(path) if path else None

    def export_ics(self, drive_id: int) -> Path | None:
        entry = next((e for e in self.calendar.entries if e.id == drive_id), None)
        if entry is None:
            return None
        path = self.choose_ics_path(calendar_file_name(drive_id, entry.start, self.zone))
        if path is None:
            return None
        try:
            with self.context.db.reader() as session:
                data = test_drive_ics(
                    session, drive_id, self.context.settings, actor_id=self.context.user_id
                )
            path.write_bytes(data)
        except OSError as error:
            show_error(
                self, tr("The file could not be saved: {error}").format(error=error.strerror)
            )
            return None
        except ShowroomError as error:
            show_error(self, error_text(error))
            return None
        self._say(
            tr("Saved {file}: send it to the customer to put the drive in their calendar.").format(
                file=path.name
            )
        )
        return path

    # --- fleet -----------------------------------------------------------------------------------
    def selected_car(self) -> int | None:
        rows = self.fleet_view.selectionModel().selectedRows()
        return int(self.fleet_model.row_at(rows[0].row()).id) if rows else None

    def _on_add_car_clicked(self) -> None:
        from ui.dialogs.fleet_car import FleetCarDialog

        car_id = FleetCarDialog.ask(self, self.context)
        if car_id is not None:
            self._select_car(car_id)

    def _on_edit_car_clicked(self) -> None:
        from ui.dialogs.fleet_car import FleetCarDialog

        if not allowed(self.context.user_role, Action.EDIT_FLEET):
            return
        car_id = self.selected_car()
        if car_id is not None and FleetCarDialog.ask(self, self.context, car_id) is not None:
            self._select_car(car_id)

    def _select_car(self, car_id: int) -> None:
        row = self.fleet_model.row_of(car_id)
        if row is not None:
            self.fleet_view.selectRow(row)

    def set_car_status(self, status: str) -> None:
        car_id = self.selected_car()
        if car_id is None:
            self.fleet_message.setText(tr("Choose a car in the list first."))
            return
        try:
            change = run_in_transaction(
                self.context.db,
                lambda s: set_fleet_status(
                    s, self.context.user_id, car_id, status, now=self.clock()
                ),
            )
        except ShowroomError as error:
            show_error(self, error_text(error))
            return
        text = tr("The car is now {status}.").format(status=fleet_status_label(status).lower())
        if status == "out_of_service" and change.upcoming_bookings:
            text += " " + tr(
                "It has {n} bookings still to come: move them to another car in the calendar."
            ).format(n=len(change.upcoming_bookings))
        self.fleet_message.setText(text)
        self.context.events.data_changed.emit({"fleet"})
        self._select_car(car_id)
