"""Cancel a test-drive booking, with an optional reason for the record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("CancelDriveDialog", text)


class CancelDriveDialog(QDialog):
    def __init__(self, parent: QWidget | None, description: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Cancel test drive"))
        self.setMinimumWidth(480)
        question = QLabel(tr("Cancel this test drive? The car and the time become free."))
        question.setWordWrap(True)
        what = QLabel(description)
        what.setObjectName("cancelWhat")
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(tr("e.g. customer rang, car needed elsewhere (optional)"))
        form = QFormLayout()
        form.addRow(tr("&Reason:"), self.reason)
        buttons = QDialogButtonBox()
        cancel_it = buttons.addButton(
            tr("Cancel the booking"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel_it.setObjectName("confirmCancel")
        buttons.addButton(tr("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, description: str) -> str | None:
        """The reason (possibly empty) if the user confirms, None to keep the booking."""
        dialog = cls(parent, description)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.reason.text()
        return None
