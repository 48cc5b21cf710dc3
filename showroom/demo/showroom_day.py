"""Demo data for the manager's day: about 90 days of daily checklists and today's, begun.

Past days (Mondays to Saturdays) are written with Core inserts: most are signed off by the
manager in the evening, a few were forgotten with lines left open; some lines failed, each
with a task for a consultant (closed, except for the last few days'). One display car and
the afternoon brochure round fail more often than the rest, so the compliance view has a
story to tell. Today's checklist is generated and partly ticked through the services.

It also adds the follow-ups that were done over the last weeks (the demo's own follow-ups
are all still open), so the Today page's "done vs due" chart has a history.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from showroom.core.ids import UserId
from showroom.kernel.roles import Role
from showroom.kernel.settings_store import load_settings
from showroom.kernel.tasks import TaskState
from showroom.showroom_day import service as day_service
from showroom.showroom_day.domain import CheckKind, DayState, ItemState
from showroom.storage.models import (
    Customer,
    FollowUp,
    ShowroomDay,
    ShowroomDayItem,
    Task,
    User,
    WalkIn,
)

HISTORY_DAYS = 90
FOLLOW_UP_HISTORY_DAYS = 21
FAILURE_NOTES = {
    "each_display_car": [
        "Fingerprints on the driver's door",
        "Dust on the dashboard",
        "Floor mats missing",
        "Tyre shine not applied",
        "Price board shows last month's offer",
    ],
    "each_fleet_car": [
        "Fuel below a quarter",
        "Battery at 35 %, not plugged in",
        "Child seat left in the back",
        "Wash needed after yesterday's rain",
    ],
    "single": [
        "Two spotlights out above the stage",
        "Coffee machine empty",
        "Brochure stand half empty",
        "Screen in the lounge frozen",
        "Entrance mat dirty",
    ],
}


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _next_id(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.max(model.id))) or 0) + 1


def _at(day: date, clock: time, zone: ZoneInfo, minutes: int) -> datetime:
    local = datetime.combine(day, clock, tzinfo=zone) + timedelta(minutes=minutes)
    return local.astimezone(UTC)


def _walk_ins_per_day(session: Session, first: date, zone: ZoneInfo) -> Counter[date]:
    start = datetime.combine(first, time.min, tzinfo=zone)
    counts: Counter[date] = Counter()
    for (moment,) in session.execute(select(WalkIn.time_in).where(WalkIn.time_in >= start)):
        counts[moment.astimezone(zone).date()] += 1
    return counts


def add_showroom_day_demo(session: Session, seed: int, now: datetime) -> int:
    """Add the checklist history and today's checklist; returns the days added."""
    rng = random.Random(f"showroom-day-{seed}")
    settings = load_settings(session)
    zone = ZoneInfo(settings.timezone)
    today = now.astimezone(zone).date()
    staff = session.execute(select(User.id, User.role)).all()
    managers = [uid for uid, role in staff if role in (Role.MANAGER, Role.ADMIN)]
    consultants = [uid for uid, role in staff if role == Role.CONSULTANT] or managers
    if not managers or not consultants:
        return 0
    manager = managers[0]
    plan = day_service.plan_day(session)
    if not plan:
        return 0
    _add_follow_up_history(session, rng, now, today, consultants)

    existing = set(session.scalars(select(ShowroomDay.day)))
    first = today - timedelta(days=HISTORY_DAYS)
    walk_ins = _walk_ins_per_day(session, first, zone)
    # One display car is parked where the sun and the fingerprints hit it.
    car_lines = [p for p in plan if p.kind == CheckKind.EACH_DISPLAY_CAR and p.vehicle_id]
    troubled_car = car_lines[0].vehicle_id if car_lines else None

    day_rows: list[dict[str, Any]] = []
    item_rows: list[dict[str, Any]] = []
    task_rows: list[dict[str, Any]] = []
    day_id = _next_id(session, ShowroomDay)
    item_id = _next_id(session, ShowroomDayItem)
    task_id = _next_id(session, Task)
    added = 0
    for offset in range(HISTORY_DAYS, 0, -1):
        day = today - timedelta(days=offset)
        if day.weekday() == 6 or day in existing:  # closed on Sundays
            continue
        added += 1
        forgotten = rng.random() < 0.06
        sloppy = rng.random() < 0.15  # a hectic day: more failures
        created = _at(day, time(8, 5), zone, rng.randrange(0, 20))
        day_rows.append(
            {
                "id": day_id,
                "day": day,
                "state": DayState.OPEN.value if forgotten else DayState.SIGNED_OFF.value,
                "created_at": created,
                "created_by_id": rng.choice([manager, *consultants]),
                "signed_off_at": None
                if forgotten
                else _at(day, time(19, 5), zone, rng.randrange(0, 40)),
                "signed_off_by_id": None if forgotten else manager,
                "sign_off_note": None
                if forgotten or rng.random() < 0.8
                else rng.choice(["Busy day on the floor", "Short-staffed, all done", "Quiet day"]),
                "version": 1,
            }
        )
        lines = [
            p
            for p in plan
            # A car is away for a photo shoot or a delivery now and then.
            if not (p.vehicle_id and p.kind == CheckKind.EACH_DISPLAY_CAR and rng.random() < 0.03)
        ]
        for position, line in enumerate(lines, start=1):
            due = line.due_time or time(12)
            failure_odds = 0.02 + (0.04 if sloppy else 0)
            if line.vehicle_id == troubled_car and line.check_text.startswith("Cleaned"):
                failure_odds = 0.25
            if line.section_title == "17:00 round" and "Brochure" in line.check_text:
                failure_odds = 0.15
            roll = rng.random()
            state = ItemState.DONE
            if roll < failure_odds:
                state = ItemState.FAILED
            elif forgotten and line.section_title in ("17:00 round", "Closing"):
                state = ItemState.OPEN if rng.random() < 0.7 else ItemState.DONE
            minutes = rng.randrange(-45, -2) if due <= time(9) else rng.randrange(0, 25)
            done_at = _at(day, due, zone, minutes)
            counted: int | None = None
            if state == ItemState.DONE and line.count_target:
                counted = line.count_target if rng.random() < 0.9 else line.count_target - 2
            if state == ItemState.DONE and line.kind == CheckKind.WALK_IN_COUNT:
                counted = walk_ins.get(day, 0)
            note = None
            if state == ItemState.FAILED:
                note = rng.choice(FAILURE_NOTES.get(line.kind.value, FAILURE_NOTES["single"]))
                owner = rng.choice(consultants)
                closed = offset > 3 or rng.random() < 0.3
                task_rows.append(
                    {
                        "id": task_id,
                        "title": f"Fix: {line.text}"[:300],
                        "note": note,
                        "owner_id": owner,
                        "due_on": day,
                        "origin": "showroom_day",
                        "day_item_id": item_id,
                        "state": TaskState.DONE.value if closed else TaskState.OPEN.value,
                        "created_at": done_at,
                        "created_by_id": manager,
                        "closed_at": done_at + timedelta(minutes=rng.randrange(20, 240))
                        if closed
                        else None,
                        "closed_by_id": owner if closed else None,
                        "result": "Fixed" if closed else None,
                        "version": 1,
                    }
                )
                task_id += 1
            item_rows.append(
                {
                    "id": item_id,
                    "day_id": day_id,
                    "position": position,
                    "check_id": line.check_id,
                    "section_title": line.section_title,
                    "section_position": line.section_position,
                    "due_time": line.due_time,
                    "kind": line.kind.value,
                    "check_text": line.check_text,
                    "subject": line.subject,
                    "vehicle_id": line.vehicle_id,
                    "count_target": line.count_target,
                    "counted": counted,
                    "state": state.value,
                    "done_at": None if state == ItemState.OPEN else done_at,
                    "done_by_id": None
                    if state == ItemState.OPEN
                    else (manager if state == ItemState.FAILED else rng.choice(consultants)),
                    "note": note,
                    "failed_at": done_at if state == ItemState.FAILED else None,
                    "version": 1,
                }
            )
            item_id += 1
        day_id += 1

    conn = session.connection()
    for model, rows in ((ShowroomDay, day_rows), (ShowroomDayItem, item_rows), (Task, task_rows)):
        if rows:
            conn.execute(insert(_table(model)), rows)
    if conn.dialect.name == "postgresql":
        for table in ("showroom_days", "showroom_day_items", "tasks"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {table}))"
                )
            )
    if today not in existing:
        _begin_today(session, rng, now, today, zone, manager, consultants)
        added += 1
    return added


