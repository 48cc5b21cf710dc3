"""A table model over a list of rows, one column per member of an IntEnum.

The repeated part of the small lists (users, fleet, audit trail…): holding the rows, their
count, the column count and the header labels. A subclass names its ``columns`` and its
``headers()``, and answers ``data`` for its own cells.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=_HasId)


class RowTableModel(QAbstractTableModel, Generic[R]):
    columns: type[IntEnum]

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[R] = []

    def headers(self) -> dict[Any, str]:
        """Each column's label, translated (called when a view asks, so a language change
        shows at once)."""
        raise NotImplementedError

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, record_id: int) -> int | None:
        """The row showing the record with this id, if it is listed."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers()[self.columns(section)]
