"""The start-up and memory baseline of `showroom bench`: a bare PySide6 + qt-material window.

Run as a script; prints 'main window painted' once its window is painted, then quits.
"""

from __future__ import annotations

import sys

import qt_material
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def resident_note() -> str:
    """'; rss-kb N' as the app prints it (ui.app.resident_note, not imported: the baseline
    loads nothing of Showroom)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return f"; rss-kb {line.split()[1]}"
    except OSError:
        pass
    return ""


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
            print(f"main window painted{resident_note()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    qt_material.apply_stylesheet(app, theme="light_blue.xml", invert_secondary=True)
    window = Window()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
