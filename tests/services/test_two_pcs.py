"""Two PCs on one database: every conflicting save is detected, none overwrites silently.

Each "PC" is its own Database (own engine, own connections) on the same SQLite file or
PostgreSQL database. For each editable entity, 200 times: both PCs read the record, the
first saves, then the second saves what it read: the second save must be refused.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from showroom.admin.users import create_user
from showroom.core.errors import ConflictError, DomainError
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.follow_ups import add_follow_up, log_contact
from showroom.customers.service import create_customer, get_customer, update_customer
from showroom.customers.walk_ins import WalkInDraft, end_walk_in, register_walk_in
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.kernel.settings_store import load_settings, update_settings
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.storage.models import FollowUp, WalkIn
from tests.services.test_two_pcs_entities import _report

ROUNDS = 200
SETTINGS = ShowroomSettings()


@pytest.fixture
def pcs(config: AppConfig, db: Database) -> Iterator[tuple[Database, Database]]:
    second = open_database(config)
    yield db, second
    second.dispose()


def test_customer_card_conflicts_are_all_detected(pcs: tuple[Database, Database]) -> None:
    first, second = pcs
    with first.session() as session:
        cid = create_customer(
            session, CustomerDraft("Anna Nowak", (PhoneDraft("+48 512 345 678"),)), None, SETTINGS
        )
    detected = 0
    for round_ in range(ROUNDS):
        with first.reader() as session:
            version_a = get_customer(session, cid).version
        with second.reader() as session:
            version_b = get_customer(session, cid).version
        with first.session() as session:
            update_customer(
                session,
                cid,
                version_a,
                CustomerDraft("Anna Nowak", (PhoneDraft("+48 512 345 678"),), notes=f"A{round_}"),
                None,
                SETTINGS,
            )
        try:
            with second.session() as session:
                update_customer(
                    session,
                    cid,
                    version_b,
                    CustomerDraft(
                        "Anna Nowak", (PhoneDraft("+48 512 345 678"),), notes=f"B{round_}"
                    ),
                    None,
                    SETTINGS,
                )
        except ConflictError:
            detected += 1
        with first.reader() as session:
            assert get_customer(session, cid).notes == f"A{round_}"
    _report("customer", first, detected, ROUNDS)
    assert detected == ROUNDS


def test_simultaneous_card_saves_one_wins(pcs: tuple[Database, Database]) -> None:
    """Both PCs save at the very same moment (threads released together): one wins, the
    other gets a conflict, never two silent writes."""
    first, second = pcs
    with first.session() as session:
        cid = create_customer(
            session, CustomerDraft("Jörg Köhler", (PhoneDraft("+49 30 123456"),)), None, SETTINGS
        )
    for round_ in range(20):
        with first.reader() as session:
            version = get_customer(session, cid).version
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def save(
            db: Database,
            note: str,
            barrier: threading.Barrier = barrier,
            version: int = version,
            outcomes: list[str] = outcomes,
        ) -> None:
            barrier.wait()
            try:
                with db.session() as session:
                    update_customer(
                        session,
                        cid,
                        version,
                        CustomerDraft("Jörg Köhler", (PhoneDraft("+49 30 123456"),), notes=note),
                        None,
                        SETTINGS,
                    )
                outcomes.append("saved")
            except ConflictError:
                outcomes.append("conflict")

        threads = [
            threading.Thread(target=save, args=(first, f"first {round_}")),
            threading.Thread(target=save, args=(second, f"second {round_}")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == ["conflict", "saved"], outcomes


def test_follow_up_completed_twice_is_refused(pcs: tuple[Database, Database]) -> None:
    first, second = pcs
    today = datetime.now(UTC).date()
    with first.session() as session:
        user = create_user(session, "ben", Role.CONSULTANT)
        cid = create_customer(
            session, CustomerDraft("Li Na", (PhoneDraft("+86 131 2345 6789"),)), user, SETTINGS
        )
        ids = [
            add_follow_up(session, cid, today, f"call {i}", user, user).id for i in range(ROUNDS)
        ]
    detected = 0
    for task_id in ids:
        with first.session() as session:
            log_contact(
                session, cid, "call", "reached", "A", None, user, SETTINGS, follow_up_id=task_id
            )
        try:
            with second.session() as session:
                log_contact(
                    session,
                    cid,
                    "call",
                    "no_answer",
                    "B",
                    None,
                    user,
                    SETTINGS,
                    follow_up_id=task_id,
                )
        except (ConflictError, DomainError):
            detected += 1
    _report("follow-up", first, detected, ROUNDS)
    assert detected == ROUNDS
    with first.reader() as session:
        results = set(session.scalars(select(FollowUp.result)))
    assert results == {"Reached: A"}


def test_walk_in_ended_twice_is_refused(pcs: tuple[Database, Database]) -> None:
    first, second = pcs
    now = datetime.now(UTC)
    with first.session() as session:
        ids = [
            register_walk_in(
                session,
                WalkInDraft("browsing", description=f"visitor {i}"),
                None,
                SETTINGS,
                now=now,
            )
            for i in range(ROUNDS)
        ]
    detected = 0
    for walk_in_id in ids:
        with first.session() as session:
            end_walk_in(session, walk_in_id, actor_id=None, now=now + timedelta(minutes=10))
        try:
            with second.session() as session:
                end_walk_in(session, walk_in_id, actor_id=None, now=now + timedelta(minutes=50))
        except (ConflictError, DomainError):
            detected += 1
    _report("walk-in", first, detected, ROUNDS)
    assert detected == ROUNDS
    with first.reader() as session:
        assert {w.time_out for w in session.scalars(select(WalkIn))} == {
            now + timedelta(minutes=10)
        }


def test_settings_conflicts_are_all_detected(pcs: tuple[Database, Database]) -> None:
    first, second = pcs
    with first.session() as session:
        manager = create_user(session, "it", Role.ADMIN)
    detected = 0
    for round_ in range(ROUNDS):
        with first.reader() as session:
            shown_a = load_settings(session)
        with second.reader() as session:
            shown_b = load_settings(session)
        with first.session() as session:
            update_settings(
                session, manager, {"dealership_name": f"Motors {round_}"}, expected=shown_a
            )
        try:
            with second.session() as session:
                update_settings(
                    session,
                    manager,
                    {"test_drive_minutes": str(20 + round_ % 100)},
                    expected=shown_b,
                )
        except ConflictError as error:
            assert "dealership name" in str(error)
            detected += 1
    _report("settings", first, detected, ROUNDS)
    assert detected == ROUNDS
    with first.reader() as session:
        assert load_settings(session).test_drive_minutes == 30
    assert date.today() is not None
