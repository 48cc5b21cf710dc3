"""Test drives: booking without double booking, the licence check, check-out and check-in.

Invariants:

- No vehicle, consultant or customer is held by two bookings at overlapping times, counting
  only bookings that are booked, out or returned. The service checks inside the caller's unit
  of work (on SQLite that began with ``BEGIN IMMEDIATE``, so no other writer interleaves); the
  database refuses an overlap as well (exclusion constraints on PostgreSQL, triggers on
  SQLite). Either way the caller gets a :class:`BookingConflict` that says who holds the
  slot and offers the nearest free time for the car and another free car of the same model.
- A booking's start and end are instants; the showroom's zone is only for reading and
  writing wall-clock times.
- The car leaves only with a recorded licence that covers the whole drive and whose photo
  was checked; it comes back with an odometer reading no lower than when it left.
- Finishing a drive puts it on the customer's timeline and schedules the test-drive
  follow-ups.

Every function takes a Session first and never commits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from showroom.core.errors import (
    ConflictError,
    DomainError,
    NotFound,
    ValidationError,
)
from showroom.core.ids import CustomerId, TestDriveId, UserId, VehicleId, is_record_id
from showroom.core.phrase import M_, Phrase
from showroom.core.text import clean_line
from showroom.customers.follow_ups import schedule_cadence
from showroom.kernel.access import require
from showroom.kernel.clock import WeekHours, day_bounds, hours_on, local_day, parse_week_hours
from showroom.kernel.permissions import Action
from showroom.kernel.settings import ShowroomSettings
from showroom.kernel.slots import (
    TEST_DRIVE_SLOTS,
    SlotConflict,
    consultant_commitments,
    flush_guarded,
    holding,
    is_free,
)
from showroom.storage.models import Customer, Interaction, TestDrive, User, Vehicle
from showroom.storage.types import utc_now
from showroom.test_drives import domain as rules
from showroom.test_drives.domain import ACTIVE_STATUSES, DriveStatus, Licence, LicenceDraft
from showroom.test_drives.fleet import vehicle_label
from showroom.vehicles.domain import (
    MANUAL_FLEET_STATUSES,
    FleetStatus,
    VehicleRole,
    can_be_booked,
    can_go_out,
)

PAST_GRACE = timedelta(minutes=15)  # a drive that began a moment ago may still be booked
SEARCH_DAYS = 7  # how far the nearest free slot is looked for, either way
SLOT_STEP = timedelta(minutes=15)


class TestDriveNotFound(NotFound):
    __test__ = False

    def __init__(self, drive_id: int) -> None:
        super().__init__("There is no test drive with number {drive_id}.", drive_id=drive_id)
        self.drive_id = drive_id


# --- conflicts ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SlotHolder:
    """A booking that holds the vehicle, consultant or customer asked for."""

    drive_id: TestDriveId
    clash: str  # "vehicle", "consultant", "customer" or "delivery" (the consultant's)
    # for a "delivery" clash: drive_id is the delivery's id and vehicle_label its bay
    customer_name: str
    consultant_name: str
    vehicle_label: str
    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Alternative:
    """A booking that would be free: the same car at another time, or another car."""

    kind: str  # "slot" (same car, nearest free time) or "vehicle" (same model, same time)
    vehicle_id: VehicleId
    vehicle_label: str
    start: datetime
    end: datetime


# Shown when the database refused a booking another PC made in the same moment.
TAKEN_MEANWHILE = M_("Another booking took this time a moment ago.")


def _span(start: datetime, end: datetime, zone: ZoneInfo, today: date | None = None) -> Phrase:
    s, e = start.astimezone(zone), end.astimezone(zone)
    same_day = e.date() == s.date()
    if today is not None and s.date() == today:
        if same_day:
            return Phrase.of(M_("from {start:%H:%M} to {end:%H:%M}"), start=s, end=e)
        return Phrase.of(M_("from {start:%H:%M} to {end:%H:%M on %a %d %b}"), start=s, end=e)
    if same_day:
        return Phrase.of(
            M_("from {start:%H:%M} to {end:%H:%M} on {start:%a %d %b}"), start=s, end=e
        )
    return Phrase.of(
        M_("from {start:%H:%M} to {end:%H:%M on %a %d %b} on {start:%a %d %b}"), start=s, end=e
    )


def holder_phrase(holder: SlotHolder, zone: ZoneInfo) -> Phrase:
    """Who holds the slot, and when: the screens translate it, str() is the English."""
    span = _span(holder.start, holder.end, zone)
    names = {
        "car": holder.vehicle_label,
        "customer": holder.customer_name,
        "consultant": holder.consultant_name,
        "span": span,
    }
    if holder.clash == "vehicle":
        return Phrase.of(
            M_("The {car} is booked {span} for {customer} with {consultant}."), **names
        )
    if holder.clash == "consultant":
        return Phrase.of(
            M_("{consultant} is on a test drive with {customer} {span} ({car})."), **names
        )
    if holder.clash == "delivery":
        return Phrase.of(
            M_("{consultant} is handing a car over to {customer} {span} ({car})."), **names
        )
    return Phrase.of(
        M_("{customer} has a test drive booked already {span} with {consultant} ({car})."),
        **names,
    )


def describe_holder(holder: SlotHolder, zone: ZoneInfo) -> str:
    return str(holder_phrase(holder, zone))


def alternative_phrase(alternative: Alternative, zone: ZoneInfo) -> Phrase:
    """What is free instead: the screens translate it, str() is the English."""
    span = _span(alternative.start, alternative.end, zone)
    if alternative.kind == "slot":
        return Phrase.of(M_("The nearest free time for this car is {span}."), span=span)
    return Phrase.of(M_("The {car} is free then."), car=alternative.vehicle_label)


def describe_alternative(alternative: Alternative, zone: ZoneInfo) -> str:
    return str(alternative_phrase(alternative, zone))


class BookingConflict(SlotConflict):
    """The slot is held; ``holders`` says by whom, ``alternatives`` what is free instead."""

    def __init__(
        self,
        holders: list[SlotHolder],
        alternatives: list[Alternative],
        zone: ZoneInfo,
        *,
        by_database: bool = False,
    ) -> None:
        parts = [describe_holder(h, zone) for h in holders] or [TAKEN_MEANWHILE]
        parts += [describe_alternative(a, zone) for a in alternatives]
        if not alternatives:
            parts.append(f"No free time for this car in the {SEARCH_DAYS} days around it.")
        super().__init__(" ".join(parts))
        self.holders = holders
        self.alternatives = alternatives
        # True when the database guard refused the booking after the service's check had
        # passed: another PC booked the slot in between (PostgreSQL only; SQLite serialises).
        self.by_database = by_database


@dataclass(frozen=True, slots=True)
class _Request:
    customer_id: int
    vehicle_id: int
    consultant_id: int
    start: datetime
    end: datetime


def _holders_query(
    session: Session, request: _Request, exclude_id: int | None, start: datetime, end: datetime
) -> list[SlotHolder]:
    consultant = aliased(User)
    query = (
        select(
            TestDrive.id,
            TestDrive.vehicle_id,
            TestDrive.consultant_id,
            TestDrive.customer_id,
            Customer.full_name,
            consultant.display_name,
            Vehicle.make,
            Vehicle.model,
            Vehicle.plate,
            TestDrive.starts_at,
            TestDrive.ends_at,
        )
        .join(Customer, Customer.id == TestDrive.customer_id)
        .join(consultant, consultant.id == TestDrive.consultant_id)
        .join(Vehicle, Vehicle.id == TestDrive.vehicle_id)
        .where(
            *holding(TEST_DRIVE_SLOTS, start, end),
            or_(
                TestDrive.vehicle_id == request.vehicle_id,
                TestDrive.consultant_id == request.consultant_id,
                TestDrive.customer_id == request.customer_id,
            ),
        )
        .order_by(TestDrive.starts_at, TestDrive.id)
    )
    if exclude_id is not None:
        query = query.where(TestDrive.id != exclude_id)
    holders: list[SlotHolder] = []
    for row in session.execute(query):
        for clash, column, wanted in (
            ("vehicle", 1, request.vehicle_id),
            ("consultant", 2, request.consultant_id),
            ("customer", 3, request.customer_id),
        ):
            if row[column] == wanted:
                holders.append(
                    SlotHolder(
                        TestDriveId(row[0]),
                        clash,
                        row[4],
                        row[5],
                        vehicle_label(row[6], row[7], row[8]),
                        row[9],
                        row[10],
                    )
                )
    holders += _delivery_holders(session, request.consultant_id, start, end)
    order = {"vehicle": 0, "consultant": 1, "delivery": 2, "customer": 3}
    return sorted(holders, key=lambda h: (order[h.clash], h.start))


def _delivery_holders(
    session: Session, consultant_id: int, start: datetime, end: datetime
) -> list[SlotHolder]:
    """The consultant's other commitments at that time (delivery ceremonies, and whatever
    other slot table the kernel declares): a consultant handing a car over cannot be on a
    test drive. Their clash is "delivery"; vehicle_label holds the bay."""
    return [
        SlotHolder(
            TestDriveId(c.record_id),
            "delivery",
            c.customer_name,
            c.consultant_name,
            c.place,
            c.start,
            c.end,
        )
        for c in consultant_commitments(
            session, consultant_id, start, end, besides=TEST_DRIVE_SLOTS
        )
    ]


def find_conflicts(
    session: Session,
    vehicle_id: int,
    consultant_id: int,
    customer_id: int,
    start: datetime,
    end: datetime,
    exclude_id: int | None = None,
) -> list[SlotHolder]:
    """The bookings that hold the vehicle, consultant or customer between start and end."""
    request = _Request(customer_id, vehicle_id, consultant_id, start, end)
    return _holders_query(session, request, exclude_id, start, end)


def _busy(
    session: Session, request: _Request, exclude_id: int | None, start: datetime, end: datetime
) -> dict[str, list[tuple[datetime, datetime]]]:
    """Busy intervals of the request's vehicle, consultant and customer in a window."""
    query = select(
        TestDrive.vehicle_id,
        TestDrive.consultant_id,
        TestDrive.customer_id,
        TestDrive.starts_at,
        TestDrive.ends_at,
    ).where(
        *holding(TEST_DRIVE_SLOTS, start, end),
        or_(
            TestDrive.vehicle_id == request.vehicle_id,
            TestDrive.consultant_id == request.consultant_id,
            TestDrive.customer_id == request.customer_id,
        ),
    )
    if exclude_id is not None:
        query = query.where(TestDrive.id != exclude_id)
    busy: dict[str, list[tuple[datetime, datetime]]] = {"people": [], "vehicle": []}
    for vehicle_id, consultant_id, customer_id, s, e in session.execute(query):
        if vehicle_id == request.vehicle_id:
            busy["vehicle"].append((s, e))
        if consultant_id == request.consultant_id or customer_id == request.customer_id:
            busy["people"].append((s, e))
    busy["people"] += [
        (h.start, h.end) for h in _delivery_holders(session, request.consultant_id, start, end)
    ]
    return busy


