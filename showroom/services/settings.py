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
