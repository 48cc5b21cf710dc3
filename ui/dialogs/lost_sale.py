"""Mark a prospect lost: a reason from the managed list, the competitor that won, a note.

A consultant's mark waits for the manager's approval; a manager's is approved at once
(showroom.sales.service.mark_lost decides).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ShowroomError
from showroom.core.phrase import Phrase
from showroom.sales.domain import REASON_TEXT, LostDraft, LostReason
from showroom.sales.service import LostSaleRow, mark_lost
from ui.context import AppContext
from ui.i18n.messages import error_text, phrase_text


def tr(text: str) -> str:
    return QCoreApplication.translate("LostSaleDialog", text)


class LostSaleDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext, customer_id: int) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.result_row: LostSaleRow | None = None
        self.setObjectName("lostSaleDialog")
        self.setWindowTitle(tr("Mark lost"))
        self.reason = QComboBox()
        self.reason.setObjectName("lostReason")
        for reason in LostReason:
            self.reason.addItem(
                phrase_text(Phrase.of(REASON_TEXT[reason])).capitalize(), reason.value
            )
        self.brand = QLineEdit()
        self.brand.setObjectName("competitorBrand")
        self.brand.setMaxLength(60)
        self.model = QLineEdit()
        self.model.setObjectName("competitorModel")
        self.model.setMaxLength(60)
        self.note = QLineEdit()
        self.note.setObjectName("lostNote")
        self.note.setMaxLength(300)
        self.error = QLabel()
        self.error.setObjectName("lostError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Reason:"), self.reason)
        form.addRow(tr("Competitor &brand:"), self.brand)
        form.addRow(tr("Competitor &model:"), self.model)
        form.addRow(tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        hint = QLabel(tr("A consultant's lost sale waits for the manager's approval."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reason.currentIndexChanged.connect(self._on_reason_changed)
        self._on_reason_changed()

    def _on_reason_changed(self) -> None:
        competitor = self.reason.currentData() == LostReason.COMPETITOR
        self.brand.setEnabled(competitor)
        self.model.setEnabled(competitor)

    def draft(self) -> LostDraft:
        return LostDraft(
            str(self.reason.currentData()), self.brand.text(), self.model.text(), self.note.text()
        )

    def submit(self) -> None:
        try:
            with self.context.db.session() as session:
                self.result_row = mark_lost(
                    session, self.customer_id, self.draft(), self.context.user_id
                )
        except ShowroomError as error:
            self.error.setText(error_text(error))
            return
        self.context.events.data_changed.emit({"customers", "interactions", "follow_ups"})
        self.accept()
