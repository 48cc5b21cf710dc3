"""The Deals page: the deals board, purchase plans and the inventory, as three tabs.

The board lists every open deal with its progress per checklist and what is overdue (by how
long), filterable by consultant; Return opens the deal. Plans are found by customer name and
compared side by side; the inventory is searched by make, model, VIN or stock number.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom.deals.domain import PlanStatus
from showroom.deals.plans import PlanFilter, search_plans
from showroom.deals.service import deals_board
from showroom.kernel.staff import staff
from showroom.vehicles.domain import StockStatus
from showroom.vehicles.inventory import MANAGER_ROLES, InventoryFilter, search_stock
from showroom.vehicles.stock import DEAL_STATUSES, MANUAL_STATUSES
from ui.context import AppContext
from ui.models.deals import (
    BOARD_CHECKLISTS,
    BoardColumn,
    DealsBoardModel,
    InventoryModel,
    PlanColumn,
    PlansModel,
    StockColumn,
    plan_status_label,
    stock_status_label,
)
from ui.widgets.item_colours import COMPACT_HEADER, ItemColoursDelegate
from ui.widgets.refresh import RefreshWhenVisible

SEARCH_DELAY_MS = 150
REFRESH_ON = {"deals", "plans", "vehicles", "templates", "external"}
IN_SHOWROOM = tuple(s.value for s in (*MANUAL_STATUSES, StockStatus.RESERVED, StockStatus.SOLD))


def tr(text: str) -> str:
    return QCoreApplication.translate("DealsPage", text)


def _view(name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(32)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    return view


class DealsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.zone = ZoneInfo(context.settings.timezone)
        self.is_manager = context.user_role in MANAGER_ROLES

        title = QLabel(tr("Deals"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.new_plan_button = QPushButton(tr("New &plan…"))
        self.new_plan_button.setObjectName("newPlan")
        self.new_plan_button.setToolTip(tr("A purchase plan for a customer (Ctrl+Shift+P)"))
        self.new_plan_button.clicked.connect(self.new_plan)
        self.boutique_button = QPushButton(tr("Boutiq&ue…"))
        self.boutique_button.setObjectName("boutique")
        self.boutique_button.setToolTip(tr("The accessories catalogue and its prices"))
        self.boutique_button.clicked.connect(self._on_boutique_button_clicked)
        self.templates_button = QPushButton(tr("Checklist &templates…"))
        self.templates_button.setObjectName("templates")
        self.templates_button.setToolTip(
            tr("Edit the steps new deals copy")
            if self.is_manager
            else tr("Look at the steps new deals copy (managers edit them)")
        )
        self.templates_button.clicked.connect(self._on_templates_button_clicked)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for button in (self.templates_button, self.boutique_button, self.new_plan_button):
            top.addWidget(button)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self.new_plan)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("dealsTabs")
        self.tabs.addTab(self._build_board(), tr("Deals &board"))
        self.tabs.addTab(self._build_plans(), tr("Purchase p&lans"))
        self.tabs.addTab(self._build_inventory(), tr("&Inventory"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._refresh = RefreshWhenVisible(self, lambda: self.refresh())
        self.context.events.data_changed.connect(self._on_events_data_changed)
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _consultant_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(tr("All consultants"), None)
        with self.context.db.reader() as session:
            for user_id, display in ((m.id, m.name) for m in staff(session)):
                box.addItem(display, user_id)
        box.setMinimumContentsLength(16)
        return box

    def _build_board(self) -> QWidget:
        self.board_consultant = self._consultant_box("boardConsultant")
        if not self.is_manager:
            # A consultant starts with their own deals, if they have any.
            with self.context.db.reader() as session:
                mine = deals_board(session, date.today(), consultant_id=int(self.context.user_id))
            if mine:
                self.board_consultant.setCurrentIndex(
                    max(0, self.board_consultant.findData(int(self.context.user_id)))
                )
        self.board_overdue = QCheckBox(tr("Only deals with something &overdue"))
        self.board_overdue.setObjectName("boardOverdue")
        self.board_summary = QLabel()
        self.board_summary.setObjectName("boardSummary")
        self.board_consultant.currentIndexChanged.connect(lambda _i: self.refresh())
        self.board_overdue.toggled.connect(lambda _b: self.refresh())
        self.board_model = DealsBoardModel()
        self.board_view = _view("boardView")
        self.board_view.setModel(self.board_model)
        header = self.board_view.horizontalHeader()
        header.setSectionResizeMode(BoardColumn.VEHICLE, QHeaderView.ResizeMode.Stretch)
        self.board_view.setStyleSheet(COMPACT_HEADER)
        for column, width in (
            (BoardColumn.DEAL, 56),
            (BoardColumn.CUSTOMER, 190),
            (BoardColumn.CONSULTANT, 130),
            (BoardColumn.PURCHASE, 92),
            (BoardColumn.INSURANCE, 92),
            (BoardColumn.LICENSING, 92),
            (BoardColumn.ACCESSORIES, 108),
            (BoardColumn.OVERDUE, 230),
        ):
            self.board_view.setColumnWidth(column, width)
        self.board_delegate = ItemColoursDelegate(self.board_view)
        for column in (*BOARD_CHECKLISTS, BoardColumn.OVERDUE):
            self.board_view.setItemDelegateForColumn(column, self.board_delegate)
        self.board_view.activated.connect(self._on_board_view_activated)
        self.board_view.doubleClicked.connect(self._on_board_view_activated)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Consultant:")))
        filters.addWidget(self.board_consultant)
        filters.addWidget(self.board_overdue)
        filters.addStretch(1)
        filters.addWidget(self.board_summary)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.board_view, 1)
        return page

    def _build_plans(self) -> QWidget:
        self.plan_search = QLineEdit()
        self.plan_search.setObjectName("planSearch")
        self.plan_search.setClearButtonEnabled(True)
        self.plan_search.setPlaceholderText(tr("Customer name"))
        self.plan_search.textChanged.connect(lambda _t: self._timer.start())
        self.plan_status = QComboBox()
        self.plan_status.setObjectName("planStatus")
        self.plan_status.addItem(tr("Any status"), "")
        for status in PlanStatus:
            self.plan_status.addItem(plan_status_label(status.value), status.value)
        self.plan_status.setCurrentIndex(self.plan_status.findData(PlanStatus.OPEN.value))
        self.plan_consultant = self._consultant_box("planConsultant")
        for box in (self.plan_status, self.plan_consultant):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.plans_model = PlansModel(self.context.settings.locale)
        self.plans_view = _view("plansView")
        self.plans_view.setModel(self.plans_model)
        header = self.plans_view.horizontalHeader()
        header.setSectionResizeMode(PlanColumn.VEHICLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (PlanColumn.CUSTOMER, 210),
            (PlanColumn.TITLE, 90),
            (PlanColumn.PAYMENT, 90),
            (PlanColumn.LIST_PRICE, 120),
            (PlanColumn.STATUS, 100),
            (PlanColumn.CONSULTANT, 140),
            (PlanColumn.UPDATED, 140),
        ):
            self.plans_view.setColumnWidth(column, width)
        self.plans_view.activated.connect(self._on_plans_view_activated)
        self.plans_view.doubleClicked.connect(self._on_plans_view_activated)
        self.compare_button = QPushButton(tr("Co&mpare the customer's plans…"))
        self.compare_button.setObjectName("comparePlans")
        self.compare_button.setToolTip(tr("All plans of the selected customer side by side"))
        self.compare_button.clicked.connect(self._on_compare_button_clicked)
        self.plans_count = QLabel()
        self.plans_count.setObjectName("plansCount")
        filters = QHBoxLayout()
        filters.addWidget(self.plan_search, 3)
        filters.addWidget(self.plan_status, 1)
        filters.addWidget(self.plan_consultant, 1)
        filters.addWidget(self.compare_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.plans_count)
        layout.addWidget(self.plans_view, 1)
        return page

    def _build_inventory(self) -> QWidget:
        self.stock_search = QLineEdit()
        self.stock_search.setObjectName("stockSearch")
        self.stock_search.setClearButtonEnabled(True)
        self.stock_search.setPlaceholderText(tr("Make, model, VIN or stock number"))
        self.stock_search.textChanged.connect(lambda _t: self._timer.start())
        self.stock_status = QComboBox()
        self.stock_status.setObjectName("stockStatus")
        self.stock_status.addItem(tr("In the showroom (not delivered)"), IN_SHOWROOM)
        for status in (*MANUAL_STATUSES, *DEAL_STATUSES):
            self.stock_status.addItem(stock_status_label(status.value), (status.value,))
        self.stock_status.addItem(tr("Any status"), ())
        self.stock_status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.inventory_model = InventoryModel(
            self.context.settings.currency, self.context.settings.locale
        )
        self.stock_view = _view("stockView")
        self.stock_view.setModel(self.inventory_model)
        header = self.stock_view.horizontalHeader()
        header.setSectionResizeMode(StockColumn.CAR, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (StockColumn.STOCK_NUMBER, 100),
            (StockColumn.COLOUR, 150),
            (StockColumn.YEAR, 70),
            (StockColumn.VIN, 190),
            (StockColumn.PRICE, 120),
            (StockColumn.STATUS, 110),
            (StockColumn.FLOOR, 140),
        ):
            self.stock_view.setColumnWidth(column, width)
        self.stock_view.activated.connect(self._on_stock_view_activated)
        self.stock_view.doubleClicked.connect(self._on_stock_view_activated)
        self.new_car_button = QPushButton(tr("&New car…"))
        self.new_car_button.setObjectName("newCar")
        self.new_car_button.clicked.connect(self._on_new_car_button_clicked)
        self.stock_count = QLabel()
        self.stock_count.setObjectName("stockCount")
        filters = QHBoxLayout()
        filters.addWidget(self.stock_search, 3)
        filters.addWidget(self.stock_status, 1)
        filters.addWidget(self.new_car_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.stock_count)
        layout.addWidget(self.stock_view, 1)
        return page

    # --- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the visible tab, keeping the selected row where it can."""
        self._timer.stop()
        index = self.tabs.currentIndex()
        if index == 0:
            self._refresh_board()
        elif index == 1:
            self._refresh_plans()
        else:
            self._refresh_stock()

    def _keep(self, view: QTableView, reload: Callable[[], None]) -> None:
        model = view.model()
        current = view.currentIndex()
        key = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        reload()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(Qt.ItemDataRole.UserRole) == key:
                view.selectRow(row)
                return
        if model.rowCount():
            view.selectRow(0)

    def _refresh_board(self) -> None:
        today = datetime.now(self.zone).date()

        self.board_model.today = today

        def reload() -> None:
            with self.context.db.reader() as session:
                rows = deals_board(
                    session,
                    today,
                    consultant_id=self.board_consultant.currentData(),
                    overdue_only=self.board_overdue.isChecked(),
                    actor_id=self.context.user_id,
                )
            self.board_model.set_rows(rows)

        self._keep(self.board_view, reload)
        rows = self.board_model.rows()
        late = sum(1 for row in rows if row.overdue_items)
        self.board_summary.setText(
            tr("{deals} open deals, {late} with something overdue").format(
                deals=len(rows), late=late
            )
        )

    def _refresh_plans(self) -> None:
        def reload() -> None:
            with self.context.db.reader() as session:
                rows = search_plans(
                    session,
                    PlanFilter(
                        text=self.plan_search.text(),
                        status=self.plan_status.currentData() or None,
                        consultant_id=self.plan_consultant.currentData(),
                    ),
                    actor_id=self.context.user_id,
                )
            self.plans_model.set_rows(rows)

        self._keep(self.plans_view, reload)
        count = self.plans_model.rowCount()
        self.plans_count.setText(tr("{n} plans").format(n=count))
        self.compare_button.setEnabled(count > 0)

    def _refresh_stock(self) -> None:
        def reload() -> None:
            with self.context.db.reader() as session:
                rows = search_stock(
                    session,
                    InventoryFilter(
                        text=self.stock_search.text(), statuses=self.stock_status.currentData()
                    ),
                )
            self.inventory_model.set_rows(rows)

        self._keep(self.stock_view, reload)
        self.stock_count.setText(tr("{n} cars").format(n=self.inventory_model.rowCount()))

    # --- actions -------------------------------------------------------------------------
    def new_plan(self) -> int | None:
        from ui.dialogs.customer_picker import CustomerPickerDialog
        from ui.dialogs.plan_comparison import PlanComparisonDialog

        customer_id = CustomerPickerDialog.ask(self, self.context)
        if customer_id is None:
            return None
        from ui.dialogs.plan_editor import PlanEditorDialog

        plan_id = PlanEditorDialog.ask(self, self.context, customer_id)
        if plan_id is not None:
            self.tabs.setCurrentIndex(1)
            self.refresh()
            PlanComparisonDialog.ask(self, self.context, customer_id)
        return plan_id

    def _on_board_view_activated(self, index: QModelIndex) -> None:
        from ui.dialogs.deal_dialog import DealDialog

        DealDialog.ask(self, self.context, self.board_model.row_at(index.row()).deal_id)
        self.refresh()

    def _on_plans_view_activated(self, index: QModelIndex) -> None:
        from ui.dialogs.plan_editor import PlanEditorDialog

        row = self.plans_model.row_at(index.row())
        PlanEditorDialog.ask(self, self.context, int(row.customer_id), row.id)
        self.refresh()

    def _on_compare_button_clicked(self) -> None:
        from ui.dialogs.plan_comparison import PlanComparisonDialog

        index = self.plans_view.currentIndex()
        if not index.isValid():
            return
        row = self.plans_model.row_at(index.row())
        PlanComparisonDialog.ask(self, self.context, int(row.customer_id))
        self.refresh()

    def _on_stock_view_activated(self, index: QModelIndex) -> None:
        from ui.dialogs.vehicle_editor import VehicleEditorDialog

        VehicleEditorDialog.ask(
            self, self.context, int(self.inventory_model.row_at(index.row()).id)
        )
        self.refresh()

    def _on_new_car_button_clicked(self) -> None:
        from ui.dialogs.vehicle_editor import VehicleEditorDialog

        if VehicleEditorDialog.ask(self, self.context) is not None:
            self.refresh()

    def _on_boutique_button_clicked(self) -> None:
        from ui.dialogs.boutique import BoutiqueDialog

        BoutiqueDialog.ask(self, self.context)

    def _on_templates_button_clicked(self) -> None:
        from ui.dialogs.checklist_templates import ChecklistTemplatesDialog

        ChecklistTemplatesDialog.ask(self, self.context)

    def _on_events_data_changed(self, kinds: set[str]) -> None:
        # Hidden: refreshed once when shown again (not at every show, nor at the first,
        # which the constructor has just loaded).
        if kinds & REFRESH_ON:
            self._refresh.request()
