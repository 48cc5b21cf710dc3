"""Intent levels, follow-up intervals, overdue prospects and lost sales (showroom.sales)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from showroom.core.errors import DomainError, ValidationError
from showroom.core.errors import Forbidden as PermissionDenied
from showroom.customers.follow_ups import due_follow_ups, open_follow_ups
from showroom.customers.timeline import timeline
from showroom.kernel.settings_store import load_settings
from showroom.sales import service as sales
from showroom.sales.domain import IntentLevel, LostDraft, LostState
from showroom.storage.database import Database
from showroom.storage.models import Customer, LostSale
from tests.factories import NOW, SETTINGS, Staff, make_customer, make_staff


def _day(d: int, month: int = 12) -> datetime:
    return datetime(2026, month, d, 10, 0, tzinfo=UTC)


def _level(db: Database, customer: int) -> str:
    with db.reader() as s:
        return s.get(Customer, customer).intent_level  # type: ignore[union-attr]


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


def test_a_new_customer_is_n_and_each_change_is_on_the_timeline(db: Database, staff: Staff) -> None:
    customer = make_customer(db, consultant=staff.consultant)
    assert _level(db, customer) == "N"
    with db.session() as s:
        assert sales.set_intent_level(s, customer, "h", staff.consultant, now=NOW) is IntentLevel.H
        sales.set_intent_level(s, customer, "H", staff.consultant, now=NOW)  # no change
        sales.set_intent_level(s, customer, "B", staff.consultant, now=NOW)
    assert _level(db, customer) == "B"
    with db.reader() as s:
        entries = [e.summary for e in timeline(s, customer) if e.kind == "intent"]
    assert sorted(entries) == ["Intent level H → B", "Intent level N → H"]


def test_bad_levels_and_other_consultants_are_refused(db: Database, staff: Staff) -> None:
    customer = make_customer(db, consultant=staff.consultant)
    for level, error in (("X", ValidationError), ("F", ValidationError)):
        with pytest.raises(error, match="intent level"), db.session() as s:
            sales.set_intent_level(s, customer, level, staff.consultant, now=NOW)
    with pytest.raises(PermissionDenied), db.session() as s:
        sales.set_intent_level(s, customer, "H", staff.other, now=NOW)
    assert _level(db, customer) == "N"


def _next_due(db: Database, customer: int) -> list[date]:
    with db.reader() as s:
        return [t.due_on for t in open_follow_ups(s, customer) if t.origin == "contact"]


@pytest.mark.parametrize(
    ("level", "due"),
    [("H", date(2026, 12, 3)), ("A", date(2026, 12, 5)), ("B", date(2026, 12, 8)),
     ("C", date(2026, 12, 16)), ("O", date(2026, 12, 4)), ("N", None)],
)  # fmt: skip
def test_logging_a_contact_schedules_the_next_follow_up_from_the_level(
    db: Database, staff: Staff, level: str, due: date | None
) -> None:
    customer = make_customer(db, consultant=staff.consultant)
    with db.session() as s:
        logged = sales.log_contact(
            s, customer, "call", "reached", "", None, staff.consultant, SETTINGS,
            level=level, now=_day(1),
        )  # fmt: skip
    assert _next_due(db, customer) == ([due] if due else [])
    assert (logged.next_follow_up_id is not None) is (due is not None)


def test_an_explicit_next_follow_up_wins_over_the_level(db: Database, staff: Staff) -> None:
    customer = make_customer(db, consultant=staff.consultant)
    with db.session() as s:
        sales.log_contact(
            s, customer, "call", "reached", "", date(2026, 12, 20), staff.consultant,
            SETTINGS, level="H", now=_day(1),
        )  # fmt: skip
    assert _next_due(db, customer) == [date(2026, 12, 20)]


def test_a_manager_edits_the_intervals_within_1_to_90_days(db: Database, staff: Staff) -> None:
    with db.session() as s:
        after = sales.set_intervals(s, staff.manager, {IntentLevel.H: "3", IntentLevel.C: 90})
    assert after[IntentLevel.H] == 3 and after[IntentLevel.C] == 90 and after[IntentLevel.A] == 4
    for days in ("0", "91", "two", "-1"):
        with pytest.raises(ValidationError, match="follow-up interval"), db.session() as s:
            sales.set_intervals(s, staff.manager, {IntentLevel.A: "9", IntentLevel.H: days})
    with pytest.raises(ValidationError, match="intent level"), db.session() as s:
        sales.set_intervals(s, staff.manager, {IntentLevel.N: "5"})
    with pytest.raises(PermissionDenied), db.session() as s:
        sales.set_intervals(s, staff.consultant, {IntentLevel.H: "5"})
    with db.reader() as s:
        settings = load_settings(s)
    assert sales.intervals(settings)[IntentLevel.H] == 3  # the refused saves changed nothing
    assert sales.intervals(settings)[IntentLevel.A] == 4
    customer = make_customer(db, consultant=staff.consultant)
    with db.session() as s:
        sales.log_contact(
            s, customer, "call", "reached", "", None, staff.consultant, settings,
            level="H", now=_day(1),
        )  # fmt: skip
    assert _next_due(db, customer) == [date(2026, 12, 4)]


def _graded(db: Database, staff: Staff, level: str, contact: datetime | None) -> int:
    customer = make_customer(db, consultant=staff.consultant)
    with db.session() as s:
        sales.set_intent_level(s, customer, level, staff.consultant, now=NOW)
        if contact is not None:
            sales.log_contact(
                s, customer, "call", "reached", "", None, staff.consultant, SETTINGS, now=contact
            )
    return customer


def test_only_graded_prospects_past_their_interval_are_overdue(db: Database, staff: Staff) -> None:
    # Today is 10 December; created on 27 November (NOW).
    late_h = _graded(db, staff, "H", _day(7))  # due 9 December: overdue
    due_h = _graded(db, staff, "H", _day(8))  # due 10 December: due, not overdue
    _graded(db, staff, "C", None)  # created 27 November + 15 = 12 December
    late_b = _graded(db, staff, "B", None)  # created 27 November + 7 = 4 December: overdue
    _graded(db, staff, "O", _day(1))  # ordered: never counted as overdue
    make_customer(db, consultant=staff.consultant)  # N: never
    with db.reader() as s:
        rows = sales.overdue_prospects(s, staff.manager, date(2026, 12, 10), SETTINGS)
        mine = sales.overdue_prospects(s, staff.other, date(2026, 12, 10), SETTINGS)
    assert [(r.customer_id, r.level, r.due_on) for r in rows] == [
        (late_b, IntentLevel.B, date(2026, 12, 4)),
        (late_h, IntentLevel.H, date(2026, 12, 9)),
    ]
    assert due_h not in [r.customer_id for r in rows]
    assert mine == []  # another consultant does not see Ben's prospects


def _pending(db: Database) -> list[sales.LostSaleRow]:
    with db.reader() as s:
        return sales.lost_sales(s, None, LostState.PENDING)


def test_a_consultants_lost_sale_waits_for_the_manager(db: Database, staff: Staff) -> None:
    customer = _graded(db, staff, "B", None)
    with db.session() as s:
        sales.log_contact(
            s, customer, "call", "no_answer", "", date(2026, 12, 1), staff.consultant,
            SETTINGS, now=NOW,
        )  # fmt: skip
    with pytest.raises(ValidationError, match="competitor brand"), db.session() as s:
        sales.mark_lost(s, customer, LostDraft("competitor"), staff.consultant, now=NOW)
    with pytest.raises(ValidationError, match="note"), db.session() as s:
        sales.mark_lost(s, customer, LostDraft("other"), staff.consultant, now=NOW)
    with pytest.raises(ValidationError, match="reason"), db.session() as s:
        sales.mark_lost(s, customer, LostDraft("bored"), staff.consultant, now=NOW)
    assert _pending(db) == []
    with db.session() as s:
        row = sales.mark_lost(s, customer, LostDraft("price"), staff.consultant, now=NOW)
    assert row.state is LostState.PENDING and _level(db, customer) == "B"
    with pytest.raises(DomainError, match="waits"), db.session() as s:
        sales.set_intent_level(s, customer, "H", staff.consultant, now=NOW)
    with pytest.raises(DomainError, match="already waits"), db.session() as s:
        sales.mark_lost(s, customer, LostDraft("price"), staff.consultant, now=NOW)
    with pytest.raises(PermissionDenied), db.session() as s:
        sales.approve_lost(s, row.id, row.version, staff.consultant, now=NOW)
    with pytest.raises(ValidationError, match="note"), db.session() as s:
        sales.return_lost(s, row.id, row.version, staff.manager, "  ", now=NOW)
    with db.session() as s:
        back = sales.return_lost(s, row.id, row.version, staff.manager, "Call once more", now=NOW)
    assert back.state is LostState.RETURNED and back.decision_note == "Call once more"
    assert _level(db, customer) == "B"

    draft = LostDraft("competitor", "Toyota", "RAV4")
    with db.session() as s:
        again = sales.mark_lost(s, customer, draft, staff.consultant, now=NOW)
    with db.reader() as s:
        assert [f.customer_id for f in due_follow_ups(s, date(2026, 12, 1))] == [customer]
    with db.session() as s:
        done = sales.approve_lost(s, again.id, again.version, staff.manager, now=NOW)
    assert done.state is LostState.APPROVED and done.competitor == "Toyota RAV4"
    assert _level(db, customer) == "F"
    with db.reader() as s:
        assert due_follow_ups(s, date(2026, 12, 30)) == []  # left the follow-up lists
        assert sales.overdue_prospects(s, None, date(2027, 6, 1), SETTINGS) == []
    with pytest.raises(DomainError, match="reactivate"), db.session() as s:
        sales.set_intent_level(s, customer, "H", staff.consultant, now=NOW)


def test_a_managers_lost_sale_is_approved_and_can_be_reactivated(
    db: Database, staff: Staff
) -> None:
    customer = _graded(db, staff, "A", None)
    with db.session() as s:
        row = sales.mark_lost(s, customer, LostDraft("moved_away"), staff.manager, now=NOW)
    assert row.state is LostState.APPROVED and _level(db, customer) == "F"
    with db.session() as s:
        assert sales.reactivate(s, customer, staff.consultant, SETTINGS, now=NOW) is IntentLevel.A
    assert _level(db, customer) == "A"
    with db.reader() as s:
        assert [t.due_on for t in open_follow_ups(s, customer)] == [date(2026, 11, 28)]
        assert s.scalar(select(func.count()).select_from(LostSale)) == 1
        assert sales.lost_sales(s, None)[0].state is LostState.REACTIVATED
    with pytest.raises(DomainError, match="not lost"), db.session() as s:
        sales.reactivate(s, customer, staff.consultant, SETTINGS, now=NOW)


def test_a_consultant_may_not_mark_another_consultants_prospect_lost(
    db: Database, staff: Staff
) -> None:
    customer = _graded(db, staff, "A", None)
    with pytest.raises(PermissionDenied), db.session() as s:
        sales.mark_lost(s, customer, LostDraft("price"), staff.other, now=NOW)
    assert _pending(db) == []
