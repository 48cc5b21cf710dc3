"""``showroom print KIND --day DATE``: a day's documents of one kind in one PDF, each one
archived on its own in its customer's file; a day without any says so in one sentence."""

from __future__ import annotations

import io
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.settings_store import load_settings
from showroom.printing.batch import day_batch_ids
from showroom.storage.config import resolve_config
from showroom.storage.migrate import open_database
from showroom.storage.models import Customer
from tests.cli.test_cli import one_sentence_error, showroom


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("print-day")
    result = showroom("demo", "--customers", "300", "--seed", "5", home=folder)
    assert result.returncode == 0, result.stderr
    return folder


def archived(home: Path) -> list[tuple[str, int, int]]:
    with sqlite3.connect(home / "showroom.sqlite") as conn:
        return conn.execute(
            "SELECT number, customer_id, page_count FROM documents ORDER BY id"
        ).fetchall()


def busiest_day(home: Path) -> tuple[date, list[str]]:
    """A recent day with customer walk-ins, and the names of those customers in order."""
    db = open_database(resolve_config(str(home), None, environ={}))
    try:
        with db.reader() as session:
            zone = ZoneInfo(load_settings(session).timezone)
            today = date.today()
            for back in range(1, 30):
                day = today - timedelta(days=back)
                ids = day_batch_ids(session, DocumentKind.CUSTOMER_CARD, day, zone)
                if len(ids) >= 2:
                    names = [session.get(Customer, i).full_name for i in ids]  # type: ignore[union-attr]
                    return day, names
    finally:
        db.dispose()
    raise AssertionError("the demo has no day with two customer walk-ins")


def test_a_days_customer_cards_print_into_one_pdf(home: Path, tmp_path: Path) -> None:
    day, names = busiest_day(home)
    before = archived(home)
    output = tmp_path / "cards.pdf"
    result = showroom(
        "print", "customer-card", "--day", day.isoformat(), "-o", str(output), home=home
    )
    assert result.returncode == 0, result.stderr
    added = archived(home)[len(before) :]
    assert len(added) == len(names)  # one archived document per customer
    assert len({customer for _, customer, _ in added}) == len(names)
    assert result.stdout.startswith(f"Printed {len(names)} customer-card documents for {day}")
    assert f"{added[0][0]} … {added[-1][0]}" in result.stdout
    reader = PdfReader(io.BytesIO(output.read_bytes()))
    assert len(reader.pages) == sum(pages for _, _, pages in added)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for name in names:
        assert name in text
    for number, _, _ in added:
        assert number in text
    # In arrival order: each name's card comes after the previous one's.
    positions = [text.index(name) for name in names]
    assert positions == sorted(positions)


def test_a_day_without_documents_is_one_sentence_and_nothing_is_archived(
    home: Path, tmp_path: Path
) -> None:
    before = archived(home)
    output = tmp_path / "none.pdf"
    line = one_sentence_error(
        showroom("print", "customer-card", "--day", "2001-01-01", "-o", str(output), home=home)
    )
    assert "no customer walked in on 2001-01-01" in line and "nothing was printed" in line
    assert archived(home) == before
    assert not output.exists()


def test_kinds_without_a_day_batch_and_bad_arguments_are_refused(
    home: Path, tmp_path: Path
) -> None:
    output = str(tmp_path / "x.pdf")
    line = one_sentence_error(
        showroom("print", "purchase-plan", "--today", "-o", output, home=home)
    )
    assert "purchase-plan cannot be printed for a whole day" in line
    line = one_sentence_error(
        showroom("print", "customer-card", "3", "--today", "-o", output, home=home)
    )
    assert "either an ID or --day/--today" in line
    line = one_sentence_error(showroom("print", "customer-card", "-o", output, home=home))
    assert "--day" in line
    line = one_sentence_error(
        showroom("print", "customer-card", "--day", "2026-02-30", "-o", output, home=home)
    )
    assert "YYYY-MM-DD" in line


def test_the_daily_checklist_takes_day_and_today_too(home: Path, tmp_path: Path) -> None:
    output = tmp_path / "day.pdf"
    result = showroom(
        "print", "daily-checklist", "--today", "--blank", "-o", str(output), home=home
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Printed SD-")
    result = showroom(
        "print", "daily-checklist", "--day", "2026-11-26", "--blank", "-o", str(output), home=home
    )
    assert result.returncode == 0, result.stderr
