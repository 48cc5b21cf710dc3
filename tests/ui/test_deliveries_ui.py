"""The delivery planner and the Deliveries page with qtbot: keys and clicks on a real
database (the demo showroom)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.deliveries.domain import DeliveryStatus, ItemKind
from showroom.deliveries.service import DealChoice, deals_to_deliver, delivery_view
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


def consultant_with_deals(context: AppContext) -> AppContext:
    """``context`` with a demo consultant at the keyboard who has open deals to plan, while
    another consultant has some too (which consultant that is depends on the day the demo
    is made: its deals are dated from today)."""
    from dataclasses import replace

    from showroom.core.ids import UserId
    from showroom.kernel.roles import Role
    from showroom.storage.models import User

    with context.db.reader() as session:
        deals = deals_to_deliver(session, None)
        owners = {d.consultant_id for d in deals}
        consultants = session.scalars(
            select(User).where(User.role == Role.CONSULTANT.value).order_by(User.id)
        ).all()
        for user in consultants:
            if user.id in owners and owners - {user.id}:
                return replace(
                    context,
                    user_id=UserId(user.id),
                    user_name=user.display_name,
                    user_role=user.role,
                )
    raise AssertionError("the demo leaves no two consultants with deals to plan")


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
    from showroom.deliveries.service import open_checklists

    with app_context.db.reader() as session:  # a deal still in its checklists, whatever the day
        deal = next(
            d
            for d in deals_to_deliver(session, app_context.user_id)
            if open_checklists(session, d.deal_id)
        )
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
    assert view.open_checklists
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
    from datetime import time as clock

    from showroom.deliveries.service import DeliveryDraft, plan_delivery
    from showroom.test_drives.domain import local_instant

    context = consultant_with_deals(consultant_context)
    zone = ZoneInfo(context.settings.timezone)
    qday = far_day(context, 61)
    day = qday.toPython()
    with context.db.session() as session:
        others = [d for d in deals_to_deliver(session, None) if d.consultant_id != context.user_id]
        mine = deals_to_deliver(session, context.user_id)
        assert others and mine, "the demo leaves deals to plan"
        plan_delivery(
            session,
            DeliveryDraft(
                others[0].deal_id,
                local_instant(day, clock(11), zone),
                "Bay 1",
                others[0].consultant_id or context.user_id,
            ),
            None,
            context.settings,
        )
    dialog = planner(qtbot, context, mine[0].deal_id)
    fill_and_plan(qtbot, dialog, qday, 11, "Bay 1")
    assert dialog.delivery_id is None
    assert dialog.general_error.isVisible()
    assert "Bay 1 is booked from 11:00" in dialog.general_error.text()
    dialog.at.setTime(QTime(13, 0))
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.delivery_id is not None, dialog.general_error.text()

    monkeypatch.setattr(
        ReasonDialog, "ask", staticmethod(lambda *a, **k: pytest.fail("no override for them"))
    )
    with context.db.reader() as session:
        blocked = bool(delivery_view(session, dialog.delivery_id).open_checklists)
    dialog.complete_button.click()
    if blocked:
        assert "cannot be completed while the deal's checklists are open" in (
            dialog.general_error.text()
        )
        with context.db.reader() as session:
            status = session.scalar(
                select(Delivery.status).where(Delivery.id == dialog.delivery_id)
            )
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


def test_a_low_satisfaction_score_from_the_customer_card_tells_the_manager(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom.storage.models import FollowUp, SatisfactionCall, Task
    from ui.dialogs.customer_card import CustomerCardDialog
    from ui.dialogs.satisfaction import SatisfactionDialog

    with app_context.db.reader() as session:
        customer_id = session.scalar(
            select(FollowUp.customer_id)
            .where(FollowUp.kind == "satisfaction", FollowUp.done_at.is_(None))
            .order_by(FollowUp.id)
            .limit(1)
        )
    assert customer_id is not None, "the demo leaves satisfaction calls to make"
    card = CustomerCardDialog(None, app_context, customer_id)
    qtbot.addWidget(card)
    card.show()
    assert card.satisfaction_button.isVisible()
    monkeypatch.setattr(
        SatisfactionDialog, "ask", staticmethod(lambda *a: (2, "Navigation was not set up"))
    )
    card.satisfaction_button.click()
    with app_context.db.reader() as session:
        call = session.scalars(
            select(SatisfactionCall).order_by(SatisfactionCall.id.desc()).limit(1)
        ).one()
        assert (call.customer_id, call.score) == (customer_id, 2)
        task = session.get(Task, call.task_id)
        assert task is not None and task.state == "open"
        assert "satisfaction 2/5" in task.title


def test_plan_delivery_from_the_deal(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.deal_dialog import DealDialog

    deal = a_deal(app_context)
    asked: list[object] = []
    monkeypatch.setattr(
        delivery_dialog.DeliveryDialog,
        "plan",
        staticmethod(lambda parent, context, **kwargs: asked.append(kwargs.get("deal_id"))),
    )
    dialog = DealDialog(None, app_context, deal.deal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(
        dialog,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked == [deal.deal_id]
