"""The inventory: adding and editing stock cars, and finding them.

A VIN must be well formed (17 characters, no I, O or Q). A check digit (position 9) that
does not match is a warning: many non-North-American VINs carry none. Only a manager or an
admin may accept it (``accept_vin_warning=True``); otherwise the save is refused with
:class:`VinCheckDigitWarning`, which names the field like any validation error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom.core.errors import ConflictError, DomainError, ValidationError
from showroom.core.ids import UserId, VehicleId
from showroom.core.text import fold
from showroom.kernel.access import require
from showroom.kernel.conflicts import flush_checked
from showroom.kernel.permissions import Action
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.models import User, Vehicle
from showroom.storage.types import utc_now
from showroom.vehicles.domain import (
    StockStatus,
    VehicleNotFound,
    VehicleRole,
    VinCheckDigitWarning,
)
from showroom.vehicles.stock import AVAILABLE_STATUSES, StockDraft, ValidStock, validate_stock

MANAGER_ROLES = (Role.MANAGER.value, Role.ADMIN.value)


def is_manager(session: Session, user_id: int | None) -> bool:
    """True if the user's role is manager or admin (full permissions come with sign-in)."""
    if user_id is None:
        return False
    role = session.scalar(select(User.role).where(User.id == user_id))
    return role in MANAGER_ROLES


def get_vehicle(session: Session, vehicle_id: int) -> Vehicle:
    vehicle = session.get(Vehicle, vehicle_id)
    if vehicle is None:
        raise VehicleNotFound(vehicle_id)
    return vehicle


def _check_unique(session: Session, valid: ValidStock, exclude_id: int | None) -> None:
    def taken(condition: object) -> int | None:
        query = select(Vehicle.id).where(condition)  # type: ignore[arg-type]
        if exclude_id is not None:
            query = query.where(Vehicle.id != exclude_id)
        return session.scalar(query.limit(1))

    if taken(Vehicle.vin == valid.vin) is not None:
        raise ValidationError("VIN", "{vin} is another vehicle's VIN already", vin=valid.vin)
    if valid.stock_number and taken(Vehicle.stock_number == valid.stock_number) is not None:
        raise ValidationError(
            "stock number",
            "{stock_number} is taken by another car",
            stock_number=valid.stock_number,
        )
    if valid.status is StockStatus.ON_DISPLAY and valid.floor_position:
        other = session.execute(
            select(Vehicle.make, Vehicle.model)
            .where(
                func.lower(Vehicle.floor_position) == valid.floor_position.lower(),
                Vehicle.status.in_((StockStatus.ON_DISPLAY.value, StockStatus.RESERVED.value)),
                Vehicle.id != (exclude_id or -1),
            )
            .limit(1)
        ).first()
        if other is not None:
            raise ValidationError(
                "floor position",
                "{floor_position} is taken by a {make} {model}",
                floor_position=valid.floor_position,
                make=other[0],
                model=other[1],
            )


def _check_vin_warning(
    session: Session, valid: ValidStock, actor_id: int | None, accept_vin_warning: bool
) -> None:
    if valid.vin_check_digit_ok:
        return
    if not accept_vin_warning:
        raise VinCheckDigitWarning(valid.vin)
    require(session, actor_id, Action.ACCEPT_VIN_WARNING)


def _apply(vehicle: Vehicle, valid: ValidStock) -> None:
    vehicle.vin = valid.vin
    vehicle.stock_number = valid.stock_number
    vehicle.make = valid.make
    vehicle.model = valid.model
    vehicle.trim = valid.trim
    vehicle.colour = valid.colour
    vehicle.year = valid.year
    vehicle.list_price = valid.list_price
    vehicle.status = valid.status.value
    vehicle.floor_position = valid.floor_position


def add_stock_vehicle(
    session: Session,
    draft: StockDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    accept_vin_warning: bool = False,
) -> VehicleId:
    """Add a car for sale; raises ValidationErrors, VinCheckDigitWarning or DomainError and
    writes nothing when a rule is broken."""
    require(session, actor_id, Action.EDIT_STOCK)
    valid = validate_stock(draft, settings.currency, settings.locale)
    _check_vin_warning(session, valid, actor_id, accept_vin_warning)
    _check_unique(session, valid, None)
    vehicle = Vehicle(role=VehicleRole.STOCK.value, odometer_km=0, created_at=utc_now())
    _apply(vehicle, valid)
    session.add(vehicle)
    session.flush()
    return VehicleId(vehicle.id)


