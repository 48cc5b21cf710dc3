"""Find a customer on file as you type: the search line and its list of matches.

Keyboard path: type a fragment of the name, phone, e-mail, plate or VIN; Down moves to the
matches; Return (in the line or the list) emits ``accepted`` with the best match current. The
list shows only the customers the user at the keyboard may see, eight at most.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from showroom.customers.domain import format_phone
from showroom.customers.search import CustomerFilter, search_customers
from ui.context import AppContext

TYPING_PAUSE_MS = 120
MATCHES = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("CustomerSearch", text)


class CustomerSearch(QWidget):
    """A search line over a list of matching customers.

    ``name`` prefixes the object names (``{name}Search``, ``{name}Results``) so that each
    dialog's fields stay addressable in tests and style sheets.
    """

    accepted = Signal()

    def __init__(
        self, context: AppContext, name: str, parent: QWidget | None = None, *, rows: int = 130
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit()
        self.search.setObjectName(f"{name}Search")
        self.search.setPlaceholderText(tr("Name, phone, e-mail, plate or VIN"))
        self.results = QListWidget()
        self.results.setObjectName(f"{name}Results")
        self.results.setMinimumHeight(rows)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._on_text_changed)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.setFocusProxy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)

    def _on_text_changed(self, _text: str) -> None:
        self._timer.start()

    def text(self) -> str:
        return self.search.text()

    def run_search(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            return
        with self.context.db.reader() as session:
            rows = search_customers(
                session,
                CustomerFilter(text=text, actor_id=int(self.context.user_id)),
                limit=MATCHES,
            )
        for row in rows:
            phone = format_phone(row.phone) if row.phone else ""
            item = QListWidgetItem(f"{row.full_name}    {phone}    {row.email or ''}")
            item.setData(Qt.ItemDataRole.UserRole, int(row.id))
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)

    def flush(self) -> None:
        """Run a search still waiting for the typing pause now."""
        if self._timer.isActive():
            self._timer.stop()
            self.run_search()

    def selected_customer(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self.flush()
                self.results.setFocus()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in (
                self.search,
                self.results,
            ):
                self.flush()
                self.accepted.emit()
                return True
        return super().eventFilter(watched, event)
