"""UI fixtures: a real main window on a real database, driven with qtbot."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from showroom.config import AppConfig
from showroom.services.demo import generate_demo
from showroom.storage.database import Database
from ui.app import build_context, create_application
from ui.context import AppContext


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return QApplication


@pytest.fixture
def app_context(qapp: QApplication, db: Database, config: AppConfig) -> Iterator[AppContext]:
    create_application()
    with db.session() as session:
        generate_demo(session, customers=450, seed=3, interactions_per_customer=2)
    yield build_context(db, config)
