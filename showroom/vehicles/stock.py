"""The stock for sale: validating a car entered or edited in the inventory.

Kept apart from :mod:`showroom.vehicles.domain` (VIN rules, shared with the test-drive fleet)
because these rules are the inventory's own: which statuses a person may set by hand, and
the floor position of display cars.

Statuses a person sets: in transit, in stock, on display. Reserved, sold and delivered
follow from deals (accepting a plan reserves, the purchase checklist sells, delivery
delivers) and are never typed in. A car on display stands on a floor position, and only a
car on display has one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from showroom.core.errors import ValidationError, ValidationErrors
from showroom.core.text import clean_line
from showroom.kernel.money import parse_money
from showroom.vehicles.domain import StockStatus, check_vin

MANUAL_STATUSES = (StockStatus.IN_TRANSIT, StockStatus.IN_STOCK, StockStatus.ON_DISPLAY)
DEAL_STATUSES = (StockStatus.RESERVED, StockStatus.SOLD, StockStatus.DELIVERED)
AVAILABLE_STATUSES = MANUAL_STATUSES  # a plan may propose, and a deal reserve, these
MIN_YEAR = 1990
MAX_YEAR = 2100


@dataclass(frozen=True, slots=True)
class StockDraft:
    """A stock car as typed in the inventory form."""

    vin: str
    make: str
    model: str
    stock_number: str = ""
    trim: str = ""
    colour: str = ""
    year: str = ""
    list_price: str = ""
    status: str = StockStatus.IN_STOCK.value
    floor_position: str = ""


@dataclass(frozen=True, slots=True)
class ValidStock:
    """A stock car that passed every rule; ``vin_check_digit_ok`` is False when position 9
    does not match (a warning a manager may accept)."""

    vin: str
    vin_check_digit_ok: bool
    make: str
    model: str
    stock_number: str | None
    trim: str | None
    colour: str | None
    year: int | None
    list_price: Decimal | None
    status: StockStatus
    floor_position: str | None


def validate_stock(
    draft: StockDraft, currency: str, locale: str, *, current_status: StockStatus | None = None
) -> ValidStock:
    """Check every field; raises :class:`ValidationErrors` naming each field and its rule.

    ``current_status`` is the stored status of a car being edited: a reserved, sold or
    delivered car keeps it (the deal owns it).
    """
    errors: list[ValidationError] = []

    def line(value: str, field: str, max_length: int, required: bool = False) -> str | None:
        try:
            text = clean_line(value, field, max_length=max_length)
        except ValidationError as error:
            errors.append(error)
            return None
        if required and not text:
            errors.append(ValidationError(field, "is required"))
        return text or None

    vin_ok = True
    vin = ""
    try:
        checked = check_vin(draft.vin)
        vin, vin_ok = checked.vin, checked.check_digit_ok
    except ValidationError as error:
        errors.append(error)
    make = line(draft.make, "make", 40, required=True)
    model = line(draft.model, "model", 60, required=True)
    stock_number = line(draft.stock_number, "stock number", 20)
    if stock_number:
        stock_number = stock_number.upper()
    trim = line(draft.trim, "trim", 60)
    colour = line(draft.colour, "colour", 40)
    floor_position = line(draft.floor_position, "floor position", 40)
    year: int | None = None
    if draft.year.strip():
        text = draft.year.strip()
        if not (text.isdigit() and text.isascii()) or not MIN_YEAR <= int(text) <= MAX_YEAR:
            errors.append(
                ValidationError(
                    "year",
                    "must be a year from {min_year} to {max_year}",
                    min_year=MIN_YEAR,
                    max_year=MAX_YEAR,
                )
            )
        else:
            year = int(text)
    list_price: Decimal | None = None
    try:
        list_price = parse_money(draft.list_price, "list price", currency, locale)
    except ValidationError as error:
        errors.append(error)

    status: StockStatus | None = None
    try:
        status = StockStatus(draft.status.strip().lower().replace(" ", "_"))
    except ValueError:
        allowed = ", ".join(s.value for s in MANUAL_STATUSES)
        errors.append(ValidationError("status", "must be one of {allowed}", allowed=allowed))
    if status is not None:
        if current_status in DEAL_STATUSES and status != current_status:
            errors.append(
                ValidationError(
                    "status",
                    "stays {status} while a deal holds the car",
                    status=current_status.value.replace("_", " "),
                )
            )
        elif status in DEAL_STATUSES and status != current_status:
            errors.append(
                ValidationError(
                    "status",
                    "{value} is set by a deal: accept a purchase plan to reserve the car",
                    value=status.value,
                )
            )
    if status is StockStatus.ON_DISPLAY and not floor_position:
        errors.append(ValidationError("floor position", "is required for a car on display"))
    if status in (StockStatus.IN_TRANSIT, StockStatus.IN_STOCK) and floor_position:
        errors.append(ValidationError("floor position", "is only for a car on display"))
    if errors:
        raise ValidationErrors(errors)
    assert make and model and status
    return ValidStock(
        vin=vin,
        vin_check_digit_ok=vin_ok,
        make=make,
        model=model,
        stock_number=stock_number,
        trim=trim,
        colour=colour,
        year=year,
        list_price=list_price,
        status=status,
        floor_position=floor_position,
    )


def describe_vehicle(
    make: str, model: str, trim: str | None = None, colour: str | None = None
) -> str:
    """'Kia Sportage GT-Line, Lunar Silver'."""
    text = f"{make} {model}" + (f" {trim}" if trim else "")
    return text + (f", {colour}" if colour else "")
