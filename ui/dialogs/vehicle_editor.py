"""Adding or editing a car of the stock for sale.

A VIN whose check digit (position 9) does not match is refused with the reason beside the
VIN; a manager can then tick “Accept this VIN” (many non-North-American VINs carry no check
digit) and save again. Reserved, sold and delivered come from deals and cannot be set here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError, ValidationErrors
from showroom.kernel.database import Session, run_in_transaction
from showroom.vehicles.domain import StockStatus
from showroom.vehicles.inventory import (
    MANAGER_ROLES,
    VinCheckDigitWarning,
    add_stock_vehicle,
    get_vehicle,
    stock_draft_of,
    update_stock_vehicle,
)
from showroom.vehicles.stock import DEAL_STATUSES, MANUAL_STATUSES, StockDraft
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine, flatten, merge_mine, unflatten
from ui.i18n.messages import error_text, rule_text
from ui.models.deals import stock_status_label
from ui.widgets.form import FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("VehicleEditor", text)


class VehicleEditorDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, context: AppContext, vehicle_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.vehicle_id = vehicle_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self.setObjectName("vehicleEditor")
        self.setMinimumWidth(620)
        self.edits: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, rule, label, length in (
            ("vin", "VIN", tr("&VIN:"), 20),
            ("stock_number", "stock number", tr("Stoc&k number:"), 20),
            ("make", "make", tr("&Make:"), 40),
            ("model", "model", tr("M&odel:"), 60),
            ("trim", "trim", tr("&Trim:"), 60),
            ("colour", "colour", tr("&Colour:"), 40),
            ("year", "year", tr("&Year:"), 4),
            ("list_price", "list price", tr("&List price:"), 20),
        ):
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setMaxLength(length)
            self.edits[key] = edit
            self._add(form, label, edit, rule)
        self.accept_vin = QCheckBox(tr("&Accept this VIN although its check digit does not match"))
        self.accept_vin.setObjectName("acceptVin")
        self.accept_vin.hide()
        form.addRow("", self.accept_vin)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in MANUAL_STATUSES:
            self.status.addItem(stock_status_label(status.value), status.value)
        self._add(form, tr("Stat&us:"), self.status, "status")
        self.floor = QLineEdit()
        self.floor.setObjectName("floor_position")
        self.floor.setMaxLength(40)
        self.floor.setPlaceholderText(tr("Where it stands, for a car on display"))
        self._add(form, tr("&Floor position:"), self.floor, "floor position")
        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._load()

    def _add(self, form: QFormLayout, label: str, editor: QWidget, rule: str) -> None:
        box = FieldBox(editor, rule)
        self.boxes[rule] = box
        buddy = QLabel(label)
        buddy.setBuddy(editor)
        form.addRow(buddy, box)

    def _load(self) -> None:
        if self.vehicle_id is None:
            self.setWindowTitle(tr("New car in stock"))
            self.status.setCurrentIndex(self.status.findData(StockStatus.IN_STOCK.value))
            self.edits["vin"].setFocus()
            return
        with self.context.db.reader() as session:
            vehicle = get_vehicle(session, self.vehicle_id)
            draft = stock_draft_of(vehicle, self.context.settings)
            self.version = vehicle.version
        self.loaded = flatten(draft)
        self.setWindowTitle(f"{draft.make} {draft.model} · {draft.stock_number or draft.vin}")
        for key, edit in self.edits.items():
            edit.setText(getattr(draft, key))
        if StockStatus(draft.status) in DEAL_STATUSES:
            # A deal holds the car: show its status, which cannot be chosen here.
            self.status.addItem(stock_status_label(draft.status), draft.status)
            self.status.setEnabled(False)
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
        self.floor.setText(draft.floor_position)

    def draft(self) -> StockDraft:
        return StockDraft(
            vin=self.edits["vin"].text(),
            make=self.edits["make"].text(),
            model=self.edits["model"].text(),
            stock_number=self.edits["stock_number"].text(),
            trim=self.edits["trim"].text(),
            colour=self.edits["colour"].text(),
            year=self.edits["year"].text(),
            list_price=self.edits["list_price"].text(),
            status=str(self.status.currentData()),
            floor_position=self.floor.text(),
        )

    def save(self) -> bool:
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()
        accept = self.accept_vin.isVisible() and self.accept_vin.isChecked()
        try:

            def _unit(session: Session) -> None:
                if self.vehicle_id is None:
                    self.saved_id = add_stock_vehicle(
                        session,
                        self.draft(),
                        self.context.user_id,
                        self.context.settings,
                        accept_vin_warning=accept,
                    )
                else:
                    assert self.version is not None
                    update_stock_vehicle(
                        session,
                        self.vehicle_id,
                        self.version,
                        self.draft(),
                        self.context.user_id,
                        self.context.settings,
                        accept_vin_warning=accept,
                    )
                    self.saved_id = self.vehicle_id

            run_in_transaction(self.context.db, _unit)
        except VinCheckDigitWarning as warning:
            self.boxes["VIN"].show_error(rule_text(warning))
            if self.context.user_role in MANAGER_ROLES:
                self.accept_vin.show()
                self.accept_vin.setFocus()
            return False
        except ValidationErrors as errors:
            first = None
            for error in errors.errors:
                box = self.boxes.get(error.field)
                if box is None:
                    self.general_error.setText(error_text(error))
                    self.general_error.show()
                    continue
                box.show_error(rule_text(error))
                first = first or box
            if first is not None:
                first.setFocus()
            return False
        except ValidationError as error:
            box = self.boxes.get(error.field)
            if box is not None:
                box.show_error(rule_text(error))
                box.setFocus()
            else:
                self.general_error.setText(error_text(error))
                self.general_error.show()
            return False
        except ConflictError as conflict:
            return self._on_conflict(conflict)
        except ShowroomError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return False
        self.context.events.data_changed.emit({"vehicles"})
        self.accept()
        return True

    def _on_conflict(self, conflict: ConflictError) -> bool:
        """Another PC saved this car since it was opened (or a deal reserved it): theirs
        against mine; reload theirs, or put the user's changed fields on top of theirs."""
        assert self.vehicle_id is not None
        with self.context.db.reader() as session:
            vehicle = get_vehicle(session, self.vehicle_id)
            fresh, version = stock_draft_of(vehicle, self.context.settings), vehicle.version
        theirs, mine = flatten(fresh), flatten(self.draft())
        choice = ask_theirs_or_mine(self, str(conflict), {}, self.loaded, theirs, mine)
        if choice == "reload":
            self._load()
            return False
        if choice != "mine":
            self.general_error.setText(str(conflict))
            self.general_error.show()
            return False
        merged = unflatten(fresh, merge_mine(self.loaded, theirs, mine))
        for key, edit in self.edits.items():
            edit.setText(getattr(merged, key))
        self.status.setCurrentIndex(max(0, self.status.findData(merged.status)))
        self.floor.setText(merged.floor_position)
        self.loaded, self.version = theirs, version
        return self.save()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, vehicle_id: int | None = None
    ) -> int | None:
        dialog = cls(parent, context, vehicle_id)
        dialog.exec()
        return dialog.saved_id
