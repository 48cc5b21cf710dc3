"""Finding customers: the list's filters and the search over names, phones, e-mail, plates
and VINs, on SQLite (FTS5 trigram and prefix indexes) and PostgreSQL (trigram and full text)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import (
    Select,
    and_,
    exists,
    false,
    func,
    literal,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from showroom.core.ids import CustomerId, is_record_id
from showroom.core.text import fold, has_control_characters
from showroom.customers.domain import (
    CustomerSource,
    CustomerStatus,
)
from showroom.kernel.access import visible_customers
from showroom.storage.models import Customer, FollowUp, User


# --- listing and search ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CustomerFilter:
    """What the customers list shows: a search text and the filters beside it."""

    text: str = ""
    status: str | None = None
    consultant_id: int | None = None
    source: str | None = None
    follow_up: str | None = None  # "overdue", "today", "week"
    today: date | None = None
    actor_id: int | None = None  # limits a consultant to the customers they may see


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customers list."""

    id: CustomerId
    full_name: str
    phone: str | None
    email: str | None
    status: str
    consultant: str | None
    created_at: datetime
    sort_key: str


SHORT_TERM = 3  # shorter terms search word prefixes; longer ones any fragment
MAX_TERMS = 10  # nobody types more words; a pasted page must not build a giant query


def search_terms(query: str) -> list[str]:
    """Fold a typed query into terms; phone fragments keep only their digits.

    Control characters (which no index holds and PostgreSQL refuses in text) are read as
    spaces; only the first MAX_TERMS terms count.
    """
    query = "".join(" " if has_control_characters(c) else c for c in query)
    stripped = query.strip()
    digits_only = "".join(c for c in stripped if c.isdigit())
    if len(digits_only) >= SHORT_TERM and all(c.isdigit() or c in " +()-./" for c in stripped):
        return [digits_only]  # a phone number typed with spaces: one fragment
    terms: list[str] = []
    for raw in query.split():
        term = fold(raw)
        digits = "".join(c for c in term if c.isdigit())
        if digits and all(c.isdigit() or c in "+()-./" for c in term):
            term = digits
        term = term.replace('"', "")
        if term:
            terms.append(term)
    return terms[:MAX_TERMS]


def fts_match(term: str) -> tuple[str, str]:
    """The SQLite FTS5 table and MATCH expression that find one search term."""
    if len(term) >= SHORT_TERM:
        return "customers_fts", '"' + term + '"'
    return "customers_words", '"' + term + '" *'


def _search_condition(
    session: Session, terms: list[str], walk: bool = False
) -> ColumnElement[bool]:
    """A WHERE clause for the search terms, by backend (FTS5 on SQLite, pg_trgm on PG).

    ``walk`` (SQLite): test each customer's id against the matches (``+id`` keeps SQLite from
    looking customers up by id) so that the name index gives the order.
    """
    conditions: list[ColumnElement[bool]] = []
    sqlite = session.get_bind().dialect.name == "sqlite"
    for index, term in enumerate(terms):
        name = f"term{index}"
        if sqlite:
            table, match = fts_match(term)
            column = "+customers.id" if walk else "customers.id"
            clause = text(
                f"{column} IN (SELECT rowid FROM {table} WHERE {table} MATCH :{name})"
            ).bindparams(**{name: match})
        elif len(term) >= SHORT_TERM:
            clause = text(f"customers.search_text LIKE :{name}").bindparams(
                **{
                    name: "%"
                    + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%"
                }
            )
        else:
            clause = text(
                f"to_tsvector('simple', customers.search_text) @@ to_tsquery('simple', :{name})"
            ).bindparams(**{name: _ts_prefix(term)})
        conditions.append(clause)  # type: ignore[arg-type]
    return and_(*conditions)


def _ts_prefix(term: str) -> str:
    """A to_tsquery prefix query for one short term, quoted so any character is literal."""
    escaped = term.replace("\\", "\\\\").replace("'", "''")
    return f"'{escaped}':*"


_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


def _filtered(session: Session, query: _Query, flt: CustomerFilter, walk: bool = False) -> _Query:
    visible = visible_customers(session, flt.actor_id)
    if visible is not None:
        query = query.where(visible)
    terms = search_terms(flt.text)
    if terms:
        query = query.where(_search_condition(session, terms, walk))
    # A filter value no record can have matches nothing (and is never sent to the database:
    # a stray character or an id beyond the column's range would make it fail).
    if flt.status:
        known = flt.status in {s.value for s in CustomerStatus}
        query = query.where(Customer.status == flt.status if known else false())
    if flt.consultant_id is not None:
        query = query.where(
            Customer.assigned_consultant_id == flt.consultant_id
            if is_record_id(flt.consultant_id)
            else false()
        )
    if flt.source:
        known = flt.source in {s.value for s in CustomerSource}
        query = query.where(Customer.source == flt.source if known else false())
    if flt.follow_up:
        today = flt.today or date.today()
        due = FollowUp.due_on < today
        if flt.follow_up == "today":
            due = FollowUp.due_on == today
        elif flt.follow_up == "week":
            from datetime import timedelta

            due = and_(FollowUp.due_on >= today, FollowUp.due_on < today + timedelta(days=7))
        query = query.where(
            exists().where(FollowUp.customer_id == Customer.id, FollowUp.done_at.is_(None), due)
        )
    return query


# A big match set is not fetched and sorted whole: SQLite walks the name index, testing each
# customer against the matches, and stops at the page's end. That pays when every term
# matches at least one customer in WALK_DENSITY; the walk looks at no more than limit x
# WALK_SPAN names or 1/WALK_SHARE of all (whichever is more: matches crowd under a few first
# names, e.g. "anna", or a script, e.g. Chinese names after the Latin ones); a page not
# found there is fetched and sorted after all.
WALK_DENSITY = 50
WALK_SPAN = 100
WALK_SHARE = 8


