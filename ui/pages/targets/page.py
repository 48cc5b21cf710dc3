"""The Targets page: the month's targets and progress per consultant (who is behind is
highlighted, with the straight-line forecast), and the month's funnel.

A manager sees everyone, edits the targets in the table and splits the showroom's target
evenly; a consultant sees their own row and the showroom's totals. Selecting a consultant's
row shows their funnel. Alt+Left / Alt+Right: the previous or next month.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ShowroomError
from showroom.kernel.permissions import Action, allowed
from showroom.sales.domain import month_start, next_month
from showroom.sales.targets import (
    Funnel,
    ProgressRow,
    funnel,
    month_progress,
    set_consultant_target,
    set_showroom_target,
    split_evenly,
)
from ui.context import AppContext
from ui.i18n.messages import error_text
from ui.pages.targets.model import TargetsModel
from ui.widgets.charts import BarChart, ChartSeries


def tr(text: str) -> str:
    return QCoreApplication.translate("TargetsPage", text)


def stage_names() -> dict[str, str]:
    return {
        "walk_ins": tr("Walk-ins"),
        "registered": tr("Registered"),
        "test_drives": tr("Test drives"),
        "orders": tr("Orders"),
        "deliveries": tr("Deliveries"),
    }


def _previous_month(month: date) -> date:
    return month_start(date.fromordinal(month.toordinal() - 1))


class TargetsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("targetsPage")
        self.manager = allowed(context.user_role, Action.SET_SALES_TARGETS)
        self.month = month_start(self.today())
        self.rows: list[ProgressRow] = []
        self.funnel_data: Funnel | None = None

        self.month_label = QLabel()
        self.month_label.setObjectName("targetsMonth")
        self.month_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        back = QPushButton(tr("◀ Previous month"))
        back.clicked.connect(lambda: self.show_month(_previous_month(self.month)))
        forward = QPushButton(tr("Next month ▶"))
        forward.clicked.connect(lambda: self.show_month(next_month(self.month)))
        self.split_button = QPushButton(tr("&Split evenly"))
        self.split_button.setObjectName("splitTargets")
        self.split_button.setToolTip(
            tr("Share the showroom's target evenly among the consultants, then edit the shares")
        )
        self.split_button.clicked.connect(self.split)
        self.split_button.setVisible(self.manager)
        top = QHBoxLayout()
        for widget in (back, self.month_label, forward):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.split_button)
        if allowed(context.user_role, Action.APPROVE_LOST_SALE):
            lost = QPushButton(tr("&Lost sales…"))
            lost.setObjectName("reviewLostSales")
            lost.setToolTip(tr("Approve or send back the consultants' lost sales"))
            lost.clicked.connect(self.review_lost_sales)
            top.addWidget(lost)
        if allowed(context.user_role, Action.SET_FOLLOW_UP_INTERVALS):
            days = QPushButton(tr("Follow-up &intervals…"))
            days.setObjectName("editIntervals")
            days.clicked.connect(self.edit_intervals)
            top.addWidget(days)

        self.model = TargetsModel(self.save_target if self.manager else None)
        self.table = QTableView()
        self.table.setObjectName("targetsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.load_funnel())
        self.error = QLabel()
        self.error.setObjectName("targetsError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)

        self.funnel_title = QLabel()
        self.funnel_title.setStyleSheet("font-weight: bold;")
        self.chart = BarChart()
        self.chart.setObjectName("funnelChart")
        self.rates = QLabel()
        self.rates.setObjectName("funnelRates")
        self.rates.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.funnel_title)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.rates)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: back.click())
        QShortcut(QKeySequence("Alt+Right"), self, lambda: forward.click())
        context.events.data_changed.connect(lambda _kinds: self.reload())
        self.show_month(self.month)

    def review_lost_sales(self) -> None:
        from ui.dialogs.sales_manager import LostSalesDialog

        LostSalesDialog(self, self.context).exec()

    def edit_intervals(self) -> None:
        from ui.dialogs.sales_manager import IntervalsDialog

        IntervalsDialog(self, self.context).exec()

    def today(self) -> date:
        return datetime.now(ZoneInfo(self.context.settings.timezone)).date()

    def show_month(self, month: date) -> None:
        self.month = month_start(month)
        self.month_label.setText(self.month.strftime("%Y-%m"))
        self.reload()

    def reload(self) -> None:
        self.error.clear()
        with self.context.db.reader() as session:
            self.rows = month_progress(
                session, self.context.user_id, self.month, self.today(), self.context.settings
            )
        self.model.set_rows(self.rows)
        self.load_funnel()

    def selected_consultant(self) -> ProgressRow | None:
        row = self.table.currentIndex().row()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def load_funnel(self) -> None:
        chosen = self.selected_consultant()
        consultant = chosen.consultant_id if chosen else None
        with self.context.db.reader() as session:
            self.funnel_data = funnel(
                session, self.context.user_id, self.month, next_month(self.month),
                self.context.settings, consultant,
            )  # fmt: skip
        names = stage_names()
        who = chosen.name if chosen and consultant is not None else tr("Showroom")
        self.funnel_title.setText(tr("Funnel of {month}: {who}").format(
            month=self.month.strftime("%Y-%m"), who=who
        ))  # fmt: skip
        stages = self.funnel_data.stages
        self.chart.set_data(
            [names[s.key] for s in stages],
            [ChartSeries(tr("Count"), tuple(float(s.count) for s in stages), QColor("#1F4E79"))],
            summary=", ".join(f"{names[s.key]}: {s.count}" for s in stages),
        )
        parts = [
            tr("{stage}: {rate} %").format(stage=names[s.key], rate=round(100 * s.rate))
            for s in stages
            if s.rate is not None
        ]
        self.rates.setText(tr("Conversion: ") + "; ".join(parts) if parts else "")

    def save_target(self, row: ProgressRow, measure: str, value: int) -> bool:
        """Save an edited target cell; the other measure keeps its target."""
        orders = value if measure == "orders" else row.orders.target
        deliveries = value if measure == "deliveries" else row.deliveries.target
        try:
            with self.context.db.session() as session:
                if row.consultant_id is None:
                    set_showroom_target(
                        session, self.context.user_id, self.month, orders, deliveries
                    )
                else:
                    set_consultant_target(
                        session, self.context.user_id, self.month, row.consultant_id,
                        orders, deliveries,
                    )  # fmt: skip
        except ShowroomError as error:
            self.error.setText(error_text(error))
            return False
        self.context.events.data_changed.emit({"targets"})
        return True

    def split(self) -> None:
        try:
            with self.context.db.session() as session:
                split_evenly(session, self.context.user_id, self.month)
        except ShowroomError as error:
            self.error.setText(error_text(error))
            return
        self.context.events.data_changed.emit({"targets"})
