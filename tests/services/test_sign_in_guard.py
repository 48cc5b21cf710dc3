"""Sign-in lockout: a growing delay per account and per PC, audited, on a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from showroom.admin.sign_in_guard import SignInLocked, delay_after, sign_in
from showroom.admin.users import SignInFailed, create_user
from showroom.kernel.audit import audit_trail
from showroom.kernel.roles import Role
from showroom.storage.database import Database

START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
PASSWORD = "right password"


def _users(db: Database) -> tuple[int, int]:
    with db.session() as s:
        ben = create_user(s, "ben", Role.CONSULTANT, "Ben Carter", password=PASSWORD)
        boss = create_user(s, "claire", Role.MANAGER, "Claire Dubois", password=PASSWORD)
    return ben, boss


def test_the_delay_grows_and_is_capped() -> None:
    assert [delay_after(n).total_seconds() for n in (4, 5, 6, 7)] == [0, 30, 60, 120]
    assert delay_after(50) == timedelta(minutes=15)


def test_wrong_passwords_lock_the_account_then_it_opens_again(db: Database) -> None:
    ben, boss = _users(db)
    now = START
    for _ in range(5):
        with pytest.raises(SignInFailed):
            sign_in(db, "ben", "guess", workstation="PC-1", now=now)
        now += timedelta(seconds=1)
    # Locked now, even with the right password, from this PC and from another.
    for pc in ("PC-1", "PC-2"):
        with pytest.raises(SignInLocked) as locked:
            sign_in(db, "ben", PASSWORD, workstation=pc, now=now)
        assert "wait 29 seconds" in str(locked.value)
    now = START + timedelta(seconds=4 + 30)
    with pytest.raises(SignInFailed):  # one more failure: now 60 s
        sign_in(db, "ben", "guess", workstation="PC-1", now=now)
    with pytest.raises(SignInLocked):
        sign_in(db, "ben", PASSWORD, workstation="PC-1", now=now + timedelta(seconds=59))
    assert sign_in(db, "ben", PASSWORD, workstation="PC-1", now=now + timedelta(seconds=60)) == ben
    # The success cleared the count: one wrong password is just one again.
    with pytest.raises(SignInFailed) as once:
        sign_in(db, "ben", "guess", workstation="PC-1", now=now + timedelta(seconds=61))
    assert not isinstance(once.value, SignInLocked)
    with db.reader() as s:
        trail = audit_trail(s, boss, entity="user", entity_id=ben)
    actions = [e.action for e in trail]
    assert actions.count("sign_in_failed") == 7
    assert "sign_in_locked" in actions and "sign_in" in actions
    assert any("PC-2" in e.summary for e in trail if e.action == "sign_in_locked")


def test_one_pc_guessing_many_accounts_is_slowed_too(db: Database) -> None:
    _users(db)
    for n in range(5):
        with pytest.raises(SignInFailed):
            sign_in(db, f"nobody{n}", "guess", workstation="PC-9", now=START)
    with pytest.raises(SignInLocked):
        sign_in(db, "claire", PASSWORD, workstation="PC-9", now=START + timedelta(seconds=10))
    assert sign_in(db, "claire", PASSWORD, workstation="PC-3", now=START + timedelta(seconds=10))
