"""The deliveries calendar (bays down, times across) and the list of deliveries in view.

Day view: one column per half hour of the opening hours; a delivery spans the columns of its
slots (the view sets the spans from :meth:`CalendarModel.spans`). Week view: one column per
day, each cell listing that bay's deliveries of the day. A cell's colour says how ready the
delivery is: green ready, amber in preparation, red checklists open, grey handed over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from showroom.deliveries.domain import DeliveryStatus
from showroom.deliveries.service import CalendarEntry
from ui.models.detail_list import dtr
from ui.widgets.dates import day_text


def tr(text: str) -> str:
    return QCoreApplication.translate("DeliveryCalendar", text)


SLOT = timedelta(minutes=30)
COLOURS = {
    "ready": ("#C8E6C9", "#1B5E20"),
    "preparing": ("#FFE0B2", "#E65100"),
    "blocked": ("#FFCDD2", "#B71C1C"),
    "done": ("#ECEFF1", "#455A64"),
}


def state_of(entry: CalendarEntry) -> str:
    if entry.status is DeliveryStatus.COMPLETED:
        return "done"
    if entry.readiness.blocked:
        return "blocked"
    return "ready" if entry.readiness.ready else "preparing"


def describe(entry: CalendarEntry, zone: ZoneInfo) -> str:
    start, end = entry.starts_at.astimezone(zone), entry.ends_at.astimezone(zone)
    state = {
        "done": tr("handed over"),
        "blocked": tr("checklists open"),
        "ready": tr("ready"),
        "preparing": tr("in preparation"),
    }[state_of(entry)]
    return (
        f"{entry.customer_name} · {dtr(entry.vehicle)}\n"
        f"{day_text(start)} {start:%H:%M}–{end:%H:%M} · {entry.bay} · {entry.consultant}\n"
        f"{state}: {entry.readiness.summary(dtr)}"
    )


@dataclass(frozen=True, slots=True)
class Slot:
    bay: str
    start: datetime


class CalendarModel(QAbstractTableModel):
    """Bays × half hours of a day, or bays × days of a week."""

    def __init__(self, zone: ZoneInfo, opening: tuple[time, time]) -> None:
        super().__init__()
        self.zone = zone
        self.opening = opening
        self.mode = "day"
        self.first_day = date.today()
        self.bays: list[str] = []
        self.entries: list[CalendarEntry] = []
        self.columns: list[datetime] = []

    # --- filling ----------------------------------------------------------------------------
    def range(self) -> tuple[datetime, datetime]:
        days = 1 if self.mode == "day" else 7
        start = datetime.combine(self.first_day, time.min, tzinfo=self.zone)
        end = datetime.combine(self.first_day + timedelta(days=days), time.min, tzinfo=self.zone)
        return start, end

    def set_data(
        self, mode: str, first_day: date, bays: list[str], entries: list[CalendarEntry]
    ) -> None:
        self.beginResetModel()
        self.mode, self.first_day = mode, first_day
        known = set(bays)
        self.bays = bays + sorted({e.bay for e in entries if e.bay not in known})
        self.entries = entries
        if mode == "day":
            opens, closes = self.opening
            moment = datetime.combine(first_day, opens, tzinfo=self.zone)
            last = datetime.combine(first_day, closes, tzinfo=self.zone)
            # A delivery outside the opening hours still shows.
            for entry in entries:
                moment = min(moment, entry.starts_at.astimezone(self.zone))
                last = max(last, entry.ends_at.astimezone(self.zone))
            moment = moment.replace(minute=0 if moment.minute < 30 else 30)
            self.columns = []
            while moment < last:
                self.columns.append(moment)
                moment += SLOT
        else:
            self.columns = [
                datetime.combine(first_day + timedelta(days=n), time.min, tzinfo=self.zone)
                for n in range(7)
            ]
        self.endResetModel()

    # --- reading ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.bays)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def _cell_end(self, column: int) -> datetime:
        return self.columns[column] + (SLOT if self.mode == "day" else timedelta(days=1))

    def entries_at(self, row: int, column: int) -> list[CalendarEntry]:
        if not (0 <= row < len(self.bays) and 0 <= column < len(self.columns)):
            return []
        bay, start, end = self.bays[row], self.columns[column], self._cell_end(column)
        return [e for e in self.entries if e.bay == bay and e.starts_at < end and start < e.ends_at]

    def entry_at(self, index: QModelIndex) -> CalendarEntry | None:
        found = self.entries_at(index.row(), index.column())
        return found[0] if found else None

    def slot_at(self, index: QModelIndex) -> Slot | None:
        if not index.isValid():
            return None
        start = self.columns[index.column()]
        if self.mode == "week":
            start = start.replace(hour=self.opening[0].hour, minute=self.opening[0].minute)
        return Slot(self.bays[index.row()], start)

    def spans(self) -> list[tuple[int, int, int]]:
        """(row, column, columns) of each delivery in the day view."""
        if self.mode != "day":
            return []
        result = []
        for row, bay in enumerate(self.bays):
            for entry in self.entries:
                if entry.bay != bay:
                    continue
                covered = [
                    c
                    for c in range(len(self.columns))
                    if entry.starts_at < self._cell_end(c) and self.columns[c] < entry.ends_at
                ]
                if len(covered) > 1:
                    result.append((row, covered[0], len(covered)))
        return result

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.bays[section] if section < len(self.bays) else None
        if section >= len(self.columns):
            return None
        moment = self.columns[section]
        return f"{moment:%H:%M}" if self.mode == "day" else day_text(moment)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        found = self.entries_at(index.row(), index.column())
        if not found:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self.mode == "day":
                entry = found[0]
                return f"{entry.customer_name}\n{dtr(entry.vehicle)}"
            return "\n".join(
                f"{e.starts_at.astimezone(self.zone):%H:%M} {e.customer_name}" for e in found
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n\n".join(describe(e, self.zone) for e in found)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            states = [state_of(e) for e in found]
            worst = next(
                (s for s in ("blocked", "preparing", "ready", "done") if s in states), "ready"
            )
            background, foreground = COLOURS[worst]
            colour = background if role == Qt.ItemDataRole.BackgroundRole else foreground
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "; ".join(describe(e, self.zone).replace("\n", ", ") for e in found)
        return None


class ListColumn(IntEnum):
    WHEN = 0
    BAY = 1
    CUSTOMER = 2
    CAR = 3
    CONSULTANT = 4
    READINESS = 5


class DeliveryListModel(QAbstractTableModel):
    """The deliveries in view, in time order, with their readiness."""

    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__()
        self.zone = zone
        self.entries: list[CalendarEntry] = []

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ListColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ListColumn.WHEN: tr("When"),
            ListColumn.BAY: tr("Bay"),
            ListColumn.CUSTOMER: tr("Customer"),
            ListColumn.CAR: tr("Car"),
            ListColumn.CONSULTANT: tr("Consultant"),
            ListColumn.READINESS: tr("Readiness"),
        }[ListColumn(section)]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = ListColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ListColumn.WHEN:
                start = entry.starts_at.astimezone(self.zone)
                return f"{day_text(start)} {start:%H:%M}"
            if column == ListColumn.BAY:
                return entry.bay
            if column == ListColumn.CUSTOMER:
                return entry.customer_name
            if column == ListColumn.CAR:
                return dtr(entry.vehicle)
            if column == ListColumn.CONSULTANT:
                return entry.consultant
            if entry.status is DeliveryStatus.COMPLETED:
                return tr("handed over")
            return entry.readiness.summary(dtr)
        if role == Qt.ItemDataRole.ForegroundRole and column == ListColumn.READINESS:
            return QBrush(QColor(COLOURS[state_of(entry)][1]))
        return None
