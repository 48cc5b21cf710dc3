"""``showroom print``: a real process writes a real PDF, or says in one sentence why not."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import one_sentence_error, showroom


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("print")
    result = showroom("demo", "--customers", "20", "--seed", "5", home=folder)
    assert result.returncode == 0, result.stderr
    return folder


def archived(home: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(home / "showroom.sqlite") as conn:
        return conn.execute("SELECT number, customer_id FROM documents ORDER BY id").fetchall()


def customer_name(home: Path, customer_id: int) -> str:
    with sqlite3.connect(home / "showroom.sqlite") as conn:
        row = conn.execute(
            "SELECT full_name FROM customers WHERE id = ?", (customer_id,)
        ).fetchone()
    return str(row[0])


def test_print_writes_the_customer_card_and_archives_it(home: Path, tmp_path: Path) -> None:
    before = archived(home)
    output = tmp_path / "card.pdf"
    result = showroom("print", "customer-card", "3", "-o", str(output), home=home)
    assert result.returncode == 0, result.stderr
    after = archived(home)
    assert len(after) == len(before) + 1
    number, customer_id = after[-1]
    assert customer_id == 3
    assert result.stdout.startswith(f"Printed {number} (")
    reader = PdfReader(io.BytesIO(output.read_bytes()))
    text = reader.pages[0].extract_text()
    assert customer_name(home, 3) in text
    assert number in text
    assert not list(tmp_path.glob(".*partial"))


def test_an_unknown_customer_is_one_sentence_and_nothing_is_archived(
    home: Path, tmp_path: Path
) -> None:
    before = archived(home)
    output = tmp_path / "card.pdf"
    line = one_sentence_error(
        showroom("print", "customer-card", "4242", "-o", str(output), home=home)
    )
    assert "no customer has the id 4242" in line
    assert archived(home) == before
    assert not output.exists()


@pytest.mark.parametrize("where", ["missing-folder/card.pdf", "."])
def test_an_unwritable_output_is_one_sentence_and_nothing_is_archived(
    home: Path, tmp_path: Path, where: str
) -> None:
    before = archived(home)
    output = tmp_path / where
    line = one_sentence_error(showroom("print", "customer-card", "3", "-o", str(output), home=home))
    assert f"Cannot write {output}" in line
    assert "nothing was printed" in line
    assert archived(home) == before


def test_only_the_forms_that_exist_are_offered(home: Path, tmp_path: Path) -> None:
    line = one_sentence_error(
        showroom("print", "invoice", "3", "-o", str(tmp_path / "x.pdf"), home=home)
    )
    assert "invalid choice: 'invoice'" in line
    assert "customer-card" in line and "handover" in line
    assert not (tmp_path / "x.pdf").exists()
