"""Demo test drives: a busy showroom's last year of drives and the coming weeks booked.

Past drives came back with readings and feedback (a few were no-shows or cancelled); the
drives of this moment are out, one of them overdue; the coming three weeks fill up less the
further ahead they are. No car, consultant or customer is ever booked twice at once (the
database guards of migration 0004 would refuse the insert), odometers only go up, and every
finished drive is on its customer's timeline. Written with Core inserts, like the rest of the
demo.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from showroom.core.errors import ValidationError
from showroom.kernel.clock import parse_week_hours, widest_hours
from showroom.kernel.roles import Role
from showroom.kernel.settings_store import load_settings
from showroom.storage.models import Customer, Interaction, TestDrive, User, Vehicle
from showroom.test_drives.domain import ACTIVE_STATUSES, DriveStatus
from showroom.vehicles.domain import FleetStatus, VehicleRole

PAST_DAYS = 365
AHEAD_DAYS = 21
CUSTOMER_POOL = 4_000
PER_CAR_AND_DAY = 2.2  # on a Saturday, the busiest day
DRIVES_PER_CUSTOMER = 3  # a small demo gets fewer drives, not a year of strangers
ROUTES = [
    "Town loop: high street, ring road and back",
    "Motorway stretch to junction 3 and back",
    "Country lanes towards the reservoir",
    "Customer's daily commute route",
    "Hill start and parking practice",
    "Short city loop, school-run traffic",
    "",
    "",
]
FEEDBACK = {
    5: ["Loved it, very quiet", "Exactly what we wanted", "Smooth and quick, great seats"],
    4: ["Comfortable, a bit firm over bumps", "Good, wants to compare trims", "Liked the tech"],
    3: ["Fine, but boot is small", "Unsure about the colour", "Road noise on the motorway"],
    2: ["Seat position not right", "Too expensive for what it is"],
    1: ["Did not like the handling"],
}
DAMAGE = ["Stone chip on windscreen", "Scuff on rear bumper (parking)", "Kerbed front left wheel"]
COUNTRIES = [
    ("United Kingdom", 16),
    ("Germany", 11),
    ("Poland", 9),
    ("France", 12),
    ("China", 18),
    ("Ireland", 9),
    ("USA, California", 8),
]
CANCEL_REASONS = ["Customer rang to cancel", "Car needed for a delivery", "Rebooked for later"]


@dataclass
class _Busy:
    """Booked intervals per vehicle, consultant and customer, filed by UTC day so a check
    only looks at the intervals of its own day."""

    by: dict[tuple[str, int, date], list[tuple[datetime, datetime]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    @staticmethod
    def _days(start: datetime, end: datetime) -> list[date]:
        first, last = start.astimezone(UTC).date(), end.astimezone(UTC).date()
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]

    def free(self, keys: list[tuple[str, int]], start: datetime, end: datetime) -> bool:
        return all(
            not (s < end and start < e)
            for day in self._days(start, end)
            for kind, key in keys
            for s, e in self.by[(kind, key, day)]
        )

    def take(self, keys: list[tuple[str, int]], start: datetime, end: datetime) -> None:
        for day in self._days(start, end):
            for kind, key in keys:
                self.by[(kind, key, day)].append((start, end))


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _drives_per_day(
    day: date, today: date, fleet_size: int, scale: float, rng: random.Random
) -> int:
    weekday = day.weekday()
    load = {5: 1.0, 4: 0.75, 6: 0.35}.get(weekday, 0.55)  # Saturday is the busiest
    if day > today:
        load *= max(0.1, 1 - (day - today).days / (AHEAD_DAYS + 4))
    return max(0, round(fleet_size * PER_CAR_AND_DAY * scale * load * rng.uniform(0.7, 1.2)))


def _licence(rng: random.Random, today: date) -> tuple[str, str, date]:
    country, length = rng.choice(COUNTRIES)
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    number = "".join(rng.choice(alphabet) for _ in range(length))
    return number, country, today + timedelta(days=rng.randrange(200, 3650))


def add_demo_test_drives(session: Session, seed: int, now: datetime) -> int:
    """Add demo test drives around ``now`` for the fleet, consultants and customers on file;
    returns how many were added."""
    rng = random.Random(seed * 7_919 + 4)
    settings = load_settings(session)
    zone = ZoneInfo(settings.timezone)
    try:
        opening, closing = widest_hours(parse_week_hours(settings.test_drive_hours))
    except ValidationError:
        opening, closing = time(8), time(20)
    # Only cars without a history yet, so that each car's odometer readings stay in order
    # when the demo runs again.
    fleet = session.execute(
        select(Vehicle.id, Vehicle.make, Vehicle.model, Vehicle.trim, Vehicle.odometer_km)
        .where(
            Vehicle.role == VehicleRole.FLEET,
            Vehicle.status != FleetStatus.OUT_OF_SERVICE,
            Vehicle.id.not_in(select(TestDrive.vehicle_id)),
        )
        .order_by(Vehicle.id)
    ).all()
    consultants = list(
        session.scalars(
            select(User.id).where(User.role == Role.CONSULTANT, User.active).order_by(User.id)
        )
    )
    low, high = session.execute(select(func.min(Customer.id), func.max(Customer.id))).one()
    if not fleet or not consultants or low is None:
        return 0
    sample = {rng.randint(low, high) for _ in range(CUSTOMER_POOL)}
    customers = sorted(session.scalars(select(Customer.id).where(Customer.id.in_(sorted(sample)))))
    if not customers:
        return 0
    on_file = session.scalar(select(func.count(Customer.id))) or 0
    full_year = len(fleet) * PER_CAR_AND_DAY * 0.62 * PAST_DAYS
    scale = min(1.0, DRIVES_PER_CUSTOMER * on_file / full_year)

    today = now.astimezone(zone).date()
    first_day = today - timedelta(days=PAST_DAYS)
    last_day = today + timedelta(days=AHEAD_DAYS)
    busy = _Busy()
    window_start = datetime.combine(first_day, time.min, tzinfo=zone)
    for vehicle_id, consultant_id, customer_id, s, e in session.execute(
        select(
            TestDrive.vehicle_id,
            TestDrive.consultant_id,
            TestDrive.customer_id,
            TestDrive.starts_at,
            TestDrive.ends_at,
        ).where(TestDrive.status.in_(ACTIVE_STATUSES), TestDrive.ends_at > window_start)
    ):
        busy.take([("v", vehicle_id), ("c", consultant_id), ("p", customer_id)], s, e)

    open_minutes = (
        (24 * 60 if closing == time.max else closing.hour * 60 + closing.minute)
        - opening.hour * 60
        - opening.minute
    )
    planned: list[dict[str, Any]] = []
    day = first_day
    while day <= last_day:
        day_open = datetime.combine(day, opening, tzinfo=zone)
        for _ in range(_drives_per_day(day, today, len(fleet), scale, rng)):
            for _attempt in range(6):
                vehicle = rng.choice(fleet)
                consultant = rng.choice(consultants)
                customer = rng.choice(customers)
                minutes = rng.choice((30, 30, 30, 45, 45, 60))
                quarter = rng.randrange(max(1, (open_minutes - minutes) // 15 + 1))
                start = (day_open + timedelta(minutes=15 * quarter)).astimezone(zone)
                start = start.astimezone(now.tzinfo)
                end = start + timedelta(minutes=minutes)
                keys = [("v", vehicle[0]), ("c", consultant), ("p", customer)]
                if busy.free(keys, start, end):
                    busy.take(keys, start, end)
                    planned.append(
                        {
                            "vehicle": vehicle,
                            "consultant_id": consultant,
                            "customer_id": customer,
                            "starts_at": start,
                            "ends_at": end,
                        }
                    )
                    break
        day += timedelta(days=1)
    planned.sort(key=lambda p: p["starts_at"])

    # One drive that should be back by now and is not: the red block on today's calendar.
    overdue = next(
        (
            p
            for p in reversed(planned)
            if now - timedelta(minutes=50) < p["ends_at"] < now - timedelta(minutes=5)
        ),
        None,
    )
    driven_km: dict[int, int] = defaultdict(int)
    rows: list[dict[str, Any]] = []
    details: list[tuple[dict[str, Any], tuple[Any, ...]]] = []
    for plan in planned:
        vehicle = plan.pop("vehicle")
        start, end = plan["starts_at"], plan["ends_at"]
        row: dict[str, Any] = {
            **plan,
            "vehicle_id": vehicle[0],
            "route_note": rng.choice(ROUTES) or None,
            "status": DriveStatus.BOOKED.value,
            "licence_number": None,
            "licence_country": None,
            "licence_expires_on": None,
            "licence_photo_checked": False,
            "checked_out_at": None,
            "odometer_out_km": None,
            "fuel_out_percent": None,
            "checked_in_at": None,
            "odometer_in_km": None,
            "fuel_in_percent": None,
            "damage_notes": None,
            "rating": None,
            "feedback": None,
            "closed_at": None,
            "closed_by_id": None,
            "cancel_reason": None,
            "created_at": min(now, start - timedelta(days=rng.randrange(0, 8))),
            "created_by_id": plan["consultant_id"],
            "version": 1,
        }
        roll = rng.random()
        if start > now:
            if roll < 0.05:
                row.update(
                    status=DriveStatus.CANCELLED.value,
                    closed_at=now,
                    closed_by_id=plan["consultant_id"],
                    cancel_reason=rng.choice(CANCEL_REASONS),
                )
        elif end <= now and plan is not overdue and roll < 0.07:
            row.update(
                status=DriveStatus.NO_SHOW.value, closed_at=start, closed_by_id=row["created_by_id"]
            )
        elif end <= now and plan is not overdue and roll < 0.13:
            row.update(
                status=DriveStatus.CANCELLED.value,
                closed_at=start - timedelta(hours=rng.randrange(2, 48)),
                closed_by_id=row["created_by_id"],
                cancel_reason=rng.choice(CANCEL_REASONS),
            )
        else:  # the car went out
            number, country, expires = _licence(rng, today)
            km = rng.randrange(6, 38)
            out_at = start + timedelta(minutes=rng.randrange(0, 6))
            row.update(
                licence_number=number,
                licence_country=country,
                licence_expires_on=expires,
                licence_photo_checked=True,
                checked_out_at=min(out_at, now),
                fuel_out_percent=rng.randrange(45, 101),
                odometer_out_km=driven_km[vehicle[0]],  # made absolute below
                status=DriveStatus.OUT.value,
            )
            back_at = end + timedelta(minutes=rng.randrange(-6, 12))
            if plan is not overdue and back_at <= now:
                rating = rng.choices((5, 4, 3, 2, 1, None), (40, 32, 12, 4, 2, 10))[0]
                row.update(
                    status=DriveStatus.RETURNED.value,
                    checked_in_at=max(back_at, row["checked_out_at"]),
                    odometer_in_km=driven_km[vehicle[0]] + km,
                    fuel_in_percent=max(5, row["fuel_out_percent"] - rng.randrange(1, 12)),
                    rating=rating,
                    feedback=rng.choice(FEEDBACK[rating]) if rating else None,
                    damage_notes=rng.choice(DAMAGE) if rng.random() < 0.02 else None,
                    closed_at=max(back_at, row["checked_out_at"]),
                    closed_by_id=plan["consultant_id"],
                )
                driven_km[vehicle[0]] += km
        rows.append(row)
        details.append((row, tuple(vehicle)))

    # Odometers only go up: each car's readings count up to its odometer now.
    base = {v[0]: max(300, v[4] - driven_km[v[0]]) for v in fleet}
    for row in rows:
        if row["odometer_out_km"] is not None:
            row["odometer_out_km"] += base[row["vehicle_id"]]
        if row["odometer_in_km"] is not None:
            row["odometer_in_km"] += base[row["vehicle_id"]]
    if not rows:
        return 0
    conn = session.connection()
    conn.execute(insert(_table(TestDrive)), rows)

    interactions = []
    for row, car in details:
        name = f"{car[1]} {car[2]}"
        if row["status"] == DriveStatus.RETURNED:
            minutes = round((row["checked_in_at"] - row["checked_out_at"]).total_seconds() / 60)
            km = row["odometer_in_km"] - row["odometer_out_km"]
            summary = (
                f"Test drive: {name}"
                + (f" {car[3]}" if car[3] else "")
                + f", {minutes} min, {km} km"
                + (f"; rated {row['rating']}/5" if row["rating"] else "")
                + (f": {row['feedback']}" if row["feedback"] else "")
                + ("; damage noted" if row["damage_notes"] else "")
            )
            moment = row["checked_in_at"]
        elif row["status"] == DriveStatus.NO_SHOW:
            summary, moment = f"Did not come to the test drive of the {name}", row["starts_at"]
        else:
            continue
        interactions.append(
            {
                "customer_id": row["customer_id"],
                "user_id": row["consultant_id"],
                "kind": "test_drive",
                "occurred_at": moment,
                "summary": summary[:500],
            }
        )
    if interactions:
        conn.execute(insert(_table(Interaction)), interactions)

    out_now = {r["vehicle_id"] for r in rows if r["status"] == DriveStatus.OUT}
    final_km = {v[0]: base[v[0]] + driven_km[v[0]] for v in fleet}
    for vehicle_id, km in final_km.items():
        values: dict[str, Any] = {"odometer_km": km}
        if vehicle_id in out_now:
            values["status"] = FleetStatus.ON_DRIVE.value
        session.execute(update(Vehicle).where(Vehicle.id == vehicle_id).values(values))
    session.execute(
        update(Vehicle)
        .where(
            Vehicle.role == VehicleRole.FLEET,
            Vehicle.status == FleetStatus.ON_DRIVE,
            Vehicle.id.not_in(
                select(TestDrive.vehicle_id).where(TestDrive.status == DriveStatus.OUT)
            ),
        )
        .values(status=FleetStatus.AVAILABLE.value)
    )
    return len(rows)
