"""Book a test drive (or change a booking): customer, car, consultant, start, length, route.

Keyboard path: Return on a free slot of the calendar opens it with the car and time filled
in and the customer search focused; type a fragment of the name or phone, Down to the match,
Return books. If the car, the consultant or the customer is taken, the dialog says by whom
and offers the nearest free time and another car of the same model as buttons: one click
books the alternative.
"""

from __future__ import annotations

import html
from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError
from showroom.core.ids import TestDriveId
from showroom.core.phrase import Phrase
from showroom.customers.service import get_customer
from showroom.kernel.changes import Change
from showroom.kernel.staff import staff
from showroom.kernel.work import run_in_transaction, utc_now
from showroom.test_drives.domain import MAX_MINUTES, MIN_MINUTES, local_instant
from showroom.test_drives.fleet import fleet_cars
from showroom.test_drives.service import (
    TAKEN_MEANWHILE,
    Alternative,
    BookingConflict,
    BookingDraft,
    OutsideHours,
    alternative_phrase,
    book_test_drive,
    drive_details,
    holder_phrase,
    reschedule_test_drive,
)
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine
from ui.i18n.messages import error_text, phrase_text, rule_text
from ui.widgets.customer_search import CustomerSearch
from ui.widgets.dates import DateField, TimeField, day_text
from ui.widgets.form import ERROR_STYLE, FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("BookingDialog", text)


class BookingDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        *,
        vehicle_id: int | None = None,
        start: datetime | None = None,
        minutes: int | None = None,
        customer_id: int | None = None,
        drive_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.zone = ZoneInfo(context.settings.timezone)
        self.drive_id = drive_id
        self.version: int | None = None
        self.booked_id: TestDriveId | None = None
        self.fixed_customer_id = customer_id
        self.setWindowTitle(tr("Change test drive") if drive_id else tr("Book a test drive"))
        self.setMinimumWidth(640)

        self.picker = CustomerSearch(context, "booking")
        self.picker.accepted.connect(self._on_book)
        self.search, self.results = self.picker.search, self.picker.results
        self.customer_label = QLabel()
        self.customer_label.setObjectName("customerName")
        self.customer_label.setStyleSheet("font-weight: bold;")
        customer_box = QWidget()
        customer_layout = QVBoxLayout(customer_box)
        customer_layout.setContentsMargins(0, 0, 0, 0)
        customer_layout.addWidget(self.customer_label)
        customer_layout.addWidget(self.picker)

        self.vehicle = QComboBox()
        self.vehicle.setObjectName("vehicle")
        self.consultant = QComboBox()
        self.consultant.setObjectName("consultant")
        with context.db.reader() as session:
            for car in fleet_cars(session, bookable_only=True):
                label = f"{car.make} {car.model}" + (f" {car.trim}" if car.trim else "")
                self.vehicle.addItem(f"{label}  ·  {car.plate or ''}", int(car.id))
            for member in staff(session):
                self.consultant.addItem(member.name, int(member.id))
        self.consultant.setCurrentIndex(max(0, self.consultant.findData(int(context.user_id))))

        self.date = DateField()
        self.date.setObjectName("date")
        self.start_time = TimeField()
        self.start_time.setObjectName("startTime")
        self.start_time.set_step_minutes(15)  # Up and Down move by a quarter of an hour
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setValue(minutes or context.settings.test_drive_minutes)
        when = QHBoxLayout()
        when.addWidget(self.date, 2)
        when.addWidget(self.start_time, 1)
        when.addWidget(self.minutes, 1)
        when_box = QWidget()
        when_box.setLayout(when)
        when.setContentsMargins(0, 0, 0, 0)
        self.route = QLineEdit()
        self.route.setObjectName("routeNote")
        self.route.setMaxLength(300)
        self.route.setPlaceholderText(
            tr("e.g. motorway stretch and back, or the customer's commute")
        )

        self.boxes = {
            "customer": FieldBox(customer_box, "customer"),
            "vehicle": FieldBox(self.vehicle, "vehicle"),
            "consultant": FieldBox(self.consultant, "consultant"),
            "start": FieldBox(when_box, "start"),
            "route note": FieldBox(self.route, "route note"),
        }
        self.boxes["start"].setFocusProxy(self.start_time)
        self.boxes["duration"] = self.boxes["start"]  # the length sits on the same row
        form = QFormLayout()
        form.addRow(tr("C&ustomer:"), self.boxes["customer"])
        form.addRow(tr("Ca&r:"), self.boxes["vehicle"])
        form.addRow(tr("C&onsultant:"), self.boxes["consultant"])
        form.addRow(tr("&When:"), self.boxes["start"])
        form.addRow(tr("Rou&te:"), self.boxes["route note"])

        # Conflicts: who holds the slot, and buttons for what is free instead.
        self.conflict_panel = QFrame()
        self.conflict_panel.setObjectName("conflictPanel")
        self.conflict_panel.setStyleSheet(
            "#conflictPanel { background: #FFF3E0; border: 1px solid #FFB74D; border-radius: 4px; }"
        )
        self.conflict_text = QLabel()
        self.conflict_text.setObjectName("conflictText")
        self.conflict_text.setWordWrap(True)
        self.alternatives_row = QHBoxLayout()
        self.alternative_buttons: list[QPushButton] = []
        self._alternatives: list[Alternative] = []
        panel = QVBoxLayout(self.conflict_panel)
        panel.addWidget(self.conflict_text)
        panel.addLayout(self.alternatives_row)
        self.conflict_panel.hide()

        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("bookButton")
        self.ok_button.setText(tr("Save changes") if drive_id else tr("Book"))
        self.ok_button.setToolTip(tr("Ctrl+Return"))
        buttons.accepted.connect(self._on_book)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_book)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.conflict_panel)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        if drive_id is not None:
            self._load(drive_id)
        else:
            self._set_when(start or utc_now())
            if vehicle_id is not None:
                self.vehicle.setCurrentIndex(max(0, self.vehicle.findData(vehicle_id)))
            if customer_id is not None:
                with context.db.reader() as session:
                    self._fix_customer(get_customer(session, customer_id).full_name)
        (self.vehicle if self.fixed_customer_id else self.search).setFocus()

    # --- opening -------------------------------------------------------------------------------
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        *,
        vehicle_id: int | None = None,
        start: datetime | None = None,
        minutes: int | None = None,
        customer_id: int | None = None,
    ) -> TestDriveId | None:
        """Book a new test drive; its id, or None if cancelled."""
        dialog = cls(
            parent,
            context,
            vehicle_id=vehicle_id,
            start=start,
            minutes=minutes,
            customer_id=customer_id,
        )
        dialog.exec()
        return dialog.booked_id

    @classmethod
    def edit(cls, parent: QWidget | None, context: AppContext, drive_id: int) -> bool:
        """Change a booking's car, consultant, time, length or route; True if saved."""
        dialog = cls(parent, context, drive_id=drive_id)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _fix_customer(self, name: str) -> None:
        self.customer_label.setText(name)
        self.picker.hide()

    def _load(self, drive_id: int) -> None:
        with self.context.db.reader() as session:
            drive = drive_details(session, drive_id, actor_id=self.context.user_id)
        self.version = drive.version
        self.fixed_customer_id = int(drive.customer_id)
        self._fix_customer(drive.customer_name)
        if self.vehicle.findData(int(drive.vehicle_id)) < 0:
            self.vehicle.addItem(drive.vehicle_label, int(drive.vehicle_id))
        self.vehicle.setCurrentIndex(self.vehicle.findData(int(drive.vehicle_id)))
        self.consultant.setCurrentIndex(max(0, self.consultant.findData(int(drive.consultant_id))))
        self._set_when(drive.start)
        self.minutes.setValue(drive.minutes)
        self.route.setText(drive.route_note or "")
        self.loaded = self._form_raw()

    # --- another PC changed the booking --------------------------------------------------------
    def _form_raw(self) -> dict[str, object]:
        return {
            "start": self.start_instant(),
            "minutes": self.minutes.value(),
            "vehicle": self.vehicle.currentData(),
            "consultant": self.consultant.currentData(),
            "route": self.route.text(),
        }

    def _shown(self, raw: dict[str, object]) -> dict[str, object]:
        start = raw["start"]
        assert isinstance(start, datetime)
        return {
            "start": start.astimezone(self.zone).strftime("%Y-%m-%d %H:%M"),
            "minutes": raw["minutes"],
            "vehicle": self.vehicle.itemText(max(0, self.vehicle.findData(raw["vehicle"]))),
            "consultant": self.consultant.itemText(
                max(0, self.consultant.findData(raw["consultant"]))
            ),
            "route": raw["route"],
        }

    def _on_version_conflict(self, conflict: ConflictError) -> None:
        """Another PC changed this booking since it was opened: theirs against mine; reload
        theirs, or put the user's changed fields on top of theirs and save through the
        conflict check again."""
        assert self.drive_id is not None
        mine = self._form_raw()
        with self.context.db.reader() as session:
            fresh = drive_details(session, self.drive_id, actor_id=self.context.user_id)
        if self.vehicle.findData(int(fresh.vehicle_id)) < 0:
            self.vehicle.addItem(fresh.vehicle_label, int(fresh.vehicle_id))
        theirs: dict[str, object] = {
            "start": fresh.start,
            "minutes": fresh.minutes,
            "vehicle": int(fresh.vehicle_id),
            "consultant": int(fresh.consultant_id),
            "route": fresh.route_note or "",
        }
        labels = {
            "start": tr("Starts"),
            "minutes": tr("Minutes"),
            "vehicle": tr("Car"),
            "consultant": tr("Consultant"),
            "route": tr("Route"),
        }
        choice = ask_theirs_or_mine(
            self,
            str(conflict),
            labels,
            self._shown(self.loaded),
            self._shown(theirs),
            self._shown(mine),
        )
        if choice == "reload":
            self._load(self.drive_id)
            return
        if choice != "mine":
            self.general_error.setText(str(conflict))
            self.general_error.show()
            return
        merged = {k: mine[k] if mine[k] != self.loaded[k] else theirs[k] for k in mine}
        start = merged["start"]
        assert isinstance(start, datetime)
        self._set_when(start)
        self.minutes.setValue(int(str(merged["minutes"])))
        self.vehicle.setCurrentIndex(max(0, self.vehicle.findData(merged["vehicle"])))
        self.consultant.setCurrentIndex(max(0, self.consultant.findData(merged["consultant"])))
        self.route.setText(str(merged["route"]))
        self.version = fresh.version
        self.loaded = theirs
        self._on_book()

    def _set_when(self, start: datetime) -> None:
        local = start.astimezone(self.zone)
        self.date.setDate(QDate(local.year, local.month, local.day))
        self.start_time.setTime(QTime(local.hour, local.minute))

    def selected_customer(self) -> int | None:
        if self.fixed_customer_id is not None:
            return self.fixed_customer_id
        return self.picker.selected_customer()

    # --- booking -----------------------------------------------------------------------------------
    def start_instant(self) -> datetime:
        day = self.date.value()
        assert day is not None  # the booking date is never optional
        qtime = self.start_time.time()
        return local_instant(day, time(qtime.hour(), qtime.minute()), self.zone)

    def _clear_messages(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()
        self.conflict_panel.hide()
        # The buttons go through Qt's deferred delete (one of them may be running its own
        # click right now), and their click is a bound method, not a lambda holding the
        # dialog: a lambda freed with a button dropped the last reference to a Python-owned
        # dialog, which then deleted its children, that button included, a second time
        # ("shared QObject was deleted directly", then a crash; issue 19).
        for button in self.alternative_buttons:
            button.hide()
            button.deleteLater()
        self.alternative_buttons = []
        self._alternatives = []

    def _on_book(self) -> None:
        self._clear_messages()
        try:
            start = self.start_instant()
            vehicle_id = self.vehicle.currentData()
            consultant_id = self.consultant.currentData()
            if self.drive_id is None:
                draft = BookingDraft(
                    self.selected_customer(),
                    int(vehicle_id) if vehicle_id is not None else None,
                    int(consultant_id) if consultant_id is not None else None,
                    start,
                    self.minutes.value(),
                    self.route.text(),
                )
                self.booked_id = run_in_transaction(
                    self.context.db,
                    lambda s: book_test_drive(
                        s, draft, self.context.user_id, self.context.settings
                    ),
                )
            else:
                drive_id = self.drive_id
                run_in_transaction(
                    self.context.db,
                    lambda s: reschedule_test_drive(
                        s,
                        self.context.user_id,
                        drive_id,
                        self.version,
                        self.context.settings,
                        start=start,
                        minutes=self.minutes.value(),
                        vehicle_id=int(vehicle_id) if vehicle_id is not None else None,
                        consultant_id=int(consultant_id) if consultant_id is not None else None,
                        route_note=self.route.text(),
                    ),
                )
        except BookingConflict as conflict:
            self._show_conflict(conflict)
            return
        except ConflictError as conflict:
            self._on_version_conflict(conflict)
            return
        except OutsideHours as error:
            self._show(error)
            free = " ".join(
                html.escape(phrase_text(alternative_phrase(a, self.zone)))
                for a in error.alternatives
            )
            held = html.escape(rule_text(error))
            self._offer(f"<b>{held}</b><br>{free or self._nothing_free()}", error.alternatives)
            return
        except ValidationError as error:
            self._show(error)
            return
        except ShowroomError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        drive = self.booked_id if self.drive_id is None else self.drive_id
        verb = "booked" if self.drive_id is None else "rescheduled"
        ids = frozenset({int(drive)}) if drive is not None else frozenset()
        self.context.events.publish(Change("test_drives", ids, verb))
        self.accept()

    def _show(self, error: ValidationError) -> None:
        box = self.boxes.get(error.field)
        if box is not None:
            box.show_error(rule_text(error))
            box.setFocus()
        else:
            self.general_error.setText(error_text(error))
            self.general_error.show()

    def _show_conflict(self, conflict: BookingConflict) -> None:
        held = " ".join(
            html.escape(phrase_text(holder_phrase(h, self.zone))) for h in conflict.holders
        )
        free = " ".join(
            html.escape(phrase_text(alternative_phrase(a, self.zone)))
            for a in conflict.alternatives
        )
        if not conflict.holders:
            held = html.escape(phrase_text(Phrase.of(TAKEN_MEANWHILE)))
        elif not conflict.alternatives:
            free = self._nothing_free()
        self._offer(f"<b>{held}</b><br>{free}", conflict.alternatives)

    def _offer(self, text: str, alternatives: list[Alternative]) -> None:
        """Show why the time cannot be booked and a button for each free time offered
        instead (a conflict's alternatives, or the nearest slot inside the test-drive hours)."""
        self.conflict_text.setText(text)
        self._alternatives = list(alternatives)
        for index, alternative in enumerate(self._alternatives):
            button = QPushButton(self._alternative_label(alternative))
            button.setObjectName(f"alternative_{alternative.kind}")
            button.setProperty("alternative", index)
            button.clicked.connect(self._on_alternative_clicked)
            self.alternatives_row.addWidget(button)
            self.alternative_buttons.append(button)
        self.conflict_panel.show()
        if self.alternative_buttons:
            self.alternative_buttons[0].setFocus()

    @staticmethod
    def _nothing_free() -> str:
        return html.escape(tr("Nothing else is free nearby: choose another time or car."))

    def _alternative_label(self, alternative: Alternative) -> str:
        start = alternative.start.astimezone(self.zone)
        end = alternative.end.astimezone(self.zone)
        today = utc_now().astimezone(self.zone).date()
        when = f"{start:%H:%M}–{end:%H:%M}"
        if start.date() != today:
            when = f"{day_text(start)} {when}"
        if alternative.kind == "slot":
            return tr("Book {when} instead").format(when=when)
        return tr("Take the {car} instead").format(car=alternative.vehicle_label)

    def _on_alternative_clicked(self) -> None:
        button = self.sender()
        index = button.property("alternative") if button is not None else None
        if isinstance(index, int) and 0 <= index < len(self._alternatives):
            self._on_alternative(self._alternatives[index])

    def _on_alternative(self, alternative: Alternative) -> None:
        index = self.vehicle.findData(int(alternative.vehicle_id))
        if index >= 0:
            self.vehicle.setCurrentIndex(index)
        self._set_when(alternative.start)
        self._on_book()
