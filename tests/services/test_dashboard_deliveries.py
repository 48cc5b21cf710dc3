"""The deliveries section of the Today dashboard against a known data set."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from showroom.dashboard import service as dash
from showroom.deals.checklist import ChecklistKind
from showroom.deliveries.domain import ItemKind
from showroom.deliveries.service import add_owed, delivery_view, tick_item
from showroom.kernel.roles import Role
from showroom.storage.database import Database
from tests.services.deal_helpers import NOW, SETTINGS, make_staff
from tests.services.test_deliveries import at, finish_checklists, make_sale, plan

ZONE = ZoneInfo(SETTINGS.timezone)
TODAY = date(2026, 11, 27)


def figures(board: dash.Dashboard) -> dict[str, tuple[int, int | None]]:
    section = board.section("deliveries")
    assert section is not None
    return {f.key: (f.value, f.total) for f in section.figures}


def test_deliveries_readiness_and_we_owe(db: Database) -> None:
    staff = make_staff(db)
    with db.reader() as session:
        empty = dash.build_dashboard(session, dash.Viewer(staff.manager, "manager", NOW, ZONE))
    assert empty.section("deliveries") is None  # nothing planned, nothing owed

    ready, blocked, later = (make_sale(db, staff, n) for n in ("Ann Lee", "Bo Chen", "Cy Diaz"))
    kinds = (ChecklistKind.PURCHASE, ChecklistKind.INSURANCE, ChecklistKind.LICENSING)
    finish_checklists(db, ready.deal, staff.consultant, kinds)
    first = plan(db, ready, at(14, day=TODAY), "Bay 1", staff.consultant)
    plan(db, blocked, at(16, day=TODAY), "Bay 2", staff.other)
    plan(db, later, at(11, day=TODAY + timedelta(days=3)), "Bay 1", staff.consultant)
    with db.reader() as session:
        items = [
            i
            for i in delivery_view(session, first).items
            if i.kind in (ItemKind.PDI, ItemKind.CEREMONY)
        ]
    for item in items:
        with db.session() as session:
            tick_item(session, item.id, item.version, True, staff.consultant, now=NOW)
    with db.session() as session:
        add_owed(session, first, "Roof bars", TODAY, staff.consultant, SETTINGS, now=NOW)
        add_owed(session, first, "Floor mats", None, staff.consultant, SETTINGS, now=NOW)

    manager = dash.Viewer(staff.manager, Role.MANAGER.value, NOW, ZONE)
    ben = dash.Viewer(staff.consultant, Role.CONSULTANT.value, NOW, ZONE)
    ana = dash.Viewer(staff.other, Role.CONSULTANT.value, NOW, ZONE)
    with db.reader() as session:
        board = dash.build_dashboard(session, manager)
        assert figures(board) == {
            "deliveries.today": (2, None),
            "deliveries.week": (3, None),
            "deliveries.not_ready": (2, 3),
            "deliveries.owed": (2, None),
        }
        assert figures(dash.build_dashboard(session, ben)) == {
            "deliveries.today": (1, None),
            "deliveries.week": (2, None),
            "deliveries.not_ready": (1, 2),
            "deliveries.owed": (2, None),
        }
        assert figures(dash.build_dashboard(session, ana))["deliveries.owed"] == (0, None)
        # Every figure opens the list behind it, and they agree.
        section = board.section("deliveries")
        assert section is not None
        for figure in section.figures:
            assert figure.opens is not None
            listing = dash.open_list(session, manager, figure.opens)
            assert len(listing.rows) == figure.value, figure.key
        not_ready = dash.open_list(session, manager, section.figures[2].opens)  # type: ignore[arg-type]
        readiness = {row.cells[2]: row.cells[5] for row in not_ready.rows}
        assert str(readiness["Bo Chen"]).startswith("12 checklist items open")
        assert "Ann Lee" not in readiness
        owed = dash.open_list(session, manager, dash.ListRef("deliveries.owed"))
        assert [row.cells[2] for row in owed.rows] == ["Roof bars", "Floor mats"]
        assert not owed.rows[0].alert  # promised for today: not overdue yet


def test_a_consultants_deliveries_today_are_in_their_agenda(db: Database) -> None:
    staff = make_staff(db)
    ready, blocked = (make_sale(db, staff, n) for n in ("Ann Lee", "Bo Chen"))
    kinds = (ChecklistKind.PURCHASE, ChecklistKind.INSURANCE, ChecklistKind.LICENSING)
    finish_checklists(db, ready.deal, staff.consultant, kinds)
    plan(db, ready, at(14, day=TODAY), "Bay 1", staff.consultant)
    plan(db, blocked, at(11, day=TODAY + timedelta(days=1)), "Bay 1", staff.consultant)
    ben = dash.Viewer(staff.consultant, Role.CONSULTANT.value, NOW, ZONE)
    ana = dash.Viewer(staff.other, Role.CONSULTANT.value, NOW, ZONE)
    with db.reader() as session:
        board = dash.build_dashboard(session, ben)
        agenda = dash.open_list(session, ben, dash.ListRef("appointments.mine"))
        other = dash.build_dashboard(session, ana)
    section = board.section("appointments")
    assert section is not None
    mine = {f.key: f.value for f in section.figures}
    assert mine["appointments.deliveries"] == 1  # tomorrow's is not today's
    deliveries = [r for r in agenda.rows if r.cells[1] == "Delivery"]
    assert [r.cells[2] for r in deliveries] == ["Ann Lee"]
    other_section = other.section("appointments")
    assert other_section is not None
    assert {f.key: f.value for f in other_section.figures}["appointments.deliveries"] == 0
