"""Crash safety: a real writer process killed with SIGKILL at random moments, hundreds of
times, on one database, while it writes multi-table units of work (a customer with their
walk-in and follow-ups, a test drive booked, driven and on the timeline, a plan accepted into
a deal with its checklists); after every kill nothing acknowledged is lost and nothing is
half-written. The machinery is showroom/bench/crash.py, which ``showroom bench
--crash-kills N`` also runs (its long mode: 1,000 kills).

SHOWROOM_CRASH_KILLS sets the number of kills on SQLite (default 200); PostgreSQL gets a
quarter of them (default 50): there the server survives and the client dies mid-transaction.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from showroom.bench.crash import Figures, run_crash_test

KILLS = int(os.environ.get("SHOWROOM_CRASH_KILLS", "200"))

pytestmark = [
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks (POSIX only)"),
    pytest.mark.serial,  # 200 kills at random moments: run alone, after the parallel part
]


def _checked(figures: Figures, kills: int) -> None:
    assert not figures.problems, figures.problems
    assert figures.kills == kills
    assert figures.acknowledged > kills, "the writer got to write between the kills"
    assert (figures.integrity_failures, figures.acknowledged_lost, figures.half_written) == (
        0,
        0,
        0,
    )


def test_sigkill_loses_no_acknowledged_unit_on_sqlite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures, seconds, note = run_crash_test(KILLS, tmp_path)
    with capsys.disabled():
        print("\n" + figures.line("SQLite", seconds) + note)
    _checked(figures, KILLS)


@pytest.mark.postgres
def test_sigkill_loses_no_acknowledged_unit_on_postgresql(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kills = max(1, KILLS // 4)
    figures, seconds, note = run_crash_test(kills, tmp_path, postgres_url)
    with capsys.disabled():
        print("\n" + figures.line("PostgreSQL", seconds) + note)
    _checked(figures, kills)
