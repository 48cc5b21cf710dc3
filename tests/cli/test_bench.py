"""`showroom bench --quick`: the smoke run CI makes to show the benchmark works.

It asserts the benchmark's output, never a timing: figures come out positive, baselines are
measured in the same run, and the JSON names the machine.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from showroom.storage.database import Database
from tests.cli.test_cli import showroom

EXPECTED = {
    "search p50",
    "search p95",
    "Today figures",
    "open card (500 interactions, 20 documents)",
    "start-up to painted window",
    "start-up to Today page filled",
    "peak memory, customers page open",
    "memory held, customers page open",
    "test-drive week view (20 cars, busy week)",
    "concurrent bookings, 4 writers",
    "import a 2k-row CSV (validated)",
}


def check(out: Path, stdout: str, backend: str) -> None:
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["quick"] is True
    assert data["backend"] == backend
    assert "cores" in data["machine"]
    names = {f["name"] for f in data["figures"]}
    assert names >= EXPECTED
    assert any(name.startswith("demo ") for name in names)
    for figure in data["figures"]:
        assert figure["value"] > 0, figure
        if figure["baseline"] is not None:
            assert figure["baseline"] > 0, figure
            assert figure["ratio"] == pytest.approx(figure["value"] / figure["baseline"])
    assert "| search p95 |" in stdout
    assert "| figure | target | 2k |" in stdout  # the growth table, one column per size
    bookings = next(f for f in data["figures"] if f["name"] == "concurrent bookings, 4 writers")
    assert bookings["extra"]["overlaps"] == 0
    assert bookings["extra"]["errors"] == 0
    handover = next(f for f in data["figures"] if f["name"] == "handover PDF, 2 pages")
    assert handover["extra"]["pages"] == 2
    # The raw baseline has the app's content; the bare-text one is still reported.
    assert handover["extra"]["bare_text_ms"] > 0
    imported = next(f for f in data["figures"] if f["name"].startswith("import a "))
    assert imported["extra"]["rows_read"] == 2000
    assert 0 < imported["extra"]["rows_imported"] < 2000  # the file's broken rows are left out


def test_bench_quick_on_sqlite(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = showroom("bench", "--quick", "--out", str(out), home=tmp_path / "h")
    assert result.returncode == 0, result.stderr
    check(out, result.stdout, "sqlite")


@pytest.mark.postgres
def test_bench_quick_on_postgresql(tmp_path: Path, postgres_url: str) -> None:
    out = tmp_path / "bench.json"
    result = showroom(
        "--database-url", postgres_url, "bench", "--quick", "--out", str(out), home=tmp_path / "h"
    )
    assert result.returncode == 0, result.stderr
    check(out, result.stdout, "postgresql")


def test_bench_crash_long_mode_runs_and_reports(tmp_path: Path) -> None:
    """The long mode (``--crash-kills 1000`` on a release check) with a handful of kills."""
    result = showroom("bench", "--crash-kills", "5", home=tmp_path / "h")
    assert result.returncode == 0, result.stderr
    assert "crash test on SQLite: 5 kills, 0 integrity failures, 0 of " in result.stdout
    assert "0 half-written units" in result.stdout


def test_a_printed_form_is_measured_against_raw_reportlab(db: Database) -> None:
    """The generic step a new form's figure takes: its kind, a record, a raw ReportLab
    builder of the same content. Printing in the measurement leaves nothing behind."""
    from io import BytesIO

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from showroom.admin.users import create_user
    from showroom.bench.runner import measure_pdf
    from showroom.kernel.document_kind import DocumentKind
    from showroom.kernel.roles import Role
    from showroom.storage.models import Document
    from tests.services.drive_world import make_world

    world = make_world(db)
    with db.session() as session:
        create_user(session, "claire", Role.MANAGER, "Claire Dubois")

    def raw() -> bytes:
        out = BytesIO()
        style = getSampleStyleSheet()["Normal"]
        SimpleDocTemplate(out).build([Paragraph("Customer card: Anna", style)])
        return out.getvalue()

    figure = measure_pdf(db, "2k", DocumentKind.CUSTOMER_CARD, world.anna, raw, 2, batch=3)
    assert figure.name == "customer-card PDF (1 pages)"
    assert figure.value > 0 and figure.baseline is not None and figure.baseline > 0
    assert figure.extra["batch_s"] > 0
    assert figure.target == "ratio ≤ 1.3; 3 in a batch"
    with db.reader() as session:
        assert session.scalar(select(func.count(Document.id))) == 0


def test_bench_only_measures_the_groups_named(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = showroom(
        "bench", "--quick", "--only", "card,import", "--out", str(out), home=tmp_path / "h"
    )
    assert result.returncode == 0, result.stderr
    names = {f["name"] for f in json.loads(out.read_text(encoding="utf-8"))["figures"]}
    assert names == {
        "open card (500 interactions, 20 documents)",
        "import a 2k-row CSV (validated)",
    }


def test_bench_only_refuses_an_unknown_figure(tmp_path: Path) -> None:
    result = showroom("bench", "--quick", "--only", "card,speed", home=tmp_path / "h")
    assert result.returncode != 0
    assert "--only: speed is not a figure of the benchmark" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "h" / "bench-results").exists()
