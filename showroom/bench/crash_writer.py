"""A writer to be killed: the crash test's child process (``python -m
showroom.bench.crash_writer HOME [URL]``; see showroom/bench/crash.py).

Started once per test as a "zygote": it imports Showroom (half a second) and then, for each
``go SEED ACTOR`` line on stdin, forks a fresh child process that opens the database and
writes units of work in a loop until the test kills it with SIGKILL. Forking from a process
that has imported everything but opened nothing makes each of the hundreds of kills cost
milliseconds instead of a Python start-up; each child is still a real process with its own
connections, killed at a random moment.

One unit of work (one ``db.session()``): create_customer (customer + phone + "Customer card
created"), add_follow_up due today, log_contact (interaction + that follow-up done + the next
follow-up), register_walk_in (walk-in + visit interaction + the walk-in cadence's follow-up),
a test drive booked, checked out and checked in (booking + licence + the car's readings + the
drive on the customer's timeline + its follow-up), and a purchase plan accepted into a deal
(plan + deal + its four checklists copied from the templates + the timeline entry). Each child
first commits its own consultant and fleet car, so its bookings never meet another child's.
After each commit the child writes ``ack CUSTOMER INTERACTION DONE_FOLLOW_UP NEXT_FOLLOW_UP
WALK_IN DRIVE DEAL`` with one write(2) (atomic on a pipe), so an acknowledged unit is a
committed one.

The zygote writes ``child PID`` after each fork and ``reaped PID STATUS`` once the child has
died, after all of the child's lines.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from datetime import UTC, date, datetime, timedelta

from showroom.admin.users import create_user
from showroom.core.ids import UserId
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.follow_ups import add_follow_up, log_contact
from showroom.customers.service import create_customer
from showroom.customers.walk_ins import WalkInDraft, register_walk_in
from showroom.deals.domain import PlanDraft, PriceDraft
from showroom.deals.plans import create_plan, get_plan
from showroom.deals.service import accept_plan
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.config import resolve_config
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.storage.models import Vehicle
from showroom.storage.types import utc_now
from showroom.test_drives.domain import LicenceDraft
from showroom.test_drives.fleet import FleetDraft, add_fleet_car
from showroom.test_drives.service import (
    BookingDraft,
    CheckInDraft,
    CheckOutDraft,
    book_test_drive,
    check_in,
    check_out,
)
from showroom.vehicles.domain import vin_check_digit

# Test drives are booked from this Monday on, 24 half-hour slots a day (08:00 to 20:00 in
# London, which is UTC in January), so a child's bookings never overlap one another.
FIRST_SLOT = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
LICENCE = LicenceDraft("WEISS 123456 J99", "Germany, Bayern", date(2031, 5, 1), True)
NAMES = ["Zoë Walker", "Łukasz Nowak", "Jürgen Groß", "王小明", "Søren Ødegård", "Amélie Côté"]


# Lines said while this list is set are held back (or dropped) instead of written.
_held: list[str] | None = None
_muted = False  # the warm-up unit's lines go nowhere


def say(line: str) -> None:
    """One line to the test, with one write(2): atomic on a pipe."""
    if _muted:
        return
    if _held is not None:
        _held.append(line)
        return
    os.write(1, (line + "\n").encode())


def _vin(serial: int) -> str:
    body = f"WVWZZZ1KA{serial:07d}"
    vin = body[:8] + "0" + body[8:]
    return vin[:8] + vin_check_digit(vin) + vin[9:]


def write_forever(db: Database, seed: int, actor: UserId, units: int = 1_000_000) -> None:
    # Forked from the zygote: its pooled connections (none are open) are not ours to use;
    # the engine's compiled statements are, so the first unit runs at full speed.
    db.engine.dispose(close=False)
    settings = ShowroomSettings(default_region="GB", timezone="Europe/London")
    rng = random.Random(seed)
    with db.session() as session:
        consultant = create_user(session, f"crash.{seed}", Role.CONSULTANT, f"Crash {seed}")
        car = add_fleet_car(
            session,
            None,
            FleetDraft(_vin(seed), "Volkswagen", "Golf", f"CR{seed:05d}"),
        )
    # The first unit on a new connection still prepares every statement afresh (SQLite's and
    # psycopg's per-connection caches); it runs before "started", its acknowledgement held
    # until then, so the random kills land in units of work at full speed.
    global _held
    held: list[str] = []
    _held = held
    try:
        _write_units(db, seed, actor, settings, rng, consultant, car, range(min(1, units)))
    finally:
        _held = None
    say("started")
    for line in held:
        say(line)
    _write_units(db, seed, actor, settings, rng, consultant, car, range(1, units))


def _write_units(
    db: Database,
    seed: int,
    actor: UserId,
    settings: ShowroomSettings,
    rng: random.Random,
    consultant: UserId,
    car: int,
    numbers: range,
) -> None:
    for number in numbers:
        now = utc_now()
        today = now.date()
        with db.session() as session:
            customer = create_customer(
                session,
                CustomerDraft(
                    full_name=f"{rng.choice(NAMES)} {seed}-{number}",
                    phones=(PhoneDraft(f"+4474{seed * 5000 + number:08d}"),),
                    notes="x" * rng.randrange(0, 3000),  # some units span several pages
                ),
                actor,
                settings,
                now=now,
            )
            task = add_follow_up(
                session, customer, today, "Call back about the X5", actor, actor, today=today
            )
            logged = log_contact(
                session,
                customer,
                "call",
                "reached",
                "Talked about financing",
                today + timedelta(days=3),
                actor,
                settings,
                follow_up_id=task.id,
                now=now,
            )
            walk_in = register_walk_in(
                session,
                WalkInDraft(purpose="test_drive", customer_id=customer, consultant_id=actor),
                actor,
                settings,
                now=now,
            )
            slot = FIRST_SLOT + timedelta(days=number // 24, minutes=30 * (number % 24))
            drive = book_test_drive(
                session,
                BookingDraft(customer, car, consultant, slot, 30, "Ring road"),
                actor,
                settings,
                now=slot - timedelta(minutes=5),
            )
            vehicle = session.get(Vehicle, car)
            assert vehicle is not None
            out_km = vehicle.odometer_km
            check_out(session, drive, CheckOutDraft(out_km, 90, LICENCE), actor, settings, now=slot)
            check_in(
                session,
                drive,
                CheckInDraft(out_km + 12, 80, rating=5, feedback="Smooth"),
                actor,
                settings,
                now=slot + timedelta(minutes=25),
            )
            plan = create_plan(
                session,
                customer,
                PlanDraft(
                    order_make="Kia",
                    order_model="EV6",
                    price=PriceDraft(list_price=f"{41000 + number}.50"),
                ),
                actor,
                settings,
                now=now,
            )
            deal = accept_plan(session, plan, get_plan(session, plan).version, actor, settings)
        say(
            f"ack {customer} {logged.interaction_id} {task.id} {logged.next_follow_up_id} "
            f"{walk_in} {drive} {deal}"
        )


def warm_up(db: Database, actor: UserId) -> None:
    """Write one whole unit (not acknowledged) with the zygote's own engine, then close its
    connections: every fork inherits the loaded modules, the phone metadata and the engine's
    compiled statements, so the random kills land in units of work rather than in the
    start-up of each child."""
    global _muted
    _muted = True
    try:
        write_forever(db, 0, actor, units=1)
    finally:
        _muted = False
    db.engine.dispose()


def main() -> None:
    home = sys.argv[1]
    url = sys.argv[2] if len(sys.argv) > 2 else None
    db = open_database(resolve_config(home, url, environ={}), integrity_check=False)
    db.engine.dispose()
    warm = False
    say("ready")
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "go":
            break
        seed, actor = int(parts[1]), UserId(int(parts[2]))
        if not warm:
            warm_up(db, actor)
            warm = True
        pid = os.fork()
        if pid == 0:
            try:
                sys.stdin.close()
                write_forever(db, seed, actor)
            except BaseException:
                say("error " + traceback.format_exc().replace("\n", " | "))
            os._exit(3)
        say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"reaped {pid} {status}")


if __name__ == "__main__":
    main()
