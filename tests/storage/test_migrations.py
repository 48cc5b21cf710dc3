"""Safe migrations: a realistic database at EVERY earlier schema revision, upgraded to the
latest through open_database on SQLite and PostgreSQL, loses no row and changes no value.

Each earlier revision has a filler below that writes a few thousand realistic rows with SQL
suitable for that revision (its own tables and columns only). Adding a migration makes
test_every_earlier_revision_has_a_filler fail until the revision it replaces gets one.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, MetaData, bindparam, inspect, text

from showroom.admin.backups import restore_database
from showroom.core.text import fold
from showroom.customers.domain import search_document
from showroom.customers.search import CustomerFilter, search_customers
from showroom.demo.data import make_vin
from showroom.demo.world import _person
from showroom.storage.config import AppConfig, ensure_home, resolve_config
from showroom.storage.database import create_database_engine
from showroom.storage.migrate import alembic_config, head_revision, known_revisions, open_database
from showroom.storage.models import is_search_object

Snapshot = dict[str, tuple[int, str]]  # table: (rows, checksum over the old columns)


def ordered_revisions() -> list[str]:
    revisions = known_revisions()
    order: list[str] = []
    current: str | None = None
    while len(order) < len(revisions):
        current = next(r for r, down in revisions.items() if down == current)
        order.append(current)
    return order


def earlier_revisions() -> list[str]:
    return [r for r in ordered_revisions() if r != head_revision()]


# --- fillers, one per earlier revision --------------------------------------------------------
def fill_0001(conn: Connection, rng: random.Random) -> None:
    """Schema 0001: customers without search_text or trade-in plate/VIN, no follow-ups, no
    walk-ins. 2,500 customers of five locales, ~3,700 phones, ~7,500 interactions."""
    tables = MetaData()
    tables.reflect(conn)
    start = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    users = [
        {
            "id": n,
            "username": f"staff{n}",
            "display_name": name,
            "role": role,
            "active": True,
            "password_hash": None,
            "created_at": start,
            "version": 1,
        }
        for n, (name, role) in enumerate(
            [
                ("Ben Carter", "consultant"),
                ("Zoë Walker", "consultant"),
                ("王伟", "consultant"),
                ("Łukasz Nowak", "consultant"),
                ("Claire Dubois", "manager"),
                ("Admin", "admin"),
            ],
            start=1,
        )
    ]
    conn.execute(tables.tables["users"].insert(), users)
    conn.execute(
        tables.tables["settings"].insert(),
        [
            {"key": "currency", "value": "GBP"},
            {"key": "default_region", "value": "GB"},
            {"key": "dealership_name", "value": "Müller & Söhne Autohaus"},
        ],
    )
    vehicles = []
    for n in range(1, 81):
        vehicles.append(
            {
                "id": n,
                "role": "fleet" if n <= 20 else "stock",
                "status": "available" if n <= 20 else rng.choice(["in_stock", "on_display"]),
                "vin": make_vin(rng, "WBA", "5R", 2025, n),
                "stock_number": f"S{n:05d}",
                "make": "BMW",
                "model": rng.choice(["X5", "i4", "3 Series"]),
                "trim": rng.choice([None, "M Sport"]),
                "colour": rng.choice(["Alpine White", "Black Sapphire"]),
                "year": 2025,
                "list_price": Decimal(rng.randrange(30_000, 90_000)) + Decimal("0.99"),
                "plate": None,
                "odometer_km": rng.randrange(0, 5000),
                "fuel_percent": rng.randrange(10, 100),
                "floor_position": None,
                "created_at": start,
                "version": 1,
            }
        )
    conn.execute(tables.tables["vehicles"].insert(), vehicles)
    customers, phones, interactions = [], [], []
    locales = ["en", "de", "fr", "pl", "zh"]
    for cid in range(1, 2501):
        name, given, family = _person(rng, rng.choice(locales))
        created = start + timedelta(minutes=rng.randrange(0, 500_000))
        primary = f"+447{rng.randrange(400_000_000, 599_999_999)}"
        customers.append(
            {
                "id": cid,
                "full_name": name,
                "name_folded": fold(name),
                "email": f"{given.lower()}.{family.lower()}{cid}@example.com",
                "primary_phone": primary,
                "status": rng.choice(["lead", "prospect", "customer", "owner", "lost"]),
                "source": rng.choice(["walk_in", "phone", "web"]),
                "assigned_consultant_id": rng.choice([1, 2, 3, 4, None]),
                "preferred_language": rng.choice(["en", "zh"]),
                "preferred_channel": rng.choice([None, "phone", "email"]),
                "preferred_time": None,
                "address": f"{rng.randrange(1, 200)} High Street, London",
                "models_of_interest": rng.choice([None, "X5", "i4, X3"]),
                "budget_min": rng.choice([None, Decimal("25000.00")]),
                "budget_max": rng.choice([None, Decimal("61500.50")]),
                "timeframe": rng.choice([None, "3 months"]),
                "trade_in_make": rng.choice([None, "Audi"]),
                "trade_in_model": None,
                "trade_in_year": rng.choice([None, 2016]),
                "trade_in_mileage_km": rng.choice([None, 84_000]),
                "consent_contact": rng.random() < 0.6,
                "consent_at": None,
                "notes": rng.choice([None, "Wants a towbar. 想要白色的车。"]),
                "created_at": created,
                "updated_at": created,
                "version": rng.randrange(1, 4),
            }
        )
        phones.append({"customer_id": cid, "e164": primary, "label": "mobile", "is_primary": True})
        if rng.random() < 0.5:
            phones.append(
                {
                    "customer_id": cid,
                    "e164": f"+4420{rng.randrange(70_000_000, 79_999_999)}",
                    "label": "home",
                    "is_primary": False,
                }
            )
        for _ in range(rng.randrange(1, 6)):
            interactions.append(
                {
                    "customer_id": cid,
                    "user_id": rng.choice([1, 2, 3, None]),
                    "kind": rng.choice(["visit", "call", "email", "test_drive", "note"]),
                    "occurred_at": created + timedelta(hours=rng.randrange(0, 2000)),
                    "summary": rng.choice(
                        ["Asked about leasing", "Test drive of the i4", "回电话"]
                    ),
                }
            )
    customer_columns = set(tables.tables["customers"].c.keys())
    # Columns of later schema revisions: empty, or their server default (intent_level 'N').
    table_columns = tables.tables["customers"].c
    later = {
        c for c in customer_columns - set(customers[0]) if table_columns[c].server_default is None
    }
    for row in customers:
        row.update(dict.fromkeys(later))
        if "search_text" in later:
            row["search_text"] = ""
    conn.execute(tables.tables["customers"].insert(), customers)
    conn.execute(tables.tables["customer_phones"].insert(), phones)
    conn.execute(tables.tables["interactions"].insert(), interactions)
    if "search_text" in later:
        # What the app writes: the search text from name, phones and e-mail.
        numbers: dict[int, list[str]] = {}
        for phone in phones:
            numbers.setdefault(phone["customer_id"], []).append(phone["e164"])
        conn.execute(
            tables.tables["customers"]
            .update()
            .where(tables.tables["customers"].c.id == bindparam("cid"))
            .values(search_text=bindparam("text")),
            [
                {
                    "cid": row["id"],
                    "text": search_document(
                        row["name_folded"], numbers[row["id"]], row["email"], [], []
                    ),
                }
                for row in customers
            ],
        )
    if "follow_ups" in tables.tables:
        conn.execute(
            tables.tables["follow_ups"].insert(),
            [
                {
                    "customer_id": cid,
                    "kind": "follow_up",
                    "reason": "Call back about the offer",
                    "due_on": (start + timedelta(days=cid % 60)).date(),
                    "assigned_to_id": 1,
                    "origin": "manual",
                    "for_marketing": False,
                    "created_at": start,
                    "created_by_id": 1,
                    "done_at": None,
                    "done_by_id": None,
                    "result": None,
                    "version": 1,
                }
                for cid in range(1, 2501, 7)
            ],
        )


# One realistic filler serves every revision: it fills the columns each schema has.
FILLERS: dict[str, Callable[[Connection, random.Random], None]] = dict.fromkeys(
    earlier_revisions(), fill_0001
)


def test_every_earlier_revision_has_a_filler() -> None:
    assert set(FILLERS) == set(earlier_revisions())


# --- snapshots ----------------------------------------------------------------------------------
def snapshot(engine: Engine, columns: dict[str, list[str]] | None = None) -> Snapshot:
    """Rows and a checksum per table, over ``columns`` (default: all the table's columns)."""
    found: Snapshot = {}
    with engine.connect() as conn:
        inspector = inspect(conn)
        names = columns or {
            t: [c["name"] for c in inspector.get_columns(t)]
            for t in inspector.get_table_names()
            if t != "alembic_version" and not is_search_object(t)
        }
        for table, cols in names.items():
            key = inspector.get_pk_constraint(table)["constrained_columns"]
            listed = ", ".join(f'"{c}"' for c in cols)
            order = ", ".join(f'"{c}"' for c in key)
            digest = hashlib.sha256()
            rows = 0
            for row in conn.execute(text(f'SELECT {listed} FROM "{table}" ORDER BY {order}')):
                digest.update(repr(tuple(row)).encode())
                rows += 1
            found[table] = (rows, digest.hexdigest())
    return found


def columns_of(engine: Engine) -> dict[str, list[str]]:
    with engine.connect() as conn:
        inspector = inspect(conn)
        return {
            t: [c["name"] for c in inspector.get_columns(t)]
            for t in inspector.get_table_names()
            if not is_search_object(t)
            if t != "alembic_version"
        }


def build_at(config: AppConfig, revision: str) -> None:
    ensure_home(config.home)
    engine = create_database_engine(config.database_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), revision)
            FILLERS[revision](conn, random.Random(f"revision {revision}"))
    finally:
        engine.dispose()