def walk_bound(
    scalar: Callable[[str, tuple[Any, ...]], Any],
    terms: list[str],
    after: tuple[str, int] | None,
    limit: int,
) -> tuple[bool, str | None]:
    """Whether SQLite should walk the name index for ``terms``, and the last name to walk to
    (None: to the end). ``scalar(sql, params)`` runs one SQL statement and returns its value;
    the benchmark's raw baseline runs the very same statements on a bare cursor."""
    if not terms or limit <= 0:
        return False, None
    total = scalar("SELECT max(id) FROM customers", ()) or 0
    enough = max(limit, total // WALK_DENSITY)
    for term in terms:
        table, match = fts_match(term)
        found = scalar(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)",
            (match, enough),
        )
        if found < enough:
            return False, None  # a small match set: fetching and sorting it is quick
    sql = "SELECT name_folded FROM customers"
    params: tuple[Any, ...] = ()
    if after is not None:
        sql += " WHERE (name_folded, id) > (?, ?)"
        params = (after[0], after[1])
    span = max(limit * WALK_SPAN, total // WALK_SHARE)
    bound = scalar(sql + " ORDER BY name_folded, id LIMIT 1 OFFSET ?", (*params, span))
    return True, bound


# PostgreSQL left to itself walks the name index for any search and tests each customer's
# text on the way: quick when matches are everywhere, seconds' worth of rows when they
# crowd at the end of the alphabet (Chinese names, one country's phone prefix). Counting the
# matches first (up to a cap) tells the two apart: a set below the cap is fetched through
# the full-text index and sorted (2-16 ms at 100k where the walk took 45-270 ms); a bigger
# one is dense enough for the walk to fill the page early.
FENCE_SHARE = 10
_MAX_ID = "SELECT max(id) FROM customers"
# PostgreSQL's default page costs are a spinning disk's: with them the planner often reads
# the whole table for a term the trigram index finds in a few pages (20 ms against 4 at
# 100k). For this transaction's search, the costs of a disk with fast random reads.
SEARCH_COSTS = "SET LOCAL random_page_cost = 1.1"


def fence_cap(customers: int, limit: int) -> int:
    """How many matches PostgreSQL counts before it lets the name index give the order."""
    return max(limit * 25, customers // FENCE_SHARE)


def search_customers(
    session: Session,
    flt: CustomerFilter,
    after: tuple[str, int] | None = None,
    limit: int = 200,
) -> list[CustomerRow]:
    """Customers matching ``flt`` in name order, ``limit`` at a time after ``(name, id)``.

    Search ignores case and accents; a term of 3+ characters matches anywhere in the name,
    phone digits, e-mail, plate or VIN; a shorter one matches the start of a word (so a
    two-character Chinese name is found). Keyset paging keeps every page as fast as the first.
    """

    def rows(walk: bool, bound: str | None = None, fence: bool = False) -> list[CustomerRow]:
        consultant = aliased(User)
        # ``fence`` (PostgreSQL): sort by an expression no index has, so the matches are
        # found through the full-text index and then sorted (the same order: `|| ''` keeps
        # the text and its collation).
        name_order = Customer.name_folded.op("||")(literal("")) if fence else Customer.name_folded
        query = (
            select(
                Customer.id,
                Customer.full_name,
                Customer.primary_phone,
                Customer.email,
                Customer.status,
                consultant.display_name,
                Customer.created_at,
                Customer.name_folded,
            )
            .outerjoin(consultant, consultant.id == Customer.assigned_consultant_id)
            .order_by(name_order, Customer.id)
        )
        # The walk picks the page's ids from the name index alone (no customer row is read
        # for a name that does not match), then reads those rows.
        page = select(Customer.id).order_by(Customer.name_folded, Customer.id) if walk else query
        page = _filtered(session, page, flt, walk).limit(limit)
        if after is not None:
            page = page.where(tuple_(Customer.name_folded, Customer.id) > tuple_(*after))
        if bound is not None:
            page = page.where(Customer.name_folded <= bound)
        if walk:
            page = query.where(Customer.id.in_(page))
        return [
            CustomerRow(CustomerId(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7])
            for r in session.execute(page)
        ]

    if session.get_bind().dialect.name == "sqlite":
        connection = session.connection()

        def scalar(sql: str, params: tuple[Any, ...]) -> Any:
            return connection.exec_driver_sql(sql, params).scalar()

        walk, bound = walk_bound(scalar, search_terms(flt.text), after, limit)
        if walk:
            found = rows(True, bound)
            if len(found) >= limit or bound is None:
                return found
        return rows(False)
    terms = search_terms(flt.text)
    if not terms:
        return rows(False)
    connection = session.connection()
    connection.exec_driver_sql(SEARCH_COSTS)
    cap = fence_cap(int(connection.exec_driver_sql(_MAX_ID).scalar() or 0), limit)
    matched = session.scalar(
        select(func.count()).select_from(
            _filtered(session, select(Customer.id), flt).limit(cap).subquery()
        )
    )
    return rows(False, fence=int(matched or 0) < cap)


def list_customers_page(
    session: Session, after: tuple[str, int] | None = None, limit: int = 200
) -> list[CustomerRow]:
    """All customers in name order, a page at a time."""
    return search_customers(session, CustomerFilter(), after, limit)


def count_customers(session: Session, flt: CustomerFilter | None = None) -> int:
    query = select(func.count(Customer.id))
    if flt is not None:
        query = _filtered(session, query, flt)
    return int(session.scalar(query) or 0)
