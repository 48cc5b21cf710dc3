"""Showroom-wide settings shared by every PC, with their defaults.

They live in the ``settings`` table so that all PCs on one PostgreSQL server agree on the
showroom's country (for phone numbers), currency, time zone and letterhead.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class ShowroomSettings:
    """The settings of one showroom. Every field has a sensible default."""

    dealership_name: str = "Showroom Motors"
    dealership_address: str = "1 High Street, London"
    dealership_phone: str = "+44 20 7946 0000"
    default_region: str = "GB"
    currency: str = "GBP"
    timezone: str = "Europe/London"
    locale: str = "en_GB"
    test_drive_minutes: int = 30
    # When test drives may be booked, in the showroom's time zone (the calendar shows these).
    test_drive_hours: str = "08:00-20:00"
    paper_size: str = "A4"
    # Follow-up cadences: days after the event on which a follow-up falls due.
    followup_days_walk_in: str = "1"
    followup_days_test_drive: str = "1"
    followup_days_delivery: str = "1,7,30,90"

    def cadence(self, event: str) -> list[int]:
        """The days after ``event`` (walk_in, test_drive, delivery) that follow-ups fall due."""
        raw = str(getattr(self, f"followup_days_{event}", ""))
        return sorted({int(part) for part in raw.replace(" ", "").split(",") if part.isdigit()})

    @classmethod
    def from_mapping(cls, values: dict[str, str]) -> ShowroomSettings:
        settings = cls()
        changes: dict[str, Any] = {}
        for field in fields(cls):
            if field.name in values:
                raw = values[field.name]
                default = getattr(settings, field.name)
                changes[field.name] = int(raw) if isinstance(default, int) else raw
        return replace(settings, **changes)

    def to_mapping(self) -> dict[str, str]:
        return {field.name: str(getattr(self, field.name)) for field in fields(self)}
