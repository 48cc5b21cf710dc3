"""What every page needs: the database, the user at the keyboard, and change notifications."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from showroom.core.ids import UserId
from showroom.kernel.settings import ShowroomSettings

if TYPE_CHECKING:
    from showroom.kernel.changes import Change
    from showroom.kernel.work import AppConfig, Database


class DataEvents(QObject):
    """One application-wide signal: 'these kinds of records changed', so pages can refresh.

    ``data_changed`` carries a ``Changes`` (a frozenset of kinds with the typed notices behind
    it) from ``publish``; older callers still emit a plain set of kinds, which pages read the
    same way (``kinds & {...}``). The main window takes a local notice as "this PC's commit is
    seen": its change watcher will not reload the pages a second time for it.
    """

    data_changed = Signal(object)

    def publish(self, *changes: Change | str) -> None:
        """Tell every page what this PC just committed."""
        from showroom.kernel.changes import Changes

        self.data_changed.emit(Changes(changes))


@dataclass
class AppContext:
    """The open database and the signed-in user, handed to each page when it is created."""

    db: Database
    user_id: UserId
    user_name: str
    user_role: str
    settings: ShowroomSettings
    ui_settings: QSettings
    events: DataEvents = field(default_factory=DataEvents)


def ui_settings_for(home: Path) -> QSettings:
    """Per-PC preferences (theme, window geometry) kept in the data folder, not the registry."""
    return QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)


def build_context(db: Database, config: AppConfig, user_id: int | None = None) -> AppContext:
    """The context of the signed-in user ``user_id`` (tests and tools without a sign-in:
    the operating-system user at the keyboard)."""
    from showroom.admin.startup import desk_identity

    desk = desk_identity(db, user_id)
    return AppContext(
        db=db,
        user_id=desk.user_id,
        user_name=desk.display_name,
        user_role=desk.role,
        settings=desk.settings,
        ui_settings=ui_settings_for(config.home),
    )
