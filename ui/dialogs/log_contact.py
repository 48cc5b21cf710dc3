"""Log contact: channel, outcome, note and the next follow-up in one dialog.

From an open card: Ctrl+L opens it with the outcome list focused (the channel defaults to a
call), a letter picks the outcome, Tab then typing fills the note, Ctrl+Return saves: four
keyboard actions.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ShowroomError, ValidationError
from showroom.customers.follow_ups import LoggedContact, log_contact
from showroom.customers.service import get_customer
from showroom.kernel.database import Session, run_in_transaction
from ui.context import AppContext
from ui.i18n.messages import error_text, rule_text
from ui.widgets.form import FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("LogContactDialog", text)


def channel_labels() -> list[tuple[str, str]]:
    return [
        ("call", tr("Phone call")),
        ("message", tr("Message")),
        ("email", tr("E-mail")),
        ("visit", tr("Visit")),
        ("note", tr("Note")),
    ]


def outcome_labels() -> list[tuple[str, str]]:
    return [
        ("reached", tr("Reached")),
        ("no_answer", tr("No answer")),
        ("left_message", tr("Left a message")),
        ("appointment", tr("Appointment made")),
        ("not_interested", tr("Not interested")),
    ]


class LogContactDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        customer_id: int,
        follow_up_id: int | None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.follow_up_id = follow_up_id
        self.result_value: LoggedContact | None = None
        with context.db.reader() as session:
            name = get_customer(session, customer_id).full_name
        self.setWindowTitle(tr("Log contact with {name}").format(name=name))
        self.setMinimumWidth(520)

        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for value, label in channel_labels():
            self.channel.addItem(label, value)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for value, label in outcome_labels():
            self.outcome.addItem(label, value)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(tr("What was said, in a few words"))
        self.next_enabled = QCheckBox(tr("&Next follow-up on"))
        self.next_enabled.setObjectName("nextEnabled")
        self.next_date = QDateEdit()
        self.next_date.setObjectName("nextDate")
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        today = self._today()
        self.next_date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.next_date.setDate(QDate(today.year, today.month, today.day).addDays(3))
        self.next_date.setEnabled(False)
        self.next_enabled.toggled.connect(self.next_date.setEnabled)

        self.boxes = {
            "channel": FieldBox(self.channel, "channel"),
            "outcome": FieldBox(self.outcome, "outcome"),
            "note": FieldBox(self.note, "note"),
            "next follow-up": FieldBox(self.next_date, "next follow-up"),
        }
        form = QFormLayout()
        form.addRow(tr("&Channel:"), self.boxes["channel"])
        form.addRow(tr("&Outcome:"), self.boxes["outcome"])
        form.addRow(tr("N&ote:"), self.boxes["note"])
        follow = QHBoxLayout()
        follow.addWidget(self.next_enabled)
        follow.addWidget(self.boxes["next follow-up"], 1)
        form.addRow(follow)
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(tr("Save (Ctrl+Return)"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self._on_save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.outcome.setFocus()

    def _today(self) -> date:
        return datetime.now(ZoneInfo(self.context.settings.timezone)).date()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        customer_id: int,
        follow_up_id: int | None = None,
    ) -> LoggedContact | None:
        dialog = cls(parent, context, customer_id, follow_up_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value
        return None

    def _on_save(self) -> None:
        for each in self.boxes.values():
            each.show_error(None)
        self.general_error.hide()
        next_day: date | None = None
        if self.next_enabled.isChecked():
            qdate = self.next_date.date()
            next_day = date(qdate.year(), qdate.month(), qdate.day())
        try:

            def _unit(session: Session) -> None:
                self.result_value = log_contact(
                    session,
                    self.customer_id,
                    str(self.channel.currentData()),
                    str(self.outcome.currentData()),
                    self.note.text(),
                    next_day,
                    self.context.user_id,
                    self.context.settings,
                    follow_up_id=self.follow_up_id,
                )

            run_in_transaction(self.context.db, _unit)
        except ValidationError as error:
            field_box = self.boxes.get(error.field)
            if field_box is not None:
                field_box.show_error(rule_text(error))
                field_box.setFocus()
            else:
                self._show_general(error_text(error))
            return
        except ShowroomError as error:
            self._show_general(error_text(error))
            return
        self.context.events.data_changed.emit({"customers", "follow_ups", "interactions"})
        self.accept()

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()
