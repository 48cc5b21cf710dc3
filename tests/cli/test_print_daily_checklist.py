"""``showroom print daily-checklist DATE [--blank]``: real processes, real PDFs, and one
sentence naming the rule when the date is wrong."""

from __future__ import annotations

import io
import sqlite3
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import one_sentence_error, showroom


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("day-print")
    result = showroom("demo", "--customers", "30", "--seed", "4", home=folder)
    assert result.returncode == 0, result.stderr
    return folder


def today() -> str:
    return datetime.now(ZoneInfo("Europe/London")).date().isoformat()


def archived(home: Path) -> list[tuple[str, int | None, int | None, str]]:
    with sqlite3.connect(home / "showroom.sqlite") as conn:
        return conn.execute(
            "SELECT number, customer_id, showroom_day_id, title FROM documents ORDER BY id"
        ).fetchall()


def day_id(home: Path, day: str) -> int:
    with sqlite3.connect(home / "showroom.sqlite") as conn:
        return int(conn.execute("SELECT id FROM showroom_days WHERE day = ?", (day,)).fetchone()[0])


def text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.parametrize("bad", ["2026-13-40", "26/11/2026", "2026-02-30", "tomorrow"])
def test_a_bad_date_is_one_sentence_naming_the_rule(home: Path, tmp_path: Path, bad: str) -> None:
    before = archived(home)
    output = tmp_path / "day.pdf"
    result = showroom("print", "daily-checklist", bad, "-o", str(output), home=home)
    line = one_sentence_error(result)
    assert line == (
        "showroom: date: must be a real calendar day written YYYY-MM-DD, like 2026-11-26, "
        f"not '{bad}'."
    )
    assert result.returncode == 2
    assert archived(home) == before
    assert not output.exists()


def test_the_filled_and_blank_checklists_print_and_are_filed_with_the_day(
    home: Path, tmp_path: Path
) -> None:
    before = archived(home)
    filled, blank = tmp_path / "filled.pdf", tmp_path / "blank.pdf"
    result = showroom("print", "daily-checklist", today(), "-o", str(filled), home=home)
    assert result.returncode == 0, result.stderr
    result = showroom("print", "daily-checklist", today(), "--blank", "-o", str(blank), home=home)
    assert result.returncode == 0, result.stderr
    after = archived(home)
    assert after[: len(before)] == before
    (filled_row, blank_row) = after[len(before) :]
    assert filled_row[1:] == (None, day_id(home, today()), f"Daily showroom checklist {today()}")
    assert blank_row[1:] == (
        None,
        day_id(home, today()),
        f"Daily showroom checklist {today()} (blank)",
    )
    assert result.stdout.startswith(f"Printed {blank_row[0]} (")
    filled_text, blank_text = text(filled), text(blank)
    assert "checks done" in filled_text and "Cleaned inside and out:" in filled_text
    assert "Blank form." in blank_text and "Cleaned inside and out:" in blank_text
    assert "checks done" not in blank_text


def test_a_day_without_a_checklist_prints_only_blank(home: Path, tmp_path: Path) -> None:
    before = archived(home)
    output = tmp_path / "old.pdf"
    line = one_sentence_error(
        showroom("print", "daily-checklist", "2020-01-01", "-o", str(output), home=home)
    )
    assert "No checklist was started for Wed 1 Jan 2020" in line
    assert "print the blank form instead" in line
    assert archived(home) == before and not output.exists()
    result = showroom(
        "print", "daily-checklist", "2020-01-01", "--blank", "-o", str(output), home=home
    )
    assert result.returncode == 0, result.stderr
    assert archived(home)[-1][1:3] == (None, None)


def test_blank_is_only_for_the_daily_checklist(home: Path, tmp_path: Path) -> None:
    line = one_sentence_error(
        showroom("print", "customer-card", "3", "--blank", "-o", str(tmp_path / "x.pdf"), home=home)
    )
    assert "--blank: only the daily checklist has a blank form" in line
