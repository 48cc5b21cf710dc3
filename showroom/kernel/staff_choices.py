"""The staff a screen offers in a picker (consultant, owner, responsible, filter).

One query for every picker, so they all list the same people in the same order: active
accounts by display name; a filter over past records may ask for closed accounts too.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.storage.models import User


@dataclass(frozen=True, slots=True)
class StaffChoice:
    """One person in a picker: the user's id and the name shown."""

    id: int
    display_name: str


def staff_choices(session: Session, *, include_inactive: bool = False) -> list[StaffChoice]:
    """Active users by display name (then id, so equal names keep a stable order); with
    ``include_inactive`` closed accounts too (a filter over records they still own)."""
    query = select(User.id, User.display_name).order_by(User.display_name, User.id)
    if not include_inactive:
        query = query.where(User.active.is_(True))
    return [StaffChoice(int(user_id), str(name)) for user_id, name in session.execute(query)]
