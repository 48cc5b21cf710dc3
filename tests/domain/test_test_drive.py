"""Test-drive rules without a database: states, licence expiry, masking, times across DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from showroom.core.errors import DomainError, ValidationError
from showroom.kernel.clock import parse_hours
from showroom.test_drives import domain as td
from showroom.test_drives.domain import DriveStatus, Licence, LicenceDraft
from showroom.vehicles.domain import FleetStatus, change_fleet_status

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


# --- states ------------------------------------------------------------------------------------
def test_happy_path_transitions() -> None:
    assert td.check_out(DriveStatus.BOOKED) is DriveStatus.OUT
    assert td.check_in(DriveStatus.OUT) is DriveStatus.RETURNED
    assert td.cancel(DriveStatus.BOOKED) is DriveStatus.CANCELLED
    assert td.mark_no_show(DriveStatus.BOOKED, START, START) is DriveStatus.NO_SHOW


@pytest.mark.parametrize(
    ("status", "action", "message"),
    [
        (DriveStatus.BOOKED, td.check_in, "not been checked out yet"),
        (DriveStatus.RETURNED, td.check_in, "is returned: it cannot be checked in"),
        (DriveStatus.OUT, td.check_out, "is out on the road: it cannot be checked out"),
        (DriveStatus.CANCELLED, td.check_out, "is cancelled: it cannot be checked out"),
        (DriveStatus.NO_SHOW, td.check_out, "is a no-show"),
        (DriveStatus.OUT, td.cancel, "cannot be cancelled"),
        (DriveStatus.RETURNED, td.cancel, "cannot be cancelled"),
    ],
)
def test_refused_transitions_say_why(status: DriveStatus, action: object, message: str) -> None:
    with pytest.raises(DomainError, match=message):
        action(status)  # type: ignore[operator]


def test_no_show_only_once_the_slot_has_begun() -> None:
    with pytest.raises(DomainError, match="has not begun yet"):
        td.mark_no_show(DriveStatus.BOOKED, START, START - timedelta(minutes=1))
    assert not td.can_mark_no_show(DriveStatus.BOOKED, START, START - timedelta(seconds=1))
    assert td.can_mark_no_show(DriveStatus.BOOKED, START, START)
    with pytest.raises(DomainError, match="out on the road"):
        td.mark_no_show(DriveStatus.OUT, START, START + timedelta(hours=1))


def test_predicates_match_transitions() -> None:
    for status in DriveStatus:
        assert td.can_check_out(status) == (status is DriveStatus.BOOKED)
        assert td.can_check_in(status) == (status is DriveStatus.OUT)
        assert td.holds_slot(status) == (status in td.ACTIVE_STATUSES)
    assert not td.holds_slot(DriveStatus.CANCELLED)
    assert not td.holds_slot(DriveStatus.NO_SHOW)


def test_reschedule_rules() -> None:
    td.check_reschedule(DriveStatus.BOOKED)
    td.check_reschedule(DriveStatus.OUT, end_only=True)
    with pytest.raises(DomainError, match="only its planned return time"):
        td.check_reschedule(DriveStatus.OUT)
    with pytest.raises(DomainError, match="returned: it cannot be moved"):
        td.check_reschedule(DriveStatus.RETURNED, end_only=True)


def test_overdue_only_while_out_after_the_end() -> None:
    end = START + timedelta(minutes=30)
    assert td.is_overdue(DriveStatus.OUT, end, end + timedelta(minutes=1))
    assert not td.is_overdue(DriveStatus.OUT, end, end)
    assert not td.is_overdue(DriveStatus.BOOKED, end, end + timedelta(hours=1))


def test_fleet_status_by_hand() -> None:
    assert change_fleet_status("available", "out_of_service") is FleetStatus.OUT_OF_SERVICE
    with pytest.raises(DomainError, match="by checking out a test drive"):
        change_fleet_status("available", "on_drive")
    with pytest.raises(DomainError, match="check the drive in first"):
        change_fleet_status("on_drive", "available")
    with pytest.raises(ValidationError, match="status: must be one of"):
        change_fleet_status("available", "parked")


# --- licence -----------------------------------------------------------------------------------
def licence(expires: date, photo: bool = True) -> Licence:
    return td.validate_licence(LicenceDraft("MORGA 657054-SM9IJ", "United Kingdom", expires, photo))


def local(day: date, hh: int, mm: int) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=LONDON)


TODAY = date(2026, 11, 26)


def test_licence_expiring_today_covers_a_drive_ending_today() -> None:
    now = local(TODAY, 16, 0)
    td.check_licence_covers(licence(TODAY), local(TODAY, 16, 30), now, LONDON)


def test_licence_expiring_during_the_drive_is_refused() -> None:
    now = local(TODAY, 23, 40)
    end = local(TODAY + timedelta(days=1), 0, 15)  # the drive runs past midnight
    with pytest.raises(ValidationError) as caught:
        td.check_licence_covers(licence(TODAY), end, now, LONDON)
    assert caught.value.field == "expiry date"
    assert "expires on 26 Nov 2026, before the drive ends at 00:15 on 27 Nov" in caught.value.rule


def test_licence_expiring_the_minute_after_the_drive_is_accepted() -> None:
    now = local(TODAY, 23, 20)
    td.check_licence_covers(licence(TODAY), local(TODAY, 23, 59), now, LONDON)
    # ...and a drive ending exactly as the licence runs out is covered too
    td.check_licence_covers(licence(TODAY), local(TODAY + timedelta(days=1), 0, 0), now, LONDON)
    with pytest.raises(ValidationError, match="before the drive ends"):
        td.check_licence_covers(licence(TODAY), local(TODAY + timedelta(days=1), 0, 1), now, LONDON)


def test_expired_licence_is_refused() -> None:
    now = local(TODAY, 9, 0)
    with pytest.raises(ValidationError, match="expired on 25 Nov 2026: the customer cannot"):
        td.check_licence_covers(
            licence(TODAY - timedelta(days=1)), local(TODAY, 9, 30), now, LONDON
        )


def test_licence_validity_follows_the_showroom_zone() -> None:
    """Midnight in Shanghai is 16:00 in London: the expiry day ends by the showroom's clock."""
    shanghai = ZoneInfo("Asia/Shanghai")
    until = td.licence_valid_until(TODAY, shanghai)
    assert until.astimezone(UTC) == datetime(2026, 11, 26, 16, 0, tzinfo=UTC)


