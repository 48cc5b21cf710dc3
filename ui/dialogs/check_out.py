"""Check out: the driving licence, then the car's odometer and fuel as it leaves.

The licence number is typed once; afterwards it shows only masked ('•••••1234'). Leaving the
number empty keeps the one on file. An expired licence, or one that runs out before the
drive ends, blocks the check-out with the reason beside the expiry date.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ShowroomError, ValidationError
from showroom.kernel.clock import now as utc_now
from showroom.kernel.permissions import Action, allowed
from showroom.kernel.work import run_in_transaction
from showroom.test_drives.domain import LicenceDraft
from showroom.test_drives.service import (
    CheckOutDraft,
    DriveDetails,
    check_out,
    drive_details,
    record_licence,
)
from ui.context import AppContext
from ui.i18n.messages import error_text, rule_text
from ui.widgets.dates import DateField, day_text
from ui.widgets.form import ERROR_STYLE, FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckOutDialog", text)


def drive_summary(drive: DriveDetails, zone: ZoneInfo) -> str:
    start, end = drive.start.astimezone(zone), drive.end.astimezone(zone)
    return tr("{customer} · {car} · {day} {start}–{end} · with {consultant}").format(
        customer=drive.customer_name,
        car=drive.vehicle_label,
        day=day_text(start),
        start=start.strftime("%H:%M"),
        end=end.strftime("%H:%M"),
        consultant=drive.consultant_name,
    )


class CheckOutDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext, drive_id: int) -> None:
        super().__init__(parent)
        self.context = context
        self.drive_id = drive_id
        self.zone = ZoneInfo(context.settings.timezone)
        self.checked_out = False
        self.printed = False
        with context.db.reader() as session:
            drive = drive_details(session, drive_id, actor_id=self.context.user_id)
        self.drive = drive
        self.setWindowTitle(tr("Check out: {customer}").format(customer=drive.customer_name))
        self.setMinimumWidth(560)

        summary = QLabel(drive_summary(drive, self.zone))
        summary.setObjectName("driveSummary")
        summary.setWordWrap(True)
        summary.setStyleSheet("font-weight: bold;")

        self.number = QLineEdit()
        self.number.setObjectName("licenceNumber")
        self.number.setMaxLength(30)
        if drive.licence_masked:
            self.number.setPlaceholderText(
                tr("{masked} on file: leave empty to keep it").format(masked=drive.licence_masked)
            )
        else:
            self.number.setPlaceholderText(tr("as printed on the licence"))
        # Roles allowed to unmask may see the number on file in full; each look is audited.
        self.show_number_button = QPushButton(tr("&Show"))
        self.show_number_button.setObjectName("showLicenceNumber")
        self.show_number_button.setToolTip(
            tr("Show the licence number on file in full (recorded in the audit trail)")
        )
        self.show_number_button.clicked.connect(self._on_show_number_button_clicked)
        self.show_number_button.setVisible(
            bool(drive.licence_masked) and allowed(context.user_role, Action.UNMASK_IDENTIFIER)
        )
        self.full_number = QLabel()
        self.full_number.setObjectName("fullLicenceNumber")
        self.full_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full_number.hide()
        self.country = QLineEdit(drive.licence_country or "")
        self.country.setObjectName("licenceCountry")
        self.country.setMaxLength(60)
        self.country.setPlaceholderText(tr("e.g. United Kingdom, or USA, California"))
        # Empty until typed: "not entered" is a state the service checks, not a date.
        self.expiry = DateField(
            drive.licence_expires_on,
            optional=True,
            empty_text=tr("not entered (e.g. 31/05/2031)"),
            pattern="dd/MM/yyyy",
        )
        self.expiry.setObjectName("licenceExpiry")
        self.photo = QCheckBox(tr("I compared the licence photo with the customer"))
        self.photo.setObjectName("photoChecked")
        self.photo.setChecked(drive.licence_photo_checked)

        self.odometer = QSpinBox()
        self.odometer.setObjectName("odometerOut")
        self.odometer.setRange(0, 2_000_000)
        self.odometer.setGroupSeparatorShown(True)
        self.odometer.setSuffix(tr(" km"))
        self.odometer.setValue(drive.vehicle_odometer_km)
        self.fuel = QSpinBox()
        self.fuel.setObjectName("fuelOut")
        self.fuel.setRange(0, 100)
        self.fuel.setSuffix(" %")
        self.fuel.setValue(drive.vehicle_fuel_percent or 0)

        number_row = QWidget()
        number_layout = QHBoxLayout(number_row)
        number_layout.setContentsMargins(0, 0, 0, 0)
        number_layout.addWidget(self.number, 1)
        number_layout.addWidget(self.show_number_button)
        number_row.setFocusProxy(self.number)
        self.boxes = {
            "licence number": FieldBox(number_row, "licence number"),
            "issuing country": FieldBox(self.country, "issuing country"),
            "expiry date": FieldBox(self.expiry, "expiry date"),
            "photo checked": FieldBox(self.photo, "photo checked"),
            "odometer out": FieldBox(self.odometer, "odometer out"),
            "fuel out": FieldBox(self.fuel, "fuel out"),
        }
        licence = QGroupBox(tr("Driving licence"))
        licence_form = QFormLayout(licence)
        licence_form.addRow(tr("&Number:"), self.boxes["licence number"])
        licence_form.addRow("", self.full_number)
        licence_form.addRow(tr("Issued &in:"), self.boxes["issuing country"])
        licence_form.addRow(tr("&Expires:"), self.boxes["expiry date"])
        licence_form.addRow("", self.boxes["photo checked"])
        car = QGroupBox(tr("The car as it leaves"))
        car_form = QFormLayout(car)
        car_form.addRow(tr("&Odometer:"), self.boxes["odometer out"])
        car_form.addRow(tr("&Fuel / charge:"), self.boxes["fuel out"])

        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        # In the order of the work: the licence, the agreement to sign, then the car leaves.
        self.save_licence_button = QPushButton(tr("Save licence"))
        self.save_licence_button.setObjectName("saveLicence")
        self.save_licence_button.setToolTip(
            tr("Keep the licence details without checking the car out yet")
        )
        self.save_licence_button.clicked.connect(self._on_save_licence_clicked)
        self.print_button = QPushButton(tr("&Print agreement"))
        self.print_button.setObjectName("printAgreement")
        self.print_button.setToolTip(
            tr("Save the licence and print the agreement for signing (Ctrl+P)")
        )
        self.print_button.clicked.connect(self._on_print_button_clicked)
        QShortcut(QKeySequence("Ctrl+P"), self, self._on_print_button_clicked)
        self.check_out_button = QPushButton(tr("Check out"))
        self.check_out_button.setObjectName("checkOutButton")
        self.check_out_button.setToolTip(tr("Ctrl+Return"))
        self.check_out_button.setDefault(True)
        self.check_out_button.clicked.connect(self._on_check_out)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_check_out)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        for button in (self.save_licence_button, self.print_button, self.check_out_button, cancel):
            self.buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(licence)
        layout.addWidget(car)
        layout.addWidget(self.general_error)
        layout.addLayout(self.buttons)
        (self.country if drive.licence_masked else self.number).setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, drive_id: int) -> bool:
        """True if the car was checked out."""
        dialog = cls(parent, context, drive_id)
        dialog.exec()
        return dialog.checked_out

    def licence_draft(self) -> LicenceDraft:
        expires = self.expiry.value()
        return LicenceDraft(
            self.number.text(), self.country.text(), expires, self.photo.isChecked()
        )

    def _clear(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()

    def _run(self, action: str) -> bool:
        self._clear()
        licence = self.licence_draft()
        try:
            if action == "licence":
                run_in_transaction(
                    self.context.db,
                    lambda s: record_licence(
                        s, self.context.user_id, self.drive_id, licence, self.context.settings
                    ),
                )
            elif action == "print":
                from ui.printing import print_test_drive_agreement

                print_test_drive_agreement(
                    self,
                    self.context,
                    self.drive_id,
                    licence=licence,
                    odometer_km=self.odometer.value(),
                    fuel_percent=self.fuel.value(),
                )
                self.printed = True
            else:
                draft = CheckOutDraft(self.odometer.value(), self.fuel.value(), licence)
                run_in_transaction(
                    self.context.db,
                    lambda s: check_out(
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
                self._show_general(error_text(error))
            else:
                target.show_error(rule_text(error))
                target.setFocus()
            return False
        except ShowroomError as error:
            self._show_general(error_text(error))
            return False
        self.context.events.data_changed.emit({"test_drives", "fleet"})
        return True

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()

    def _on_save_licence_clicked(self) -> None:
        if self._run("licence"):
            self._show_masked_number()

    def _on_print_button_clicked(self) -> None:
        if self._run("print"):
            self._show_masked_number()

    def _on_show_number_button_clicked(self) -> None:
        from showroom.customer_file.erase import unmask_identifier

        try:
            number = run_in_transaction(
                self.context.db,
                lambda s: unmask_identifier(s, self.context.user_id, self.drive_id),
            )
        except ShowroomError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        self.full_number.setText(tr("On file: {number}").format(number=number))
        self.full_number.show()

    def _show_masked_number(self) -> None:
        with self.context.db.reader() as session:
            masked = drive_details(
                session, self.drive_id, actor_id=self.context.user_id
            ).licence_masked
        self.number.clear()
        self.number.setPlaceholderText(
            tr("{masked} on file: leave empty to keep it").format(masked=masked)
        )
        self.full_number.hide()
        self.show_number_button.setVisible(
            bool(masked) and allowed(self.context.user_role, Action.UNMASK_IDENTIFIER)
        )

    def _on_check_out(self) -> None:
        if self._run("check out"):
            self.checked_out = True
            self.accept()
