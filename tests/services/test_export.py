"""Exporting customers to CSV and XLSX, and importing the file back to the same cards."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import delete, event, select

from showroom.admin.users import create_user
from showroom.core.ids import UserId
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.exporting import (
    HEADERS,
    ExportFileError,
    ExportFormatError,
    export_customers,
)
from showroom.customers.importing import FIELD_HEADERS, guess_mapping, import_customer_file
from showroom.customers.service import card_values, create_customer
from showroom.demo.world import generate_demo
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.storage.models import Customer

SETTINGS = ShowroomSettings(default_region="GB")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
NOTES = 'Said "call me, not e-mail";\nprefers\tweekends.\nLine three: 50% off?'


def _cards(db: Database) -> dict[str, dict[str, object]]:
    """Every card's editable values by name, phones primary first."""
    with db.reader() as session:
        found = session.scalars(select(Customer)).all()
        cards = {}
        for customer in found:
            values = card_values(customer)
            values["phones"] = tuple(
                (p.e164, p.label) for p in sorted(customer.phones, key=lambda p: not p.is_primary)
            )
            cards[customer.full_name] = values
        return cards


def _add(db: Database, name: str, *phones: PhoneDraft, **fields: Any) -> None:
    with db.session() as session:
        create_customer(
            session, CustomerDraft(name, tuple(phones), **fields), None, SETTINGS, now=NOW
        )


@pytest.fixture
def tricky(db: Database) -> Database:
    """Customers with every field filled and every character a file can choke on."""
    with db.session() as session:
        ben: UserId = create_user(session, "ben.carter", Role.CONSULTANT, "Ben Carter")
        sam_one = create_user(session, "sam.one", Role.CONSULTANT, "Sam Lee")
        create_user(session, "sam.two", Role.CONSULTANT, "Sam Lee")
    _add(
        db,
        "Zoë Walker",
        PhoneDraft("+44 7400 123456"),
        PhoneDraft("020 7946 0018", "work"),
        email="Zoe.Walker@Example.co.uk",
        status="prospect",
        source="web",
        assigned_consultant_id=ben,
        preferred_channel="email",
        preferred_time="evenings",
        address="1 High Street, Flat 2; London",
        models_of_interest="VW Golf, ID.3",
        budget_min="25,000",
        budget_max="35000.50",
        timeframe="1-3 months",
        trade_in_make="Volkswagen",
        trade_in_model="Polo",
        trade_in_year="2015",
        trade_in_mileage_km="80,000",
        trade_in_plate="ab12 cde",
        trade_in_vin="1M8GDM9AXKP042788",
        consent_contact=True,
        notes=NOTES,
    )
    _add(
        db,
        "王伟",
        PhoneDraft("+86 131 2345 6789", "手机"),
        preferred_language="zh",
        source="referral",
        status="owner",
        assigned_consultant_id=sam_one,
        notes="周末来店，喜欢红色",
    )
    _add(
        db,
        '=HYPERLINK("http://evil.example","click")',
        PhoneDraft("+44 7400 123457"),
        address="-1 Minus Road",
        models_of_interest="+ whatever",
        notes="@everyone '=not a formula",
        timeframe="'quoted'",
    )
    _add(
        db,
        "Five Phones",
        *(PhoneDraft(f"+44 7400 20000{i}", label) for i, label in enumerate("abcde")),
    )
    _add(db, "Only A Name")
    _add(db, "#N/A", notes="=1+1")  # an error code and a formula, as plain text
    return db


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_an_empty_database_gives_the_same_cards(
    tricky: Database, tmp_path: Path, suffix: str
) -> None:
    db = tricky
    before = _cards(db)
    path = tmp_path / f"customers{suffix}"
    with db.reader() as session:
        report = export_customers(session, path)
    assert report.customers == 6
    with db.session() as session:  # the same users, no customers: an empty showroom
        session.execute(delete(Customer))
    assert _cards(db) == {}

    with db.session() as session:
        imported = import_customer_file(session, path, SETTINGS)

    assert (imported.rejected, imported.duplicates) == ([], [])
    assert imported.ignored_columns == ("Customer no.", "Created")
    assert _cards(db) == before


def test_export_headers_map_back_to_their_fields() -> None:
    assert guess_mapping(HEADERS) == [None, *FIELD_HEADERS, None]


