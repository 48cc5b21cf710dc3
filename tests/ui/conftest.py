"""UI fixtures: a real main window on a real database, driven with qtbot."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from showroom.kernel.roles import Role
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from ui.app import build_context, create_application
from ui.context import AppContext


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would hang the suite: make an unexpected one fail the
    test with its text instead (tests that expect a box replace it themselves)."""

    def fail(*args: object, **kwargs: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {texts}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fail))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: fail(self.text()))


@pytest.fixture
def app_context(qapp: QApplication, demo_db: Database, config: AppConfig) -> Iterator[AppContext]:
    """The demo showroom (450 customers, seed 3), with the user at the keyboard as its
    manager (tests of what a consultant or an admin sees make a context of their own). The
    demo is built once per session and copied per test (tests/db_templates.py)."""
    create_application()
    yield build_context(demo_db, config)


@pytest.fixture
def consultant_context(app_context: AppContext) -> AppContext:
    """The same showroom, with a demo consultant at the keyboard."""
    from dataclasses import replace

    from sqlalchemy import select

    from showroom.core.ids import UserId
    from showroom.storage.models import User

    with app_context.db.reader() as session:
        user = session.scalars(
            select(User).where(User.role == Role.CONSULTANT.value).order_by(User.id)
        ).first()
        assert user is not None
        return replace(
            app_context,
            user_id=UserId(user.id),
            user_name=user.display_name,
            user_role=user.role,
        )
