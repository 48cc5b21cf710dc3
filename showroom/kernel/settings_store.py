"""Reading and writing the showroom-wide settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.kernel.settings import ShowroomSettings
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
    actor_id: int | None,
    values: dict[str, str],
    expected: ShowroomSettings | None = None,
) -> ShowroomSettings:
    """Validate and save the showroom-wide settings; managers and admins only.

    ``expected`` is what the editor showed: if another PC saved different settings since,
    the save is refused with the settings that changed, instead of overwriting them.
    """
    from showroom.kernel.access import require
    from showroom.kernel.audit import record
    from showroom.kernel.permissions import Action
    from showroom.kernel.settings import validate_settings

    require(session, actor_id, Action.EDIT_SETTINGS)
    stored = load_settings(session)
    if expected is not None and stored != expected:
        from showroom.core.errors import ConflictError

        theirs, shown = stored.to_mapping(), expected.to_mapping()
        changed = ", ".join(key.replace("_", " ") for key in theirs if theirs[key] != shown[key])
        raise ConflictError(
            "Another PC changed the showroom settings meanwhile ({changed}); reload them, then make your change again.",
            changed=changed,
        )
    current = stored.to_mapping()
    current.update(values)
    settings = validate_settings(current)
    before, after = stored.to_mapping(), settings.to_mapping()
    record(
        session,
        actor_id,
        "update",
        "settings",
        None,
        "Showroom settings",
        {key: (before[key], after[key]) for key in after if after[key] != before[key]},
    )
    save_settings(session, settings)
    return settings
