"""Exporting customer cards to a CSV or XLSX file that the importer reads back.

The column names are the importer's own (:data:`FIELD_HEADERS`), so exporting and importing
into an empty database gives the same cards. Rows are read a chunk at a time by id (keyset
paging, Core rows, no ORM objects), so 100,000 customers never sit in memory at once. The
file is written beside its final name and renamed only when complete: a failed export
leaves no half file and never overwrites a good one.

CSV: UTF-8 with a byte-order mark (so Excel shows accents and Chinese), comma-separated.
A text cell that a spreadsheet would run as a formula (starting with = + - @) gets a
leading apostrophe, as Excel shows such cells; the importer takes it off again.
XLSX: one sheet "Customers", the header row bold and frozen, every text cell typed as
text (a name starting with '=' stays a name).
"""

from __future__ import annotations

import contextlib
import csv
import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from showroom.core.errors import ShowroomError
from showroom.core.text import fold
from showroom.customers.domain import format_phone, neutralise_formula
from showroom.customers.importing import FIELD_HEADERS, PHONE_FIELDS, CardField
from showroom.storage.models import Customer, CustomerPhone, User

CHUNK = 2_000
FORMATS = {".csv": "csv", ".xlsx": "xlsx"}
ID_HEADER = "Customer no."
CREATED_HEADER = "Created"
HEADERS: tuple[str, ...] = (ID_HEADER, *FIELD_HEADERS.values(), CREATED_HEADER)
ProgressCallback = Callable[[int, int], None]


class ExportFormatError(ShowroomError):
    """The file name asks for a format Showroom does not write."""


class ExportFileError(ShowroomError):
    """The file cannot be written."""


@dataclass(frozen=True)
class ExportReport:
    path: Path
    customers: int
    elapsed: float


