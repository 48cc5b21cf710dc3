"""The one slot guard: half-open intervals, and the statuses that hold a slot declared once
(the areas' domains and the database's guard agree with the kernel)."""

from __future__ import annotations

import importlib
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from showroom.deliveries import domain as deliveries
from showroom.kernel.slots import (
    DELIVERY_SLOTS,
    SLOT_TABLES,
    TEST_DRIVE_SLOTS,
    SlotConflict,
    intervals_overlap,
    is_free,
)
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


def test_free_means_no_busy_interval_is_overlapped() -> None:
    busy = [_slot(0, 60), _slot(120, 30)]
    assert is_free(busy, *_slot(60, 60))  # exactly the gap, both ends touching
    assert not is_free(busy, *_slot(59, 2))
    assert not is_free(busy, *_slot(130, 5))  # inside a busy interval
    assert not is_free(busy, *_slot(-10, 200))  # around both
    assert is_free([], *_slot(0, 1))


@given(minutes, minutes.filter(bool), st.lists(st.tuples(minutes, minutes.filter(bool))))
def test_free_is_overlapping_none(start: int, length: int, held: list[tuple[int, int]]) -> None:
    busy = [_slot(a, la) for a, la in held]
    wanted = _slot(start, length)
    assert is_free(busy, *wanted) == (not any(intervals_overlap(b, wanted) for b in busy))


def test_every_slot_table_names_real_columns_and_holds_a_consultant() -> None:
    """A consultant is one person across every table: the commitments query relies on it."""
    for table in SLOT_TABLES:
        columns = set(table.model.__table__.columns.keys())
        assert {"status", "starts_at", "ends_at", "customer_id", "consultant_id"} <= columns
        assert set(table.resources) <= columns and "consultant_id" in table.resources
        assert table.place is None or table.place in columns
    assert [t.kind for t in SLOT_TABLES] == ["test drive", "delivery"]


def test_one_conflict_type_under_the_projects_conflict_error() -> None:
    from showroom.core.errors import ConflictError
    from showroom.deliveries.service import DeliveryConflict
    from showroom.test_drives.service import BookingConflict

    assert issubclass(SlotConflict, ConflictError)
    assert issubclass(BookingConflict, SlotConflict)
    assert issubclass(DeliveryConflict, SlotConflict)
