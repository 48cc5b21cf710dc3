"""The fleet list model: the test-drive cars with their readings and status."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from showroom.test_drives.fleet import FleetRow
from ui.models.rows import RowTableModel

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("FleetModel", text)


def fleet_status_label(status: str) -> str:
    return {
        "available": tr("Available"),
        "on_drive": tr("On a drive"),
        "in_preparation": tr("In preparation"),
        "out_of_service": tr("Out of service"),
    }.get(status, status)


STATUS_COLOURS = {"on_drive": "#EF6C00", "in_preparation": "#F9A825", "out_of_service": "#C62828"}


class Column(IntEnum):
    CAR = 0
    COLOUR = 1
    PLATE = 2
    VIN = 3
    ODOMETER = 4
    FUEL = 5
    STATUS = 6


class FleetModel(RowTableModel[FleetRow]):
    """The fleet is a few dozen cars at most, so it is loaded whole."""

    columns = Column

    def headers(self) -> dict[Any, str]:
        return {
            Column.CAR: tr("Car"),
            Column.COLOUR: tr("Colour"),
            Column.PLATE: tr("Plate"),
            Column.VIN: tr("VIN"),
            Column.ODOMETER: tr("Odometer"),
            Column.FUEL: tr("Fuel / charge"),
            Column.STATUS: tr("Status"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            colour = STATUS_COLOURS.get(row.status)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.ODOMETER, Column.FUEL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is Column.CAR:
            return " ".join(p for p in (row.make, row.model, row.trim or "") if p)
        if column is Column.COLOUR:
            return row.colour or ""
        if column is Column.PLATE:
            return row.plate or ""
        if column is Column.VIN:
            return row.vin
        if column is Column.ODOMETER:
            return tr("{km} km").format(km=f"{row.odometer_km:,}")
        if column is Column.FUEL:
            return "" if row.fuel_percent is None else f"{row.fuel_percent} %"
        return fleet_status_label(row.status)
