"""Starting the GUI: the application object, theme, font, database and main window."""

from __future__ import annotations

import getpass
import os
import sys
import time

# qt_material must come after PySide6 so it binds to it.
import qt_material
from PySide6.QtCore import QCoreApplication, QLocale, QLoggingCategory, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from showroom.config import AppConfig
from showroom.errors import ShowroomError
from showroom.services.settings import load_settings
from showroom.services.users import ensure_desk_user
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from ui.context import AppContext, ui_settings_for
from ui.errors import install_excepthook, show_error
from ui.resources import FONT_FAMILY, FONT_FILE

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
    with db.session() as session:
        user = ensure_desk_user(session, getpass.getuser())
        settings = load_settings(session)
        ids = (user.id, user.display_name, user.role)
    from showroom.domain.ids import UserId

    return AppContext(
        db=db,
        user_id=UserId(ids[0]),
        user_name=ids[1],
        user_role=ids[2],
        settings=settings,
        ui_settings=ui_settings_for(config.home),
    )


def run_gui(config: AppConfig) -> int:
    """Open the database (creating it on first start) and run the main window."""
    app = create_application()
    _ = QLocale.system()
    ui_settings = ui_settings_for(config.home)
    apply_theme(app, str(ui_settings.value("theme", "light")))
    install_excepthook()
    try:
        db = open_database(config)
        context = build_context(db, config)
    except ShowroomError as error:
        show_error(None, str(error), QCoreApplication.translate("App", "Showroom cannot start"))
        print(f"showroom: {error}", file=sys.stderr)
        return 1

    from ui.main_window import MainWindow

    window = MainWindow(context)
    _install_test_hooks(window)
    window.show()
    code = app.exec()
    db.dispose()
    return code


def _install_test_hooks(window: QWidget) -> None:
    """SHOWROOM_EXIT_AFTER_PAINT=1 quits once the window is painted (start-up smoke test and
    benchmark), printing the time; SHOWROOM_SCREENSHOT=FILE saves a picture first."""
    if not os.environ.get("SHOWROOM_EXIT_AFTER_PAINT"):
        return
    screenshot = os.environ.get("SHOWROOM_SCREENSHOT")
    page = os.environ.get("SHOWROOM_OPEN_PAGE")

    def finish() -> None:
        if page and hasattr(window, "open_page"):
            window.open_page(page)
            QApplication.processEvents()
        if screenshot:
            window.grab().save(screenshot)
        elapsed_ms = (time.perf_counter() - _STARTED) * 1000
        print(f"main window painted after {elapsed_ms:.0f} ms", flush=True)
        QApplication.quit()

    window.painted.connect(lambda: QTimer.singleShot(0, finish))  # type: ignore[attr-defined]
