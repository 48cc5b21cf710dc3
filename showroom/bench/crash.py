"""The crash test: a real writer process killed with SIGKILL at random moments.

The writer (showroom/bench/crash_writer.py) writes multi-table units of work in a loop: a
customer with their walk-in and follow-ups, a test drive booked, driven and on the timeline,
a plan accepted into a deal with its four checklists. After every kill the database is
checked: integrity (SQLite's integrity_check and foreign_key_check; PostgreSQL's amcheck on
every btree index when the extension is there), every acknowledged unit whole, no unit half
written. The test suite runs it (200 kills on SQLite, a quarter of that on PostgreSQL) and
``showroom bench --crash-kills 1000`` is its long mode.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from showroom.admin.users import create_user
from showroom.kernel.roles import Role
from showroom.storage.config import resolve_config
from showroom.storage.migrate import open_database

ROOT = Path(__file__).resolve().parents[2]

# Every unit writes one customer with all of this; a unit killed half-way leaves none of it.
# Each customer's "signature" (how many rows of each kind hang off it) must be the one that a
# whole unit writes, the same for every customer.
SIGNATURE = """
SELECT c.id AS id,
  (SELECT count(*) FROM customer_phones p WHERE p.customer_id = c.id) AS phones,
  (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id
      AND i.kind = 'note' AND i.summary = 'Customer card created') AS created,
  (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id AND i.kind = 'call') AS calls,
  (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id AND i.kind = 'visit') AS visits,
  (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id
      AND i.kind = 'test_drive') AS drive_entries,
  (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id) AS entries,
  (SELECT count(*) FROM walk_ins w WHERE w.customer_id = c.id) AS walk_ins,
  (SELECT count(*) FROM follow_ups f WHERE f.customer_id = c.id) AS follow_ups,
  (SELECT count(*) FROM follow_ups f WHERE f.customer_id = c.id
      AND f.done_at IS NOT NULL) AS done,
  (SELECT count(*) FROM test_drives t WHERE t.customer_id = c.id
      AND t.status = 'returned' AND t.odometer_in_km IS NOT NULL) AS drives,
  (SELECT count(*) FROM purchase_plans pp WHERE pp.customer_id = c.id
      AND pp.status = 'accepted') AS plans,
  (SELECT count(*) FROM deals d WHERE d.customer_id = c.id) AS deals,
  (SELECT count(*) FROM deal_items di JOIN deals d ON d.id = di.deal_id
      WHERE d.customer_id = c.id) AS deal_items
FROM customers c
"""
SIGNATURE_COLUMNS = (
    "phones, created, calls, visits, drive_entries, entries, walk_ins, follow_ups, done, "
    "drives, plans, deals, deal_items"
)
# The first customer must be a whole unit by itself ...
FIRST_WHOLE = f"""
WITH sig AS ({SIGNATURE})
SELECT count(*) FROM sig WHERE id = (SELECT min(id) FROM customers) AND NOT (
    phones = 1 AND created = 1 AND calls = 1 AND visits = 1 AND drive_entries = 1
    AND walk_ins = 1 AND done = 1 AND follow_ups >= 3 AND drives = 1 AND plans = 1
    AND deals = 1 AND deal_items >= 4)
"""
# ... and every other customer must look exactly like it.
HALF_WRITTEN = f"""
WITH sig AS ({SIGNATURE})
SELECT count(*) FROM sig s, sig r
 WHERE r.id = (SELECT min(id) FROM customers)
   AND ({SIGNATURE_COLUMNS.replace(", ", ", s.").join(["s.", ""])})
    <> ({SIGNATURE_COLUMNS.replace(", ", ", r.").join(["r.", ""])})
"""
ORPHANS = """
SELECT (SELECT count(*) FROM interactions i
          WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = i.customer_id))
     + (SELECT count(*) FROM follow_ups f
          WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = f.customer_id))
     + (SELECT count(*) FROM customer_phones p
          WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = p.customer_id))
     + (SELECT count(*) FROM walk_ins w WHERE w.customer_id IS NULL)
     + (SELECT count(*) FROM test_drives t WHERE t.status <> 'returned')
     + (SELECT count(*) FROM deals d
          WHERE NOT EXISTS (SELECT 1 FROM deal_items di WHERE di.deal_id = d.id))
     + (SELECT count(*) FROM purchase_plans pp WHERE pp.status <> 'accepted')
     + (SELECT count(*) FROM vehicles v WHERE v.role = 'fleet' AND v.status <> 'available')