def test_photo_must_be_checked_and_licence_recorded() -> None:
    now = local(TODAY, 9, 0)
    with pytest.raises(ValidationError) as caught:
        td.check_ready_to_go(licence(TODAY, photo=False), local(TODAY, 9, 30), now, LONDON)
    assert caught.value.field == "photo checked"
    with pytest.raises(ValidationError, match="record the customer's driving licence"):
        td.check_ready_to_go(None, local(TODAY, 9, 30), now, LONDON)


@pytest.mark.parametrize(
    ("number", "country", "expires", "field", "rule"),
    [
        ("", "UK", TODAY, "licence number", "must not be empty"),
        ("AB1", "UK", TODAY, "licence number", "from 5 to 20"),
        ("ÄÖÜ12345", "UK", TODAY, "licence number", "only the letters A-Z and digits"),
        ("X" * 21, "UK", TODAY, "licence number", "from 5 to 20"),
        ("B072RRE2I55", "  ", TODAY, "issuing country", "must name the country"),
        ("B072RRE2I55", "Germany", None, "expiry date", "must be given"),
    ],
)
def test_licence_form(
    number: str, country: str, expires: date | None, field: str, rule: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        td.validate_licence(LicenceDraft(number, country, expires, True))
    assert caught.value.field == field
    assert rule in caught.value.rule


def test_licence_number_is_canonical_and_masked() -> None:
    lic = licence(TODAY)
    assert lic.number == "MORGA657054SM9IJ"
    assert lic.masked == "•••••M9IJ"
    assert td.mask_licence("123451234") == "•••••1234"
    assert "6570" not in lic.masked
    assert td.mask_licence("") == ""


# --- times ---------------------------------------------------------------------------------------
def test_drive_across_spring_forward_keeps_its_real_length() -> None:
    start = td.local_instant(date(2026, 3, 29), time(0, 30), LONDON)
    end = td.drive_end(start, 90)
    assert end - start == timedelta(minutes=90)
    assert end.astimezone(LONDON).strftime("%H:%M %Z") == "03:00 BST"
    assert td.real_minutes(start, end) == 90


def test_drive_across_fall_back_keeps_its_real_length() -> None:
    start = td.local_instant(date(2026, 10, 25), time(0, 30), LONDON)
    end = td.drive_end(start, 90)
    assert start.astimezone(UTC) == datetime(2026, 10, 24, 23, 30, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
    assert end.astimezone(LONDON).strftime("%H:%M %Z") == "01:00 GMT"
    assert td.real_minutes(start, end) == 90


def test_wall_clock_times_at_the_changes() -> None:
    with pytest.raises(ValidationError, match="01:30 does not exist on 29 Mar 2026"):
        td.local_instant(date(2026, 3, 29), time(1, 30), LONDON)
    twice = td.local_instant(date(2026, 10, 25), time(1, 30), LONDON)
    assert twice.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # the first one


def test_duration_limits() -> None:
    with pytest.raises(ValidationError, match="duration: must be from 10 to 240 minutes, not 5"):
        td.drive_end(START, 5)
    with pytest.raises(ValidationError, match="not 300"):
        td.drive_end(START, 300)


def test_booking_hours() -> None:
    assert parse_hours("08:00-20:00") == (time(8), time(20))
    assert parse_hours("0:00 - 24:00") == (time(0), time.max)
    for bad in ("8-20", "20:00-08:00", "08:00-25:00"):
        with pytest.raises(ValidationError):
            parse_hours(bad)


def test_odometer_in_must_not_be_lower() -> None:
    assert td.check_odometer_in(1200, 1200) == 1200
    with pytest.raises(ValidationError) as caught:
        td.check_odometer_in(1200, 1199)
    assert caught.value.field == "odometer in"
    assert "lower than at check-out (1,200 km)" in caught.value.rule


@pytest.mark.parametrize("rating", [0, 6, -1])
def test_rating_is_one_to_five(rating: int) -> None:
    with pytest.raises(ValidationError, match="rating: must be from 1 to 5"):
        td.check_rating(rating)
    assert td.check_rating(None) is None
    assert td.check_rating(5) == 5
