"""The Today page: the dashboard of the showroom (for a manager) or of one's own day (for a
consultant), built from the sections the areas register (showroom.dashboard.service).

Every figure opens what is behind it: a list in a dialog, or the page where that list lives
(``navigate_requested`` asks the main window to go there). Small charts show the day's
traffic per hour and the fortnight of follow-ups due and done. The page refreshes itself
when data changes (here or on another PC) and once a minute, as "late" depends on the time.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from showroom.dashboard.service import (
    Breakdown,
    Chart,
    Dashboard,
    Figure,
    ListRef,
    Section,
    Viewer,
    build_dashboard,
)
from ui.context import AppContext
from ui.i18n import date_format
from ui.models.detail_list import dtr
from ui.widgets.charts import BRAND, BRAND_LIGHT, BarChart, ChartSeries, RankedBars
from ui.widgets.figure_tile import FigureTile

REFRESH_MS = 60_000
DATA_KINDS = {
    "walk_ins",
    "follow_ups",
    "customers",
    "interactions",
    "showroom_day",
    "tasks",
    "test_drives",
    "deals",
    "fleet",
    "external",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


def _category(value: int | date) -> str:
    if isinstance(value, date):
        return QLocale().toString(QDate(value.year, value.month, value.day), date_format("ddd d"))
    return f"{value:02d}"


def _describe(chart: Chart, index: int) -> str:
    category = chart.categories[index]
    if chart.key == "walk_ins.per_hour" and isinstance(category, int):
        return tr("{start}:00–{end}:00: {count} walk-ins").format(
            start=f"{category:02d}", end=f"{category + 1:02d}", count=chart.series[0].values[index]
        )
    if chart.key == "follow_ups.history" and len(chart.series) == 2:
        return tr("{day}: {due} due, {done} of them done").format(
            day=_category(category),
            due=chart.series[0].values[index],
            done=chart.series[1].values[index],
        )
    values = ", ".join(f"{dtr(s.label)} {s.values[index]}" for s in chart.series)
    return f"{_category(category)}: {values}"


class SectionCard(QFrame):
    """One section of the dashboard: its figures, its breakdowns and its charts."""

    def __init__(self, section: Section, page: TodayPage) -> None:
        super().__init__()
        self.section = section
        self.setObjectName(f"section_{section.key}")
        self.setStyleSheet(
            f"QFrame#section_{section.key} {{ border: 1px solid #E0E4EA; border-radius: 8px; }}"
        )
        title = QLabel(dtr(section.title))
        title.setStyleSheet("font-size: 16px; font-weight: bold; border: none;")
        self.tiles: dict[str, FigureTile] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        wide = not section.charts and not section.breakdowns
        columns = 3 if wide else 2
        if not section.charts and section.breakdowns:
            # Beside a breakdown: at most three figures a row, so the card stays compact
            # enough to share a row with another.
            columns = min(len(section.figures), 3) or 1
        for index, figure in enumerate(section.figures):
            tile = page.make_tile(figure)
            self.tiles[figure.key] = tile
            grid.addWidget(tile, index // columns, index % columns)
        figures = QWidget()
        figures.setLayout(grid)
        figures.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(figures, 0, Qt.AlignmentFlag.AlignTop)
        self.charts: dict[str, BarChart] = {}
        for chart in section.charts:
            body.addLayout(self._chart(chart), 1)
        self.breakdowns: dict[str, RankedBars] = {}
        for breakdown in section.breakdowns:
            body.addLayout(self._breakdown(breakdown, page))
        if wide or not section.charts:
            body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(title)
        layout.addLayout(body)
        layout.addStretch(1)

    def _chart(self, chart: Chart) -> QVBoxLayout:
        widget = BarChart()
        widget.setObjectName(f"chart_{chart.key}")
        colours = [BRAND] if len(chart.series) == 1 else [BRAND_LIGHT, BRAND]

        def describe(index: int) -> str:
            return _describe(chart, index)

        widget.set_data(
            [_category(c) for c in chart.categories],
            [
                ChartSeries(dtr(s.label), tuple(float(v) for v in s.values), colour)
                for s, colour in zip(chart.series, colours, strict=False)
            ],
            current=chart.current,
            describe=describe,
            summary="; ".join(_describe(chart, i) for i in range(len(chart.categories))),
        )
        widget.setAccessibleName(dtr(chart.title))
        self.charts[chart.key] = widget
        caption = QLabel(dtr(chart.title))
        caption.setStyleSheet("color: #5B6470; border: none;")
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(caption)
        box.addWidget(widget, 1)
        return box

    def _breakdown(self, breakdown: Breakdown, page: TodayPage) -> QVBoxLayout:
        bars = RankedBars()
        bars.setObjectName(f"breakdown_{breakdown.key}")
        bars.setAccessibleName(dtr(breakdown.label))
        bars.set_rows([(r.label, r.value, r.opens is not None) for r in breakdown.rows])
        bars.activated.connect(
            lambda row, breakdown=breakdown: page.open_ref(breakdown.rows[row].opens)
        )
        self.breakdowns[breakdown.key] = bars
        caption = QLabel(dtr(breakdown.label))
        caption.setStyleSheet("color: #5B6470; border: none;")
        empty = QLabel(tr("Nobody"))
        empty.setStyleSheet("color: #5B6470; border: none;")
        empty.setVisible(not breakdown.rows)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(caption)
        box.addWidget(bars)
        box.addWidget(empty)
        box.addStretch(1)
        bars.setMinimumWidth(260)
        bars.setMaximumWidth(560)  # a bar across a whole wide row is hard to read
        return box


class TodayPage(QWidget):
    navigate_requested = Signal(str)
    """A place in the app to go to, such as ``customers.walk_ins`` or ``showroom_day``."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.dashboard: Dashboard | None = None
        self.cards: dict[str, SectionCard] = {}
        self._arrangement: list[list[str]] = []
        title = QLabel(tr("Today"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.date_label = QLabel()
        self.date_label.setObjectName("todayDate")
        self.date_label.setStyleSheet("font-size: 15px; color: #5B6470;")
        self.updated_label = QLabel()
        self.updated_label.setObjectName("todayUpdated")
        self.updated_label.setStyleSheet("color: #5B6470;")
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setToolTip(tr("Refresh the figures (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(
            QKeySequence("F5"),
            self,
            self.refresh,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.updated_label)
        top.addWidget(self.refresh_button)

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(14)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        context.events.data_changed.connect(self._on_events_data_changed)
        self.refresh()

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.context.settings.timezone)

    def viewer(self) -> Viewer:
        return Viewer(
            self.context.user_id, self.context.user_role, datetime.now(self.zone), self.zone
        )

    def tile(self, key: str) -> FigureTile | None:
        for card in self.cards.values():
            if key in card.tiles:
                return card.tiles[key]
        return None

    def refresh(self) -> None:
        viewer = self.viewer()
        with self.context.db.reader() as session:
            dashboard = build_dashboard(session, viewer)
        focused = next(
            (key for card in self.cards.values() for key, t in card.tiles.items() if t.hasFocus()),
            None,
        )
        self.dashboard = dashboard
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards = {}
        for section in dashboard.sections:
            self.cards[section.key] = SectionCard(section, self)
        self._arrangement = []
        self._arrange()
        local = viewer.now
        day = QLocale().toString(
            QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
        )
        whose = tr("the showroom") if viewer.audience == "manager" else tr("my day")
        self.date_label.setText(f"{day} · {whose}")
        self.updated_label.setText(tr("Updated {time}").format(time=local.strftime("%H:%M")))
        if focused is not None:
            tile = self.tile(focused)
            if tile is not None:
                tile.setFocus()

    def _rows(self, width: int) -> list[list[str]]:
        """Sections with charts take a row each; those without share rows, in order, as
        many side by side as fit in ``width`` (first fit, so a narrow card fills a gap)."""
        rows: list[list[str]] = []
        used: list[int] = []
        compact: list[int] = []  # indexes of rows that take compact cards
        spacing = self.body_layout.spacing()
        for key, card in self.cards.items():
            if card.section.charts:
                rows.append([key])
                used.append(width)
                continue
            need = card.sizeHint().width()
            for index in compact:
                if used[index] + spacing + need <= width:
                    rows[index].append(key)
                    used[index] += spacing + need
                    break
            else:
                compact.append(len(rows))
                rows.append([key])
                used.append(need)
        return rows

    def _available_width(self) -> int:
        margins = self.body_layout.contentsMargins()
        viewport = self.scroll.viewport().width() if self.isVisible() else self.width() - 48
        return max(320, viewport - margins.left() - margins.right())

    def _arrange(self) -> None:
        """Lay the cards out in rows for the page's width (again when it changes)."""
        rows = self._rows(self._available_width())
        if rows == self._arrangement and self.body_layout.count():
            return
        self._arrangement = rows
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in self.cards.values():
                for card in widget.findChildren(SectionCard):
                    card.setParent(self.body)  # kept: moved to its new row below
                widget.deleteLater()
        for row in rows:
            if len(row) == 1 and self.cards[row[0]].section.charts:
                self.body_layout.addWidget(self.cards[row[0]])
                self.cards[row[0]].show()
                continue
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(self.body_layout.spacing())
            for key in row:
                line.addWidget(self.cards[key], 1)
                self.cards[key].show()
            self.body_layout.addWidget(holder)
        if not self.cards:
            self.body_layout.addWidget(QLabel(tr("Nothing to show yet.")))
        self.body_layout.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.cards:
            self._arrange()

    def make_tile(self, figure: Figure) -> FigureTile:
        tile = FigureTile()
        tile.setObjectName(f"figure_{figure.key}")
        clickable = figure.opens is not None or figure.goes_to is not None
        if figure.goes_to == "customers.walk_ins":
            tooltip = tr("Opens Customers › Walk-ins today (Return)")
        elif figure.goes_to == "showroom_day":
            tooltip = tr("Opens the showroom checklist (Return)")
        elif figure.goes_to == "targets":
            tooltip = tr("Opens the Targets page (Return)")
        else:
            tooltip = tr("Opens the list (Return)") if clickable else ""
        tile.set_figure(
            f"{figure.value:,}",
            dtr(figure.label),
            total=tr("of {total}").format(total=f"{figure.total:,}")
            if figure.total is not None
            else "",
            note=dtr(figure.note) if figure.note else "",
            tone=figure.tone.value,
            clickable=clickable,
            tooltip=tooltip,
        )
        tile.activated.connect(lambda figure=figure: self.open_figure(figure))
        return tile

    def open_figure(self, figure: Figure) -> None:
        if figure.goes_to is not None:
            self.navigate_requested.emit(figure.goes_to)
        elif figure.opens is not None:
            self.open_ref(figure.opens)

    def open_ref(self, ref: ListRef | None) -> None:
        if ref is None:
            return
        from ui.dialogs.dashboard_list import DashboardListDialog

        destination = DashboardListDialog.ask(self, self.context, self.viewer(), ref)
        if destination:
            self.navigate_requested.emit(destination)

    def _on_events_data_changed(self, kinds: set[str]) -> None:
        if kinds & DATA_KINDS:
            self.refresh()
