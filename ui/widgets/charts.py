"""Small charts painted with QPainter: bars over categories, and ranked horizontal bars.

They are made to be looked at, not read: no axes to decode, the value written on each bar
where there is room, the exact figures in a tooltip, and the whole chart described for
screen readers. ``BarChart`` draws one series, or two with the second inside the first
(done inside due). ``RankedBars`` lists a figure per person, largest first; a row can be
clicked or chosen with the arrow keys and Return to open what is behind it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BRAND = QColor("#1F4E79")
BRAND_LIGHT = QColor("#A9C4DE")
CURRENT = QColor("#E8A33D")
GRID = QColor("#DADFE6")
MUTED = QColor("#5B6470")


def nice_scale(highest: float) -> tuple[float, float]:
    """(top, step) of an axis for values up to ``highest``: a round step (1, 2 or 5
    × 10ⁿ) that splits it into at most four parts, and the first multiple of it at or above
    ``highest``."""
    if highest <= 0:
        return 4.0, 1.0
    raw = highest / 4
    magnitude = 10.0 ** math.floor(math.log10(raw)) if raw >= 1 else 1.0
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1.0, float(step))
    return math.ceil(highest / step) * step, step


@dataclass(frozen=True)
class ChartSeries:
    label: str
    values: tuple[float, ...]
    colour: QColor


class BarChart(QWidget):
    """Bars over categories. ``describe(index)`` gives the tooltip of a category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._series: list[ChartSeries] = []
        self._current: int | None = None
        self._maximum: float | None = None
        self._suffix = ""
        self._describe: Callable[[int], str] | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(260, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(
        self,
        labels: Sequence[str],
        series: Sequence[ChartSeries],
        *,
        current: int | None = None,
        maximum: float | None = None,
        suffix: str = "",
        describe: Callable[[int], str] | None = None,
        summary: str = "",
    ) -> None:
        self._labels = list(labels)
        self._series = list(series)
        self._current = current
        self._maximum = maximum
        self._suffix = suffix
        self._describe = describe
        self.setAccessibleDescription(summary)
        self.update()

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    @property
    def series(self) -> list[ChartSeries]:
        return list(self._series)

    def sizeHint(self) -> QSize:
        return QSize(480, 190)

    # --- geometry ---------------------------------------------------------------------------
    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        # Room for the legend, and for the figure written above the highest bar.
        legend = metrics.height() + 6 if len(self._series) > 1 else 0
        legend += metrics.height()
        left = metrics.horizontalAdvance(f"{self._number(self._top())}{self._suffix}") + 10
        return QRectF(
            left,
            8 + legend,
            self.width() - left - 6,
            self.height() - 8 - legend - metrics.height() - 8,
        )

    def _scale(self) -> tuple[float, float]:
        if self._maximum is not None:
            return self._maximum, self._maximum / 2
        highest = max((max(s.values, default=0) for s in self._series), default=0)
        return nice_scale(highest)

    def _top(self) -> float:
        return self._scale()[0]

    @staticmethod
    def _number(value: float) -> str:
        return (
            f"{value:,.0f}" if abs(value - round(value)) < 0.05 or value >= 10 else f"{value:.1f}"
        )

    def _slot(self, index: int) -> QRectF:
        plot = self._plot()
        width = plot.width() / max(1, len(self._labels))
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def index_at(self, x: float) -> int | None:
        plot = self._plot()
        if not self._labels or not plot.left() <= x <= plot.right():
            return None
        index = int((x - plot.left()) / (plot.width() / len(self._labels)))
        return min(index, len(self._labels) - 1)

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        plot = self._plot()
        top, step = self._scale()
        # A grid line at each step, with its value.
        lines = max(1, round(top / step))
        for n in range(lines + 1):
            share = n / lines
            y = plot.bottom() - share * plot.height()
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            label = f"{self._number(top * share)}{self._suffix}"
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        count = len(self._labels)
        if not count:
            return
        slot_width = plot.width() / count
        # Category labels: as many as fit without overlapping.
        widest = max(metrics.horizontalAdvance(label) for label in self._labels) + 6
        every = max(1, int(widest // max(1.0, slot_width)) + (1 if widest > slot_width else 0))
        for index, label in enumerate(self._labels):
            slot = self._slot(index)
            if index == self._current:
                painter.fillRect(slot, QColor(CURRENT.red(), CURRENT.green(), CURRENT.blue(), 40))
            if index % every == 0 or index == self._current:
                painter.setPen(CURRENT.darker(130) if index == self._current else text)
                painter.drawText(
                    QRectF(
                        slot.center().x() - widest / 2, plot.bottom() + 4, widest, metrics.height()
                    ),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    label,
                )
        shown = self._series[:2]
        for depth, series in enumerate(shown):
            share = 0.7 if depth == 0 else 0.42
            for index, value in enumerate(series.values[:count]):
                if value <= 0:
                    continue
                slot = self._slot(index)
                width = max(2.0, slot_width * share)
                height = min(1.0, value / top) * plot.height()
                bar = QRectF(slot.center().x() - width / 2, plot.bottom() - height, width, height)
                painter.fillRect(bar, series.colour)
        # The figure above each bar where it fits: the value, or "inner/outer" for two series.
        painter.setPen(text)
        for index in range(count):
            outer = shown[0].values[index] if shown else 0
            if outer <= 0:
                continue
            label = self._number(outer)
            if len(shown) > 1:
                label = f"{self._number(shown[1].values[index])}/{label}"
            if metrics.horizontalAdvance(label) > slot_width - 2:
                continue
            slot = self._slot(index)
            height = min(1.0, outer / top) * plot.height()
            above = QRectF(
                slot.left(),
                plot.bottom() - height - metrics.height() - 1,
                slot_width,
                metrics.height(),
            )
            painter.drawText(above, int(Qt.AlignmentFlag.AlignCenter), label)
        if len(self._series) > 1:
            x = plot.right()
            for series in reversed(self._series):
                width = metrics.horizontalAdvance(series.label)
                x -= width
                painter.setPen(text)
                painter.drawText(QPointF(x, metrics.ascent() + 2), series.label)
                x -= 14
                painter.fillRect(QRectF(x, 4, 10, 10), series.colour)
                x -= 14
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().x())
        if index is not None and self._describe is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self._describe(index), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)


class RankedBars(QWidget):
    """Horizontal bars, one row per name, largest first; a row opens what is behind it."""

    activated = Signal(int)

    ROW_HEIGHT = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, bool]] = []
        self._current = -1
        self._hover = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[tuple[str, int, bool]]) -> None:
        """(name, value, opens something) per row."""
        self._rows = list(rows)
        self._current = min(self._current, len(self._rows) - 1)
        self.setFixedHeight(max(1, len(self._rows)) * self.ROW_HEIGHT + 4)
        self.setAccessibleDescription(", ".join(f"{name}: {value}" for name, value, _ in rows))
        self.update()

    def row_count(self) -> int:
        return len(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(280, max(1, len(self._rows)) * self.ROW_HEIGHT + 4)

    def _row_at(self, y: float) -> int:
        row = int((y - 2) // self.ROW_HEIGHT)
        return row if 0 <= row < len(self._rows) else -1

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        name_width = min(
            self.width() * 0.45,
            max((metrics.horizontalAdvance(n) for n, _, _ in self._rows), default=0) + 12,
        )
        number_width = metrics.horizontalAdvance("00000") + 8
        top = max((v for _, v, _ in self._rows), default=0) or 1
        bar_space = self.width() - name_width - number_width - 4
        for index, (name, value, _) in enumerate(self._rows):
            y = 2 + index * self.ROW_HEIGHT
            row = QRectF(0, y, self.width(), self.ROW_HEIGHT)
            if index == self._hover or (index == self._current and self.hasFocus()):
                painter.fillRect(row, QColor(BRAND.red(), BRAND.green(), BRAND.blue(), 28))
            painter.setPen(text)
            elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(name_width - 8))
            painter.drawText(
                QRectF(4, y, name_width - 8, self.ROW_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                elided,
            )
            width = max(2.0, bar_space * value / top) if value else 0.0
            painter.fillRect(QRectF(name_width, y + 5, width, self.ROW_HEIGHT - 10), BRAND_LIGHT)
            painter.drawText(
                QRectF(name_width + width + 4, y, number_width, self.ROW_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{value:,}",
            )
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        if row != self._hover:
            self._hover = row
            clickable = row >= 0 and self._rows[row][2]
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
            )
            self.update()

    def leaveEvent(self, event: object) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        if row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._current = row
            self.activate(row)

    def activate(self, row: int) -> None:
        if 0 <= row < len(self._rows) and self._rows[row][2]:
            self.activated.emit(row)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._current < 0 and self._rows:
            self._current = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self._rows:
            step = 1 if key == Qt.Key.Key_Down else -1
            self._current = max(0, min(len(self._rows) - 1, self._current + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate(self._current)
        else:
            super().keyPressEvent(event)
