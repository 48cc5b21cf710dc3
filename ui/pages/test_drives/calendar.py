"""The test-drive calendar: one row per fleet car, time across, bookings as blocks.

Painted by hand on a QAbstractScrollArea: the car names stay on the left and the hours stay
on top while the grid scrolls. Each day column spans the booking hours of that day as
instants, so a day with a daylight-saving change is drawn by real time and a 90-minute drive
is always 90 minutes wide.

Keyboard: the arrows move a cursor over car and time slots, Home/End jump to the start or end
of the day, Return books the slot (or opens the booking under the cursor), Delete asks to
cancel the booking under the cursor. Mouse: drag on empty space to book that span, drag a
booking to move it (also onto another car), drag its right edge to lengthen or shorten it;
a double-click opens a slot or a booking.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from showroom.test_drives.domain import DriveStatus, can_change_end, can_reschedule
from showroom.test_drives.service import CalendarEntry
from ui.i18n import date_format
from ui.widgets.dates import day_text

LABEL_WIDTH = 210
HEADER_HEIGHT = 48
ROW_HEIGHT = 54
EDGE_GRAB = 6
DRAG_THRESHOLD = 4
SNAP_MINUTES = 15
SLOT_MINUTES = {"day": 15, "week": 60}
# The day view keeps a 30-minute drive wide enough for a name (and scrolls); the week view
# fits the whole week into the window as an overview (details in the tooltip and below).
MIN_PX_PER_MINUTE = {"day": 2.2, "week": 0.15}

COLOURS = {
    DriveStatus.BOOKED: ("#1565C0", "#FFFFFF"),
    DriveStatus.OUT: ("#EF6C00", "#FFFFFF"),
    DriveStatus.RETURNED: ("#C8E6C9", "#1B5E20"),
    DriveStatus.NO_SHOW: ("#F5F5F5", "#757575"),
}
OVERDUE = ("#C62828", "#FFFFFF")
NOW_LINE = "#D32F2F"
CURSOR = "#00897B"
GRID = "#E0E0E0"
GRID_DAY = "#9E9E9E"
ROW_SHADE = "#FAFAFA"
HEADER_BG = "#F5F7FA"
TEXT = "#212121"
MUTED = "#616161"


def tr(text: str) -> str:
    return QCoreApplication.translate("DriveCalendar", text)


def status_label(status: str) -> str:
    return {
        DriveStatus.BOOKED: tr("Booked"),
        DriveStatus.OUT: tr("Out"),
        DriveStatus.RETURNED: tr("Back"),
        DriveStatus.NO_SHOW: tr("No-show"),
        DriveStatus.CANCELLED: tr("Cancelled"),
    }.get(DriveStatus(status), status)


def fleet_status_label(status: str) -> str:
    return {
        "available": tr("Available"),
        "on_drive": tr("On a drive"),
        "in_preparation": tr("In preparation"),
        "out_of_service": tr("Out of service"),
    }.get(status, status)


@dataclass(frozen=True)
class Lane:
    """One row: a fleet car."""

    vehicle_id: int
    title: str
    detail: str
    status: str


@dataclass(frozen=True)
class Column:
    """One day's booking hours as instants, and where they are drawn."""

    day: date
    start: datetime
    end: datetime
    x: float
    width: float


@dataclass(frozen=True)
class Block:
    rect: QRectF  # in content coordinates
    entry: CalendarEntry
    lane: int


@dataclass
class _Drag:
    kind: str  # "create", "move" or "resize"
    origin: QPointF
    lane: int
    anchor: datetime
    entry: CalendarEntry | None = None
    offset: timedelta = timedelta(0)
    started: bool = False
    preview_lane: int = 0
    preview_start: datetime | None = None
    preview_end: datetime | None = None


def _minutes(delta: timedelta) -> float:
    return delta.total_seconds() / 60


def fit_name(name: str, metrics: QFontMetrics, width: int) -> str:
    """The longest form of a name that fits: 'Manon Lefèvre', 'Manon L.', 'Manon', 'ML'."""
    parts = name.split()
    forms = [name]
    if len(parts) > 1:
        forms += [f"{parts[0]} {parts[-1][0]}.", parts[0], "".join(p[0] for p in parts[:2])]
    for form in forms:
        if metrics.horizontalAdvance(form) <= width:
            return form
    return metrics.elidedText(forms[-1], Qt.TextElideMode.ElideRight, width)


