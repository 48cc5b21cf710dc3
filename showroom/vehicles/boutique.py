"""The boutique catalogue: accessories a plan can add (name, price, active).

A retired accessory is made inactive rather than deleted, so plans that list it still read
the same. Plans copy the name and price when they add an accessory.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom.core.errors import (
    ConflictError,
    NotFound,
    ValidationError,
    ValidationErrors,
)
from showroom.core.text import clean_line
from showroom.kernel.access import require
from showroom.kernel.conflicts import flush_checked
from showroom.kernel.money import parse_money
from showroom.kernel.permissions import Action
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.models import BoutiqueItem


class BoutiqueItemNotFound(NotFound):
    def __init__(self, item_id: int) -> None:
        super().__init__("There is no boutique accessory with number {item_id}.", item_id=item_id)


@dataclass(frozen=True, slots=True)
class BoutiqueRow:
    id: int
    name: str
    price: Decimal
    active: bool
    version: int


def list_boutique(session: Session, include_inactive: bool = False) -> list[BoutiqueRow]:
    """The catalogue in name order (only active accessories unless asked)."""
    query = select(
        BoutiqueItem.id,
        BoutiqueItem.name,
        BoutiqueItem.price,
        BoutiqueItem.active,
        BoutiqueItem.version,
    ).order_by(func.lower(BoutiqueItem.name), BoutiqueItem.id)
    if not include_inactive:
        query = query.where(BoutiqueItem.active.is_(True))
    return [BoutiqueRow(*row) for row in session.execute(query)]


def _validate(
    session: Session, name: str, price: str, settings: ShowroomSettings, exclude_id: int | None
) -> tuple[str, Decimal]:
    errors: list[ValidationError] = []
    clean = ""
    amount: Decimal | None = None
    try:
        clean = check_boutique_name(name)
    except ValidationError as error:
        errors.append(error)
    try:
        amount = parse_money(price, "price", settings.currency, settings.locale)
        if amount is None:
            errors.append(ValidationError("price", "is required"))
    except ValidationError as error:
        errors.append(error)
    if clean:
        query = select(BoutiqueItem.id).where(func.lower(BoutiqueItem.name) == clean.lower())
        if exclude_id is not None:
            query = query.where(BoutiqueItem.id != exclude_id)
        if session.scalar(query) is not None:
            errors.append(
                ValidationError("name", "{clean!r} is in the catalogue already", clean=clean)
            )
    if errors:
        raise ValidationErrors(errors)
    assert amount is not None
    return clean, amount


def add_boutique_item(
    session: Session, actor_id: int | None, name: str, price: str, settings: ShowroomSettings
) -> int:
    """Add an accessory to the catalogue; the name must be new (ignoring case)."""
    require(session, actor_id, Action.EDIT_BOUTIQUE)
    clean, amount = _validate(session, name, price, settings, None)
    item = BoutiqueItem(name=clean, price=amount, active=True)
    session.add(item)
    session.flush()
    return item.id


def update_boutique_item(
    session: Session,
    actor_id: int | None,
    item_id: int,
    expected_version: int,
    name: str,
    price: str,
    active: bool,
    settings: ShowroomSettings,
) -> None:
    """Rename, re-price or retire an accessory. Plans keep the name and price they copied."""
    require(session, actor_id, Action.EDIT_BOUTIQUE)
    item = session.get(BoutiqueItem, item_id)
    if item is None:
        raise BoutiqueItemNotFound(item_id)
    if item.version != expected_version:
        raise ConflictError(
            "“{name}” was changed on another PC after you opened it; reload the catalogue.",
            name=item.name,
        )
    item.name, item.price = _validate(session, name, price, settings, item.id)
    item.active = active
    flush_checked(session, f"“{item.name}” was changed on another PC a moment ago; reload it.")


def check_boutique_name(raw: str) -> str:
    name = clean_line(raw, "name", max_length=120)
    if not name:
        raise ValidationError("name", "must not be empty")
    return name
