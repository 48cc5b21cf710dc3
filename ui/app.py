"""Starting the GUI: the application object, theme, font, then the database.

The main window paints first, as a shell, and the database is opened on the next turn of
the event loop: SQLAlchemy and Alembic take longer to import than Qt takes to show a window,
and a user should see the app the moment they start it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from showroom.core.errors import ShowroomError
from ui.context import AppContext, build_context, ui_settings_for
from ui.i18n.messages import error_text
from ui.resources import FONT_FAMILY, FONT_FILE
from ui.theme import THEMES, apply_theme

if TYPE_CHECKING:
    from showroom.kernel.work import AppConfig, Database
    from ui.main_window import MainWindow

__all__ = [
    "THEMES",
    "apply_theme",
    "build_context",
    "create_application",
    "open_context",
    "run_gui",
]

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


def sign_in(db: Database, parent: QWidget | None) -> int | None:
    """Who is at the keyboard: the first admin on a new database, else the sign-in dialog.

    SHOWROOM_SIGN_IN=NAME with SHOWROOM_PASSWORD signs in without the dialog (kiosk scripts,
    the start-up smoke test and the benchmark); on a new database it creates that admin.
    """
    from showroom.admin.sign_in_guard import sign_in
    from showroom.admin.users import create_first_admin, needs_first_admin
    from ui.dialogs.sign_in import FirstAdminDialog, SignInDialog

    name, password = os.environ.get("SHOWROOM_SIGN_IN"), os.environ.get("SHOWROOM_PASSWORD")
    with db.reader() as session:
        first = needs_first_admin(session)
    if name and password is not None:
        if not first:
            try:
                return sign_in(db, name, password)
            except ShowroomError as error:
                # No one at the keyboard to answer a dialog: say why, and do not start.
                print(f"showroom: SHOWROOM_SIGN_IN: {error_text(error)}", file=sys.stderr)
                return None
        with db.session() as session:
            return create_first_admin(session, name, name, password).id
    if first:
        return FirstAdminDialog.ask(parent, db)
    return SignInDialog.ask(parent, db)


def open_context(config: AppConfig, parent: QWidget | None = None) -> AppContext | None:
    """Open the database and sign in; None if the user cancelled the sign-in."""
    from showroom.admin.startup import open_app_database

    # The full integrity check reads the whole file: it runs in the background instead.
    db = open_app_database(config)
    try:
        user_id = sign_in(db, parent)
        if user_id is None:
            db.dispose()
            return None
        return build_context(db, config, user_id)
    except BaseException:
        db.dispose()
        raise


def open_or_recover(window: QWidget, config: AppConfig) -> AppContext | None:
    """open_context; if the SQLite file is damaged, offer the latest good backup instead.
    None when the user chose to quit (the damaged file is then left as it was)."""
    from showroom.core.errors import DatabaseDamagedError

    try:
        return open_context(config, window)
    except DatabaseDamagedError as error:
        return recover_from_damage(window, config, error_text(error))


def recover_from_damage(parent: QWidget, config: AppConfig, problem: str) -> AppContext | None:
    """Ask "Restore the latest backup (date)" / "Quit"; on restore, set the damaged database
    aside with its -wal/-shm, put the backup in its place and open it."""
    from showroom.admin.backups import latest_good_backup, recover_from_backup
    from ui.dialogs.restore_backup import RestoreBackupDialog, backup_time_text

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        backup = latest_good_backup(config)  # quick-checks the candidates
    finally:
        QApplication.restoreOverrideCursor()
    if not RestoreBackupDialog.ask(parent, problem, backup.taken_at if backup else None):
        return None
    assert backup is not None  # the dialog offers no restore without one
    report = recover_from_backup(config, backup.path)
    context = open_context(config, parent)
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(
            QCoreApplication.translate(
                "App", "Restored the backup of {when}; the damaged database was kept as {kept}."
            ).format(when=backup_time_text(backup.taken_at), kept=report.kept)
        )
    return context


def run_gui(config: AppConfig) -> int:
    """Show the main window, then open the database (creating it on first start)."""
    from ui.errors import install_crash_trace, install_excepthook, show_error
    from ui.main_window import MainWindow

    install_crash_trace(config.home / "logs")  # beside showroom.log (showroom/cli)
    app = create_application()
    ui_settings = ui_settings_for(config.home)
    apply_theme(app, str(ui_settings.value("theme", "light")))
    from ui.i18n import install, preferred_language

    install(preferred_language(ui_settings))
    install_excepthook()
    window = MainWindow(None, ui_settings)
    state: dict[str, AppContext] = {}

    def open_database_now() -> None:
        try:
            context = open_or_recover(window, config)
        except ShowroomError as error:
            print(f"showroom: {error}", file=sys.stderr)
            show_error(
                window,
                error_text(error),
                QCoreApplication.translate("App", "Showroom cannot start"),
            )
            app.exit(1)
            return
        if context is None:
            app.exit(1)
            return
        state["context"] = context
        window.attach(context)
        _check_integrity_in_background(window, config, on_damaged)
        _report_ready(window)
        _backup_in_background(window, context)

    def on_damaged(problem: str) -> None:
        """The background check found damage: stop using the database, offer the backup."""
        state.pop("context").db.dispose()
        message = QCoreApplication.translate(
            "App", "The database failed its integrity check ({problem})."
        ).format(problem=problem)
        try:
            context = recover_from_damage(window, config, message)
        except ShowroomError as error:
            show_error(window, error_text(error))
            context = None
        if context is None:
            app.exit(1)
            return
        state["context"] = context
        window.attach(context)

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

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)  # owned by the window: a property alone lets Python free it
        self.path = path

    def run(self) -> None:
        from pathlib import Path

        from showroom.admin.startup import integrity_problems

        problems = integrity_problems(Path(self.path))
        if problems:
            self.found.emit(problems)


def _check_integrity_in_background(
    window: MainWindow, config: AppConfig, on_damaged: Callable[[str], None]
) -> None:
    path = config.sqlite_path
    if path is None:
        return
    import threading

    check = _IntegrityCheck(str(path), window)
    check.found.connect(lambda problems: on_damaged(str(problems[0])))
    threading.Thread(target=check.run, name="integrity-check", daemon=True).start()


class _AutoBackup(QObject):
    """The start-up backup, on a worker thread; its outcome is shown on the GUI thread."""

    done = Signal(str, str)  # what happened, a warning ("" if none)

    def __init__(self, context: AppContext, parent: QObject) -> None:
        super().__init__(parent)  # owned by the window, so it lives until it reports
        self.db = context.db

    def run(self) -> None:
        import logging

        from showroom.admin.backups import automatic_backup

        try:
            report = automatic_backup(self.db)
        except ShowroomError as error:
            self.done.emit("", error_text(error))
            return
        except Exception:  # a failed backup must never take the app down
            logging.getLogger("showroom.ui").exception("automatic backup failed")
            return
        self.done.emit(str(report.path or ""), report.warning or "")


def _backup_in_background(window: MainWindow, context: AppContext) -> None:
    """Back up the SQLite database if it changed since the last backup (off the GUI thread)."""
    if not context.db.is_sqlite:
        return
    import threading

    from ui.errors import show_error

    def finished(path: str, warning: str) -> None:
        if path:
            window.statusBar().showMessage(
                QCoreApplication.translate("App", "Backed up to {path}.").format(path=path), 10_000
            )
        if warning:
            show_error(window, warning, QCoreApplication.translate("App", "Backup"))

    backup = _AutoBackup(context, window)
    backup.done.connect(finished)
    threading.Thread(target=backup.run, name="auto-backup", daemon=True).start()


def resident_note() -> str:
    """'; rss-kb N': the memory this process holds now (Linux), for the benchmark."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return f"; rss-kb {line.split()[1]}"
    except OSError:
        pass
    return ""


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
    print(f"first page filled with its data after {elapsed_ms:.0f} ms{resident_note()}", flush=True)
    QTimer.singleShot(0, QApplication.quit)
