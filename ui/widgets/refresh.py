"""A page refreshes only when it is seen: at once when visible, else when next shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenVisible(QObject):
    """``request()`` runs ``reload`` now if ``page`` is visible; a hidden page is marked
    stale instead and reloads once when it is next shown (however many changes came)."""

    def __init__(self, page: QWidget, reload: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._reload = reload
        self.stale = False
        page.installEventFilter(self)

    def request(self) -> None:
        if self._page.isVisible():
            self.stale = False
            self._reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._reload()
        return False
