"""Typed ids: a CustomerId cannot be passed where a VehicleId is expected."""

from typing import NewType

UserId = NewType("UserId", int)
CustomerId = NewType("CustomerId", int)
VehicleId = NewType("VehicleId", int)
InteractionId = NewType("InteractionId", int)
TestDriveId = NewType("TestDriveId", int)

# Ids are INTEGER columns: 32-bit on PostgreSQL, 64-bit on SQLite. A number outside that
# range (typed, imported or made up) can name no record and must not reach the database.
MAX_RECORD_ID = 2**31 - 1


def is_record_id(value: int) -> bool:
    """Whether ``value`` can be the id of a stored record (1 … 2**31 - 1)."""
    return isinstance(value, int) and 0 < value <= MAX_RECORD_ID
