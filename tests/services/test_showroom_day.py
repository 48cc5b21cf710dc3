"""The daily showroom checklist on SQLite and PostgreSQL: template, generation from the
inventory, ticking, failures and their tasks, sign-off, conflicts, history and compliance."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from showroom.admin.users import create_user
from showroom.core.errors import ConflictError, DomainError, ValidationError
from showroom.core.ids import UserId
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.kernel.tasks import TaskState, complete_task, open_tasks
from showroom.showroom_day import service as sd
from showroom.showroom_day.domain import CheckDraft, DayState, ItemState
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.storage.models import ShowroomDayItem, Task, Vehicle, WalkIn

SETTINGS = ShowroomSettings(timezone="Europe/London")
# Thursday 26 Nov 2026, 08:30 in London (UTC+0 in winter)
NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
DAY = date(2026, 11, 26)


@dataclass
class Floor:
    manager: UserId
    ben: UserId
    li: UserId
    octavia: int
    kodiaq: int
    enyaq: int
    fleet_ok: int
    fleet_broken: int


def _car(session: object, vin: str, **values: object) -> int:
    car = Vehicle(vin=vin, make="Škoda", **values)
    session.add(car)  # type: ignore[attr-defined]
    session.flush()  # type: ignore[attr-defined]
    return car.id


@pytest.fixture
def floor(db: Database) -> Floor:
    with db.session() as session:
        manager = create_user(session, "claire", Role.MANAGER, "Claire Dubois")
        ben = create_user(session, "ben", Role.CONSULTANT, "Ben Carter")
        li = create_user(session, "li", Role.CONSULTANT, "李娜")
        octavia = _car(
            session,
            "TMBJJ7NE8L0000001",
            model="Octavia",
            role="stock",
            status="on_display",
            colour="Moon White",
            floor_position="Window left",
        )
        kodiaq = _car(
            session,
            "TMBJJ7NE8L0000002",
            model="Kodiaq",
            role="stock",
            status="on_display",
            colour="Race Blue",
            floor_position="Centre stage",
        )
        enyaq = _car(session, "TMBJJ7NE8L0000003", model="Enyaq", role="stock", status="in_stock")
        fleet_ok = _car(
            session,
            "TMBJJ7NE8L0000004",
            model="Superb",
            role="fleet",
            status="available",
            plate="AB26 CDE",
        )
        fleet_broken = _car(
            session,
            "TMBJJ7NE8L0000005",
            model="Fabia",
            role="fleet",
            status="out_of_service",
            plate="AB26 XYZ",
        )
    return Floor(manager, ben, li, octavia, kodiaq, enyaq, fleet_ok, fleet_broken)


def lines_of(view: sd.DayView, check_text: str) -> list[sd.ItemView]:
    return [item for item in view.items if item.check_text == check_text]


def start(db: Database, floor: Floor, now: datetime = NOW) -> sd.DayView:
    with db.session() as session:
        return sd.start_day(session, now.date(), floor.ben, SETTINGS, now=now)


def item(db: Database, item_id: int) -> ShowroomDayItem:
    with db.reader() as session:
        found = session.get(ShowroomDayItem, item_id)
        assert found is not None
        return found


def test_the_template_is_seeded_with_timed_sections(db: Database) -> None:
    with db.reader() as session:
        template = sd.load_template(session)
    assert [(s.title, s.due_time) for s in template] == [
        ("Before opening", time(9, 0)),
        ("10:00 round", time(10, 0)),
        ("17:00 round", time(17, 0)),
        ("Closing", time(19, 0)),
    ]
    kinds = {c.text: c.kind.value for c in template[0].checks}
    assert kinds["Cleaned inside and out"] == "each_display_car"
    assert kinds["Clean and fuelled or charged"] == "each_fleet_car"
    assert template[3].checks[0].kind.value == "walk_in_count"


def test_a_day_has_one_line_per_display_car_and_follows_the_inventory(
    db: Database, floor: Floor
) -> None:
    first = start(db, floor)
    cleaned = lines_of(first, "Cleaned inside and out")
    assert [line.subject for line in cleaned] == [
        "Škoda Kodiaq, Race Blue · Centre stage",
        "Škoda Octavia, Moon White · Window left",
    ]
    assert [line.text for line in lines_of(first, "Brochures and price board placed")] == [
        "Brochures and price board placed: Škoda Kodiaq, Race Blue · Centre stage",
        "Brochures and price board placed: Škoda Octavia, Moon White · Window left",
    ]
    assert all(
        line.count_target == 10 for line in lines_of(first, "Brochures and price board placed")
    )
    # The out-of-service fleet car gets no line.
    assert [line.subject for line in lines_of(first, "Clean and fuelled or charged")] == [
        "Škoda Superb · AB26 CDE"
    ]
    assert first.total == 19 - 3 + 2 + 2 + 1
    assert first.items[0].section_title == "Before opening"
    assert first.items[0].due_time == time(9, 0)

    # Overnight the Kodiaq is sold off the floor and the Enyaq takes the EV corner.
    with db.session() as session:
        kodiaq = session.get(Vehicle, floor.kodiaq)
        enyaq = session.get(Vehicle, floor.enyaq)
        assert kodiaq is not None and enyaq is not None
        kodiaq.status, kodiaq.floor_position = "sold", None
        enyaq.status, enyaq.floor_position = "on_display", "EV corner"
    second = start(db, floor, NOW + timedelta(days=1))
    assert [line.subject for line in lines_of(second, "Cleaned inside and out")] == [
        "Škoda Enyaq · EV corner",
        "Škoda Octavia, Moon White · Window left",
    ]
    # Yesterday's checklist is a snapshot: it still lists the Kodiaq.
    with db.reader() as session:
        again = sd.load_day(session, DAY, SETTINGS)
    assert again is not None
    assert [line.subject for line in lines_of(again, "Cleaned inside and out")] == [
        line.subject for line in cleaned
    ]


def test_a_day_is_started_once_and_only_today(db: Database, floor: Floor) -> None:
    first = start(db, floor)
    again = start(db, floor, NOW + timedelta(hours=2))
    assert again.id == first.id
    assert [i.id for i in again.items] == [i.id for i in first.items]
    with db.session() as session, pytest.raises(DomainError, match="Only today's checklist"):
        sd.start_day(session, DAY + timedelta(days=1), floor.ben, SETTINGS, now=NOW)
    with db.reader() as session:
        assert sd.load_day(session, DAY + timedelta(days=1), SETTINGS) is None


def test_template_edits_change_later_days_only(db: Database, floor: Floor) -> None:
    first = start(db, floor)
    with db.session() as session:
        template = sd.load_template(session)
        closing = template[3]
        sd.add_check(session, floor.manager, closing.id, CheckDraft("Coffee machine cleaned"))
        lights = template[0].checks[0]
        sd.update_check(
            session,
            floor.manager,
            lights.id,
            lights.version,
            CheckDraft("Lights on", due_time="8:45"),
        )
    second = start(db, floor, NOW + timedelta(days=1))
    assert second.items[0].check_text == "Lights on"
    assert second.items[0].due_time == time(8, 45)
    assert second.items[-1].check_text == "Coffee machine cleaned"
    assert second.total == first.total + 1
    with db.reader() as session:
        kept = sd.load_day(session, DAY, SETTINGS)
    assert kept is not None and kept.items[0].check_text == "Lights on, climate at 21 °C"


def test_only_managers_edit_the_template_and_bad_input_names_the_field(
    db: Database, floor: Floor
) -> None:
    with db.reader() as session:
        template = sd.load_template(session)
    section = template[1]
    with (
        db.session() as session,
        pytest.raises(DomainError, match=r"\(consultant\) may not edit checklist templates"),
    ):
        sd.add_check(session, floor.ben, section.id, CheckDraft("Balloons at the door"))
    with db.session() as session, pytest.raises(ValidationError) as error:
        sd.add_check(session, floor.manager, section.id, CheckDraft("Tea", due_time="25:00"))
    assert error.value.field == "due time"
    assert "a time of day such as 09:30" in error.value.rule
    with db.session() as session, pytest.raises(ValidationError) as error:
        sd.add_check(session, floor.manager, section.id, CheckDraft("   "))
    assert error.value.field == "check"
    with db.session() as session, pytest.raises(ValidationError) as error:
        sd.add_check(session, floor.manager, section.id, CheckDraft("Tea", count_target=0))
    assert error.value.field == "count"
    with db.reader() as session:
        assert sd.load_template(session) == template
    # A stale version is a conflict, not an overwrite.
    check = section.checks[0]
    with db.session() as session:
        sd.update_check(session, floor.manager, check.id, check.version, CheckDraft("Mine"))
    with db.session() as session, pytest.raises(ConflictError):
        sd.update_check(session, floor.manager, check.id, check.version, CheckDraft("Theirs"))
    with db.reader() as session:
        assert sd.load_template(session)[1].checks[0].text == "Mine"


def test_ticking_records_who_when_and_counts(db: Database, floor: Floor) -> None:
    view = start(db, floor)
    with db.session() as session:
        for minutes in (10, 20, 30):
            session.add(
                WalkIn(
                    time_in=NOW + timedelta(hours=1, minutes=minutes),
                    purpose="browsing",
                    party_size=1,
                )
            )
    lights = view.items[0]
    brochures = lines_of(view, "Brochures and price board placed")
    walk_ins = lines_of(view, "Walk-ins of the day registered")[0]
    at = NOW + timedelta(minutes=5)
    with db.session() as session:
        ticked = sd.tick_item(session, lights.id, lights.version, floor.li, SETTINGS, now=at)
        sd.tick_item(session, brochures[0].id, brochures[0].version, floor.li, SETTINGS, now=at)
        sd.tick_item(
            session, brochures[1].id, brochures[1].version, floor.li, SETTINGS, count=7, now=at
        )
        sd.tick_item(session, walk_ins.id, walk_ins.version, floor.ben, SETTINGS, now=at)
    assert ticked.state == ItemState.DONE
    assert (ticked.done_by, ticked.done_at) == ("李娜", at)
    assert ticked.version == lights.version + 1
    assert [item(db, b.id).counted for b in brochures] == [10, 7]
    assert item(db, walk_ins.id).counted == 3
    with db.session() as session, pytest.raises(ValidationError) as error:
        sd.tick_item(session, view.items[1].id, view.items[1].version, floor.li, SETTINGS, count=3)
    assert error.value.field == "count"
    assert item(db, view.items[1].id).state == "open"
    with db.session() as session, pytest.raises(DomainError, match="ticked already"):
        sd.tick_item(session, lights.id, ticked.version, floor.li, SETTINGS)


def test_a_failed_line_gives_its_owner_a_task_until_it_is_fixed(db: Database, floor: Floor) -> None:
    view = start(db, floor)
    cleaned = lines_of(view, "Cleaned inside and out")[1]
    # A failure without a note is refused and changes nothing.
    with db.session() as session, pytest.raises(ValidationError) as error:
        sd.fail_item(
            session,
            cleaned.id,
            cleaned.version,
            floor.manager,
            SETTINGS,
            note=" ",
            owner_id=floor.ben,
            now=NOW,
        )
    assert error.value.field == "note"
    with db.session() as session, pytest.raises(ValidationError) as error:
        sd.fail_item(
            session,
            cleaned.id,
            cleaned.version,
            floor.manager,
            SETTINGS,
            note="Fingerprints",
            owner_id=None,
            now=NOW,
        )
    assert error.value.field == "owner"
    with db.reader() as session:
        assert session.scalar(select(func.count(Task.id))) == 0
    assert item(db, cleaned.id).state == "open"

    with db.session() as session:
        failed = sd.fail_item(
            session,
            cleaned.id,
            cleaned.version,
            floor.manager,
            SETTINGS,
            note="Fingerprints on the driver's door",
            owner_id=floor.ben,
            now=NOW,
        )
    assert failed.item.state == ItemState.FAILED
    assert failed.item.task_owner == "Ben Carter"
    with db.reader() as session:
        bens = open_tasks(session, DAY, owner_id=floor.ben)
        assert open_tasks(session, DAY, owner_id=floor.li) == []
    assert [(t.id, t.title, t.note, t.due_on) for t in bens] == [
        (
            failed.task_id,
            "Fix: Cleaned inside and out: Škoda Octavia, Moon White · Window left",
            "Fingerprints on the driver's door",
            DAY,
        )
    ]
    # Fixed and ticked: the task closes as done, the failure stays on record.
    with db.session() as session:
        fixed = sd.tick_item(
            session,
            cleaned.id,
            failed.item.version,
            floor.ben,
            SETTINGS,
            now=NOW + timedelta(minutes=20),
        )
    assert fixed.state == ItemState.DONE and fixed.failed_at == NOW
    with db.reader() as session:
        task = session.get(Task, failed.task_id)
        assert task is not None and task.state == "done"
        assert task.result == "Fixed: ticked by Ben Carter at 08:50"
        history = sd.day_history(session, DAY, DAY)
    assert (history[0].done, history[0].failed) == (1, 1)


def test_withdrawing_a_failure_cancels_its_task(db: Database, floor: Floor) -> None:
    view = start(db, floor)
    line = view.items[1]
    with db.session() as session:
        failed = sd.fail_item(
            session,
            line.id,
            line.version,
            floor.manager,
            SETTINGS,
            note="Dusty",
            owner_id=floor.li,
            now=NOW,
        )
        reopened = sd.reopen_item(
            session, line.id, failed.item.version, floor.manager, SETTINGS, now=NOW
        )
    assert reopened.state == ItemState.OPEN
    assert (reopened.failed_at, reopened.note, reopened.done_by) == (None, None, None)
    with db.reader() as session:
        task = session.get(Task, failed.task_id)
        assert task is not None and task.state == TaskState.CANCELLED
        assert open_tasks(session, DAY) == []


def _resolve_all(db: Database, floor: Floor, view: sd.DayView, *, fail_first: bool) -> None:
    with db.session() as session:
        for index, line in enumerate(view.items):
            if line.state != ItemState.OPEN:
                continue
            if fail_first and index == 0:
                sd.fail_item(
                    session,
                    line.id,
                    line.version,
                    floor.manager,
                    SETTINGS,
                    note="Bulb out",
                    owner_id=floor.ben,
                    now=NOW,
                )
            else:
                sd.tick_item(session, line.id, line.version, floor.li, SETTINGS, now=NOW)


def test_sign_off_rules_and_a_signed_off_day_is_read_only(db: Database, floor: Floor) -> None:
    view = start(db, floor)
    with db.session() as session, pytest.raises(DomainError) as error:
        sd.sign_off_day(session, view.id, floor.manager, SETTINGS, now=NOW)
    assert str(error.value).startswith(f"{view.total} checks are neither ticked nor marked failed")
    _resolve_all(db, floor, view, fail_first=True)
    with (
        db.session() as session,
        pytest.raises(DomainError, match=r"\(consultant\) may not sign off the showroom day"),
    ):
        sd.sign_off_day(session, view.id, floor.ben, SETTINGS, now=NOW)
    with db.reader() as session:
        still = sd.load_day(session, DAY, SETTINGS)
    assert still is not None and still.state == DayState.OPEN

    at = NOW + timedelta(hours=10)
    with db.session() as session:
        signed = sd.sign_off_day(session, view.id, floor.manager, SETTINGS, note="Good day", now=at)
    assert (signed.state, signed.signed_off_by, signed.signed_off_at) == (
        DayState.SIGNED_OFF,
        "Claire Dubois",
        at,
    )
    assert (signed.done, signed.failed, signed.open) == (signed.total - 1, 1, 0)

    before = [(i.state, i.version) for i in signed.items]
    done_line, failed_line = signed.items[1], signed.items[0]
    attempts = [
        lambda s: sd.tick_item(s, failed_line.id, failed_line.version, floor.manager, SETTINGS),
        lambda s: sd.fail_item(
            s,
            done_line.id,
            done_line.version,
            floor.manager,
            SETTINGS,
            note="x",
            owner_id=floor.ben,
        ),
        lambda s: sd.reopen_item(s, done_line.id, done_line.version, floor.manager, SETTINGS),
        lambda s: sd.sign_off_day(s, view.id, floor.manager, SETTINGS),
    ]
    for attempt in attempts:
        with db.session() as session, pytest.raises(DomainError, match="signed off"):
            attempt(session)
    with db.reader() as session:
        after = sd.load_day(session, DAY, SETTINGS)
        assert session.scalar(select(func.count(Task.id))) == 1
    assert after is not None and [(i.state, i.version) for i in after.items] == before
    # The task the failure made lives on after sign-off, and its owner can close it.
    with db.reader() as session:
        (task,) = open_tasks(session, DAY, owner_id=floor.ben)
    with db.session() as session, pytest.raises(DomainError, match="owner or a manager"):
        complete_task(session, task.id, task.version, floor.li, "done")
    with db.session() as session:
        complete_task(session, task.id, task.version, floor.ben, "New bulb fitted")
    with db.reader() as session:
        assert open_tasks(session, DAY) == []


@pytest.fixture
def pcs(config: AppConfig, db: Database) -> Iterator[tuple[Database, Database]]:
    second = open_database(config)
    yield db, second
    second.dispose()


def test_two_pcs_ticking_the_same_line_never_overwrite(
    pcs: tuple[Database, Database], floor: Floor
) -> None:
    first, second = pcs
    view = start(first, floor)
    line = view.items[0]
    # Both PCs show the line open (same version); Li ticks on the first, Ben on the second.
    with first.session() as session:
        sd.tick_item(session, line.id, line.version, floor.li, SETTINGS, now=NOW)
    with second.session() as session, pytest.raises(ConflictError) as error:
        sd.fail_item(
            session,
            line.id,
            line.version,
            floor.ben,
            SETTINGS,
            note="Lights off",
            owner_id=floor.ben,
            now=NOW,
        )
    assert str(error.value).startswith("李娜 ticked this check at 08:30 on another PC")
    kept = item(second, line.id)
    assert (kept.state, kept.done_by_id, kept.note) == ("done", floor.li, None)
    with second.reader() as session:
        assert session.scalar(select(func.count(Task.id))) == 0


def test_two_pcs_ticking_at_the_same_moment_one_wins(
    pcs: tuple[Database, Database], floor: Floor
) -> None:
    first, second = pcs
    view = start(first, floor)
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def tick(db: Database, user: UserId, name: str, line: sd.ItemView) -> None:
        barrier.wait()
        try:
            with db.session() as session:
                sd.tick_item(session, line.id, line.version, user, SETTINGS, now=NOW)
            outcomes[name] = "saved"
        except ConflictError:
            outcomes[name] = "conflict"

    for line in view.items[:10]:
        outcomes.clear()
        threads = [
            threading.Thread(target=tick, args=(first, floor.li, "first", line)),
            threading.Thread(target=tick, args=(second, floor.ben, "second", line)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes.values()) == ["conflict", "saved"], outcomes
        winner = floor.li if outcomes["first"] == "saved" else floor.ben
        assert item(first, line.id).done_by_id == winner
        assert item(first, line.id).version == line.version + 1


def test_history_and_monthly_compliance(db: Database, floor: Floor) -> None:
    # Day 1: everything ticked but the Octavia's cleaning; signed off.
    day1 = start(db, floor)
    octavia = "Škoda Octavia, Moon White · Window left"
    with db.session() as session:
        for line in day1.items:
            if line.check_text == "Cleaned inside and out" and line.subject == octavia:
                sd.fail_item(
                    session,
                    line.id,
                    line.version,
                    floor.manager,
                    SETTINGS,
                    note="Dusty",
                    owner_id=floor.ben,
                    now=NOW,
                )
            else:
                sd.tick_item(session, line.id, line.version, floor.li, SETTINGS, now=NOW)
        sd.sign_off_day(session, day1.id, floor.manager, SETTINGS, now=NOW + timedelta(hours=10))
    # Day 2: the Octavia fails again, and the lights; 5 lines left open; not signed off.
    day2_now = NOW + timedelta(days=1)
    day2 = start(db, floor, day2_now)
    with db.session() as session:
        for index, line in enumerate(day2.items):
            if (
                line.check_text == "Cleaned inside and out" and line.subject == octavia
            ) or index == 0:
                sd.fail_item(
                    session,
                    line.id,
                    line.version,
                    floor.manager,
                    SETTINGS,
                    note="Again",
                    owner_id=floor.ben,
                    now=day2_now,
                )
            elif index < day2.total - 5:
                sd.tick_item(session, line.id, line.version, floor.li, SETTINGS, now=day2_now)
    total = day1.total
    with db.reader() as session:
        history = sd.day_history(session, date(2026, 11, 1), date(2026, 11, 30))
        month = sd.monthly_compliance(session, 2026, 11)
        december = sd.monthly_compliance(session, 2026, 12)
    assert [(h.day, h.state, h.total, h.done, h.failed, h.open) for h in history] == [
        (DAY + timedelta(days=1), DayState.OPEN, total, total - 7, 2, 5),
        (DAY, DayState.SIGNED_OFF, total, total - 1, 1, 0),
    ]
    assert history[1].signed_off_by == "Claire Dubois"
    assert history[1].rate == pytest.approx((total - 1) / total)
    assert [d.day for d in month.days] == [DAY, DAY + timedelta(days=1)]
    assert month.rate == pytest.approx((2 * total - 8) / (2 * total))
    assert month.signed_off == 1
    before = month.sections[0]
    assert before.title == "Before opening"
    assert (before.done, before.failed) == (before.total - 3, 3)
    assert [s.failed for s in month.sections[1:]] == [0, 0, 0]
    worst = month.checks[0]
    assert (worst.check_text, worst.failures, worst.lines) == ("Cleaned inside and out", 2, 4)
    assert worst.worst == ((octavia, 2),)
    assert [(c.check_text, c.failures) for c in month.checks[1:]] == [
        ("Lights on, climate at 21 °C", 1)
    ]
    assert december.days == [] and december.rate is None
