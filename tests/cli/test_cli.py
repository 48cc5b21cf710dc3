"""The command line as a user runs it: real processes, real files, one-sentence errors."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The demo's admin, and the password the tests give the demo staff (``demo --password``).
ADMIN = "it.admin"
PASSWORD = "Demo-staff-2026"


def showroom(
    *args: str,
    home: Path | None = None,
    env: dict[str, str] | None = None,
    as_user: str | None = ADMIN,
    password: str = PASSWORD,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``showroom ARGS`` as ``as_user`` (``--as``, the password in SHOWROOM_PASSWORD; None:
    as nobody). A ``demo`` gives its staff ``PASSWORD`` unless the test says otherwise."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SHOWROOM_")}
    if as_user is not None:
        environ["SHOWROOM_PASSWORD"] = password
    environ.update(env or {})
    command = [sys.executable, str(ROOT / "main.py")]
    if home is not None:
        command += ["--home", str(home)]
    if as_user is not None:
        command += ["--as", as_user]
    if "demo" in args and "--password" not in args and "--help" not in args:
        args = (*args, "--password", PASSWORD)
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=300,
        check=False,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def first_admin(*database: str, home: Path) -> None:
    """Set up a new, empty database: its first admin, ADMIN with PASSWORD (no --as needed)."""
    result = showroom(
        *database,
        "user",
        "add",
        ADMIN,
        "--role",
        "admin",
        "--password-stdin",
        home=home,
        as_user=None,
        stdin=PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_sentence_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("showroom: ")
    return lines[0]


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("demo")
    result = showroom("demo", "--customers", "1500", "--seed", "7", home=home)
    assert result.returncode == 0, result.stderr
    assert "Added 1,500 customers" in result.stdout
    return home


@pytest.mark.parametrize("value", ["0", "-5", "abc", "1.5"])
def test_customers_must_be_a_positive_number(demo_home: Path, value: str) -> None:
    database = demo_home / "showroom.sqlite"
    before = digest(database)
    line = one_sentence_error(showroom("demo", "--customers", value, home=demo_home))
    assert f"--customers must be a positive whole number, not '{value}'" in line
    assert digest(database) == before


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("nonsense", "The database URL 'nonsense' is not valid"),
        ("mysql://u@h/db", "Showroom works with SQLite or PostgreSQL, not 'mysql'"),
        ("postgresql+pg8000://u@h/db", "uses the driver 'pg8000'"),
        ("postgresql+psycopg://u@127.0.0.1:1/db", "Cannot reach the PostgreSQL server"),
    ],
)
def test_bad_database_urls(tmp_path: Path, url: str, expected: str) -> None:
    line = one_sentence_error(showroom("--database-url", url, "demo", home=tmp_path / "h"))
    assert expected in line


def test_database_url_from_environment(tmp_path: Path) -> None:
    line = one_sentence_error(
        showroom("demo", home=tmp_path / "h", env={"SHOWROOM_DATABASE_URL": "nonsense"})
    )
    assert "The database URL 'nonsense' is not valid" in line


def test_unwritable_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    line = one_sentence_error(showroom("demo", home=blocker / "home"))
    assert f"The data folder {blocker / 'home'} cannot be used" in line


def test_home_from_environment(tmp_path: Path) -> None:
    home = tmp_path / "env-home"
    result = showroom("demo", "--customers", "3", env={"SHOWROOM_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert (home / "showroom.sqlite").exists()


def test_corrupt_database_is_left_untouched(tmp_path: Path) -> None:
    home = tmp_path / "h"
    home.mkdir()
    database = home / "showroom.sqlite"
    database.write_bytes(os.urandom(8192))
    before = digest(database)
    line = one_sentence_error(showroom("demo", "--customers", "5", home=home))
    assert "is damaged or is not a Showroom database" in line
    assert digest(database) == before


def test_unknown_command(tmp_path: Path) -> None:
    result = showroom("fly", home=tmp_path / "h")
    line = one_sentence_error(result)
    assert result.returncode == 2
    assert "invalid choice: 'fly'" in line


def _rows(database: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as conn:
        return conn.execute(query).fetchall()


def test_demo_is_reproducible(tmp_path: Path, demo_home: Path) -> None:
    other = tmp_path / "again"
    result = showroom("demo", "--customers", "1500", "--seed", "7", home=other)
    assert result.returncode == 0, result.stderr
    query = "SELECT full_name, email, primary_phone, status FROM customers ORDER BY id"
    assert _rows(demo_home / "showroom.sqlite", query) == _rows(other / "showroom.sqlite", query)
    vins = "SELECT vin FROM vehicles ORDER BY id"
    assert _rows(demo_home / "showroom.sqlite", vins) == _rows(other / "showroom.sqlite", vins)


def test_demo_data_is_realistic(demo_home: Path) -> None:
    from showroom.customers.domain import normalize_email, normalize_phone
    from showroom.vehicles.domain import check_vin

    database = demo_home / "showroom.sqlite"
    customers = _rows(database, "SELECT full_name, email, primary_phone FROM customers")
    names = " ".join(str(c[0]) for c in customers)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in names), "Chinese names"
    assert any(ch in names for ch in "ąęłńśźż"), "Polish names"
    assert any(ch in names for ch in "äöüß"), "German names"
    assert any(ch in names for ch in "éèêëçô"), "French names"
    assert len({c[1] for c in customers}) == len(customers), "e-mails are unique"
    assert len({c[2] for c in customers}) == len(customers), "phones are unique"
    for _, email, phone in customers[:400]:
        assert normalize_email(str(email)) == email
        assert normalize_phone(str(phone), "GB") == phone
    regions = {str(c[2])[:3] for c in customers}
    assert {"+44", "+49", "+33", "+48", "+86"} <= regions

    vins = [str(r[0]) for r in _rows(database, "SELECT vin FROM vehicles")]
    assert len(vins) >= 60
    assert all(check_vin(v).check_digit_ok for v in vins)
    roles = dict(_rows(database, "SELECT role, count(*) FROM vehicles GROUP BY role"))
    assert roles["fleet"] == 20
    assert _rows(database, "SELECT count(*) FROM vehicles WHERE status = 'on_display'")[0][0] >= 3

    staff = dict(_rows(database, "SELECT role, count(*) FROM users GROUP BY role"))
    assert staff["consultant"] >= 6
    assert staff["manager"] == 1

    span = _rows(
        database,
        "SELECT julianday(max(occurred_at)) - julianday(min(occurred_at)), count(*) FROM interactions",
    )[0]
    assert 300 < float(span[0]) <= 366, "interactions spread over the last year"
    assert int(span[1]) > 1500 * 5
    kinds = {r[0] for r in _rows(database, "SELECT DISTINCT kind FROM interactions")}
    assert {"visit", "call", "email", "test_drive"} <= kinds


def test_demo_adds_to_an_existing_database(tmp_path: Path) -> None:
    home = tmp_path / "h"
    assert showroom("demo", "--customers", "10", home=home).returncode == 0
    refused = one_sentence_error(
        showroom("demo", "--customers", "10", "--seed", "2", home=home, as_user=None)
    )
    assert "holds data already (10 customers" in refused
    assert "would add 10 fake customers" in refused and "--force" in refused
    second = showroom("demo", "--customers", "10", "--seed", "2", "--force", home=home)
    assert second.returncode == 0, second.stderr
    assert _rows(home / "showroom.sqlite", "SELECT count(*) FROM customers")[0][0] == 20
    assert "and 0 staff" in second.stdout


@pytest.mark.postgres
def test_demo_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    result = showroom(
        "--database-url", postgres_url, "demo", "--customers", "300", home=tmp_path / "h"
    )
    assert result.returncode == 0, result.stderr
    assert "PostgreSQL" in result.stdout
    again = showroom(
        "--database-url",
        postgres_url,
        "demo",
        "--customers",
        "5",
        "--seed",
        "9",
        "--force",
        home=tmp_path / "h",
    )
    assert again.returncode == 0, again.stderr


def test_demo_staff_get_random_passwords_shown_once(tmp_path: Path) -> None:
    home = tmp_path / "h"
    result = showroom("demo", "--customers", "3", "--password", "", home=home, as_user=None)
    assert "--password" in one_sentence_error(result) or result.returncode != 0
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--home", str(home), "demo", "--customers", "3"],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("SHOWROOM_")},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shown = dict(line.split() for line in result.stdout.splitlines() if line.startswith("  "))
    assert ADMIN in shown and len(shown) >= 3
    assert len(set(shown.values())) == len(shown), "every demo user has a password of their own"
    assert "showroom" not in shown.values()
    hashes = {r[0] for r in _rows(home / "showroom.sqlite", "SELECT password_hash FROM users")}
    assert len(hashes) == len(shown)
    signed_in = showroom(
        "export", "customers", str(tmp_path / "c.csv"), home=home, password=shown[ADMIN]
    )
    assert signed_in.returncode == 0, signed_in.stderr


def test_a_reader_that_goes_away_is_not_an_error_report(tmp_path: Path) -> None:
    """`showroom demo | head -0`: the pipe closes before the command prints; it stops
    quietly (no "unexpected error", no traceback) instead of reporting a crash."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SHOWROOM_")}
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--home", str(tmp_path / "h"), "demo",
         "--customers", "20"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environ,
    )  # fmt: skip
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=300) == 1
    assert "unexpected error" not in stderr
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
