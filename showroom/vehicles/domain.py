"""Vehicles: the stock for sale and the test-drive fleet, and VIN validation.

A VIN is 17 characters from ``0-9`` and ``A-Z`` without ``I``, ``O`` and ``Q``. Position 9
is a check digit under ISO 3779 / 49 CFR 565; many non-North-American VINs carry none, so a
mismatch is reported as a warning (:attr:`VinCheck.check_digit_ok`) rather than an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from showroom.core.errors import Invalid, NotFound, ValidationError

VIN_LENGTH = 17
_TRANSLITERATION = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


class VehicleRole(StrEnum):
    """A vehicle is either stock for sale or part of the test-drive fleet."""

    STOCK = "stock"
    FLEET = "fleet"


class StockStatus(StrEnum):
    """Where a car for sale stands, from the factory to the customer."""

    IN_TRANSIT = "in_transit"
    IN_STOCK = "in_stock"
    ON_DISPLAY = "on_display"
    RESERVED = "reserved"
    SOLD = "sold"
    DELIVERED = "delivered"


class FleetStatus(StrEnum):
    """Whether a test-drive car can go out now."""

    AVAILABLE = "available"
    ON_DRIVE = "on_drive"
    IN_PREPARATION = "in_preparation"
    OUT_OF_SERVICE = "out_of_service"


@dataclass(frozen=True, slots=True)
class VinCheck:
    """A VIN in canonical form, and whether its check digit (position 9) matches."""

    vin: str
    check_digit_ok: bool


def vin_check_digit(vin17: str) -> str:
    """The ISO 3779 check digit ('0'-'9' or 'X') for a 17-character VIN; position 9 is ignored."""
    total = sum(_TRANSLITERATION[c] * w for c, w in zip(vin17, _WEIGHTS, strict=True))
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def check_vin(raw: str, field: str = "VIN") -> VinCheck:
    """Validate a VIN's form; raise :class:`ValidationError` if it cannot be a VIN at all."""
    vin = "".join(raw.split()).upper()
    if len(vin) != VIN_LENGTH:
        raise ValidationError(field, "must be 17 characters, not {count}", count=len(vin))
    for position, char in enumerate(vin, start=1):
        if char in "IOQ":
            raise ValidationError(
                field,
                "must not contain the letters I, O or Q ({char!r} at position {position})",
                char=char,
                position=position,
            )
        if char not in _TRANSLITERATION:
            raise ValidationError(
                field,
                "may hold only letters and digits ({char!r} at position {position})",
                char=char,
                position=position,
            )
    return VinCheck(vin=vin, check_digit_ok=vin_check_digit(vin) == vin[8])


# The statuses a person may set by hand; ``on_drive`` comes and goes with check-out/check-in.
MANUAL_FLEET_STATUSES = (
    FleetStatus.AVAILABLE,
    FleetStatus.IN_PREPARATION,
    FleetStatus.OUT_OF_SERVICE,
)


def can_go_out(status: str) -> bool:
    """A fleet car can leave on a test drive now."""
    return status == FleetStatus.AVAILABLE


def can_be_booked(status: str) -> bool:
    """A fleet car can take bookings (a car in preparation or on a drive will be back)."""
    return status != FleetStatus.OUT_OF_SERVICE


def change_fleet_status(current: str, target: str) -> FleetStatus:
    """A status change made by hand; raises DomainError when it is not allowed."""
    from showroom.core.errors import DomainError

    try:
        wanted = FleetStatus(target)
    except ValueError:
        allowed = ", ".join(s.value for s in MANUAL_FLEET_STATUSES)
        raise ValidationError("status", "must be one of {allowed}", allowed=allowed) from None
    if wanted is FleetStatus.ON_DRIVE:
        raise DomainError("A car goes on a drive by checking out a test drive, not by hand.")
    if current == FleetStatus.ON_DRIVE:
        raise DomainError(
            "The car is out on a test drive: check the drive in first, then change its status."
        )
    return wanted


class VehicleNotFound(NotFound):
    """No vehicle (stock or fleet car) has this number."""

    def __init__(self, vehicle_id: int) -> None:
        super().__init__("There is no vehicle with number {vehicle_id}.", vehicle_id=vehicle_id)
        self.vehicle_id = vehicle_id


class VinCheckDigitWarning(Invalid):
    """The VIN's check digit does not match; a manager may accept the VIN as it is (the
    stock form and the fleet form both offer it)."""

    def __init__(self, vin: str) -> None:
        expected = vin_check_digit(vin)
        super().__init__(
            "VIN",
            "its check digit (9th character) is {value!r} but the other characters give {expected!r}. Compare the VIN with the car's papers: if it is printed like this (many cars built outside North America have no check digit), accept the warning (only a manager can accept it)",
            value=vin[8],
            expected=expected,
        )
        self.vin = vin
        self.expected = expected
