"""The model of a list behind a Today figure: its columns come with the list, each with a
kind that says how to show its cells (a time in the showroom's zone, a day, a number…)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from showroom.core.phrase import Phrase
from showroom.customers.domain import format_phone
from showroom.dashboard.service import DetailList, DetailRow
from ui.widgets.dates import format_day

_Index = QModelIndex | QPersistentModelIndex
ALERT = QColor("#B71C1C")


def dtr(text: str) -> str:
    """A message id of the dashboard services, translated."""
    return QCoreApplication.translate("Dashboard", text)


def format_cell(value: object, kind: str, zone: ZoneInfo) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, Phrase):
        return value.text(dtr)
    if kind == "time" and isinstance(value, datetime):
        return value.astimezone(zone).strftime("%H:%M")
    if kind == "datetime" and isinstance(value, datetime):
        local = value.astimezone(zone)
        return f"{format_day(local.date())} {local:%H:%M}"
    if kind == "clock" and isinstance(value, time):
        return value.strftime("%H:%M")
    if kind == "date" and isinstance(value, date):
        return format_day(value)
    if kind == "number" and isinstance(value, int):
        return f"{value:,}"
    if kind == "label":
        return dtr(str(value))
    if kind == "phone":
        return format_phone(str(value))
    return str(value)


class DetailListModel(QAbstractTableModel):
    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__()
        self.zone = zone
        self.listing: DetailList | None = None

    def set_list(self, listing: DetailList) -> None:
        self.beginResetModel()
        self.listing = listing
        self.endResetModel()

    def row_at(self, row: int) -> DetailRow:
        assert self.listing is not None
        return self.listing.rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.listing is None else len(self.listing.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.listing is None else len(self.listing.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            self.listing is not None
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return dtr(self.listing.columns[section].label)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.listing is None:
            return None
        row = self.listing.rows[index.row()]
        column = self.listing.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_cell(row.cells[index.column()], column.kind, self.zone)
        if role == Qt.ItemDataRole.ForegroundRole and row.alert and index.column() == 0:
            return ALERT
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return format_cell(row.cells[index.column()], column.kind, self.zone) or None
        return None
