"""The test-drive fleet: adding and editing fleet cars and changing their status.

A fleet car has a VIN of valid form; a VIN whose check digit (position 9) does not match is
accepted only when the manager says so (``accept_vin_warning=True``), because many cars built
outside North America carry no check digit. The status ``on_drive`` is set by check-out and
cleared by check-in, never by hand. Every function takes a Session first and never commits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.core.errors import ConflictError, ValidationError
from showroom.core.ids import TestDriveId, VehicleId
from showroom.core.text import clean_line
from showroom.kernel.access import require
from showroom.kernel.permissions import Action
from showroom.storage.models import TestDrive, Vehicle
from showroom.storage.types import utc_now
from showroom.test_drives.domain import DriveStatus, check_fuel, check_odometer
from showroom.vehicles.domain import (
    FleetStatus,
    VehicleNotFound,
    VehicleRole,
    VinCheckDigitWarning,
    change_fleet_status,
    check_vin,
)

_PLATE = re.compile(r"[A-Z0-9][A-Z0-9 -]{0,10}[A-Z0-9]")


@dataclass(frozen=True, slots=True)
class FleetDraft:
    """A fleet car as entered in the fleet form."""

    vin: str
    make: str
    model: str
    plate: str
    trim: str = ""
    colour: str = ""
    year: int | None = None
    odometer_km: int = 0
    fuel_percent: int = 100
    status: str = FleetStatus.AVAILABLE.value


@dataclass(frozen=True, slots=True)
class FleetRow:
    """A line of the fleet list."""

    id: VehicleId
    make: str
    model: str
    trim: str | None
    colour: str | None
    plate: str | None
    vin: str
    odometer_km: int
    fuel_percent: int | None
    status: str
    version: int

    @property
    def label(self) -> str:
        return vehicle_label(self.make, self.model, self.plate)


def vehicle_label(make: str, model: str, plate: str | None) -> str:
    return f"{make} {model}" + (f" ({plate})" if plate else "")


def clean_plate(raw: str) -> str:
    plate = " ".join(raw.upper().split())
    if not plate:
        raise ValidationError("plate", "must be given: a test-drive car is on the road")
    if not _PLATE.fullmatch(plate):
        raise ValidationError(
            "plate", "must be 2 to 12 letters and digits (spaces and dashes allowed between)"
        )
    return plate


def _validate(
    session: Session, draft: FleetDraft, accept_vin_warning: bool, exclude_id: int | None
) -> dict[str, object]:
    check = check_vin(draft.vin)
    if not check.check_digit_ok and not accept_vin_warning:
        raise VinCheckDigitWarning(check.vin)
    query = select(Vehicle.id, Vehicle.make, Vehicle.model).where(Vehicle.vin == check.vin)
    if exclude_id is not None:
        query = query.where(Vehicle.id != exclude_id)
    other = session.execute(query).first()
    if other is not None:
        raise ValidationError(
            "VIN",
            "belongs to another vehicle already ({make} {model}, number {number})",
            make=other[1],
            model=other[2],
            number=other[0],
        )
    make = clean_line(draft.make, "make", max_length=40)
    model = clean_line(draft.model, "model", max_length=60)
    if not make:
        raise ValidationError("make", "must not be empty")
    if not model:
        raise ValidationError("model", "must not be empty")
    if draft.year is not None and not 1990 <= draft.year <= 2100:
        raise ValidationError("year", "must be from 1990 to 2100")
    return {
        "vin": check.vin,
        "make": make,
        "model": model,
        "trim": clean_line(draft.trim, "trim", max_length=60) or None,
        "colour": clean_line(draft.colour, "colour", max_length=40) or None,
        "year": draft.year,
        "plate": clean_plate(draft.plate),
        "odometer_km": check_odometer(draft.odometer_km),
        "fuel_percent": check_fuel(draft.fuel_percent, "fuel / charge"),
    }


def get_fleet_car(session: Session, vehicle_id: int) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None or vehicle.role != VehicleRole.FLEET:
        raise VehicleNotFound(vehicle_id)
    return vehicle


@dataclass(frozen=True, slots=True)
class StoredFleetCar:
    """A fleet car as stored, in the form's terms (empty text for a missing value), and the
    version an edit of it must name."""

    draft: FleetDraft
    version: int


def stored_fleet_car(session: Session, vehicle_id: int) -> StoredFleetCar:
    """The fleet car ``vehicle_id`` for the edit form; raises VehicleNotFound."""
    car = get_fleet_car(session, vehicle_id)
    draft = FleetDraft(
        vin=car.vin,
        make=car.make,
        model=car.model,
        plate=car.plate or "",
        trim=car.trim or "",
        colour=car.colour or "",
        year=car.year or None,
        odometer_km=car.odometer_km,
        fuel_percent=car.fuel_percent or 0,
    )
    return StoredFleetCar(draft, car.version)


def add_fleet_car(
    session: Session,
    actor_id: int | None,
    draft: FleetDraft,
    *,
    accept_vin_warning: bool = False,
    now: datetime | None = None,
) -> VehicleId:
    """Add a car to the test-drive fleet.

    Raises ValidationError for a broken rule and VinCheckDigitWarning (a ValidationError on
    the VIN) for a check-digit mismatch unless ``accept_vin_warning``; nothing is written then.
    """
    require(session, actor_id, Action.EDIT_FLEET)
    if accept_vin_warning:
        require(session, actor_id, Action.ACCEPT_VIN_WARNING)
    values = _validate(session, draft, accept_vin_warning, None)
    status = change_fleet_status(FleetStatus.AVAILABLE, draft.status)
    vehicle = Vehicle(
        role=VehicleRole.FLEET.value,
        status=status.value,
        created_at=now or utc_now(),
        **values,
    )
    session.add(vehicle)
    session.flush()
    return VehicleId(vehicle.id)


def update_fleet_car(
    session: Session,
    actor_id: int | None,
    vehicle_id: int,
    expected_version: int,
    draft: FleetDraft,
    *,
    accept_vin_warning: bool = False,
) -> list[str]:
    """Save an edited fleet car read at ``expected_version``; returns the changed fields.

    The odometer may not go backwards (a lower reading is a typing slip). The status changes
    through :func:`set_fleet_status`, so ``draft.status`` is ignored here.
    """
    require(session, actor_id, Action.EDIT_FLEET)
    if accept_vin_warning:
        require(session, actor_id, Action.ACCEPT_VIN_WARNING)
    vehicle = get_fleet_car(session, vehicle_id)
    if vehicle.version != expected_version:
        raise ConflictError(
            "The {make} {model} was changed on another PC after you opened it; reload it, then apply your changes again.",
            make=vehicle.make,
            model=vehicle.model,
        )
    # A VIN saved before with an accepted warning stays accepted while it is unchanged.
    unchanged_vin = check_vin(draft.vin).vin == vehicle.vin
    values = _validate(session, draft, accept_vin_warning or unchanged_vin, vehicle.id)
    if int(values["odometer_km"]) < vehicle.odometer_km:  # type: ignore[call-overload]
        raise ValidationError(
            "odometer",
            "must not be lower than the last reading ({odometer_km:,} km)",
            odometer_km=vehicle.odometer_km,
        )
    changed = []
    for name, value in values.items():
        if getattr(vehicle, name) != value:
            setattr(vehicle, name, value)
            changed.append(name)
    session.flush()
    return changed


@dataclass(frozen=True, slots=True)
class StatusChange:
    """What a status change means for the bookings: the car's coming bookings, which need
    another car when it goes out of service."""

    status: FleetStatus
    upcoming_bookings: list[TestDriveId]


def set_fleet_status(
    session: Session,
    actor_id: int | None,
    vehicle_id: int,
    status: str,
    now: datetime | None = None,
) -> StatusChange:
    """Set a fleet car available, in preparation or out of service (whoever runs test
    drives readies the cars)."""
    require(session, actor_id, Action.BOOK_TEST_DRIVE)
    vehicle = get_fleet_car(session, vehicle_id)
    wanted = change_fleet_status(vehicle.status, status)
    vehicle.status = wanted.value
    upcoming = session.scalars(
        select(TestDrive.id)
        .where(
            TestDrive.vehicle_id == vehicle.id,
            TestDrive.status == DriveStatus.BOOKED,
            TestDrive.ends_at > (now or utc_now()),
        )
        .order_by(TestDrive.starts_at)
    ).all()
    session.flush()
    return StatusChange(wanted, [TestDriveId(i) for i in upcoming])


def fleet_cars(session: Session, *, bookable_only: bool = False) -> list[FleetRow]:
    """The fleet, by make, model and plate."""
    query = (
        select(
            Vehicle.id,
            Vehicle.make,
            Vehicle.model,
            Vehicle.trim,
            Vehicle.colour,
            Vehicle.plate,
            Vehicle.vin,
            Vehicle.odometer_km,
            Vehicle.fuel_percent,
            Vehicle.status,
            Vehicle.version,
        )
        .where(Vehicle.role == VehicleRole.FLEET)
        .order_by(Vehicle.make, Vehicle.model, Vehicle.plate, Vehicle.id)
    )
    if bookable_only:
        query = query.where(Vehicle.status != FleetStatus.OUT_OF_SERVICE)
    return [FleetRow(VehicleId(r[0]), *r[1:]) for r in session.execute(query)]


def fleet_draft(car: Vehicle) -> FleetDraft:
    """A stored fleet car as the form reads it back (empty text for a missing value)."""
    return FleetDraft(
        vin=car.vin,
        make=car.make,
        model=car.model,
        plate=car.plate or "",
        trim=car.trim or "",
        colour=car.colour or "",
        year=car.year or None,
        odometer_km=car.odometer_km,
        fuel_percent=car.fuel_percent or 0,
    )
