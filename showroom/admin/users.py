"""Users: creating them, their passwords (Argon2id), signing in, and who acts on the CLI.

Passwords are hashed with Argon2id (argon2-cffi) and rehashed at sign-in when the hashing
parameters change; they are never stored, logged or audited in clear.
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.core.errors import DomainError, ShowroomError, ValidationError
from showroom.core.ids import UserId
from showroom.core.phrase import V_, Phrase
from showroom.kernel.permissions import Action
from showroom.kernel.roles import Role, validate_username
from showroom.storage.models import User

# Argon2id with OWASP's first recommended configuration (19 MiB, 2 passes, 1 lane) rather
# than argon2-cffi's default (64 MiB, 3 passes, 4 lanes): OWASP rates them equally against
# guessing, and on a 2-core showroom PC the default took ~0.3 s and 64 MiB at every sign-in,
# which alone put the app's peak memory over its 150 MB budget. Stored hashes made with other
# parameters are rehashed at the next sign-in (check_needs_rehash).
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MIN_PASSWORD = 8
SYSTEM_USERNAME = "command-line"


class SignInFailed(ShowroomError):
    """Wrong user name or password (never says which)."""


def hash_password(password: str, hasher: PasswordHasher = HASHER) -> str:
    return hasher.hash(password)


def check_password(password: str, field: str = "password", username: str = "") -> str:
    """The strength rule: 8 to 256 characters, and not the user name."""
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            field, "must be at least {min_password} characters", min_password=MIN_PASSWORD
        )
    if len(password) > 256:
        raise ValidationError(field, "must be at most 256 characters")
    if username and password.strip().casefold() == username.strip().casefold():
        raise ValidationError(field, "must not be the user name")
    return password


def create_user(
    session: Session,
    username: str,
    role: Role,
    display_name: str | None = None,
    *,
    password: str | None = None,
    actor_id: int | None = None,
) -> UserId:
    """Create a user (admins only, or the command line); the user name must be new."""
    from showroom.kernel.access import require
    from showroom.kernel.audit import record

    require(session, actor_id, Action.MANAGE_USERS)
    name = validate_username(username)
    if name == SYSTEM_USERNAME:
        raise ValidationError("user name", "{name!r} is reserved for the command line", name=name)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise ValidationError("user name", "{name!r} is taken by another user", name=name)
    user = User(
        username=name,
        display_name=(display_name or name).strip()[:120] or name,
        role=role.value,
        password_hash=(
            hash_password(check_password(password, username=name)) if password is not None else None
        ),
    )
    session.add(user)
    session.flush()
    record(session, actor_id, "create", "user", user.id, f"{name} ({role.value})")
    return UserId(user.id)


def set_password(session: Session, user_id: int, password: str, actor_id: int | None) -> None:
    """Set a user's password: the user themself, an admin, or the command line."""
    from showroom.kernel.access import require
    from showroom.kernel.audit import record

    if actor_id != user_id:
        require(session, actor_id, Action.MANAGE_USERS)
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError("user", "there is no user with number {user_id}", user_id=user_id)
    user.password_hash = hash_password(check_password(password, username=user.username))
    record(session, actor_id, "update", "user", user.id, f"password of {user.username} changed")


