"""Asking why: reopening a checklist step, declining a plan, cancelling a deal.

One small dialog with a ``ask`` classmethod, so tests can answer it (or replace it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.form import FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("ReasonDialog", text)


class ReasonDialog(QDialog):
    """A title, a question and one line for the reason; OK needs a reason unless optional."""

    def __init__(
        self, parent: QWidget | None, title: str, question: str, *, optional: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.optional = optional
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMaxLength(300)
        self.box = FieldBox(self.reason, "reason")
        label = QLabel(question)
        label.setWordWrap(True)
        label.setBuddy(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.box)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def _on_ok(self) -> None:
        if not self.optional and not self.reason.text().strip():
            self.box.show_error(tr("say why, in a few words"))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, question: str, *, optional: bool = False
    ) -> str | None:
        dialog = cls(parent, title, question, optional=optional)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.reason.text().strip()
        return None
