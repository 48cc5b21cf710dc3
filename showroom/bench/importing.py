"""The import figure: a realistic customer spreadsheet, imported against a raw Core insert of
the very rows the import wrote."""

from __future__ import annotations

import csv
import random
import statistics
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import phonenumbers
from sqlalchemy import insert, select

from showroom.demo import data as data
from showroom.demo.world import _person, _Phones
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.models import Base

HEADERS = ("Name", "Mobile", "E-mail", "Status", "Source", "Consultant", "Budget", "Notes")
_STATUSES = ("lead", "prospect", "Prospect", "customer", "线索", "意向客户", "")
_SOURCES = ("walk-in", "phone", "web", "referral", "event", "到店", "网络", "")
_CONSULTANTS = ("Anna Kowalska", "ben.carter", "li.na", "")
_FORMATS = (phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.NATIONAL)


def write_import_csv(path: Path, rows: int, seed: int = 7) -> Path:
    """A CSV as a showroom's old spreadsheet looks: mixed locales and phone formats, Chinese
    status and source words, a consultant column; about 1 % of rows break a rule and about
    1 % repeat an earlier row's phone (both are reported, not imported)."""
    rng = random.Random(seed)
    phones = _Phones(rng)
    locales = list(data.LOCALES)
    weights = [data.LOCALES[code][2] for code in locales]
    written: list[str] = []
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADERS)
        for i in range(rows):
            locale = rng.choices(locales, weights)[0]
            region, _, _, domain = data.LOCALES[locale]
            name, given, family = _person(rng, locale)
            e164 = phones.next(region)
            number = phonenumbers.parse(e164, None)
            # A GB showroom: its own numbers typed nationally, foreign ones internationally.
            style = _FORMATS[1] if region == "GB" and rng.random() < 0.7 else _FORMATS[0]
            phone = phonenumbers.format_number(number, style)
            email = f"{given}.{family}{i}@{domain}".lower()
            kind = rng.random()
            if kind < 0.01:
                email = email.replace("@", " at ")  # breaks the e-mail rule
            elif kind < 0.02 and written:
                phone = rng.choice(written)  # a duplicate of an earlier row
            written.append(phone)
            budget = f"£{rng.randrange(15, 90) * 1000:,}" if rng.random() < 0.4 else ""
            note = "Called back about the SUV" if rng.random() < 0.1 else ""
            out.writerow(
                (
                    name,
                    phone,
                    email,
                    rng.choice(_STATUSES),
                    rng.choice(_SOURCES),
                    rng.choice(_CONSULTANTS),
                    budget,
                    note,
                )
            )
    return path


IMPORTED_TABLES = ("customers", "customer_phones", "interactions")
PRELUDE_TABLES = ("users", "settings")


def copy_rows(db: Database, tables: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    with db.reader() as session:
        return {
            name: [dict(r._mapping) for r in session.execute(select(Base.metadata.tables[name]))]
            for name in tables
        }


def raw_insert_seconds(db: Database, rows: dict[str, list[dict[str, Any]]]) -> float:
    """Core executemany of ``rows`` (table by table, 20,000 at a time) in one transaction."""
    started = time.perf_counter()
    with db.session() as session:
        conn = session.connection()
        for name, values in rows.items():
            table = Base.metadata.tables[name]
            for start in range(0, len(values), 20_000):
                conn.execute(insert(table), values[start : start + 20_000])
    return time.perf_counter() - started


OpenDatabase = Callable[[Path, str, str | None], AbstractContextManager[tuple[AppConfig, Database]]]


def measure_import(
    workdir: Path,
    rows: int,
    postgres_url: str | None,
    repeats: int,
    open_db: OpenDatabase,
) -> dict[str, float]:
    """Import a ``rows``-row CSV into a fresh database, then insert the very rows the import
    wrote (customers, their phones, the "Imported from" notes) with raw Core executemany into
    another fresh database with the same schema and triggers; ``repeats`` times, interleaved.

    Returns the medians: import seconds, raw seconds, rows read, rows imported.
    """
    from showroom.customers.importing import import_customer_file
    from showroom.demo.world import _ensure_staff
    from showroom.kernel.settings_store import load_settings

    path = write_import_csv(workdir / f"import-{rows}.csv", rows)
    app_s: list[float] = []
    raw_s: list[float] = []
    read = imported = 0
    for attempt in range(repeats):
        with open_db(workdir, f"import-app-{attempt}", postgres_url) as (_, db):
            with db.session() as session:
                _ensure_staff(session)
            with db.session() as session:
                settings = load_settings(session)
                started = time.perf_counter()
                report = import_customer_file(session, path, settings)
                session.flush()
            app_s.append(time.perf_counter() - started)  # the commit included
            read, imported = report.rows_read, report.imported
            written = copy_rows(db, IMPORTED_TABLES)
            prelude = copy_rows(db, PRELUDE_TABLES)
        with open_db(workdir, f"import-raw-{attempt}", postgres_url) as (_, db):
            raw_insert_seconds(db, prelude)
            raw_s.append(raw_insert_seconds(db, written))
    return {
        "import_s": statistics.median(app_s),
        "raw_s": statistics.median(raw_s),
        "rows_read": float(read),
        "rows_imported": float(imported),
    }
