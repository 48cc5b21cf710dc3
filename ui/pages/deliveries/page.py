"""The Deliveries page: a day or week calendar of the delivery bays, and the deliveries in
view with their readiness.

Keyboard: the arrows move over bays and times; Return (or a double-click) opens the delivery
under the cursor, or plans one in that bay at that time; Ctrl+B plans a delivery; Alt+Left /
Alt+Right go back and forward a day (a week in the week view); Ctrl+T goes to today;
Ctrl+D and Ctrl+Shift+D switch between day and week (as on the Test drives page); Ctrl+P prints the handover of the selected
delivery.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ValidationError
from showroom.deliveries.service import CalendarEntry, bays, deliveries_between
from showroom.kernel.clock import parse_week_hours, widest_hours
from showroom.kernel.document_kind import DocumentKind
from ui.context import AppContext
from ui.dialogs.delivery_dialog import DeliveryDialog
from ui.i18n import date_format
from ui.models.deliveries import CalendarModel, DeliveryListModel
from ui.widgets.dates import day_text
from ui.widgets.refresh import RefreshWhenVisible


def tr(text: str) -> str:
    return QCoreApplication.translate("DeliveriesPage", text)


CURSOR = QColor("#00897B")


class CalendarDelegate(QStyledItemDelegate):
    """Paints a delivery as a coloured block with an accent bar (the theme's stylesheet
    would otherwise hide the model's colours) and the cursor as a frame."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect.adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        if isinstance(background, QBrush):
            painter.fillRect(rect, background)
            if isinstance(foreground, QBrush):
                painter.fillRect(rect.adjusted(0, 0, -(rect.width() - 4), 0), foreground)
        elif selected:
            painter.fillRect(rect, QColor("#E0F2F1"))
        if text:
            colour = foreground.color() if isinstance(foreground, QBrush) else QColor("#212121")
            painter.setPen(colour)
            painter.drawText(
                rect.adjusted(9, 3, -3, -3),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                | int(Qt.TextFlag.TextWordWrap),
                str(text),
            )
        if selected:
            painter.setPen(QPen(CURSOR, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()


class DeliveriesPage(QWidget):
    """Bays × times for a day or a week; plan, open, complete and print from here."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("deliveriesPage")
        self.zone = ZoneInfo(context.settings.timezone)
        try:
            opening = widest_hours(parse_week_hours(context.settings.test_drive_hours))
        except ValidationError:
            opening = (time(8), time(20))
        if opening[1] == time.max or opening[1] <= opening[0]:
            opening = (opening[0], time(20))
        self.day = datetime.now(self.zone).date()
        self.mode = "day"
        self._shown: tuple[str, date] | None = None  # the mode and first day on screen

        self.title = QLabel()
        self.title.setObjectName("deliveriesTitle")
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.previous_button = QPushButton(tr("◀"))
        self.previous_button.setObjectName("previous")
        self.previous_button.setToolTip(tr("Back (Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QPushButton(tr("T&oday"))
        self.today_button.setObjectName("today")
        self.today_button.setToolTip(tr("Today (Ctrl+T)"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QPushButton(tr("▶"))
        self.next_button.setObjectName("next")
        self.next_button.setToolTip(tr("Forward (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.day_button = QPushButton(tr("&Day"))
        self.day_button.setObjectName("dayView")
        self.day_button.setToolTip(tr("One day, by the half hour (Ctrl+D)"))
        self.week_button = QPushButton(tr("&Week"))
        self.week_button.setObjectName("weekView")
        self.week_button.setToolTip(tr("The week, day by day (Ctrl+Shift+D)"))
        group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            group.addButton(button)
        self.day_button.setChecked(True)
        self.day_button.clicked.connect(lambda: self.set_mode("day"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.plan_button = QPushButton(tr("&Plan delivery…"))
        self.plan_button.setObjectName("planDelivery")
        self.plan_button.setToolTip(tr("Plan a delivery (Ctrl+B)"))
        self.plan_button.clicked.connect(self.plan_delivery)
        self.open_button = QPushButton(tr("&Open…"))
        self.open_button.setObjectName("openDelivery")
        self.open_button.setToolTip(tr("Open the selected delivery (Return)"))
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton(tr("Print &handover…"))
        self.print_button.setObjectName("printHandover")
        self.print_button.setToolTip(tr("Print the selected delivery's handover (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_selected)

        # The title on its own line: with the buttons beside it, a narrow window (a 1024-px
        # showroom PC with the sidebar) cut both the date and the last button.
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        top = QHBoxLayout()
        for button in (
            self.previous_button,
            self.today_button,
            self.next_button,
            self.day_button,
            self.week_button,
        ):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.plan_button)
        top.addWidget(self.open_button)
        top.addWidget(self.print_button)

        self.model = CalendarModel(self.zone, opening)
        self.calendar = QTableView()
        self.calendar.setObjectName("deliveryCalendar")
        self.calendar.setModel(self.model)
        self.calendar.setItemDelegate(CalendarDelegate(self.calendar))
        self.calendar.verticalHeader().setMinimumWidth(180)
        self.calendar.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calendar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calendar.setWordWrap(True)
        self.calendar.setTabKeyNavigation(False)
        self.calendar.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.calendar.verticalHeader().setDefaultSectionSize(64)
        self.calendar.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.calendar.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.calendar.activated.connect(self._on_calendar_activated)
        self.calendar.doubleClicked.connect(self._on_calendar_activated)

        self.list_model = DeliveryListModel(self.zone)
        self.list = QTableView()
        self.list.setObjectName("deliveryList")
        self.list.setModel(self.list_model)
        self.list.verticalHeader().setVisible(False)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.activated.connect(self._on_list_activated)
        self.list.doubleClicked.connect(self._on_list_activated)
        for column, width in enumerate((150, 130, 220, 200, 150)):
            self.list.setColumnWidth(column, width)

        self.legend = QLabel(
            tr(
                "<span style='background:#C8E6C9'>&nbsp;ready&nbsp;</span> "
                "<span style='background:#FFE0B2'>&nbsp;in preparation&nbsp;</span> "
                "<span style='background:#FFCDD2'>&nbsp;checklists open&nbsp;</span> "
                "<span style='background:#ECEFF1'>&nbsp;handed over&nbsp;</span> · "
                "Return opens a delivery or plans one in the selected bay and time."
            )
        )
        self.legend.setObjectName("legend")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.calendar)
        splitter.addWidget(self.list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(splitter, 1)

        self._action(tr("Plan delivery"), "Ctrl+B", self.plan_delivery)
        self._action(tr("Back"), "Alt+Left", lambda: self.step(-1))
        self._action(tr("Forward"), "Alt+Right", lambda: self.step(1))
        self._action(tr("Today"), "Ctrl+T", self.go_today)
        self._action(tr("Day view"), "Ctrl+D", lambda: self.set_mode("day"))
        self._action(tr("Week view"), "Ctrl+Shift+D", lambda: self.set_mode("week"))
        self._action(tr("Print handover"), "Ctrl+P", self.print_selected)
        self._refresh = RefreshWhenVisible(self, lambda: self.reload())
        context.events.data_changed.connect(self._on_events_data_changed)
        self.reload()

    def _action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- what is shown --------------------------------------------------------------------
    def first_day(self) -> date:
        if self.mode == "week":
            return self.day - timedelta(days=self.day.weekday())
        return self.day

    def reload(self) -> None:
        current = self.calendar.currentIndex()
        first = self.first_day()
        # The same day or week again (another PC saved, a dialog closed): keep where the user
        # scrolled to and what they selected in the list.
        same_view = self._shown == (self.mode, first)
        self._shown = (self.mode, first)
        scrolled = (
            self.calendar.horizontalScrollBar().value(),
            self.calendar.verticalScrollBar().value(),
        )
        listed = self.list.currentIndex().row()
        self.model.first_day, self.model.mode = first, self.mode
        start, end = self.model.range()
        with self.context.db.reader() as session:
            entries = deliveries_between(session, start, end)
        self.model.set_data(self.mode, first, list(bays(self.context.settings)), entries)
        self.list_model.set_entries(entries)
        self.calendar.clearSpans()
        for row, column, span in self.model.spans():
            self.calendar.setSpan(row, column, 1, span)
        header = self.calendar.horizontalHeader()
        if self.mode == "day":
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(78)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.calendar.verticalHeader().setDefaultSectionSize(64 if self.mode == "day" else 96)
        if self.mode == "day":
            self.title.setText(
                tr("Deliveries · {day}").format(
                    day=day_text(first, date_format("dddd d MMMM yyyy"))
                )
            )
        else:
            last = first + timedelta(days=6)
            self.title.setText(
                tr("Deliveries · week of {first} to {last}").format(
                    first=day_text(first), last=day_text(last, date_format("ddd d MMM yyyy"))
                )
            )
        column = current.column() if current.isValid() else self._column_of_now()
        row = current.row() if current.isValid() else self._row_at(column)
        index = self.model.index(row, min(max(column, 0), self.model.columnCount() - 1))
        if same_view and 0 <= listed < self.list_model.rowCount():
            self.list.setCurrentIndex(self.list_model.index(listed, 0))
        if index.isValid() and same_view:
            self.calendar.setCurrentIndex(index)
            self.calendar.horizontalScrollBar().setValue(scrolled[0])
            self.calendar.verticalScrollBar().setValue(scrolled[1])
        elif index.isValid():
            self.calendar.setCurrentIndex(index)
            # Put the cursor's column near the left edge, by position rather than scrollTo():
            # scrollTo() while the page is still being laid out (narrow) leaves the view
            # scrolled to its far end once it grows, hiding the day's deliveries.
            left = max(0, index.column() - 1)
            self.calendar.horizontalScrollBar().setValue(header.sectionPosition(left))
            self.calendar.verticalScrollBar().setValue(
                self.calendar.verticalHeader().sectionPosition(index.row())
            )

    def _column_of_now(self) -> int:
        """Where the cursor starts: at the day's first delivery, else at the current time."""
        now = datetime.now(self.zone)
        if self.mode == "day" and self.model.entries:
            first = min(e.starts_at for e in self.model.entries)
            for column, moment in enumerate(self.model.columns):
                if moment + timedelta(minutes=30) > first:
                    return column
        for column, moment in enumerate(self.model.columns):
            if moment.date() == now.date() and (self.mode == "week" or moment >= now):
                return column
        return 0

    def _row_at(self, column: int) -> int:
        for row in range(self.model.rowCount()):
            if self.model.entries_at(row, column):
                return row
        return 0

    def step(self, direction: int) -> None:
        self.day += timedelta(days=direction * (7 if self.mode == "week" else 1))
        self.calendar.setCurrentIndex(QModelIndex())
        self.reload()

    def go_today(self) -> None:
        self.day = datetime.now(self.zone).date()
        self.calendar.setCurrentIndex(QModelIndex())
        self.reload()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.day_button.setChecked(mode == "day")
        self.week_button.setChecked(mode == "week")
        self.calendar.setCurrentIndex(QModelIndex())
        self.reload()
        self.calendar.setFocus()

    def show_day(self, day: date) -> None:
        self.day = day
        self.calendar.setCurrentIndex(QModelIndex())
        self.reload()

    # --- acting ---------------------------------------------------------------------------
    def selected(self) -> CalendarEntry | None:
        if self.list.hasFocus():
            row = self.list.currentIndex().row()
            if 0 <= row < len(self.list_model.entries):
                return self.list_model.entries[row]
        return self.model.entry_at(self.calendar.currentIndex())

    def plan_delivery(self) -> int | None:
        slot = self.model.slot_at(self.calendar.currentIndex())
        delivery_id = DeliveryDialog.plan(
            self,
            self.context,
            start=slot.start if slot else None,
            bay=slot.bay if slot else None,
        )
        self.reload()
        return delivery_id

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            DeliveryDialog.open_delivery(self, self.context, entry.id)
            self.reload()

    def print_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        from ui.printing import print_form

        print_form(self, self.context, DocumentKind.HANDOVER, entry.id)

    def _on_calendar_activated(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(index)
        if entry is not None:
            DeliveryDialog.open_delivery(self, self.context, entry.id)
            self.reload()
        else:
            self.plan_delivery()

    def _on_list_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.list_model.entries):
            DeliveryDialog.open_delivery(
                self, self.context, self.list_model.entries[index.row()].id
            )
            self.reload()

    def _on_events_data_changed(self, kinds: set[str]) -> None:
        # "external": another PC committed (the change watcher); "settings": bays may change.
        if kinds & {"deliveries", "deals", "customers", "settings", "external"}:
            self._refresh.request()
