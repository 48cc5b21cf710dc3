"""How values read on paper: dates in the showroom's time zone, money in its currency,
everything in its locale (Babel). Bad settings are reported naming the setting."""

from __future__ import annotations

import copy
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.dates import format_time as babel_format_time
from babel.dates import get_datetime_format
from babel.numbers import is_currency

from showroom.core.errors import ValidationError
from showroom.kernel.settings import ShowroomSettings

DASH = "—"

# Characters Babel or users produce that the bundled font lacks, and what prints instead.
_SUBSTITUTES = str.maketrans({"\u202f": "\xa0", "\u2012": "–", "\u20bd": "RUB"})


def printable(text: str) -> str:
    """Text with the few characters the bundled font has no glyph for replaced."""
    return text.translate(_SUBSTITUTES)


@lru_cache(maxsize=32)
def showroom_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("time zone", "{name!r} is not a known time zone", name=name) from None


@lru_cache(maxsize=32)
def showroom_locale(code: str) -> Locale:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        raise ValidationError(
            "locale", "{code!r} is not a known locale such as en_GB", code=code
        ) from None


def format_datetime(moment: datetime, settings: ShowroomSettings) -> str:
    """An instant as the showroom reads it: its local time, the day spelled the locale's
    way (``5 Mar 2026, 14:07``) so that no reader mistakes 05/03 for 3 May."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to format_datetime")
    locale = showroom_locale(settings.locale)
    local = moment.astimezone(showroom_zone(settings.timezone))
    day = babel_format_date(local.date(), "medium", locale=locale)
    time = babel_format_time(local.timetz(), "short", locale=locale)
    pattern = str(get_datetime_format("medium", locale=locale))
    return printable(pattern.replace("{1}", day).replace("{0}", time))


def format_day(moment: datetime | date, settings: ShowroomSettings) -> str:
    """The calendar day of an instant (in the showroom's time zone) or of a date."""
    if isinstance(moment, datetime):
        moment = moment.astimezone(showroom_zone(settings.timezone)).date()
    return printable(babel_format_date(moment, "medium", locale=showroom_locale(settings.locale)))


def format_money(amount: Decimal, settings: ShowroomSettings) -> str:
    """An amount in the showroom's currency; whole amounts (budgets) without decimals."""
    locale = showroom_locale(settings.locale)
    pattern = copy.copy(locale.currency_formats["standard"])
    if amount == amount.to_integral_value():
        pattern.frac_prec = (0, 0)
    if not is_currency(settings.currency):
        raise ValidationError(
            "currency",
            "{currency!r} is not a currency code such as GBP",
            currency=settings.currency,
        )
    text = pattern.apply(amount, locale, currency=settings.currency, currency_digits=False)
    return printable(str(text))


def language_name(code: str, settings: ShowroomSettings) -> str:
    """A language code such as ``pl`` as a word in the showroom's locale (``Polish``)."""
    try:
        name = Locale.parse(code).get_display_name(showroom_locale(settings.locale))
    except (UnknownLocaleError, ValueError):
        return code
    return str(name) if name else code


def humanize(code: str | None) -> str:
    """A stored code such as ``test_drive`` as words: ``Test drive``."""
    if not code:
        return DASH
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def markup(text: str | None) -> str:
    """Plain text made safe for a ReportLab paragraph: ``&``, ``<`` and ``>`` print as
    themselves and line breaks are kept. ``None`` prints a dash; an empty string, nothing
    (a blank left to fill in by hand)."""
    if text is None:
        return DASH
    lines = [escape(printable(line)) for line in text.strip().splitlines()]
    return "<br/>".join(lines)
