"""Search finds the same customers, in the same order, whichever plan the database runs.

A big match set walks the name index (SQLite) instead of fetching and sorting every match;
these tests compare every page against a plain Python filter over all customers, on demo
data with many matches per short term, Chinese names and phone digits.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from showroom.customers import search as customer_search
from showroom.customers.search import CustomerFilter, search_customers, search_terms
from showroom.demo.world import generate_demo
from showroom.storage.config import resolve_config
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.storage.models import Customer, User


def _everyone(db: Database) -> list[tuple[int, str, str]]:
    """(id, name_folded, search_text) of every customer, in the database's name order."""
    with db.reader() as session:
        rows = session.execute(
            select(Customer.id, Customer.name_folded, Customer.search_text).order_by(
                Customer.name_folded, Customer.id
            )
        ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def _words(search_text: str, sqlite: bool) -> list[str]:
    """The words a short term may start: SQLite's FTS5 splits at every non-alphanumeric
    character; PostgreSQL's text parser keeps an e-mail address whole."""
    if sqlite:
        return re.split(r"[\W_]+", search_text)
    words: list[str] = []
    for part in search_text.split():
        words += [part] if "@" in part else re.split(r"[\W_]+", part)
    return words


def _matches(term: str, search_text: str, sqlite: bool) -> bool:
    """The documented rule: 3+ characters anywhere, a shorter term at the start of a word."""
    if len(term) >= customer_search.SHORT_TERM:
        return term in search_text
    return any(word.startswith(term) for word in _words(search_text, sqlite))


def _expected(db: Database, everyone: list[tuple[int, str, str]], query: str) -> list[int]:
    terms = search_terms(query)
    return [i for i, _, text in everyone if all(_matches(t, text, db.is_sqlite) for t in terms)]


def _paged(db: Database, query: str, limit: int, **flt: Any) -> list[int]:
    found: list[int] = []
    after: tuple[str, int] | None = None
    while True:
        with db.reader() as session:
            page = search_customers(session, CustomerFilter(text=query, **flt), after, limit)
        found += [r.id for r in page]
        if len(page) < limit:
            return found
        after = (page[-1].sort_key, page[-1].id)


def _queries(everyone: list[tuple[int, str, str]]) -> list[str]:
    rng = random.Random(7)
    words = sorted({w for _, _, text in everyone for w in text.split()})
    chinese = sorted({w for w in words if any("\u4e00" <= c <= "\u9fff" for c in w)})
    queries = ["a", "j", "m", "wa", "li", "an", "49", "86", "131", "4915", "61312", "com", "王"]
    queries += [w[:2] for w in rng.sample(chinese, min(6, len(chinese)))]
    queries += [w[:1] for w in rng.sample(chinese, min(4, len(chinese)))]
    for _ in range(25):
        word = rng.choice(words)
        size = rng.randint(1, 6)
        start = rng.randrange(0, max(1, len(word) - size + 1))
        queries.append(word[start : start + size])
    queries += ["a li", "wa 4", "ma 49", "zzzz", "12 34"]
    return queries


@pytest.mark.parametrize("span", [100, 3])
def test_every_plan_finds_the_customers_a_plain_filter_finds_in_name_order(
    db: Database, span: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as session:
        generate_demo(session, customers=800, seed=3, interactions_per_customer=0)
    # SQLite: a short walk (span 3) often ends before a page is full and falls back; a long
    # one not. PostgreSQL: by default these match sets are fetched and sorted (below the
    # cap); with a cap of 30 the bigger ones are left to the name index.
    monkeypatch.setattr(customer_search, "WALK_SPAN", span)
    if span == 3:
        monkeypatch.setattr(customer_search, "fence_cap", lambda customers, limit: 30)
    everyone = _everyone(db)
    walked = 0
    for query in _queries(everyone):
        expected = _expected(db, everyone, query)
        with db.reader() as session:
            first = [r.id for r in search_customers(session, CustomerFilter(text=query))]
        assert first == expected[:200], query
        assert _paged(db, query, 40) == expected, query
        walked += len(expected) >= 40
    assert walked >= 5  # many queries were big enough for the walk


def test_the_walk_keeps_the_other_filters_and_what_a_consultant_may_see(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as session:
        generate_demo(session, customers=800, seed=4, interactions_per_customer=0)
        consultant = session.scalar(select(User.id).where(User.role == "consultant").limit(1))
    monkeypatch.setattr(customer_search, "WALK_SPAN", 3)
    texts = {i: text for i, _, text in _everyone(db)}
    for flt in ({"status": "lead"}, {"actor_id": consultant}):
        # Without search text nothing is walked: the filtered list in name order.
        listed = _paged(db, "", 40, **flt)
        assert 0 < len(listed) < len(texts)
        for query in ["a", "j", "an", "49", "com", "4915", "a 4", "王"]:
            terms = search_terms(query)
            expected = [
                i for i in listed if all(_matches(t, texts[i], db.is_sqlite) for t in terms)
            ]
            assert _paged(db, query, 40, **flt) == expected, (query, flt)


@pytest.mark.postgres
def test_after_a_demo_postgresql_searches_through_its_index(
    postgres_url: str, tmp_path: Path
) -> None:
    """The demo leaves fresh planner statistics: a short term is looked up in the full-text
    index at once, not by reading every customer (what a table never analysed gets)."""
    db = open_database(resolve_config(str(tmp_path / "home"), postgres_url, environ={}))
    try:
        with db.session() as session:
            generate_demo(session, customers=3000, seed=5, interactions_per_customer=0)
        with db.reader() as session:
            conn = session.connection()
            tuples = conn.exec_driver_sql(
                "SELECT reltuples FROM pg_class WHERE relname = 'customers'"
            ).scalar_one()
            plan = "\n".join(
                conn.exec_driver_sql(
                    "EXPLAIN SELECT id FROM customers WHERE to_tsvector('simple', search_text) "
                    "@@ to_tsquery('simple', %(q)s) ORDER BY name_folded, id LIMIT 200",
                    {"q": "'en':*"},
                ).scalars()
            )
    finally:
        db.dispose()
    assert tuples >= 3000
    assert "Seq Scan on customers" not in plan, plan
