"""The benchmark's figures and the table it prints."""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.engine import URL, make_url

from showroom.customers.card import load_card
from showroom.customers.search import (
    SEARCH_COSTS,
    CustomerFilter,
    fence_cap,
    fts_match,
    search_customers,
    search_terms,
    walk_bound,
)
from showroom.demo.world import generate_demo
from showroom.storage.config import AppConfig, resolve_config
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.storage.models import Base, Customer, FollowUp, Interaction, User

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Figure:
    """One measured figure, with its baseline and target where the issue names them."""

    name: str
    size: str
    value: float
    unit: str
    baseline: float | None = None
    target: str = ""
    met: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline == 0:
            return None
        return self.value / self.baseline


def median_ms(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


# --- databases ------------------------------------------------------------------------------
@contextmanager
def bench_database(
    workdir: Path, name: str, postgres_url: str | None
) -> Iterator[tuple[AppConfig, Database]]:
    """A fresh database: an SQLite file in ``workdir``, or a new PostgreSQL database."""
    home = workdir / name
    if postgres_url:
        import psycopg

        admin = make_url(postgres_url)
        db_name = f"showroom_bench_{name}_{os.getpid()}"
        dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{db_name}"')
        url: URL = admin.set(database=db_name)
        config = resolve_config(str(home), url.render_as_string(hide_password=False), environ={})
    else:
        config = resolve_config(str(home), None, environ={})
    db = open_database(config)
    try:
        yield config, db
    finally:
        db.dispose()
        if postgres_url:
            import psycopg

            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')


BENCH_PASSWORD = "showroom"  # the staff's password on the bench's own throw-away database


def fill(db: Database, customers: int, interactions: float, seed: int = 11) -> float:
    """Fill with demo data; returns the seconds taken."""
    started = time.perf_counter()
    with db.session() as session:
        generate_demo(
            session,
            customers=customers,
            seed=seed,
            interactions_per_customer=interactions,
            password=BENCH_PASSWORD,  # a throw-away database: its staff share one password
        )
    return time.perf_counter() - started


# --- figures --------------------------------------------------------------------------------
def query_mix(db: Database, count: int, seed: int = 5) -> list[str]:
    """Mixed queries as people type them: name fragments of 2–6 characters (two-character
    Chinese names among them), phone digits, plate and VIN tails."""
    rng = random.Random(seed)
    with db.reader() as session:
        rows = session.execute(
            select(Customer.full_name, Customer.primary_phone, Customer.email)
            .order_by(Customer.id)
            .limit(5000)
        ).all()
    chinese = [r[0] for r in rows if any("\u4e00" <= c <= "\u9fff" for c in r[0])]
    queries: list[str] = []
    while len(queries) < count:
        name, phone, email = rng.choice(rows)
        kind = rng.random()
        if kind < 0.45:
            word = rng.choice(name.split())
            length = rng.randint(2, 6)
            start = rng.randrange(0, max(1, len(word) - length + 1))
            queries.append(word[start : start + length])
        elif kind < 0.6 and chinese:
            queries.append(rng.choice(chinese)[:2])
        elif kind < 0.8 and phone:
            digits = phone[1:]
            length = rng.randint(3, 7)
            start = rng.randrange(0, len(digits) - length)
            queries.append(digits[start : start + length])
        elif kind < 0.9 and email:
            queries.append(email.split("@")[0][: rng.randint(3, 6)])
        else:
            vin_tail = "".join(rng.choice("0123456789") for _ in range(rng.randint(3, 6)))
            queries.append(vin_tail)
    return queries


RAW_COLUMNS = (
    "c.id, c.full_name, c.primary_phone, c.email, c.status, u.display_name, c.created_at, "
    "c.name_folded FROM customers c LEFT JOIN users u ON u.id = c.assigned_consultant_id"
)


def raw_search(db: Database, query: str) -> list[tuple[Any, ...]]:
    """The baseline: the same full-text query, hand-written and run on the bare driver
    cursor (no SQLAlchemy, no row objects): what the list costs with no layers at all.
    On SQLite it takes the app's plan (``walk_bound``): a big match set walks the name
    index for the page's ids, falling back to fetch-and-sort."""
    terms = search_terms(query)
    if not terms:
        return []
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()

        def scalar(sql: str, params: tuple[Any, ...]) -> Any:
            cursor.execute(sql, params)
            row = cursor.fetchone()
            return None if row is None else row[0]

        def page(walk: bool, bound: str | None, fence: bool = False) -> list[tuple[Any, ...]]:
            clauses: list[str] = []
            params: list[str] = []
            for term in terms:
                if db.is_sqlite:
                    table, match = fts_match(term)
                    column = "+c.id" if walk else "c.id"
                    clauses.append(f"{column} IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)")
                    params.append(match)
                elif len(term) >= 3:
                    clauses.append("c.search_text LIKE %s")
                    params.append(f"%{term}%")
                else:
                    clauses.append(
                        "to_tsvector('simple', c.search_text) @@ to_tsquery('simple', %s)"
                    )
                    params.append(f"'{term}':*")
            where = " AND ".join(clauses)
            if bound is not None:
                where += " AND c.name_folded <= ?"
                params.append(bound)
            order = (
                "ORDER BY c.name_folded || '', c.id" if fence else "ORDER BY c.name_folded, c.id"
            )
            if fence:
                cursor.execute(
                    f"SELECT count(*) FROM (SELECT 1 FROM customers c WHERE {where} LIMIT %s) m",
                    [*params, cap],
                )
                counted = cursor.fetchone()
                if counted is not None and int(counted[0]) >= cap:
                    order = "ORDER BY c.name_folded, c.id"
            if walk:
                sql = (
                    f"SELECT {RAW_COLUMNS} WHERE c.id IN (SELECT c.id FROM customers c "
                    f"WHERE {where} {order} LIMIT 200) {order}"
                )
            else:
                sql = f"SELECT {RAW_COLUMNS} WHERE {where} {order} LIMIT 200"
            cursor.execute(sql, params)
            return [tuple(r) for r in cursor.fetchall()]

        rows: list[tuple[Any, ...]] | None = None
        cap = 0
        if not db.is_sqlite:  # the app's plan: count the matches (up to a cap) first
            cursor.execute(SEARCH_COSTS)
            cap = fence_cap(int(scalar("SELECT max(id) FROM customers", ()) or 0), 200)
            rows = page(False, None, fence=True)
        if db.is_sqlite:
            walk, bound = walk_bound(scalar, terms, None, 200)
            if walk:
                rows = page(True, bound)
                if len(rows) < 200 and bound is not None:
                    rows = None
        if rows is None:
            rows = page(False, None)
        cursor.close()
        raw.rollback()
    finally:
        raw.close()
    return rows


def measure_search(db: Database, size: str, queries: list[str], target_ms: float) -> list[Figure]:
    def fill_list(q: str) -> object:
        with db.reader() as session:
            return search_customers(session, CustomerFilter(text=q), limit=200)

    def timed(call: Callable[[str], object], q: str) -> float:
        started = time.perf_counter()
        call(q)
        return (time.perf_counter() - started) * 1000

    for q in queries[:20]:  # warm the caches as a user's first keystrokes do
        fill_list(q)
        raw_search(db, q)
    app: list[float] = []
    raw: list[float] = []
    for q in queries:  # interleaved, so a busy moment of the machine hits both alike
        app.append(timed(fill_list, q))
        raw.append(timed(lambda text: raw_search(db, text), q))
    p95, raw95 = percentile(app, 0.95), percentile(raw, 0.95)
    return [
        Figure("search p50", size, percentile(app, 0.5), "ms", percentile(raw, 0.5)),
        Figure(
            "search p95",
            size,
            p95,
            "ms",
            raw95,
            target=f"≤ {target_ms:g} ms; ratio ≤ 3",
            met=p95 <= target_ms and (raw95 == 0 or p95 / raw95 <= 3),
        ),
    ]


def measure_card(db: Database, size: str, repeats: int) -> Figure:
    """Open a card with 500 interactions, 20 printed documents in its file and 20 open
    follow-ups."""
    with db.session() as session:
        customer_id = session.scalar(select(Customer.id).order_by(Customer.id).limit(1))
        assert customer_id is not None
        now = datetime.now(UTC)
        session.execute(delete(Interaction).where(Interaction.customer_id == customer_id))
        session.execute(
            insert(_table(Interaction)),
            [
                {
                    "customer_id": customer_id,
                    "kind": "call",
                    "occurred_at": now - timedelta(hours=i),
                    "summary": f"Call {i}",
                }
                for i in range(500)
            ],
        )
        session.execute(
            insert(_table(FollowUp)),
            [
                {
                    "customer_id": customer_id,
                    "kind": "follow_up",
                    "reason": f"Task {i}",
                    "due_on": (now + timedelta(days=i)).date(),
                    "origin": "manual",
                    "for_marketing": False,
                    "created_at": now,
                    "version": 1,
                }
                for i in range(20)
            ],
        )

    from showroom.core.ids import CustomerId, UserId
    from showroom.kernel.settings_store import load_settings
    from showroom.printing.customer_card import print_customer_card

    with db.session() as session:
        user_id = session.scalar(select(User.id).order_by(User.id).limit(1))
        assert user_id is not None
        settings = load_settings(session)
        for _ in range(20):
            print_customer_card(
                session, CustomerId(customer_id), UserId(user_id), settings, datetime.now(UTC)
            )

    def open_card() -> object:
        with db.reader() as session:
            return load_card(session, customer_id)

    ms = median_ms(open_card, repeats)
    return Figure(
        "open card (500 interactions, 20 documents)", size, ms, "ms", target="≤ 50 ms", met=ms <= 50
    )


def measure_today(db: Database, size: str, repeats: int) -> Figure:
    """The Today page's figures: the whole dashboard as the manager sees it."""
    from zoneinfo import ZoneInfo

    from showroom.core.ids import UserId
    from showroom.dashboard.service import Viewer, build_dashboard

    with db.reader() as session:
        manager = session.scalar(select(User.id).where(User.role == "manager").limit(1))
    viewer = Viewer(UserId(manager or 1), "manager", datetime.now(UTC), ZoneInfo("Europe/London"))

    def today() -> object:
        with db.reader() as session:
            return build_dashboard(session, viewer)

    ms = median_ms(today, repeats)
    return Figure("Today figures", size, ms, "ms", target="≤ 100 ms", met=ms <= 100)


def measure_sales(db: Database, size: str, repeats: int) -> list[Figure]:
    """The Targets page's two reads as the manager sees them: this month's progress per
    consultant, and this month's funnel (issue 21: each ≤ 150 ms)."""
    from zoneinfo import ZoneInfo

    from showroom.core.ids import UserId
    from showroom.kernel.settings_store import load_settings
    from showroom.sales.domain import month_start, next_month
    from showroom.sales.targets import funnel, month_progress

    with db.reader() as session:
        manager = UserId(session.scalar(select(User.id).where(User.role == "manager")) or 1)
        settings = load_settings(session)
    today = datetime.now(ZoneInfo(settings.timezone)).date()
    month = month_start(today)

    def progress() -> object:
        with db.reader() as session:
            return month_progress(session, manager, month, today, settings)

    def the_funnel() -> object:
        with db.reader() as session:
            return funnel(session, manager, month, next_month(month), settings)

    figures = []
    for name, run in (("Targets progress", progress), ("Funnel", the_funnel)):
        ms = median_ms(run, repeats)
        figures.append(Figure(name, size, ms, "ms", target="≤ 150 ms", met=ms <= 150))
    return figures


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def measure_demo(workdir: Path, customers: int, postgres_url: str | None) -> Figure:
    """`showroom demo` against a raw Core insert of the very same rows."""
    with bench_database(workdir, "demo-app", postgres_url) as (_, app_db):
        demo_s = fill(app_db, customers, 10)
        tables = ["customers", "customer_phones", "interactions", "walk_ins", "follow_ups"]
        with app_db.reader() as session:
            rows = {
                name: [
                    dict(r._mapping) for r in session.execute(select(Base.metadata.tables[name]))
                ]
                for name in tables
            }
            prelude = {
                name: [
                    dict(r._mapping) for r in session.execute(select(Base.metadata.tables[name]))
                ]
                for name in ("users", "vehicles", "settings")
            }
    with bench_database(workdir, "demo-raw", postgres_url) as (_, raw_db):
        with raw_db.session() as session:
            conn = session.connection()
            for name, values in prelude.items():
                if values:
                    conn.execute(insert(Base.metadata.tables[name]), values)
        started = time.perf_counter()
        with raw_db.session() as session:
            conn = session.connection()
            for name in tables:
                values = rows[name]
                for start in range(0, len(values), 20_000):
                    conn.execute(insert(Base.metadata.tables[name]), values[start : start + 20_000])
        raw_s = time.perf_counter() - started
    interactions = len(rows["interactions"])
    return Figure(
        f"demo {customers:,} customers + {interactions:,} interactions",
        f"{customers // 1000}k",
        demo_s,
        "s",
        raw_s,
        target="ratio ≤ 2",
        met=demo_s / raw_s <= 2,
    )


def _zone(db: Database) -> Any:
    from zoneinfo import ZoneInfo

    from showroom.kernel.settings_store import load_settings

    with db.reader() as session:
        return ZoneInfo(load_settings(session).timezone)


def measure_week_view(db: Database, size: str, repeats: int) -> Figure:
    """The Test drives page's week: 20 cars, every car booked every 45 minutes for 7 days."""
    from showroom.bench.scenarios import WEEK_CARS, busy_week, week_entries, week_view_ms

    first, last = busy_week(db, _zone(db))
    ms = week_view_ms(db, first, last, repeats)
    return Figure(
        f"test-drive week view ({WEEK_CARS} cars, busy week)",
        size,
        ms,
        "ms",
        target="≤ 50 ms",
        met=ms <= 50,
        extra={"bookings_in_week": week_entries(db, first, last)},
    )


def measure_bookings(config: AppConfig, db: Database, size: str, attempts: int) -> Figure:
    """Four writers, each with its own engine, book the same cars and hours at once."""
    from showroom.bench.scenarios import concurrent_bookings

    result = concurrent_bookings(config, db, _zone(db), writers=4, attempts=attempts)
    rate = result["booked"] / result["seconds"]
    return Figure(
        "concurrent bookings, 4 writers",
        size,
        rate,
        "bookings/s",
        target="0 overlaps",
        met=result["overlaps"] == 0 and result["errors"] == 0,
        extra=result
        | {"settled_per_s": (result["booked"] + result["refused"]) / result["seconds"]},
    )


def measure_pdf(
    db: Database,
    size: str,
    kind: Any,
    record_id: int,
    raw: Callable[[], bytes],
    repeats: int,
    *,
    name: str = "",
    batch: int = 100,
    target_ratio: float = 1.3,
    extras: dict[str, Callable[[], object]] | None = None,
) -> Figure:
    """A printed form against a raw ReportLab document with the same content.

    ``kind`` is a DocumentKind with a print function in ``PRINTABLE``; ``record_id`` the
    record to print; ``raw()`` builds the hand-written ReportLab equivalent and returns its
    bytes. Adding a form's figure is one call of this in ``run_bench`` plus its ``raw``.
    ``extras`` are further baselines timed in the same loop (``extra["NAME_ms"]``).
    """
    from showroom.bench.scenarios import print_vs_raw

    result = print_vs_raw(db, kind, record_id, raw, repeats, batch=batch, extras=extras)
    ratio = result["app_ms"] / result["raw_ms"]
    return Figure(
        name or f"{kind.value} PDF ({result['pages']:g} pages)",
        size,
        result["app_ms"],
        "ms",
        result["raw_ms"],
        target=f"ratio ≤ {target_ratio:g}; {batch} in a batch"
        if batch
        else f"ratio ≤ {target_ratio:g}",
        met=ratio <= target_ratio,
        extra=result,
    )


def measure_handover(workdir: Path, postgres_url: str | None, plan: BenchPlan) -> Figure:
    """A two-page handover (12 accessories, 3 owed items) on a small demo database, against
    the same document written by hand in plain ReportLab (same letterhead, tables, footer
    with "Page X of Y" and QR code; it pays the same reads of the delivery); and
    ``plan.handover_batch`` in a batch. ``extra["bare_text_ms"]`` is the earlier baseline,
    the PDF's text as bare paragraphs (no tables, furniture, numbering or QR);
    ``extra["raw_path_qr_ms"]`` the raw document with its QR code encoded once and drawn as
    a path instead of ReportLab's widget, a stricter baseline."""
    from showroom.bench.handover import (
        handover_pdf,
        raw_handover_baseline,
        same_text_baseline,
        two_page_handover,
    )
    from showroom.kernel.document_kind import DocumentKind

    with bench_database(workdir, "handover", postgres_url) as (_config, db):
        fill(db, 300, 3)
        delivery_id = two_page_handover(db)
        bare = same_text_baseline(handover_pdf(db, delivery_id))
        raw = raw_handover_baseline(db, delivery_id)
        return measure_pdf(
            db, "300", DocumentKind.HANDOVER, delivery_id, raw, plan.repeats,
            name="handover PDF, 2 pages", batch=plan.handover_batch,
            extras={
                "bare_text": bare,
                "raw_path_qr": raw_handover_baseline(db, delivery_id, qr_widget=False),
            },
        )  # fmt: skip


def measure_import_figure(
    workdir: Path, rows: int, postgres_url: str | None, repeats: int
) -> Figure:
    """Rows per second read, checked and written by `showroom import customers`, against a
    raw Core insert of the rows it wrote (value and baseline both in rows of the file per
    second, so the ratio is the share of the raw speed the import reaches)."""
    from showroom.bench.importing import measure_import

    result = measure_import(workdir, rows, postgres_url, repeats, bench_database)
    rate = result["rows_read"] / result["import_s"]
    raw_rate = result["rows_read"] / result["raw_s"]
    return Figure(
        f"import a {rows // 1000}k-row CSV (validated)",
        f"{rows // 1000}k",
        rate,
        "rows/s",
        raw_rate,
        target="≥ 20,000 rows/s validated",
        met=rate >= 20_000,
        extra=result,
    )


# Linux carries a process's peak RSS across exec: a GUI started straight from this process
# (hundreds of MB after building a database) would report this process's peak, not its own.
# So each window is started by a small launcher (python -S, ~10 MB, the same for the app and
# its baseline) that forks, execs the window and prints the window's own peak.
_LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
print(f"peak-rss-kb {usage.ru_maxrss}", flush=True)
sys.exit(os.waitstatus_to_exitcode(status))
"""


@dataclass
class WindowRun:
    """One GUI process: seconds to its window painted and to its first page filled, its
    peak memory, and the memory it held once its page was filled (MB)."""

    painted: float
    filled: float
    peak_mb: float
    resident_mb: float


def run_window(args: list[str], env: dict[str, str], timeout: float = 120) -> WindowRun:
    """Start a GUI process offscreen and watch what it prints."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SHOWROOM_")}
    environ.update(env)
    environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-S", "-c", _LAUNCHER, sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=environ,
        text=True,
    )
    assert process.stdout is not None
    # A window that never paints (a dialog waiting offscreen) must not hang the bench.
    watchdog = threading.Timer(timeout, process.kill)
    watchdog.start()
    painted = None
    filled = None
    peak_kb = 0.0
    resident_kb = 0.0
    for line in process.stdout:
        if line.startswith("peak-rss-kb "):
            peak_kb = float(line.split()[1])
        if "rss-kb " in line and not line.startswith("peak"):
            resident_kb = float(line.rsplit("rss-kb ", 1)[1])
        if "painted" in line and painted is None:
            painted = time.perf_counter() - started
        if "filled" in line and filled is None:
            filled = time.perf_counter() - started
    process.wait()
    watchdog.cancel()
    if painted is None or process.returncode != 0 or not peak_kb:
        raise RuntimeError(f"{' '.join(args)} did not paint its window (exit {process.returncode})")
    return WindowRun(painted, filled or painted, peak_kb / 1024, resident_kb / 1024)


