"""Benchmark scenarios beyond search and the card: the test-drive week, four PCs booking at
once, and the generic "print a form against raw ReportLab" figure."""

from __future__ import annotations

import random
import statistics
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from showroom.core.ids import UserId
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.roles import Role
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.models import Customer, TestDrive, User, Vehicle
from showroom.test_drives.domain import ACTIVE_STATUSES, DriveStatus
from showroom.vehicles.domain import FleetStatus, VehicleRole

WEEK_CARS = 20
SLOT = timedelta(minutes=45)  # a 30-minute drive and a quarter of an hour to turn the car
DAY_SLOTS = 14  # 09:00 to 19:30


def _monday(weeks_ahead: int) -> date:
    today = datetime.now(UTC).date()
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks_ahead)


def ensure_fleet_and_staff(
    db: Database, cars: int, consultants: int
) -> tuple[list[int], list[int]]:
    """At least ``cars`` bookable fleet cars and ``consultants`` active consultants (bench
    cars and people are added with Core inserts when the demo has fewer)."""
    now = datetime.now(UTC)
    with db.session() as session:
        fleet = list(
            session.scalars(
                select(Vehicle.id)
                .where(
                    Vehicle.role == VehicleRole.FLEET,
                    Vehicle.status != FleetStatus.OUT_OF_SERVICE,
                )
                .order_by(Vehicle.id)
            )
        )
        missing = cars - len(fleet)
        if missing > 0:
            session.execute(
                insert(Vehicle),
                [
                    {
                        "role": VehicleRole.FLEET.value,
                        "status": FleetStatus.AVAILABLE.value,
                        "vin": f"BENCH{n:012d}",
                        "make": "Bench",
                        "model": f"Car {n}",
                        "plate": f"BE{n:02d} NCH",
                        "odometer_km": 1000,
                        "created_at": now,
                        "version": 1,
                    }
                    for n in range(missing)
                ],
            )
        staff = list(
            session.scalars(
                select(User.id)
                .where(User.role == Role.CONSULTANT.value, User.active)
                .order_by(User.id)
            )
        )
        missing = consultants - len(staff)
        if missing > 0:
            session.execute(
                insert(User),
                [
                    {
                        "username": f"bench.{n}",
                        "display_name": f"Bench Consultant {n}",
                        "role": Role.CONSULTANT.value,
                        "active": True,
                        "created_at": now,
                        "version": 1,
                    }
                    for n in range(missing)
                ],
            )
        session.flush()
        fleet = list(
            session.scalars(
                select(Vehicle.id)
                .where(
                    Vehicle.role == VehicleRole.FLEET,
                    Vehicle.status != FleetStatus.OUT_OF_SERVICE,
                )
                .order_by(Vehicle.id)
            )
        )[:cars]
        staff = list(
            session.scalars(
                select(User.id)
                .where(User.role == Role.CONSULTANT.value, User.active)
                .order_by(User.id)
            )
        )[:consultants]
    return fleet, staff


def busy_week(db: Database, zone: ZoneInfo, cars: int = WEEK_CARS) -> tuple[datetime, datetime]:
    """A fully booked week (every car, every 45 minutes from 09:00, seven days) far enough
    ahead to meet no demo drive; returns the week's [start, end) as the page asks for it."""
    fleet, staff = ensure_fleet_and_staff(db, cars, cars)
    monday = _monday(weeks_ahead=8)
    with db.session() as session:
        customers = list(
            session.scalars(select(Customer.id).order_by(Customer.id).limit(cars * DAY_SLOTS * 7))
        )
        created = datetime.now(UTC)
        rows: list[dict[str, Any]] = []
        for day in range(7):
            opening = datetime.combine(monday + timedelta(days=day), datetime.min.time(), zone)
            opening += timedelta(hours=9)
            for slot in range(DAY_SLOTS):
                starts = (opening + slot * SLOT).astimezone(UTC)
                for lane, (car, consultant) in enumerate(zip(fleet, staff, strict=True)):
                    # Each slot's customers are distinct, and differ from the slot before.
                    index = ((day * DAY_SLOTS + slot) * len(fleet) + lane) % len(customers)
                    status = DriveStatus.BOOKED.value
                    rows.append(
                        {
                            "customer_id": customers[index],
                            "vehicle_id": car,
                            "consultant_id": consultant,
                            "starts_at": starts,
                            "ends_at": starts + timedelta(minutes=30),
                            "status": status,
                            "licence_photo_checked": False,
                            "created_at": created,
                            "version": 1,
                        }
                    )
        session.execute(insert(TestDrive), rows)
    first = datetime.combine(monday, datetime.min.time(), zone)
    return first, first + timedelta(days=7)


def week_view_ms(db: Database, first: datetime, last: datetime, repeats: int) -> float:
    """What the Test drives page asks for to fill its week calendar: the fleet (the lanes)
    and the week's bookings, in one read-only unit of work; the median of ``repeats``."""
    from showroom.test_drives.fleet import fleet_cars
    from showroom.test_drives.service import calendar_entries

    def fill() -> None:
        with db.reader() as session:
            fleet_cars(session)
            calendar_entries(session, first, last)

    fill()  # warm, as the page is by its first paint
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fill()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def week_entries(db: Database, first: datetime, last: datetime) -> int:
    from showroom.test_drives.service import calendar_entries

    with db.reader() as session:
        return len(calendar_entries(session, first, last))


