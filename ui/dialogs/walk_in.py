"""New walk-in: who came in, why, with whom, and which consultant — in seconds.

Keyboard path: Ctrl+Shift+N anywhere, type a fragment of the customer's name or phone,
Down to the match, Return. The purpose defaults to browsing and the consultant to the user
at the keyboard. A new customer is created in the same unit of work as the walk-in; a
visitor who gives no name is logged with a short description and linked later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ShowroomError, ValidationError, ValidationErrors
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.service import DuplicateCustomerError, create_customer
from showroom.customers.walk_ins import WalkInDraft, register_walk_in
from showroom.kernel.database import Session, run_in_transaction
from showroom.kernel.staff_choices import staff_choices
from ui.context import AppContext
from ui.i18n.messages import error_text, rule_text
from ui.widgets.customer_search import CustomerSearch
from ui.widgets.form import FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("WalkInDialog", text)


def purpose_labels() -> list[tuple[str, str]]:
    return [
        ("browsing", tr("Browsing")),
        ("test_drive", tr("Test drive")),
        ("purchase_talk", tr("Purchase talk")),
        ("pick_up", tr("Pick-up")),
        ("service", tr("Service")),
    ]


class WalkInDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.walk_in_id: int | None = None
        self.setWindowTitle(tr("New walk-in"))
        self.setMinimumWidth(620)

        # Who
        self.mode_existing = QRadioButton(tr("&Customer on file"))
        self.mode_new = QRadioButton(tr("Ne&w customer"))
        self.mode_anonymous = QRadioButton(tr("&Anonymous for now"))
        self.mode_existing.setChecked(True)
        modes = QButtonGroup(self)
        for button in (self.mode_existing, self.mode_new, self.mode_anonymous):
            modes.addButton(button)
            button.toggled.connect(self._on_mode_toggled)

        self.picker = CustomerSearch(context, "walkIn", rows=180)
        self.picker.accepted.connect(self._on_register)
        self.search, self.results = self.picker.search, self.picker.results

        self.new_name = QLineEdit()
        self.new_name.setObjectName("newName")
        self.new_phone = QLineEdit()
        self.new_phone.setObjectName("newPhone")
        self.description = QLineEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(tr("e.g. couple in red coats, liked the estate"))
        self.boxes = {
            "full name": FieldBox(self.new_name, "full name"),
            "phone": FieldBox(self.new_phone, "phone"),
            "description": FieldBox(self.description, "description"),
        }
        who = QGroupBox(tr("Who came in"))
        who_layout = QVBoxLayout(who)
        who_layout.addWidget(self.mode_existing)
        who_layout.addWidget(self.picker)
        who_layout.addWidget(self.mode_new)
        new_form = QFormLayout()
        new_form.addRow(tr("Full name:"), self.boxes["full name"])
        new_form.addRow(tr("Phone:"), self.boxes["phone"])
        who_layout.addLayout(new_form)
        who_layout.addWidget(self.mode_anonymous)
        who_layout.addWidget(self.boxes["description"])

        # Why and with whom
        self.purpose = QComboBox()
        self.purpose.setObjectName("purpose")
        for value, label in purpose_labels():
            self.purpose.addItem(label, value)
        self.party = QSpinBox()
        self.party.setObjectName("party")
        self.party.setRange(1, 30)
        self.consultant = QComboBox()
        self.consultant.setObjectName("consultant")
        with context.db.reader() as session:
            for user in staff_choices(session):
                self.consultant.addItem(user.display_name, user.id)
        self.consultant.setCurrentIndex(max(0, self.consultant.findData(int(context.user_id))))
        visit = QFormLayout()
        visit.addRow(tr("&Purpose:"), self.purpose)
        visit.addRow(tr("Pa&rty size:"), self.party)
        visit.addRow(tr("C&onsultant:"), self.consultant)

        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Register walk-in"))
        buttons.accepted.connect(self._on_register)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_register)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(visit)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._on_mode_toggled()
        self.search.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> int | None:
        """Show the dialog; the new walk-in's id, or None if cancelled."""
        dialog = cls(parent, context)
        dialog.exec()
        return dialog.walk_in_id

    def _on_mode_toggled(self, _checked: bool = False) -> None:
        existing = self.mode_existing.isChecked()
        new = self.mode_new.isChecked()
        self.picker.setEnabled(existing)
        self.new_name.setEnabled(new)
        self.new_phone.setEnabled(new)
        self.description.setEnabled(self.mode_anonymous.isChecked())
        if new and not self.new_name.text() and self.search.text():
            self.new_name.setText(self.search.text())

    # --- register -------------------------------------------------------------------------
    def selected_customer(self) -> int | None:
        return self.picker.selected_customer()

    def _on_register(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()
        draft = WalkInDraft(
            purpose=str(self.purpose.currentData()),
            party_size=self.party.value(),
            consultant_id=int(self.consultant.currentData()) if self.consultant.count() else None,
        )
        try:

            def _unit(session: Session) -> None:
                customer_id: int | None = None
                description = ""
                if self.mode_existing.isChecked():
                    customer_id = self.selected_customer()
                    if customer_id is None:
                        raise ValidationError(
                            "customer",
                            tr("pick a customer from the list, or choose new or anonymous"),
                        )
                elif self.mode_new.isChecked():
                    customer_id = create_customer(
                        session,
                        CustomerDraft(
                            self.new_name.text(),
                            (PhoneDraft(self.new_phone.text()),),
                            source="walk_in",
                            assigned_consultant_id=draft.consultant_id,
                        ),
                        self.context.user_id,
                        self.context.settings,
                    )
                else:
                    description = self.description.text()
                self.walk_in_id = register_walk_in(
                    session,
                    WalkInDraft(
                        draft.purpose,
                        draft.party_size,
                        draft.consultant_id,
                        customer_id,
                        description,
                    ),
                    self.context.user_id,
                    self.context.settings,
                )

            run_in_transaction(self.context.db, _unit)
        except ValidationErrors as errors:
            for error in errors.errors:
                self._show(error)
            return
        except ValidationError as error:
            self._show(error)
            return
        except DuplicateCustomerError as duplicate:
            match = duplicate.matches[0]
            self.mode_existing.setChecked(True)
            self.search.setText(match.value)
            self.picker.run_search()
            self._show_general(
                tr("{name} is on file with this {what}: they are selected; register again.").format(
                    name=match.full_name,
                    what=tr("phone") if match.matched_on == "phone" else tr("e-mail"),
                )
            )
            return
        except ShowroomError as error:
            self._show_general(error_text(error))
            return
        self.context.events.data_changed.emit({"walk_ins", "customers", "follow_ups"})
        self.accept()

    def _show(self, error: ValidationError) -> None:
        box = self.boxes.get(error.field)
        if box is not None and box.isEnabled():
            box.show_error(rule_text(error))
            box.setFocus()
        else:
            self._show_general(error_text(error))

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()
