"""The reads the screens ask for instead of querying themselves: plain values, correct
for a missing record, and the start-up identity and settings."""

from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import date

import pytest

from showroom.admin.startup import desk_identity, reload_settings
from showroom.kernel.roles import Role
from showroom.kernel.settings_store import load_settings
from showroom.kernel.tasks import StoredTask, TaskState, complete_task, create_task, stored_task
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.test_drives.fleet import (
    StoredFleetCar,
    VehicleNotFound,
    stored_fleet_car,
    update_fleet_car,
)
from showroom.test_drives.service import customer_of_drive
from tests.factories import book_drive, make_customer, make_fleet_car, make_user


def test_a_fleet_car_for_its_form(db: Database) -> None:
    car = make_fleet_car(db, "Tesla", "Model 3", colour="Pearl White")
    with db.reader() as session:
        stored = stored_fleet_car(session, car)
    assert isinstance(stored, StoredFleetCar)
    assert (stored.draft.make, stored.draft.model, stored.draft.colour) == (
        "Tesla",
        "Model 3",
        "Pearl White",
    )
    assert stored.draft.trim == "" and stored.draft.year is None  # missing values read back
    with db.session() as session:
        update_fleet_car(
            session, None, car, stored.version, replace(stored.draft, trim="Long Range")
        )
    with db.reader() as session:
        again = stored_fleet_car(session, car)
    assert again.draft.trim == "Long Range" and again.version == stored.version + 1
    with db.reader() as session, pytest.raises(VehicleNotFound):
        stored_fleet_car(session, 987_654)


def test_a_task_as_stored_now(db: Database) -> None:
    owner = make_user(db, Role.MANAGER, "Mia Wong")
    with db.session() as session:
        task_id = create_task(
            session,
            title="Fix the coffee machine",
            note=None,
            owner_id=owner,
            due_on=date(2026, 6, 1),
            actor_id=owner,
        ).id
    with db.reader() as session:
        before = stored_task(session, task_id)
    assert before == StoredTask(TaskState.OPEN.value, "", before.version if before else -1)
    assert before is not None
    with db.session() as session:
        complete_task(session, task_id, before.version, owner, "descaled")
    with db.reader() as session:
        after = stored_task(session, task_id)
        assert stored_task(session, 987_654) is None
    assert after is not None
    assert (after.state, after.result) == (TaskState.DONE.value, "descaled")
    assert after.version > before.version


def test_the_customer_of_a_drive(db: Database) -> None:
    consultant = make_user(db, Role.CONSULTANT, "Ben Carter")
    customer = make_customer(db, "Harry Wilson", consultant)
    drive = book_drive(db, customer, make_fleet_car(db), consultant)
    with db.reader() as session:
        assert customer_of_drive(session, drive) == customer
        assert customer_of_drive(session, 987_654) is None
        assert customer_of_drive(session, -1) is None  # not a record id: no query at all


def test_the_desk_identity_and_a_settings_reload(db: Database) -> None:
    manager = make_user(db, Role.MANAGER, "Mia Wong")
    signed_in = desk_identity(db, manager)
    assert (signed_in.user_id, signed_in.display_name, signed_in.role) == (
        manager,
        "Mia Wong",
        Role.MANAGER.value,
    )
    with db.reader() as session:
        assert signed_in.settings == load_settings(session)
    at_the_keyboard = desk_identity(db)  # no sign-in: the operating-system user
    assert at_the_keyboard.display_name == getpass.getuser()
    assert desk_identity(db).user_id == at_the_keyboard.user_id  # created once
    assert reload_settings(db) == signed_in.settings


def test_a_settings_reload_that_fails_keeps_what_the_window_has(config: AppConfig) -> None:
    # A database without Showroom's tables: the read fails as a dropped server's would.
    broken = open_database(config, migrate=False, integrity_check=False)
    try:
        assert reload_settings(broken) is None
    finally:
        broken.dispose()