def authenticate(
    session: Session, username: str, password: str, hasher: PasswordHasher = HASHER
) -> User:
    """The active user with this name and password; rehashes an outdated hash."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    failed = SignInFailed("The user name or the password is wrong.")
    if user is None or not user.active or not user.password_hash:
        HASHER.hash(password)  # take as long as a real check: no hint that the name is unknown
        raise failed
    try:
        hasher.verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        raise failed from None
    if hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hasher.hash(password)
    from showroom.kernel.audit import record

    record(session, user.id, "sign_in", "user", user.id, user.username)
    return user


@dataclass(frozen=True, slots=True)
class SignInChoice:
    id: UserId
    username: str
    display_name: str
    role: str


def sign_in_choices(session: Session) -> list[SignInChoice]:
    """Users who can sign in on the sign-in screen."""
    rows = session.scalars(
        select(User)
        .where(User.active, User.password_hash.is_not(None), User.username != SYSTEM_USERNAME)
        .order_by(User.display_name)
    )
    return [SignInChoice(UserId(u.id), u.username, u.display_name, u.role) for u in rows]


def needs_first_admin(session: Session) -> bool:
    """True on a new database: nobody can sign in yet, so the first start creates the admin."""
    return (
        session.scalar(
            select(User.id)
            .where(User.active, User.password_hash.is_not(None), User.role == Role.ADMIN.value)
            .limit(1)
        )
        is None
    )


def create_first_admin(session: Session, username: str, display_name: str, password: str) -> User:
    """The first admin, on a database where nobody can sign in yet."""
    if not needs_first_admin(session):
        raise DomainError("This database has an admin already; ask them to add your account.")
    user_id = create_user(session, username, Role.ADMIN, display_name, password=password)
    user = session.get(User, user_id)
    assert user is not None
    return user


def system_user(session: Session) -> User:
    """The user the command line acts as (an admin that cannot sign in to the app)."""
    user = session.scalar(select(User).where(User.username == SYSTEM_USERNAME))
    if user is None:
        user = User(
            username=SYSTEM_USERNAME,
            display_name="Command line",
            role=Role.ADMIN.value,
            password_hash=None,
        )
        session.add(user)
        session.flush()
    return user


def signed_in_user(session: Session, user_id: int | None, login: str) -> User:
    """The user ``user_id`` (signed in), or the desk user ``login`` when there is none."""
    user = session.get(User, user_id) if user_id is not None else None
    return user if user is not None else ensure_desk_user(session, login)


def ensure_desk_user(session: Session, login: str) -> User:
    """A user for tests and tools that need one without a sign-in: created on first use,
    as admin when the database has no users yet."""
    name = validate_username(login or "admin")
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        first = session.scalar(select(User.id).limit(1)) is None
        user = User(
            username=name,
            display_name=name,
            role=(Role.ADMIN if first else Role.CONSULTANT).value,
        )
        session.add(user)
        session.flush()
    return user


# --- user management (admins) ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class UserRow:
    """One line of the user list."""

    id: UserId
    username: str
    display_name: str
    role: str
    active: bool
    can_sign_in: bool
    version: int


def list_users(session: Session, actor_id: int | None) -> list[UserRow]:
    """Everyone who has an account (not the command line's own user), by name; admins only."""
    from showroom.kernel.access import require

    require(session, actor_id, Action.MANAGE_USERS)
    rows = session.scalars(
        select(User).where(User.username != SYSTEM_USERNAME).order_by(User.display_name, User.id)
    )
    return [
        UserRow(
            UserId(u.id),
            u.username,
            u.display_name,
            u.role,
            u.active,
            u.password_hash is not None,
            u.version,
        )
        for u in rows
    ]


class LastAdminError(DomainError):
    """The change would leave nobody who can manage users, backups and settings."""


def _active_admins(session: Session) -> int:
    from sqlalchemy import func

    return int(
        session.scalar(
            select(func.count(User.id)).where(
                User.active,
                User.role == Role.ADMIN.value,
                User.password_hash.is_not(None),
                User.username != SYSTEM_USERNAME,
            )
        )
        or 0
    )


def _managed_user(session: Session, user_id: int, expected_version: int | None) -> User:
    from showroom.core.errors import ConflictError

    user = session.get(User, user_id)
    if user is None or user.username == SYSTEM_USERNAME:
        raise ValidationError("user", "there is no user with number {user_id}", user_id=user_id)
    if expected_version is not None and user.version != expected_version:
        raise ConflictError(
            "{display_name}'s account was changed on another PC after you opened the list; the list shows it as it is now.",
            display_name=user.display_name,
        )
    return user


def _check_not_last_admin(session: Session, user: User, what: str) -> None:
    """``what`` is a V_-marked "make them a {role}" or "deactivate them" (with ``role``
    given as a keyword when it has one)."""
    is_admin = user.active and user.role == Role.ADMIN.value and user.password_hash is not None
    if is_admin and _active_admins(session) <= 1:
        raise LastAdminError(
            "{display_name} is the last active admin, so you cannot {what}: make another user an admin first, so someone can still manage users, backups and settings.",
            display_name=user.display_name,
            what=Phrase.of(what),
        )


def change_role(
    session: Session,
    actor_id: int | None,
    user_id: int,
    role: Role | str,
    expected_version: int | None = None,
) -> None:
    """Give a user another role; the last active admin keeps theirs."""
    from showroom.kernel.access import require
    from showroom.kernel.audit import record
    from showroom.kernel.roles import parse_role

    require(session, actor_id, Action.MANAGE_USERS)
    wanted = parse_role(str(role))
    user = _managed_user(session, user_id, expected_version)
    if user.role == wanted.value:
        return
    if wanted != Role.ADMIN:
        _check_not_last_admin(
            session,
            user,
            V_("make them a consultant")
            if wanted == Role.CONSULTANT
            else V_("make them a manager"),
        )
    old = user.role
    user.role = wanted.value
    session.flush()
    record(
        session,
        actor_id,
        "update",
        "user",
        user.id,
        f"role of {user.username}: {old} → {wanted.value}",
        {"role": (old, wanted.value)},
    )


def set_user_active(
    session: Session,
    actor_id: int | None,
    user_id: int,
    active: bool,
    expected_version: int | None = None,
) -> None:
    """Deactivate (they can no longer sign in; their records stay) or reactivate a user.
    The last active admin cannot be deactivated."""
    from showroom.kernel.access import require
    from showroom.kernel.audit import record

    require(session, actor_id, Action.MANAGE_USERS)
    user = _managed_user(session, user_id, expected_version)
    if user.active == active:
        return
    if not active:
        _check_not_last_admin(session, user, V_("deactivate them"))
    user.active = active
    session.flush()
    record(
        session,
        actor_id,
        "update",
        "user",
        user.id,
        f"{user.username} {'reactivated' if active else 'deactivated'}",
        {"active": (not active, active)},
    )
