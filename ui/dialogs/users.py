"""User management (admins): the list of users with their role and whether they may sign
in; add a user, change a role, deactivate or reactivate, reset a password.

Every rule lives in showroom.admin.users (the last active admin keeps their role and
account; the password strength rule); this screen shows the refusal beside the field or
under the list.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.admin.users import (
    UserRow,
    change_role,
    create_user,
    list_users,
    set_password,
    set_user_active,
)
from showroom.core.errors import ShowroomError, ValidationError
from showroom.kernel.roles import Role
from showroom.kernel.work import run_in_transaction
from ui.context import AppContext
from ui.i18n.messages import error_text, rule_text
from ui.models.rows import RowTableModel
from ui.widgets.form import ERROR_STYLE, FieldBox

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("UsersDialog", text)


def role_label(role: str) -> str:
    return {
        Role.CONSULTANT.value: tr("Consultant"),
        Role.MANAGER.value: tr("Manager"),
        Role.ADMIN.value: tr("Admin"),
    }.get(role, role)


class UserColumn(IntEnum):
    NAME = 0
    USERNAME = 1
    ROLE = 2
    STATE = 3


class UsersModel(RowTableModel[UserRow]):
    """The users, as listed by the service."""

    columns = UserColumn

    def headers(self) -> dict[Any, str]:
        return {
            UserColumn.NAME: tr("Name"),
            UserColumn.USERNAME: tr("User name"),
            UserColumn.ROLE: tr("Role"),
            UserColumn.STATE: tr("Account"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = UserColumn(index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            from PySide6.QtGui import QColor

            return QColor("#888888")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is UserColumn.NAME:
            return row.display_name
        if column is UserColumn.USERNAME:
            return row.username
        if column is UserColumn.ROLE:
            return role_label(row.role)
        if not row.active:
            return tr("Deactivated")
        return tr("Active") if row.can_sign_in else tr("Active (no password yet)")


class PasswordForm(QWidget):
    """A password typed twice, with the rule shown beside the field."""

    def __init__(self) -> None:
        super().__init__()
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("at least 8 characters, not the user name"))
        self.again = QLineEdit()
        self.again.setObjectName("newPasswordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.boxes = {
            "password": FieldBox(self.password, "password"),
            "password again": FieldBox(self.again, "password again"),
        }

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(tr("&Password:"), self.boxes["password"])
        form.addRow(tr("Password &again:"), self.boxes["password again"])

    def clear_errors(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)

    def matching(self) -> bool:
        if self.password.text() != self.again.text():
            self.boxes["password again"].show_error(tr("the two passwords differ"))
            self.again.setFocus()
            return False
        return True


class AddUserDialog(QDialog):
    """A new user: user name, full name, role and a first password."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_id: int | None = None
        self.setWindowTitle(tr("Add a user"))
        self.setMinimumWidth(520)
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.username.setMaxLength(40)
        self.username.setPlaceholderText(tr("e.g. anna.kowalska"))
        self.display_name = QLineEdit()
        self.display_name.setObjectName("newDisplayName")
        self.display_name.setMaxLength(120)
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for role in Role:
            self.role.addItem(role_label(role.value), role.value)
        self.passwords = PasswordForm()
        self.boxes = {"user name": FieldBox(self.username, "user name"), **self.passwords.boxes}
        form = QFormLayout()
        form.addRow(tr("&User name:"), self.boxes["user name"])
        form.addRow(tr("&Full name:"), self.display_name)
        form.addRow(tr("&Role:"), self.role)
        self.passwords.add_rows(form)
        self.error = QLabel()
        self.error.setObjectName("addUserError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add user"))
        buttons.accepted.connect(self._on_add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.username.setFocus()

    def _on_add(self) -> None:
        for field_box in self.boxes.values():
            field_box.show_error(None)
        self.error.hide()
        if not self.passwords.matching():
            return
        username, name = self.username.text(), self.display_name.text()
        role = Role(str(self.role.currentData()))
        password = self.passwords.password.text()
        try:
            self.saved_id = run_in_transaction(
                self.context.db,
                lambda s: create_user(
                    s, username, role, name, password=password, actor_id=self.context.user_id
                ),
            )
        except ValidationError as error:
            box = self.boxes.get(error.field)
            if box is None:
                self.error.setText(error_text(error))
                self.error.show()
            else:
                box.show_error(rule_text(error))
                box.setFocus()
            return
        except ShowroomError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> int | None:
        """The new user's id, or None if cancelled."""
        dialog = cls(parent, context)
        dialog.exec()
        return dialog.saved_id


class ResetPasswordDialog(QDialog):
    """A new password for someone who forgot theirs."""

    def __init__(self, parent: QWidget | None, context: AppContext, user: UserRow) -> None:
        super().__init__(parent)
        self.context = context
        self.user = user
        self.done_ok = False
        self.setWindowTitle(tr("Reset the password of {name}").format(name=user.display_name))
        self.setMinimumWidth(480)
        self.passwords = PasswordForm()
        form = QFormLayout()
        self.passwords.add_rows(form)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Set password"))
        buttons.accepted.connect(self._on_set)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Tell {name} the new password in person.").format(name=user.display_name))
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.passwords.password.setFocus()

    def _on_set(self) -> None:
        self.passwords.clear_errors()
        self.error.hide()
        if not self.passwords.matching():
            return
        password = self.passwords.password.text()
        try:
            run_in_transaction(
                self.context.db,
                lambda s: set_password(s, self.user.id, password, self.context.user_id),
            )
        except ValidationError as error:
            box = self.passwords.boxes.get(error.field)
            if box is None:
                self.error.setText(error_text(error))
                self.error.show()
            else:
                box.show_error(rule_text(error))
            return
        except ShowroomError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.done_ok = True
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, user: UserRow) -> bool:
        dialog = cls(parent, context, user)
        dialog.exec()
        return dialog.done_ok


