"""File › Print today's …: the batch runs off the GUI thread behind a progress dialog,
Cancel leaves nothing archived, and the combined PDF opens in the preview."""

from __future__ import annotations

import threading
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showroom.kernel.document_kind import DocumentKind
from showroom.printing import batch as batch_printing
from showroom.printing.batch import day_batch_ids
from showroom.storage.models import Customer, Document, WalkIn
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.print_batches import print_days_documents
from ui.widgets.pdf_preview import PdfPreviewDialog


def documents(context: AppContext) -> int:
    with context.db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Document)) or 0)


def busy_day(context: AppContext, visitors: int) -> tuple[date, int]:
    """A day long ago on which ``visitors`` demo customers walked in (and nobody else)."""
    day = date(2020, 3, 2)
    zone = ZoneInfo(context.settings.timezone)
    with context.db.session() as session:
        customers = session.scalars(select(Customer.id).order_by(Customer.id).limit(visitors))
        for hour, customer_id in enumerate(customers, start=9):
            session.add(
                WalkIn(
                    time_in=datetime(2020, 3, 2, hour, tzinfo=zone),
                    customer_id=customer_id,
                    party_size=1,
                    purpose="browsing",
                )
            )
    with context.db.reader() as session:
        count = len(day_batch_ids(session, DocumentKind.CUSTOMER_CARD, day, zone))
    assert count == visitors
    return day, count


def test_a_days_cards_print_behind_a_progress_dialog_then_preview(
    qtbot: QtBot, app_context: AppContext
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    day, count = busy_day(app_context, 3)
    before = documents(app_context)
    steps: list[tuple[int, int]] = []

    def watch() -> None:
        dialog = parent.findChild(QProgressDialog, "backgroundProgress")
        if dialog is not None:
            steps.append((dialog.value(), dialog.maximum()))

    timer = QTimer()
    timer.timeout.connect(watch)
    timer.start(1)
    with qtbot.waitSignal(app_context.events.data_changed):
        preview = print_days_documents(parent, app_context, DocumentKind.CUSTOMER_CARD, day)
    timer.stop()
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.addWidget(preview)
    assert documents(app_context) == before + count
    assert f"{count} documents" in preview.windowTitle()
    assert preview.page_count >= count
    assert any(maximum == count for _, maximum in steps)  # the dialog counted the documents


def test_cancel_leaves_nothing_archived(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    day, count = busy_day(app_context, 4)
    before = documents(app_context)
    cancelled = threading.Event()
    real = batch_printing.PRINTABLE[DocumentKind.CUSTOMER_CARD]
    printed: list[int] = []

    def slow(*args: object) -> object:
        # The second document waits until Cancel was pressed: the first is then archived
        # in the open unit of work, which Cancel must roll back.
        if printed:
            assert cancelled.wait(20)
        printed.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setitem(batch_printing.PRINTABLE, DocumentKind.CUSTOMER_CARD, slow)

    def cancel_when_under_way() -> None:
        dialog = parent.findChild(QProgressDialog, "backgroundProgress")
        if dialog is not None and dialog.value() >= 1:
            button = dialog.findChild(QPushButton)
            assert button is not None and button.text() == "Cancel"
            button.click()
            cancelled.set()
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(cancel_when_under_way)
    timer.start(5)
    with qtbot.assertNotEmitted(app_context.events.data_changed):
        preview = print_days_documents(parent, app_context, DocumentKind.CUSTOMER_CARD, day)
    timer.stop()
    assert preview is None
    assert cancelled.is_set() and len(printed) == 2 < count
    assert documents(app_context) == before


def test_a_day_without_any_says_so_in_one_sentence(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text))
    )
    preview = print_days_documents(None, app_context, DocumentKind.NEXT_STEPS, date(2001, 1, 1))
    assert preview is None
    assert said == ["No open deal has a step due on 2001-01-01; nothing was printed."]


def test_the_file_menu_offers_todays_batches(qtbot: QtBot, app_context: AppContext) -> None:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    menu = window.menuBar().findChild(QMenu, "printTodayMenu")
    assert menu is not None
    assert [a.text() for a in menu.actions()] == [
        "Test-drive agreements…",
        "Customer cards of the day's visitors…",
        "Next-steps sheets of deals with a step due…",
        "Handover documents of the day's deliveries…",
    ]
