"""The test-drive agreement the customer signs before the car leaves.

Who drives (with the driving licence masked to its last four characters), which car (make,
model, VIN, plate, odometer and fuel as it leaves), when it is due back, the terms from the
``test_drive_terms`` setting, and signature lines for the customer and the consultant that
are always printed on the same page as the terms they sign.

``render_test_drive_agreement(data, context)`` is a pure function of its arguments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from babel.numbers import format_decimal
from reportlab.platypus import Flowable

from showroom.customers.domain import format_phone
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.pdf.blocks import Cell, Signer, key_value_block, para, section, signature_block
from showroom.kernel.pdf.formatting import (
    format_datetime,
    format_day,
    showroom_locale,
    showroom_zone,
)
from showroom.kernel.pdf.language import t
from showroom.kernel.pdf.layout import DocumentBuilder, DocumentContext, RenderedPdf
from showroom.kernel.settings import ShowroomSettings


@dataclass(frozen=True, slots=True)
class TestDriveAgreementData:
    """What the agreement prints, read by
    :func:`showroom.printing.test_drive_agreement.load_test_drive_agreement`. The licence
    number arrives masked already: the full number never reaches the paper."""

    __test__ = False  # not a pytest class

    drive_id: int
    customer_id: int
    customer_name: str
    consultant: str
    starts_at: datetime
    planned_return: datetime
    make: str
    model: str
    vin: str
    plate: str | None
    licence_masked: str
    licence_country: str
    licence_expires_on: date
    odometer_out_km: int
    fuel_out_percent: int | None
    trim: str | None = None
    colour: str | None = None
    customer_phone: str | None = None
    customer_email: str | None = None
    customer_address: str | None = None
    route_note: str | None = None


def _km(value: int, settings: ShowroomSettings) -> str:
    return t("{distance} km").format(
        distance=format_decimal(value, locale=showroom_locale(settings.locale))
    )


def _time(moment: datetime, settings: ShowroomSettings) -> str:
    return moment.astimezone(showroom_zone(settings.timezone)).strftime("%H:%M")


def agreement_terms(settings: ShowroomSettings) -> str:
    """The terms as printed: the setting with the dealership's name filled in."""
    return settings.test_drive_terms.replace("{dealer}", settings.dealership_name)


def test_drive_agreement_story(
    data: TestDriveAgreementData, builder: DocumentBuilder
) -> list[Flowable]:
    s = builder.styles
    settings = builder.context.settings
    car = " ".join(part for part in (data.make, data.model, data.trim) if part)
    same_day = format_day(data.starts_at, settings) == format_day(data.planned_return, settings)
    back = (
        _time(data.planned_return, settings)
        if same_day
        else format_datetime(data.planned_return, settings)
    )
    subtitle = t("Test drive no. {id} · {car} · {start} to {back}").format(
        id=data.drive_id, car=car, start=format_datetime(data.starts_at, settings), back=back
    )
    story: list[Flowable] = [para(data.customer_name, s.title), para(subtitle, s.subtitle)]

    driver: list[tuple[str, Cell]] = [
        ("Name", data.customer_name),
        ("Phone", format_phone(data.customer_phone) if data.customer_phone else None),
        ("E-mail", data.customer_email),
        ("Address", data.customer_address),
        ("Driving licence", data.licence_masked),
        ("Issued in", data.licence_country),
        ("Valid until", format_day(data.licence_expires_on, settings)),
    ]
    story += section("Driver", [key_value_block(driver, s)], s)

    vehicle: list[tuple[str, Cell]] = [
        ("Vehicle", car),
        ("Colour", data.colour),
        ("Registration", data.plate),
        ("VIN", data.vin),
        ("Odometer out", _km(data.odometer_out_km, settings)),
        (
            "Fuel / charge out",
            f"{data.fuel_out_percent} %" if data.fuel_out_percent is not None else None,
        ),
    ]
    story += section("Vehicle", [key_value_block(vehicle, s)], s)

    drive: list[tuple[str, Cell]] = [
        ("Consultant", data.consultant),
        ("Leaves", format_datetime(data.starts_at, settings)),
        ("Planned return", format_datetime(data.planned_return, settings)),
        ("Route", data.route_note),
        ("Returned to", f"{settings.dealership_name}, {settings.dealership_address}"),
    ]
    story += section("The drive", [key_value_block(drive, s)], s)

    story.append(
        signature_block(
            [Signer("Customer", data.customer_name), Signer("Consultant", data.consultant)],
            s,
            heading_text="Terms of the test drive",
            terms=agreement_terms(settings),
        )
    )
    return story


def render_test_drive_agreement(
    data: TestDriveAgreementData, context: DocumentContext
) -> RenderedPdf:
    """The test-drive agreement as a PDF."""
    builder = DocumentBuilder(DocumentKind.TEST_DRIVE_AGREEMENT.heading, context)
    return builder.render(test_drive_agreement_story(data, builder))