class UsersDialog(QDialog):
    """The list of users and what an admin can change about each."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Users"))
        self.setObjectName("usersDialog")
        self.resize(820, 520)
        self.model = UsersModel()
        self.view = QTableView()
        self.view.setObjectName("usersView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(UserColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((UserColumn.USERNAME, 180), (UserColumn.ROLE, 120)):
            self.view.setColumnWidth(column, width)
        self.view.setColumnWidth(UserColumn.STATE, 200)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)

        self.add_button = QPushButton(tr("&Add user…"))
        self.add_button.setObjectName("addUser")
        self.add_button.setToolTip(tr("Add a user (Ctrl+N)"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        QShortcut(QKeySequence("Ctrl+N"), self, self._on_add_button_clicked)
        self.role = QComboBox()
        self.role.setObjectName("userRole")
        for role in Role:
            self.role.addItem(role_label(role.value), role.value)
        self.role_button = QPushButton(tr("Change &role"))
        self.role_button.setObjectName("changeRole")
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.active_button = QPushButton(tr("&Deactivate"))
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.password_button = QPushButton(tr("Reset &password…"))
        self.password_button.setObjectName("resetPassword")
        self.password_button.clicked.connect(self._on_password_button_clicked)
        self.message = QLabel()
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)

        role_label_widget = QLabel(tr("Rol&e:"))
        role_label_widget.setBuddy(self.role)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addSpacing(24)
        actions.addWidget(role_label_widget)
        actions.addWidget(self.role)
        actions.addWidget(self.role_button)
        actions.addWidget(self.active_button)
        actions.addWidget(self.password_button)
        actions.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.reload()
        self.view.setFocus()

    # --- the list ------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        with self.context.db.reader() as session:
            rows = list_users(session, self.context.user_id)
        self.model.set_rows(rows)
        row = self.model.row_of(select) if select is not None else None
        self.view.selectRow(row if row is not None else 0)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row is not None:
            self.view.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected()
        for widget in (self.role, self.role_button, self.active_button, self.password_button):
            widget.setEnabled(user is not None)
        if user is None:
            return
        self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        self.active_button.setText(tr("Re&activate") if not user.active else tr("&Deactivate"))

    def _on_view_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _change(self, user: UserRow, work: Any, done: str) -> None:
        try:
            run_in_transaction(self.context.db, work)
        except ShowroomError as error:
            self._say(error_text(error), error=True)
            self.reload(user.id)
            return
        self.reload(user.id)
        self._say(done)

    # --- actions -------------------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        user_id = AddUserDialog.ask(self, self.context)
        if user_id is not None:
            self.reload(user_id)
            user = self.selected()
            self._say(tr("{name} can sign in now.").format(name=user.display_name if user else ""))

    def _on_role_button_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        role = str(self.role.currentData())
        self._change(
            user,
            lambda s: change_role(s, self.context.user_id, user.id, role, user.version),
            tr("{name} is now {role}.").format(name=user.display_name, role=role_label(role)),
        )

    def _on_active_button_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        active = not user.active
        self._change(
            user,
            lambda s: set_user_active(s, self.context.user_id, user.id, active, user.version),
            (tr("{name} can sign in again.") if active else tr("{name} can no longer sign in."))
            .format(name=user.display_name),
        )  # fmt: skip

    def _on_password_button_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        if ResetPasswordDialog.ask(self, self.context, user):
            self.reload(user.id)
            self._say(tr("The password of {name} was reset.").format(name=user.display_name))

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> None:
        cls(parent, context).exec()
