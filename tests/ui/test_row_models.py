"""The small list models built on RowTableModel: every column has a header, rows are found
by their record's id, and a nested index has no children."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from showroom.admin.users import UserRow
from showroom.core.ids import UserId, VehicleId
from showroom.test_drives.fleet import FleetRow
from ui.dialogs.users import UsersModel
from ui.models.fleet import FleetModel
from ui.models.rows import RowTableModel


def _headers(model: RowTableModel[Any]) -> list[object]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def test_users_and_fleet_lists(qapp: QApplication) -> None:
    users = UsersModel()
    users.set_rows(
        [
            UserRow(UserId(4), "anna", "Anna Kowalska", "consultant", True, True, 1),
            UserRow(UserId(9), "max", "Max Weber", "manager", False, True, 2),
        ]
    )
    fleet = FleetModel()
    fleet.set_rows(
        [
            FleetRow(
                VehicleId(7), "SEAT", "Leon", "SE", "red", "HW76 FTU", "VSS1", 120, 80, "ready", 1
            )
        ]
    )
    for model, columns in ((users, 4), (fleet, 7)):
        headers = _headers(model)
        assert len(headers) == columns
        assert all(isinstance(h, str) and h for h in headers)
        assert len(set(headers)) == columns
        assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) is None
        assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children
    assert users.rowCount() == 2 and users.row_of(9) == 1 and users.row_of(5) is None
    assert users.row_at(1).username == "max"
    assert users.data(users.index(1, 0), Qt.ItemDataRole.DisplayRole) == "Max Weber"
    assert fleet.row_of(7) == 0 and fleet.rowCount(QModelIndex()) == 1
    users.set_rows([])
    assert users.rowCount() == 0 and users.row_of(4) is None