def _begin_today(
    session: Session,
    rng: random.Random,
    now: datetime,
    today: date,
    zone: ZoneInfo,
    manager: int,
    consultants: list[int],
) -> None:
    """Today's checklist as the floor has it at ``now``: the morning mostly ticked (one car
    failed, its task open), the rounds whose time has come ticked, closing still open."""
    settings = load_settings(session)
    view = day_service.start_day(session, today, UserId(manager), settings, now=now)
    local_now = now.astimezone(zone)
    failed_one = False
    for line in view.items:
        due = line.due_time or time(12)
        if line.section_title == "Closing":
            continue
        if due > time(9) and local_now.time() < due:
            continue
        if due <= time(9) and rng.random() < 0.12:
            continue  # still being done
        if line.section_title == "17:00 round" and rng.random() < 0.5:
            continue
        planned = datetime.combine(today, due, tzinfo=zone) + timedelta(
            minutes=rng.randrange(-40, -3) if due <= time(9) else rng.randrange(0, 20)
        )
        at = min(planned, local_now - timedelta(minutes=1)).astimezone(UTC)
        at = max(at, datetime.combine(today, time.min, tzinfo=zone).astimezone(UTC))
        if line.kind == CheckKind.EACH_DISPLAY_CAR and not failed_one:
            failed_one = True
            day_service.fail_item(
                session,
                line.id,
                line.version,
                UserId(manager),
                settings,
                note=FAILURE_NOTES["each_display_car"][0],
                owner_id=rng.choice(consultants),
                now=at,
            )
            continue
        day_service.tick_item(
            session, line.id, line.version, UserId(rng.choice(consultants)), settings, now=at
        )