def _week_hours(settings: ShowroomSettings) -> WeekHours:
    """The showroom's test-drive hours per weekday (a stored value that no longer parses
    falls back to the default, 08:00-20:00 every day)."""
    try:
        return parse_week_hours(settings.test_drive_hours)
    except ValidationError:
        return ((time(8), time(20)),) * 7


def _slot_starts(around: datetime, week: WeekHours, minutes: int, zone: ZoneInfo) -> list[datetime]:
    """Candidate starts on the quarter hours within each day's test-drive hours,
    SEARCH_DAYS either way."""
    day0 = around.astimezone(zone).date()
    starts: list[datetime] = []
    for offset in range(-SEARCH_DAYS, SEARCH_DAYS + 1):
        day = day0 + timedelta(days=offset)
        hours = hours_on(week, day)
        if hours is None:
            continue
        try:
            moment, closing = rules.opening_span(day, hours, zone)
        except ValidationError:
            continue
        # Start on the wall clock's quarter hours, then step in real time (UTC arithmetic).
        moment = moment.astimezone(UTC)
        while moment + timedelta(minutes=minutes) <= closing:
            starts.append(moment)
            moment += SLOT_STEP
    return starts


def suggest_alternatives(
    session: Session,
    request: _Request,
    settings: ShowroomSettings,
    now: datetime,
    exclude_id: int | None = None,
    vehicle_clash: bool = True,
) -> list[Alternative]:
    """The nearest free time for the same car (with the same consultant and customer free),
    and another car of the same model free at the asked time."""
    zone = ZoneInfo(settings.timezone)
    minutes = rules.real_minutes(request.start, request.end)
    length = request.end - request.start
    window_start = request.start - timedelta(days=SEARCH_DAYS + 1)
    window_end = request.end + timedelta(days=SEARCH_DAYS + 1)
    busy = _busy(session, request, exclude_id, window_start, window_end)
    vehicle = session.get(Vehicle, request.vehicle_id)
    assert vehicle is not None
    label = vehicle_label(vehicle.make, vehicle.model, vehicle.plate)
    alternatives: list[Alternative] = []
    earliest = now
    best: datetime | None = None
    for candidate in _slot_starts(request.start, _week_hours(settings), minutes, zone):
        if candidate < earliest or candidate == request.start:
            continue
        end = candidate + length
        if not (
            is_free(busy["vehicle"], candidate, end) and is_free(busy["people"], candidate, end)
        ):
            continue
        if best is None:
            best = candidate
            continue
        distance, best_distance = abs(candidate - request.start), abs(best - request.start)
        if distance < best_distance or (distance == best_distance and candidate > best):
            best = candidate
    if best is not None:
        alternatives.append(Alternative("slot", VehicleId(vehicle.id), label, best, best + length))

    if vehicle_clash and is_free(busy["people"], request.start, request.end):
        taken = select(TestDrive.vehicle_id).where(
            *holding(TEST_DRIVE_SLOTS, request.start, request.end)
        )
        if exclude_id is not None:
            taken = taken.where(TestDrive.id != exclude_id)
        other = session.execute(
            select(Vehicle.id, Vehicle.make, Vehicle.model, Vehicle.plate)
            .where(
                Vehicle.role == VehicleRole.FLEET,
                Vehicle.make == vehicle.make,
                Vehicle.model == vehicle.model,
                Vehicle.id != vehicle.id,
                Vehicle.status != FleetStatus.OUT_OF_SERVICE,
                Vehicle.id.not_in(taken),
            )
            .order_by(Vehicle.plate, Vehicle.id)
            .limit(1)
        ).first()
        if other is not None:
            alternatives.append(
                Alternative(
                    "vehicle",
                    VehicleId(other[0]),
                    vehicle_label(other[1], other[2], other[3]),
                    request.start,
                    request.end,
                )
            )
    return alternatives