def test_csv_is_utf8_with_bom_commas_and_escaped_formulas(tricky: Database, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    with tricky.reader() as session:
        export_customers(session, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfCustomer no.,Full name,Phone,")
    assert b"\r\n" in data
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines(keepends=True)))
    by_name = {r["Full name"]: r for r in rows}
    evil = by_name['\'=HYPERLINK("http://evil.example","click")']
    assert evil["Address"] == "'-1 Minus Road"
    assert evil["Models of interest"] == "'+ whatever"
    assert evil["Notes"] == "'@everyone '=not a formula"
    assert evil["Timeframe"] == "'quoted'"  # not escaped: the import keeps it as it is
    zoe = by_name["Zoë Walker"]
    assert (zoe["Phone"], zoe["Phone 2"]) == ("+44 7400 123456", "+44 20 7946 0018 (work)")
    assert (zoe["Status"], zoe["Source"], zoe["Consultant"]) == ("Prospect", "Web", "Ben Carter")
    assert (zoe["Budget from"], zoe["Budget to"], zoe["Consent to contact"]) == (
        "25000.00",
        "35000.50",
        "yes",
    )
    assert zoe["Notes"] == NOTES
    assert zoe["Created"] == "2026-11-26"
    assert by_name["王伟"]["Consultant"] == "sam.one"  # two users are called Sam Lee


def test_xlsx_has_a_frozen_bold_header_and_text_stays_text(
    tricky: Database, tmp_path: Path
) -> None:
    path = tmp_path / "c.xlsx"
    with tricky.reader() as session:
        export_customers(session, path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Customers"
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert all(c.font.b for c in sheet[1])
    names = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    evil = names['=HYPERLINK("http://evil.example","click")']
    assert evil[1].data_type == "s"
    not_available = names["#N/A"]
    assert (not_available[1].data_type, not_available[HEADERS.index("Notes")].data_type) == (
        "s",
        "s",
    )
    assert not_available[HEADERS.index("Notes")].value == "=1+1"
    zoe = names["Zoë Walker"]
    assert zoe[HEADERS.index("Budget to")].value == 35000.5
    assert zoe[HEADERS.index("Trade-in year")].value == 2015


def test_export_streams_rows_without_orm_objects(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        generate_demo(session, customers=2_500, seed=4, interactions_per_customer=0)
    loaded: list[object] = []

    def on_load(target: object, context: object) -> None:
        loaded.append(target)

    event.listen(Customer, "load", on_load)
    calls: list[tuple[int, int]] = []
    try:
        with db.reader() as session:
            report = export_customers(
                session,
                tmp_path / "all.csv",
                progress=lambda done, total: calls.append((done, total)),
                chunk_size=1_000,
            )
    finally:
        event.remove(Customer, "load", on_load)
    assert report.customers == 2_500
    assert loaded == []
    assert calls == [(1_000, 2_500), (2_000, 2_500), (2_500, 2_500)]
    lines = (tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2_501


def test_unknown_extension_missing_folder_and_failure_leave_no_file(
    tricky: Database, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with tricky.reader() as session:
        with pytest.raises(
            ExportFormatError, match=r"not \.pdf files: name the file c\.csv or c\.xlsx"
        ):
            export_customers(session, tmp_path / "c.pdf")
        with pytest.raises(ExportFileError, match="does not exist"):
            export_customers(session, tmp_path / "missing" / "c.csv")
        target = tmp_path / "keep.xlsx"
        target.write_bytes(b"the previous export")

        def fail(done: int, total: int) -> None:
            raise RuntimeError("disk full")

        with pytest.raises(RuntimeError):
            export_customers(session, target, progress=fail, chunk_size=2)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.xlsx"]


INJECTION = "=cmd|'/Ccalc'!A0@example.com"


def test_every_text_column_of_a_csv_export_is_neutralised(db: Database, tmp_path: Path) -> None:
    """An e-mail stored before the import refused such addresses still leaves the export as
    text, as does every other text column."""
    with db.session() as s:
        customer = create_customer(
            s, CustomerDraft("Eve Formula", (PhoneDraft("+44 7400 555111"),)), None, SETTINGS
        )
        row = s.get(Customer, customer)
        assert row is not None
        row.email = INJECTION
        row.preferred_channel = "@SUM(1+1)"
    out = tmp_path / "out.csv"
    with db.reader() as s:
        export_customers(s, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for record in csv.reader(handle) for cell in record]
    assert "'" + INJECTION in cells and INJECTION not in cells
    # Only the phone column, written from a checked number, starts with '+'.
    starts = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert starts == ["+44 7400 555111"]


def test_an_e_mail_that_starts_a_formula_is_refused() -> None:
    from showroom.core.errors import ValidationError
    from showroom.customers.domain import normalize_email

    for text in (INJECTION, "+cmd@example.com", "-x@example.com", "a|b@example.com"):
        with pytest.raises(ValidationError) as caught:
            normalize_email(text)
        assert "spreadsheet formula" in str(caught.value)
    assert normalize_email("anna+cars@example.com") == "anna+cars@example.com"