# --- four PCs booking at once --------------------------------------------------------------------
def overlapping_pairs(db: Database) -> int:
    """Active bookings that start before the previous booking of the same car, consultant
    or customer has ended: sorted by start, intervals overlap exactly when two neighbours do."""
    active = TestDrive.status.in_(ACTIVE_STATUSES)
    total = 0
    with db.reader() as session:
        for column in (TestDrive.vehicle_id, TestDrive.consultant_id, TestDrive.customer_id):
            previous_end = (
                func.lag(TestDrive.ends_at)
                .over(partition_by=column, order_by=(TestDrive.starts_at, TestDrive.id))
                .label("previous_end")
            )
            ordered = select(TestDrive.starts_at, previous_end).where(active).subquery()
            total += int(
                session.scalar(
                    select(func.count()).where(ordered.c.starts_at < ordered.c.previous_end)
                )
                or 0
            )
    return total


def concurrent_bookings(
    config: AppConfig, db: Database, zone: ZoneInfo, writers: int, attempts: int
) -> dict[str, float]:
    """``writers`` threads, each with its own engine as a separate PC has, book random cars,
    consultants and customers into two days of quarter-hour slots through the booking service
    (with its transient-error retry). Returns booked, refused, seconds and overlaps."""
    from showroom.core.errors import ShowroomError
    from showroom.kernel.settings_store import load_settings
    from showroom.storage.migrate import open_database
    from showroom.storage.retry import write_with_retry
    from showroom.test_drives.service import BookingConflict, BookingDraft, book_test_drive

    fleet, staff = ensure_fleet_and_staff(db, 8, 6)
    with db.reader() as session:
        settings = load_settings(session)
        customers = list(session.scalars(select(Customer.id).order_by(Customer.id).limit(80)))
    monday = _monday(weeks_ahead=12)
    openings = [
        datetime.combine(monday + timedelta(days=d), datetime.min.time(), zone) + timedelta(hours=9)
        for d in (1, 2)
    ]
    tally = {"booked": 0, "refused": 0, "errors": 0}
    lock = threading.Lock()
    barrier = threading.Barrier(writers)

    def writer(index: int) -> None:
        rng = random.Random(index)
        own = open_database(config)
        try:
            barrier.wait()
            for _ in range(attempts):
                draft = BookingDraft(
                    rng.choice(customers),
                    rng.choice(fleet),
                    rng.choice(staff),
                    rng.choice(openings) + timedelta(minutes=15 * rng.randrange(40)),
                    rng.choice((30, 45, 60)),
                )
                outcome = "booked"

                def book(session: Session, draft: BookingDraft = draft) -> int:
                    return book_test_drive(session, draft, None, settings)

                try:
                    write_with_retry(own, book)
                except BookingConflict:
                    outcome = "refused"
                except ShowroomError:
                    outcome = "errors"
                with lock:
                    tally[outcome] += 1
        finally:
            own.dispose()

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(writers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "booked": float(tally["booked"]),
        "refused": float(tally["refused"]),
        "errors": float(tally["errors"]),
        "overlaps": float(overlapping_pairs(db)),
    }


# --- printing a form ------------------------------------------------------------------------------
def print_vs_raw(
    db: Database,
    kind: DocumentKind,
    record_id: int,
    raw: Callable[[], bytes],
    repeats: int,
    batch: int = 0,
    extras: dict[str, Callable[[], object]] | None = None,
) -> dict[str, float]:
    """Median ms to print (number, render, archive) the record ``record_id`` of ``kind``
    through its registered print function, and to build ``raw()``, the same content as a
    hand-written ReportLab document, interleaved. Each of ``extras`` (another baseline) is
    timed in the same loop and reported as ``NAME_ms``. With ``batch``, also the seconds to
    print ``batch`` of them in one unit of work (rolled back)."""
    from showroom.kernel.settings_store import load_settings
    from showroom.printing.registry import PRINTABLE

    print_one = PRINTABLE[kind]
    with db.reader() as session:
        user_id = UserId(
            int(session.scalar(select(User.id).where(User.role == Role.MANAGER.value)) or 1)
        )
        settings = load_settings(session)
    app_ms: list[float] = []
    raw_ms: list[float] = []
    extra_ms: dict[str, list[float]] = {}
    pages = 0.0
    for _ in range(repeats):
        with db.engine.connect() as conn, Session(bind=conn) as session:
            started = time.perf_counter()
            document = print_one(session, record_id, user_id, settings, datetime.now(UTC))
            app_ms.append((time.perf_counter() - started) * 1000)
            pages = float(document.page_count)
            session.rollback()
        started = time.perf_counter()
        raw()
        raw_ms.append((time.perf_counter() - started) * 1000)
        for name, build in (extras or {}).items():
            started = time.perf_counter()
            build()
            extra_ms.setdefault(name, []).append((time.perf_counter() - started) * 1000)
    result = {"app_ms": statistics.median(app_ms), "raw_ms": statistics.median(raw_ms)}
    result |= {f"{name}_ms": statistics.median(times) for name, times in extra_ms.items()}
    result["pages"] = pages
    if batch:
        with db.engine.connect() as conn, Session(bind=conn) as session:
            started = time.perf_counter()
            for _ in range(batch):
                print_one(session, record_id, user_id, settings, datetime.now(UTC))
            result["batch_s"] = time.perf_counter() - started
            session.rollback()
    return result
