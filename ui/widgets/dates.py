"""Dates shown in the user's language (day and month names from the system locale)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def day_text(day: date | datetime, pattern: str = "ddd d MMM") -> str:
    """A day in the user's language, e.g. 'Sat 28 Nov' (a Qt date pattern)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
