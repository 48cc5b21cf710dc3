"""Showroom-wide settings: validation, who may change them, cadences."""

from __future__ import annotations

import pytest

from showroom.admin.users import create_user
from showroom.core.errors import DomainError, ValidationErrors
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.kernel.settings_store import load_settings, update_settings
from showroom.storage.database import Database


def test_admin_changes_settings_every_pc_reads_them(db: Database) -> None:
    with db.session() as session:
        manager = create_user(session, "claire", Role.ADMIN)
        update_settings(
            session,
            manager,
            {"default_region": "de", "currency": "eur", "followup_days_delivery": "30, 1,7 ,90,7"},
        )
    with db.reader() as session:
        settings = load_settings(session)
    assert settings.default_region == "DE"
    assert settings.currency == "EUR"
    assert settings.cadence("delivery") == [1, 7, 30, 90]


@pytest.mark.parametrize("role", [Role.CONSULTANT, Role.MANAGER])
def test_only_admins_change_settings(db: Database, role: Role) -> None:
    with db.session() as session:
        consultant = create_user(session, "ben", role)
    with (
        pytest.raises(DomainError, match="may not change the showroom's settings"),
        db.session() as session,
    ):
        update_settings(session, consultant, {"currency": "EUR"})
    with db.reader() as session:
        assert load_settings(session).currency == ShowroomSettings().currency


def test_every_bad_setting_is_named(db: Database) -> None:
    with db.session() as session:
        admin = create_user(session, "root", Role.ADMIN)
    bad = {
        "default_region": "XX",
        "currency": "ABC",
        "timezone": "Mars/Olympus",
        "locale": "xx_YY",
        "test_drive_minutes": "5",
        "paper_size": "A3",
        "followup_days_walk_in": "1, soon",
        "dealership_name": "",
    }
    with pytest.raises(ValidationErrors) as caught, db.session() as session:
        update_settings(session, admin, bad)
    fields = caught.value.by_field()
    assert set(fields) == {
        "country for phone numbers",
        "currency",
        "time zone",
        "locale",
        "test-drive length",
        "paper size",
        "follow-ups after a walk-in",
        "dealership name",
    }
    assert fields["time zone"] == "'Mars/Olympus' is not a time zone such as Europe/London"
    with db.reader() as session:
        assert load_settings(session) == ShowroomSettings()
