"""The Settings page: consultants read, managers edit with errors beside each field."""

from __future__ import annotations

from dataclasses import replace

from pytestqt.qtbot import QtBot

from showroom.kernel.settings_store import load_settings
from showroom.storage.models import User
from ui.context import AppContext
from ui.pages.settings.page import SettingsPage


def test_consultant_sees_settings_read_only(qtbot: QtBot, app_context: AppContext) -> None:
    context = replace(app_context, user_role="consultant")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled()
    assert page.edits["currency"].isReadOnly()
    assert "Only an admin" in page.message.text()


def test_admin_saves_and_sees_errors_beside_fields(qtbot: QtBot, app_context: AppContext) -> None:
    with app_context.db.session() as session:
        user = session.get(User, app_context.user_id)
        assert user is not None
        user.role = "admin"
    context = replace(app_context, user_role="admin")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.edits["timezone"].setText("Nowhere/City")
    page.edits["followup_days_walk_in"].setText("2, 5")
    page.save_button.click()
    assert "is not a time zone" in page.boxes["time zone"].error.text()
    assert "Nothing was saved" in page.message.text()
    with app_context.db.reader() as session:
        assert load_settings(session).followup_days_walk_in == "1"
    page.edits["timezone"].setText("Europe/Warsaw")
    page.save_button.click()
    assert page.boxes["time zone"].error.isHidden()
    with app_context.db.reader() as session:
        saved = load_settings(session)
    assert saved.timezone == "Europe/Warsaw"
    assert saved.cadence("walk_in") == [2, 5]
    assert context.settings.timezone == "Europe/Warsaw"