def _conflict(
    session: Session,
    request: _Request,
    settings: ShowroomSettings,
    now: datetime,
    exclude_id: int | None,
) -> BookingConflict | None:
    holders = _holders_query(session, request, exclude_id, request.start, request.end)
    if not holders:
        return None
    vehicle_clash = any(h.clash == "vehicle" for h in holders)
    alternatives = suggest_alternatives(session, request, settings, now, exclude_id, vehicle_clash)
    return BookingConflict(holders, alternatives, ZoneInfo(settings.timezone))


def _write_guarded(
    session: Session,
    request: _Request,
    settings: ShowroomSettings,
    now: datetime,
    exclude_id: int | None,
    apply: Callable[[], None],
) -> None:
    """Check for conflicts, then ``apply`` the change and flush it in a savepoint; turn the
    database's refusal into a BookingConflict.

    The database guard catches what the check cannot see: on PostgreSQL a booking committed
    by another PC between our check and our insert (ours waits for theirs, then fails). The
    savepoint keeps our unit of work usable to read who won and offer alternatives. The
    change is applied inside the savepoint because beginning one flushes what is pending.
    """
    conflict = _conflict(session, request, settings, now, exclude_id)
    if conflict is not None:
        raise conflict

    def refused() -> BookingConflict:
        conflict = _conflict(session, request, settings, now, exclude_id)
        return BookingConflict(
            conflict.holders if conflict else [],
            conflict.alternatives if conflict else [],
            ZoneInfo(settings.timezone),
            by_database=True,
        )

    flush_guarded(session, apply, refused)