def update_stock_vehicle(
    session: Session,
    vehicle_id: int,
    expected_version: int,
    draft: StockDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    accept_vin_warning: bool = False,
) -> None:
    """Save an edited stock car read at ``expected_version``. The status of a car a deal
    holds (reserved, sold, delivered) cannot be changed here."""
    require(session, actor_id, Action.EDIT_STOCK)
    vehicle = get_vehicle(session, vehicle_id)
    if vehicle.role != VehicleRole.STOCK.value:
        raise DomainError("This is a test-drive car; edit it in the fleet.")
    if vehicle.version != expected_version:
        raise ConflictError(
            "The {make} {model} was changed on another PC after you opened it; reload it to see the changes.",
            make=vehicle.make,
            model=vehicle.model,
        )
    valid = validate_stock(
        draft, settings.currency, settings.locale, current_status=StockStatus(vehicle.status)
    )
    if valid.vin != vehicle.vin:
        _check_vin_warning(session, valid, actor_id, accept_vin_warning)
    _check_unique(session, valid, vehicle.id)
    _apply(vehicle, valid)
    flush_checked(
        session, f"The {vehicle.make} {vehicle.model} was changed on another PC a moment ago."
    )


# --- finding ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class InventoryFilter:
    """What the inventory list shows: a search text (make, model, VIN, stock number) and
    the statuses to show (none: all)."""

    text: str = ""
    statuses: tuple[str, ...] = ()
    available_only: bool = False


@dataclass(frozen=True, slots=True)
class StockRow:
    """One line of the inventory."""

    id: VehicleId
    stock_number: str | None
    vin: str
    make: str
    model: str
    trim: str | None
    colour: str | None
    year: int | None
    list_price: Decimal | None
    status: str
    floor_position: str | None
    created_at: datetime
    version: int

    @property
    def description(self) -> str:
        return " ".join(p for p in (self.make, self.model, self.trim or "") if p)


def search_stock(session: Session, flt: InventoryFilter, limit: int = 1000) -> list[StockRow]:
    """Stock cars matching every word of the search (in make, model, trim, colour, VIN or
    stock number; case and accents ignored, so 'skoda' finds Škoda), newest first.

    The words are matched in Python: a showroom's stock is hundreds of cars, and folding
    accents the same way on SQLite and PostgreSQL in SQL is not worth an extension.
    """
    query = select(
        Vehicle.id,
        Vehicle.stock_number,
        Vehicle.vin,
        Vehicle.make,
        Vehicle.model,
        Vehicle.trim,
        Vehicle.colour,
        Vehicle.year,
        Vehicle.list_price,
        Vehicle.status,
        Vehicle.floor_position,
        Vehicle.created_at,
        Vehicle.version,
    ).where(Vehicle.role == VehicleRole.STOCK.value)
    if flt.statuses:
        query = query.where(Vehicle.status.in_(flt.statuses))
    if flt.available_only:
        query = query.where(Vehicle.status.in_([s.value for s in AVAILABLE_STATUSES]))
    query = query.order_by(Vehicle.created_at.desc(), Vehicle.id.desc())
    words = fold(flt.text).split()
    rows: list[StockRow] = []
    for r in session.execute(query):
        if words:
            haystack = fold(" ".join(str(v) for v in (r[1], r[2], r[3], r[4], r[5], r[6]) if v))
            if not all(word in haystack for word in words):
                continue
        rows.append(
            StockRow(
                VehicleId(r[0]),
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                r[11],
                r[12],
            )
        )
        if len(rows) >= limit:
            break
    return rows


def stock_draft_of(vehicle: Vehicle, settings: ShowroomSettings) -> StockDraft:
    """The form values of a stored car (for the edit dialog)."""
    from showroom.kernel.money import format_amount

    return StockDraft(
        vin=vehicle.vin,
        make=vehicle.make,
        model=vehicle.model,
        stock_number=vehicle.stock_number or "",
        trim=vehicle.trim or "",
        colour=vehicle.colour or "",
        year=str(vehicle.year or ""),
        list_price=format_amount(vehicle.list_price, settings.currency, settings.locale)
        if vehicle.list_price is not None
        else "",
        status=vehicle.status,
        floor_position=vehicle.floor_position or "",
    )
