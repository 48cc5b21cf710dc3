"""The delivery planner and the Deliveries page with qtbot: keys and clicks on a real
database (the demo showroom)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.domain.delivery import DeliveryStatus, ItemKind
from showroom.services.deliveries import DealChoice, deals_to_deliver, delivery_view
from showroom.storage.models import Delivery
from ui.context import AppContext
from ui.dialogs import delivery_dialog
from ui.dialogs.delivery_dialog import DeliveryDialog
from ui.dialogs.reason import ReasonDialog
from ui.main_window import MainWindow
from ui.pages.deliveries.page import DeliveriesPage


def a_deal(context: AppContext) -> DealChoice:
    with context.db.reader() as session:
        return deals_to_deliver(session, context.user_id)[0]


def far_day(context: AppContext, days: int = 60) -> QDate:
    day = datetime.now(ZoneInfo(context.settings.timezone)).date() + timedelta(days=days)
    return QDate(day.year, day.month, day.day)


def planner(qtbot: QtBot, context: AppContext, deal_id: int) -> DeliveryDialog:
    dialog = DeliveryDialog(None, context, deal_id=deal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def fill_and_plan(qtbot: QtBot, dialog: DeliveryDialog, day: QDate, hour: int, bay: str) -> None:
    dialog.day.setDate(day)
    dialog.at.setTime(QTime(hour, 0))
    dialog.bay.setCurrentText(bay)
    dialog.party.setFocus()
    qtbot.keyClicks(dialog.party, "Mr and Mrs Okafor, two children")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_plan_tick_owe_and_complete_with_the_managers_override(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    deal = a_deal(app_context)
    dialog = planner(qtbot, app_context, deal.deal_id)
    assert not dialog.tabs.isTabEnabled(1)  # nothing to tick before the delivery exists
    fill_and_plan(qtbot, dialog, far_day(app_context), 10, "Bay 2")
    assert dialog.delivery_id is not None, dialog.general_error.text()
    assert dialog.tabs.currentIndex() == 1 and dialog.tabs.isTabEnabled(1)

    # PDI: Ctrl+3, then Space ticks line after line.
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    table = dialog.tables[ItemKind.PDI]
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    # We owe: type, promise, add.
    qtbot.keyClick(dialog, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    dialog.owed_text.setFocus()
    qtbot.keyClicks(dialog.owed_text, "Second key fob")
    qtbot.keyClick(dialog.owed_text, Qt.Key.Key_Return)
    assert dialog.tabs.currentIndex() == 4, dialog.tabs.currentIndex()
    assert dialog.general_error.isHidden(), dialog.general_error.text()
    errors = {k: b.error.text() for k, b in dialog.boxes.items() if b.error.text()}
    assert not errors, errors
    assert dialog.owed_text.text() == "", dialog.owed_text.text()
    with app_context.db.reader() as session:
        view = delivery_view(session, dialog.delivery_id)
    assert view.party == "Mr and Mrs Okafor, two children"
    assert view.bay == "Bay 2"
    assert view.readiness.pdi_done == 2
    assert [o.text for o in view.owed] == ["Second key fob"]

    # The demo deal's checklists are open: the manager is asked for a reason.
    asked: list[str] = []

    def answer(parent: object, title: str, question: str, **kwargs: object) -> str:
        asked.append(question)
        return "Customer flies abroad tomorrow; insurance confirmed by phone"

    monkeypatch.setattr(ReasonDialog, "ask", staticmethod(answer))
    if not view.open_checklists:
        pytest.skip("the demo deal has its checklists done")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked and "still open" in asked[0]
    with app_context.db.reader() as session:
        view = delivery_view(session, dialog.delivery_id)
    assert view.status is DeliveryStatus.COMPLETED
    assert view.override_reason == "Customer flies abroad tomorrow; insurance confirmed by phone"
    assert "Handed over" in dialog.readiness.text()
    assert not dialog.complete_button.isEnabled()


def test_a_consultant_is_told_what_blocks_and_a_taken_bay_is_named(
    qtbot: QtBot, consultant_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = consultant_context
    with context.db.reader() as session:
        deals = deals_to_deliver(session, context.user_id)
    assert len(deals) >= 2, "the demo gives each consultant open deals"
    first = planner(qtbot, context, deals[0].deal_id)
    fill_and_plan(qtbot, first, far_day(context, 61), 11, "Bay 1")
    assert first.delivery_id is not None, first.general_error.text()

    second = planner(qtbot, context, deals[1].deal_id)
    fill_and_plan(qtbot, second, far_day(context, 61), 11, "Bay 1")
    assert second.delivery_id is None
    assert second.general_error.isVisible()
    assert "Bay 1 is booked from 11:00" in second.general_error.text()

    monkeypatch.setattr(
        ReasonDialog, "ask", staticmethod(lambda *a, **k: pytest.fail("no override for them"))
    )
    with context.db.reader() as session:
        blocked = bool(delivery_view(session, first.delivery_id).open_checklists)
    first.complete_button.click()
    if blocked:
        assert "cannot be completed while the deal's checklists are open" in (
            first.general_error.text()
        )
        with context.db.reader() as session:
            status = session.scalar(select(Delivery.status).where(Delivery.id == first.delivery_id))
        assert status == DeliveryStatus.PLANNED.value


def test_the_page_shows_bays_and_plans_from_the_selected_slot(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.open_page("deliveries")
    assert isinstance(page, DeliveriesPage)
    assert page.model.bays[:3] == ["Bay 1", "Bay 2", "Handover lounge"]
    planned: list[dict[str, object]] = []

    def fake_plan(parent: object, context: object, **kwargs: object) -> None:
        planned.append(kwargs)

    monkeypatch.setattr(delivery_dialog.DeliveryDialog, "plan", staticmethod(fake_plan))
    page.step(30)  # a day with nothing planned
    page.calendar.setFocus()
    page.calendar.setCurrentIndex(page.model.index(1, 4))
    qtbot.keyClick(page.calendar, Qt.Key.Key_Return)
    assert planned and planned[0]["bay"] == "Bay 2"
    start = planned[0]["start"]
    assert isinstance(start, datetime) and start == page.model.columns[4]

    qtbot.keyClick(
        page.calendar,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert page.mode == "week" and page.model.columnCount() == 7
    page.go_today()
    assert page.title.text().startswith("Deliveries · week of")