"""
ACK_COLUMNS = ("customer", "interaction", "done", "next", "walk_in", "drive", "deal")
# Acknowledged units (loaded into a temporary table "acks") that are not fully present.
LOST = """
SELECT count(*) FROM acks a WHERE NOT EXISTS (
  SELECT 1 FROM customers c
    JOIN interactions i ON i.id = a.interaction AND i.customer_id = c.id AND i.kind = 'call'
    JOIN follow_ups d ON d.id = a.done AND d.customer_id = c.id AND d.done_at IS NOT NULL
    JOIN follow_ups n ON n.id = a.next AND n.customer_id = c.id AND n.done_at IS NULL
    JOIN walk_ins w ON w.id = a.walk_in AND w.customer_id = c.id
    JOIN test_drives t ON t.id = a.drive AND t.customer_id = c.id AND t.status = 'returned'
    JOIN deals dl ON dl.id = a.deal AND dl.customer_id = c.id
   WHERE c.id = a.customer)
"""
CREATE_ACKS = (
    "CREATE TEMPORARY TABLE acks (customer INTEGER, interaction INTEGER, done INTEGER, "
    "next INTEGER, walk_in INTEGER, drive INTEGER, deal INTEGER)"
)


@dataclass
class Figures:
    kills: int = 0
    integrity_failures: int = 0
    acknowledged: int = 0
    acknowledged_lost: int = 0
    half_written: int = 0
    units_in_database: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self, backend: str, seconds: float) -> str:
        return (
            f"crash test on {backend}: {self.kills} kills, {self.integrity_failures} integrity "
            f"failures, {self.acknowledged_lost} of {self.acknowledged} acknowledged units lost, "
            f"{self.half_written} half-written units, {self.units_in_database} units in the "
            f"database, {seconds:.0f} s"
        )


class Zygote:
    """The writer process that forks a child per kill (see crash_writer.py)."""

    def __init__(self, home: Path, url: str | None) -> None:
        environ = {k: v for k, v in os.environ.items() if not k.startswith("SHOWROOM_")}
        environ["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(ROOT), environ.get("PYTHONPATH", "")) if p
        )
        args = [sys.executable, "-m", "showroom.bench.crash_writer", str(home)]
        args += [url] if url else []
        self.process = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environ
        )
        assert self.readline() == "ready"

    def readline(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError("the writer process ended unexpectedly")
        if line.startswith("error "):
            raise AssertionError(line.replace(" | ", "\n"))
        return line.strip()

    def run_and_kill(self, seed: int, actor: int, delay_s: float) -> list[dict[str, int]]:
        """Start a child, let it write for ``delay_s``, SIGKILL it; its acknowledgements."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"go {seed} {actor}\n")
        self.process.stdin.flush()
        kind, pid = self.readline().split()
        assert kind == "child"
        acks: list[dict[str, int]] = []
        line = self.readline()
        if line != "started":
            raise AssertionError(f"unexpected line before start: {line}")
        time.sleep(delay_s)
        os.kill(int(pid), signal.SIGKILL)
        while True:
            line = self.readline()
            if line.startswith("reaped"):
                status = int(line.split()[2])
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, line
                return acks
            if line.startswith("ack "):
                ids = [int(part) for part in line.split()[1:]]
                acks.append(dict(zip(ACK_COLUMNS, ids, strict=True)))
            else:
                raise AssertionError(f"unexpected line: {line}")

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def crash_loop(
    kills: int,
    home: Path,
    url: str | None,
    actor: int,
    check: Callable[[list[dict[str, int]], Figures], None],
    delays_s: tuple[float, float] = (0.020, 0.150),
) -> Figures:
    figures = Figures()
    rng = random.Random(20261126)
    zygote = Zygote(home, url)
    acked: list[dict[str, int]] = []
    try:
        for seed in range(1, kills + 1):
            acked += zygote.run_and_kill(seed, actor, rng.uniform(*delays_s))
            figures.kills += 1
            figures.acknowledged = len(acked)
            check(acked, figures)
    finally:
        zygote.close()
    return figures


