"""The sales manager's two small dialogs: the lost sales waiting for a decision (approve,
or send back with a note) and the follow-up interval of each intent level (1-90 days)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ShowroomError
from showroom.core.phrase import Phrase
from showroom.kernel.settings_store import load_settings
from showroom.sales.domain import LEVEL_TEXT, MAX_INTERVAL, MIN_INTERVAL, WITH_INTERVAL, LostState
from showroom.sales.service import (
    LostSaleRow,
    approve_lost,
    intervals,
    lost_sales,
    return_lost,
    set_intervals,
)
from ui.context import AppContext
from ui.i18n.messages import error_text, phrase_text


def tr(text: str) -> str:
    return QCoreApplication.translate("SalesManager", text)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #c62828;")
    label.setWordWrap(True)
    return label


class LostSalesDialog(QDialog):
    """The pending lost sales, oldest request last; approve or send back the selected one."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[LostSaleRow] = []
        self.setObjectName("lostSalesDialog")
        self.setWindowTitle(tr("Lost sales to decide"))
        self.resize(820, 420)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("pendingLostSales")
        self.table.setHorizontalHeaderLabels(
            [tr("Customer"), tr("Consultant"), tr("Reason"), tr("Competitor"), tr("Note")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.note = QLineEdit()
        self.note.setObjectName("decisionNote")
        self.note.setMaxLength(300)
        self.note.setPlaceholderText(tr("Note (required to send back)"))
        self.approve_button = QPushButton(tr("&Approve"))
        self.approve_button.setObjectName("approveLost")
        self.approve_button.clicked.connect(lambda: self.decide(approve=True))
        self.return_button = QPushButton(tr("Send &back"))
        self.return_button.setObjectName("returnLost")
        self.return_button.clicked.connect(lambda: self.decide(approve=False))
        self.error = _error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.note, 1)
        actions.addWidget(self.approve_button)
        actions.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.load()

    def load(self) -> None:
        with self.context.db.reader() as session:
            self.rows = lost_sales(session, self.context.user_id, LostState.PENDING)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (
                row.customer_name, row.consultant or "", phrase_text(Phrase.of(row.reason_text)),
                row.competitor or "", row.note or "",
            )  # fmt: skip
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        if self.rows:
            self.table.selectRow(0)

    def decide(self, *, approve: bool) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        row, note, user = self.rows[index], self.note.text(), self.context.user_id
        try:
            with self.context.db.session() as session:
                if approve:
                    approve_lost(session, row.id, row.version, user, note)
                else:
                    return_lost(session, row.id, row.version, user, note)
        except ShowroomError as error:
            self.error.setText(error_text(error))
            return
        self.error.clear()
        self.note.clear()
        self.context.events.data_changed.emit({"customers", "interactions", "follow_ups"})
        self.load()


class IntervalsDialog(QDialog):
    """Days between follow-ups per intent level; saved for every PC of the showroom."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("intervalsDialog")
        self.setWindowTitle(tr("Follow-up intervals"))
        current = intervals(context.settings)
        self.boxes: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for level in WITH_INTERVAL:
            box = QSpinBox()
            box.setObjectName(f"interval{level.value}")
            box.setRange(MIN_INTERVAL, MAX_INTERVAL)
            box.setSuffix(tr(" days"))
            box.setValue(current[level])
            self.boxes[level.value] = box
            form.addRow(phrase_text(Phrase.of(LEVEL_TEXT[level])), box)
        self.error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        days = {level: self.boxes[level.value].value() for level in WITH_INTERVAL}
        try:
            with self.context.db.session() as session:
                set_intervals(session, self.context.user_id, dict(days))
            with self.context.db.reader() as session:
                self.context.settings = load_settings(session)
        except ShowroomError as error:
            self.error.setText(error_text(error))
            return
        self.context.events.data_changed.emit({"settings"})
        self.accept()