# --- the booking rules -------------------------------------------------------------------------
class OutsideHours(ValidationError):
    """The drive falls outside the test-drive hours (kernel.settings ``test_drive_hours``);
    ``alternatives`` holds the nearest allowed free time for the same car, which the booking
    dialog offers."""

    def __init__(self, error: ValidationError, alternatives: list[Alternative]) -> None:
        super().__init__(error.field, error.rule_template, **error.values)
        self.alternatives = alternatives


def _check_hours(
    session: Session,
    request: _Request,
    settings: ShowroomSettings,
    now: datetime,
    exclude_id: int | None,
) -> None:
    """Refuse a drive outside the opening hours of its weekday, offering the nearest one in."""
    zone = ZoneInfo(settings.timezone)
    try:
        rules.check_within_hours(request.start, request.end, _week_hours(settings), zone)
    except ValidationError as error:
        found = suggest_alternatives(session, request, settings, now, exclude_id, False)
        raise OutsideHours(error, found) from None


def _check_daily_limit(
    session: Session, request: _Request, settings: ShowroomSettings, exclude_id: int | None
) -> None:
    """One customer books one car at most ``test_drives_per_car_per_day`` times on a showroom
    day (counting the bookings that hold their slot: booked, out or returned)."""
    zone = ZoneInfo(settings.timezone)
    day_start, day_end = day_bounds(local_day(request.start, zone), zone)
    # Two PCs booking one customer at once would both count the same drives: on PostgreSQL
    # the customer's row is locked first, so they count one after the other (SQLite's
    # BEGIN IMMEDIATE already lets only one writer in).
    session.execute(select(Customer.id).where(Customer.id == request.customer_id).with_for_update())
    query = select(func.count(TestDrive.id)).where(
        TestDrive.customer_id == request.customer_id,
        TestDrive.vehicle_id == request.vehicle_id,
        TestDrive.status.in_(ACTIVE_STATUSES),
        TestDrive.starts_at >= day_start,
        TestDrive.starts_at < day_end,
    )
    if exclude_id is not None:
        query = query.where(TestDrive.id != exclude_id)
    count = session.scalar(query) or 0
    limit = settings.test_drives_per_car_per_day
    if count >= limit:
        vehicle = session.get(Vehicle, request.vehicle_id)
        assert vehicle is not None
        raise ValidationError(
            "vehicle",
            "this customer has {count} drives of the {car} on {day:%a %d %b} already; "
            "at most {limit} drives of one car a day",
            count=count,
            car=vehicle_label(vehicle.make, vehicle.model, vehicle.plate),
            day=request.start.astimezone(zone),
            limit=limit,
        )


# --- booking -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BookingDraft:
    """A booking as entered: who, which car, with whom, when and for how long."""

    customer_id: int | None
    vehicle_id: int | None
    consultant_id: int | None
    start: datetime | None
    minutes: int | None = None
    route_note: str = ""


def _check_vehicle(session: Session, vehicle_id: int | None) -> Vehicle:
    if vehicle_id is None:
        raise ValidationError("vehicle", "choose a car of the test-drive fleet")
    vehicle = session.get(Vehicle, vehicle_id) if is_record_id(vehicle_id) else None
    if vehicle is None or vehicle.role != VehicleRole.FLEET:
        raise ValidationError(
            "vehicle", "there is no fleet car with number {vehicle_id}", vehicle_id=vehicle_id
        )
    if not can_be_booked(vehicle.status):
        raise ValidationError(
            "vehicle",
            "the {vehicle_label} is out of service: choose another car",
            vehicle_label=vehicle_label(vehicle.make, vehicle.model, vehicle.plate),
        )
    return vehicle


def _check_consultant(session: Session, consultant_id: int | None) -> User:
    if consultant_id is None:
        raise ValidationError("consultant", "choose the consultant who goes along")
    user = session.get(User, consultant_id) if is_record_id(consultant_id) else None
    if user is None:
        raise ValidationError(
            "consultant",
            "there is no user with number {consultant_id}",
            consultant_id=consultant_id,
        )
    if not user.active:
        raise ValidationError(
            "consultant", "{display_name} no longer works here", display_name=user.display_name
        )
    return user


def _check_customer(session: Session, customer_id: int | None) -> Customer:
    if customer_id is None:
        raise ValidationError("customer", "pick the customer who drives")
    customer = session.get(Customer, customer_id) if is_record_id(customer_id) else None
    if customer is None:
        raise ValidationError(
            "customer", "there is no customer with number {customer_id}", customer_id=customer_id
        )
    return customer


def _check_start(start: datetime | None, now: datetime) -> datetime:
    if start is None:
        raise ValidationError("start", "must be given")
    if start.tzinfo is None:
        raise ValueError("a test drive's start must know its time zone")
    if start < now - PAST_GRACE:
        raise ValidationError("start", "must not be in the past")
    return start.astimezone(UTC)


