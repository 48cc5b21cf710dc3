"""The one slot guard: half-open intervals, and the statuses that hold a slot declared once
(the areas' domains and the database's guard agree with the kernel)."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from showroom.deliveries import domain as deliveries
from showroom.kernel.slots import DELIVERY_SLOTS, TEST_DRIVE_SLOTS, intervals_overlap
from showroom.test_drives import domain as drives

T0 = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
minutes = st.integers(min_value=0, max_value=600)


def _slot(start: int, length: int) -> tuple[datetime, datetime]:
    return T0 + timedelta(minutes=start), T0 + timedelta(minutes=start + length)


def test_back_to_back_slots_do_not_overlap() -> None:
    assert not intervals_overlap(_slot(0, 60), _slot(60, 30))
    assert not intervals_overlap(_slot(60, 30), _slot(0, 60))
    assert intervals_overlap(_slot(0, 61), _slot(60, 30))


@given(minutes, minutes.filter(bool), minutes, minutes.filter(bool))
def test_overlap_is_symmetric_and_means_a_shared_minute(a: int, la: int, b: int, lb: int) -> None:
    first, second = _slot(a, la), _slot(b, lb)
    shared = set(range(a, a + la)) & set(range(b, b + lb))
    assert intervals_overlap(first, second) == intervals_overlap(second, first) == bool(shared)


def test_the_areas_take_their_holding_statuses_from_the_kernel() -> None:
    assert tuple(s.value for s in drives.ACTIVE_STATUSES) == TEST_DRIVE_SLOTS.holding
    assert tuple(deliveries.HOLDING_STATUSES) == DELIVERY_SLOTS.holding
    assert all(drives.holds_slot(s) for s in TEST_DRIVE_SLOTS.holding)
    assert not drives.holds_slot(drives.DriveStatus.CANCELLED)


def test_the_database_guard_holds_the_same_statuses() -> None:
    """Migrations are frozen text, so the kernel's lists are checked against them here."""
    drive_migration = importlib.import_module(
        "showroom.storage.migrations.versions.0004_test_drives"
    )
    delivery_migration = importlib.import_module(
        "showroom.storage.migrations.versions.0008_deliveries"
    )
    as_sql = lambda statuses: "(" + ", ".join(f"'{s}'" for s in statuses) + ")"  # noqa: E731
    assert as_sql(TEST_DRIVE_SLOTS.holding) == drive_migration.ACTIVE
    assert as_sql(DELIVERY_SLOTS.holding) == delivery_migration.HOLDING
