"""Every message box the app shows, in one place so tests can answer them.

Unexpected errors never show a traceback: the details go to the log and behind a
"Copy details" button of a friendly dialog.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TextIO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.i18n.messages import error_text

log = logging.getLogger("showroom.ui")
CRASH_LOG = "crash.log"
_crash_stream: list[TextIO] = []  # kept open for the life of the process


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def show_error(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """A problem the user can act on, in one plain sentence."""
    QMessageBox.warning(parent, title or tr("Showroom"), message)


def show_unexpected(parent: QWidget | None, details: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Something went wrong"))
    box.setText(
        tr(
            "Showroom met an unexpected problem and stopped that action. Your saved work is safe. "
            "If it happens again, copy the details and send them to your IT contact."
        )
    )
    copy = box.addButton(tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDetailedText(details)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_excepthook() -> None:
    """Route uncaught exceptions in slots to the log and the friendly dialog."""
    import sys

    from showroom.core.errors import ShowroomError

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, ShowroomError):
            show_error(QApplication.activeWindow(), error_text(error))
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        log.error("unexpected error in the GUI:\n%s", details)
        show_unexpected(QApplication.activeWindow(), details)

    sys.excepthook = hook


def show_info(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """Something finished as asked (an export written), in one plain sentence."""
    QMessageBox.information(parent, title or tr("Showroom"), message)


def install_crash_trace(log_dir: Path) -> Path:
    """Turn on :mod:`faulthandler` into ``log_dir/crash.log``; returns that file's path.

    A crash inside Qt's C++ side (a segfault, an abort) never reaches ``sys.excepthook``;
    faulthandler writes every thread's Python stack into this file as the process dies.
    It is a file of its own, opened for appending: the rotating showroom.log may be
    renamed under an open descriptor, and faulthandler writes to the descriptor it got.
    Each start writes a header line, so a trace names the run it belongs to.
    """
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / CRASH_LOG
    stream = path.open("a", encoding="utf-8")
    stream.write(f"--- Showroom started {datetime.now().isoformat(timespec='seconds')} ")
    stream.write(f"(pid {os.getpid()}); a crash trace below this line belongs to it ---\n")
    stream.flush()
    faulthandler.enable(stream, all_threads=True)
    _crash_stream[:] = [stream]
    log.info("crash traces (faulthandler) go to %s", path)
    return path
