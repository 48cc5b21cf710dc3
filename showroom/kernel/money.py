"""Money: amounts as Decimal rounded to the currency's minor unit, read and written as the
showroom's locale writes them (Babel)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_currency_precision,
    parse_decimal,
)

from showroom.core.errors import ValidationError
from showroom.core.text import shown

MAX_AMOUNT = Decimal("10000000000")  # fits Numeric(12, 2)


# --- money ----------------------------------------------------------------------------------
def minor_unit(currency: str) -> Decimal:
    """The smallest amount of ``currency``: 0.01 for GBP, EUR, CNY; 1 for JPY."""
    return Decimal(1).scaleb(-get_currency_precision(currency))


def to_money(amount: Decimal, currency: str) -> Decimal:
    """``amount`` rounded half-up to the currency's minor unit."""
    return amount.quantize(minor_unit(currency), rounding=ROUND_HALF_UP)


def format_money(amount: Decimal, currency: str, locale: str) -> str:
    """The amount as the locale writes it: '£12,345.68', '12.345,68 €', '¥12,345.68'."""
    return format_currency(to_money(amount, currency), currency, locale=locale)


def format_amount(amount: Decimal, currency: str, locale: str) -> str:
    """The amount without its currency sign, as typed into a field: '12,345.5' → '12,345.50'."""
    places = get_currency_precision(currency)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(to_money(amount, currency), format=pattern, locale=locale)


def format_rate(rate: Decimal, locale: str) -> str:
    """An APR as the locale writes it, without the sign: '6.9' in en_GB, '6,9' in de_DE."""
    return format_decimal(rate, format="#,##0.0#", locale=locale)


_SPACES = {" ", "\u00a0", "\u202f", "\u2009", "'"}


def parse_money(
    raw: str,
    field: str,
    currency: str,
    locale: str,
    *,
    allow_negative: bool = False,
) -> Decimal | None:
    """Read an amount typed in the showroom's locale ('12,345.50' in en_GB, '12.345,50' in
    de_DE); a plain '12345.50' is read in any locale. Empty gives None.

    Raises :class:`ValidationError` naming ``field`` if it is not an amount, is negative, has
    more decimals than the currency has, or is too large.
    """
    text = "".join(c for c in raw.strip() if c not in _SPACES)
    for symbol in ("£", "€", "¥", "￥", "$", currency):
        text = text.replace(symbol, "")
    if not text:
        return None
    amount: Decimal | None = None
    try:
        amount = parse_decimal(text, locale=locale, strict=True)
    except NumberFormatError:
        plain = text.lstrip("-")
        if plain.replace(".", "", 1).isdigit() and plain.isascii():
            amount = Decimal(text)
    if amount is None or not amount.is_finite():
        example = format_amount(Decimal("12345.5"), currency, locale)
        raise ValidationError(
            field,
            "{value} is not an amount of money (like {example})",
            value=shown(raw),
            example=example,
        )
    if amount < 0 and not allow_negative:
        raise ValidationError(field, "must not be negative")
    if amount.copy_abs() >= MAX_AMOUNT:  # copy_abs: exact, never overflows the context
        raise ValidationError(field, "is too large")
    if amount != to_money(amount, currency):
        places = get_currency_precision(currency)
        if places:
            raise ValidationError(
                field,
                "may have at most {places} decimal places in {currency}",
                places=places,
                currency=currency,
            )
        raise ValidationError(field, "must be a whole amount in {currency}", currency=currency)
    return to_money(amount, currency)
