"""A test drive as an iCalendar (.ics) file for the customer's own calendar.

The event is written in the showroom's time zone with its VTIMEZONE, so a phone shows the
right wall-clock time in any zone and across a daylight-saving change. The UID stays the same
for the booking and SEQUENCE follows its version, so a calendar that imported the booking
updates it (or cancels it) when sent the file again.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy.orm import Session

from showroom.kernel.settings import ShowroomSettings
from showroom.storage.types import utc_now
from showroom.test_drives.domain import DriveStatus
from showroom.test_drives.service import drive_details

PRODID = "-//Showroom//Test drives//EN"


def calendar_file_name(drive_id: int, start: datetime, zone: ZoneInfo) -> str:
    return f"test-drive-{start.astimezone(zone):%Y-%m-%d-%H%M}-{drive_id}.ics"


def test_drive_ics(
    session: Session,
    drive_id: int,
    settings: ShowroomSettings,
    *,
    actor_id: int | None,
    now: datetime | None = None,
) -> bytes:
    """The booking as a one-event calendar, for someone who may see its customer; a
    cancelled booking gives a cancellation."""
    drive = drive_details(session, drive_id, actor_id=actor_id)
    zone = ZoneInfo(settings.timezone)
    cancelled = drive.status in (DriveStatus.CANCELLED, DriveStatus.NO_SHOW)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    event = Event()
    event.add("uid", f"test-drive-{drive.id}@{_host(settings)}")
    event.add("dtstamp", (now or utc_now()).astimezone(ZoneInfo("UTC")))
    event.add("dtstart", drive.start.astimezone(zone))
    event.add("dtend", drive.end.astimezone(zone))
    event.add("sequence", drive.version)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    car = f"{drive.make} {drive.model}" + (f" {drive.trim}" if drive.trim else "")
    event.add("summary", f"Test drive: {car} at {settings.dealership_name}")
    event.add("location", f"{settings.dealership_name}, {settings.dealership_address}")
    lines = [
        f"Your test drive of the {car} with {drive.consultant_name}.",
        "Please bring your driving licence.",
    ]
    if drive.route_note:
        lines.append(f"Route: {drive.route_note}")
    lines.append(f"Questions or a change of plan: {settings.dealership_phone}")
    event.add("description", "\n".join(lines))
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _host(settings: ShowroomSettings) -> str:
    name = "".join(c for c in settings.dealership_name.lower() if c.isascii() and c.isalnum())
    return f"{name or 'showroom'}.showroom"
