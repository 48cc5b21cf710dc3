"""``showroom print test-drive-agreement ID -o FILE.pdf`` in a real process."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.test_cli import one_sentence_error, showroom


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("print-drive")
    result = showroom("demo", "--customers", "60", "--seed", "5", home=folder)
    assert result.returncode == 0, result.stderr
    return folder


def query(home: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(home / "showroom.sqlite") as conn:
        return conn.execute(sql).fetchall()


def test_print_writes_the_agreement_and_files_it(home: Path, tmp_path: Path) -> None:
    ((drive_id, name, number),) = query(
        home,
        "SELECT t.id, c.full_name, t.licence_number FROM test_drives t "
        "JOIN customers c ON c.id = t.customer_id "
        "WHERE t.status = 'returned' ORDER BY t.id LIMIT 1",
    )
    output = tmp_path / "agreement.pdf"
    result = showroom("print", "test-drive-agreement", str(drive_id), "-o", str(output), home=home)
    assert result.returncode == 0, result.stderr
    ((printed, kind),) = query(home, "SELECT number, kind FROM documents ORDER BY id DESC LIMIT 1")
    assert kind == "test-drive-agreement"
    assert str(printed).startswith("TD-")
    assert result.stdout.startswith(f"Printed {printed} (")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(output.read_bytes())).pages)
    assert str(name) in text
    assert f"•••••{str(number)[-4:]}" in text
    assert str(number) not in text


def test_a_cancelled_drive_is_one_sentence(home: Path, tmp_path: Path) -> None:
    ((drive_id,),) = query(
        home, "SELECT id FROM test_drives WHERE status = 'cancelled' ORDER BY id LIMIT 1"
    )
    before = query(home, "SELECT count(*) FROM documents")
    output = tmp_path / "x.pdf"
    line = one_sentence_error(
        showroom("print", "test-drive-agreement", str(drive_id), "-o", str(output), home=home)
    )
    assert "This test drive is cancelled: there is nothing to sign." in line
    assert query(home, "SELECT count(*) FROM documents") == before
    assert not output.exists()
