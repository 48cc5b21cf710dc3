"""The sales side on screen: the Targets page and the card's intent level and lost sale."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.core.ids import UserId
from showroom.customers.timeline import timeline
from showroom.sales.domain import LostReason
from showroom.sales.targets import FUNNEL_STAGES
from showroom.storage.models import Customer, User
from ui.context import AppContext
from ui.dialogs.customer_card import CustomerCardDialog
from ui.dialogs.lost_sale import LostSaleDialog
from ui.pages.targets.model import BEHIND
from ui.pages.targets.page import TargetsPage


def _own_customer(context: AppContext, skip: int = 0) -> int:
    with context.db.reader() as s:
        found = s.scalar(
            select(Customer.id)
            .where(Customer.assigned_consultant_id == context.user_id)
            .order_by(Customer.id)
            .offset(skip)
            .limit(1)
        )
    assert found is not None
    return found


def test_a_manager_sets_the_months_target_and_splits_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    page = TargetsPage(app_context)
    qtbot.addWidget(page)
    model = page.model
    assert model.data(model.index(0, 0)) == "Showroom"
    target = model.index(0, 1)
    assert model.flags(target) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(target, "500")
    assert page.model.rows[0].orders.target == 500
    # Nobody sells 500 cars in a month: the showroom is behind, and highlighted.
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is BEHIND
    assert "of 500" in str(page.model.data(page.model.index(0, 4)))
    page.split_button.click()
    with app_context.db.reader() as s:
        consultants = s.scalars(
            select(User.id).where(User.role == "consultant", User.active.is_(True))
        ).all()
    shares = [r.orders.target for r in page.model.rows[1:]]
    assert len(shares) >= len(consultants) and sum(shares) == 500
    assert not model.setData(model.index(1, 1), "-4")
    assert "orders target" in page.error.text()
    assert page.funnel_data is not None
    assert tuple(s.key for s in page.funnel_data.stages) == FUNNEL_STAGES
    assert len(page.chart.labels) == 5


def test_a_consultant_sees_the_totals_and_their_own_row_only(
    qtbot: QtBot, consultant_context: AppContext
) -> None:
    page = TargetsPage(consultant_context)
    qtbot.addWidget(page)
    ids = [r.consultant_id for r in page.model.rows]
    assert ids[0] is None and set(ids[1:]) <= {consultant_context.user_id}
    assert not page.model.flags(page.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not page.split_button.isVisible()


def test_the_card_sets_the_level_and_marks_the_prospect_lost(
    qtbot: QtBot, consultant_context: AppContext
) -> None:
    customer = _own_customer(consultant_context)
    card = CustomerCardDialog(None, consultant_context, customer)
    qtbot.addWidget(card)
    combo = card.intent_bar.combo
    combo.setCurrentIndex(combo.findData("H"))
    combo.activated.emit(combo.currentIndex())
    with consultant_context.db.reader() as s:
        assert s.get(Customer, customer).intent_level == "H"  # type: ignore[union-attr]
        assert any(e.kind == "intent" for e in timeline(s, customer))
    dialog = LostSaleDialog(card, consultant_context, customer)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData(LostReason.COMPETITOR.value))
    dialog.submit()
    assert "competitor brand" in dialog.error.text()
    dialog.brand.setText("Toyota")
    dialog.model.setText("RAV4")
    dialog.submit()
    assert dialog.result_row is not None and dialog.result_row.state == "pending"
    card.intent_bar.show_customer(customer)
    assert not card.intent_bar.lost_button.isEnabled()  # waits for the manager
    # A manager marks another prospect lost: approved at once; the card offers reactivation.
    manager = replace(consultant_context, user_role="manager")
    with consultant_context.db.reader() as s:
        boss = s.scalar(select(User.id).where(User.role == "manager").limit(1))
    assert boss is not None
    manager = replace(manager, user_id=UserId(boss))
    with consultant_context.db.reader() as s:
        other = s.scalar(
            select(Customer.id)
            .where(Customer.id != customer, Customer.intent_level == "N")
            .limit(1)
        )
    assert other is not None
    lost = LostSaleDialog(None, manager, other)
    qtbot.addWidget(lost)
    lost.reason.setCurrentIndex(lost.reason.findData(LostReason.PRICE.value))
    lost.submit()
    assert lost.result_row is not None and lost.result_row.state == "approved"
    card2 = CustomerCardDialog(None, manager, other)
    qtbot.addWidget(card2)
    assert not card2.intent_bar.reactivate_button.isHidden()
    card2.intent_bar.reactivate_button.click()
    assert card2.intent_bar.reactivate_button.isHidden()


def test_the_manager_decides_lost_sales_and_edits_the_intervals(
    qtbot: QtBot, app_context: AppContext, consultant_context: AppContext
) -> None:
    from showroom.sales.domain import IntentLevel, LostDraft
    from showroom.sales.service import intervals, mark_lost
    from ui.dialogs.sales_manager import IntervalsDialog, LostSalesDialog

    first, second = (
        _own_customer(consultant_context),
        _own_customer(consultant_context, skip=1),
    )
    with consultant_context.db.session() as s:
        for customer in (first, second):
            mark_lost(s, customer, LostDraft("price"), consultant_context.user_id)
    dialog = LostSalesDialog(None, app_context)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    dialog.return_button.click()  # no note
    assert "note" in dialog.error.text() and dialog.table.rowCount() == 2
    dialog.note.setText("Try the finance offer")
    dialog.return_button.click()
    dialog.approve_button.click()
    assert dialog.table.rowCount() == 0
    with app_context.db.reader() as s:
        levels = sorted(s.get(Customer, c).intent_level for c in (first, second))  # type: ignore[union-attr]
    assert levels == ["F", "N"]

    intervals_dialog = IntervalsDialog(None, app_context)
    qtbot.addWidget(intervals_dialog)
    intervals_dialog.boxes["H"].setValue(5)
    intervals_dialog.save()
    assert intervals(app_context.settings)[IntentLevel.H] == 5


def test_only_the_measure_that_is_behind_is_highlighted(
    qtbot: QtBot, app_context: AppContext
) -> None:
    page = TargetsPage(app_context)
    qtbot.addWidget(page)
    # No orders target (never behind); an impossible deliveries target (behind).
    assert page.model.setData(page.model.index(0, 5), "900")
    model, background = page.model, Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(0, 0), background) is BEHIND
    assert model.data(model.index(0, 1), background) is None
    assert model.data(model.index(0, 5), background) is BEHIND
