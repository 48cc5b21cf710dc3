"""The database is damaged: restore the latest good backup, or quit.

Opened through :meth:`RestoreBackupDialog.ask`, so that tests can answer it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("RestoreBackupDialog", text)


def backup_time_text(taken_at: datetime) -> str:
    """When a backup was taken, in this PC's local time and locale."""
    moment = QDateTime.fromSecsSinceEpoch(int(taken_at.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class RestoreBackupDialog(QMessageBox):
    """Says what is damaged and offers "Restore the latest backup (date)" or "Quit"."""

    def __init__(self, parent: QWidget | None, problem: str, taken_at: datetime | None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreBackupDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(tr("The database is damaged"))
        self.restore_button = None
        if taken_at is not None:
            when = backup_time_text(taken_at)
            self.setText(
                tr(
                    "{problem}\n\nShowroom can set the damaged database aside (it is kept, "
                    "renamed, never deleted) and restore the latest good backup, from {when}. "
                    "Changes made after that backup are not in it."
                ).format(problem=problem, when=when)
            )
            self.restore_button = self.addButton(
                tr("Restore the latest backup ({when})").format(when=when),
                QMessageBox.ButtonRole.AcceptRole,
            )
            self.setDefaultButton(self.restore_button)
        else:
            self.setText(
                tr(
                    "{problem}\n\nThere is no good backup to restore. Quit Showroom and ask "
                    "your IT contact for help; the damaged database is left as it is."
                ).format(problem=problem)
            )
        self.quit_button = self.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setEscapeButton(self.quit_button)

    @classmethod
    def ask(cls, parent: QWidget | None, problem: str, taken_at: datetime | None) -> bool:
        """True when the user chose to restore the backup taken at ``taken_at``."""
        dialog = cls(parent, problem, taken_at)
        dialog.exec()
        return dialog.restore_button is not None and dialog.clickedButton() is dialog.restore_button
