"""The sales section of Today: overdue prospects, lost sales to decide, the month's orders
and deliveries against target."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from showroom.dashboard import service as dash
from showroom.kernel.roles import Role
from showroom.sales import service as sales
from showroom.sales.domain import LostDraft
from showroom.sales.targets import set_consultant_target, set_showroom_target
from showroom.storage.database import Database
from tests.factories import NOW, make_customer, make_deal, make_staff

LATER = datetime(2026, 12, 10, 10, 0, tzinfo=UTC)  # 10 December


def _look(user: int, role: Role, now: datetime = LATER) -> dash.Viewer:
    return dash.Viewer(user, role.value, now, ZoneInfo("Europe/London"))  # type: ignore[arg-type]


def test_todays_sales_figures_and_the_overdue_list(db: Database) -> None:
    staff = make_staff(db)
    late, fine, other = (make_customer(db, consultant=c) for c in (
        staff.consultant, staff.consultant, staff.other
    ))  # fmt: skip
    with db.session() as s:
        sales.set_intent_level(s, late, "H", staff.consultant, now=NOW)  # due 29 Nov
        sales.set_intent_level(s, fine, "C", staff.consultant, now=NOW)  # due 12 Dec
        sales.set_intent_level(s, other, "B", staff.other, now=NOW)  # due 4 Dec
        sales.mark_lost(s, fine, LostDraft("price"), staff.consultant, now=NOW)
        set_showroom_target(s, staff.manager, date(2026, 12, 1), 4, 2)
        set_consultant_target(s, staff.manager, date(2026, 12, 1), staff.consultant, 3, 1)
    make_deal(db, staff)  # accepted at NOW: November, so December has none yet
    with db.reader() as s:
        manager = dash.build_dashboard(s, _look(staff.manager, Role.MANAGER))
        ben = dash.build_dashboard(s, _look(staff.consultant, Role.CONSULTANT))
        listed = dash.open_list(
            s, _look(staff.manager, Role.MANAGER), dash.ListRef("sales.overdue")
        )
    numbers = {f.key: (f.value, f.total, f.tone) for f in manager.section("sales").figures}  # type: ignore[union-attr]
    assert numbers == {
        "sales.overdue": (2, None, dash.Tone.ALERT),
        "sales.pending_lost": (1, None, dash.Tone.WARNING),
        "sales.orders": (0, 4, dash.Tone.WARNING),  # forecast 0 of 4: behind
        "sales.deliveries": (0, 2, dash.Tone.WARNING),
    }
    mine = {f.key: (f.value, f.total) for f in ben.section("sales").figures}  # type: ignore[union-attr]
    assert mine == {"sales.overdue": (1, None), "sales.orders": (0, 3), "sales.deliveries": (0, 1)}
    assert [(r.cells[0], r.customer_id) for r in listed.rows] == [
        (date(2026, 11, 29), late),
        (date(2026, 12, 4), other),
    ]
    assert listed.total == 2
