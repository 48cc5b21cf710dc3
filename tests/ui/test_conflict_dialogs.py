"""Editors other than the customer card meet a save from another PC: theirs against mine.

A second Database on the same file (or PostgreSQL database) plays the other PC; the
conflict dialog is answered by replacing ConflictDialog.ask, as a user would click.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from showroom.deals.checklist import ChecklistKind, ItemState
from showroom.deals.plans import plan_view, update_plan
from showroom.deals.service import deal_view, update_item
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from tests.ui.test_deals_ui import editor, fresh_deal, new_customer, open_deal
from ui.context import AppContext
from ui.dialogs.conflict import ConflictDialog, Row

__all__ = ["fresh_deal"]  # the fixture, used by name below


@pytest.fixture
def other_pc(app_context: AppContext) -> Iterator[Database]:
    second = open_database(app_context.db.config)
    yield second
    second.dispose()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[list[str], list[list[Row]]]]:
    """Queue the user's answers; collect the rows each dialog showed."""
    queued: list[str] = []
    seen: list[list[Row]] = []

    def ask(_parent: object, _message: str, rows: list[Row]) -> str | None:
        seen.append(rows)
        return queued.pop(0) if queued else None

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(ask))
    yield queued, seen


def _saved_plan(qtbot: QtBot, context: AppContext) -> int:
    dialog = editor(qtbot, context, new_customer(context, "Ingrid Larsen"))
    dialog.to_order.setChecked(True)
    dialog.make.setText("Volvo")
    dialog.model.setText("EX30")
    dialog.list_price.setText("36,000")
    assert dialog.save()
    assert dialog.saved_id is not None
    dialog.close()
    return dialog.saved_id


def test_plan_conflict_shows_theirs_and_mine_and_applies_mine_on_top(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, answers
) -> None:  # type: ignore[no-untyped-def]
    queued, seen = answers
    plan_id = _saved_plan(qtbot, app_context)
    dialog = editor(qtbot, app_context, plan_view_customer(app_context, plan_id), plan_id)
    with other_pc.reader() as session:
        view = plan_view(session, plan_id, actor_id=None)
    from dataclasses import replace

    with other_pc.session() as session:
        update_plan(
            session,
            plan_id,
            view.version,
            replace(view.draft(app_context.settings.locale), notes="Wants a tow bar"),
            None,
            app_context.settings,
        )
    dialog.colour.setText("Moss yellow")
    queued.append("mine")
    assert dialog.save() is True
    rows = {row[0]: row[1:] for row in seen[0]}
    assert rows["Notes"] == ("", "Wants a tow bar", "")
    assert rows["Order colour"] == ("", "", "Moss yellow")
    with app_context.db.reader() as session:
        saved = plan_view(session, plan_id, actor_id=None).draft(app_context.settings.locale)
    assert saved.notes == "Wants a tow bar"  # theirs kept
    assert saved.order_colour == "Moss yellow"  # mine applied


def test_plan_conflict_reload_shows_theirs_and_saves_nothing_of_mine(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, answers
) -> None:  # type: ignore[no-untyped-def]
    queued, _seen = answers
    plan_id = _saved_plan(qtbot, app_context)
    dialog = editor(qtbot, app_context, plan_view_customer(app_context, plan_id), plan_id)
    from dataclasses import replace

    with other_pc.reader() as session:
        view = plan_view(session, plan_id, actor_id=None)
    with other_pc.session() as session:
        update_plan(
            session,
            plan_id,
            view.version,
            replace(view.draft(app_context.settings.locale), order_trim="Ultra"),
            None,
            app_context.settings,
        )
    dialog.colour.setText("Cloud blue")
    queued.append("reload")
    assert dialog.save() is False
    assert dialog.trim.text() == "Ultra" and dialog.colour.text() == ""
    with app_context.db.reader() as session:
        saved = plan_view(session, plan_id, actor_id=None).draft(app_context.settings.locale)
    assert saved.order_trim == "Ultra" and saved.order_colour == ""
    # The form now holds theirs at their version: the next save goes through.
    dialog.colour.setText("Cloud blue")
    assert dialog.save() is True


def plan_view_customer(context: AppContext, plan_id: int) -> int:
    with context.db.reader() as session:
        return int(plan_view(session, plan_id, actor_id=None).customer_id)


def test_deal_item_conflict_on_tick_keeps_their_note_and_ticks(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, fresh_deal: int, answers
) -> None:  # type: ignore[no-untyped-def]
    queued, seen = answers
    dialog = open_deal(qtbot, app_context, fresh_deal)
    item = dialog.current_item()
    assert item is not None and item.state is not ItemState.DONE
    with other_pc.session() as session:
        update_item(session, None, item.id, item.version, note="Signed copy in the safe")
    queued.append("mine")
    assert dialog.tick_current() is True
    rows = {row[0]: row[1:] for row in seen[0]}
    assert rows["Done"] == (False, False, True)
    assert rows["Note"] == ("", "Signed copy in the safe", "")
    with app_context.db.reader() as session:
        saved = deal_view(session, fresh_deal, actor_id=None).checklist(ChecklistKind.PURCHASE)[0]
    assert saved.state is ItemState.DONE
    assert saved.note == "Signed copy in the safe"


