"""Dates shown in the user's language (day and month names from the system locale)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from ui.i18n import date_format


def day_text(day: date | datetime, pattern: str | None = None) -> str:
    """A day in the user's language, e.g. 'Sat 28 Nov' (a Qt date pattern, from
    ``date_format`` so that a language may reorder it)."""
    return QLocale().toString(
        QDate(day.year, day.month, day.day), pattern or date_format("ddd d MMM")
    )


def format_day(value: date) -> str:
    """A day in full, e.g. 'Sat 28 Nov 2026' (in the user's language)."""
    return day_text(value, date_format("ddd d MMM yyyy"))
