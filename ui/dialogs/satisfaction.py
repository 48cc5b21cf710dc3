"""The satisfaction call after a delivery: a score from 1 to 5 and what the customer said."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("SatisfactionDialog", text)


class SatisfactionDialog(QDialog):
    """Asks for the score and the comment; a score of 2 or less tells the manager."""

    def __init__(self, parent: QWidget | None, customer: str, reason: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Satisfaction call"))
        self.setMinimumWidth(480)
        self.score = QSpinBox()
        self.score.setObjectName("score")
        self.score.setRange(1, 5)
        self.score.setValue(5)
        self.score.setSuffix(tr(" of 5"))
        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setMaxLength(400)
        intro = QLabel(
            tr("{customer} · {reason}. A score of 2 or less gives the manager a task.").format(
                customer=customer, reason=reason
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        score_label = QLabel(tr("&Score:"))
        score_label.setBuddy(self.score)
        comment_label = QLabel(tr("&What they said:"))
        comment_label.setBuddy(self.comment)
        form.addRow(score_label, self.score)
        form.addRow(comment_label, self.comment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.score.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, customer: str, reason: str) -> tuple[int, str] | None:
        dialog = cls(parent, customer, reason)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.score.value(), dialog.comment.text()
