"""Choosing the customer a new purchase plan is for: search as you type, Return picks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.customers.search import CustomerFilter, CustomerRow, search_customers
from ui.context import AppContext
from ui.models.customers import Column, CustomerListModel
from ui.widgets.item_colours import COMPACT_HEADER


def tr(text: str) -> str:
    return QCoreApplication.translate("CustomerPicker", text)


class CustomerPickerDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext, text: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.chosen: int | None = None
        self.setWindowTitle(tr("Which customer is the plan for?"))
        self.resize(1060, 560)
        self.search = QLineEdit(text)
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(tr("Name, phone, e-mail, plate or VIN"))
        self.search.setClearButtonEnabled(True)
        self.model = CustomerListModel(self._load)
        self.view = QTableView()
        self.view.setObjectName("pickerView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setSectionResizeMode(
            Column.EMAIL, QHeaderView.ResizeMode.Stretch
        )
        self.view.setStyleSheet(COMPACT_HEADER)
        for column, width in (
            (Column.NAME, 240),
            (Column.PHONE, 150),
            (Column.STATUS, 100),
            (Column.CONSULTANT, 150),
            (Column.CREATED, 100),
        ):
            self.view.setColumnWidth(column, width)
        self.view.activated.connect(self._on_view_activated)
        self.view.doubleClicked.connect(self._on_view_activated)
        hint = QLabel(tr("Type to search; ↓ to the list; Return picks the customer."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.run_search()

    def _load(self, after: tuple[str, int] | None, limit: int) -> list[CustomerRow]:
        with self.context.db.reader() as session:
            return search_customers(
                session,
                CustomerFilter(text=self.search.text(), actor_id=int(self.context.user_id)),
                after,
                limit,
            )

    def run_search(self) -> None:
        self._timer.stop()
        self.model.reload()
        if self.model.rowCount():
            self.view.selectRow(0)

    def _on_search_return_pressed(self) -> None:
        self.run_search()
        if self.model.rowCount() == 1:
            self._choose(0)
        else:
            self.view.setFocus()

    def _on_view_activated(self, index: QModelIndex) -> None:
        self._choose(index.row())

    def _on_ok(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self._choose(index.row())

    def _choose(self, row: int) -> None:
        self.chosen = int(self.model.row_at(row).id)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, text: str = "") -> int | None:
        dialog = cls(parent, context, text)
        dialog.exec()
        return dialog.chosen
