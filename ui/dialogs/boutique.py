"""The boutique catalogue: the accessories a plan can add, with their prices.

A retired accessory is made inactive (plans that list it still read the same); a plan keeps
the price it was proposed at when the catalogue price changes later.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError, ValidationErrors
from showroom.kernel.money import format_amount, format_money
from showroom.kernel.permissions import Action, allowed
from showroom.kernel.work import Session, run_in_transaction
from showroom.vehicles.boutique import (
    BoutiqueRow,
    add_boutique_item,
    list_boutique,
    update_boutique_item,
)
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine, merge_mine
from ui.i18n.messages import error_text, rule_text
from ui.models.deals import RowsModel
from ui.widgets.form import FieldBox
from ui.widgets.item_colours import COMPACT_HEADER

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("BoutiqueDialog", text)


class BoutiqueColumn(IntEnum):
    NAME = 0
    PRICE = 1
    ACTIVE = 2


class BoutiqueModel(RowsModel[BoutiqueRow]):
    def __init__(self, currency: str, locale: str) -> None:
        super().__init__()
        self.currency = currency
        self.locale = locale
        self.headers = [tr("Accessory"), tr("Price"), tr("Status")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = BoutiqueColumn(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.TextAlignmentRole and column is BoutiqueColumn.PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is BoutiqueColumn.NAME:
            return row.name
        if column is BoutiqueColumn.PRICE:
            return format_money(row.price, self.currency, self.locale)
        return tr("In the catalogue") if row.active else tr("Retired")


class BoutiqueDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.editing: BoutiqueRow | None = None
        self.setWindowTitle(tr("Boutique catalogue"))
        self.setObjectName("boutiqueDialog")
        self.resize(760, 640)
        settings = context.settings
        self.model = BoutiqueModel(settings.currency, settings.locale)
        self.view = QTableView()
        self.view.setObjectName("boutiqueView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            BoutiqueColumn.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.view.setColumnWidth(BoutiqueColumn.PRICE, 120)
        self.view.setColumnWidth(BoutiqueColumn.ACTIVE, 140)
        self.view.setStyleSheet(COMPACT_HEADER)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)

        self.name = QLineEdit()
        self.name.setObjectName("boutiqueName")
        self.name.setMaxLength(120)
        self.price = QLineEdit()
        self.price.setObjectName("boutiquePrice")
        self.price.setMaxLength(20)
        self.active = QCheckBox(tr("In the &catalogue (untick to retire it)"))
        self.active.setObjectName("boutiqueActive")
        self.boxes = {"name": FieldBox(self.name, "name"), "price": FieldBox(self.price, "price")}
        form = QFormLayout()
        form.addRow(tr("&Name:"), self.boxes["name"])
        form.addRow(
            tr("&Price ({currency}):").format(currency=settings.currency), self.boxes["price"]
        )
        form.addRow("", self.active)
        self.mode = QLabel()
        self.mode.setStyleSheet("font-weight: bold;")
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.hide()
        new = QPushButton(tr("Ne&w accessory"))
        new.setObjectName("boutiqueNew")
        new.setToolTip(tr("Clear the form for a new accessory (Ctrl+N)"))
        new.clicked.connect(self.start_new)
        save = QPushButton(tr("&Save"))
        save.setObjectName("boutiqueSave")
        save.setToolTip(tr("Save the accessory (Ctrl+S)"))
        save.clicked.connect(self.save)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+N"), self, self.start_new)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.editable = allowed(context.user_role, Action.EDIT_BOUTIQUE)
        if not self.editable:
            # Consultants read the catalogue; managers keep its prices.
            for widget in (new, save, self.name, self.price, self.active):
                widget.setEnabled(False)
            self.general_error.setText(tr("Only a manager or an admin can change the catalogue."))
            self.general_error.setStyleSheet("")
            self.general_error.show()
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(save)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.mode)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.reload()
        self.start_new()

    def reload(self, select: int | None = None) -> None:
        with self.context.db.reader() as session:
            rows = list_boutique(session, include_inactive=True)
        self.model.set_rows(rows)
        for index, row in enumerate(rows):
            if row.id == select:
                self.view.selectRow(index)

    def start_new(self) -> None:
        self.editing = None
        self.view.clearSelection()
        self.mode.setText(tr("New accessory"))
        self.name.clear()
        self.price.clear()
        self.active.setChecked(True)
        self.name.setFocus()

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.row_at(current.row())
        self.editing = row
        self.mode.setText(tr("Editing “{name}”").format(name=row.name))
        self.name.setText(row.name)
        settings = self.context.settings
        self.price.setText(format_amount(row.price, settings.currency, settings.locale))
        self.active.setChecked(row.active)

    def save(self) -> bool:
        if not self.editable:
            return False
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()
        settings = self.context.settings
        try:

            def _unit(session: Session) -> int:
                if self.editing is None:
                    return add_boutique_item(
                        session, self.context.user_id, self.name.text(), self.price.text(), settings
                    )
                else:
                    update_boutique_item(
                        session,
                        self.context.user_id,
                        self.editing.id,
                        self.editing.version,
                        self.name.text(),
                        self.price.text(),
                        self.active.isChecked(),
                        settings,
                    )
                    return self.editing.id

            saved = run_in_transaction(self.context.db, _unit)
        except ValidationErrors as errors:
            for error in errors.errors:
                self._show(error)
            return False
        except ValidationError as error:
            self._show(error)
            return False
        except ConflictError as conflict:
            return self._on_conflict(conflict)
        except ShowroomError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return False
        self.context.events.data_changed.emit({"boutique"})
        self.reload(saved)
        return True

    def _values(self, row: BoutiqueRow) -> dict[str, object]:
        settings = self.context.settings
        return {
            "name": row.name,
            "price": format_amount(row.price, settings.currency, settings.locale),
            "active": row.active,
        }

    def _on_conflict(self, conflict: ConflictError) -> bool:
        """Another PC saved this accessory since it was picked: theirs against mine; reload
        theirs, or put the user's changed fields on top of theirs."""
        assert self.editing is not None
        editing = self.editing
        with self.context.db.reader() as session:
            fresh = next(
                (r for r in list_boutique(session, include_inactive=True) if r.id == editing.id),
                None,
            )
        if fresh is None:
            self.general_error.setText(str(conflict))
            self.general_error.show()
            return False
        loaded, theirs = self._values(editing), self._values(fresh)
        mine: dict[str, object] = {
            "name": self.name.text(),
            "price": self.price.text(),
            "active": self.active.isChecked(),
        }
        labels = {"name": tr("Name"), "price": tr("Price"), "active": tr("Offered")}
        choice = ask_theirs_or_mine(self, str(conflict), labels, loaded, theirs, mine)
        if choice == "reload":
            self.reload(fresh.id)
            return False
        if choice != "mine":
            self.general_error.setText(str(conflict))
            self.general_error.show()
            return False
        merged = merge_mine(loaded, theirs, mine)
        self.editing = fresh
        self.name.setText(str(merged["name"]))
        self.price.setText(str(merged["price"]))
        self.active.setChecked(bool(merged["active"]))
        return self.save()

    def _show(self, error: ValidationError) -> None:
        box = self.boxes.get(error.field)
        if box is None:
            self.general_error.setText(error_text(error))
            self.general_error.show()
        else:
            box.show_error(rule_text(error))

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> None:
        cls(parent, context).exec()
