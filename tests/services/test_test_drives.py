"""Booking, conflicts, the licence check, check-out and check-in, .ics, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from showroom.core.errors import ConflictError, DomainError, ValidationError
from showroom.customers.follow_ups import open_follow_ups
from showroom.customers.timeline import timeline
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.storage.models import TestDrive, Vehicle
from showroom.test_drives.domain import DriveStatus, LicenceDraft, local_instant
from showroom.test_drives.ics import test_drive_ics as make_ics
from showroom.test_drives.service import (
    BookingConflict,
    BookingDraft,
    CheckInDraft,
    CheckOutDraft,
    book_test_drive,
    calendar_entries,
    cancel_test_drive,
    check_in,
    check_out,
    drive_details,
    mark_no_show,
    record_licence,
    reschedule_test_drive,
)
from tests.services.drive_world import NOW, SETTINGS, World, make_world

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 11, 26)


def at(hh: int, mm: int = 0, day: date = DAY) -> datetime:
    return local_instant(day, time(hh, mm), LONDON)


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


def book(
    db: Database,
    customer: int,
    vehicle: int,
    consultant: int,
    start: datetime,
    minutes: int | None = None,
    now: datetime = NOW,
    settings: object = SETTINGS,
) -> int:
    with db.session() as s:
        return book_test_drive(
            s,
            BookingDraft(customer, vehicle, consultant, start, minutes, "A40 and back"),
            None,
            settings,  # type: ignore[arg-type]
            now=now,
        )


def count_drives(db: Database) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count(TestDrive.id))) or 0)


# --- booking and conflicts ---------------------------------------------------------------------
def test_booking_stores_instants_and_default_length(db: Database, world: World) -> None:
    drive_id = book(db, world.anna, world.golf1, world.ben, at(10))
    with db.reader() as s:
        d = drive_details(s, drive_id, actor_id=None)
    assert d.status is DriveStatus.BOOKED
    assert d.start == datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    assert d.end - d.start == timedelta(minutes=SETTINGS.test_drive_minutes)
    assert d.route_note == "A40 and back"
    assert (d.customer_name, d.consultant_name, d.plate) == ("Anna Nowak", "Ben Carter", "AB12 CDE")


def test_vehicle_conflict_names_the_holder_and_offers_alternatives(
    db: Database, world: World
) -> None:
    book(db, world.anna, world.golf1, world.ben, at(10))
    with pytest.raises(BookingConflict) as caught:
        book(db, world.jurgen, world.golf1, world.li, at(10, 15))
    conflict = caught.value
    assert str(conflict).startswith(
        "The Volkswagen Golf (AB12 CDE) is booked from 10:00 to 10:30 on Thu 26 Nov "
        "for Anna Nowak with Ben Carter."
    )
    assert [h.clash for h in conflict.holders] == ["vehicle"]
    slot, car = conflict.alternatives
    assert (slot.kind, slot.vehicle_id) == ("slot", world.golf1)
    assert (slot.start, slot.end) == (at(10, 30), at(11))  # nearest free 30 minutes for it
    assert (car.kind, car.vehicle_id, car.start) == ("vehicle", world.golf2, at(10, 15))
    assert "The nearest free time for this car is from 10:30 to 11:00 on Thu 26 Nov." in str(
        conflict
    )
    assert "The Volkswagen Golf (AB12 CDF) is free then." in str(conflict)
    assert count_drives(db) == 1
    # Both alternatives can really be booked.
    book(db, world.jurgen, car.vehicle_id, world.li, car.start)
    book(db, world.wang, slot.vehicle_id, world.ben, slot.start)
    assert count_drives(db) == 3


def test_consultant_and_customer_cannot_be_in_two_places(db: Database, world: World) -> None:
    book(db, world.anna, world.golf1, world.ben, at(10))
    with pytest.raises(BookingConflict) as caught:
        book(db, world.jurgen, world.tesla, world.ben, at(10, 20))
    assert str(caught.value).startswith(
        "Ben Carter is on a test drive with Anna Nowak from 10:00 to 10:30 on Thu 26 Nov "
        "(Volkswagen Golf (AB12 CDE))."
    )
    # Another car does not help when the consultant is busy: only a time is offered.
    assert [a.kind for a in caught.value.alternatives] == ["slot"]
    assert caught.value.alternatives[0].vehicle_id == world.tesla
    with pytest.raises(BookingConflict) as caught:
        book(db, world.anna, world.tesla, world.li, at(9, 45))
    assert [h.clash for h in caught.value.holders] == ["customer"]
    assert "Anna Nowak has a test drive booked already from 10:00 to 10:30" in str(caught.value)
    # The nearest time at which the car, Li Na and Anna are all free: 09:30–10:00 (10:15 is
    # as near, but still clashes with Anna's drive).
    assert caught.value.alternatives[0].start == at(9, 30)
    assert count_drives(db) == 1


def test_back_to_back_bookings_are_fine(db: Database, world: World) -> None:
    book(db, world.anna, world.golf1, world.ben, at(10))
    book(db, world.jurgen, world.golf1, world.ben, at(10, 30))
    book(db, world.wang, world.golf1, world.ben, at(9, 30))
    assert count_drives(db) == 3


def test_cancelled_and_no_show_bookings_free_the_slot(db: Database, world: World) -> None:
    first = book(db, world.anna, world.golf1, world.ben, at(10))
    with db.session() as s:
        cancel_test_drive(s, first, "Customer rang: car trouble", world.ben, now=NOW)
    second = book(db, world.jurgen, world.golf1, world.ben, at(10))
    with db.session() as s, pytest.raises(DomainError, match="has not begun yet"):
        mark_no_show(s, second, world.ben, now=at(9, 59))
    with db.session() as s:
        mark_no_show(s, second, world.ben, now=at(10, 20))
    book(db, world.wang, world.golf1, world.ben, at(10, 25), now=at(10, 20))
    with db.reader() as s:
        entries = timeline(s, world.jurgen)
        assert entries[0].kind == "test_drive"
        assert entries[0].summary == "Did not come to the test drive of the Volkswagen Golf"
        statuses = {
            e.id: e.status for e in calendar_entries(s, at(0), at(0, day=DAY + timedelta(days=1)))
        }
    assert first not in statuses  # cancelled ones are not drawn
    assert statuses[second] is DriveStatus.NO_SHOW


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"customer_id": None}, "customer", "pick the customer"),
        ({"customer_id": 99_999}, "customer", "no customer with number 99999"),
        ({"vehicle_id": None}, "vehicle", "choose a car"),
        ({"consultant_id": 99_999}, "consultant", "no user with number 99999"),
        ({"start": NOW - timedelta(hours=1)}, "start", "must not be in the past"),
        ({"minutes": 5}, "duration", "from 10 to 240 minutes"),
        ({"route_note": "x" * 301}, "route note", "at most 300 characters"),
    ],
)
def test_bad_booking_names_field_and_rule(
    db: Database, world: World, change: dict[str, object], field: str, rule: str
) -> None:
    draft = replace(BookingDraft(world.anna, world.golf1, world.ben, at(10)), **change)  # type: ignore[arg-type]
    with db.session() as s, pytest.raises(ValidationError) as caught:
        book_test_drive(s, draft, None, SETTINGS, now=NOW)
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert count_drives(db) == 0


def test_out_of_service_car_takes_no_booking(db: Database, world: World) -> None:
    with db.session() as s:
        car = s.get(Vehicle, world.tesla)
        assert car is not None
        car.status = "out_of_service"
    with pytest.raises(ValidationError, match=r"Tesla Model 3 \(EV23 TES\) is out of service"):
        book(db, world.anna, world.tesla, world.ben, at(10))


def test_nearest_slot_stays_in_booking_hours_and_the_future(db: Database, world: World) -> None:
    book(db, world.anna, world.golf1, world.ben, at(19, 30))
    with pytest.raises(BookingConflict) as caught:
        book(db, world.jurgen, world.golf1, world.li, at(19, 30), now=at(18, 50))
    slot = caught.value.alternatives[0]
    # 20:00–20:30 is after closing (20:00); 19:00–19:30 is free and not in the past.
    assert (slot.start, slot.end) == (at(19), at(19, 30))
    with pytest.raises(BookingConflict) as caught:
        book(db, world.jurgen, world.golf1, world.li, at(19, 30), now=at(19, 10))
    # 19:00 has passed, 19:15 clashes: the first free time is at 08:00 the next morning.
    assert caught.value.alternatives[0].start == at(8, day=DAY + timedelta(days=1))


# --- daylight saving -----------------------------------------------------------------------------
ALL_DAY = replace(SETTINGS, test_drive_hours="00:00-24:00")


@pytest.mark.parametrize(
    ("day", "local_end"),
    [(date(2026, 3, 29), "03:00 BST"), (date(2026, 10, 25), "01:00 GMT")],
)
def test_drive_across_dst_change_keeps_its_real_length(
    db: Database, world: World, day: date, local_end: str
) -> None:
    start = at(0, 30, day)
    # Open all day: 00:30 is outside the default test-drive hours (08:00-20:00).
    drive_id = book(
        db,
        world.anna,
        world.golf1,
        world.ben,
        start,
        90,
        now=start - timedelta(days=1),
        settings=ALL_DAY,
    )
    with db.reader() as s:
        d = drive_details(s, drive_id, actor_id=None)
    assert d.start == start
    assert d.end.astimezone(UTC) - d.start.astimezone(UTC) == timedelta(minutes=90)
    assert d.minutes == 90
    assert d.end.astimezone(LONDON).strftime("%H:%M %Z") == local_end


def test_overlap_is_judged_by_instants_not_wall_clock(db: Database, world: World) -> None:
    """On 25 Oct 2026 London shows 01:00–02:00 twice. A drive at the first 01:15 (BST) and
    one at the second 01:15 (GMT) do not overlap, though their wall-clock times are equal."""
    first = datetime(2026, 10, 25, 0, 15, tzinfo=UTC)  # 01:15 BST
    second = datetime(2026, 10, 25, 1, 15, tzinfo=UTC)  # 01:15 GMT
    assert first.astimezone(LONDON).strftime("%H:%M") == second.astimezone(LONDON).strftime("%H:%M")
    earlier = NOW.replace(month=10, day=1)
    book(db, world.anna, world.golf1, world.ben, first, 60, now=earlier, settings=ALL_DAY)
    book(db, world.jurgen, world.golf1, world.li, second, 30, now=earlier, settings=ALL_DAY)
    with pytest.raises(BookingConflict):
        book(
            db,
            world.wang,
            world.golf1,
            world.li,
            second - timedelta(minutes=20),
            15,
            now=earlier,
            settings=ALL_DAY,
        )


# --- the database guard ----------------------------------------------------------------------------
def test_database_itself_refuses_an_overlap(db: Database, world: World) -> None:
    """Bypassing the service (a bug, a hand-written insert): the database still refuses."""
    book(db, world.anna, world.golf1, world.ben, at(10))
    row = {
        "customer_id": world.jurgen,
        "vehicle_id": world.golf1,
        "consultant_id": world.li,
        "starts_at": at(10, 29),
        "ends_at": at(11),
        "status": "booked",
        "licence_photo_checked": False,
        "created_at": NOW,
        "version": 1,
    }
    with pytest.raises(IntegrityError), db.session() as s:
        s.execute(insert(TestDrive), [row])
    with db.session() as s:  # cancelled rows never clash
        s.execute(insert(TestDrive), [{**row, "status": "cancelled"}])
    assert count_drives(db) == 2


@pytest.mark.postgres
def test_racing_booking_on_postgres_becomes_a_clear_conflict(
    postgres_url: str, tmp_path: object
) -> None:
    """Two PCs check the same free slot at once; the database lets one in and the other gets
    a BookingConflict naming the winner (not an IntegrityError)."""
    from pathlib import Path

    from showroom.storage.config import resolve_config
    from showroom.storage.migrate import open_database

    assert isinstance(tmp_path, Path)
    db = open_database(resolve_config(str(tmp_path / "home"), postgres_url, environ={}))
    try:
        world = make_world(db)
        first_checked = threading.Event()
        errors: list[BaseException] = []

        def second_pc() -> None:
            first_checked.wait(5)
            try:
                book(db, world.jurgen, world.golf1, world.li, at(10, 15))
            except BaseException as error:  # collected for the assertion below
                errors.append(error)

        other = threading.Thread(target=second_pc)
        other.start()
        with db.session() as s:
            book_test_drive(
                s,
                BookingDraft(world.anna, world.golf1, world.ben, at(10)),
                None,
                SETTINGS,
                now=NOW,
            )
            first_checked.set()  # the other PC checks now and sees nothing yet...
            other.join(0.5)
            assert other.is_alive()  # ...and its insert waits for this unit of work
        other.join(10)
        assert len(errors) == 1 and isinstance(errors[0], BookingConflict), errors
        assert "for Anna Nowak with Ben Carter" in str(errors[0])
        assert count_drives(db) == 1
    finally:
        db.dispose()


# --- rescheduling --------------------------------------------------------------------------------
def test_reschedule_goes_through_the_conflict_check(db: Database, world: World) -> None:
    first = book(db, world.anna, world.golf1, world.ben, at(10))
    second = book(db, world.jurgen, world.golf1, world.li, at(11))
    with db.reader() as s:
        version = drive_details(s, second, actor_id=None).version
    with db.session() as s, pytest.raises(BookingConflict, match="for Anna Nowak"):
        reschedule_test_drive(s, None, second, version, SETTINGS, start=at(10, 15), now=NOW)
    with db.session() as s:
        reschedule_test_drive(
            s, None, second, version, SETTINGS, start=at(10, 30), minutes=45, now=NOW
        )
    with db.reader() as s:
        moved = drive_details(s, second, actor_id=None)
    assert (moved.start, moved.end) == (at(10, 30), at(11, 15))
    # Someone else's stale copy cannot overwrite the move.
    with db.session() as s, pytest.raises(ConflictError, match="changed on another PC"):
        reschedule_test_drive(s, None, second, version, SETTINGS, start=at(12), now=NOW)
    # Moving onto another car checks that car.
    with db.session() as s:
        reschedule_test_drive(
            s, None, first, None, SETTINGS, start=at(10, 30), vehicle_id=world.golf2, now=NOW
        )


def test_lengthening_a_drive_that_is_out(db: Database, world: World) -> None:
    drive_id = book(db, world.anna, world.tesla, world.ben, at(10))
    book(db, world.jurgen, world.tesla, world.li, at(11))
    out_now = at(10, 5)
    with db.session() as s:
        check_out(s, drive_id, checkout_draft(), world.ben, SETTINGS, now=out_now)
    with db.session() as s, pytest.raises(DomainError, match="only its planned return time"):
        reschedule_test_drive(s, None, drive_id, None, SETTINGS, start=at(10, 15), now=out_now)
    with db.session() as s, pytest.raises(BookingConflict, match="for Jürgen Weiß"):
        reschedule_test_drive(s, None, drive_id, None, SETTINGS, minutes=75, now=out_now)
    with db.session() as s:
        reschedule_test_drive(s, None, drive_id, None, SETTINGS, minutes=60, now=out_now)
    with db.reader() as s:
        assert drive_details(s, drive_id, actor_id=None).end == at(11)


# --- licence, check-out, check-in -----------------------------------------------------------------
def checkout_draft(
    expires: date = date(2030, 1, 31), photo: bool = True, odometer: int = 1250
) -> CheckOutDraft:
    return CheckOutDraft(
        odometer_km=odometer,
        fuel_percent=78,
        licence=LicenceDraft("WEISS 123456 J99", "Germany, Bayern", expires, photo),
    )


def state(db: Database, drive_id: int) -> tuple[str, str, int]:
    with db.reader() as s:
        d = drive_details(s, drive_id, actor_id=None)
        return d.status.value, d.vehicle_status, d.vehicle_odometer_km


def test_full_drive_out_and_back(db: Database, world: World) -> None:
    drive_id = book(db, world.jurgen, world.tesla, world.li, at(10))
    with db.session() as s:
        check_out(s, drive_id, checkout_draft(), world.li, SETTINGS, now=at(9, 55))
    assert state(db, drive_id) == ("out", "on_drive", 1250)
    with db.reader() as s:
        d = drive_details(s, drive_id, actor_id=None)
    assert d.licence_masked == "•••••6J99"
    assert (d.licence_country, d.licence_expires_on) == ("Germany, Bayern", date(2030, 1, 31))
    assert (d.checked_out_at, d.odometer_out_km, d.fuel_out_percent) == (at(9, 55), 1250, 78)

    with db.session() as s, pytest.raises(ValidationError) as caught:
        check_in(s, drive_id, CheckInDraft(1249, 60), world.li, SETTINGS, now=at(10, 40))
    assert caught.value.field == "odometer in"
    assert "lower than at check-out (1,250 km)" in caught.value.rule
    assert state(db, drive_id) == ("out", "on_drive", 1250)  # unchanged

    with db.session() as s:
        finished = check_in(
            s,
            drive_id,
            CheckInDraft(1268, 61, "Small scratch\n  rear bumper ", 4, "Quiet and quick"),
            world.li,
            SETTINGS,
            now=at(10, 40),
        )
    assert state(db, drive_id) == ("returned", "available", 1268)
    with db.reader() as s:
        d = drive_details(s, drive_id, actor_id=None)
        assert (d.odometer_in_km, d.fuel_in_percent, d.rating) == (1268, 61, 4)
        assert d.damage_notes == "Small scratch\nrear bumper"
        car = s.get(Vehicle, world.tesla)
        assert car is not None and car.fuel_percent == 61
        entry = timeline(s, world.jurgen)[0]
        assert entry.id == finished.interaction_id
        assert entry.kind == "test_drive"
        assert entry.user == "李娜"
        assert entry.summary == (
            "Test drive: Tesla Model 3, 45 min, 18 km; rated 4/5: Quiet and quick; damage noted"
        )
        tasks = open_follow_ups(s, world.jurgen)
    assert [t.due_on for t in tasks] == [date(2026, 11, 27)]
    assert [t.id for t in tasks] == finished.follow_up_ids
    assert tasks[0].origin == "test_drive"
    assert tasks[0].assigned_to_id == world.li


@pytest.mark.parametrize(
    ("expires", "now_hm", "message"),
    [
        (date(2026, 11, 25), (9, 55), "expired on 25 Nov 2026"),
        (DAY, (23, 40), "before the drive ends at 00:15 on 27 Nov"),
    ],
)
def test_licence_that_does_not_cover_the_drive_blocks_check_out(
    db: Database,
    world: World,
    expires: date,
    now_hm: tuple[int, int],
    message: str,
) -> None:
    start = at(*now_hm) + timedelta(minutes=5)
    drive_id = book(
        db, world.jurgen, world.tesla, world.li, start, now=at(*now_hm), settings=ALL_DAY
    )
    with db.session() as s, pytest.raises(ValidationError) as caught:
        check_out(s, drive_id, checkout_draft(expires), world.li, SETTINGS, now=at(*now_hm))
    assert caught.value.field == "expiry date"
    assert message in caught.value.rule
    assert state(db, drive_id) == ("booked", "available", 1200)
    with db.reader() as s:
        assert (
            drive_details(s, drive_id, actor_id=None).licence_masked is None
        )  # nothing half-written


def test_licence_expiring_today_lets_a_daytime_drive_go(db: Database, world: World) -> None:
    drive_id = book(db, world.jurgen, world.tesla, world.li, at(15))
    with db.session() as s:
        check_out(s, drive_id, checkout_draft(DAY), world.li, SETTINGS, now=at(15))
    assert state(db, drive_id)[0] == "out"


def test_check_out_needs_photo_check_and_an_available_car(db: Database, world: World) -> None:
    drive_id = book(db, world.jurgen, world.tesla, world.li, at(10))
    with db.session() as s, pytest.raises(ValidationError) as caught:
        check_out(s, drive_id, checkout_draft(photo=False), world.li, SETTINGS, now=at(10))
    assert caught.value.field == "photo checked"
    with db.session() as s:
        car = s.get(Vehicle, world.tesla)
        assert car is not None
        car.status = "in_preparation"
    with db.session() as s, pytest.raises(DomainError, match="Tesla Model 3 is being prepared"):
        check_out(s, drive_id, checkout_draft(), world.li, SETTINGS, now=at(10))
    with db.session() as s:
        car = s.get(Vehicle, world.tesla)
        assert car is not None
        car.status = "available"
    with db.session() as s, pytest.raises(ValidationError, match=r"car's last reading \(1,200 km"):
        check_out(s, drive_id, checkout_draft(odometer=1100), world.li, SETTINGS, now=at(10))
    with (
        db.session() as s,
        pytest.raises(DomainError, match="booked time of this test drive is over"),
    ):
        check_out(s, drive_id, checkout_draft(), world.li, SETTINGS, now=at(10, 30))
    assert state(db, drive_id) == ("booked", "available", 1200)


def test_licence_recorded_ahead_is_kept_when_the_number_is_left_empty(
    db: Database, world: World
) -> None:
    drive_id = book(db, world.jurgen, world.tesla, world.li, at(10))
    with db.session() as s:
        record_licence(
            s,
            None,
            drive_id,
            LicenceDraft("B072RRE2I55", "Germany", date(2031, 5, 1)),
            SETTINGS,
            now=NOW,
        )
    with db.session() as s:
        check_out(
            s,
            drive_id,
            CheckOutDraft(1200, 80, LicenceDraft("", "Germany", date(2031, 5, 1), True)),
            world.li,
            SETTINGS,
            now=at(10),
        )
    with db.reader() as s:
        assert s.scalar(select(TestDrive.licence_number)) == "B072RRE2I55"
        assert drive_details(s, drive_id, actor_id=None).licence_masked == "•••••2I55"


def test_states_refuse_out_of_order_actions(db: Database, world: World) -> None:
    drive_id = book(db, world.anna, world.golf1, world.ben, at(10))
    with db.session() as s, pytest.raises(DomainError, match="not been checked out yet"):
        check_in(s, drive_id, CheckInDraft(10, 50), world.ben, SETTINGS, now=at(10))
    with db.session() as s:
        check_out(s, drive_id, checkout_draft(odometer=5000), world.ben, SETTINGS, now=at(10))
    with (
        db.session() as s,
        pytest.raises(DomainError, match="out on the road: it cannot be cancelled"),
    ):
        cancel_test_drive(s, drive_id, "", world.ben, now=at(10, 5))
    with db.session() as s, pytest.raises(DomainError, match="out on the road"):
        mark_no_show(s, drive_id, world.ben, now=at(10, 5))
    with db.session() as s:
        check_in(s, drive_id, CheckInDraft(5010, 50), world.ben, SETTINGS, now=at(10, 30))
    with db.session() as s, pytest.raises(DomainError, match="returned: it cannot be checked in"):
        check_in(s, drive_id, CheckInDraft(5010, 50), world.ben, SETTINGS, now=at(10, 31))


def test_overdue_return_shows_on_the_calendar(db: Database, world: World) -> None:
    drive_id = book(db, world.anna, world.golf1, world.ben, at(10))
    with db.session() as s:
        check_out(s, drive_id, checkout_draft(), world.ben, SETTINGS, now=at(10))
    with db.reader() as s:
        (entry,) = calendar_entries(s, at(0), at(0, day=DAY + timedelta(days=1)))
    assert entry.overdue(at(10, 45))
    assert not entry.overdue(at(10, 25))


# --- the calendar file ---------------------------------------------------------------------------
def test_ics_event_for_the_customer(db: Database, world: World) -> None:
    drive_id = book(db, world.wang, world.tesla, world.li, at(14, 30), 45)
    settings = replace(
        SETTINGS, dealership_name="Müller Motors", dealership_address="1 Kö, Düsseldorf"
    )
    with db.reader() as s:
        data = make_ics(s, drive_id, settings, actor_id=None, now=NOW)
    calendar = icalendar.Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == at(14, 30)
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(minutes=45)
    assert str(event["location"]) == "Müller Motors, 1 Kö, Düsseldorf"
    assert str(event["summary"]) == "Test drive: Tesla Model 3 at Müller Motors"
    assert "with 李娜" in str(event["description"])
    assert "Route: A40 and back" in str(event["description"])
    assert str(event["uid"]).startswith(f"test-drive-{drive_id}@")
    assert str(event["status"]) == "CONFIRMED"
    assert b"TZID=Europe/London" in data
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    with db.session() as s:
        cancel_test_drive(s, drive_id, "", world.li, now=NOW)
    with db.reader() as s:
        cancelled = icalendar.Calendar.from_ical(
            make_ics(s, drive_id, settings, actor_id=None, now=NOW)
        )
    assert str(cancelled["method"]) == "CANCEL"
    assert str(cancelled.walk("VEVENT")[0]["status"]) == "CANCELLED"
    assert int(cancelled.walk("VEVENT")[0]["sequence"]) > int(event["sequence"])


def test_sqlite_guard_refuses_a_booking_of_a_day_or_more(sqlite_config: AppConfig) -> None:
    """The SQLite overlap trigger searches one day back, so it refuses longer bookings (the
    exclusion constraints of PostgreSQL need no such limit)."""
    db = open_database(sqlite_config)
    try:
        _check_day_limit(db, make_world(db))
    finally:
        db.dispose()


def _check_day_limit(db: Database, world: World) -> None:
    row = {
        "customer_id": world.anna,
        "vehicle_id": world.golf1,
        "consultant_id": world.ben,
        "starts_at": at(10),
        "ends_at": at(10) + timedelta(days=1),
        "status": "booked",
        "licence_photo_checked": False,
        "created_at": NOW,
        "version": 1,
    }
    with pytest.raises(IntegrityError, match="a day or more"), db.session() as s:
        s.execute(insert(TestDrive), [row])
    with db.session() as s:
        s.execute(insert(TestDrive), [{**row, "ends_at": at(10) + timedelta(hours=23)}])
    # An overlap a long way from the start of the earlier booking is still seen.
    with pytest.raises(IntegrityError, match="overlaps"), db.session() as s:
        s.execute(
            insert(TestDrive),
            [
                {
                    **row,
                    "customer_id": world.jurgen,
                    "starts_at": at(10) + timedelta(hours=22),
                    "ends_at": at(10) + timedelta(hours=22, minutes=30),
                }
            ],
        )


def test_cards_with_drives_at_the_same_time_cannot_be_merged(db: Database, world: World) -> None:
    from showroom.admin.users import create_user
    from showroom.customer_file.merge import merge_customers
    from showroom.kernel.roles import Role

    with db.session() as s:
        manager = create_user(s, "claire", Role.MANAGER, "Claire Dubois")
    first = book(db, world.anna, world.golf1, world.ben, at(10))
    second = book(db, world.jurgen, world.golf2, world.li, at(10, 15))
    with db.session() as s, pytest.raises(DomainError) as caught:
        merge_customers(s, world.anna, world.jurgen, manager, now=NOW)
    assert str(caught.value) == (
        f"Both cards have a test drive at the same time (test drives {first} and {second}): "
        "cancel or move one of them, then merge the cards."
    )
    with db.session() as s:
        cancel_test_drive(s, second, "duplicate card", world.ben, now=NOW)
    with db.session() as s:
        merge_customers(s, world.anna, world.jurgen, manager, now=NOW)
    with db.reader() as s:
        assert {d.customer_id for d in s.scalars(select(TestDrive))} == {world.anna}
