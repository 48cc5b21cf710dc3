"""User management: the list, roles, deactivation, password resets, and the last admin."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from showroom.admin.users import (
    HASHER,
    LastAdminError,
    SignInFailed,
    authenticate,
    change_role,
    create_user,
    list_users,
    set_password,
    set_user_active,
    system_user,
)
from showroom.core.errors import Forbidden, ValidationError
from showroom.core.ids import UserId
from showroom.kernel.audit import audit_trail
from showroom.kernel.roles import Role
from showroom.storage.database import Database
from showroom.storage.models import User

PASSWORD = "correct horse"
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def make_users(db: Database) -> tuple[UserId, UserId, UserId]:
    with db.session() as s:
        system_user(s)  # the command line's own admin never counts as one who can sign in
        admin = create_user(s, "it.admin", Role.ADMIN, "IT Admin", password=PASSWORD)
        manager = create_user(s, "claire", Role.MANAGER, "Claire Dubois", password=PASSWORD)
        consultant = create_user(s, "ben", Role.CONSULTANT, "Ben Carter", password=PASSWORD)
    return admin, manager, consultant


def test_only_admins_list_and_manage_users(db: Database) -> None:
    admin, manager, consultant = make_users(db)
    with db.reader() as s:
        rows = list_users(s, admin)
    assert [(r.username, r.role, r.active, r.can_sign_in) for r in rows] == [
        ("ben", "consultant", True, True),
        ("claire", "manager", True, True),
        ("it.admin", "admin", True, True),
    ]
    for actor in (manager, consultant):
        with db.reader() as s, pytest.raises(Forbidden, match="may not manage users"):
            list_users(s, actor)
        with db.session() as s, pytest.raises(Forbidden):
            change_role(s, actor, consultant, Role.ADMIN)
        with db.session() as s, pytest.raises(Forbidden):
            set_user_active(s, actor, admin, False)
    with db.session() as s, pytest.raises(Forbidden):  # not someone else's password
        set_password(s, manager, "a new secret", consultant)


def test_role_change_and_deactivation_are_audited_and_lock_the_user_out(db: Database) -> None:
    admin, _manager, consultant = make_users(db)
    with db.session() as s:
        version = s.get(User, consultant).version  # type: ignore[union-attr]
        change_role(s, admin, consultant, "manager", expected_version=version)
        set_user_active(s, admin, consultant, False)
    with db.session() as s, pytest.raises(SignInFailed):
        authenticate(s, "ben", PASSWORD)
    with db.session() as s:  # a closed account's actions are refused too
        with pytest.raises(Forbidden, match="closed"):
            audit_trail(s, consultant)
        set_user_active(s, admin, consultant, True)
    with db.session() as s:
        assert authenticate(s, "ben", PASSWORD).role == "manager"
    with db.reader() as s:
        trail = audit_trail(s, admin, entity="user", entity_id=consultant)
    assert [e.summary for e in trail if e.action == "update"] == [
        "ben reactivated",
        "ben deactivated",
        "role of ben: consultant → manager",
    ]
    role_entry = next(e for e in trail if e.summary.startswith("role of ben"))
    assert role_entry.changes == {"role": ["consultant", "manager"]}


def test_the_last_active_admin_cannot_be_demoted_or_deactivated(db: Database) -> None:
    admin, manager, _consultant = make_users(db)
    with db.session() as s, pytest.raises(LastAdminError, match="last active admin"):
        change_role(s, admin, admin, Role.MANAGER)
    with db.session() as s, pytest.raises(LastAdminError, match="make another user an admin"):
        set_user_active(s, admin, admin, False)
    with db.reader() as s:
        row = next(r for r in list_users(s, admin) if r.id == admin)
    assert (row.role, row.active) == ("admin", True)
    with db.session() as s:  # with a second admin, the first may step down
        change_role(s, admin, manager, Role.ADMIN)
        change_role(s, manager, admin, Role.CONSULTANT)
    with db.session() as s, pytest.raises(LastAdminError):
        set_user_active(s, manager, manager, False)


def test_a_reset_password_must_be_strong_and_replaces_the_old_one(db: Database) -> None:
    admin, _manager, consultant = make_users(db)
    with db.session() as s, pytest.raises(ValidationError) as error:
        set_password(s, consultant, "short", admin)
    assert (error.value.field, error.value.rule) == ("password", "must be at least 8 characters")
    with db.session() as s, pytest.raises(ValidationError, match="must not be the user name"):
        create_user(s, "marta.ruiz", Role.CONSULTANT, password="Marta.Ruiz")
    with db.session() as s:
        set_password(s, consultant, "a new secret", admin)
    with db.session() as s, pytest.raises(SignInFailed):
        authenticate(s, "ben", PASSWORD)
    with db.session() as s:
        user = authenticate(s, "ben", "a new secret")
        assert user.password_hash is not None and user.password_hash.startswith("$argon2id$")
        assert "a new secret" not in user.password_hash
    with db.reader() as s:
        summaries = [e.summary for e in audit_trail(s, admin, entity="user")]
    assert "password of ben changed" in summaries
    assert not any("a new secret" in text for text in summaries)


def test_an_outdated_hash_is_rehashed_at_sign_in(db: Database) -> None:
    with db.session() as s:
        user_id = create_user(s, "li", Role.CONSULTANT, password=PASSWORD)
        user = s.get(User, user_id)
        assert user is not None
        user.password_hash = FAST.hash(PASSWORD)
    with db.session() as s:
        authenticate(s, "li", PASSWORD)
    with db.reader() as s:
        stored = s.scalar(select(User.password_hash).where(User.id == user_id))
    assert stored is not None and stored.startswith("$argon2id$")
    assert not HASHER.check_needs_rehash(stored)
    assert "$m=19456,t=2,p=1$" in stored  # the parameters the app uses now


def test_a_hash_made_with_the_old_default_is_rehashed_at_sign_in(db: Database) -> None:
    """Databases from before the change hold argon2-cffi's default (64 MiB, t=3, p=4)."""
    with db.session() as s:
        user_id = create_user(s, "max", Role.CONSULTANT, password=PASSWORD)
        user = s.get(User, user_id)
        assert user is not None
        user.password_hash = PasswordHasher().hash(PASSWORD)
        assert "$m=65536,t=3,p=4$" in user.password_hash
    with db.session() as s:
        authenticate(s, "max", PASSWORD)
    with db.reader() as s:
        stored = s.scalar(select(User.password_hash).where(User.id == user_id))
    assert stored is not None and "$m=19456,t=2,p=1$" in stored