def sqlite_checks(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def orphan_count(engine: Engine) -> int:
    """Rows pointing at a missing customer: PostgreSQL's foreign_key_check."""
    with engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM interactions i LEFT JOIN customers c "
                    "ON c.id = i.customer_id WHERE c.id IS NULL) + (SELECT count(*) FROM "
                    "customer_phones p LEFT JOIN customers c ON c.id = p.customer_id "
                    "WHERE c.id IS NULL)"
                )
            ).scalar_one()
        )


@pytest.mark.parametrize("revision", earlier_revisions())
def test_upgrade_from_every_earlier_revision_keeps_every_row(
    config: AppConfig, revision: str, capsys: pytest.CaptureFixture[str]
) -> None:
    build_at(config, revision)
    engine = create_database_engine(config.database_url)
    try:
        old_columns = columns_of(engine)
        before = snapshot(engine)
    finally:
        engine.dispose()
    assert before["customers"][0] == 2500 and before["interactions"][0] > 5000

    db = open_database(config)  # the upgrade, as the app does it
    try:
        after = snapshot(db.engine, old_columns)
        assert after == before, "0 rows lost, 0 values changed in the columns that existed"
        if db.is_sqlite:
            sqlite_checks(db.engine)
        else:
            assert orphan_count(db.engine) == 0
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                head_revision()
            )
        # The search index covers the customers that were there before it existed.
        with db.reader() as session:
            rows = session.execute(
                text("SELECT id, full_name, primary_phone FROM customers ORDER BY id")
            ).all()
            for cid, name, phone in random.Random(3).sample(rows, 25):
                by_name = search_customers(session, CustomerFilter(text=name), limit=500)
                assert cid in {r.id for r in by_name}, name
                by_phone = search_customers(session, CustomerFilter(text=phone[-7:]))
                assert cid in {r.id for r in by_phone}, phone
    finally:
        db.dispose()

    # The backup taken before the upgrade is a sound copy of the old database: restoring it
    # (an older schema over a newer database) brings back exactly the old rows, upgraded.
    suffix = "sqlite" if config.is_sqlite else "dump"
    [backup] = (config.home / "backups").glob(f"before-upgrade-{revision}-*.{suffix}")
    if config.is_sqlite:
        copy = create_database_engine(
            resolve_config(str(config.home), f"sqlite:///{backup}", environ={}).database_url
        )
        try:
            assert snapshot(copy) == before
            sqlite_checks(copy)
            with copy.connect() as conn:
                assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                    revision
                )
        finally:
            copy.dispose()
    report = restore_database(config, backup)
    assert (report.revision, report.head) == (revision, head_revision())
    engine = create_database_engine(config.database_url)
    try:
        assert snapshot(engine, old_columns) == before
    finally:
        engine.dispose()
    with capsys.disabled():
        backend = "SQLite" if config.is_sqlite else "PostgreSQL"
        counts = ", ".join(
            f"{table} {before[table][0]}→{after[table][0]}" for table in sorted(before)
        )
        print(f"\nmigration {revision}→{head_revision()} on {backend}: {counts}")