def measure_startup_and_memory(
    config: AppConfig, size: str, repeats: int, memory_target: float
) -> list[Figure]:
    main_py = str(ROOT / "main.py")
    baseline_py = str(ROOT / "ui" / "bench_baseline.py")
    env = {
        "SHOWROOM_EXIT_AFTER_PAINT": "1",
        "SHOWROOM_HOME": str(config.home),
        "SHOWROOM_SIGN_IN": "claire.dubois",  # the demo's manager
        "SHOWROOM_PASSWORD": BENCH_PASSWORD,
    }
    if not config.is_sqlite:
        env["SHOWROOM_DATABASE_URL"] = config.database_url.render_as_string(hide_password=False)
    app_times: list[float] = []
    filled_times: list[float] = []
    base_times: list[float] = []
    base_peak: list[float] = []
    base_resident: list[float] = []
    page_peak: list[float] = []
    page_resident: list[float] = []
    for _ in range(repeats):  # interleaved, so both see the same machine
        run = run_window([main_py], env)
        app_times.append(run.painted)
        filled_times.append(run.filled)
        base = run_window([baseline_py], {})
        base_times.append(base.painted)
        base_peak.append(base.peak_mb)
        base_resident.append(base.resident_mb)
        page = run_window([main_py], {**env, "SHOWROOM_OPEN_PAGE": "customers"})
        page_peak.append(page.peak_mb)
        page_resident.append(page.resident_mb)
    app_s, base_s = statistics.median(app_times), statistics.median(base_times)
    filled_s = statistics.median(filled_times)
    peak = statistics.median(page_peak)
    resident = statistics.median(page_resident)
    return [
        Figure(
            "start-up to painted window",
            size,
            app_s * 1000,
            "ms",
            base_s * 1000,
            target="ratio ≤ 1.5",
            met=app_s / base_s <= 1.5,
        ),
        Figure("start-up to Today page filled", size, filled_s * 1000, "ms", base_s * 1000),
        Figure(
            "peak memory, customers page open",
            size,
            peak,
            "MB",
            statistics.median(base_peak),
            target=f"≤ {memory_target:g} MB",
            met=peak <= memory_target,
        ),
        Figure(
            "memory held, customers page open",
            size,
            resident,
            "MB",
            statistics.median(base_resident),
            target=f"≤ {memory_target:g} MB",
            met=resident <= memory_target,
        ),
    ]


