"""Signing in: the user list and a password; the first start creates the admin.

The same dialog locks the window after the idle time from Settings and switches users on a
shared showroom PC.
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

from showroom.admin.sign_in_guard import sign_in
from showroom.admin.users import create_first_admin, sign_in_choices
from showroom.core.errors import ShowroomError, ValidationError, ValidationErrors
from showroom.core.ids import UserId
from showroom.kernel.work import Database
from ui.i18n.messages import error_text, rule_text
from ui.widgets.form import FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("SignIn", text)


class SignInDialog(QDialog):
    """Pick your name, type your password, Return."""

    def __init__(
        self, parent: QWidget | None, db: Database, locked_user: UserId | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.user_id: UserId | None = None
        self.setWindowTitle(tr("Locked — sign in") if locked_user else tr("Sign in to Showroom"))
        self.setMinimumWidth(440)
        self.users = QComboBox()
        self.users.setObjectName("signInUser")
        with db.reader() as session:
            for choice in sign_in_choices(session):
                self.users.addItem(f"{choice.display_name}  ({choice.role})", choice.username)
                if choice.id == locked_user:
                    self.users.setCurrentIndex(self.users.count() - 1)
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(tr("&User:"), self.users)
        form.addRow(tr("&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Sign in"))
        buttons.accepted.connect(self._on_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if locked_user:
            note = QLabel(tr("Showroom locked itself after a while without use."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _on_sign_in(self) -> None:
        try:
            self.user_id = sign_in(
                self.db, str(self.users.currentData() or ""), self.password.text()
            )
        except ShowroomError as error:
            self.error.setText(error_text(error))
            self.error.show()
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, db: Database, locked_user: UserId | None = None
    ) -> UserId | None:
        dialog = cls(parent, db, locked_user)
        dialog.exec()
        return dialog.user_id


class FirstAdminDialog(QDialog):
    """The very first start on a new database: create the admin account."""

    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.user_id: UserId | None = None
        self.setWindowTitle(tr("Welcome to Showroom"))
        self.setMinimumWidth(520)
        intro = QLabel(
            tr(
                "This database is new. Create the admin account: the admin adds the "
                "consultants and the manager, and looks after backups and settings."
            )
        )
        intro.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.username.setObjectName("adminUsername")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("adminDisplayName")
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("adminPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.boxes = {
            "user name": FieldBox(self.username, "user name"),
            "password": FieldBox(self.password, "password"),
            "password again": FieldBox(self.again, "password again"),
        }
        form = QFormLayout()
        form.addRow(tr("&User name:"), self.boxes["user name"])
        form.addRow(tr("&Full name:"), self.display_name)
        form.addRow(tr("&Password:"), self.boxes["password"])
        form.addRow(tr("Password &again:"), self.boxes["password again"])
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create and sign in"))
        buttons.accepted.connect(self._on_create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.display_name.setFocus()

    def _on_create(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)
        if self.password.text() != self.again.text():
            self.boxes["password again"].show_error(tr("the two passwords differ"))
            return
        try:
            with self.db.session() as session:
                user = create_first_admin(
                    session, self.username.text(), self.display_name.text(), self.password.text()
                )
                self.user_id = UserId(user.id)
        except ValidationErrors as errors:
            for error in errors.errors:
                self._show(error)
            return
        except ValidationError as error:
            self._show(error)
            return
        except ShowroomError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()

    def _show(self, error: ValidationError) -> None:
        box = self.boxes.get(error.field)
        if box is not None:
            box.show_error(rule_text(error))
        else:
            self.error.setText(error_text(error))
            self.error.show()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database) -> UserId | None:
        dialog = cls(parent, db)
        dialog.exec()
        return dialog.user_id
