"""The Customers page: the list of customer cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.services.customers import CustomerRow, count_customers, list_customers_page
from ui.context import AppContext
from ui.models.customers import Column, CustomerListModel


def tr(text: str) -> str:
    return QCoreApplication.translate("CustomersPage", text)


class CustomersPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.model = CustomerListModel(self._load_page)
        self.view = QTableView()
        self.view.setObjectName("customersView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(32)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.EMAIL, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.NAME, 260),
            (Column.PHONE, 170),
            (Column.STATUS, 100),
            (Column.CONSULTANT, 150),
            (Column.CREATED, 110),
        ):
            self.view.setColumnWidth(column, width)

        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")
        title = QLabel(tr("Customers"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        self.context.events.data_changed.connect(self._on_events_data_changed)
        self.refresh()

    def _load_page(self, after: tuple[str, int] | None, limit: int) -> list[CustomerRow]:
        with self.context.db.reader() as session:
            return list_customers_page(session, after, limit)

    def refresh(self) -> None:
        with self.context.db.reader() as session:
            total = count_customers(session)
        self.count_label.setText(tr("{count} customers").format(count=f"{total:,}"))
        self.model.reload()

    def _on_events_data_changed(self, kinds: set[str]) -> None:
        if "customers" in kinds:
            self.refresh()
