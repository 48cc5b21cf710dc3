"""Typed ids: a CustomerId cannot be passed where a VehicleId is expected."""

from typing import NewType

UserId = NewType("UserId", int)
CustomerId = NewType("CustomerId", int)
VehicleId = NewType("VehicleId", int)
InteractionId = NewType("InteractionId", int)
TestDriveId = NewType("TestDriveId", int)
