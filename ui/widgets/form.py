"""Form helpers: a field with its validation message right beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ValidationError
from ui.i18n.messages import rule_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Form", text)


ERROR_STYLE = "color: #c62828; font-size: 12px;"

EMPTY_RULE = "must not be empty"


def _is_empty(editor: QWidget) -> bool:
    """Whether the first text editor in ``editor`` holds nothing but spaces."""
    for widget in (editor, *editor.findChildren(QWidget)):
        if isinstance(widget, QLineEdit):
            return not widget.text().strip()
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            return not widget.toPlainText().strip()
    return False


class FieldBox(QWidget):
    """An editor with a message line under it that names what is wrong, in words.

    The message goes as soon as the field is fixed: on any change to the editor (or to the
    editors inside it) ``check`` is asked again when given; without one, an "empty" message
    stays only while the field is still empty, and any other goes at the first change (the
    service checks the value again when the form is saved).
    """

    def __init__(
        self, editor: QWidget, rule_field: str, check: Callable[[], str | None] | None = None
    ) -> None:
        super().__init__()
        self.editor = editor
        self.rule_field = rule_field
        self.check = check
        self.rule: str | None = None
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
        self._watch(editor)

    def _watch(self, editor: QWidget) -> None:
        for widget in (editor, *editor.findChildren(QWidget)):
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                widget.textChanged.connect(self._on_edited)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._on_edited)
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                widget.toggled.connect(self._on_edited)
            elif isinstance(widget, QAbstractSpinBox):
                widget.editingFinished.connect(self._on_edited)

    def _on_edited(self, *_args: object) -> None:
        if self.rule is None:
            return
        if self.check is not None:
            self._display(self.check())
        elif self.rule in (EMPTY_RULE, rule_text(ValidationError("", EMPTY_RULE))):
            self._display(self.rule if _is_empty(self.editor) else None)
        else:
            self.show_error(None)

    def show_error(self, rule: str | None) -> None:
        """Show the rule the value broke (None: it broke none); it is checked again as the
        field changes, until the form is checked again."""
        self.rule = rule or None
        self._display(rule)

    def _display(self, rule: str | None) -> None:
        if rule:
            # "{rule}." in English, the language's own full stop in another.
            self.error.setText(tr("{rule}.").format(rule=rule[0].upper() + rule[1:]))
            self.error.show()
        else:
            self.error.clear()
            self.error.hide()
