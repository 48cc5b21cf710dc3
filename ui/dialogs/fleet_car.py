"""Add or edit a test-drive car.

A VIN whose check digit does not match is shown as a warning beside the VIN field with a
tick box to accept it as printed on the car's papers: many cars built outside North America
carry no check digit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError
from showroom.kernel.work import run_in_transaction
from showroom.test_drives.fleet import (
    FleetDraft,
    add_fleet_car,
    fleet_draft,
    get_fleet_car,
    update_fleet_car,
)
from showroom.vehicles.domain import VinCheckDigitWarning
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine, flatten, merge_mine, unflatten
from ui.i18n.messages import error_text, rule_text
from ui.widgets.form import ERROR_STYLE, FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("FleetCarDialog", text)


def _line(name: str, max_length: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    edit.setPlaceholderText(placeholder)
    return edit


class FleetCarDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, context: AppContext, vehicle_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.vehicle_id = vehicle_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self.setWindowTitle(tr("Edit test-drive car") if vehicle_id else tr("Add test-drive car"))
        self.setMinimumWidth(520)

        self.vin = _line("vin", 24, tr("17 characters, from the papers or the windscreen"))
        self.accept_vin = QCheckBox(tr("Accept this VIN as printed on the car's papers"))
        self.accept_vin.setObjectName("acceptVin")
        self.accept_vin.hide()
        self.vin.textEdited.connect(self._on_vin_text_edited)
        self.make = _line("make", 40, tr("e.g. Volkswagen"))
        self.model = _line("model", 60, tr("e.g. Golf"))
        self.trim = _line("trim", 60, tr("e.g. GTI"))
        self.colour = _line("colour", 40)
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1989, 2100)
        self.year.setSpecialValueText(tr("not known"))
        self.year.setValue(1989)
        self.plate = _line("plate", 20, tr("as on the number plate"))
        self.odometer = QSpinBox()
        self.odometer.setObjectName("odometer")
        self.odometer.setRange(0, 2_000_000)
        self.odometer.setGroupSeparatorShown(True)
        self.odometer.setSuffix(tr(" km"))
        self.fuel = QSpinBox()
        self.fuel.setObjectName("fuel")
        self.fuel.setRange(0, 100)
        self.fuel.setSuffix(" %")
        self.fuel.setValue(100)

        vin_box = QWidget()
        vin_layout = QVBoxLayout(vin_box)
        vin_layout.setContentsMargins(0, 0, 0, 0)
        vin_layout.addWidget(self.vin)
        self.boxes = {
            "VIN": FieldBox(vin_box, "VIN"),
            "make": FieldBox(self.make, "make"),
            "model": FieldBox(self.model, "model"),
            "trim": FieldBox(self.trim, "trim"),
            "colour": FieldBox(self.colour, "colour"),
            "year": FieldBox(self.year, "year"),
            "plate": FieldBox(self.plate, "plate"),
            "odometer": FieldBox(self.odometer, "odometer"),
            "fuel / charge": FieldBox(self.fuel, "fuel / charge"),
        }
        self.boxes["VIN"].setFocusProxy(self.vin)
        vin_field_layout = self.boxes["VIN"].layout()
        assert vin_field_layout is not None
        vin_field_layout.addWidget(self.accept_vin)
        form = QFormLayout()
        for key, label in (
            ("VIN", tr("&VIN:")),
            ("make", tr("&Make:")),
            ("model", tr("M&odel:")),
            ("trim", tr("&Trim:")),
            ("colour", tr("&Colour:")),
            ("year", tr("&Year:")),
            ("plate", tr("&Plate:")),
            ("odometer", tr("O&dometer:")),
            ("fuel / charge", tr("&Fuel / charge:")),
        ):
            form.addRow(label, self.boxes[key])

        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveCar")
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        if vehicle_id is not None:
            self._load(vehicle_id)
        self.vin.setFocus()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, vehicle_id: int | None = None
    ) -> int | None:
        """The saved car's id, or None if cancelled."""
        dialog = cls(parent, context, vehicle_id)
        dialog.exec()
        return dialog.saved_id

    def _load(self, vehicle_id: int) -> None:
        with self.context.db.reader() as session:
            car = get_fleet_car(session, vehicle_id)
        self.version = car.version
        self.loaded = flatten(fleet_draft(car))
        self.vin.setText(car.vin)
        self.make.setText(car.make)
        self.model.setText(car.model)
        self.trim.setText(car.trim)
        self.colour.setText(car.colour)
        self.year.setValue(car.year or 1989)
        self.plate.setText(car.plate)
        self.odometer.setValue(car.odometer_km)
        self.fuel.setValue(car.fuel_percent)

    def _on_vin_text_edited(self, _text: str) -> None:
        # An accepted warning was for the VIN as it was; a changed VIN is checked afresh.
        self.accept_vin.setChecked(False)
        self.accept_vin.hide()

    def draft(self) -> FleetDraft:
        return FleetDraft(
            vin=self.vin.text(),
            make=self.make.text(),
            model=self.model.text(),
            plate=self.plate.text(),
            trim=self.trim.text(),
            colour=self.colour.text(),
            year=self.year.value() if self.year.value() != self.year.minimum() else None,
            odometer_km=self.odometer.value(),
            fuel_percent=self.fuel.value(),
        )

    def _on_save(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()
        draft = self.draft()
        accept = self.accept_vin.isVisible() and self.accept_vin.isChecked()
        try:
            if self.vehicle_id is None:
                self.saved_id = run_in_transaction(
                    self.context.db,
                    lambda s: add_fleet_car(
                        s, self.context.user_id, draft, accept_vin_warning=accept
                    ),
                )
            else:
                vehicle_id, version = self.vehicle_id, self.version or 0
                run_in_transaction(
                    self.context.db,
                    lambda s: update_fleet_car(
                        s,
                        self.context.user_id,
                        vehicle_id,
                        version,
                        draft,
                        accept_vin_warning=accept,
                    ),
                )
                self.saved_id = vehicle_id
        except VinCheckDigitWarning as warning:
            self.boxes["VIN"].show_error(rule_text(warning))
            self.accept_vin.setChecked(False)
            self.accept_vin.show()
            self.accept_vin.setFocus()
            return
        except ValidationError as error:
            target = self.boxes.get(error.field)
            if target is None:
                self.general_error.setText(error_text(error))
                self.general_error.show()
            else:
                target.show_error(rule_text(error))
                target.setFocus()
            return
        except ConflictError as conflict:
            self._on_conflict(conflict, draft, accept)
            return
        except ShowroomError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        self.context.events.data_changed.emit({"fleet"})
        self.accept()

    def _on_conflict(self, conflict: ConflictError, draft: FleetDraft, accept: bool) -> None:
        """Another PC saved this car since it was opened: show theirs against mine; reload
        theirs, or save the user's changed fields on top of theirs."""
        assert self.vehicle_id is not None
        vehicle_id = self.vehicle_id
        with self.context.db.reader() as session:
            fresh = get_fleet_car(session, vehicle_id)
            fresh_version, theirs = fresh.version, flatten(fleet_draft(fresh))
        mine = flatten(draft)
        choice = ask_theirs_or_mine(self, str(conflict), {}, self.loaded, theirs, mine)
        if choice == "reload":
            self._load(vehicle_id)
            return
        if choice != "mine":
            return
        merged = unflatten(draft, merge_mine(self.loaded, theirs, mine))
        try:
            run_in_transaction(
                self.context.db,
                lambda s: update_fleet_car(
                    s,
                    self.context.user_id,
                    vehicle_id,
                    fresh_version,
                    merged,
                    accept_vin_warning=accept,
                ),
            )
        except ConflictError as again:
            self.loaded = theirs
            self._on_conflict(again, draft, accept)
            return
        except ShowroomError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        self.saved_id = vehicle_id
        self.context.events.data_changed.emit({"fleet"})
        self.accept()
