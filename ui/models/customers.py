"""The customers list model: fetches pages of rows as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from showroom.customers.domain import format_phone
from showroom.customers.search import CustomerRow

PAGE_SIZE = 200
PageLoader = Callable[[tuple[str, int] | None, int], list[CustomerRow]]
_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("CustomerListModel", text)


class Column(IntEnum):
    NAME = 0
    PHONE = 1
    EMAIL = 2
    STATUS = 3
    CONSULTANT = 4
    CREATED = 5


def status_label(status: str) -> str:
    labels = {
        "lead": tr("Lead"),
        "prospect": tr("Prospect"),
        "customer": tr("Customer"),
        "owner": tr("Owner"),
        "lost": tr("Lost"),
    }
    return labels.get(status, status)


class CustomerListModel(QAbstractTableModel):
    """Rows come from ``loader`` a page at a time (keyset paging), never all at once."""

    def __init__(self, loader: PageLoader) -> None:
        super().__init__()
        self._loader = loader
        self._rows: list[CustomerRow] = []
        self._exhausted = False

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def row_at(self, row: int) -> CustomerRow:
        return self._rows[row]

    # --- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        after = (self._rows[-1].sort_key, int(self._rows[-1].id)) if self._rows else None
        page = self._loader(after, PAGE_SIZE)
        if len(page) < PAGE_SIZE:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            Column.NAME: tr("Name"),
            Column.PHONE: tr("Phone"),
            Column.EMAIL: tr("E-mail"),
            Column.STATUS: tr("Status"),
            Column.CONSULTANT: tr("Consultant"),
            Column.CREATED: tr("Since"),
        }
        return titles[Column(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if column is Column.NAME:
            return row.full_name
        if column is Column.PHONE:
            return format_phone(row.phone) if row.phone else ""
        if column is Column.EMAIL:
            return row.email or ""
        if column is Column.STATUS:
            return status_label(row.status)
        if column is Column.CONSULTANT:
            return row.consultant or ""
        return row.created_at.astimezone().strftime("%Y-%m-%d")
