"""The benchmark's own spreadsheet (3,000 rows of mixed locales, phone formats, Chinese
status words, about 1 % broken and 1 % duplicate rows) imports exactly as it did before the
import was made fast: the same report, line by line, and the same stored rows, read back
through the ORM, on SQLite and PostgreSQL.

The expected values were captured from the import as it was before its fast paths (commit
44093e5): the report in full, the stored rows as a digest of their canonical dump.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from showroom.bench.importing import write_import_csv
from showroom.services.demo import _ensure_staff
from showroom.services.importing import import_customer_file
from showroom.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.storage.models import Customer, CustomerPhone, Interaction

SETTINGS = ShowroomSettings(default_region="GB")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
ROWS = 3_000
EXPECTED = Path(__file__).with_name("data") / "import_bench_3000.json"


def stored_rows(db: Database) -> list[str]:
    """Every imported row as the ORM reads it back: each value with its Python type."""
    lines: list[str] = []
    with db.reader() as session:
        for model in (Customer, CustomerPhone, Interaction):
            table = model.__table__
            columns = [c.key for c in table.columns]  # type: ignore[attr-defined]
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
