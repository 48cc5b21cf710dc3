"""Printing the test-drive agreement and filing it in the customer's archive.

The agreement is printed after the licence check and before the car leaves, so the
readings it shows are the ones about to be recorded at check-out (given by the check-out
screen), the car's last readings if none are given, or, once the car is out, the readings
recorded at check-out. A drive without a recorded licence, or a cancelled one, is refused in
one sentence and nothing is archived. Services take the session first and never commit.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from showroom.core.errors import DomainError, ValidationError
from showroom.core.ids import CustomerId, UserId
from showroom.core.phrase import Phrase
from showroom.kernel.archive import ArchivedDocument, issue_document
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.settings import ShowroomSettings
from showroom.test_drives import domain as rules
from showroom.test_drives.service import drive_details

if TYPE_CHECKING:
    from showroom.documents.test_drive_agreement import TestDriveAgreementData


def load_test_drive_agreement(
    session: Session,
    drive_id: int,
    *,
    odometer_km: int | None = None,
    fuel_percent: int | None = None,
) -> TestDriveAgreementData:
    """The agreement's data; ``odometer_km``/``fuel_percent`` are the readings about to be
    recorded at check-out (ignored once the car is out: the recorded ones print then)."""
    from showroom.documents.test_drive_agreement import TestDriveAgreementData

    drive = drive_details(session, drive_id, actor_id=None)
    if not rules.can_print_agreement(drive.status):
        raise DomainError(
            "This test drive is {value}: there is nothing to sign.",
            value=Phrase.of(rules.STATUS_WORDS[drive.status]),
        )
    if drive.licence_masked is None or drive.licence_expires_on is None:
        raise ValidationError(
            "licence number", "record the customer's driving licence before printing the agreement"
        )
    if drive.odometer_out_km is not None:
        odometer, fuel = drive.odometer_out_km, drive.fuel_out_percent
    else:
        odometer = rules.check_odometer(
            odometer_km if odometer_km is not None else drive.vehicle_odometer_km, "odometer out"
        )
        fuel = fuel_percent if fuel_percent is not None else drive.vehicle_fuel_percent
        if fuel is not None:
            rules.check_fuel(fuel, "fuel out")
    return TestDriveAgreementData(
        drive_id=int(drive.id),
        customer_id=int(drive.customer_id),
        customer_name=drive.customer_name,
        consultant=drive.consultant_name,
        starts_at=drive.start,
        planned_return=drive.end,
        make=drive.make,
        model=drive.model,
        trim=drive.trim,
        colour=drive.colour,
        vin=drive.vin,
        plate=drive.plate,
        licence_masked=drive.licence_masked,
        licence_country=drive.licence_country or "",
        licence_expires_on=drive.licence_expires_on,
        odometer_out_km=odometer,
        fuel_out_percent=fuel,
        customer_phone=drive.customer_phone,
        customer_email=drive.customer_email,
        customer_address=drive.customer_address,
        route_note=drive.route_note,
    )


def print_test_drive_agreement(
    session: Session,
    drive_id: int,
    user_id: UserId,
    settings: ShowroomSettings,
    now: datetime,
    *,
    odometer_km: int | None = None,
    fuel_percent: int | None = None,
    invariant: bool = False,
) -> ArchivedDocument:
    """Print the agreement (document kind ``test-drive-agreement``) and file it in the
    customer's archive."""
    from showroom.documents.test_drive_agreement import render_test_drive_agreement

    data = load_test_drive_agreement(
        session, drive_id, odometer_km=odometer_km, fuel_percent=fuel_percent
    )
    kind = DocumentKind.TEST_DRIVE_AGREEMENT
    return issue_document(
        session,
        kind=kind,
        title=f"{kind.heading}: {data.customer_name}, {data.make} {data.model}",
        customer_id=CustomerId(data.customer_id),
        user_id=user_id,
        settings=settings,
        now=now,
        render=lambda context: render_test_drive_agreement(data, context),
        invariant=invariant,
    )