def export_format(path: Path) -> str:
    """'csv' or 'xlsx' from the file's extension; raises ExportFormatError otherwise."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        kind = f"{suffix} files" if suffix else "files without an extension"
        raise ExportFormatError(
            "Showroom exports .csv and .xlsx files, not {kind}: name the file {value}.csv or {value}.xlsx.",
            kind=kind,
            value=path.stem or "customers",
        )
    return FORMATS[suffix]


_COLUMNS = (
    Customer.id,
    Customer.full_name,
    Customer.email,
    Customer.status,
    Customer.source,
    Customer.assigned_consultant_id,
    Customer.preferred_language,
    Customer.preferred_channel,
    Customer.preferred_time,
    Customer.address,
    Customer.models_of_interest,
    Customer.budget_min,
    Customer.budget_max,
    Customer.timeframe,
    Customer.trade_in_make,
    Customer.trade_in_model,
    Customer.trade_in_year,
    Customer.trade_in_mileage_km,
    Customer.trade_in_plate,
    Customer.trade_in_vin,
    Customer.consent_contact,
    Customer.notes,
    Customer.created_at,
)


def _consultant_names(session: Session) -> dict[int, str]:
    """Each user as the import will find them again: the display name, or the user name
    when two users share a display name."""
    users = session.execute(select(User.id, User.username, User.display_name)).all()
    taken: dict[str, int] = {}
    for _, _, display in users:
        key = fold(display)
        taken[key] = taken.get(key, 0) + 1
    return {uid: display if taken[fold(display)] == 1 else name for uid, name, display in users}


def _phone_cell(e164: str, label: str) -> str:
    number = format_phone(e164)
    return number if label == "mobile" else f"{number} ({label})"


def _records(
    session: Session, chunk_size: int, progress: ProgressCallback | None
) -> Iterator[dict[CardField | str, Any]]:
    """Every customer as {field: value}, in id order, one chunk of rows at a time."""
    total = int(session.scalar(select(func.count(Customer.id))) or 0)
    consultants = _consultant_names(session)
    done = 0
    after = 0
    while True:
        rows: list[Row[Any]] = list(
            session.execute(
                select(*_COLUMNS).where(Customer.id > after).order_by(Customer.id).limit(chunk_size)
            )
        )
        if not rows:
            break
        first, last = rows[0].id, rows[-1].id
        phones: dict[int, list[str]] = {}
        for customer_id, e164, label in session.execute(
            select(CustomerPhone.customer_id, CustomerPhone.e164, CustomerPhone.label)
            .where(CustomerPhone.customer_id.between(first, last))
            .order_by(CustomerPhone.customer_id, CustomerPhone.is_primary.desc(), CustomerPhone.id)
        ):
            phones.setdefault(customer_id, []).append(_phone_cell(e164, label))
        for row in rows:
            record: dict[CardField | str, Any] = {
                ID_HEADER: row.id,
                CardField.FULL_NAME: row.full_name,
                CardField.EMAIL: row.email,
                CardField.STATUS: row.status.capitalize(),
                CardField.SOURCE: row.source.replace("_", "-").capitalize(),
                CardField.CONSULTANT: consultants.get(row.assigned_consultant_id or 0),
                CardField.LANGUAGE: row.preferred_language,
                CardField.PREFERRED_CHANNEL: row.preferred_channel,
                CardField.PREFERRED_TIME: row.preferred_time,
                CardField.ADDRESS: row.address,
                CardField.MODELS_OF_INTEREST: row.models_of_interest,
                CardField.BUDGET_MIN: row.budget_min,
                CardField.BUDGET_MAX: row.budget_max,
                CardField.TIMEFRAME: row.timeframe,
                CardField.TRADE_IN_MAKE: row.trade_in_make,
                CardField.TRADE_IN_MODEL: row.trade_in_model,
                CardField.TRADE_IN_YEAR: row.trade_in_year,
                CardField.TRADE_IN_MILEAGE: row.trade_in_mileage_km,
                CardField.TRADE_IN_PLATE: row.trade_in_plate,
                CardField.TRADE_IN_VIN: row.trade_in_vin,
                CardField.CONSENT: "yes" if row.consent_contact else "no",
                CardField.NOTES: row.notes,
                CREATED_HEADER: row.created_at.date() if row.created_at else None,
            }
            for phone_field, value in zip(PHONE_FIELDS, phones.get(row.id, []), strict=False):
                record[phone_field] = value
            yield record
        done += len(rows)
        after = last
        if progress is not None:
            progress(done, max(total, done))


_ORDER: tuple[CardField | str, ...] = (ID_HEADER, *FIELD_HEADERS, CREATED_HEADER)


def _csv_value(key: CardField | str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        # Every text column, e-mail included: the one place a cell is made safe. Phones are
        # written by Showroom from checked numbers (a '+' and digits, no formula) and stay
        # as they are, so that a spreadsheet shows them as dialled.
        return value if key in PHONE_FIELDS else neutralise_formula(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def _write_csv(target: Path, records: Iterator[dict[CardField | str, Any]]) -> int:
    count = 0
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for record in records:
            writer.writerow([_csv_value(key, record.get(key)) for key in _ORDER])
            count += 1
    return count


def _write_xlsx(target: Path, records: Iterator[dict[CardField | str, Any]]) -> int:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Customers")
    widths = {ID_HEADER: 12, CardField.FULL_NAME: 28, CardField.EMAIL: 30, CardField.ADDRESS: 36}
    for index, key in enumerate(_ORDER, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(key, 16)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in HEADERS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    try:
        for record in records:
            row: list[Any] = []
            for key in _ORDER:
                value = record.get(key)
                if isinstance(value, str):
                    if ILLEGAL_CHARACTERS_RE.search(value):
                        value = ILLEGAL_CHARACTERS_RE.sub("", value)
                    if value.startswith("=") or value in ERROR_CODES:
                        # openpyxl would write a formula or an error value: keep it text
                        cell = WriteOnlyCell(sheet, value=value)
                        cell.data_type = "s"
                        value = cell
                row.append(value)
            sheet.append(row)
            count += 1
    except BaseException:
        # Close the sheet's half-written XML stream and remove its temporary file now,
        # rather than leave them to the garbage collector.
        with contextlib.suppress(Exception):
            sheet.close()
            sheet._writer.cleanup()
        raise
    book.save(target)
    return count


def export_customers(
    session: Session,
    path: Path,
    *,
    actor_id: int | None = None,
    progress: ProgressCallback | None = None,
    chunk_size: int = CHUNK,
) -> ExportReport:
    """Write every customer to ``path`` (.csv or .xlsx); returns how many were written.

    Reads only (a long export must not hold the write lock); the caller records the export
    in the audit trail with :func:`log_export` in a short unit of work afterwards.
    """
    from showroom.kernel.access import require
    from showroom.kernel.permissions import Action

    require(session, actor_id, Action.EXPORT_CUSTOMERS)
    started = time.perf_counter()
    kind = export_format(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFileError("The folder {folder} does not exist.", folder=folder)
    partial = folder / f".{path.name}.{uuid.uuid4().hex[:8]}.part"
    try:
        records = _records(session, chunk_size, progress)
        count = _write_csv(partial, records) if kind == "csv" else _write_xlsx(partial, records)
        os.replace(partial, path)
    except OSError as error:
        raise ExportFileError(
            "{file} cannot be written ({value}); nothing was exported.",
            file=path,
            value=error.strerror or error,
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return ExportReport(path=path, customers=count, elapsed=time.perf_counter() - started)


def log_export(session: Session, actor_id: int | None, report: ExportReport) -> None:
    """The audit entry of a finished export (who took how many customers where)."""
    from showroom.kernel.audit import record

    record(
        session,
        actor_id,
        "export",
        "customers",
        None,
        # An export takes every customer today; the filter is named so that an export of
        # a selection (when there is one) is told apart in the trail.
        f"{report.customers:,} customers to {report.path.name} (filter: all customers)",
    )
