"""Models of the Showroom day page: the day's checklist as a tree (sections and their
lines), the history of past days, and the month's compliance tables."""

from __future__ import annotations

from datetime import datetime, time
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from showroom.showroom_day.domain import CheckKind, DayState, ItemState
from showroom.showroom_day.service import (
    CheckFailures,
    DayHistoryRow,
    DayView,
    ItemView,
    SectionRate,
)
from ui.widgets.dates import format_day

_Index = QModelIndex | QPersistentModelIndex
GREEN = QColor("#2E7D32")
RED = QColor("#C62828")
ORANGE = QColor("#E65100")
GREY = QColor("#78909C")
SECTION_BACKGROUND = QColor("#EEF2F7")


def tr(text: str) -> str:
    return QCoreApplication.translate("ShowroomDay", text)


def _icon(kind: str) -> QIcon:
    """Small painted state icons: the bundled font has no tick or cross glyphs."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = {"done": GREEN, "failed": RED, "late": ORANGE}.get(kind, GREY)
    painter.setPen(QPen(colour, 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    if kind == "done":
        path = QPainterPath(QPointF(7, 17))
        path.lineTo(13, 23)
        path.lineTo(25, 9)
        painter.drawPath(path)
    elif kind == "failed":
        painter.drawLine(QPointF(9, 9), QPointF(23, 23))
        painter.drawLine(QPointF(23, 9), QPointF(9, 23))
    else:
        painter.drawEllipse(QRectF(7, 7, 18, 18))
        if kind == "late":
            painter.drawLine(QPointF(16, 11), QPointF(16, 16))
            painter.drawLine(QPointF(16, 16), QPointF(20, 18))
    painter.end()
    return QIcon(pixmap)


_ICONS: dict[str, QIcon] = {}


def state_icon(kind: str) -> QIcon:
    if kind not in _ICONS:
        _ICONS[kind] = _icon(kind)
    return _ICONS[kind]


def is_late(item: ItemView, day: DayView, now: datetime, zone: ZoneInfo) -> bool:
    if item.state != ItemState.OPEN or item.due_time is None or day.state != DayState.OPEN:
        return False
    local = now.astimezone(zone)
    return day.day < local.date() or (day.day == local.date() and item.due_time < local.time())


def clock(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


class Col(IntEnum):
    CHECK = 0
    DUE = 1
    STATE = 2
    COUNT = 3
    BY = 4
    AT = 5
    NOTE = 6


def checklist_headers() -> dict[Col, str]:
    return {
        Col.CHECK: tr("Check"),
        Col.DUE: tr("Due"),
        Col.STATE: tr("State"),
        Col.COUNT: tr("Count"),
        Col.BY: tr("By"),
        Col.AT: tr("At"),
        Col.NOTE: tr("Note"),
    }


class ChecklistModel(QAbstractItemModel):
    """Sections at the top level, their lines under them. Top-level indexes carry
    internal id 0; a line's index carries its section's row + 1."""

    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__()
        self.zone = zone
        self.day: DayView | None = None
        self.now = datetime.now(zone)
        self.sections: list[tuple[str, time | None, list[ItemView]]] = []

    def set_day(self, day: DayView | None, now: datetime) -> None:
        self.beginResetModel()
        self.day = day
        self.now = now
        self.sections = day.sections() if day is not None else []
        self.endResetModel()

    # --- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.sections[parent.row()][2])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return checklist_headers()[Col(section)]
        return None

    def item_at(self, index: _Index) -> ItemView | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.sections[int(index.internalId()) - 1][2][index.row()]

    def index_of(self, item_id: int, column: int = 0) -> QModelIndex:
        for section_row, (_, _, items) in enumerate(self.sections):
            for row, item in enumerate(items):
                if item.id == item_id:
                    return self.createIndex(row, column, section_row + 1)
        return QModelIndex()

    def lines(self) -> list[ItemView]:
        return [item for _, _, items in self.sections for item in items]

    # --- data --------------------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.day is None:
            return None
        if index.internalId() == 0:
            return self._section_data(index, role)
        item = self.item_at(index)
        assert item is not None
        return self._line_data(item, Col(index.column()), role)

    def _section_data(self, index: _Index, role: int) -> Any:
        title, due, items = self.sections[index.row()]
        column = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Col.CHECK:
                return title
            if column == Col.DUE and due is not None:
                return tr("by {time}").format(time=clock(due))
            if column == Col.STATE:
                done = sum(1 for i in items if i.state == ItemState.DONE)
                return tr("{done} of {total} done").format(done=done, total=len(items))
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(SECTION_BACKGROUND)
        return None

    def _line_data(self, item: ItemView, column: Col, role: int) -> Any:
        assert self.day is not None
        late = is_late(item, self.day, self.now, self.zone)
        state = item.state.value if not late else "late"
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Col.CHECK:
                return item.text
            if column == Col.DUE:
                return clock(item.due_time)
            if column == Col.STATE:
                return {
                    "done": tr("Done"),
                    "failed": tr("Failed"),
                    "late": tr("Late"),
                    "open": tr("Open"),
                }[state]
            if column == Col.COUNT:
                return self._count(item)
            if column == Col.BY:
                return item.done_by or ""
            if column == Col.AT and item.done_at is not None:
                local = item.done_at.astimezone(self.zone)
                if local.date() == self.day.day:
                    return local.strftime("%H:%M")
                return f"{format_day(local.date())} {local:%H:%M}"
            if column == Col.NOTE:
                return self._note(item)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == Col.STATE:
            return state_icon(state)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (Col.STATE, Col.DUE) and state in ("failed", "late"):
                return QBrush(RED if state == "failed" else ORANGE)
            if column == Col.STATE and state == "done":
                return QBrush(GREEN)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Col.CHECK, Col.NOTE):
            return item.text if column == Col.CHECK else self._note(item) or None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Col.CHECK:
            return f"{item.text}: {self._line_data(item, Col.STATE, Qt.ItemDataRole.DisplayRole)}"
        return None

    def _count(self, item: ItemView) -> str:
        assert self.day is not None
        if item.kind == CheckKind.WALK_IN_COUNT:
            count = item.counted if item.counted is not None else self.day.walk_ins
            return tr("{count} walk-ins").format(count=count)
        if item.count_target is None:
            return ""
        if item.counted is None:
            return tr("of {target}").format(target=item.count_target)
        return f"{item.counted} / {item.count_target}"

    def _note(self, item: ItemView) -> str:
        note = item.note or ""
        if item.task_owner and item.task_state is not None:
            status = {
                "open": tr("to fix: {name}"),
                "done": tr("fixed by {name}"),
                "cancelled": tr("withdrawn ({name})"),
            }[item.task_state.value].format(name=item.task_owner)
            note = f"{note} · {status}" if note else status
        return note


class HistoryCol(IntEnum):
    DAY = 0
    STATE = 1
    RATE = 2
    DONE = 3
    FAILED = 4
    OPEN = 5
    SIGNED_BY = 6
    SIGNED_AT = 7


def percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.0f} %"


class HistoryModel(QAbstractTableModel):
    """Past days: completion rate, failures, who signed off and when."""

    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__()
        self.zone = zone
        self.rows: list[DayHistoryRow] = []

    def set_rows(self, rows: list[DayHistoryRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            HistoryCol.DAY: tr("Day"),
            HistoryCol.STATE: tr("State"),
            HistoryCol.RATE: tr("Done"),
            HistoryCol.DONE: tr("Checks done"),
            HistoryCol.FAILED: tr("Failed"),
            HistoryCol.OPEN: tr("Left open"),
            HistoryCol.SIGNED_BY: tr("Signed off by"),
            HistoryCol.SIGNED_AT: tr("At"),
        }[HistoryCol(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = HistoryCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                HistoryCol.DAY: format_day(row.day),
                HistoryCol.STATE: tr("Signed off")
                if row.state == DayState.SIGNED_OFF
                else tr("Not signed off"),
                HistoryCol.RATE: percent(row.rate),
                HistoryCol.DONE: tr("{done} of {total}").format(done=row.done, total=row.total),
                HistoryCol.FAILED: str(row.failed) if row.failed else "",
                HistoryCol.OPEN: str(row.open) if row.open else "",
                HistoryCol.SIGNED_BY: row.signed_off_by or "",
                HistoryCol.SIGNED_AT: row.signed_off_at.astimezone(self.zone).strftime("%H:%M")
                if row.signed_off_at
                else "",
            }
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == HistoryCol.STATE and row.state != DayState.SIGNED_OFF:
                return QBrush(ORANGE)
            if column == HistoryCol.FAILED and row.failed:
                return QBrush(RED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            HistoryCol.RATE,
            HistoryCol.FAILED,
            HistoryCol.OPEN,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SectionRateModel(QAbstractTableModel):
    """Per section of the month: lines, done, failed and the rate."""

    HEADERS = ("Section", "Lines", "Done", "Failed", "Rate")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SectionRate] = []

    def set_rows(self, rows: list[SectionRate]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Section"), tr("Lines"), tr("Done"), tr("Failed"), tr("Rate")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.title,
                f"{row.total:,}",
                f"{row.done:,}",
                f"{row.failed:,}",
                percent(row.rate),
            ][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FailuresModel(QAbstractTableModel):
    """The checks that failed most in the month, with the lines (cars) that failed most."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CheckFailures] = []

    def set_rows(self, rows: list[CheckFailures]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Check"), tr("Section"), tr("Failed"), tr("Failed most")][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            worst = "; ".join(f"{subject} ({count}×)" for subject, count in row.worst if subject)
            return [
                row.check_text,
                row.section_title,
                tr("{failures} of {lines}").format(failures=row.failures, lines=row.lines),
                worst,
            ][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QBrush(RED)
        return None
