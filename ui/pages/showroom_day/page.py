"""The Showroom day page: today's checklist (or any past day's), its history, and the
month's compliance.

Keyboard first, on the checklist: the arrows move between lines, Space ticks the line (a
counted line asks for the count, Return accepts it), F marks it failed, Backspace undoes,
Ctrl+Shift+S signs the day off, Ctrl+P prints it and Ctrl+Shift+P prints the blank form,
Alt+Left / Alt+Right go to the day before / after, Alt+Home to today. After a tick the
next open line is selected, so a round is ticked with Space, Space, Space.

Actions are enabled from the domain's predicates (can_tick, can_fail, can_undo,
sign_off_refusal); the services decide again, and say why when they refuse.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError
from showroom.kernel.permissions import is_manager
from showroom.kernel.work import Session, run_in_transaction
from showroom.showroom_day import service as service
from showroom.showroom_day.domain import (
    CheckKind,
    DayState,
    ItemState,
    can_fail,
    can_tick,
    can_undo,
    sign_off_refusal,
)
from showroom.showroom_day.service import DayView, ItemView
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine
from ui.errors import show_error
from ui.i18n import date_format
from ui.i18n.messages import error_text
from ui.models.showroom_day import (
    ChecklistModel,
    Col,
    FailuresModel,
    HistoryModel,
    SectionRateModel,
    is_late,
    percent,
)
from ui.widgets.charts import BRAND, BarChart, ChartSeries
from ui.widgets.dates import format_day

HISTORY_DAYS = 120
DATA_KINDS = {"showroom_day", "tasks", "walk_ins", "external"}


def tr(text: str) -> str:
    return QCoreApplication.translate("ShowroomDayPage", text)


def fit_columns(view: QTableView, widths: tuple[int, ...]) -> None:
    """Set column widths, never narrower than the header's title."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column) + 6))


def _long_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format("dddd d MMMM yyyy"))


class ShowroomDayPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.day = self.today()
        self.current: DayView | None = None
        self.model = ChecklistModel(self.zone)
        title = QLabel(tr("Showroom day"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_checklist(), tr("&Checklist"))
        self.tabs.addTab(self._build_history(), tr("&History"))
        self.tabs.addTab(self._build_compliance(), tr("Co&mpliance"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)
        context.events.data_changed.connect(self._on_events_data_changed)
        self.show_day(self.day)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.context.settings.timezone)

    def now(self) -> datetime:
        return datetime.now(self.zone)

    def today(self) -> date:
        return self.now().date()

    # --- the checklist tab -------------------------------------------------------------------
    def _build_checklist(self) -> QWidget:
        self.previous_button = QToolButton()
        self.previous_button.setObjectName("previousDay")
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(tr("The day before (Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self.show_day(self.day - timedelta(days=1)))
        self.next_button = QToolButton()
        self.next_button.setObjectName("nextDay")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(tr("The day after (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.show_day(self.day + timedelta(days=1)))
        self.today_button = QPushButton(tr("Today"))
        self.today_button.setToolTip(tr("Today's checklist (Alt+Home)"))
        self.today_button.clicked.connect(lambda: self.show_day(self.today()))
        self.day_label = QLabel()
        self.day_label.setObjectName("dayLabel")
        self.day_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.state_label = QLabel()
        self.state_label.setObjectName("dayState")
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.day_label)
        nav.addWidget(self.next_button)
        nav.addWidget(self.today_button)
        nav.addSpacing(16)
        nav.addWidget(self.state_label, 1)

        self.progress = QProgressBar()
        self.progress.setObjectName("dayProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.summary = QLabel()
        self.summary.setObjectName("daySummary")
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.summary, 2)

        self.tick_action = self._action(tr("&Tick"), "Space", self._on_tick, "tick")
        self.fail_action = self._action(tr("&Failed…"), "F", self._on_fail, "fail")
        self.undo_action = self._action(tr("&Undo"), "Backspace", self._on_undo, "undo")
        self.sign_off_action = self._action(
            tr("&Sign off…"), "Ctrl+Shift+S", self._on_sign_off, "signOff"
        )
        self.print_action = self._action(
            tr("&Print the checklist"), "Ctrl+P", self._on_print, "print"
        )
        self.print_blank_action = self._action(
            tr("Print the &blank form"), "Ctrl+Shift+P", self._on_print_blank, "printBlank"
        )
        self.template_action = self._action(tr("&Template…"), "", self._on_template, "template")
        for keys, slot in (
            ("Alt+Left", lambda: self.show_day(self.day - timedelta(days=1))),
            ("Alt+Right", lambda: self.show_day(self.day + timedelta(days=1))),
            ("Alt+Home", lambda: self.show_day(self.today())),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        actions = QHBoxLayout()
        for action in (self.tick_action, self.fail_action, self.undo_action):
            actions.addWidget(self._button(action))
        actions.addStretch(1)
        self.print_button = QPushButton(tr("Print"))
        self.print_button.setObjectName("printMenu")
        self.print_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.print_button)
        menu.addAction(self.print_action)
        menu.addAction(self.print_blank_action)
        self.print_button.setMenu(menu)
        actions.addWidget(self.print_button)
        actions.addWidget(self._button(self.template_action))
        self.sign_off_button = self._button(self.sign_off_action)
        actions.addWidget(self.sign_off_button)

        self.view = QTreeView()
        self.view.setObjectName("checklistView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (Col.CHECK, 600),
            (Col.DUE, 70),
            (Col.STATE, 100),
            (Col.COUNT, 90),
            (Col.BY, 130),
            (Col.AT, 70),
        ):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        for action in (self.tick_action, self.fail_action, self.undo_action):
            self.view.addAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.doubleClicked.connect(lambda _index: self._on_tick())
        self.view.selectionModel().currentChanged.connect(
            lambda _current, _previous: self._update_actions()
        )

        self.start_button = QPushButton(tr("&Start today's checklist"))
        self.start_button.setObjectName("startDay")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("noChecklist")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("font-size: 15px;")
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addSpacing(40)
        empty_layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(empty)

        self.keys_hint = QLabel(
            tr(
                "Space ticks the line · F marks it failed · Backspace undoes · "
                "Alt+Left / Alt+Right change the day"
            )
        )
        self.keys_hint.setStyleSheet("color: #5B6470;")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(nav)
        layout.addLayout(progress)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.keys_hint)
        return page

    def _action(self, text: str, keys: str, slot: object, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
        action.triggered.connect(slot)
        return action

    def _button(self, action: QAction) -> QPushButton:
        """A push button that does what ``action`` does and follows its state."""
        button = QPushButton(
            action.text().rstrip("…") + ("…" if action.text().endswith("…") else "")
        )
        button.setObjectName(f"{action.objectName()}Button")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys act on the list
        button.setMinimumWidth(110)

        def follow() -> None:
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())

        action.changed.connect(follow)
        button.clicked.connect(action.trigger)
        follow()
        return button

    def show_day(self, day: date, keep: int | None = None, *, focus: bool = True) -> None:
        """Show ``day``'s checklist, keeping line ``keep`` selected if given."""
        today = self.today()
        self.day = min(day, today)
        with self.context.db.reader() as session:
            self.current = service.load_day(session, self.day, self.context.settings)
        now = self.now()
        self.model.set_day(self.current, now)
        self.view.expandAll()
        self.day_label.setText(_long_day(self.day))
        self.next_button.setEnabled(self.day < today)
        self.today_button.setEnabled(self.day != today)
        current = self.current
        if current is None:
            self.stack.setCurrentIndex(1)
            is_today = self.day == today
            self.empty_label.setText(
                tr("Today's checklist has not been started yet.")
                if is_today
                else tr("No checklist was kept on {day}.").format(day=format_day(self.day))
            )
            self.start_button.setVisible(is_today)
            self.state_label.setText("")
            self.progress.setValue(0)
            self.summary.setText("")
            if is_today and focus:
                self.start_button.setFocus()
        else:
            self.stack.setCurrentIndex(0)
            late = sum(1 for i in current.items if is_late(i, current, now, self.zone))
            self.progress.setMaximum(max(1, current.total))
            self.progress.setValue(current.done)
            parts = [
                tr("{done} of {total} done").format(done=current.done, total=current.total),
                tr("{failed} failed").format(failed=current.failed),
                tr("{open} open").format(open=current.open),
            ]
            if late:
                parts.append(tr("{late} past their time").format(late=late))
            self.summary.setText(" · ".join(parts))
            if current.state == DayState.SIGNED_OFF and current.signed_off_at is not None:
                at = current.signed_off_at.astimezone(self.zone).strftime("%H:%M")
                text = tr("Signed off by {name} at {time} · read-only").format(
                    name=current.signed_off_by or "", time=at
                )
                if current.sign_off_note:
                    text += f" · “{current.sign_off_note}”"
                self.state_label.setText(text)
                self.state_label.setStyleSheet("color: #2E7D32; font-weight: bold;")
            else:
                self.state_label.setText(tr("Open"))
                self.state_label.setStyleSheet("color: #E65100; font-weight: bold;")
            index = self.model.index_of(keep) if keep is not None else QModelIndex()
            if not index.isValid():
                index = self._first_open() or QModelIndex()
            if not index.isValid() and current.items:
                index = self.model.index_of(current.items[0].id)
            if index.isValid():
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
            if focus:
                self.view.setFocus()
        self._update_actions()

    def _first_open(self, after: int | None = None) -> QModelIndex | None:
        lines = self.model.lines()
        start = 0
        if after is not None:
            start = next((n + 1 for n, line in enumerate(lines) if line.id == after), 0)
        for line in lines[start:] + lines[:start]:
            if line.state == ItemState.OPEN:
                return self.model.index_of(line.id)
        return None

    def selected(self) -> ItemView | None:
        return self.model.item_at(self.view.currentIndex())

    def _update_actions(self) -> None:
        day = self.current
        item = self.selected()
        day_state = DayState(day.state) if day is not None else DayState.SIGNED_OFF
        state = item.state if item is not None else None
        self.tick_action.setEnabled(state is not None and can_tick(day_state, state))
        self.fail_action.setEnabled(state is not None and can_fail(day_state, state))
        self.undo_action.setEnabled(state is not None and can_undo(day_state, state))
        refusal = (
            sign_off_refusal(day_state, self.context.user_role, day.open)
            if day is not None
            else tr("There is no checklist to sign off.")
        )
        self.sign_off_action.setEnabled(refusal is None)
        self.sign_off_action.setToolTip(refusal or tr("Sign off the day (Ctrl+Shift+S)"))
        self.print_action.setEnabled(day is not None)
        self.template_action.setEnabled(is_manager(self.context.user_role))
        self.template_action.setToolTip(
            tr("Edit the checklist template")
            if is_manager(self.context.user_role)
            else tr("Only a manager or an admin can edit the checklist template.")
        )

    # --- actions -------------------------------------------------------------------------------
    def _write(
        self,
        action: object,
        keep: int | None,
        toggle: tuple[ItemView, ItemState] | None = None,
    ) -> bool:
        """Run one unit of work; show a refusal or a conflict in a sentence and reload.

        ``toggle`` is the line as the user saw it and the state they set it to: on a
        conflict they see theirs against mine and may set their state again on top."""
        try:

            def _unit(session: Session) -> None:
                action(session)  # type: ignore[operator]

            run_in_transaction(self.context.db, _unit)
        except ConflictError as error:
            if toggle is not None:
                return self._on_line_conflict(error, *toggle)
            show_error(self, error_text(error), tr("Changed on another PC"))
            self.show_day(self.day, keep)
            return False
        except ShowroomError as error:
            show_error(self, error_text(error))
            self.show_day(self.day, keep)
            return False
        self.context.events.data_changed.emit({"showroom_day", "tasks"})
        return True

    def _line_values(self, line: ItemView) -> dict[str, object]:
        return {
            "state": _state_text(line.state),
            "by": line.done_by or "",
            "note": line.note or "",
        }

    def _on_line_conflict(self, error: ConflictError, line: ItemView, wanted: ItemState) -> bool:
        """Another PC ticked, failed or reopened this line since it was shown."""
        self.show_day(self.day, line.id)
        fresh = (
            next((i for i in self.current.items if i.id == line.id), None) if self.current else None
        )
        if fresh is None:
            show_error(self, error_text(error), tr("Changed on another PC"))
            return False
        mine = {**self._line_values(line), "state": _state_text(wanted)}
        mine["by"] = self.context.user_name if wanted != ItemState.OPEN else ""
        choice = ask_theirs_or_mine(
            self,
            error_text(error),
            {"state": tr("State"), "by": tr("By"), "note": tr("Note")},
            self._line_values(line),
            self._line_values(fresh),
            mine,
        )
        if choice != "mine" or fresh.state == wanted:
            return False
        user, settings = self.context.user_id, self.context.settings
        if wanted == ItemState.DONE:
            return self._write(
                lambda s: service.tick_item(s, fresh.id, fresh.version, user, settings),
                fresh.id,
                (fresh, wanted),
            )
        return self._write(
            lambda s: service.reopen_item(s, fresh.id, fresh.version, user, settings),
            fresh.id,
            (fresh, wanted),
        )

    def _on_start(self) -> None:
        if self._write(
            lambda s: service.start_day(
                s, self.today(), self.context.user_id, self.context.settings
            ),
            None,
        ):
            self.show_day(self.today())

    def _on_tick(self) -> None:
        item = self.selected()
        day = self.current
        if item is None or day is None or not can_tick(DayState(day.state), item.state):
            return
        count: int | None = None
        if item.count_target is not None and item.kind != CheckKind.WALK_IN_COUNT:
            from ui.dialogs.showroom_day import CountDialog

            count = CountDialog.ask(self, item)
            if count is None:
                return
        user, settings = self.context.user_id, self.context.settings
        if self._write(
            lambda s: service.tick_item(s, item.id, item.version, user, settings, count=count),
            item.id,
            (item, ItemState.DONE),
        ):
            self.show_day(self.day, item.id)
            following = self._first_open(after=item.id)
            if following is not None:
                self.view.setCurrentIndex(following)

    def _on_fail(self) -> None:
        item = self.selected()
        day = self.current
        if item is None or day is None or not can_fail(DayState(day.state), item.state):
            return
        from ui.dialogs.showroom_day import FailCheckDialog

        FailCheckDialog.ask(self, self.context, day.day, item)
        self.show_day(self.day, item.id)

    def _on_undo(self) -> None:
        item = self.selected()
        day = self.current
        if item is None or day is None or not can_undo(DayState(day.state), item.state):
            return
        user, settings = self.context.user_id, self.context.settings
        if self._write(
            lambda s: service.reopen_item(s, item.id, item.version, user, settings),
            item.id,
            (item, ItemState.OPEN),
        ):
            self.show_day(self.day, item.id)

    def _on_sign_off(self) -> None:
        day = self.current
        if day is None:
            return
        from ui.dialogs.showroom_day import SignOffDialog

        if SignOffDialog.ask(self, self.context, day) is not None:
            self.show_day(self.day)

    def _on_print(self) -> None:
        from ui.printing import print_daily_checklist

        print_daily_checklist(self, self.context, self.day)

    def _on_print_blank(self) -> None:
        from ui.printing import print_daily_checklist

        print_daily_checklist(self, self.context, self.day, blank=True)

    def _on_template(self) -> None:
        from ui.dialogs.checklist_template import TemplateDialog

        TemplateDialog.ask(self, self.context)

    # --- history and compliance --------------------------------------------------------------
    def _build_history(self) -> QWidget:
        self.history_model = HistoryModel(self.zone)
        self.history_view = QTableView()
        self.history_view.setObjectName("historyView")
        self.history_view.setModel(self.history_model)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.verticalHeader().setVisible(False)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.history_view, (170, 130, 70, 110, 70, 90, 170))
        self.history_view.activated.connect(self._on_history_activated)
        self.history_view.doubleClicked.connect(self._on_history_activated)
        hint = QLabel(tr("The last 120 days. Return opens the day's checklist."))
        hint.setStyleSheet("color: #5B6470;")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.history_view, 1)
        return page

    def refresh_history(self) -> None:
        today = self.today()
        with self.context.db.reader() as session:
            rows = service.day_history(session, today - timedelta(days=HISTORY_DAYS), today)
        self.history_model.set_rows(rows)
        if rows:
            self.history_view.selectRow(0)

    def _on_history_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tabs.setCurrentIndex(0)
            self.show_day(self.history_model.rows[index.row()].day)

    def _build_compliance(self) -> QWidget:
        self.month_box = QComboBox()
        self.month_box.setObjectName("monthBox")
        today = self.today()
        year, month = today.year, today.month
        for _ in range(12):
            label = QLocale().toString(QDate(year, month, 1), date_format("MMMM yyyy"))
            self.month_box.addItem(label, (year, month))
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        self.month_box.currentIndexChanged.connect(lambda _i: self.refresh_compliance())
        self.compliance_summary = QLabel()
        self.compliance_summary.setObjectName("complianceSummary")
        self.compliance_summary.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.rate_chart = BarChart()
        self.rate_chart.setObjectName("dailyRateChart")
        self.rate_chart.setMinimumHeight(170)
        self.sections_model = SectionRateModel()
        self.failures_model = FailuresModel()
        sections = self._table(self.sections_model, "sectionRates")
        fit_columns(sections, (140, 60, 60, 60, 60))
        failures = self._table(self.failures_model, "mostFailed")
        fit_columns(failures, (270, 120, 80))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("&Month:")))
        top.itemAt(0).widget().setBuddy(self.month_box)  # type: ignore[union-attr]
        top.addWidget(self.month_box)
        top.addSpacing(16)
        top.addWidget(self.compliance_summary, 1)
        chart_caption = QLabel(tr("Checks done per day"))
        chart_caption.setStyleSheet("color: #5B6470;")
        tables = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("Per section")))
        left_layout.addWidget(sections)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(tr("The checks that failed most")))
        right_layout.addWidget(failures)
        tables.addWidget(left)
        tables.addWidget(right)
        tables.setSizes([620, 880])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(chart_caption)
        layout.addWidget(self.rate_chart)
        layout.addWidget(tables, 1)
        return page

    def _table(self, model: object, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)  # type: ignore[arg-type]
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
        return view

    def refresh_compliance(self) -> None:
        year, month = self.month_box.currentData()
        with self.context.db.reader() as session:
            result = service.monthly_compliance(session, year, month)
        first, last = service.month_bounds(year, month)
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        rates = {d.day: d.rate for d in result.days}
        self.rate_chart.set_data(
            [str(d.day) for d in days],
            [ChartSeries(tr("Done"), tuple((rates.get(d) or 0) * 100 for d in days), BRAND)],
            maximum=100,
            suffix=" %",
            current=days.index(self.today()) if self.today() in days else None,
            describe=lambda i: tr("{day}: {rate}").format(
                day=format_day(days[i]),
                rate=percent(rates.get(days[i])) or tr("no checklist"),
            ),
            summary=", ".join(
                f"{format_day(d)} {percent(rates.get(d))}" for d in days if d in rates
            ),
        )
        self.sections_model.set_rows(result.sections)
        self.failures_model.set_rows(result.checks)
        if result.days:
            self.compliance_summary.setText(
                tr("{rate} of checks done · {signed} of {days} days signed off").format(
                    rate=percent(result.rate), signed=result.signed_off, days=len(result.days)
                )
            )
        else:
            self.compliance_summary.setText(tr("No checklist was kept this month."))

    # --- refreshing --------------------------------------------------------------------------
    def _on_tabs_current_changed(self, index: int) -> None:
        if index == 1:
            self.refresh_history()
            self.history_view.setFocus()
        elif index == 2:
            self.refresh_compliance()
        else:
            selected = self.selected()
            self.show_day(self.day, selected.id if selected else None)

    def _on_events_data_changed(self, kinds: set[str]) -> None:
        if not kinds & DATA_KINDS:
            return
        index = self.tabs.currentIndex()
        if index == 0:
            selected = self.selected()
            self.show_day(self.day, selected.id if selected else None, focus=False)
        elif index == 1:
            self.refresh_history()
        else:
            self.refresh_compliance()


def _state_text(state: ItemState) -> str:
    return {
        ItemState.OPEN: tr("open"),
        ItemState.DONE: tr("ticked"),
        ItemState.FAILED: tr("failed"),
    }[state]
