"""`showroom import customers` and `showroom export customers` as a user runs them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_cli import digest, first_admin, one_sentence_error, showroom

MESSY = (
    "\ufeffName;Mobile;E-mail;Shoe size\r\n"
    "Zoë Walker;07400 123456;zoe@example.com;5\r\n"
    '"Ann\r\nLee";+44 7400 123457;;\r\n'  # a line break inside a name: joined by a space
    "Bad Phone;12;;\r\n"
    "Zoe Again;+44 7400 123456;;\r\n"
    "\r\n"
    "Nameless;;;\r\n"
)


def _rows(database: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as conn:
        return conn.execute(query).fetchall()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A data folder whose database exists already, with one customer."""
    home = tmp_path / "home"
    first = tmp_path / "first.csv"
    first.write_text("Name,Phone\nFirst Customer,+44 7400 999999\n", encoding="utf-8")
    first_admin(home=home)
    result = showroom("import", "customers", str(first), home=home)
    assert result.returncode == 0, result.stderr
    return home


def test_import_reports_each_left_out_row_and_imports_the_rest(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    result = showroom("import", "customers", str(path), home=home)
    assert result.returncode == 3, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"Imported 3 of 5 rows from messy.csv into SQLite: {home / 'showroom.sqlite'}: "
        "1 rejected, 1 duplicate."
    )
    assert lines[1].startswith("CSV, UTF-8, separated by semicolons; 5 rows in ")
    assert lines[1].endswith("; columns not imported: Shoe size.")
    assert lines[2:] == [
        "line 5: phone: '12' is not a valid phone number for GB",
        "line 6: duplicate: line 2 has the same phone +447400123456",
    ]
    # the name-only row is valid: a card needs a name, not a phone
    names = _rows(home / "showroom.sqlite", "SELECT full_name, primary_phone FROM customers")
    assert sorted(names, key=str) == sorted(
        [
            ("First Customer", "+447400999999"),
            ("Zoë Walker", "+447400123456"),
            ("Ann Lee", "+447400123457"),
            ("Nameless", None),
        ],
        key=str,
    )


def test_a_clean_file_exits_0_and_a_dry_run_writes_nothing(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "clean.csv"
    path.write_text("姓名,手机\n王伟,+86 131 2345 6789\n李娜,+86 139 1111 2222\n", encoding="utf-8")
    database = home / "showroom.sqlite"
    before = digest(database)
    checked = showroom("import", "customers", str(path), "--dry-run", home=home)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.splitlines()[0] == (
        "Checked 2 rows of clean.csv: 2 can be imported, nothing rejected; nothing was written."
    )
    assert digest(database) == before
    result = showroom("import", "customers", str(path), home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Imported 2 of 2 rows from clean.csv into SQLite")
    assert len(_rows(database, "SELECT id FROM customers")) == 3
    again = showroom("import", "customers", str(path), "--dry-run", home=home)
    assert again.returncode == 3
    assert "line 2: duplicate: 王伟 (customer 2) has the same phone +8613123456789" in again.stdout


def _corrupt_xlsx(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("missing.csv", None, "There is no file "),
        (
            "scan.pdf",
            lambda p: p.write_bytes(b"%PDF-1.4\n"),
            "scan.pdf cannot be imported: Showroom reads .csv and .xlsx files, not .pdf files.",
        ),
        (
            "broken.xlsx",
            _corrupt_xlsx,
            "broken.xlsx is not an Excel workbook (.xlsx), or it is damaged.",
        ),
        ("empty.csv", lambda p: p.write_bytes(b""), "empty.csv is empty."),
        (
            "codes.csv",
            lambda p: p.write_text("Ref,Tel\n1,+44 7400 123456\n", encoding="utf-8"),
            "None of the columns of codes.csv ('Ref', 'Tel') holds the customer's name",
        ),
    ],
)
def test_a_file_that_cannot_be_imported_is_one_sentence_and_exit_1(
    home: Path, tmp_path: Path, name: str, make: object, message: str
) -> None:
    path = tmp_path / name
    if callable(make):
        make(path)
    database = home / "showroom.sqlite"
    before = digest(database)
    result = showroom("import", "customers", str(path), home=home)
    line = one_sentence_error(result)
    assert result.returncode == 1
    assert message in line
    assert result.stdout == ""
    assert digest(database) == before


def test_export_by_extension_and_back(home: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Full name", "Phone", "Budget"])
    book.active.append(["Num Phone", 447400123456, 35000])
    source = tmp_path / "in.xlsx"
    book.save(source)
    assert showroom("import", "customers", str(source), home=home).returncode == 0

    bad = showroom("export", "customers", str(tmp_path / "out.pdf"), home=home)
    line = one_sentence_error(bad)
    assert bad.returncode == 2
    assert "Showroom exports .csv and .xlsx files, not .pdf files" in line
    assert not (tmp_path / "out.pdf").exists()

    for suffix in (".csv", ".xlsx"):
        out = tmp_path / f"out{suffix}"
        result = showroom("export", "customers", str(out), home=home)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Exported 2 customers from SQLite")
        other = tmp_path / f"other{suffix}"
        first_admin(home=other)
        back = showroom("import", "customers", str(out), home=other)
        assert back.returncode == 0, back.stdout + back.stderr
        query = "SELECT full_name, primary_phone, budget_max FROM customers ORDER BY full_name"
        assert _rows(other / "showroom.sqlite", query) == _rows(home / "showroom.sqlite", query)


def test_help_explains_the_exit_codes(tmp_path: Path) -> None:
    result = showroom("import", "customers", "--help", home=tmp_path / "h")
    assert result.returncode == 0
    assert "3  some rows were left out (rejected or duplicates); the others were imported" in (
        result.stdout
    )
    missing = showroom("import", home=tmp_path / "h")
    assert missing.returncode == 2
    assert "required: customers" in one_sentence_error(missing)


@pytest.mark.postgres
def test_import_and_export_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(MESSY, encoding="utf-8")
    args = ("--database-url", postgres_url)
    first_admin(*args, home=tmp_path / "h")
    result = showroom(*args, "import", "customers", str(path), home=tmp_path / "h")
    assert result.returncode == 3, result.stderr
    assert result.stdout.startswith("Imported 3 of 5 rows from c.csv into PostgreSQL: ")
    out = tmp_path / "out.xlsx"
    exported = showroom(*args, "export", "customers", str(out), home=tmp_path / "h")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("Exported 3 customers from PostgreSQL")
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    assert sorted(str(r[1]) for r in rows) == ["Ann Lee", "Nameless", "Zoë Walker"]
