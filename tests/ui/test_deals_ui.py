"""The Deals page, the plan editor, the comparison and the deal checklist dialog, with qtbot:
typing, clicking and keys, on a real database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.service import create_customer
from showroom.customers.timeline import timeline
from showroom.deals.checklist import ChecklistKind, ItemState
from showroom.deals.domain import PlanStatus
from showroom.deals.plans import customer_plans, plan_view
from showroom.deals.service import accept_plan, deal_view, deals_board
from showroom.storage.models import PurchasePlan
from showroom.vehicles.boutique import list_boutique
from showroom.vehicles.inventory import InventoryFilter, search_stock
from ui import dialogs
from ui.context import AppContext
from ui.dialogs.deal_dialog import DealDialog
from ui.dialogs.plan_comparison import PlanComparisonDialog
from ui.dialogs.plan_editor import PlanEditorDialog
from ui.dialogs.reason import ReasonDialog
from ui.main_window import MainWindow
from ui.models.deals import BoardColumn, CompareRow, ItemColumn
from ui.pages.deals.page import DealsPage


def new_customer(context: AppContext, name: str = "Zoë Walker") -> int:
    with context.db.session() as session:
        return create_customer(
            session,
            CustomerDraft(name, (PhoneDraft("07400 555123"),)),
            context.user_id,
            context.settings,
        )


def plans_of(context: AppContext, customer_id: int) -> int:
    with context.db.reader() as session:
        return int(
            session.scalar(
                select(func.count(PurchasePlan.id)).where(PurchasePlan.customer_id == customer_id)
            )
            or 0
        )


def editor(qtbot: QtBot, context: AppContext, customer_id: int, plan_id: int | None = None):  # type: ignore[no-untyped-def]
    dialog = PlanEditorDialog(None, context, customer_id, plan_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def error_text(dialog: PlanEditorDialog, rule: str) -> str:
    box = dialog.boxes[rule]
    return box.error.text() if box.error.isVisible() else ""


# --- the plan editor ---------------------------------------------------------------------------
def test_plan_editor_shows_each_rule_beside_its_field_and_saves_nothing(
    qtbot: QtBot, app_context: AppContext
) -> None:
    customer = new_customer(app_context)
    dialog = editor(qtbot, app_context, customer)
    dialog.to_order.setChecked(True)
    qtbot.keyClicks(dialog.list_price, "lots")
    qtbot.keyClicks(dialog.budget, "-5")
    dialog.payment.setCurrentIndex(dialog.payment.findData("finance"))
    qtbot.keyClicks(dialog.term, "200")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert error_text(dialog, "list price") == (
        "'lots' is not an amount of money (like 12,345.50)."
    )
    assert error_text(dialog, "budget") == "Must not be negative."
    assert error_text(dialog, "term") == "Must be from 1 to 120 months."
    assert error_text(dialog, "APR") == "Is required for finance."
    assert error_text(dialog, "make") == "Choose a stock car or name the make to order."
    assert error_text(dialog, "model") == "Choose a stock car or name the model to order."
    assert error_text(dialog, "discount") == ""
    assert dialog.isVisible() and dialog.saved_id is None
    assert plans_of(app_context, customer) == 0


def test_plan_editor_computes_totals_as_you_type_and_saves(
    qtbot: QtBot, app_context: AppContext
) -> None:
    customer = new_customer(app_context)
    dialog = editor(qtbot, app_context, customer)
    with app_context.db.reader() as session:
        car = search_stock(session, InventoryFilter(available_only=True))[0]
        mats = next(i for i in list_boutique(session) if i.name == "All-weather floor mats")
    dialog.from_stock.setChecked(True)
    dialog.vehicle.setCurrentIndex(dialog.vehicle.findData(int(car.id)))
    assert dialog.list_price.text()  # the car's list price is filled in
    dialog.list_price.clear()
    qtbot.keyClicks(dialog.list_price, "30,000")
    qtbot.keyClicks(dialog.discount, "1,000")
    dialog.boutique.setCurrentIndex(dialog.boutique.findData(mats.id))
    dialog.quantity.setValue(2)
    qtbot.mouseClick(dialog.add_accessory, Qt.MouseButton.LeftButton)
    assert dialog.total_labels["to_pay"].text() == "£29,179.98"  # 30,000 − 1,000 + 2 × 89.99
    dialog.payment.setCurrentIndex(dialog.payment.findData("finance"))
    qtbot.keyClicks(dialog.deposit, "5000")
    qtbot.keyClicks(dialog.term, "36")
    assert dialog.total_labels["monthly"].text() == "—"  # no APR yet
    assert "APR" in dialog.totals_hint.text()
    qtbot.keyClicks(dialog.apr, "0")
    assert dialog.total_labels["financed"].text() == "£24,179.98"
    assert dialog.total_labels["monthly"].text() == "36 × £671.67"  # 24,179.98 / 36 = 671.666…
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_id is not None
    with app_context.db.reader() as session:
        view = plan_view(session, dialog.saved_id, actor_id=None)
    assert view.title == "Plan A" and view.vehicle_id == int(car.id)
    assert view.totals.monthly is not None and str(view.totals.monthly) == "671.67"
    assert [(a.name, a.quantity) for a in view.accessories] == [("All-weather floor mats", 2)]


def test_accepted_plan_opens_read_only(qtbot: QtBot, app_context: AppContext) -> None:
    with app_context.db.reader() as session:
        plan_id, customer = session.execute(
            select(PurchasePlan.id, PurchasePlan.customer_id).where(
                PurchasePlan.status == PlanStatus.ACCEPTED.value
            )
        ).first()  # type: ignore[misc]
    dialog = editor(qtbot, app_context, customer, plan_id)
    assert not dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert "can be printed but no longer changed" in dialog.general_error.text()


# --- comparing and accepting ----------------------------------------------------------------------
def test_comparison_accepts_the_chosen_plan(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer = new_customer(app_context, "Paweł Kamiński")
    for price in ("28,000", "31,500"):
        dialog = editor(qtbot, app_context, customer)
        dialog.to_order.setChecked(True)
        dialog.make.setText("Škoda")  # QTest types ASCII only
        qtbot.keyClicks(dialog.model, "Octavia")
        qtbot.keyClicks(dialog.list_price, price)
        assert dialog.save()
    comparison = PlanComparisonDialog(None, app_context, customer)
    qtbot.addWidget(comparison)
    comparison.show()
    model = comparison.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "Plan A",
        "Plan B",
    ]
    assert model.index(CompareRow.LIST_PRICE, 0).data() == "£28,000.00"
    assert model.index(CompareRow.TO_PAY, 1).data() == "£31,500.00"
    # the lower amount to pay is marked green
    assert model.index(CompareRow.TO_PAY, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(CompareRow.TO_PAY, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    comparison.view.setCurrentIndex(model.index(0, 1))  # Plan B
    assert comparison.current_plan().title == "Plan B"  # type: ignore[union-attr]
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    opened: list[int] = []
    monkeypatch.setattr(DealDialog, "ask", classmethod(lambda cls, p, c, d: opened.append(d)))
    comparison._on_accept_clicked()
    assert comparison.accepted_deal is not None and opened == [comparison.accepted_deal]
    with app_context.db.reader() as session:
        statuses = [p.status for p in customer_plans(session, customer, actor_id=None)]
    assert statuses == [PlanStatus.OPEN, PlanStatus.ACCEPTED]


# --- the deal checklist dialog ---------------------------------------------------------------------
@pytest.fixture
def fresh_deal(app_context: AppContext) -> int:
    customer = new_customer(app_context, "Amelia Taylor")
    dialog = PlanEditorDialog(None, app_context, customer)
    dialog.to_order.setChecked(True)
    dialog.make.setText("Audi")
    dialog.model.setText("Q4 e-tron")
    dialog.list_price.setText("49,900")
    dialog.boutique.setCurrentIndex(0)
    dialog._on_add_accessory_clicked()
    assert dialog.save()
    plan_id = dialog.saved_id
    assert plan_id is not None
    with app_context.db.session() as session:
        return accept_plan(
            session,
            plan_id,
            plan_view(session, plan_id, actor_id=None).version,
            app_context.user_id,
            app_context.settings,
        )


def open_deal(qtbot: QtBot, context: AppContext, deal_id: int) -> DealDialog:
    dialog = DealDialog(None, context, deal_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def item_state(context: AppContext, deal_id: int, kind: ChecklistKind, row: int):  # type: ignore[no-untyped-def]
    with context.db.reader() as session:
        return deal_view(session, deal_id, actor_id=None).checklist(kind)[row]


def test_space_ticks_and_the_timeline_records_it(
    qtbot: QtBot, app_context: AppContext, fresh_deal: int
) -> None:
    dialog = open_deal(qtbot, app_context, fresh_deal)
    table = dialog.current_table()
    assert dialog.current_kind() is ChecklistKind.PURCHASE
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # "Contract signed"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # "Deposit received"
    assert item_state(app_context, fresh_deal, ChecklistKind.PURCHASE, 0).state is ItemState.DONE
    assert item_state(app_context, fresh_deal, ChecklistKind.PURCHASE, 1).state is ItemState.DONE
    assert dialog.tabs.tabText(0).startswith("1 Purchase  2/4")
    model = dialog.models[ChecklistKind.PURCHASE]
    assert model.index(1, ItemColumn.DONE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert not dialog.tick_button.isEnabled() and dialog.reopen_button.isEnabled()
    with app_context.db.reader() as session:
        customer = deal_view(session, fresh_deal, actor_id=None).customer_id
        steps = [e.summary for e in timeline(session, customer) if e.kind == "deal_step"]
    assert f"Deal {fresh_deal} · Purchase: Deposit received done" in steps


def test_a_value_item_says_beside_the_value_that_it_needs_one(
    qtbot: QtBot, app_context: AppContext, fresh_deal: int
) -> None:
    dialog = open_deal(qtbot, app_context, fresh_deal)
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert dialog.current_kind() is ChecklistKind.INSURANCE
    table = dialog.current_table()
    table.selectRow(2)  # "Policy number"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    error = dialog.boxes["value"].error
    assert error.isVisible()
    assert error.text() == "“Policy number” needs its value before it is done."
    assert item_state(app_context, fresh_deal, ChecklistKind.INSURANCE, 2).state is ItemState.OPEN
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert dialog.value.hasFocus()
    qtbot.keyClicks(dialog.value, "AXA-778812")
    qtbot.mouseClick(dialog.tick_button, Qt.MouseButton.LeftButton)
    done = item_state(app_context, fresh_deal, ChecklistKind.INSURANCE, 2)
    assert (done.state, done.value) == (ItemState.DONE, "AXA-778812")
    assert not dialog.boxes["value"].error.isVisible()


def test_reopen_asks_why_and_details_are_saved(
    qtbot: QtBot, app_context: AppContext, fresh_deal: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_deal(qtbot, app_context, fresh_deal)
    assert dialog.tick_current()
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: None))
    assert not dialog.reopen_current()  # cancelled: nothing changes
    assert item_state(app_context, fresh_deal, ChecklistKind.PURCHASE, 0).state is ItemState.DONE
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "Wrong date"))
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    reopened = item_state(app_context, fresh_deal, ChecklistKind.PURCHASE, 0)
    assert (reopened.state, reopened.reopen_reason) == (ItemState.REOPENED, "Wrong date")
    assert "reopened: Wrong date" in dialog.item_title.text()
    dialog.note.setText("Customer signs on Friday")
    dialog.due.setDate(dialog.due.date().addDays(3))
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = item_state(app_context, fresh_deal, ChecklistKind.PURCHASE, 0)
    assert saved.note == "Customer signs on Friday"
    assert saved.due_on is not None and saved.due_on > date.today()


def test_accessory_stages_and_an_added_item(
    qtbot: QtBot, app_context: AppContext, fresh_deal: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_deal(qtbot, app_context, fresh_deal)
    qtbot.keyClick(dialog, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    table = dialog.current_table()
    assert dialog.tick_button.text() == "&Tick: ordered"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert dialog.tick_button.text() == "&Tick: installed"
    assert dialog.models[ChecklistKind.ACCESSORIES].index(0, ItemColumn.DONE).data() == "1/3"
    monkeypatch.setattr(
        dialogs.deal_dialog.AddItemDialog,
        "ask",
        classmethod(lambda cls, *a: ("Wheel locks fitted", False, date(2030, 1, 1))),
    )
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    items = dialog.models[ChecklistKind.ACCESSORIES].rows()
    assert items[-1].title == "Wheel locks fitted" and items[-1].added_to_deal
    assert dialog.current_item() is not None and dialog.current_item().title == "Wheel locks fitted"  # type: ignore[union-attr]


# --- the page -------------------------------------------------------------------------------------
def test_deals_board_lists_open_deals_and_filters_by_consultant(
    qtbot: QtBot, app_context: AppContext
) -> None:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    page = window.open_page("deals")
    assert isinstance(page, DealsPage)
    with app_context.db.reader() as session:
        expected = deals_board(session, date.today())
    model = page.board_model
    assert model.rowCount() == len(expected) > 0
    assert [model.row_at(r).deal_id for r in range(model.rowCount())] == [
        r.deal_id for r in expected
    ]
    first = expected[0]
    assert model.index(0, BoardColumn.PURCHASE).data() == str(
        first.progress[ChecklistKind.PURCHASE]
    )
    if first.overdue_items:
        assert "late" in model.index(0, BoardColumn.OVERDUE).data()
    consultant = first.consultant_id
    page.board_consultant.setCurrentIndex(page.board_consultant.findData(consultant))
    shown = {model.row_at(r).consultant_id for r in range(model.rowCount())}
    assert shown == {consultant}
    page.board_overdue.setChecked(True)
    assert all(model.row_at(r).overdue_items for r in range(model.rowCount()))
    assert "open deals" in page.board_summary.text()


def test_vin_warning_is_shown_beside_the_vin_and_a_manager_can_accept_it(
    qtbot: QtBot, app_context: AppContext, consultant_context: AppContext
) -> None:
    from dataclasses import replace as replace_context

    from showroom.core.ids import UserId
    from showroom.storage.models import User, Vehicle
    from ui.dialogs.vehicle_editor import VehicleEditorDialog

    def fill(dialog: VehicleEditorDialog) -> None:
        for key, value in (
            ("vin", "WVWZZZ1KZ8W000001"),
            ("make", "Volkswagen"),
            ("model", "Golf"),
            ("list_price", "27,990"),
        ):
            dialog.edits[key].setText(value)

    consultant = VehicleEditorDialog(None, consultant_context)
    qtbot.addWidget(consultant)
    consultant.show()
    fill(consultant)
    assert not consultant.save()
    rule = consultant.boxes["VIN"].error.text()
    assert rule.startswith("Its check digit (9th character) is 'Z' but the other characters give")
    assert not consultant.accept_vin.isVisible()  # a consultant cannot accept it

    with app_context.db.reader() as session:
        manager_id = session.scalar(select(User.id).where(User.role == "manager"))
    manager = replace_context(app_context, user_id=UserId(manager_id), user_role="manager")
    dialog = VehicleEditorDialog(None, manager)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog)
    assert not dialog.save()
    assert dialog.accept_vin.isVisible()
    dialog.accept_vin.setChecked(True)
    assert dialog.save()
    with app_context.db.reader() as session:
        car = session.scalars(select(Vehicle).where(Vehicle.vin == "WVWZZZ1KZ8W000001")).one()
    assert (car.make, car.status, str(car.list_price)) == ("Volkswagen", "in_stock", "27990.00")


def test_templates_are_read_only_for_a_consultant(
    qtbot: QtBot, consultant_context: AppContext
) -> None:
    from ui.dialogs.checklist_templates import ChecklistTemplatesDialog

    assert consultant_context.user_role == "consultant"
    dialog = ChecklistTemplatesDialog(None, consultant_context)
    qtbot.addWidget(dialog)
    assert not dialog.buttons["save"].isEnabled()
    assert (
        "Only a manager or an admin"
        in dialog.findChild(type(dialog.status), "templatesIntro").text()
    )  # type: ignore[union-attr]
    steps = [s.title for s in dialog.models[ChecklistKind.PURCHASE].steps]
    assert steps[0] == "Contract signed"


def test_printing_the_next_steps_archives_it_and_opens_the_preview(
    qtbot: QtBot, app_context: AppContext, fresh_deal: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from showroom.kernel.archive import list_documents
    from ui.widgets.pdf_preview import PdfPreviewDialog

    shown: list[str] = []
    original = PdfPreviewDialog.show_pdf

    def spy(cls, parent, pdf, title, file_name=None):  # type: ignore[no-untyped-def]
        shown.append(title)
        preview = original(parent, pdf, title, file_name)
        qtbot.addWidget(preview)
        return preview

    monkeypatch.setattr(PdfPreviewDialog, "show_pdf", classmethod(spy))
    dialog = open_deal(qtbot, app_context, fresh_deal)
    shift_control = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(dialog, Qt.Key.Key_P, shift_control)
    with app_context.db.reader() as session:
        customer = deal_view(session, fresh_deal, actor_id=None).customer_id
        archive = list_documents(session, customer)
    assert [d.kind.value for d in archive] == ["next-steps"]
    assert shown == [f"{archive[0].title} · {archive[0].number}"]


def test_the_boutique_catalogue_is_read_only_for_a_consultant(
    qtbot: QtBot, consultant_context: AppContext
) -> None:
    from ui.dialogs.boutique import BoutiqueDialog

    dialog = BoutiqueDialog(None, consultant_context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.name.isEnabled() and not dialog.price.isEnabled()
    assert dialog.general_error.text() == "Only a manager or an admin can change the catalogue."
    assert not dialog.save()
