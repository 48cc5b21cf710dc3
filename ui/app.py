"""Starting the GUI: the application object, theme, font, then the database.

The main window paints first, as a shell, and the database is opened on the next turn of
the event loop: SQLAlchemy and Alembic take longer to import than Qt takes to show a window,
and a user should see the app the moment they start it.
"""

from __future__ import annotations

import getpass
import os
import sys
import time
from typing import TYPE_CHECKING

# qt_material must come after PySide6 so it binds to it.
import qt_material
from PySide6.QtCore import QCoreApplication, QLoggingCategory, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from showroom.config import AppConfig
from showroom.errors import ShowroomError
from ui.context import AppContext, ui_settings_for
from ui.resources import FONT_FAMILY, FONT_FILE

if TYPE_CHECKING:
    from showroom.storage.database import Database
    from ui.main_window import MainWindow

THEMES = {"light": "light_blue.xml", "dark": "dark_blue.xml"}
_STARTED = time.perf_counter()


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("Showroom")
    app.setOrganizationName("Showroom")
    app.setApplicationDisplayName("Showroom")
    # qt-material's stylesheet names two icons its package does not ship; Qt would log a
    # warning for each at every start.
    QLoggingCategory.setFilterRules("qt.svg.warning=false")
    if QFontDatabase.addApplicationFont(str(FONT_FILE)) >= 0:
        app.setFont(QFont(FONT_FAMILY, 10))
    return app


def apply_theme(app: QApplication, theme: str) -> None:
    """The qt-material theme: 'light' (default) or 'dark'."""
    qt_material.apply_stylesheet(
        app,
        theme=THEMES.get(theme, THEMES["light"]),
        invert_secondary=theme != "dark",
        extra={"font_family": f"'{FONT_FAMILY}'", "density_scale": "-1", "font_size": "13px"},
    )


def build_context(db: Database, config: AppConfig) -> AppContext:
    from showroom.domain.ids import UserId
    from showroom.services.settings import load_settings
    from showroom.services.users import ensure_desk_user

    with db.session() as session:
        user = ensure_desk_user(session, getpass.getuser())
        settings = load_settings(session)
        ids = (user.id, user.display_name, user.role)
    return AppContext(
        db=db,
        user_id=UserId(ids[0]),
        user_name=ids[1],
        user_role=ids[2],
        settings=settings,
        ui_settings=ui_settings_for(config.home),
    )


def open_context(config: AppConfig) -> AppContext:
    from showroom.storage.migrate import open_database

    # The full integrity check reads the whole file: it runs in the background instead.
    db = open_database(config, integrity_check=False)
    try:
        return build_context(db, config)
    except BaseException:
        db.dispose()
        raise


def run_gui(config: AppConfig) -> int:
    """Show the main window, then open the database (creating it on first start)."""
    from ui.errors import install_excepthook, show_error
    from ui.main_window import MainWindow

    app = create_application()
    ui_settings = ui_settings_for(config.home)
    apply_theme(app, str(ui_settings.value("theme", "light")))
    install_excepthook()
    window = MainWindow(None, ui_settings)
    state: dict[str, AppContext] = {}

    def open_database_now() -> None:
        try:
            state["context"] = open_context(config)
        except ShowroomError as error:
            print(f"showroom: {error}", file=sys.stderr)
            show_error(
                window, str(error), QCoreApplication.translate("App", "Showroom cannot start")
            )
            app.exit(1)
            return
        window.attach(state["context"])
        _check_integrity_in_background(window, config)
        _report_ready(window)

    def on_painted() -> None:
        if os.environ.get("SHOWROOM_EXIT_AFTER_PAINT"):
            elapsed = (time.perf_counter() - _STARTED) * 1000
            print(f"main window painted after {elapsed:.0f} ms", flush=True)
        QTimer.singleShot(0, open_database_now)

    window.painted.connect(on_painted)
    window.show()
    code = app.exec()
    if "context" in state:
        state["context"].db.dispose()
    return code


class _IntegrityCheck(QObject):
    """Runs SQLite's quick check on a worker thread; reports problems to the GUI thread."""

    found = Signal(list)

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def run(self) -> None:
        from pathlib import Path

        from showroom.storage.database import integrity_problems

        problems = integrity_problems(Path(self.path))
        if problems:
            self.found.emit(problems)


def _check_integrity_in_background(window: MainWindow, config: AppConfig) -> None:
    path = config.sqlite_path
    if path is None:
        return
    import threading

    from ui.errors import show_error

    check = _IntegrityCheck(str(path))
    check.found.connect(
        lambda problems: show_error(
            window,
            QCoreApplication.translate(
                "App",
                "The database failed its integrity check ({problem}). Stop working in it: "
                "close Showroom and restore the latest backup.",
            ).format(problem=problems[0]),
        )
    )
    window.setProperty("integrity_check", check)  # keep it alive with the window
    threading.Thread(target=check.run, name="integrity-check", daemon=True).start()


def _report_ready(window: MainWindow) -> None:
    """SHOWROOM_EXIT_AFTER_PAINT=1 quits once the window shows its first page (start-up smoke
    test and benchmark), printing the time; SHOWROOM_SCREENSHOT=FILE saves a picture first;
    SHOWROOM_OPEN_PAGE=KEY opens that page first."""
    if not os.environ.get("SHOWROOM_EXIT_AFTER_PAINT"):
        return
    page = os.environ.get("SHOWROOM_OPEN_PAGE")
    if page:
        window.open_page(page)
    window.repaint()
    QApplication.processEvents()
    screenshot = os.environ.get("SHOWROOM_SCREENSHOT")
    if screenshot:
        window.grab().save(screenshot)
    elapsed_ms = (time.perf_counter() - _STARTED) * 1000
    print(f"first page filled with its data after {elapsed_ms:.0f} ms", flush=True)
    QTimer.singleShot(0, QApplication.quit)
