"""Users: creating them and finding the one at the keyboard."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.domain.ids import UserId
from showroom.domain.user import Role, validate_username
from showroom.errors import ValidationError
from showroom.storage.models import User


def create_user(
    session: Session, username: str, role: Role, display_name: str | None = None
) -> UserId:
    """Create a user; the user name must be new."""
    name = validate_username(username)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise ValidationError("user name", f"{name!r} is taken by another user")
    user = User(username=name, display_name=(display_name or name).strip()[:120], role=role.value)
    session.add(user)
    session.flush()
    return UserId(user.id)


def ensure_desk_user(session: Session, login: str) -> User:
    """The user for this PC's login, created as admin on the very first start.

    Until sign-in lands, the app acts as the operating-system user at the keyboard; the
    first person to start Showroom on a new database is its admin.
    """
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