# --- the run --------------------------------------------------------------------------------
@dataclass
class BenchPlan:
    sizes: list[tuple[str, int, float]]  # (label, customers, interactions per customer)
    repeats: int
    queries: int
    demo_customers: int
    window_repeats: int
    import_rows: int = 100_000
    import_repeats: int = 3
    booking_attempts: int = 250  # per writer
    handover_batch: int = 100


QUICK = BenchPlan(
    [("2k", 2_000, 5)],
    repeats=3,
    queries=40,
    demo_customers=2_000,
    window_repeats=1,
    import_rows=2_000,
    import_repeats=1,
    booking_attempts=25,
    handover_batch=5,
)
FULL = BenchPlan(
    [("10k", 10_000, 10), ("100k", 100_000, 10), ("1M", 1_000_000, 1)],
    repeats=15,
    queries=200,
    demo_customers=100_000,
    window_repeats=5,
)


# The groups of figures ``--only`` picks from, in the order a run measures them.
FIGURE_GROUPS = (
    "search",
    "today",
    "card",
    "week",
    "bookings",
    "window",
    "sales",
    "demo",
    "handover",
    "import",
)
_PER_SIZE = frozenset(FIGURE_GROUPS[:7])


def run_bench(
    quick: bool,
    postgres_url: str | None,
    out: Path,
    report: Callable[[str], None] = print,
    only_sizes: list[str] | None = None,
    only: frozenset[str] | None = None,
) -> list[Figure]:
    """Measure every figure (or the groups in ``only``, see FIGURE_GROUPS), print each row
    through ``report`` and write the JSON to ``out``."""
    plan = QUICK if quick else FULL
    wanted = frozenset(FIGURE_GROUPS) if only is None else only
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="showroom-bench-") as tmp:
        workdir = Path(tmp)
        for label, customers, per_customer in plan.sizes:
            if only_sizes and not {label, str(customers), f"{customers:,}"} & set(only_sizes):
                continue
            if not wanted & _PER_SIZE:
                break
            first_of_size = len(figures)
            with bench_database(workdir, label.lower(), postgres_url) as (config, db):
                seconds = fill(db, customers, per_customer)
                report(f"built the {label} database in {seconds:.1f} s")
                target = 30 if customers <= 100_000 else 60
                if "search" in wanted:
                    figures += measure_search(db, label, query_mix(db, plan.queries), target)
                if "today" in wanted:
                    figures.append(measure_today(db, label, plan.repeats))
                if "card" in wanted:
                    figures.append(measure_card(db, label, plan.repeats))
                if "week" in wanted:
                    figures.append(measure_week_view(db, label, plan.repeats))
                if "bookings" in wanted:
                    figures.append(measure_bookings(config, db, label, plan.booking_attempts))
                if "window" in wanted and label in ("2k", "100k", "1M"):
                    memory_target = 250 if customers >= 1_000_000 else 150
                    figures += measure_startup_and_memory(
                        config, label, plan.window_repeats, memory_target
                    )
                if "sales" in wanted:
                    figures += measure_sales(db, label, plan.repeats)
                for figure in figures[first_of_size:]:
                    report(format_row(figure))
        if "demo" in wanted:
            figures.append(measure_demo(workdir, plan.demo_customers, postgres_url))
            report(format_row(figures[-1]))
        if "handover" in wanted:
            figures.append(measure_handover(workdir, postgres_url, plan))
            report(format_row(figures[-1]))
        if "import" in wanted:
            figures.append(
                measure_import_figure(workdir, plan.import_rows, postgres_url, plan.import_repeats)
            )
            report(format_row(figures[-1]))
    payload = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": quick,
        "backend": "postgresql" if postgres_url else "sqlite",
        "machine": machine(),
        "figures": [asdict(f) | {"ratio": f.ratio} for f in figures],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    return figures


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {platform.system()}"


