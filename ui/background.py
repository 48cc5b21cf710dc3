"""Running slow work (an import, an export) off the GUI thread, with a progress dialog.

The work is a plain function that gets a ``progress(done, total)`` callback; it runs on a
QThreadPool thread and must not touch any widget (it opens its own database session). Its
progress, result or error come back through queued signals, so every widget is updated on
the GUI thread. Cancel sets a flag; the work's next progress call raises
:class:`TaskCancelled`, which unwinds it (and rolls back its unit of work).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[int, int], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("Background", text)


class TaskCancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[Progress], Any], signals: _Signals, cancel: threading.Event
    ) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.cancel = cancel
        self.setAutoDelete(True)

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise TaskCancelled
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except BaseException as error:
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def progress_dialog(
    parent: QWidget | None, title: str, label: str, *, cancellable: bool = True
) -> QProgressDialog:
    """The progress dialog of a background task (also built by the Chinese layout tour)."""
    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setObjectName("backgroundProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    return dialog


def run_in_background(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[Progress], T],
    *,
    cancellable: bool = True,
    unit: str = "",
) -> T:
    """Run ``work`` on a pool thread while a modal progress dialog shows how far it got.

    Returns the work's result, or raises the exception it raised (TaskCancelled after
    Cancel) here, on the GUI thread. The dialog appears only if the work takes more than
    a moment; under ``label`` it counts what was done ("5,000 of 30,000 rows").
    """
    dialog = progress_dialog(parent, title, label, cancellable=cancellable)

    signals = _Signals()
    cancel = threading.Event()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def on_progress(done: int, total: int) -> None:
        if cancel.is_set():
            return
        if total <= 0:  # unknown: a busy indicator, and how far it got
            dialog.setMaximum(0)
            count = tr("{done} {unit} so far").format(done=f"{done:,}", unit=unit)
        else:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
            count = tr("{done} of {total} {unit}").format(
                done=f"{done:,}", total=f"{total:,}", unit=unit
            )
        dialog.setLabelText(f"{label}\n{count.strip()}")

    def on_done(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def on_failed(error: object) -> None:
        outcome["error"] = error
        loop.quit()

    def on_canceled() -> None:
        cancel.set()
        dialog.setLabelText(tr("Stopping…"))
        dialog.setCancelButton(None)
        dialog.show()

    signals.progress.connect(on_progress)
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    dialog.canceled.connect(on_canceled)
    QThreadPool.globalInstance().start(_Job(work, signals, cancel))
    loop.exec()
    dialog.hide()
    dialog.setParent(None)  # gone from the parent's children now, not at the next idle moment
    dialog.deleteLater()
    if "error" in outcome:
        error = outcome["error"]
        assert isinstance(error, BaseException)
        raise error
    result: T = outcome["result"]
    return result
