"""The main window: only a shell. A sidebar of areas; each area's page is built on first use."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from showroom.kernel.changes import EXTERNAL
from showroom.kernel.document_kind import DocumentKind
from ui.context import AppContext
from ui.print_batches import BATCH_KINDS, batch_label

if TYPE_CHECKING:
    from showroom.kernel.work import ChangeWatcher


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def role_label(role: str) -> str:
    """A stored role (``manager``) as the status bar shows it."""
    labels = {"consultant": tr("consultant"), "manager": tr("manager"), "admin": tr("admin")}
    return labels.get(role, role)


@dataclass(frozen=True)
class Area:
    """One entry of the sidebar and the factory of its page."""

    key: str
    title: str
    factory: Callable[[AppContext], QWidget]


_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


def _page(module: str, name: str) -> Callable[[AppContext], QWidget]:
    """A page factory that imports its module only when the page is first opened."""

    def factory(context: AppContext) -> QWidget:
        page_class = getattr(import_module(module), name)
        return page_class(context)  # type: ignore[no-any-return]

    return factory


def _areas() -> list[Area]:
    def later(title: str, text: str) -> Callable[[AppContext], QWidget]:
        def factory(context: AppContext) -> QWidget:
            from ui.pages.placeholder import PlaceholderPage

            return PlaceholderPage(title, text)

        return factory

    return [
        Area("today", tr("Today"), _page("ui.pages.today.page", "TodayPage")),
        Area("customers", tr("Customers"), _page("ui.pages.customers.page", "CustomersPage")),
        Area(
            "test_drives",
            tr("Test drives"),
            _page("ui.pages.test_drives.page", "TestDrivesPage"),
        ),
        Area("deals", tr("Deals"), _page("ui.pages.deals.page", "DealsPage")),
        Area(
            "deliveries",
            tr("Deliveries"),
            _page("ui.pages.deliveries.page", "DeliveriesPage"),
        ),
        Area(
            "showroom_day",
            tr("Showroom day"),
            _page("ui.pages.showroom_day.page", "ShowroomDayPage"),
        ),
        Area("settings", tr("Settings"), _page("ui.pages.settings.page", "SettingsPage")),
        # Last, so that the areas before it keep their Ctrl+number; Targets is Ctrl+8.
        Area("targets", tr("Targets"), _page("ui.pages.targets.page", "TargetsPage")),
    ]


class MainWindow(QMainWindow):
    """Sidebar + stacked pages. Pages are created the first time their area is opened."""

    painted = Signal()

    def __init__(self, context: AppContext | None, ui_settings: QSettings | None = None) -> None:
        """With ``context`` None the window paints at once as an empty shell (sidebar, menus,
        "Opening the database…"); :meth:`attach` then brings in the data. Start-up shows the
        window before SQLAlchemy is even imported."""
        super().__init__()
        self._context: AppContext | None = None
        self._watcher: ChangeWatcher | None = None
        self._watch_timer: QTimer | None = None
        self._ui_settings = ui_settings if ui_settings is not None else context.ui_settings  # type: ignore[union-attr]
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
        if context is not None:
            self.attach(context)
        else:
            self.setEnabled(False)

    @property
    def context(self) -> AppContext:
        assert self._context is not None, "the database is not open yet"
        return self._context

    def attach(self, context: AppContext) -> None:
        """The database is open, another user signed in, or the database was restored
        from a backup: show who and where, and fill the current page. Pages of a previous
        context are dropped, never reused."""
        previous = self._context
        self._context = context
        self.setEnabled(True)
        if previous is None or previous.events is not context.events:
            context.events.data_changed.connect(self._on_events_data_changed)
        if previous is None:
            self._start_watching(context)
            self._start_idle_lock()
        else:
            self._drop_pages()
            if previous.db is not context.db:  # restored from a backup: a new database
                self._start_watching(context)
        self.database_label.setText(context.db.describe())
        from showroom.kernel.permissions import Action, allowed

        self.users_action.setEnabled(allowed(context.user_role, Action.MANAGE_USERS))
        self.audit_action.setEnabled(allowed(context.user_role, Action.VIEW_AUDIT))
        self.backup_action.setEnabled(allowed(context.user_role, Action.BACKUP_RESTORE))
        self.user_label.setText(
            tr("Signed in: {name} ({role})").format(
                name=context.user_name, role=role_label(context.user_role)
            )
        )
        self._on_sidebar_current_row_changed(self.sidebar.currentRow())

    def retranslate(self) -> None:
        """The language changed (Settings): titles, menus and pages again, in it. Pages keep
        no data of their own (it is in the database), so they are rebuilt; the current area,
        its tabs and a page's unsaved entries (``carry_over``) stay where they were."""
        self.setWindowTitle(tr("Showroom"))
        self._areas = _areas()
        for row, area in enumerate(self._areas):
            item = self.sidebar.item(row)
            if item is not None:
                item.setText(area.title)
        for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
            action.setShortcut(QKeySequence())
            self.removeAction(action)
            action.deleteLater()
        for toolbar in self.findChildren(QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        for menu in self.menuBar().findChildren(
            QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            menu.deleteLater()
        self.menuBar().clear()
        self._build_menus()
        if self._context is None:
            self.database_label.setText(tr("Opening the database…"))
            return
        self.user_label.setText(
            tr("Signed in: {name} ({role})").format(
                name=self.context.user_name, role=role_label(self.context.user_role)
            )
        )
        old_pages = dict(self._pages)
        self._pages.clear()
        current = self.stack.currentWidget()
        for key, old in old_pages.items():
            if old is not current:
                self.stack.removeWidget(old)
                old.deleteLater()
                continue
            tabs = [widget.currentIndex() for widget in old.findChildren(QTabWidget)]
            self._on_sidebar_current_row_changed(self.sidebar.currentRow())
            new = self._pages[key]
            for widget, index in zip(new.findChildren(QTabWidget), tabs, strict=False):
                widget.setCurrentIndex(index)
            carry_over = getattr(new, "carry_over", None)
            if carry_over is not None:
                carry_over(old)
            self.stack.removeWidget(old)
            old.deleteLater()

    # --- layout -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&File"))
        for title, shortcut, handler in (
            (tr("&Switch user…"), "Ctrl+Shift+U", self.switch_user),
            (tr("&Lock"), "Ctrl+Shift+L", self.lock),
        ):
            user_action = QAction(title, self)
            user_action.setShortcut(QKeySequence(shortcut))
            user_action.triggered.connect(lambda _=False, handler=handler: handler())
            file_menu.addAction(user_action)
        file_menu.addSeparator()
        print_menu = file_menu.addMenu(tr("&Print today's"))
        print_menu.setObjectName("printTodayMenu")
        # Reached from the keyboard through the menu (Alt+F, P): the Ctrl+Shift letters are
        # taken by the pages' own print actions.
        for kind in BATCH_KINDS:
            print_action = QAction(batch_label(kind) + "…", self)
            print_action.setObjectName(f"printToday_{kind.value}")
            print_action.triggered.connect(lambda _=False, kind=kind: self.print_today(kind))
            print_menu.addAction(print_action)
        file_menu.addSeparator()
        self.users_action = QAction(tr("&Users…"), self)
        self.users_action.setObjectName("manageUsers")
        self.users_action.setToolTip(tr("Add users, change roles, reset passwords (admins)"))
        self.users_action.triggered.connect(lambda _=False: self.manage_users())
        file_menu.addAction(self.users_action)
        self.audit_action = QAction(tr("Audit &trail…"), self)
        self.audit_action.setObjectName("auditTrail")
        self.audit_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.audit_action.setToolTip(tr("Who changed, printed or exported what (managers)"))
        self.audit_action.triggered.connect(lambda _=False: self.audit_trail())
        file_menu.addAction(self.audit_action)
        self.backup_action = QAction(tr("&Back up now"), self)
        self.backup_action.setObjectName("backupNow")
        self.backup_action.setToolTip(
            tr("Copy the database to the backup folder set in Settings (admins)")
        )
        self.backup_action.triggered.connect(lambda _=False: self.back_up_now())
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
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

        customers_menu.addSeparator()
        for title, handler in (
            (tr("&Import customers…"), self.import_customers),
            (tr("&Export customers…"), self.export_customers),
        ):
            file_action = QAction(title, self)
            file_action.triggered.connect(lambda _=False, handler=handler: handler())
            customers_menu.addAction(file_action)

        go_menu = self.menuBar().addMenu(tr("&Go"))
        for index, area in enumerate(self._areas, start=1):
            action = QAction(area.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, key=area.key: self.open_page(key))
            go_menu.addAction(action)

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(tr("Opening the database…"))
        self.database_label.setObjectName("databaseLabel")
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

    # --- other PCs' changes --------------------------------------------------------------------
    WATCH_INTERVAL_MS = 1000

    def _start_watching(self, context: AppContext) -> None:
        """Poll for other PCs' commits so lists refresh by themselves within two seconds."""
        from showroom.kernel.work import ChangeWatcher

        if self._watcher is not None:
            self._watcher.close()
        self._watcher = ChangeWatcher(context.db)
        self._watcher.poll()
        if self._watch_timer is None:
            self._watch_timer = QTimer(self)
            self._watch_timer.setInterval(self.WATCH_INTERVAL_MS)
            self._watch_timer.timeout.connect(self._on_watch_timer_timeout)
            self._watch_timer.start()

    def _on_watch_timer_timeout(self) -> None:
        if self._watcher is not None and self._watcher.poll():
            # Another PC may have saved the settings (bays, cadences, terms): every page reads
            # them from the context, so refresh it before the pages reload.

            from showroom.admin.startup import reload_settings

            # None: the server dropped just now; keep the settings we have, the pages retry
            # on their own when they reload.
            settings = reload_settings(self.context.db)
            if settings is not None:
                self.context.settings = settings
            self.context.events.publish(EXTERNAL)

    def _on_events_data_changed(self, kinds: set[str]) -> None:
        """A change made on this PC has told the pages already: the watcher must not see
        the same commit a second later and reload them all again."""
        if self._watcher is not None and kinds - {EXTERNAL}:
            self._watcher.absorb_own_commit()

    # --- users: switch and idle lock ----------------------------------------------------------
    IDLE_CHECK_MS = 15_000

    def _drop_pages(self) -> None:
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()

    def switch_user(self) -> None:
        """A shared showroom PC: someone else signs in; the pages start afresh for them."""
        self.lock(switching=True)

    def lock(self, switching: bool = False) -> None:
        """Hide the data behind the sign-in dialog until a user signs in again."""
        from ui.context import build_context
        from ui.dialogs.sign_in import SignInDialog

        context = self.context
        self.stack.hide()
        try:
            user_id = None
            while user_id is None:
                user_id = SignInDialog.ask(self, context.db, None if switching else context.user_id)
                if user_id is None and switching:
                    return  # switching cancelled: the current user carries on
        finally:
            self.stack.show()
            self._last_input = time.monotonic()
        if user_id != context.user_id:
            self.attach(build_context(context.db, context.db.config, user_id))

    def _start_idle_lock(self) -> None:
        self._last_input = time.monotonic()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(self.IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self._idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _on_idle_timer_timeout(self) -> None:
        minutes = self.context.settings.lock_after_minutes
        idle = time.monotonic() - self._last_input
        if minutes and idle >= minutes * 60 and QApplication.activeModalWidget() is None:
            self.lock()

    # --- global actions -----------------------------------------------------------------------
    def find_customer(self) -> None:
        """Ctrl+K from anywhere: the customers page with the search field focused."""
        page = self.open_page("customers")
        self.activateWindow()
        page.focus_search()  # type: ignore[attr-defined]

    def print_today(self, kind: DocumentKind) -> None:
        """File › Print today's …: the day's documents of one kind in one preview."""
        from ui.print_batches import print_days_documents

        print_days_documents(self, self.context, kind)

    def new_walk_in(self) -> int | None:
        from ui.dialogs.walk_in import WalkInDialog

        return WalkInDialog.ask(self, self.context)

    def manage_users(self) -> None:
        from showroom.kernel.permissions import Action, allowed
        from ui.dialogs.users import UsersDialog

        if allowed(self.context.user_role, Action.MANAGE_USERS):
            UsersDialog.ask(self, self.context)

    def audit_trail(self) -> None:
        from showroom.kernel.permissions import Action, allowed
        from ui.dialogs.audit import AuditDialog

        if allowed(self.context.user_role, Action.VIEW_AUDIT):
            AuditDialog.ask(self, self.context)

    def back_up_now(self) -> Path | None:
        """File › Back up now (admins): a consistent copy to the backup folder, off the GUI
        thread; says where it went. Returns the file, or None when nothing was written."""
        from showroom.admin.backups import backup_for_user
        from showroom.core.errors import ShowroomError
        from showroom.kernel.permissions import Action, allowed
        from ui.background import run_in_background
        from ui.errors import show_error, show_info

        context = self.context
        if not allowed(context.user_role, Action.BACKUP_RESTORE):
            return None
        try:
            report = run_in_background(
                self,
                tr("Back up"),
                tr("Copying the database…"),
                lambda _progress: backup_for_user(context.db, context.user_id),
                cancellable=False,
            )
        except (ShowroomError, OSError) as error:
            show_error(self, str(error), tr("The database was not backed up"))
            return None
        megabytes = report.size / 1_000_000
        message = tr("Backed up to {path} ({size:.1f} MB).").format(
            path=str(report.path), size=megabytes
        )
        if report.warning:
            message += "\n" + report.warning
        show_info(self, message, tr("Back up"))
        return report.path

    def import_customers(self) -> None:
        from ui.dialogs.import_customers import ImportCustomersDialog

        ImportCustomersDialog.ask(self, self.context)

    def export_customers(self) -> None:
        from ui.dialogs.export_customers import export_customers_interactive

        export_customers_interactive(self, self.context)

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
                if key not in self._pages:  # already current before the database opened
                    self._on_sidebar_current_row_changed(row)
                return self._pages[key]
        raise KeyError(key)

    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row < 0 or self._context is None:
            return
        area = self._areas[row]
        page = self._pages.get(area.key)
        if page is None:
            page = area.factory(self.context)
            page.setObjectName(f"page_{area.key}")
            self._pages[area.key] = page
            self.stack.addWidget(page)
            navigate = getattr(page, "navigate_requested", None)
            if navigate is not None:
                navigate.connect(self.go_to)
        self.stack.setCurrentWidget(page)

    def go_to(self, target: str) -> QWidget:
        """Open a place a page asked for: an area (``showroom_day``), or an area and one of
        its tabs (``customers.walk_ins``: the tab holding the widget named ``walkIns``)."""
        key, _, detail = target.partition(".")
        page = self.open_page(key)
        if detail:
            wanted = "".join(
                part.capitalize() if n else part for n, part in enumerate(detail.split("_"))
            )
            for tabs in page.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tab = tabs.widget(index)
                    if tab is not None and (
                        tab.objectName() == wanted or tab.findChild(QWidget, wanted) is not None
                    ):
                        tabs.setCurrentIndex(index)
                        tabs.currentWidget().setFocus()
                        return page
        return page

    # --- window state -----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._ui_settings.value("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            # First start on this PC: as large as the screen allows, up to 1600 x 1000
            # (the Today dashboard is laid out for that).
            screen = QApplication.primaryScreen()
            area = screen.availableGeometry() if screen is not None else None
            width = min(1600, area.width()) if area is not None else 1280
            height = min(1000, area.height()) if area is not None else 800
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ui_settings.setValue("main_window/geometry", self.saveGeometry())
        self._ui_settings.sync()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted_once:
            self._painted_once = True
            self.painted.emit()
