"""The benchmark's own spreadsheet (3,000 rows of mixed locales, phone formats, Chinese
status words, about 1 % broken and 1 % duplicate rows) imports exactly as it did before the
import was made fast: the same report, line by line, and the same stored rows, read back
through the ORM, on SQLite and PostgreSQL.

The expected values were captured from the import as it was before its fast paths (commit
44093e5): the report in full, the stored rows as a digest of their canonical dump.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from showroom.bench.importing import write_import_csv
from showroom.customers import importing
from showroom.customers.importing import (
    ImportCancelled,
    guess_mapping,
    import_customer_file,
    import_customers,
    open_customer_file,
)
from showroom.demo.world import _ensure_staff
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.storage.models import Customer, CustomerPhone, Interaction

SETTINGS = ShowroomSettings(default_region="GB")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
ROWS = 3_000
EXPECTED = Path(__file__).with_name("data") / "import_bench_3000.json"


# Columns added after the digest was captured; each is checked on its own below.
LATER_COLUMNS = {"intent_level": "N"}


def stored_rows(db: Database) -> list[str]:
    """Every imported row as the ORM reads it back: each value with its Python type (the
    columns of LATER_COLUMNS must hold their default and stay out of the digest)."""
    lines: list[str] = []
    with db.reader() as session:
        for model in (Customer, CustomerPhone, Interaction):
            table = model.__table__
            columns = [c.key for c in table.columns if c.key not in LATER_COLUMNS]  # type: ignore[attr-defined]
            for row in session.scalars(select(model).order_by(model.id)):
                for column, default in LATER_COLUMNS.items():
                    if hasattr(row, column):
                        assert getattr(row, column) == default, (column, row.id)
            for row in session.scalars(select(model).order_by(model.id)):
                values = [
                    (c, type(getattr(row, c)).__name__, repr(getattr(row, c))) for c in columns
                ]
                lines.append(f"{table.name} {values!r}")  # type: ignore[attr-defined]
    return lines


def digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def test_the_bench_file_imports_as_before(db: Database, tmp_path: Path) -> None:
    path = write_import_csv(tmp_path / "bench.csv", ROWS)
    with db.session() as session:
        _ensure_staff(session)
    with db.session() as session:
        dry = import_customer_file(session, path, SETTINGS, dry_run=True, now=NOW)
    with db.session() as session:
        report = import_customer_file(session, path, SETTINGS, now=NOW)

    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert report.rows_read == expected["rows_read"]
    assert report.imported == expected["imported"]
    assert (report.first_id, report.last_id) == (expected["first_id"], expected["last_id"])
    assert [list(r) for r in report.rejected] == expected["rejected"]
    assert [list(d) for d in report.duplicates] == expected["duplicates"]
    assert digest(stored_rows(db)) == expected["digest"]
    # A dry run reads and checks the same way and reports the same rows.
    assert (dry.imported, dry.rejected, dry.duplicates) == (
        report.imported,
        report.rejected,
        report.duplicates,
    )


# --- the DBAPI writer stores what a Core insert stores --------------------------------------
EVERY_FIELD = (
    "Full name,Phone,Phone 2,E-mail,Status,Source,Language,Preferred channel,Preferred time,"
    "Address,Models of interest,Budget from,Budget to,Timeframe,Trade-in make,Trade-in model,"
    "Trade-in year,Trade-in mileage (km),Trade-in plate,Trade-in VIN,Consent to contact,Notes\n"
    "Zoë Walker,07400 123456,+49 151 23456789 (work),zoe@Example.COM,prospect,web,zh,email,"
    'evenings,"1 High St, London",XC60,"£15,000.505",£20000,3 months,Volvo,V40,2015,'
    '"82,000",ab12 cde,YV1MV7451F2234567,yes,"Two\nlines"\n'
    "Li Na,+86 131 2306 2749,,,customer,到店,,,,,,,,,,,,,,,no,\n"
)


def _dump(session: Session, first_id: int) -> list[str]:
    """The imported rows as the ORM reads them, with ids counted from the first new one."""
    lines: list[str] = []
    for model in (Customer, CustomerPhone, Interaction):
        rows = session.scalars(select(model).where(_owner(model) >= first_id).order_by(model.id))
        for row in rows:
            values = []
            for column in model.__table__.columns:  # type: ignore[attr-defined]
                value = getattr(row, column.key)
                if column.key == "customer_id" or (model is Customer and column.key == "id"):
                    value -= first_id
                elif column.key == "id":
                    continue
                values.append((column.key, type(value).__name__, repr(value)))
            lines.append(f"{model.__name__} {values!r}")
    return lines


def _owner(model: type[Customer] | type[CustomerPhone] | type[Interaction]) -> Any:
    return model.id if model is Customer else model.customer_id  # type: ignore[union-attr]


class _RolledBack(Exception):
    pass


def test_rows_written_by_the_cursor_equal_core_inserts(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = write_import_csv(tmp_path / "bench.csv", 600)  # above the search index detour
    small = tmp_path / "every-field.csv"
    small.write_text(EVERY_FIELD, encoding="utf-8")
    with db.session() as session:
        _ensure_staff(session)

    def imported(path: Path) -> list[str]:
        dumped: list[str] = []
        with contextlib.suppress(_RolledBack), db.session() as session:
            report = import_customer_file(session, path, SETTINGS, now=NOW)
            session.flush()
            assert report.first_id is not None
            dumped = _dump(session, report.first_id)
            raise _RolledBack  # the next import starts from the same database
        return dumped

    for path in (small, big):
        fast = imported(path)
        with monkeypatch.context() as patched:
            patched.setattr(importing, "_PLACEHOLDERS", {})  # every table by Core insert
            core = imported(path)
        assert fast == core
        assert len(fast) > 3
    # The richest row's values arrive in their Python types.
    zoe = next(line for line in imported(small) if "Zoë Walker" in line)
    for expected in (
        "('budget_min', 'Decimal', \"Decimal('15000.51')\")",
        "('consent_contact', 'bool', 'True')",
        "('consent_at', 'datetime', 'datetime.datetime(2026, 11, 26, 10, 0, tzinfo=datetime.timezone.utc)')",
        "('trade_in_mileage_km', 'int', '82000')",
    ):
        assert expected in zoe
    with db.reader() as session:
        assert session.scalar(select(func.count(Customer.id))) == 0  # each import rolled back


# --- checking in worker processes -----------------------------------------------------------
def test_worker_processes_report_and_store_the_same(db: Database, tmp_path: Path) -> None:
    """A big file is checked by spawned workers while this process writes: the report, line
    by line, and the stored rows are the ones the one-process import gives."""
    path = write_import_csv(tmp_path / "bench.csv", ROWS)
    with db.session() as session:
        _ensure_staff(session)
    table = open_customer_file(path)
    with db.session() as session:
        report = import_customers(
            session, table, guess_mapping(table.headers), SETTINGS, now=NOW,
            chunk_size=400, workers=True,
        )  # fmt: skip
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert report.imported == expected["imported"]
    assert (report.first_id, report.last_id) == (expected["first_id"], expected["last_id"])
    assert [list(r) for r in report.rejected] == expected["rejected"]
    assert [list(d) for d in report.duplicates] == expected["duplicates"]
    assert digest(stored_rows(db)) == expected["digest"]
    assert multiprocessing.active_children() == []  # the workers have ended


def test_cancelling_while_workers_check_leaves_the_database_as_it_was(
    db: Database, tmp_path: Path
) -> None:
    path = write_import_csv(tmp_path / "bench.csv", ROWS)
    with db.session() as session:
        _ensure_staff(session)
    table = open_customer_file(path)
    seen: list[int] = []

    def cancel_after_two_chunks(done: int, total: int) -> None:
        seen.append(done)
        if len(seen) == 2:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled), db.session() as session:
        import_customers(
            session, table, guess_mapping(table.headers), SETTINGS, now=NOW,
            chunk_size=300, workers=True, progress=cancel_after_two_chunks,
        )  # fmt: skip
    assert seen == [300, 600]
    with db.reader() as session:
        assert session.scalar(select(func.count(Customer.id))) == 0
        assert session.scalar(select(func.count(CustomerPhone.id))) == 0
        assert session.scalar(select(func.count(Interaction.id))) == 0
    assert multiprocessing.active_children() == []
    # Nothing was left half-done: the same file imports in full afterwards.
    with db.session() as session:
        report = import_customer_file(session, path, SETTINGS, now=NOW)
    assert report.imported == json.loads(EXPECTED.read_text(encoding="utf-8"))["imported"]
