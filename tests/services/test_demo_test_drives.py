"""Demo test drives: a believable year, the coming weeks, and never a double booking."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from showroom.demo.world import generate_demo
from showroom.storage.database import Database
from showroom.storage.models import Interaction, TestDrive, Vehicle
from showroom.test_drives.domain import DriveStatus
from tests.services.test_booking_concurrency import overlapping_pairs

# A Saturday afternoon in London, the busiest day of the week.
NOW = datetime(2026, 11, 28, 15, 10, tzinfo=UTC)


def test_demo_fills_a_year_of_drives_without_overlaps(db: Database) -> None:
    with db.session() as s:
        generate_demo(s, customers=600, seed=5, interactions_per_customer=1, now=NOW)
    with db.session() as s:  # a second run adds more drives around the first ones
        generate_demo(s, customers=100, seed=6, interactions_per_customer=1, now=NOW)
    with db.reader() as s:
        assert overlapping_pairs(s) == 0
        by_status = dict(
            s.execute(select(TestDrive.status, func.count()).group_by(TestDrive.status)).all()
        )
        assert by_status[DriveStatus.RETURNED] > 800
        assert by_status[DriveStatus.NO_SHOW] > 20
        assert by_status[DriveStatus.CANCELLED] > 20
        assert by_status[DriveStatus.BOOKED] > 30
        assert by_status.get(DriveStatus.OUT, 0) >= 1
        future = s.scalar(
            select(func.count()).where(TestDrive.starts_at > NOW, TestDrive.status == "booked")
        )
        past_booked = s.scalar(
            select(func.count()).where(TestDrive.ends_at < NOW, TestDrive.status == "booked")
        )
        assert future == by_status[DriveStatus.BOOKED] and past_booked == 0
        overdue = s.scalar(
            select(func.count()).where(TestDrive.status == "out", TestDrive.ends_at < NOW)
        )
        assert overdue >= 1
        ratings = s.scalars(select(TestDrive.rating).where(TestDrive.rating.is_not(None))).all()
        assert set(ratings) <= {1, 2, 3, 4, 5} and sum(ratings) / len(ratings) > 3.5
        returned = s.scalar(select(func.count()).where(TestDrive.status == "returned"))
        logged = s.scalar(
            select(func.count()).where(
                Interaction.kind == "test_drive", Interaction.summary.like("Test drive: %")
            )
        )
        assert logged is not None and returned is not None and logged >= returned
        # Odometers only go up, car by car.
        for vehicle_id, odometer in s.execute(
            select(Vehicle.id, Vehicle.odometer_km).where(Vehicle.role == "fleet")
        ):
            readings = s.execute(
                select(TestDrive.odometer_out_km, TestDrive.odometer_in_km)
                .where(TestDrive.vehicle_id == vehicle_id, TestDrive.odometer_out_km.is_not(None))
                .order_by(TestDrive.starts_at)
            ).all()
            flat = [km for pair in readings for km in pair if km is not None]
            assert flat == sorted(flat), vehicle_id
            if flat:
                assert odometer >= flat[-1]
        # The cars out on a drive are exactly those marked on_drive.
        on_drive = set(s.scalars(select(Vehicle.id).where(Vehicle.status == "on_drive")))
        out = set(s.scalars(select(TestDrive.vehicle_id).where(TestDrive.status == "out")))
        assert on_drive == out
