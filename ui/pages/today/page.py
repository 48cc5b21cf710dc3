"""The Today page: the showroom at a glance."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from showroom.services.overview import overview
from ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


class _Figure(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(200)
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft)
        label = QLabel(caption)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(label)


class TodayPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        title = QLabel(tr("Today"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.date_label = QLabel()
        self.figures = {
            "customers": _Figure(tr("customers on file")),
            "interactions_today": _Figure(tr("contacts logged today")),
            "interactions_week": _Figure(tr("contacts in the last 7 days")),
            "vehicles_in_stock": _Figure(tr("cars in stock")),
            "vehicles_on_display": _Figure(tr("cars on display")),
            "fleet_cars": _Figure(tr("test-drive cars")),
        }
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, index // 3, index % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.date_label)
        layout.addLayout(grid)
        layout.addStretch(1)
        context.events.data_changed.connect(self._on_events_data_changed)
        self.refresh()

    def _on_events_data_changed(self, _kinds: set[str]) -> None:
        self.refresh()

    def refresh(self) -> None:
        zone = ZoneInfo(self.context.settings.timezone)
        now = datetime.now(zone)
        day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        with self.context.db.reader() as session:
            figures = overview(session, day_start)
        self.date_label.setText(now.strftime("%A %d %B %Y"))
        for key, figure in self.figures.items():
            figure.value.setText(f"{getattr(figures, key):,}")
