"""Reading and writing the showroom-wide settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.settings import ShowroomSettings
from showroom.storage.models import Setting


def load_settings(session: Session) -> ShowroomSettings:
    rows = session.execute(select(Setting.key, Setting.value)).all()
    return ShowroomSettings.from_mapping({key: value for key, value in rows})


def save_settings(session: Session, settings: ShowroomSettings) -> None:
    existing = {s.key: s for s in session.scalars(select(Setting))}
    for key, value in settings.to_mapping().items():
        if key in existing:
            existing[key].value = value
        else:
            session.add(Setting(key=key, value=value))


def update_settings(session: Session, actor_id: int, values: dict[str, str]) -> ShowroomSettings:
    """Validate and save the showroom-wide settings; managers and admins only."""
    from showroom.domain.ids import is_record_id
    from showroom.domain.user import Role
    from showroom.errors import DomainError
    from showroom.settings import validate_settings
    from showroom.storage.models import User

    actor = session.get(User, actor_id) if is_record_id(actor_id) else None
    if actor is None or actor.role not in (Role.MANAGER.value, Role.ADMIN.value):
        raise DomainError("Only a manager or an admin can change the showroom's settings.")
    current = load_settings(session).to_mapping()
    current.update(values)
    settings = validate_settings(current)
    save_settings(session, settings)
    return settings
