"""The booking rules the test-drive service enforces for every caller (the booking dialog,
the command line, any future screen): opening hours per weekday, one customer in one place,
a daily limit of drives of one car per customer, and an early check-in freeing the slot.
Run on SQLite and PostgreSQL (the ``db`` fixture)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from showroom.core.errors import ValidationError
from showroom.storage.database import Database
from showroom.storage.models import TestDrive
from showroom.test_drives.domain import LicenceDraft, local_instant
from showroom.test_drives.service import (
    BookingConflict,
    BookingDraft,
    CheckInDraft,
    CheckOutDraft,
    OutsideHours,
    book_test_drive,
    check_in,
    check_out,
    drive_details,
    reschedule_test_drive,
)
from tests.services.drive_world import NOW, SETTINGS, World, make_world

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 11, 26)  # a Thursday
SATURDAY = date(2026, 11, 28)
SUNDAY = date(2026, 11, 29)


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
    settings: object = SETTINGS,
) -> int:
    with db.session() as s:
        return book_test_drive(
            s,
            BookingDraft(customer, vehicle, consultant, start, minutes),
            None,
            settings,  # type: ignore[arg-type]
            now=NOW,
        )


def drives(db: Database) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count(TestDrive.id))) or 0)


# --- opening hours ---------------------------------------------------------------------------
def test_a_drive_before_opening_is_refused_with_the_nearest_allowed_slot(
    db: Database, world: World
) -> None:
    with pytest.raises(OutsideHours) as caught:
        book(db, world.anna, world.golf1, world.ben, at(4, 37, DAY + timedelta(days=1)))
    assert caught.value.field == "start"
    assert caught.value.rule == "must be within the test-drive hours of Friday, 08:00 to 20:00"
    # The nearest time inside the hours (the same car, everyone free): 08:00 that morning.
    slot = caught.value.alternatives[0]
    assert slot.kind == "slot" and slot.vehicle_id == world.golf1
    assert (slot.start, slot.end) == (
        at(8, 0, DAY + timedelta(days=1)),
        at(8, 30, DAY + timedelta(days=1)),
    )
    assert drives(db) == 0


def test_a_drive_that_would_come_back_after_closing_is_refused(db: Database, world: World) -> None:
    with pytest.raises(OutsideHours, match="08:00 to 20:00"):
        book(db, world.anna, world.golf1, world.ben, at(19, 45))
    assert book(db, world.anna, world.golf1, world.ben, at(19, 30)) > 0  # ends at 20:00


def test_opening_hours_per_weekday(db: Database, world: World) -> None:
    week = replace(SETTINGS, test_drive_hours="Mon-Fri 08:00-20:00; Sat 09:00-17:00; Sun closed")
    with pytest.raises(OutsideHours, match="Saturday, 09:00 to 17:00") as caught:
        book(db, world.anna, world.golf1, world.ben, at(8, 30, SATURDAY), settings=week)
    assert caught.value.alternatives[0].start == at(9, 0, SATURDAY)
    with pytest.raises(OutsideHours, match="not booked on Sundays") as caught:
        book(db, world.anna, world.golf1, world.ben, at(11, 0, SUNDAY), settings=week)
    # Sunday is closed: the nearest allowed time is Saturday's last slot or Monday's first.
    assert caught.value.alternatives[0].start in (
        at(16, 30, SATURDAY),
        at(8, 0, SUNDAY + timedelta(days=1)),
    )
    assert book(db, world.anna, world.golf1, world.ben, at(16, 30, SATURDAY), settings=week)
    assert drives(db) == 1


def test_moving_a_booking_out_of_hours_is_refused(db: Database, world: World) -> None:
    drive_id = book(db, world.anna, world.golf1, world.ben, at(10))
    with db.session() as s, pytest.raises(OutsideHours):
        reschedule_test_drive(s, None, drive_id, None, SETTINGS, start=at(21), now=NOW)
    with db.reader() as s:
        assert drive_details(s, drive_id, actor_id=None).start == at(10)


# --- one customer, one place -----------------------------------------------------------------
def test_one_customer_cannot_hold_two_overlapping_drives(db: Database, world: World) -> None:
    book(db, world.anna, world.golf1, world.ben, at(10))
    with pytest.raises(BookingConflict) as caught:
        book(db, world.anna, world.tesla, world.li, at(10, 15))  # another car, consultant
    assert [h.clash for h in caught.value.holders] == ["customer"]
    assert book(db, world.anna, world.tesla, world.li, at(10, 30)) > 0  # back to back is fine
    assert drives(db) == 2


# --- the daily limit of drives of one car ------------------------------------------------------
def test_a_customer_books_one_car_at_most_twice_a_day(db: Database, world: World) -> None:
    book(db, world.anna, world.golf1, world.ben, at(9))
    book(db, world.anna, world.golf1, world.ben, at(11))
    with pytest.raises(ValidationError) as caught:
        book(db, world.anna, world.golf1, world.ben, at(15))
    assert caught.value.field == "vehicle"
    assert caught.value.rule == (
        "this customer has 2 drives of the Volkswagen Golf (AB12 CDE) on Thu 26 Nov already; "
        "at most 2 drives of one car a day"
    )
    assert drives(db) == 2
    # Another car, another customer, or the next day are fine.
    book(db, world.anna, world.tesla, world.ben, at(15))
    book(db, world.jurgen, world.golf1, world.li, at(15))
    book(db, world.anna, world.golf1, world.ben, at(9, 0, DAY + timedelta(days=1)))
    assert drives(db) == 5


def test_the_daily_limit_is_a_setting_and_counts_moves_too(db: Database, world: World) -> None:
    once = replace(SETTINGS, test_drives_per_car_per_day=1)
    book(db, world.anna, world.golf1, world.ben, at(9), settings=once)
    with pytest.raises(ValidationError, match="at most 1 drives of one car a day"):
        book(db, world.anna, world.golf1, world.ben, at(11), settings=once)
    other_day = book(
        db, world.anna, world.golf1, world.ben, at(9, 0, DAY + timedelta(days=1)), settings=once
    )
    with db.session() as s, pytest.raises(ValidationError, match="at most 1 drives"):
        reschedule_test_drive(s, None, other_day, None, once, start=at(14), now=NOW)
    # Moving a drive within its own day does not count it twice.
    with db.session() as s:
        reschedule_test_drive(
            s, None, other_day, None, once, start=at(10, 0, DAY + timedelta(days=1)), now=NOW
        )


# --- an early check-in frees the slot -----------------------------------------------------------
def _out_and_back(db: Database, world: World, drive_id: int, back: datetime) -> None:
    licence = LicenceDraft("WEISS 123456 J99", "Germany, Bayern", date(2030, 1, 31), True)
    with db.session() as s:
        check_out(s, drive_id, CheckOutDraft(1250, 78, licence), world.li, SETTINGS, now=at(10))
    with db.session() as s:
        check_in(s, drive_id, CheckInDraft(1268, 61), world.li, SETTINGS, now=back)


def test_checking_in_early_frees_the_rest_of_the_slot(db: Database, world: World) -> None:
    drive_id = book(db, world.jurgen, world.tesla, world.li, at(10), 60)
    _out_and_back(db, world, drive_id, back=at(10, 25))
    # The car, Li Na and Jürgen are free from 10:25: a drive at 10:30 is booked.
    later = book(db, world.jurgen, world.tesla, world.li, at(10, 30), 30)
    assert later > 0
    with db.reader() as s:
        details = drive_details(s, drive_id, actor_id=None)
        stored = s.get(TestDrive, drive_id)
        assert stored is not None
        assert (stored.ends_at, stored.planned_ends_at) == (at(10, 25), at(11))
    # The drive's history keeps what was booked and when the car came back.
    assert (details.start, details.end, details.checked_in_at) == (at(10), at(11), at(10, 25))
    # A booking overlapping the time the car was really out is still refused.
    with pytest.raises(BookingConflict):
        book(db, world.anna, world.tesla, world.ben, at(10, 15), 10)


def test_checking_in_late_keeps_the_planned_slot(db: Database, world: World) -> None:
    drive_id = book(db, world.jurgen, world.tesla, world.li, at(10), 30)
    _out_and_back(db, world, drive_id, back=at(10, 45))
    with db.reader() as s:
        stored = s.get(TestDrive, drive_id)
        assert stored is not None
        assert (stored.ends_at, stored.planned_ends_at) == (at(10, 30), None)
