"""Monthly targets, progress, forecast and the funnel over a small known history.

November 2026 (30 days) seen on Friday 27 November (NOW): 27 days gone. Every figure below
is worked out by hand in the comments from the records the test builds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pytest

from showroom.core.errors import Forbidden as PermissionDenied
from showroom.core.errors import ValidationError
from showroom.customers.walk_ins import WalkInDraft, register_walk_in
from showroom.sales import domain
from showroom.sales.targets import (
    funnel,
    month_progress,
    set_consultant_target,
    set_showroom_target,
    split_evenly,
)
from showroom.storage.database import Database
from showroom.storage.models import ConsultantTarget, Deal, Delivery, TestDrive
from tests.factories import (
    NOW,
    SETTINGS,
    Staff,
    at,
    book_drive,
    make_customer,
    make_deal,
    make_delivery,
    make_fleet_car,
    make_staff,
)

NOVEMBER = date(2026, 11, 1)
TODAY = NOW.date()  # 27 November
# London is on GMT in November: local midnight is UTC midnight.
OCT_31_LATE = datetime(2026, 10, 31, 23, 30, tzinfo=UTC)
DEC_1 = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)


@dataclass(frozen=True)
class History:
    staff: Staff
    ben_customer: int  # visited twice, drove twice
    ana_customer: int


def _move(db: Database, model: type[Deal] | type[Delivery], row: int, **values: object) -> None:
    with db.session() as s:
        record = s.get(model, row)
        assert record is not None
        for key, value in values.items():
            setattr(record, key, value)


def _walk_in(db: Database, consultant: int, customer: int | None, when: datetime) -> None:
    with db.session() as s:
        draft = WalkInDraft("browsing", 1, consultant, customer, "" if customer else "Couple")
        register_walk_in(s, draft, None, SETTINGS, now=when)


def _drive(db: Database, customer: int, car: int, consultant: int, hour: int, status: str) -> None:
    drive = book_drive(db, customer, car, consultant, at(hour))  # type: ignore[arg-type]
    with db.session() as s:
        record = s.get(TestDrive, drive)
        assert record is not None
        record.status = status


@pytest.fixture
def history(db: Database) -> History:
    staff = make_staff(db)  # Ben Carter, Ana López (consultants), Mia Wong (manager)
    ana = replace(staff, consultant=staff.other)
    # Orders. Ben: 3 accepted in November + 1 cancelled + 1 on 31 October -> 3.
    ben_deals = [make_deal(db, staff) for _ in range(5)]
    _move(db, Deal, ben_deals[3], status="cancelled")
    _move(db, Deal, ben_deals[4], opened_at=OCT_31_LATE)
    # Ana: 1 in November + 1 at midnight starting December -> 1.
    ana_deals = [make_deal(db, ana, make_customer(db, consultant=ana.consultant)) for _ in "ab"]
    _move(db, Deal, ana_deals[1], opened_at=DEC_1)
    # Deliveries. Ben: one completed on 20 November, one planned -> 1.
    done = make_delivery(db, ben_deals[0], consultant=staff.consultant)
    _move(
        db, Delivery, done, status="completed", completed_at=datetime(2026, 11, 20, 12, tzinfo=UTC)
    )
    make_delivery(db, ben_deals[1], at(17), consultant=staff.consultant)
    # Ana: one completed on 30 October -> 0 in November.
    old = make_delivery(db, ana_deals[0], at(12), bay="Bay 2", consultant=ana.consultant)
    _move(
        db, Delivery, old, status="completed", completed_at=datetime(2026, 10, 30, 12, tzinfo=UTC)
    )
    # Walk-ins. Ben: his customer twice, one party that left no details; and one in October.
    # Ana: her customer once.
    ben_customer = make_customer(db, "Chloe Price", staff.consultant)
    ana_customer = make_customer(db, "Dong Wei", ana.consultant)
    _walk_in(db, staff.consultant, ben_customer, datetime(2026, 11, 3, 10, tzinfo=UTC))
    _walk_in(db, staff.consultant, ben_customer, datetime(2026, 11, 10, 10, tzinfo=UTC))
    _walk_in(db, staff.consultant, None, datetime(2026, 11, 12, 10, tzinfo=UTC))
    _walk_in(db, staff.consultant, None, OCT_31_LATE)
    _walk_in(db, ana.consultant, ana_customer, datetime(2026, 11, 5, 10, tzinfo=UTC))
    # Test drives (28 November). Ben's customer drove twice (counted once); another of
    # Ben's customers only booked. Ana's customer drove once.
    car = make_fleet_car(db)
    _drive(db, ben_customer, car, staff.consultant, 9, "returned")
    _drive(db, ben_customer, car, staff.consultant, 11, "out")
    _drive(db, make_customer(db, consultant=staff.consultant), car, staff.consultant, 13, "booked")
    _drive(db, ana_customer, car, ana.consultant, 15, "returned")
    return History(staff, ben_customer, ana_customer)


def _targets(db: Database, staff: Staff) -> None:
    with db.session() as s:
        set_showroom_target(s, staff.manager, NOVEMBER, 10, 6)
        split_evenly(s, staff.manager, date(2026, 11, 17))
        split = {t.consultant_id: (t.orders, t.deliveries) for t in s.query(ConsultantTarget)}
        # 10 and 6 between two: 5/5 and 3/3.
        assert split == {staff.consultant: (5, 3), staff.other: (5, 3)}
        set_consultant_target(s, staff.manager, NOVEMBER, staff.consultant, 6, 3)
        set_consultant_target(s, staff.manager, NOVEMBER, staff.other, "1", "0")


def test_progress_and_forecast_per_consultant(db: Database, history: History) -> None:
    staff = history.staff
    _targets(db, staff)
    with db.reader() as s:
        rows = month_progress(s, staff.manager, NOVEMBER, TODAY, SETTINGS)
    by_name = {r.name: r for r in rows}
    assert [r.name for r in rows] == ["Showroom", "Ana López", "Ben Carter"]
    total, ana, ben = by_name["Showroom"], by_name["Ana López"], by_name["Ben Carter"]
    # Showroom orders: 4 of 10 = 40 %; at this pace 4 × 30 / 27 = 4.44 -> 4; behind.
    assert (total.orders.target, total.orders.done, total.orders.percent) == (10, 4, 40)
    assert total.orders.forecast == 4 and total.orders.behind
    # Showroom deliveries: 1 of 6 = 16.7 % -> 17; 1 × 30 / 27 = 1.11 -> 1; behind.
    assert (total.deliveries.done, total.deliveries.percent, total.deliveries.forecast) == (
        1,
        17,
        1,
    )
    # Ben orders: 3 of 6 = 50 %; 3 × 30 / 27 = 3.33 -> 3; behind.
    assert (ben.orders.target, ben.orders.done, ben.orders.percent, ben.orders.forecast) == (
        6, 3, 50, 3,
    )  # fmt: skip
    # Ben deliveries: 1 of 3 = 33 %, forecast 1: behind.
    assert (ben.deliveries.done, ben.deliveries.percent, ben.deliveries.forecast) == (1, 33, 1)
    assert ben.behind
    # Ana orders: 1 of 1 = 100 %, forecast 1.11 -> 1: on target. Deliveries: no target.
    assert (ana.orders.done, ana.orders.percent, ana.orders.forecast) == (1, 100, 1)
    assert (ana.deliveries.target, ana.deliveries.done, ana.deliveries.percent) == (0, 0, None)
    assert not ana.behind


def test_a_consultant_sees_their_row_and_the_totals(db: Database, history: History) -> None:
    staff = history.staff
    _targets(db, staff)
    with db.reader() as s:
        rows = month_progress(s, staff.other, NOVEMBER, TODAY, SETTINGS)
    assert [r.name for r in rows] == ["Showroom", "Ana López"]
    assert rows[0].orders.done == 4


def test_past_and_future_months(db: Database, history: History) -> None:
    staff = history.staff
    with db.reader() as s:
        october = month_progress(s, staff.manager, date(2026, 10, 1), TODAY, SETTINGS)
        december = month_progress(s, staff.manager, date(2026, 12, 1), TODAY, SETTINGS)
    # October: Ben's deal of the 31st and Ana's delivery of the 30th; the forecast of a
    # past month is what was done.
    assert (october[0].orders.done, october[0].orders.forecast) == (1, 1)
    assert (october[0].deliveries.done, october[0].deliveries.forecast) == (1, 1)
    assert october[0].orders.target == 0 and not october[0].behind
    # December has not started: Ana's deal of 1 December is done, the forecast 0.
    assert (december[0].orders.done, december[0].orders.forecast) == (1, 0)


def test_only_a_manager_sets_targets_and_bad_numbers_are_refused(
    db: Database, history: History
) -> None:
    staff = history.staff
    with pytest.raises(PermissionDenied), db.session() as s:
        set_showroom_target(s, staff.consultant, NOVEMBER, 10, 6)
    with pytest.raises(ValidationError, match="orders target"), db.session() as s:
        set_showroom_target(s, staff.manager, NOVEMBER, "-3", 6)
    with pytest.raises(ValidationError, match="consultant"), db.session() as s:
        set_consultant_target(s, staff.manager, NOVEMBER, staff.manager, 1, 1)
    with pytest.raises(ValidationError, match="target"), db.session() as s:
        split_evenly(s, staff.manager, NOVEMBER)  # no showroom target yet
    with db.reader() as s:
        assert month_progress(s, staff.manager, NOVEMBER, TODAY, SETTINGS)[0].orders.target == 0


def test_the_funnel_of_the_showroom_and_of_a_consultant(db: Database, history: History) -> None:
    staff = history.staff
    with db.reader() as s:
        shop = funnel(s, staff.manager, NOVEMBER, date(2026, 12, 1), SETTINGS)
        ben = funnel(s, staff.consultant, NOVEMBER, date(2026, 12, 1), SETTINGS, staff.consultant)
    # Showroom: 4 walk-ins in November; 2 registered (Chloe, Dong) = 50 %; 2 customers drove
    # = 100 % of registered; 4 orders = 200 % of registered; 1 delivery = 25 % of orders.
    assert [st.count for st in shop.stages] == [4, 2, 2, 4, 1]
    assert [st.rate for st in shop.stages] == [None, 0.5, 1.0, 2.0, 0.25]
    # Ben: 3 walk-ins, 1 registered (33 %), 1 drove (100 %), 3 orders, 1 delivery (1/3).
    assert [st.count for st in ben.stages] == [3, 1, 1, 3, 1]
    assert ben.rate("registered") == pytest.approx(1 / 3)
    assert ben.rate("deliveries") == pytest.approx(1 / 3)
    with pytest.raises(PermissionDenied), db.reader() as s:
        funnel(s, staff.consultant, NOVEMBER, date(2026, 12, 1), SETTINGS, staff.other)
    with pytest.raises(ValidationError, match="period"), db.reader() as s:
        funnel(s, None, NOVEMBER, NOVEMBER, SETTINGS)


def test_the_rules_by_hand() -> None:
    assert domain.even_split(10, 3) == [4, 3, 3] and domain.even_split(0, 2) == [0, 0]
    assert domain.forecast(38, date(2026, 11, 1), date(2026, 11, 25)) == 46  # 45.6
    assert domain.forecast(5, date(2026, 2, 1), date(2026, 2, 14)) == 10  # 28 days
    assert domain.percent(1, 3) == 33 and domain.percent(2, 3) == 67
