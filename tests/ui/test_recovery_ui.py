"""The GUI meets a damaged database: it offers the latest good backup or quitting, restores
on request (the damaged file set aside, never deleted), and backs up after start-up."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from showroom.admin.backups import automatic_backup
from showroom.demo.world import generate_demo
from showroom.storage.config import AppConfig
from showroom.storage.migrate import open_database
from ui.app import _backup_in_background, create_application, open_or_recover, recover_from_damage
from ui.context import ui_settings_for
from ui.dialogs.restore_backup import RestoreBackupDialog
from ui.main_window import MainWindow


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("SELECT count(*) FROM customers").fetchone()[0])


@pytest.fixture
def damaged(sqlite_config: AppConfig) -> tuple[AppConfig, Path]:
    """A database with 30 customers and an automatic backup of them; then 5 more customers
    and damage in the middle of the file."""
    db = open_database(sqlite_config)
    with db.session() as session:
        generate_demo(session, customers=30, seed=2, interactions_per_customer=2)
    db.dispose()
    db = open_database(sqlite_config)
    backup = automatic_backup(db, datetime(2026, 11, 20, 17, 45, tzinfo=UTC)).path
    with db.session() as session:
        generate_demo(session, customers=5, seed=9, interactions_per_customer=1)
    db.dispose()
    assert backup is not None
    path = sqlite_config.sqlite_path
    assert path is not None
    with path.open("r+b") as handle:
        handle.seek(4096)  # page 2 on: the schema page stays readable
        handle.write(b"\x00\xff" * 60_000)
    return sqlite_config, backup


class Answers:
    """Stands in for the user at the restore dialog."""

    def __init__(self, restore: bool) -> None:
        self.restore = restore
        self.asked: list[tuple[str, datetime | None]] = []

    def __call__(self, _parent: object, problem: str, taken_at: datetime | None) -> bool:
        self.asked.append((problem, taken_at))
        return self.restore


def _window(qtbot: QtBot, config: AppConfig) -> MainWindow:
    create_application()
    window = MainWindow(None, ui_settings_for(config.home))
    qtbot.addWidget(window)
    return window


def test_damaged_database_at_start_restores_the_latest_backup(
    qtbot: QtBot, damaged: tuple[AppConfig, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, backup = damaged
    path = config.sqlite_path
    assert path is not None
    damaged_digest = _digest(path)
    answers = Answers(restore=True)
    monkeypatch.setattr(RestoreBackupDialog, "ask", classmethod(lambda cls, *a: answers(*a)))
    window = _window(qtbot, config)
    context = open_or_recover(window, config)
    assert context is not None
    window.attach(context)
    [(problem, taken_at)] = answers.asked
    assert "integrity check" in problem or "damaged" in problem
    assert taken_at == datetime(2026, 11, 20, 17, 45, tzinfo=UTC)
    assert _count(path) == 30 == _count(backup)
    [set_aside] = path.parent.glob("showroom-damaged-*.sqlite")
    assert _digest(set_aside) == damaged_digest
    assert "Restored the backup of" in window.statusBar().currentMessage()
    assert str(set_aside) in window.statusBar().currentMessage()
    context.db.dispose()


def test_quitting_leaves_the_damaged_database_untouched(
    qtbot: QtBot, damaged: tuple[AppConfig, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, _ = damaged
    path = config.sqlite_path
    assert path is not None
    before = _digest(path)
    answers = Answers(restore=False)
    monkeypatch.setattr(RestoreBackupDialog, "ask", classmethod(lambda cls, *a: answers(*a)))
    assert open_or_recover(_window(qtbot, config), config) is None
    assert len(answers.asked) == 1
    assert _digest(path) == before
    assert not list(path.parent.glob("showroom-damaged-*"))


def test_damage_found_while_running_rebuilds_the_window_on_the_backup(
    qtbot: QtBot, damaged: tuple[AppConfig, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, backup = damaged
    answers = Answers(restore=True)
    monkeypatch.setattr(RestoreBackupDialog, "ask", classmethod(lambda cls, *a: answers(*a)))
    window = _window(qtbot, config)
    context = recover_from_damage(window, config, "The database failed its integrity check (x).")
    assert context is not None
    window.attach(context)
    window.open_page("customers")
    assert _count(backup) == 30
    assert "30 customers" in window.page("customers").count_label.text()  # type: ignore[union-attr]
    context.db.dispose()


def test_the_dialog_offers_restore_with_the_date_or_only_quit(qtbot: QtBot) -> None:
    create_application()
    offer = RestoreBackupDialog(
        None, "The database file x is damaged.", datetime(2026, 11, 20, 17, 45, tzinfo=UTC)
    )
    qtbot.addWidget(offer)
    assert offer.restore_button is not None
    assert offer.restore_button.text().startswith("Restore the latest backup (")
    assert offer.quit_button.text() == "Quit"
    assert offer.defaultButton() is offer.restore_button
    none = RestoreBackupDialog(None, "The database file x is damaged.", None)
    qtbot.addWidget(none)
    assert none.restore_button is None
    assert [b.text() for b in none.buttons()] == ["Quit"]
    assert "no good backup" in none.text()
    assert none.icon() == QMessageBox.Icon.Critical


def test_automatic_backup_runs_off_the_gui_thread_after_start(
    qtbot: QtBot, sqlite_config: AppConfig
) -> None:
    from ui.app import build_context

    create_application()
    db = open_database(sqlite_config)
    with db.session() as session:
        generate_demo(session, customers=10, seed=1, interactions_per_customer=1)
    db.dispose()
    context = build_context(open_database(sqlite_config), sqlite_config)
    window = MainWindow(context)
    qtbot.addWidget(window)
    _backup_in_background(window, context)
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=10_000)
    [made] = (sqlite_config.home / "backups").glob("auto-*.sqlite")
    assert _count(made) == 10
    assert str(made) in window.statusBar().currentMessage()
    context.db.dispose()


@pytest.fixture(autouse=True)
def signed_in_at_the_desk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a database asks who signs in; here the admin at the keyboard does, at once."""
    import getpass

    from showroom.admin.users import ensure_desk_user

    def sign_in(db, parent):  # type: ignore[no-untyped-def]
        with db.session() as session:
            user = ensure_desk_user(session, getpass.getuser())
            user.role = "admin"  # sees every customer, as the admin who restores would
            return user.id

    monkeypatch.setattr("ui.app.sign_in", sign_in)
