"""Settings: this PC's preferences (theme) and the showroom-wide settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


class SettingsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        title = QLabel(tr("Settings"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")

        self.theme_box = QComboBox()
        self.theme_box.setObjectName("themeBox")
        self.theme_box.addItem(tr("Light"), "light")
        self.theme_box.addItem(tr("Dark"), "dark")
        current = str(context.ui_settings.value("theme", "light"))
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(current)))
        self.theme_box.currentIndexChanged.connect(self._on_theme_box_current_index_changed)

        form = QFormLayout()
        form.addRow(tr("&Theme on this PC:"), self.theme_box)
        settings = context.settings
        form.addRow(tr("Dealership:"), QLabel(settings.dealership_name))
        form.addRow(tr("Country for phone numbers:"), QLabel(settings.default_region))
        form.addRow(tr("Currency:"), QLabel(settings.currency))
        form.addRow(tr("Time zone:"), QLabel(settings.timezone))
        form.addRow(tr("Database:"), QLabel(context.db.describe()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addStretch(1)

    def _on_theme_box_current_index_changed(self, _index: int) -> None:
        from ui.app import apply_theme

        theme = str(self.theme_box.currentData())
        self.context.ui_settings.setValue("theme", theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