def test_deal_item_conflict_on_save_reload_keeps_theirs(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, fresh_deal: int, answers
) -> None:  # type: ignore[no-untyped-def]
    queued, _seen = answers
    dialog = open_deal(qtbot, app_context, fresh_deal)
    item = dialog.current_item()
    assert item is not None
    with other_pc.session() as session:
        update_item(session, None, item.id, item.version, note="theirs")
    dialog.note.setText("mine")
    queued.append("reload")
    assert dialog.save_current() is False
    assert dialog.note.text() == "theirs"
    with app_context.db.reader() as session:
        saved = deal_view(session, fresh_deal, actor_id=None).checklist(ChecklistKind.PURCHASE)[0]
    assert saved.note == "theirs"


def test_fleet_car_conflict_applies_mine_on_top_of_theirs(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, answers
) -> None:  # type: ignore[no-untyped-def]
    from showroom.test_drives.fleet import (
        FleetDraft,
        add_fleet_car,
        get_fleet_car,
        update_fleet_car,
    )
    from tests.services.drive_world import valid_vin
    from ui.dialogs.fleet_car import FleetCarDialog

    queued, seen = answers
    with app_context.db.session() as session:
        car_id = add_fleet_car(
            session,
            None,
            FleetDraft(valid_vin("WVWZZZ1KAW000777"), "Volkswagen", "ID.3", "AB24 XYZ"),
        )
    dialog = FleetCarDialog(None, app_context, car_id)
    qtbot.addWidget(dialog)
    with other_pc.reader() as session:
        car = get_fleet_car(session, car_id)
        version = car.version
    with other_pc.session() as session:
        update_fleet_car(
            session,
            None,
            car_id,
            version,
            FleetDraft(car.vin, car.make, car.model, car.plate or "", odometer_km=5400),
        )
    dialog.colour.setText("Glacier white")
    queued.append("mine")
    dialog._on_save()
    assert dialog.saved_id == car_id
    rows = {row[0]: row[1:] for row in seen[0]}
    assert rows["Odometer km"] == (0, 5400, 0)
    assert rows["Colour"] == ("", "", "Glacier white")
    with app_context.db.reader() as session:
        saved = get_fleet_car(session, car_id)
    assert (saved.odometer_km, saved.colour) == (5400, "Glacier white")


