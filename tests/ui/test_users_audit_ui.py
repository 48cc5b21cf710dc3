"""User management (admins) and the audit trail (managers, admins), driven with qtbot."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.admin.users import authenticate
from showroom.kernel.audit import record
from showroom.storage.models import AuditEntry, User
from ui.context import AppContext
from ui.dialogs.audit import PAGE, AuditColumn, AuditDialog
from ui.dialogs.users import AddUserDialog, ResetPasswordDialog, UsersDialog
from ui.main_window import MainWindow


def as_role(context: AppContext, role: str) -> AppContext:
    with context.db.session() as s:
        desk = s.get(User, context.user_id)
        assert desk is not None
        desk.role = role
    return replace(context, user_role=role)


def test_menus_offer_users_to_admins_and_the_trail_to_managers(
    qtbot: QtBot, app_context: AppContext, consultant_context: AppContext
) -> None:
    for context, users, audit in (
        (consultant_context, False, False),
        (app_context, False, True),  # the manager
    ):
        window = MainWindow(context)
        qtbot.addWidget(window)
        assert (window.users_action.isEnabled(), window.audit_action.isEnabled()) == (
            users,
            audit,
        )
    admin = as_role(app_context, "admin")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert window.users_action.isEnabled() and window.audit_action.isEnabled()


def test_an_admin_adds_a_user_changes_the_role_and_deactivates(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = as_role(app_context, "admin")
    add = AddUserDialog(None, admin)
    qtbot.addWidget(add)
    add.show()
    qtbot.keyClicks(add.username, "marta.ruiz")
    qtbot.keyClicks(add.display_name, "Marta Ruiz")
    qtbot.keyClicks(add.passwords.password, "short")
    qtbot.keyClicks(add.passwords.again, "shorter")
    add._on_add()
    assert add.saved_id is None
    assert add.boxes["password again"].error.text() == "The two passwords differ."
    add.passwords.again.setText("short")
    add._on_add()
    assert add.boxes["password"].error.text() == "Must be at least 8 characters."
    assert not add.boxes["password again"].error.isVisible()
    add.passwords.password.setText("marta.ruiz")
    add.passwords.again.setText("marta.ruiz")
    add._on_add()
    assert add.boxes["password"].error.text() == "Must not be the user name."
    add.passwords.password.setText("Paella & sun 2026")
    add.passwords.again.setText("Paella & sun 2026")
    add._on_add()
    assert add.saved_id is not None
    new_id = add.saved_id

    monkeypatch.setattr(AddUserDialog, "ask", classmethod(lambda cls, parent, ctx: None))
    dialog = UsersDialog(None, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.model.row_at(r).username for r in range(dialog.model.rowCount())]
    assert "marta.ruiz" in names and "it.admin" in names and "command-line" not in names
    dialog.select_user(new_id)
    assert dialog.selected() is not None and dialog.selected().role == "consultant"  # type: ignore[union-attr]
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Marta Ruiz is now Manager."
    assert dialog.active_button.text() == "&Deactivate"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Marta Ruiz can no longer sign in."
    row = dialog.selected()
    assert row is not None and (row.id, row.role, row.active) == (new_id, "manager", False)
    assert dialog.model.index(dialog.model.row_of(new_id) or 0, 3).data() == "Deactivated"
    assert dialog.active_button.text() == "Re&activate"

    # The demo's it.admin is the only admin who can sign in: they stay one, and active.
    with admin.db.reader() as s:
        it_admin = s.scalar(select(User.id).where(User.username == "it.admin"))
    assert it_admin is not None
    dialog.select_user(it_admin)
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    assert "last active admin" in dialog.message.text()
    dialog.role.setCurrentIndex(dialog.role.findData("consultant"))
    qtbot.mouseClick(dialog.role_button, Qt.MouseButton.LeftButton)
    assert "last active admin" in dialog.message.text()
    with admin.db.reader() as s:
        kept = s.get(User, it_admin)
        assert kept is not None and (kept.role, kept.active) == ("admin", True)


def test_an_admin_resets_a_password(qtbot: QtBot, app_context: AppContext) -> None:
    admin = as_role(app_context, "admin")
    users = UsersDialog(None, admin)
    qtbot.addWidget(users)
    with admin.db.reader() as s:
        ben = s.scalar(select(User.id).where(User.username == "ben.carter"))
    assert ben is not None
    users.select_user(ben)
    row = users.selected()
    assert row is not None
    dialog = ResetPasswordDialog(None, admin, row)
    qtbot.addWidget(dialog)
    dialog.passwords.password.setText("new password 1")
    dialog.passwords.again.setText("new password 2")
    dialog._on_set()
    assert not dialog.done_ok
    assert dialog.passwords.boxes["password again"].error.text() == "The two passwords differ."
    dialog.passwords.again.setText("new password 1")
    dialog._on_set()
    assert dialog.done_ok
    with admin.db.session() as s:
        assert authenticate(s, "ben.carter", "new password 1").id == ben


def test_the_audit_trail_is_newest_first_filtered_paged_and_masked(
    qtbot: QtBot, app_context: AppContext
) -> None:
    start = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    with app_context.db.session() as s:
        ben = s.scalar(select(User.id).where(User.username == "ben.carter"))
        s.execute(
            AuditEntry.__table__.insert(),
            [
                {
                    "at": start + timedelta(minutes=i),
                    "user_id": ben,
                    "user_name": "Ben Carter",
                    "action": "update",
                    "entity": "customer",
                    "entity_id": 7000 + i % 3,
                    "summary": f"bulk change {i}",
                    "changes": None,
                }
                for i in range(2 * PAGE + 50)
            ],
        )
        record(
            s,
            app_context.user_id,
            "update",
            "test_drive",
            4242,
            "licence recorded",
            {"licence_number": (None, "WEISS123456J99")},
        )
    dialog = AuditDialog(None, app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())
    assert "scroll for older ones" in dialog.count.text()
    newest = model.row_at(0)
    assert (newest.entity, newest.entity_id) == ("test_drive", 4242)  # recorded just now
    changes = model.index(0, AuditColumn.CHANGES).data()
    assert changes.startswith("licence_number: — → ••••") and "123456" not in changes
    times = [model.row_at(r).at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    assert not model.flags(model.index(0, AuditColumn.SUMMARY)) & Qt.ItemFlag.ItemIsEditable

    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    with app_context.db.reader() as s:
        total = len(s.scalars(select(AuditEntry.id)).all())
    assert model.rowCount() == min(3 * PAGE, total)
    dialog.entity.setCurrentIndex(dialog.entity.findData("customer"))
    dialog.entity_id.setText("7001")
    qtbot.keyClicks(dialog.text, "bulk change 1")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    summaries = [model.row_at(r).summary for r in range(model.rowCount())]
    assert summaries and all(s.startswith("bulk change 1") for s in summaries)
    assert all(model.row_at(r).entity_id == 7001 for r in range(model.rowCount()))
    assert summaries[0] == "bulk change 199"  # 7001 = 7000 + i % 3: i = 199 is the newest
    assert dialog.count.text() == f"{len(summaries)} entries, newest first"

    dialog._on_reset_clicked()
    dialog.since.setDate(dialog.since.date().fromString("2026-11-01", "yyyy-MM-dd"))
    dialog.until.setDate(dialog.until.date().fromString("2026-11-01", "yyyy-MM-dd"))
    dialog.user.setCurrentIndex(dialog.user.findData(ben))
    dialog.apply_filter()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE + 50


def test_consultants_cannot_open_the_trail(consultant_context: AppContext) -> None:
    from showroom.core.errors import Forbidden

    with pytest.raises(Forbidden, match="may not view the audit trail"):
        AuditDialog(None, consultant_context)


def test_an_admin_backs_up_from_the_file_menu(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    import ui.errors

    manager_window = MainWindow(app_context)
    qtbot.addWidget(manager_window)
    assert not manager_window.backup_action.isEnabled()
    assert manager_window.back_up_now() is None  # a manager may not, even by the shortcut path

    admin = as_role(app_context, "admin")
    told: list[str] = []
    monkeypatch.setattr(ui.errors, "show_info", lambda _p, message, _t=None: told.append(message))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert window.backup_action.isEnabled()
    path = window.back_up_now()
    assert path is not None and path.exists()
    assert told and str(path) in told[0]
    if admin.db.sqlite_path is not None:  # a real, complete SQLite copy
        with sqlite3.connect(path) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert copy.execute("SELECT count(*) FROM users").fetchone()[0] >= 1
    with admin.db.reader() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "database"))
        assert list(actions) == ["backup"]
