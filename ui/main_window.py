"""The main window: only a shell. A sidebar of areas; each area's page is built on first use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class Area:
    """One entry of the sidebar and the factory of its page."""

    key: str
    title: str
    factory: Callable[[AppContext], QWidget]


def _areas() -> list[Area]:
    from ui.pages.customers.page import CustomersPage
    from ui.pages.placeholder import PlaceholderPage
    from ui.pages.settings.page import SettingsPage
    from ui.pages.test_drives.page import TestDrivesPage
    from ui.pages.today.page import TodayPage

    def later(title: str, text: str) -> Callable[[AppContext], QWidget]:
        return lambda context: PlaceholderPage(title, text)

    return [
        Area("today", tr("Today"), TodayPage),
        Area("customers", tr("Customers"), CustomersPage),
        Area("test_drives", tr("Test drives"), TestDrivesPage),
        Area(
            "deals",
            tr("Deals"),
            later(tr("Deals"), tr("Purchase plans, deals and their checklists.")),
        ),
        Area(
            "deliveries",
            tr("Deliveries"),
            later(tr("Deliveries"), tr("Delivery ceremonies and handovers.")),
        ),
        Area(
            "showroom_day",
            tr("Showroom day"),
            later(tr("Showroom day"), tr("The manager's daily showroom checklist.")),
        ),
        Area("settings", tr("Settings"), SettingsPage),
    ]


class MainWindow(QMainWindow):
    """Sidebar + stacked pages. Pages are created the first time their area is opened."""

    painted = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(tr("Showroom"))
        self.setMinimumSize(QSize(960, 600))
        self._areas = _areas()
        self._pages: dict[str, QWidget] = {}
        self._painted_once = False

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for area in self._areas:
            item = QListWidgetItem(area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setSizeHint(QSize(180, 40))
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self._restore_geometry()
        self.sidebar.setCurrentRow(0)

    # --- layout -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        customers_menu = self.menuBar().addMenu(tr("&Customers"))
        toolbar = self.addToolBar(tr("Showroom"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for name, title, shortcut, slot in (
            ("findCustomer", tr("&Find customer"), "Ctrl+K", self.find_customer),
            ("newWalkIn", tr("New &walk-in…"), "Ctrl+Shift+N", self.new_walk_in),
            ("newCustomer", tr("&New customer…"), "Ctrl+N", self.new_customer),
        ):
            action = QAction(title, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.setToolTip(f"{title.replace('&', '').rstrip('…')} ({shortcut})")
            action.triggered.connect(slot)
            customers_menu.addAction(action)
            toolbar.addAction(action)
            self.addAction(action)

        go_menu = self.menuBar().addMenu(tr("&Go"))
        for index, area in enumerate(self._areas, start=1):
            action = QAction(area.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, key=area.key: self.open_page(key))
            go_menu.addAction(action)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self.context.db.describe())
        self.database_label.setObjectName("databaseLabel")
        self.user_label = QLabel(
            tr("Signed in: {name} ({role})").format(
                name=self.context.user_name, role=self.context.user_role
            )
        )
        self.user_label.setObjectName("userLabel")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    # --- global actions -----------------------------------------------------------------------
    def find_customer(self) -> None:
        """Ctrl+K from anywhere: the customers page with the search field focused."""
        page = self.open_page("customers")
        self.activateWindow()
        page.focus_search()  # type: ignore[attr-defined]

    def new_walk_in(self) -> int | None:
        from ui.dialogs.walk_in import WalkInDialog

        return WalkInDialog.ask(self, self.context)

    def new_customer(self) -> None:
        from ui.dialogs.customer_card import CustomerCardDialog

        CustomerCardDialog.new_card(self, self.context)

    # --- pages ------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget | None:
        """The page of an area if it was created already."""
        return self._pages.get(key)

    def open_page(self, key: str) -> QWidget:
        """Show an area's page, creating it on first use."""
        for row, area in enumerate(self._areas):
            if area.key == key:
                self.sidebar.setCurrentRow(row)
                return self._pages[key]
        raise KeyError(key)

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        area = self._areas[row]
        page = self._pages.get(area.key)
        if page is None:
            page = area.factory(self.context)
            page.setObjectName(f"page_{area.key}")
            self._pages[area.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    # --- window state -----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.context.ui_settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.ui_settings.setValue("main_window/geometry", self.saveGeometry())
        self.context.ui_settings.sync()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            self.painted.emit()