def test_settings_conflict_keeps_their_field_and_saves_mine(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, answers
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from showroom.kernel.settings_store import load_settings, update_settings
    from showroom.storage.models import User
    from ui.pages.settings.page import SettingsPage

    queued, seen = answers
    with app_context.db.session() as session:
        user = session.get(User, app_context.user_id)
        assert user is not None
        user.role = "admin"
    context = replace(app_context, user_role="admin")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    with other_pc.session() as session:
        shown = load_settings(session)
        update_settings(
            session, int(app_context.user_id), {"dealership_name": "Nordic Motors"}, shown
        )
    page.edits["timezone"].setText("Europe/Oslo")
    queued.append("mine")
    page.save_button.click()
    labels = [row[0] for row in seen[0]]
    assert len(labels) == 2 and "Europe/Oslo" in [row[3] for row in seen[0]]
    assert "Nordic Motors" in [row[2] for row in seen[0]]
    with app_context.db.reader() as session:
        saved = load_settings(session)
    assert (saved.dealership_name, saved.timezone) == ("Nordic Motors", "Europe/Oslo")
    assert "Saved" in page.message.text()


def test_stock_car_conflict_applies_mine_on_top_of_theirs(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, answers
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from showroom.vehicles.inventory import get_vehicle, stock_draft_of, update_stock_vehicle
    from tests.services.deal_helpers import make_vehicle
    from ui.dialogs.vehicle_editor import VehicleEditorDialog

    queued, seen = answers
    car = make_vehicle(app_context.db)
    dialog = VehicleEditorDialog(None, app_context, car)
    qtbot.addWidget(dialog)
    with other_pc.reader() as session:
        vehicle = get_vehicle(session, car)
        draft, version = stock_draft_of(vehicle, app_context.settings), vehicle.version
    with other_pc.session() as session:
        update_stock_vehicle(
            session,
            car,
            version,
            replace(draft, list_price="33,990"),
            None,
            app_context.settings,
        )
    dialog.edits["colour"].setText("Snow White Pearl")
    queued.append("mine")
    assert dialog.save() is True
    rows = {row[0]: row[1:] for row in seen[0]}
    assert set(rows) == {"List price", "Colour"}
    with app_context.db.reader() as session:
        saved = get_vehicle(session, car)
    assert (str(saved.list_price), saved.colour) == ("33990.00", "Snow White Pearl")


def test_boutique_conflict_keeps_their_price_and_my_name(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, answers
) -> None:  # type: ignore[no-untyped-def]
    from showroom.vehicles.boutique import list_boutique, update_boutique_item
    from ui.dialogs.boutique import BoutiqueDialog

    queued, seen = answers
    dialog = BoutiqueDialog(None, app_context)
    qtbot.addWidget(dialog)
    dialog.view.selectRow(0)
    editing = dialog.editing
    assert editing is not None
    with other_pc.session() as session:
        update_boutique_item(
            session,
            None,
            editing.id,
            editing.version,
            editing.name,
            "1,234.00",
            editing.active,
            app_context.settings,
        )
    dialog.name.setText("Roof box, 420 litres")
    queued.append("mine")
    assert dialog.save() is True
    rows = {row[0]: row[1:] for row in seen[0]}
    assert set(rows) == {"Name", "Price"}
    with app_context.db.reader() as session:
        saved = next(r for r in list_boutique(session, include_inactive=True) if r.id == editing.id)
    assert (saved.name, str(saved.price)) == ("Roof box, 420 litres", "1234.00")


def test_day_template_section_conflict_applies_mine(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, answers
) -> None:  # type: ignore[no-untyped-def]
    from showroom.showroom_day import service as service
    from ui.dialogs.checklist_template import SectionDialog

    queued, seen = answers
    with app_context.db.reader() as session:
        section = service.load_template(session)[0]
    dialog = SectionDialog(None, app_context, section)
    qtbot.addWidget(dialog)
    with other_pc.session() as session:
        service.update_section(
            session, app_context.user_id, section.id, section.version, section.title, "08:45"
        )
    dialog.title_edit.setText("Opening the showroom")
    queued.append("mine")
    dialog._on_save()
    rows = {row[0]: row[1:] for row in seen[0]}
    assert set(rows) == {"Title", "Done by"}
    with app_context.db.reader() as session:
        saved = next(s for s in service.load_template(session) if s.id == section.id)
    assert (saved.title, saved.due_time.strftime("%H:%M") if saved.due_time else "") == (
        "Opening the showroom",
        "08:45",
    )


def test_delivery_conflict_applies_mine_on_top_of_theirs(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, answers
) -> None:
    from showroom.deliveries.service import DeliveryDraft, delivery_view, reschedule_delivery
    from tests.ui.test_deliveries_ui import a_deal, far_day, fill_and_plan, planner

    queued, seen = answers
    dialog = planner(qtbot, app_context, a_deal(app_context).deal_id)
    fill_and_plan(qtbot, dialog, far_day(app_context), 10, "Bay 2")
    delivery_id = dialog.delivery_id
    assert delivery_id is not None, dialog.general_error.text()
    with other_pc.session() as session:  # the other PC writes the notes meanwhile
        v = delivery_view(session, delivery_id)
        minutes = int((v.ends_at - v.starts_at).total_seconds() // 60)
        theirs = DeliveryDraft(
            v.deal_id, v.starts_at, v.bay, v.consultant_id, minutes, v.manager_id,
            v.service_adviser or "", v.party or "", "Flowers from the florist on Main St",
        )  # fmt: skip
        reschedule_delivery(session, delivery_id, v.version, theirs, None, app_context.settings)
    dialog.party.setText("Mr Okafor alone")  # this PC changes who attends
    queued.append("mine")
    dialog._on_save_button_clicked()
    rows = {row[0]: row[1:] for row in seen[0]}
    assert "Notes" in rows and "Customer's party" in rows
    with app_context.db.reader() as session:
        saved = delivery_view(session, delivery_id)
    assert saved.notes == "Flowers from the florist on Main St"  # theirs kept
    assert saved.party == "Mr Okafor alone"  # mine applied on top


def test_delivery_conflict_reload_shows_theirs(
    qtbot: QtBot, app_context: AppContext, other_pc: Database, answers
) -> None:
    from showroom.deliveries.service import DeliveryDraft, delivery_view, reschedule_delivery
    from tests.ui.test_deliveries_ui import a_deal, far_day, fill_and_plan, planner

    queued, _seen = answers
    dialog = planner(qtbot, app_context, a_deal(app_context).deal_id)
    fill_and_plan(qtbot, dialog, far_day(app_context), 10, "Bay 2")
    delivery_id = dialog.delivery_id
    assert delivery_id is not None
    with other_pc.session() as session:
        v = delivery_view(session, delivery_id)
        minutes = int((v.ends_at - v.starts_at).total_seconds() // 60)
        theirs = DeliveryDraft(
            v.deal_id, v.starts_at, v.bay, v.consultant_id, minutes, v.manager_id,
            v.service_adviser or "", "The whole family", v.notes or "",
        )  # fmt: skip
        reschedule_delivery(session, delivery_id, v.version, theirs, None, app_context.settings)
    dialog.party.setText("Mr Okafor alone")
    queued.append("reload")
    dialog._on_save_button_clicked()
    assert dialog.party.text() == "The whole family"
    with app_context.db.reader() as session:
        assert delivery_view(session, delivery_id).party == "The whole family"
