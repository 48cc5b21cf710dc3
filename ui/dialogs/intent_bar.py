"""The customer card's sales strip: the intent level combo, "Mark lost…" and "Reactivate".

The level is set at once through showroom.sales.service (each change on the timeline); F
is reached only through an approved lost sale, so the combo is disabled while the customer
is lost or a lost-sale request waits for the manager.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from showroom.core.errors import ShowroomError
from showroom.core.phrase import Phrase
from showroom.sales.domain import LEVEL_TEXT, IntentLevel
from showroom.sales.service import intent_view, reactivate, set_intent_level
from ui.context import AppContext
from ui.i18n.messages import error_text, phrase_text


def tr(text: str) -> str:
    return QCoreApplication.translate("IntentBar", text)


class IntentBar(QWidget):
    """``changed`` carries the customer's row version after a change; ``failed`` a message."""

    changed = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id: int | None = None
        self.combo = QComboBox()
        self.combo.setObjectName("intentLevel")
        self.combo.setToolTip(tr("How soon the customer expects to buy"))
        for level in IntentLevel:
            self.combo.addItem(phrase_text(Phrase.of(LEVEL_TEXT[level])), level.value)
        self.combo.activated.connect(self._on_activated)
        self.lost_button = QPushButton(tr("Mark l&ost…"))
        self.lost_button.setObjectName("markLost")
        self.lost_button.clicked.connect(self._on_lost_clicked)
        self.reactivate_button = QPushButton(tr("Reactivat&e"))
        self.reactivate_button.setObjectName("reactivate")
        self.reactivate_button.clicked.connect(self._on_reactivate_clicked)
        label = QLabel(tr("&Intent:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.combo, self.lost_button, self.reactivate_button):
            layout.addWidget(widget)
        self.show_customer(None)

    def show_customer(self, customer_id: int | None) -> int | None:
        """Show ``customer_id``'s level (None: a new card); returns the row version."""
        self.customer_id = customer_id
        if customer_id is None:
            for widget in (self.combo, self.lost_button):
                widget.setEnabled(False)
            self.reactivate_button.setVisible(False)
            return None
        with self.context.db.reader() as session:
            view = intent_view(session, customer_id, self.context.user_id)
        self.combo.setCurrentIndex(self.combo.findData(view.level.value))
        lost = view.level is IntentLevel.F
        self.combo.setEnabled(not lost and not view.pending_lost)
        self.lost_button.setEnabled(not lost and not view.pending_lost)
        self.lost_button.setToolTip(
            tr("Waiting for the manager's decision") if view.pending_lost else ""
        )
        self.reactivate_button.setVisible(lost)
        return view.version

    def _done(self, kinds: set[str]) -> None:
        self.context.events.data_changed.emit(kinds)
        version = self.show_customer(self.customer_id)
        if version is not None:
            self.changed.emit(version)

    def _on_activated(self) -> None:
        assert self.customer_id is not None
        try:
            with self.context.db.session() as session:
                set_intent_level(
                    session, self.customer_id, str(self.combo.currentData()), self.context.user_id
                )
        except ShowroomError as error:
            self.failed.emit(error_text(error))
        self._done({"customers", "interactions"})

    def _on_lost_clicked(self) -> None:
        from ui.dialogs.lost_sale import LostSaleDialog

        assert self.customer_id is not None
        if LostSaleDialog(self, self.context, self.customer_id).exec():
            self._done({"customers", "interactions", "follow_ups"})

    def _on_reactivate_clicked(self) -> None:
        assert self.customer_id is not None
        try:
            with self.context.db.session() as session:
                reactivate(session, self.customer_id, self.context.user_id, self.context.settings)
        except ShowroomError as error:
            self.failed.emit(error_text(error))
        self._done({"customers", "interactions", "follow_ups"})
