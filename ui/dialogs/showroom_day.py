"""Dialogs of the daily checklist: mark a check failed, record a count, sign off the day.

Each opens through ``ask`` and, where it writes, runs one unit of work on OK, showing a
broken rule beside its field and changing nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError
from showroom.kernel.database import Session, run_in_transaction
from showroom.kernel.staff_choices import staff_choices
from showroom.showroom_day.domain import MAX_COUNT, DayState, ItemState, sign_off_refusal
from showroom.showroom_day.service import DayView, FailedLine, ItemView, fail_item, sign_off_day
from ui.context import AppContext
from ui.i18n.messages import error_text, rule_text
from ui.widgets.form import FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("ShowroomDayDialogs", text)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("generalError")
    label.setStyleSheet("color: #c62828;")
    label.setWordWrap(True)
    label.hide()
    return label


def _line_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold;")
    return label


class FailCheckDialog(QDialog):
    """What is wrong, who fixes it and by when: the failure and the owner's task, at once."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, day: date, item: ItemView
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.item = item
        self.result_value: FailedLine | None = None
        self.setWindowTitle(tr("Mark the check failed"))
        self.setMinimumWidth(560)
        self.note = QLineEdit()
        self.note.setObjectName("failNote")
        self.note.setPlaceholderText(tr("What is wrong, so the owner can fix it"))
        self.owner = QComboBox()
        self.owner.setObjectName("failOwner")
        with context.db.reader() as session:
            users = staff_choices(session)
        for user in users:
            self.owner.addItem(user.display_name, user.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(int(context.user_id))))
        self.due = QDateEdit()
        self.due.setObjectName("failDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate(day.year, day.month, day.day))
        self.boxes = {
            "note": FieldBox(self.note, "note"),
            "owner": FieldBox(self.owner, "owner"),
            "due date": FieldBox(self.due, "due date"),
        }
        form = QFormLayout()
        form.addRow(tr("&What is wrong:"), self.boxes["note"])
        form.addRow(tr("&Fixed by:"), self.boxes["owner"])
        form.addRow(tr("&By:"), self.boxes["due date"])
        self.general_error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(tr("Mark failed"))
        save.setToolTip(tr("Mark failed and give the task (Ctrl+Return)"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_save)
        layout = QVBoxLayout(self)
        layout.addWidget(_line_label(item.text))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.note.setFocus()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, day: date, item: ItemView
    ) -> FailedLine | None:
        dialog = cls(parent, context, day, item)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value
        return None

    def _on_save(self) -> None:
        for each in self.boxes.values():
            each.show_error(None)
        self.general_error.hide()
        qdate = self.due.date()
        try:

            def _unit(session: Session) -> None:
                self.result_value = fail_item(
                    session,
                    self.item.id,
                    self.item.version,
                    self.context.user_id,
                    self.context.settings,
                    note=self.note.text(),
                    owner_id=self.owner.currentData(),
                    due_on=date(qdate.year(), qdate.month(), qdate.day()),
                )

            run_in_transaction(self.context.db, _unit)
        except ValidationError as error:
            box = self.boxes.get(error.field)
            if box is not None:
                box.show_error(rule_text(error))
                box.setFocus()
            else:
                self._general(error_text(error))
            return
        except ConflictError as error:
            self._general(error_text(error))
            self.context.events.data_changed.emit({"showroom_day"})
            return
        except ShowroomError as error:
            self._general(error_text(error))
            return
        self.context.events.data_changed.emit({"showroom_day", "tasks"})
        self.accept()

    def _general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()


class CountDialog(QDialog):
    """How many were counted (brochures placed…); the target is filled in."""

    def __init__(self, parent: QWidget | None, item: ItemView) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Count"))
        self.setMinimumWidth(420)
        self.count = QSpinBox()
        self.count.setObjectName("count")
        self.count.setRange(0, MAX_COUNT)
        self.count.setValue(item.count_target or 0)
        self.count.selectAll()
        form = QFormLayout()
        target = tr("&Counted (of {target}):").format(target=item.count_target)
        form.addRow(target, self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Tick"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_line_label(item.text))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.count.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, item: ItemView) -> int | None:
        dialog = cls(parent, item)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.count.value()
        return None


class SignOffDialog(QDialog):
    """The day's result, what failed, and a note: signing makes the day read-only."""

    def __init__(self, parent: QWidget | None, context: AppContext, day: DayView) -> None:
        super().__init__(parent)
        self.context = context
        self.day = day
        self.result_value: DayView | None = None
        self.setWindowTitle(tr("Sign off the day"))
        self.setMinimumWidth(560)
        summary = QLabel(
            tr("{done} of {total} checks done, {failed} failed, {open} open.").format(
                done=day.done, total=day.total, failed=day.failed, open=day.open
            )
        )
        summary.setObjectName("signOffSummary")
        summary.setStyleSheet("font-weight: bold;")
        failed = [i for i in day.items if i.state == ItemState.FAILED]
        details = QLabel(
            "\n".join(f"• {i.text}: {i.note or ''}" for i in failed)
            if failed
            else tr("No check failed.")
        )
        details.setWordWrap(True)
        warning = QLabel(
            tr("Once signed off, the day's checklist is kept as it is and cannot be changed.")
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #5B6470;")
        self.note = QLineEdit()
        self.note.setObjectName("signOffNote")
        self.note.setPlaceholderText(tr("A word on the day (optional)"))
        self.note_box = FieldBox(self.note, "note")
        self.general_error = _error_label()
        refusal = sign_off_refusal(DayState(day.state), context.user_role, day.open)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("Sign off"))
        self.ok_button.setObjectName("signOffButton")
        if refusal is not None:
            self._general(refusal)
            self.ok_button.setEnabled(False)
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("&Note:"), self.note_box)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(details)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.note.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, day: DayView) -> DayView | None:
        dialog = cls(parent, context, day)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_value
        return None

    def _on_accept(self) -> None:
        self.note_box.show_error(None)
        self.general_error.hide()
        try:

            def _unit(session: Session) -> None:
                self.result_value = sign_off_day(
                    session,
                    self.day.id,
                    self.context.user_id,
                    self.context.settings,
                    self.note.text(),
                )

            run_in_transaction(self.context.db, _unit)
        except ValidationError as error:
            if error.field == "note":
                self.note_box.show_error(rule_text(error))
            else:
                self._general(error_text(error))
            return
        except ShowroomError as error:
            self._general(error_text(error))
            return
        self.context.events.data_changed.emit({"showroom_day"})
        self.accept()

    def _general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()
