"""The start-up and memory baseline of `showroom bench`: a bare PySide6 + qt-material window.

Run as a script; prints 'main window painted' once its window is painted, then quits.
"""

from __future__ import annotations

import sys

import qt_material
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setCentralWidget(QLabel("baseline"))
        self.resize(1280, 800)
        self._done = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._done:
            self._done = True
            print("main window painted", flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    qt_material.apply_stylesheet(app, theme="light_blue.xml", invert_secondary=True)
    window = Window()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