class DriveCalendar(QAbstractScrollArea):
    """Day or week view of the fleet's bookings, driven by the keyboard or the mouse."""

    slot_activated = Signal(int, object, int)  # vehicle id, start (UTC), minutes
    day_activated = Signal(object)  # a day header double-clicked in the week view
    booking_activated = Signal(int)  # drive id
    cancel_requested = Signal(int)  # drive id
    reschedule_requested = Signal(int, int, object, int)  # drive, vehicle, start, minutes
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("driveCalendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.mode = "day"
        self.zone = ZoneInfo("UTC")
        self.now = datetime.now(UTC)
        self.default_minutes = 30
        self.lanes: list[Lane] = []
        self.entries: list[CalendarEntry] = []
        self.columns: list[Column] = []
        self.slots: list[tuple[int, datetime]] = []  # (column index, start instant)
        self.blocks: list[Block] = []
        self.cursor_lane = 0
        self.cursor_slot = 0
        self.px_per_minute = 2.0
        self._windows: list[tuple[date, datetime, datetime]] = []
        self._drag: _Drag | None = None
        self._selected_id: int | None = None
        self._font = QFont(self.font())
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    # --- content -------------------------------------------------------------------------------
    def set_content(
        self,
        mode: str,
        windows: list[tuple[date, datetime, datetime]],
        lanes: list[Lane],
        entries: list[CalendarEntry],
        zone: ZoneInfo,
        now: datetime,
        default_minutes: int,
    ) -> None:
        """Show ``lanes`` over the day windows ``(day, first instant, last instant)``."""
        keep = self.cursor_position()
        self.mode = mode
        self._windows = windows
        self.lanes = lanes
        self.entries = entries
        self.zone = zone
        self.now = now
        self.default_minutes = default_minutes
        self._relayout()
        if keep is not None and self._selected_id is None:
            self.place_cursor(keep[0], keep[1])
        elif self._selected_id is not None and not self.select_drive(self._selected_id):
            self._selected_id = None
        self.viewport().update()
        self.selection_changed.emit()

    def set_now(self, now: datetime) -> None:
        self.now = now
        self.viewport().update()

    def _relayout(self) -> None:
        content_width = max(1, self.viewport().width() - LABEL_WIDTH)
        total = sum(_minutes(end - start) for _, start, end in self._windows) or 1.0
        self.px_per_minute = max(content_width / total, MIN_PX_PER_MINUTE[self.mode])
        x = 0.0
        self.columns = []
        self.slots = []
        step = timedelta(minutes=SLOT_MINUTES[self.mode])
        for index, (day, start, end) in enumerate(self._windows):
            width = _minutes(end - start) * self.px_per_minute
            self.columns.append(Column(day, start, end, x, width))
            moment = start
            while moment < end:
                self.slots.append((index, moment))
                moment += step
            x += width
        self._layout_blocks()
        self._update_scrollbars()

    def _layout_blocks(self) -> None:
        lane_of = {lane.vehicle_id: i for i, lane in enumerate(self.lanes)}
        self.blocks = []
        # No-shows first, so that a booking made over a no-show is drawn on top of it.
        for entry in sorted(self.entries, key=lambda e: e.status != DriveStatus.NO_SHOW):
            lane = lane_of.get(entry.vehicle_id)
            if lane is None:
                continue
            for rect in self._rects(lane, entry.start, entry.end):
                self.blocks.append(Block(rect, entry, lane))

    def _rects(self, lane: int, start: datetime, end: datetime) -> list[QRectF]:
        rects = []
        top = lane * ROW_HEIGHT + 4
        for column in self.columns:
            s, e = max(start, column.start), min(end, column.end)
            if s >= e:
                continue
            x1 = column.x + _minutes(s - column.start) * self.px_per_minute
            x2 = column.x + _minutes(e - column.start) * self.px_per_minute
            rects.append(QRectF(x1, top, max(2.0, x2 - x1), ROW_HEIGHT - 8))
        return rects

    def content_size(self) -> QSize:
        width = int(sum(c.width for c in self.columns))
        return QSize(width, len(self.lanes) * ROW_HEIGHT)

    def _update_scrollbars(self) -> None:
        size = self.content_size()
        view_w = max(0, self.viewport().width() - LABEL_WIDTH)
        view_h = max(0, self.viewport().height() - HEADER_HEIGHT)
        self.horizontalScrollBar().setRange(0, max(0, size.width() - view_w))
        self.horizontalScrollBar().setPageStep(max(1, view_w))
        self.horizontalScrollBar().setSingleStep(max(1, int(60 * self.px_per_minute / 2)))
        self.verticalScrollBar().setRange(0, max(0, size.height() - view_h))
        self.verticalScrollBar().setPageStep(max(1, view_h))
        self.verticalScrollBar().setSingleStep(ROW_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def sizeHint(self) -> QSize:
        return QSize(900, HEADER_HEIGHT + ROW_HEIGHT * max(4, min(12, len(self.lanes))) + 4)

    # --- coordinates ---------------------------------------------------------------------------
    def view_rect(self, rect: QRectF) -> QRectF:
        """A rectangle of the grid in viewport coordinates."""
        return rect.translated(
            LABEL_WIDTH - self.horizontalScrollBar().value(),
            HEADER_HEIGHT - self.verticalScrollBar().value(),
        )

    def _to_content(self, point: QPointF) -> QPointF:
        return QPointF(
            point.x() - LABEL_WIDTH + self.horizontalScrollBar().value(),
            point.y() - HEADER_HEIGHT + self.verticalScrollBar().value(),
        )

    def x_of(self, moment: datetime) -> float | None:
        """Content x of an instant, or None if it falls outside the shown hours."""
        for column in self.columns:
            if column.start <= moment <= column.end:
                return column.x + _minutes(moment - column.start) * self.px_per_minute
        return None

    def time_at(self, content_x: float) -> datetime | None:
        for column in self.columns:
            if column.x <= content_x < column.x + column.width or column is self.columns[-1]:
                clamped = min(max(content_x, column.x), column.x + column.width)
                return column.start + timedelta(minutes=(clamped - column.x) / self.px_per_minute)
        return None

    def _snap(self, moment: datetime) -> datetime:
        """The nearest quarter hour of the shown day, counted from its first instant."""
        column = min(
            self.columns,
            key=lambda c: 0 if c.start <= moment <= c.end else abs(_minutes(moment - c.start)),
        )
        steps = round(_minutes(moment - column.start) / SNAP_MINUTES)
        snapped = column.start + timedelta(minutes=steps * SNAP_MINUTES)
        return min(max(snapped, column.start), column.end)

    def lane_at(self, content_y: float) -> int:
        return min(max(0, int(content_y // ROW_HEIGHT)), max(0, len(self.lanes) - 1))

    def slot_at(self, content_x: float) -> int:
        moment = self.time_at(content_x)
        if moment is None or not self.slots:
            return 0
        best = 0
        for index, (_, start) in enumerate(self.slots):
            if start <= moment:
                best = index
        return best

    def block_at(self, point: QPointF) -> Block | None:
        content = self._to_content(point)
        for block in reversed(self.blocks):
            if block.rect.contains(content):
                return block
        return None

    # --- cursor and selection --------------------------------------------------------------------
    def slot_span(self, slot: int | None = None) -> tuple[datetime, datetime]:
        index = self.cursor_slot if slot is None else slot
        column, start = self.slots[index]
        end = min(start + timedelta(minutes=SLOT_MINUTES[self.mode]), self.columns[column].end)
        return start, end

    def cursor_position(self) -> tuple[int, datetime] | None:
        if not self.slots or not self.lanes:
            return None
        return self.lanes[self.cursor_lane].vehicle_id, self.slots[self.cursor_slot][1]

    def place_cursor(self, vehicle_id: int, moment: datetime) -> None:
        """Put the cursor on a car's row at the slot that holds ``moment``."""
        for index, lane in enumerate(self.lanes):
            if lane.vehicle_id == vehicle_id:
                self.cursor_lane = index
                break
        self.cursor_slot = 0
        for index, (_, start) in enumerate(self.slots):
            if start <= moment:
                self.cursor_slot = index
        self._selected_id = None
        self._after_cursor_move()

    def entry_at_cursor(self) -> CalendarEntry | None:
        if not self.slots or not self.lanes:
            return None
        if self._selected_id is not None:
            for entry in self.entries:
                if entry.id == self._selected_id:
                    return entry
        vehicle_id = self.lanes[self.cursor_lane].vehicle_id
        start, end = self.slot_span()
        hits = [
            e
            for e in self.entries
            if e.vehicle_id == vehicle_id and e.start < end and start < e.end
        ]
        # A live booking wins over a no-show drawn beneath it.
        hits.sort(key=lambda e: (e.status == DriveStatus.NO_SHOW, e.start))
        return hits[0] if hits else None

    def selected_entry(self) -> CalendarEntry | None:
        return self.entry_at_cursor()

    def select_drive(self, drive_id: int) -> bool:
        for block in self.blocks:
            if block.entry.id == drive_id:
                self.cursor_lane = block.lane
                self.cursor_slot = self.slot_at(block.rect.left() + 1)
                self._selected_id = drive_id
                self._after_cursor_move()
                return True
        return False

    def move_cursor(self, lanes: int, slots: int) -> None:
        if not self.slots or not self.lanes:
            return
        current = self.entry_at_cursor() if slots else None
        self._selected_id = None
        if current is not None and slots:
            # Step over the whole booking rather than through it.
            edge = current.end if slots > 0 else current.start
            target = self.cursor_slot
            for index, (_, start) in enumerate(self.slots):
                if slots > 0 and start >= edge:
                    target = index
                    break
                if slots < 0 and start < edge:
                    target = index
            if target != self.cursor_slot:
                self.cursor_slot = target
                slots = 0
        self.cursor_lane = min(max(0, self.cursor_lane + lanes), len(self.lanes) - 1)
        self.cursor_slot = min(max(0, self.cursor_slot + slots), len(self.slots) - 1)
        self._after_cursor_move()

    def _after_cursor_move(self) -> None:
        self._ensure_visible()
        self.viewport().update()
        self.selection_changed.emit()

    def _ensure_visible(self) -> None:
        if not self.slots or not self.lanes:
            return
        start, end = self.slot_span()
        x1 = self.x_of(start) or 0.0
        x2 = self.x_of(end) or x1
        view_w = self.viewport().width() - LABEL_WIDTH
        bar = self.horizontalScrollBar()
        if x1 < bar.value():
            bar.setValue(int(x1) - 20)
        elif x2 > bar.value() + view_w:
            bar.setValue(int(x2 - view_w) + 20)
        top = self.cursor_lane * ROW_HEIGHT
        view_h = self.viewport().height() - HEADER_HEIGHT
        vbar = self.verticalScrollBar()
        if top < vbar.value():
            vbar.setValue(top)
        elif top + ROW_HEIGHT > vbar.value() + view_h:
            vbar.setValue(top + ROW_HEIGHT - view_h)

    def scroll_to(self, moment: datetime) -> None:
        x = self.x_of(moment)
        if x is not None:
            self.horizontalScrollBar().setValue(int(x - 60 * self.px_per_minute))

    # --- keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        if key in moves:
            self.move_cursor(*moves[Qt.Key(key)])
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and self.slots:
            column = self.slots[self.cursor_slot][0]
            in_day = [i for i, (c, _) in enumerate(self.slots) if c == column]
            self._selected_id = None
            self.cursor_slot = in_day[0] if key == Qt.Key.Key_Home else in_day[-1]
            self._after_cursor_move()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_cursor()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            entry = self.entry_at_cursor()
            if entry is not None:
                self.cancel_requested.emit(int(entry.id))
            return
        super().keyPressEvent(event)

    def activate_cursor(self) -> None:
        """Return: open the booking under the cursor, or book the free slot."""
        position = self.cursor_position()
        if position is None:
            return
        entry = self.entry_at_cursor()
        if entry is not None and entry.status != DriveStatus.NO_SHOW:
            self.booking_activated.emit(int(entry.id))
            return
        vehicle_id, start = position
        self.slot_activated.emit(vehicle_id, start, self.default_minutes)

    # --- mouse ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.slots or not self.lanes:
            super().mousePressEvent(event)
            return
        self.setFocus()
        point = event.position()
        if point.x() < LABEL_WIDTH or point.y() < HEADER_HEIGHT:
            return
        content = self._to_content(point)
        block = self.block_at(point)
        lane = self.lane_at(content.y())
        moment = self.time_at(content.x())
        if moment is None:
            return
        if block is not None:
            self.select_drive(int(block.entry.id))
            entry = block.entry
            view_rect = self.view_rect(block.rect)
            near_edge = abs(point.x() - view_rect.right()) <= EDGE_GRAB
            if near_edge and can_change_end(entry.status):
                self._drag = _Drag("resize", point, lane, entry.start, entry)
            elif can_reschedule(entry.status):
                self._drag = _Drag("move", point, lane, entry.start, entry, moment - entry.start)
            return
        self.cursor_lane = lane
        self.cursor_slot = self.slot_at(content.x())
        self._selected_id = None
        self._after_cursor_move()
        self._drag = _Drag("create", point, lane, self.slot_span()[0])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self._drag
        if drag is None:
            self._update_mouse_cursor(point)
            return
        if not drag.started:
            if (point - drag.origin).manhattanLength() < DRAG_THRESHOLD:
                return
            drag.started = True
        content = self._to_content(point)
        moment = self.time_at(content.x())
        if moment is None:
            return
        if drag.kind == "create":
            here = self.slot_span(self.slot_at(content.x()))
            drag.preview_lane = drag.lane
            drag.preview_start = min(drag.anchor, here[0])
            drag.preview_end = max(
                drag.anchor + timedelta(minutes=SLOT_MINUTES[self.mode]), here[1]
            )
        elif drag.kind == "move" and drag.entry is not None:
            length = drag.entry.end - drag.entry.start
            drag.preview_lane = self.lane_at(content.y())
            drag.preview_start = self._snap(moment - drag.offset)
            drag.preview_end = drag.preview_start + length
        elif drag.kind == "resize" and drag.entry is not None:
            drag.preview_lane = drag.lane
            drag.preview_start = drag.entry.start
            drag.preview_end = max(
                self._snap(moment), drag.entry.start + timedelta(minutes=SNAP_MINUTES)
            )
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or not drag.started or drag.preview_start is None:
            self.viewport().update()
            return
        assert drag.preview_end is not None
        minutes = round(_minutes(drag.preview_end - drag.preview_start))
        vehicle_id = self.lanes[drag.preview_lane].vehicle_id
        self.viewport().update()
        if drag.kind == "create":
            self.slot_activated.emit(vehicle_id, drag.preview_start, minutes)
        elif drag.entry is not None:
            unchanged = (
                drag.preview_start == drag.entry.start
                and drag.preview_end == drag.entry.end
                and vehicle_id == drag.entry.vehicle_id
            )
            if not unchanged:
                self.reschedule_requested.emit(
                    int(drag.entry.id), vehicle_id, drag.preview_start, minutes
                )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        point = event.position()
        if point.x() >= LABEL_WIDTH and point.y() < HEADER_HEIGHT:
            moment = self.time_at(self._to_content(point).x())
            if moment is not None:
                self.day_activated.emit(moment.astimezone(self.zone).date())
            return
        if point.x() >= LABEL_WIDTH:
            self.activate_cursor()

    def _update_mouse_cursor(self, point: QPointF) -> None:
        block = self.block_at(point)
        shape = Qt.CursorShape.ArrowCursor
        if block is not None:
            near_edge = abs(point.x() - self.view_rect(block.rect).right()) <= EDGE_GRAB
            if near_edge and can_change_end(block.entry.status):
                shape = Qt.CursorShape.SizeHorCursor
            elif can_reschedule(block.entry.status):
                shape = Qt.CursorShape.OpenHandCursor
        self.viewport().setCursor(shape)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is not None:
                QToolTip.showText(event.globalPos(), self.describe(block.entry), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def describe(self, entry: CalendarEntry) -> str:
        start, end = entry.start.astimezone(self.zone), entry.end.astimezone(self.zone)
        state = tr("Overdue") if entry.overdue(self.now) else status_label(entry.status)
        return tr("{customer} with {consultant}\n{start}–{end} · {state}").format(
            customer=entry.customer_name,
            consultant=entry.consultant_name,
            start=start.strftime("%H:%M"),
            end=end.strftime("%H:%M"),
            state=state,
        )

    # --- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(QRect(0, 0, width, height), QColor("#FFFFFF"))
        grid_area = QRectF(LABEL_WIDTH, HEADER_HEIGHT, width - LABEL_WIDTH, height - HEADER_HEIGHT)

        painter.save()
        painter.setClipRect(grid_area)
        self._paint_rows(painter, width)
        self._paint_grid(painter, height)
        self._paint_blocks(painter)
        self._paint_cursor(painter)
        self._paint_drag(painter)
        self._paint_now(painter, HEADER_HEIGHT, height)
        painter.restore()

        painter.save()
        painter.setClipRect(QRectF(LABEL_WIDTH, 0, width - LABEL_WIDTH, HEADER_HEIGHT))
        self._paint_header(painter)
        painter.restore()

        painter.save()
        painter.setClipRect(QRectF(0, HEADER_HEIGHT, LABEL_WIDTH, height - HEADER_HEIGHT))
        self._paint_labels(painter)
        painter.restore()

        painter.fillRect(QRectF(0, 0, LABEL_WIDTH, HEADER_HEIGHT), QColor(HEADER_BG))
        painter.setPen(QColor(MUTED))
        painter.setFont(self._font)
        painter.drawText(
            QRectF(12, 0, LABEL_WIDTH - 16, HEADER_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            tr("Car"),
        )
        painter.setPen(QPen(QColor(GRID_DAY), 1))
        painter.drawLine(QPointF(LABEL_WIDTH - 0.5, 0), QPointF(LABEL_WIDTH - 0.5, height))
        painter.drawLine(QPointF(0, HEADER_HEIGHT - 0.5), QPointF(width, HEADER_HEIGHT - 0.5))
        if not self.lanes:
            painter.setPen(QColor(MUTED))
            painter.drawText(
                grid_area,
                Qt.AlignmentFlag.AlignCenter,
                tr("No test-drive cars yet: add them on the Fleet tab."),
            )
        painter.end()

    def _paint_rows(self, painter: QPainter, width: int) -> None:
        vscroll = self.verticalScrollBar().value()
        for index, lane in enumerate(self.lanes):
            y = HEADER_HEIGHT + index * ROW_HEIGHT - vscroll
            if index % 2:
                painter.fillRect(QRectF(LABEL_WIDTH, y, width, ROW_HEIGHT), QColor(ROW_SHADE))
            if lane.status == "out_of_service":
                painter.fillRect(
                    QRectF(LABEL_WIDTH, y, width, ROW_HEIGHT),
                    QBrush(QColor("#E0E0E0"), Qt.BrushStyle.BDiagPattern),
                )
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(
                QPointF(LABEL_WIDTH, y + ROW_HEIGHT - 0.5), QPointF(width, y + ROW_HEIGHT - 0.5)
            )

    def _hour_ticks(self, column: Column) -> list[datetime]:
        local = column.start.astimezone(self.zone)
        first = local.replace(minute=0, second=0, microsecond=0)
        if first < local:
            first += timedelta(hours=1)
        ticks = []
        moment = first.astimezone(UTC)
        while moment <= column.end:
            ticks.append(moment)
            moment += timedelta(hours=1)
        return ticks

    def _paint_grid(self, painter: QPainter, height: int) -> None:
        hscroll = self.horizontalScrollBar().value()
        bottom = HEADER_HEIGHT + len(self.lanes) * ROW_HEIGHT - self.verticalScrollBar().value()
        bottom = min(bottom, height)
        for column in self.columns:
            for tick in self._hour_ticks(column):
                x = LABEL_WIDTH + column.x + _minutes(tick - column.start) * self.px_per_minute
                x -= hscroll
                painter.setPen(QPen(QColor(GRID), 1))
                painter.drawLine(QPointF(x + 0.5, HEADER_HEIGHT), QPointF(x + 0.5, bottom))
            x = LABEL_WIDTH + column.x - hscroll
            painter.setPen(QPen(QColor(GRID_DAY), 1.5))
            painter.drawLine(QPointF(x, HEADER_HEIGHT), QPointF(x, bottom))

    def _paint_header(self, painter: QPainter) -> None:
        hscroll = self.horizontalScrollBar().value()
        painter.fillRect(
            QRectF(LABEL_WIDTH, 0, self.viewport().width(), HEADER_HEIGHT), QColor(HEADER_BG)
        )
        small = QFont(self._font)
        small.setPointSizeF(max(7.0, self._font.pointSizeF() - 1))
        today = self.now.astimezone(self.zone).date()
        for column in self.columns:
            x0 = LABEL_WIDTH + column.x - hscroll
            if self.mode == "week":
                painter.setFont(self._bold)
                painter.setPen(QColor(CURSOR if column.day == today else TEXT))
                count = sum(
                    1
                    for e in self.entries
                    if e.status != DriveStatus.NO_SHOW and column.start <= e.start < column.end
                )
                day = day_text(column.day)
                titles = [day]
                if count:
                    titles = [
                        tr("{day} · {n} drives").format(day=day, n=count),
                        f"{day} · {count}",
                        f"{day_text(column.day, date_format('ddd d'))} · {count}",
                    ]
                metrics = QFontMetrics(self._bold)
                room = int(column.width - 10)
                title = next(
                    (t for t in titles if metrics.horizontalAdvance(t) <= room),
                    metrics.elidedText(titles[-1], Qt.TextElideMode.ElideRight, room),
                )
                painter.drawText(
                    QRectF(x0 + 6, 2, column.width - 8, HEADER_HEIGHT / 2),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    title,
                )
            hour_px = self.px_per_minute * 60
            every = next(n for n, px in ((1, 44), (2, 20), (3, 9), (6, 0)) if hour_px >= px)
            painter.setFont(small if self.mode == "week" else self._font)
            painter.setPen(QColor(MUTED))
            for tick in self._hour_ticks(column):
                local = tick.astimezone(self.zone)
                if local.hour % every:
                    continue
                x = x0 + _minutes(tick - column.start) * self.px_per_minute
                top = HEADER_HEIGHT / 2 if self.mode == "week" else 0
                painter.drawText(
                    QRectF(x + 3, top, 60, HEADER_HEIGHT - top),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    local.strftime("%H:%M") if self.mode == "day" else local.strftime("%H"),
                )

    def _paint_labels(self, painter: QPainter) -> None:
        vscroll = self.verticalScrollBar().value()
        metrics = QFontMetrics(self._bold)
        for index, lane in enumerate(self.lanes):
            y = HEADER_HEIGHT + index * ROW_HEIGHT - vscroll
            if index == self.cursor_lane:
                painter.fillRect(QRectF(0, y, LABEL_WIDTH, ROW_HEIGHT), QColor("#E0F2F1"))
            elif index % 2:
                painter.fillRect(QRectF(0, y, LABEL_WIDTH, ROW_HEIGHT), QColor(ROW_SHADE))
            painter.setFont(self._bold)
            painter.setPen(QColor(TEXT))
            painter.drawText(
                QRectF(12, y + 6, LABEL_WIDTH - 18, ROW_HEIGHT / 2 - 4),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(lane.title, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 18),
            )
            painter.setFont(self._font)
            colour = {"out_of_service": "#C62828", "in_preparation": "#EF6C00"}.get(
                lane.status, MUTED
            )
            painter.setPen(QColor(colour))
            painter.drawText(
                QRectF(12, y + ROW_HEIGHT / 2, LABEL_WIDTH - 18, ROW_HEIGHT / 2 - 6),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                QFontMetrics(self._font).elidedText(
                    lane.detail, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 18
                ),
            )
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(
                QPointF(0, y + ROW_HEIGHT - 0.5), QPointF(LABEL_WIDTH, y + ROW_HEIGHT - 0.5)
            )

    def _paint_blocks(self, painter: QPainter) -> None:
        selected = self.entry_at_cursor()
        for block in self.blocks:
            entry = block.entry
            rect = self.view_rect(block.rect)
            overdue = entry.overdue(self.now)
            fill, ink = (
                OVERDUE if overdue else COLOURS.get(entry.status, COLOURS[DriveStatus.BOOKED])
            )
            if overdue:
                end_x = rect.right()
                now_x = self.x_of(self.now)
                if now_x is not None:
                    late = QRectF(
                        end_x,
                        rect.top() + 6,
                        LABEL_WIDTH + now_x - self.horizontalScrollBar().value() - end_x,
                        rect.height() - 12,
                    )
                    painter.fillRect(late, QBrush(QColor(OVERDUE[0]), Qt.BrushStyle.FDiagPattern))
            painter.setPen(
                QPen(QColor("#9E9E9E"), 1, Qt.PenStyle.DashLine)
                if entry.status == DriveStatus.NO_SHOW
                else Qt.PenStyle.NoPen
            )
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(rect, 4, 4)
            if selected is not None and entry.id == selected.id:
                painter.setPen(QPen(QColor("#263238"), 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 5, 5)
            self._paint_block_text(painter, rect, entry, ink)

    def _paint_block_text(
        self, painter: QPainter, rect: QRectF, entry: CalendarEntry, ink: str
    ) -> None:
        inner = rect.adjusted(6, 3, -4, -3)
        if inner.width() < 14:
            return
        painter.setPen(QColor(ink))
        name = entry.customer_name
        if entry.status == DriveStatus.NO_SHOW:
            name = tr("No-show: {name}").format(name=name)
        if inner.width() < 40 or inner.height() < 30:
            initials = "".join(part[0] for part in entry.customer_name.split()[:2])
            if QFontMetrics(self._bold).horizontalAdvance(initials) <= inner.width():
                painter.setFont(self._bold)
                painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, initials)
            return
        bold = QFontMetrics(self._bold)
        plain = QFontMetrics(self._font)
        width = int(inner.width())
        painter.setFont(self._bold)
        half = inner.height() / 2
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), half),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            fit_name(name, bold, width),
        )
        painter.setFont(self._font)
        painter.drawText(
            QRectF(inner.left(), inner.top() + half, inner.width(), half),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            fit_name(entry.consultant_name, plain, width),
        )

    def _paint_cursor(self, painter: QPainter) -> None:
        if not self.slots or not self.lanes or self._drag is not None:
            return
        if self.entry_at_cursor() is not None:
            return  # the selected booking carries the outline instead
        start, end = self.slot_span()
        rects = self._rects(self.cursor_lane, start, end)
        colour = QColor(CURSOR)
        for rect in rects:
            view = self.view_rect(rect)
            fill = QColor(colour)
            fill.setAlpha(50 if self.hasFocus() else 25)
            painter.setBrush(fill)
            painter.setPen(QPen(colour, 2))
            painter.drawRoundedRect(view, 3, 3)

    def _paint_drag(self, painter: QPainter) -> None:
        drag = self._drag
        if drag is None or not drag.started or drag.preview_start is None:
            return
        assert drag.preview_end is not None
        colour = QColor(CURSOR)
        fill = QColor(colour)
        fill.setAlpha(90)
        for rect in self._rects(drag.preview_lane, drag.preview_start, drag.preview_end):
            view = self.view_rect(rect)
            painter.setBrush(fill)
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(view, 4, 4)
            start = drag.preview_start.astimezone(self.zone).strftime("%H:%M")
            end = drag.preview_end.astimezone(self.zone).strftime("%H:%M")
            painter.setPen(QColor(TEXT))
            painter.setFont(self._bold)
            painter.drawText(
                view.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, f"{start}–{end}"
            )

    def _paint_now(self, painter: QPainter, top: float, height: int) -> None:
        x = self.x_of(self.now)
        if x is None:
            return
        x += LABEL_WIDTH - self.horizontalScrollBar().value()
        bottom = min(
            height, HEADER_HEIGHT + len(self.lanes) * ROW_HEIGHT - self.verticalScrollBar().value()
        )
        painter.setPen(QPen(QColor(NOW_LINE), 2))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.setBrush(QColor(NOW_LINE))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(x, top + 3), 4, 4)