def prepare(config_home: Path, url: str | None) -> int:
    config = resolve_config(str(config_home), url, environ={})
    db = open_database(config)
    with db.session() as session:
        actor = create_user(session, "ben.carter", Role.CONSULTANT, "Ben Carter")
    db.dispose()
    return int(actor)


Check = Callable[[list[dict[str, int]], Figures], None]


def sqlite_check(database: Path) -> Check:
    """The check after each kill on an SQLite file."""

    def check(acked: list[dict[str, int]], figures: Figures) -> None:
        with closing(sqlite3.connect(database, isolation_level=None)) as conn:
            integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if integrity != ["ok"] or broken:
                figures.integrity_failures += 1
                figures.problems.append(f"kill {figures.kills}: {integrity[:3]} {broken[:3]}")
            conn.execute(CREATE_ACKS)
            conn.executemany(
                "INSERT INTO acks VALUES "
                "(:customer, :interaction, :done, :next, :walk_in, :drive, :deal)",
                acked,
            )
            figures.acknowledged_lost = conn.execute(LOST).fetchone()[0]
            figures.half_written = conn.execute(HALF_WRITTEN).fetchone()[0]
            figures.half_written += conn.execute(ORPHANS).fetchone()[0]
            figures.half_written += conn.execute(FIRST_WHOLE).fetchone()[0]
            figures.units_in_database = conn.execute("SELECT count(*) FROM customers").fetchone()[0]

    return check


def _one(conn: object, sql: str) -> int:
    row = conn.execute(sql).fetchone()  # type: ignore[attr-defined]
    return int(row[0]) if row is not None else 0


def postgres_check(dsn: str) -> tuple[Check, bool]:
    """The check after each kill on PostgreSQL, and whether amcheck could be used."""
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        try:
            conn.execute("CREATE EXTENSION IF NOT EXISTS amcheck")
            amcheck = True
        except psycopg.Error:
            amcheck = False  # the btree check needs the contrib module; the rest still runs
        indexes = [
            str(r[0])
            for r in conn.execute(
                "SELECT c.oid::regclass::text FROM pg_index i JOIN pg_class c "
                "ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE a.amname = 'btree' AND n.nspname = 'public'"
            )
        ]

    def check(acked: list[dict[str, int]], figures: Figures) -> None:
        with psycopg.connect(dsn, autocommit=True) as conn:
            if amcheck:
                for index in indexes:
                    try:
                        conn.execute("SELECT bt_index_check(%s::regclass, true)", (index,))
                    except psycopg.Error as error:
                        figures.integrity_failures += 1
                        figures.problems.append(f"{index}: {error}")
            conn.execute(CREATE_ACKS)
            with conn.cursor().copy("COPY acks FROM STDIN") as copy:
                for ack in acked:
                    copy.write_row([ack[c] for c in ACK_COLUMNS])
            figures.acknowledged_lost = _one(conn, LOST)
            figures.half_written = (
                _one(conn, HALF_WRITTEN) + _one(conn, ORPHANS) + _one(conn, FIRST_WHOLE)
            )
            figures.units_in_database = _one(conn, "SELECT count(*) FROM customers")

    return check, amcheck


def run_crash_test(
    kills: int, workdir: Path, postgres_url: str | None = None
) -> tuple[Figures, float, str]:
    """Kill a writer ``kills`` times on a new database in ``workdir`` (SQLite, or the empty
    PostgreSQL database at ``postgres_url``); the figures, the seconds it took and a note."""
    from sqlalchemy.engine import make_url

    home = workdir / "home"
    actor = prepare(home, postgres_url)
    started = time.perf_counter()
    note = ""
    if postgres_url is None:
        figures = crash_loop(kills, home, None, actor, sqlite_check(home / "showroom.sqlite"))
    else:
        dsn = make_url(postgres_url).set(drivername="postgresql").render_as_string(False)
        check, amcheck = postgres_check(dsn)
        note = "" if amcheck else " (amcheck unavailable: btree check skipped)"
        # A unit is some 60 statements, each a round trip to the server: let the writer run
        # longer before each kill so that it commits some units between the kills.
        figures = crash_loop(kills, home, postgres_url, actor, check, (0.050, 0.400))
    return figures, time.perf_counter() - started, note
