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


def update_settings(
    session: Session,
    actor_id: int,
    values: dict[str, str],
    expected: ShowroomSettings | None = None,
) -> ShowroomSettings:
    """Validate and save the showroom-wide settings; managers and admins only.

    ``expected`` is what the editor showed: if another PC saved different settings since,
    the save is refused with the settings that changed, instead of overwriting them.
    """
    from showroom.domain.user import Role
    from showroom.errors import DomainError
    from showroom.settings import validate_settings
    from showroom.storage.models import User

    actor = session.get(User, actor_id)
    if actor is None or actor.role not in (Role.MANAGER.value, Role.ADMIN.value):
        raise DomainError("Only a manager or an admin can change the showroom's settings.")
    stored = load_settings(session)
    if expected is not None and stored != expected:
        from showroom.errors import ConflictError

        theirs, shown = stored.to_mapping(), expected.to_mapping()
        changed = ", ".join(key.replace("_", " ") for key in theirs if theirs[key] != shown[key])
        raise ConflictError(
            f"Another PC changed the showroom settings meanwhile ({changed}); "
            "reload them, then make your change again."
        )
    current = stored.to_mapping()
    current.update(values)
    settings = validate_settings(current)
    save_settings(session, settings)
    return settings