def _add_follow_up_history(
    session: Session, rng: random.Random, now: datetime, today: date, consultants: list[int]
) -> None:
    """Follow-ups due over the last weeks that were done, most on their day."""
    customer_ids = list(
        session.scalars(select(Customer.id).order_by(Customer.id.desc()).limit(5_000))
    )
    if not customer_ids:
        return
    zone = ZoneInfo(load_settings(session).timezone)
    open_per_day = session.scalar(
        select(func.count(FollowUp.id)).where(
            FollowUp.done_at.is_(None), FollowUp.due_on >= today - timedelta(days=10)
        )
    )
    per_day = max(2, int((open_per_day or 0) / 32 * 3))
    rows: list[dict[str, Any]] = []
    for offset in range(FOLLOW_UP_HISTORY_DAYS, 0, -1):
        day = today - timedelta(days=offset)
        for _ in range(int(per_day * rng.uniform(0.7, 1.2))):
            done_after = rng.choice((0, 0, 0, 0, 0, 1, 1, 2))
            done_at = datetime.combine(day, time(9), tzinfo=zone) + timedelta(
                days=done_after, minutes=rng.randrange(0, 540)
            )
            if done_at >= now:
                continue
            consultant = rng.choice(consultants)
            rows.append(
                {
                    "customer_id": rng.choice(customer_ids),
                    "kind": rng.choice(("follow_up",) * 4 + ("return_visit",)),
                    "reason": "Follow up the visit",
                    "due_on": day,
                    "assigned_to_id": consultant,
                    "origin": "walk_in",
                    "for_marketing": False,
                    "created_at": done_at - timedelta(days=rng.randrange(1, 8)),
                    "created_by_id": consultant,
                    "done_at": done_at,
                    "done_by_id": consultant,
                    "result": rng.choice(("Reached", "No answer", "Appointment made")),
                    "version": 1,
                }
            )
    if rows:
        session.connection().execute(insert(_table(FollowUp)), rows)
