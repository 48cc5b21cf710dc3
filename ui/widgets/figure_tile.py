"""A figure of the Today page: a number, what it counts, and a click (or Return) to open
the list behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

TONE_COLOURS = {
    "normal": "#90A4AE",
    "good": "#2E7D32",
    "warning": "#EF6C00",
    "alert": "#C62828",
}


class FigureTile(QFrame):
    """Keyboard first: Tab reaches it, Return or Space opens it, like a click."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureTile")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumWidth(170)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.value_label = QLabel("–")
        self.value_label.setObjectName("figureValue")
        self.caption = QLabel()
        self.caption.setObjectName("figureCaption")
        self.caption.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("figureNote")
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption)
        layout.addWidget(self.note)
        self._clickable = False
        self.set_tone("normal")

    def set_figure(
        self,
        value: str,
        caption: str,
        *,
        total: str = "",
        note: str = "",
        tone: str = "normal",
        clickable: bool = True,
        tooltip: str = "",
    ) -> None:
        self.value_label.setText(
            f'{value}<span style="font-size: 15px; font-weight: normal; color: #5B6470;">'
            f"&nbsp;{total}</span>"
            if total
            else value
        )
        self.caption.setText(caption)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._clickable = clickable
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{caption}: {value} {total}".strip())
        self.set_tone(tone)

    def set_tone(self, tone: str) -> None:
        colour = TONE_COLOURS.get(tone, TONE_COLOURS["normal"])
        value_colour = colour if tone in ("alert", "warning") else "palette(window-text)"
        self.setStyleSheet(
            f"""
            QFrame#figureTile {{
                border: 1px solid #D5DAE1; border-left: 5px solid {colour};
                border-radius: 6px; background: palette(base);
            }}
            QFrame#figureTile:focus {{ border: 2px solid #1F4E79; border-left: 5px solid {colour}; }}
            QFrame#figureTile:hover {{ background: #F1F5FA; }}
            QLabel {{ border: none; background: transparent; }}
            QLabel#figureValue {{ font-size: 28px; font-weight: bold; color: {value_colour}; }}
            QLabel#figureCaption {{ font-size: 13px; }}
            QLabel#figureNote {{ font-size: 12px; color: #5B6470; }}
            """
        )

    @property
    def clickable(self) -> bool:
        return self._clickable

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.setFocus()
            if self._clickable:
                self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._clickable:
                self.activated.emit()
            return
        super().keyPressEvent(event)
