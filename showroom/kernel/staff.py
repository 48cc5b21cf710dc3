"""The showroom's staff: who may be given a customer, a drive, a deal step, a delivery or a
task. One rule: only an active user can be assigned, and every assignment asks
:func:`require_active` (a deactivated user keeps their history but gets nothing new)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.core.errors import ValidationError
from showroom.core.ids import UserId, is_record_id
from showroom.storage.models import User


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A line of a staff picker."""

    id: UserId
    name: str
    role: str
    active: bool


def staff(session: Session, *, include_inactive: bool = False) -> list[StaffMember]:
    """The staff in name order: the active ones, or everyone (filters over history)."""
    query = select(User.id, User.display_name, User.role, User.active).order_by(
        User.display_name, User.id
    )
    if not include_inactive:
        query = query.where(User.active.is_(True))
    return [
        StaffMember(UserId(i), name, role, bool(a)) for i, name, role, a in session.execute(query)
    ]


def require_active(session: Session, user_id: int, field: str) -> User:
    """The active user ``user_id``, or :class:`ValidationError` naming ``field``: no such
    user, or one who no longer works here."""
    user = session.get(User, user_id) if is_record_id(user_id) else None
    if user is None:
        raise ValidationError(field, "there is no user with number {user_id}", user_id=user_id)
    if not user.active:
        raise ValidationError(
            field, "{display_name} is no longer an active user", display_name=user.display_name
        )
    return user
