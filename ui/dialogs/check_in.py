"""Check in: the car's readings as it comes back, any damage, and what the customer thought.

Saving puts the drive on the customer's timeline and schedules the test-drive follow-up.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ShowroomError, ValidationError
from showroom.kernel.clock import now as utc_now
from showroom.kernel.database import run_in_transaction
from showroom.test_drives.service import CheckInDraft, check_in, drive_details
from ui.context import AppContext
from ui.dialogs.check_out import drive_summary
from ui.i18n.messages import error_text, rule_text
from ui.models.fleet import fleet_status_label
from ui.widgets.form import ERROR_STYLE, FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckInDialog", text)


class CheckInDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext, drive_id: int) -> None:
        super().__init__(parent)
        self.context = context
        self.drive_id = drive_id
        self.checked_in = False
        zone = ZoneInfo(context.settings.timezone)
        with context.db.reader() as session:
            drive = drive_details(session, drive_id, actor_id=self.context.user_id)
        self.setWindowTitle(tr("Check in: {customer}").format(customer=drive.customer_name))
        self.setMinimumWidth(560)
        summary = QLabel(drive_summary(drive, zone))
        summary.setWordWrap(True)
        summary.setStyleSheet("font-weight: bold;")
        out = QLabel(
            tr("Left at {time} with {km} km and {fuel} % fuel / charge.").format(
                time=drive.checked_out_at.astimezone(zone).strftime("%H:%M")
                if drive.checked_out_at
                else "–",
                km=f"{drive.odometer_out_km or 0:,}",
                fuel=drive.fuel_out_percent if drive.fuel_out_percent is not None else "–",
            )
        )
        out.setObjectName("outReadings")

        self.odometer = QSpinBox()
        self.odometer.setObjectName("odometerIn")
        self.odometer.setRange(0, 2_000_000)
        self.odometer.setGroupSeparatorShown(True)
        self.odometer.setSuffix(tr(" km"))
        self.odometer.setValue(drive.odometer_out_km or drive.vehicle_odometer_km)
        self.fuel = QSpinBox()
        self.fuel.setObjectName("fuelIn")
        self.fuel.setRange(0, 100)
        self.fuel.setSuffix(" %")
        self.fuel.setValue(drive.fuel_out_percent or 0)
        self.damage = QPlainTextEdit()
        self.damage.setObjectName("damageNotes")
        self.damage.setPlaceholderText(tr("Scratches, chips, warning lights… (empty if none)"))
        self.damage.setFixedHeight(70)
        self.damage.setTabChangesFocus(True)
        self.car_status = QComboBox()
        self.car_status.setObjectName("carStatus")
        for value in ("available", "in_preparation", "out_of_service"):
            self.car_status.addItem(fleet_status_label(value), value)
        self.rating = QComboBox()
        self.rating.setObjectName("rating")
        self.rating.addItem(tr("No rating given"), None)
        for stars in range(5, 0, -1):
            self.rating.addItem("★" * stars + "☆" * (5 - stars), stars)
        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setMaxLength(500)
        self.comment.setPlaceholderText(tr("What the customer liked or missed"))

        self.boxes = {
            "odometer in": FieldBox(self.odometer, "odometer in"),
            "fuel in": FieldBox(self.fuel, "fuel in"),
            "damage notes": FieldBox(self.damage, "damage notes"),
            "car goes to": FieldBox(self.car_status, "car goes to"),
            "rating": FieldBox(self.rating, "rating"),
            "comment": FieldBox(self.comment, "comment"),
        }
        car = QGroupBox(tr("The car as it comes back"))
        car_form = QFormLayout(car)
        car_form.addRow(out)
        car_form.addRow(tr("&Odometer:"), self.boxes["odometer in"])
        car_form.addRow(tr("&Fuel / charge:"), self.boxes["fuel in"])
        car_form.addRow(tr("&Damage:"), self.boxes["damage notes"])
        car_form.addRow(tr("Car &goes to:"), self.boxes["car goes to"])
        feedback = QGroupBox(tr("Feedback"))
        feedback_form = QFormLayout(feedback)
        feedback_form.addRow(tr("&Rating:"), self.boxes["rating"])
        feedback_form.addRow(tr("Co&mment:"), self.boxes["comment"])

        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("checkInButton")
        ok.setText(tr("Check in"))
        ok.setToolTip(tr("Ctrl+Return"))
        buttons.accepted.connect(self._on_check_in)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_check_in)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(car)
        layout.addWidget(feedback)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.odometer.setFocus()
        self.odometer.selectAll()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, drive_id: int) -> bool:
        """True if the car was checked in."""
        dialog = cls(parent, context, drive_id)
        dialog.exec()
        return dialog.checked_in

    def draft(self) -> CheckInDraft:
        rating = self.rating.currentData()
        return CheckInDraft(
            odometer_km=self.odometer.value(),
            fuel_percent=self.fuel.value(),
            damage_notes=self.damage.toPlainText(),
            rating=int(rating) if rating is not None else None,
            feedback=self.comment.text(),
            car_status=str(self.car_status.currentData()),
        )

    def _on_check_in(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()
        draft = self.draft()
        try:
            run_in_transaction(
                self.context.db,
                lambda s: check_in(
                    s,
                    self.drive_id,
                    draft,
                    self.context.user_id,
                    self.context.settings,
                    now=utc_now(),
                ),
            )
        except ValidationError as error:
            target = self.boxes.get(error.field)
            if target is None:
                self.general_error.setText(error_text(error))
                self.general_error.show()
            else:
                target.show_error(rule_text(error))
                target.setFocus()
            return
        except ShowroomError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        self.checked_in = True
        self.context.events.data_changed.emit(
            {"test_drives", "fleet", "customers", "follow_ups", "interactions"}
        )
        self.accept()
