"""``showroom print purchase-plan|deal-checklist|next-steps ID -o FILE.pdf`` on demo data."""

from __future__ import annotations

import io
import re
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import one_sentence_error, showroom


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("print-deals")
    result = showroom("demo", "--customers", "300", "--seed", "4", home=folder)
    assert result.returncode == 0, result.stderr
    return folder


def query(home: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(home / "showroom.sqlite") as conn:
        return conn.execute(sql).fetchall()


def text_of(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize(
    ("kind", "table", "expected"),
    [
        ("purchase-plan", "purchase_plans", "Acceptance"),
        ("deal-checklist", "deals", "Purchase ("),
        ("next-steps", "deals", "Please bring your driving licence."),
    ],
)
def test_print_the_deal_forms(
    home: Path, tmp_path: Path, kind: str, table: str, expected: str
) -> None:
    # The latest record of an English-speaking customer: a Chinese-speaking one's forms print
    # in Chinese (tests/documents/test_chinese_documents.py reads those).
    record_id, customer_id = query(
        home,
        f"SELECT t.id, t.customer_id FROM {table} t JOIN customers c ON c.id = t.customer_id "
        "WHERE c.preferred_language = 'en' ORDER BY t.id DESC LIMIT 1",
    )[0]
    name = query(home, f"SELECT full_name FROM customers WHERE id = {customer_id}")[0][0]
    output = tmp_path / f"{kind}.pdf"
    result = showroom("print", kind, str(record_id), "-o", str(output), home=home)
    assert result.returncode == 0, result.stderr
    number, archived_for = query(
        home, "SELECT number, customer_id FROM documents ORDER BY id DESC LIMIT 1"
    )[0]
    assert result.stdout.startswith(f"Printed {number} (")
    assert archived_for == customer_id
    text = text_of(output)
    assert str(number) in text and str(name) in text and expected in text


def test_an_unknown_plan_is_one_sentence_and_nothing_is_archived(
    home: Path, tmp_path: Path
) -> None:
    before = query(home, "SELECT count(*) FROM documents")
    line = one_sentence_error(
        showroom("print", "purchase-plan", "99999", "-o", str(tmp_path / "x.pdf"), home=home)
    )
    assert line == "showroom: plan id: no purchase plan has the id 99999"
    assert query(home, "SELECT count(*) FROM documents") == before
    assert not (tmp_path / "x.pdf").exists()


def test_print_the_handover(home: Path, tmp_path: Path) -> None:
    delivery_id, customer_id = query(
        home,
        "SELECT d.id, d.customer_id FROM deliveries d JOIN customers c ON c.id = d.customer_id "
        "WHERE d.status = 'completed' AND c.preferred_language = 'en' ORDER BY d.id LIMIT 1",
    )[0]
    name = query(home, f"SELECT full_name FROM customers WHERE id = {customer_id}")[0][0]
    output = tmp_path / "handover.pdf"
    result = showroom("print", "handover", str(delivery_id), "-o", str(output), home=home)
    assert result.returncode == 0, result.stderr
    number, archived_for = query(
        home, "SELECT number, customer_id FROM documents ORDER BY id DESC LIMIT 1"
    )[0]
    assert str(number).startswith("HO-") and archived_for == customer_id
    text = text_of(output)
    assert str(name) in text and "Handover confirmed" in text and "Keys handed over" in text
    missing = showroom("print", "handover", "999999", "-o", str(tmp_path / "x.pdf"), home=home)
    assert missing.returncode != 0 and "no delivery has the id 999999" in missing.stderr