def format_row(figure: Figure) -> str:
    ratio = f"{figure.ratio:.2f}" if figure.ratio is not None else ""
    base = f"{figure.baseline:.1f}" if figure.baseline is not None else ""
    met = "" if figure.met is None else ("yes" if figure.met else "NO")
    return (
        f"| {figure.name} | {figure.size} | {figure.value:.1f} {figure.unit} | {base} | {ratio} "
        f"| {figure.target} | {met} |"
    )


TABLE_HEADER = (
    "| figure | size | value | baseline | ratio | target | met |\n|---|---|---|---|---|---|---|"
)


def _cell(figure: Figure) -> str:
    precision = 0 if figure.value >= 100 else 1
    text = f"{figure.value:,.{precision}f} {figure.unit}"
    if figure.baseline is not None:
        base_precision = 0 if figure.baseline >= 100 else 1
        text += f" (baseline {figure.baseline:,.{base_precision}f}, ratio {figure.ratio:.2f})"
    if figure.met is False:
        text += " **missed**"
    return text


def growth_table(figures: list[Figure]) -> str:
    """One row per figure, one column per database size: how each figure grows."""
    sizes: list[str] = []
    rows: dict[str, dict[str, Figure]] = {}
    for figure in figures:
        if figure.size not in sizes:
            sizes.append(figure.size)
        rows.setdefault(figure.name, {})[figure.size] = figure
    lines = [
        "| figure | target | " + " | ".join(sizes) + " |",
        "| --- | --- | " + " | ".join("---" for _ in sizes) + " |",
    ]
    for name, by_size in rows.items():
        targets = {f.target for f in by_size.values() if f.target}
        target = (
            "; ".join(f"{size}: {by_size[size].target}" for size in sizes if size in by_size)
            if len(targets) > 1
            else next(iter(targets), "")
        )
        cells = [_cell(by_size[size]) if size in by_size else "—" for size in sizes]
        lines.append(f"| {name} | {target} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