def book_test_drive(
    session: Session,
    draft: BookingDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> TestDriveId:
    """Book a test drive; raises BookingConflict if the car, consultant or customer is
    taken, ValidationError for a broken rule. Nothing is written then."""
    now = now or utc_now()
    require(session, actor_id, Action.BOOK_TEST_DRIVE, draft.customer_id)
    customer = _check_customer(session, draft.customer_id)
    vehicle = _check_vehicle(session, draft.vehicle_id)
    consultant = _check_consultant(session, draft.consultant_id)
    start = _check_start(draft.start, now)
    end = rules.drive_end(start, draft.minutes or settings.test_drive_minutes)
    note = clean_line(draft.route_note, "route note", max_length=300) or None
    request = _Request(customer.id, vehicle.id, consultant.id, start, end)
    _check_hours(session, request, settings, now, None)
    _check_daily_limit(session, request, settings, None)
    drive = TestDrive(
        customer_id=customer.id,
        vehicle_id=vehicle.id,
        consultant_id=consultant.id,
        starts_at=start,
        ends_at=end,
        route_note=note,
        status=DriveStatus.BOOKED.value,
        licence_photo_checked=False,
        created_at=now,
        created_by_id=actor_id,
    )
    _write_guarded(session, request, settings, now, None, lambda: session.add(drive))
    return TestDriveId(drive.id)


def get_drive(session: Session, drive_id: int) -> TestDrive:
    drive = session.get(TestDrive, drive_id) if is_record_id(drive_id) else None
    if drive is None:
        raise TestDriveNotFound(drive_id)
    return drive


def customer_of_drive(session: Session, drive_id: int) -> int | None:
    """The id of the customer test drive ``drive_id`` is for; None when there is no such
    drive (deleted on another PC since the list was drawn)."""
    if not is_record_id(drive_id):
        return None
    return session.scalar(select(TestDrive.customer_id).where(TestDrive.id == drive_id))


def _drive_for(session: Session, actor_id: int | None, drive_id: int) -> TestDrive:
    """The drive, if the actor may book and run test drives for its customer."""
    drive = get_drive(session, drive_id)
    require(session, actor_id, Action.BOOK_TEST_DRIVE, drive.customer_id)
    return drive


def _check_version(drive: TestDrive, expected_version: int | None) -> None:
    if expected_version is not None and drive.version != expected_version:
        raise ConflictError(
            "This test drive was changed on another PC after you opened it; look at it again, "
            "then repeat your change."
        )


def reschedule_test_drive(
    session: Session,
    actor_id: UserId | None,
    drive_id: int,
    expected_version: int | None,
    settings: ShowroomSettings,
    *,
    start: datetime | None = None,
    minutes: int | None = None,
    vehicle_id: int | None = None,
    consultant_id: int | None = None,
    route_note: str | None = None,
    now: datetime | None = None,
) -> None:
    """Move, lengthen or shorten a booking, or give it another car or consultant, through
    the same conflict check as a new booking. While the car is out, only the planned return
    time can change."""
    now = now or utc_now()
    drive = _drive_for(session, actor_id, drive_id)
    _check_version(drive, expected_version)
    new_start = start.astimezone(UTC) if start is not None else drive.starts_at
    new_minutes = (
        minutes if minutes is not None else rules.real_minutes(drive.starts_at, drive.ends_at)
    )
    new_vehicle = vehicle_id if vehicle_id is not None else drive.vehicle_id
    new_consultant = consultant_id if consultant_id is not None else drive.consultant_id
    end_only = (
        new_start == drive.starts_at
        and new_vehicle == drive.vehicle_id
        and new_consultant == drive.consultant_id
    )
    rules.check_reschedule(drive.status, end_only=end_only)
    if new_vehicle != drive.vehicle_id:
        _check_vehicle(session, new_vehicle)
    if new_consultant != drive.consultant_id:
        _check_consultant(session, new_consultant)
    if new_start != drive.starts_at:
        _check_start(new_start, now)
    new_end = rules.drive_end(new_start, new_minutes)
    if drive.status == DriveStatus.OUT and new_end <= now:
        raise ValidationError("duration", "the new return time has passed already")
    note = (
        clean_line(route_note, "route note", max_length=300) or None
        if route_note is not None
        else drive.route_note
    )
    request = _Request(drive.customer_id, new_vehicle, new_consultant, new_start, new_end)
    if drive.status == DriveStatus.BOOKED:  # a car on the road may come back after closing
        _check_hours(session, request, settings, now, drive.id)
    if not end_only:
        _check_daily_limit(session, request, settings, drive.id)

    def apply() -> None:
        drive.starts_at = new_start
        drive.ends_at = new_end
        drive.vehicle_id = new_vehicle
        drive.consultant_id = new_consultant
        drive.route_note = note

    _write_guarded(session, request, settings, now, drive.id, apply)


def cancel_test_drive(
    session: Session,
    drive_id: int,
    reason: str,
    actor_id: UserId | None,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> None:
    """Cancel a booking that has not started; the slot is free again at once."""
    drive = _drive_for(session, actor_id, drive_id)
    _check_version(drive, expected_version)
    drive.status = rules.cancel(drive.status).value
    drive.cancel_reason = clean_line(reason, "reason", max_length=300) or None
    drive.closed_at = now or utc_now()
    drive.closed_by_id = actor_id
    session.flush()


def mark_no_show(
    session: Session,
    drive_id: int,
    actor_id: UserId | None,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> None:
    """The customer did not come: the slot is freed and the timeline says so."""
    now = now or utc_now()
    drive = _drive_for(session, actor_id, drive_id)
    _check_version(drive, expected_version)
    drive.status = rules.mark_no_show(drive.status, drive.starts_at, now).value
    drive.closed_at = now
    drive.closed_by_id = actor_id
    vehicle = session.get(Vehicle, drive.vehicle_id)
    assert vehicle is not None
    session.add(
        Interaction(
            customer_id=drive.customer_id,
            user_id=drive.consultant_id,
            kind="test_drive",
            occurred_at=drive.starts_at,
            summary=f"Did not come to the test drive of the {vehicle.make} {vehicle.model}",
        )
    )
    session.flush()


# --- the licence, check-out and check-in -------------------------------------------------------
def _stored_licence(drive: TestDrive) -> Licence | None:
    if drive.licence_number is None or drive.licence_expires_on is None:
        return None
    return Licence(
        drive.licence_number,
        drive.licence_country or "",
        drive.licence_expires_on,
        drive.licence_photo_checked,
    )


def record_licence(
    session: Session,
    actor_id: UserId | None,
    drive_id: int,
    draft: LicenceDraft,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> Licence:
    """Record the driver's licence for a booking (before the agreement is printed).

    An empty number keeps the number on file. A licence that has expired, or that expires
    before the drive ends, is refused.
    """
    now = now or utc_now()
    drive = _drive_for(session, actor_id, drive_id)
    if not rules.can_check_out(drive.status):
        raise DomainError(
            "The licence is checked before the car leaves; this test drive is {value}.",
            value=Phrase.of(rules.STATUS_WORDS[DriveStatus(drive.status)]),
        )
    if not draft.number.strip() and drive.licence_number:
        draft = LicenceDraft(
            drive.licence_number, draft.country, draft.expires_on, draft.photo_checked
        )
    licence = rules.validate_licence(draft)
    rules.check_licence_covers(licence, drive.ends_at, now, ZoneInfo(settings.timezone))
    drive.licence_number = licence.number
    drive.licence_country = licence.country
    drive.licence_expires_on = licence.expires_on
    drive.licence_photo_checked = licence.photo_checked
    session.flush()
    return licence


@dataclass(frozen=True, slots=True)
class CheckOutDraft:
    """What is read off the licence and the car as it leaves."""

    odometer_km: int
    fuel_percent: int
    licence: LicenceDraft | None = None


def check_out(
    session: Session,
    drive_id: int,
    draft: CheckOutDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> None:
    """The car leaves: licence checked, time, odometer and fuel recorded, car on the drive."""
    now = now or utc_now()
    zone = ZoneInfo(settings.timezone)
    drive = _drive_for(session, actor_id, drive_id)
    rules.check_out(drive.status)
    if now >= drive.ends_at:
        raise DomainError(
            "The booked time of this test drive is over: move the booking to a new time first."
        )
    vehicle = session.get(Vehicle, drive.vehicle_id)
    assert vehicle is not None
    if not can_go_out(vehicle.status):
        reason = {
            FleetStatus.ON_DRIVE: "is still out on another test drive",
            FleetStatus.IN_PREPARATION: "is being prepared; set it available when it is ready",
            FleetStatus.OUT_OF_SERVICE: "is out of service",
        }.get(FleetStatus(vehicle.status), "cannot go out")
        raise DomainError(
            "The {make} {model} {reason}.", make=vehicle.make, model=vehicle.model, reason=reason
        )
    if draft.licence is not None:
        record_licence(session, actor_id, drive.id, draft.licence, settings, now=now)
    rules.check_ready_to_go(_stored_licence(drive), drive.ends_at, now, zone)
    odometer = rules.check_odometer(draft.odometer_km, "odometer out")
    if odometer < vehicle.odometer_km:
        raise ValidationError(
            "odometer out",
            "must not be lower than the car's last reading ({odometer_km:,} km)",
            odometer_km=vehicle.odometer_km,
        )
    drive.status = DriveStatus.OUT.value
    drive.checked_out_at = now
    drive.odometer_out_km = odometer
    drive.fuel_out_percent = rules.check_fuel(draft.fuel_percent, "fuel out")
    vehicle.status = FleetStatus.ON_DRIVE.value
    vehicle.odometer_km = odometer
    vehicle.fuel_percent = drive.fuel_out_percent
    session.flush()


@dataclass(frozen=True, slots=True)
class CheckInDraft:
    """What is read off the car as it comes back, and what the customer thought."""

    odometer_km: int
    fuel_percent: int
    damage_notes: str = ""
    rating: int | None = None
    feedback: str = ""
    car_status: str = FleetStatus.AVAILABLE.value


@dataclass(frozen=True, slots=True)
class DriveFinished:
    interaction_id: int
    follow_up_ids: list[int]


def _clean_notes(text: str, field: str, max_length: int) -> str | None:
    lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
    cleaned = "\n".join(line for line in lines if line)
    for line in lines:
        clean_line(line, field, max_length=max_length)
    if len(cleaned) > max_length:
        raise ValidationError(
            field, "must be at most {max_length} characters", max_length=max_length
        )
    return cleaned or None


def _end_slot_at_check_in(drive: TestDrive) -> None:
    """A car back before its planned return frees the rest of its slot: the drive's slot
    (``ends_at``, which the overlap guards read) ends at the check-in, and the planned end
    is kept in ``planned_ends_at`` for the agreement and the drive's history. The slot keeps
    at least a minute after its start (the database wants ends_at > starts_at) when a car
    taken out early came back before its booked start."""
    assert drive.checked_in_at is not None
    if drive.checked_in_at >= drive.ends_at:
        return
    drive.planned_ends_at = drive.planned_ends_at or drive.ends_at
    drive.ends_at = max(drive.checked_in_at, drive.starts_at + timedelta(minutes=1))


def check_in(
    session: Session,
    drive_id: int,
    draft: CheckInDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    now: datetime | None = None,
) -> DriveFinished:
    """The car is back: readings, damage and feedback recorded, the drive on the customer's
    timeline, and the test-drive follow-ups scheduled."""
    now = now or utc_now()
    drive = _drive_for(session, actor_id, drive_id)
    rules.check_in(drive.status)
    assert drive.odometer_out_km is not None and drive.checked_out_at is not None
    odometer = rules.check_odometer_in(drive.odometer_out_km, draft.odometer_km)
    fuel = rules.check_fuel(draft.fuel_percent, "fuel in")
    rating = rules.check_rating(draft.rating)
    damage = _clean_notes(draft.damage_notes, "damage notes", 2000)
    feedback = clean_line(draft.feedback, "comment", max_length=500) or None
    car_status = next((s for s in MANUAL_FLEET_STATUSES if s.value == draft.car_status), None)
    if car_status is None:
        raise ValidationError("car goes to", "must be available, in preparation or out of service")
    vehicle = session.get(Vehicle, drive.vehicle_id)
    assert vehicle is not None

    drive.status = DriveStatus.RETURNED.value
    drive.checked_in_at = max(now, drive.checked_out_at)
    _end_slot_at_check_in(drive)
    drive.odometer_in_km = odometer
    drive.fuel_in_percent = fuel
    drive.damage_notes = damage
    drive.rating = rating
    drive.feedback = feedback
    drive.closed_at = now
    drive.closed_by_id = actor_id
    vehicle.status = car_status.value
    vehicle.odometer_km = odometer
    vehicle.fuel_percent = fuel

    minutes = rules.real_minutes(drive.checked_out_at, drive.checked_in_at)
    summary = (
        f"Test drive: {vehicle.make} {vehicle.model}"
        + (f" {vehicle.trim}" if vehicle.trim else "")
        + f", {minutes} min, {odometer - drive.odometer_out_km:,} km"
        + (f"; rated {rating}/5" if rating else "")
        + (f": {feedback}" if feedback else "")
        + ("; damage noted" if damage else "")
    )
    interaction = Interaction(
        customer_id=drive.customer_id,
        user_id=drive.consultant_id,
        kind="test_drive",
        occurred_at=now,
        summary=summary[:500],
    )
    session.add(interaction)
    customer = session.get(Customer, drive.customer_id)
    assert customer is not None
    customer.updated_at = now
    tasks = schedule_cadence(
        session,
        drive.customer_id,
        "test_drive",
        now,
        drive.consultant_id,
        actor_id,
        settings,
        reason=f"Follow up the test drive of the {vehicle.make} {vehicle.model}",
    )
    session.flush()
    return DriveFinished(interaction.id, [t.id for t in tasks])


def check_drives_can_merge(session: Session, keep_id: int, merge_id: int) -> None:
    """Two cards of one person cannot be merged while each holds a test drive at the same
    time: the merged customer would be booked twice. Says which drives, so one is moved or
    cancelled first."""
    mine, theirs = aliased(TestDrive), aliased(TestDrive)
    clash = session.execute(
        select(mine.id, theirs.id)
        .join(
            theirs,
            and_(
                theirs.customer_id == merge_id,
                theirs.status.in_(ACTIVE_STATUSES),
                theirs.starts_at < mine.ends_at,
                mine.starts_at < theirs.ends_at,
            ),
        )
        .where(mine.customer_id == keep_id, mine.status.in_(ACTIVE_STATUSES))
        .limit(1)
    ).first()
    if clash is not None:
        raise DomainError(
            "Both cards have a test drive at the same time (test drives {first} and {second}): cancel or move one of them, then merge the cards.",
            first=clash[0],
            second=clash[1],
        )


# --- reading -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DriveDetails:
    """Everything about one test drive, for its dialogs, its calendar file and its agreement."""

    id: TestDriveId
    version: int
    status: DriveStatus
    start: datetime
    end: datetime
    route_note: str | None
    customer_id: CustomerId
    customer_name: str
    customer_phone: str | None
    customer_email: str | None
    customer_address: str | None
    consultant_id: UserId
    consultant_name: str
    vehicle_id: VehicleId
    make: str
    model: str
    trim: str | None
    colour: str | None
    plate: str | None
    vin: str
    vehicle_status: str
    vehicle_odometer_km: int
    vehicle_fuel_percent: int | None
    licence_masked: str | None
    licence_country: str | None
    licence_expires_on: date | None
    licence_photo_checked: bool
    checked_out_at: datetime | None
    odometer_out_km: int | None
    fuel_out_percent: int | None
    checked_in_at: datetime | None
    odometer_in_km: int | None
    fuel_in_percent: int | None
    damage_notes: str | None
    rating: int | None
    feedback: str | None
    cancel_reason: str | None

    @property
    def vehicle_label(self) -> str:
        return vehicle_label(self.make, self.model, self.plate)

    @property
    def minutes(self) -> int:
        return rules.real_minutes(self.start, self.end)


def drive_details(session: Session, drive_id: int, *, actor_id: int | None) -> DriveDetails:
    """A booking as the screens show it, for someone who may see its customer."""
    drive = get_drive(session, drive_id)
    require(session, actor_id, Action.VIEW_CUSTOMER, drive.customer_id)
    customer = session.get(Customer, drive.customer_id)
    consultant = session.get(User, drive.consultant_id)
    vehicle = session.get(Vehicle, drive.vehicle_id)
    assert customer is not None and consultant is not None and vehicle is not None
    return DriveDetails(
        id=TestDriveId(drive.id),
        version=drive.version,
        status=DriveStatus(drive.status),
        start=drive.starts_at,
        end=drive.planned_ends_at or drive.ends_at,  # the booked end
        route_note=drive.route_note,
        customer_id=CustomerId(customer.id),
        customer_name=customer.full_name,
        customer_phone=customer.primary_phone,
        customer_email=customer.email,
        customer_address=customer.address,
        consultant_id=UserId(consultant.id),
        consultant_name=consultant.display_name,
        vehicle_id=VehicleId(vehicle.id),
        make=vehicle.make,
        model=vehicle.model,
        trim=vehicle.trim,
        colour=vehicle.colour,
        plate=vehicle.plate,
        vin=vehicle.vin,
        vehicle_status=vehicle.status,
        vehicle_odometer_km=vehicle.odometer_km,
        vehicle_fuel_percent=vehicle.fuel_percent,
        licence_masked=rules.mask_licence(drive.licence_number) if drive.licence_number else None,
        licence_country=drive.licence_country,
        licence_expires_on=drive.licence_expires_on,
        licence_photo_checked=drive.licence_photo_checked,
        checked_out_at=drive.checked_out_at,
        odometer_out_km=drive.odometer_out_km,
        fuel_out_percent=drive.fuel_out_percent,
        checked_in_at=drive.checked_in_at,
        odometer_in_km=drive.odometer_in_km,
        fuel_in_percent=drive.fuel_in_percent,
        damage_notes=drive.damage_notes,
        rating=drive.rating,
        feedback=drive.feedback,
        cancel_reason=drive.cancel_reason,
    )


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One block of the test-drive calendar."""

    id: TestDriveId
    version: int
    vehicle_id: VehicleId
    customer_name: str
    consultant_name: str
    start: datetime
    end: datetime
    status: DriveStatus

    def overdue(self, now: datetime) -> bool:
        return rules.is_overdue(self.status, self.end, now)


_OVERDUE_LOOKBACK = timedelta(days=2)  # a drive still out is shown this long after its start


def calendar_entries(session: Session, start: datetime, end: datetime) -> list[CalendarEntry]:
    """The bookings that touch ``[start, end)``, cancelled ones left out, by car and time.

    A drive still out after its planned end is included until it is checked in, so an
    overdue return shows up on today's calendar.
    """
    consultant = aliased(User)
    query = (
        select(
            TestDrive.id,
            TestDrive.version,
            TestDrive.vehicle_id,
            Customer.full_name,
            consultant.display_name,
            TestDrive.starts_at,
            TestDrive.ends_at,
            TestDrive.status,
        )
        .join(Customer, Customer.id == TestDrive.customer_id)
        .join(consultant, consultant.id == TestDrive.consultant_id)
        .where(
            TestDrive.status != DriveStatus.CANCELLED,
            TestDrive.starts_at < end,
            # Implied by the clause below (no booking spans more than MAX_SPAN), and written
            # out so the database reads an index range rather than every drive ever booked.
            TestDrive.starts_at >= start - max(rules.MAX_SPAN, _OVERDUE_LOOKBACK),
            or_(
                TestDrive.ends_at > start,
                and_(
                    TestDrive.status == DriveStatus.OUT,
                    TestDrive.starts_at >= start - _OVERDUE_LOOKBACK,
                ),
            ),
        )
        .order_by(TestDrive.vehicle_id, TestDrive.starts_at)
    )
    return [
        CalendarEntry(
            TestDriveId(r[0]),
            r[1],
            VehicleId(r[2]),
            r[3],
            r[4],
            r[5],
            r[6],
            DriveStatus(r[7]),
        )
        for r in session.execute(query)
    ]


def drives_of_customer(session: Session, customer_id: int) -> list[CalendarEntry]:
    """A customer's bookings, newest first (for the customer card)."""
    consultant = aliased(User)
    query = (
        select(
            TestDrive.id,
            TestDrive.version,
            TestDrive.vehicle_id,
            Customer.full_name,
            consultant.display_name,
            TestDrive.starts_at,
            TestDrive.ends_at,
            TestDrive.status,
        )
        .join(Customer, Customer.id == TestDrive.customer_id)
        .join(consultant, consultant.id == TestDrive.consultant_id)
        .where(TestDrive.customer_id == customer_id)
        .order_by(TestDrive.starts_at.desc())
    )
    return [
        CalendarEntry(
            TestDriveId(r[0]), r[1], VehicleId(r[2]), r[3], r[4], r[5], r[6], DriveStatus(r[7])
        )
        for r in session.execute(query)
    ]
