"""The targets table: one row per consultant (the showroom's totals first), with each
measure's target, done, % done and forecast; a measure whose forecast falls short of its
target is highlighted, and so is the name of anyone behind on either.

A manager edits the targets in place (the Target columns); the page saves them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from showroom.sales.targets import Progress, ProgressRow


def tr(text: str) -> str:
    return QCoreApplication.translate("TargetsModel", text)


BEHIND = QBrush(QColor("#FFCDD2"))
BEHIND_TEXT = QBrush(QColor("#B71C1C"))
Index = QModelIndex | QPersistentModelIndex
# (measure, what) per column after the name.
COLUMNS = [
    (measure, what)
    for measure in ("orders", "deliveries")
    for what in ("target", "done", "percent", "forecast")
]
TARGET_COLUMNS = frozenset(i + 1 for i, (_, what) in enumerate(COLUMNS) if what == "target")


class TargetsModel(QAbstractTableModel):
    def __init__(self, save: Callable[[ProgressRow, str, int], bool] | None = None) -> None:
        super().__init__()
        self.rows: list[ProgressRow] = []
        self.save = save  # None: the targets are read-only (a consultant)

    def set_rows(self, rows: list[ProgressRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return tr("Consultant")
        measure, what = COLUMNS[section - 1]
        names = {"orders": tr("Orders"), "deliveries": tr("Deliveries")}
        whats = {
            "target": tr("target"),
            "done": tr("done"),
            "percent": tr("% done"),
            "forecast": tr("forecast"),
        }
        return f"{names[measure]}: {whats[what]}"

    def progress(self, row: ProgressRow, measure: str) -> Progress:
        return row.orders if measure == "orders" else row.deliveries

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            # The name when anything is behind; a measure's cells when that measure is.
            behind = (
                row.behind if column == 0 else self.progress(row, COLUMNS[column - 1][0]).behind
            )
            if not behind:
                return None
            return BEHIND if role == Qt.ItemDataRole.BackgroundRole else BEHIND_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and column > 0:
            measure, _ = COLUMNS[column - 1]
            p = self.progress(row, measure)
            return tr("At this pace: {forecast} of {target}").format(
                forecast=p.forecast, target=p.target
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == 0:
            return tr("Showroom") if row.consultant_id is None else row.name
        measure, what = COLUMNS[column - 1]
        p = self.progress(row, measure)
        if what == "percent":
            return "" if p.percent is None else f"{p.percent} %"
        if what == "forecast":
            return tr("{forecast} of {target}").format(forecast=p.forecast, target=p.target)
        return p.target if what == "target" else p.done

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.save is not None and index.column() in TARGET_COLUMNS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.save is None or role != Qt.ItemDataRole.EditRole:
            return False
        measure, _ = COLUMNS[index.column() - 1]
        try:
            number = int(str(value).strip())
        except ValueError:
            return False
        return self.save(self.rows[index.row()], measure, number)
