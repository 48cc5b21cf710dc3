"""The window's look: the qt-material theme, applied at start and from the settings page.

Its own module so that a page can switch the theme without importing the application
module that builds the window (which imports the pages: a cycle).
"""

from __future__ import annotations

# qt_material must come after PySide6 so it binds to it.
from PySide6.QtWidgets import QApplication

import qt_material  # isort: skip
from ui.resources import FONT_FAMILY

THEMES = {"light": "light_blue.xml", "dark": "dark_blue.xml"}


def apply_theme(app: QApplication, theme: str) -> None:
    """The qt-material theme: 'light' (default) or 'dark'."""
    qt_material.apply_stylesheet(
        app,
        theme=THEMES.get(theme, THEMES["light"]),
        invert_secondary=theme != "dark",
        extra={"font_family": f"'{FONT_FAMILY}'", "density_scale": "-1", "font_size": "13px"},
    )
