"""`showroom bench --quick`: the smoke run CI makes to show the benchmark works.

It asserts the benchmark's output, never a timing: figures come out positive, baselines are
measured in the same run, and the JSON names the machine.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import showroom

EXPECTED = {
    "search p50",
    "search p95",
    "Today figures",
    "open card (500 interactions, 20 documents)",
    "start-up to painted window",
    "start-up to Today page filled",
    "peak memory, customers page open",
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
