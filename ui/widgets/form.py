"""Form helpers: a field with its validation message right beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Form", text)


ERROR_STYLE = "color: #c62828; font-size: 12px;"


class FieldBox(QWidget):
    """An editor with a message line under it that names what is wrong, in words."""

    def __init__(self, editor: QWidget, rule_field: str) -> None:
        super().__init__()
        self.editor = editor
        self.rule_field = rule_field
        self.error = QLabel()
        self.error.setObjectName(f"error:{rule_field}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)

    def show_error(self, rule: str | None) -> None:
        if rule:
            # "{rule}." in English, the language's own full stop in another.
            self.error.setText(tr("{rule}.").format(rule=rule[0].upper() + rule[1:]))
            self.error.show()
        else:
            self.error.clear()
            self.error.hide()
