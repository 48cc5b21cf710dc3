"""Customer use cases: create and edit cards, guard against duplicates, merge, search.

Every function takes a Session first and never commits: the caller's unit of work does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import (
    Select,
    and_,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from showroom.domain.customer import (
    CustomerDraft,
    CustomerSource,
    CustomerStatus,
    ValidCustomer,
    search_document,
    validate_customer,
)
from showroom.domain.ids import CustomerId, UserId, is_record_id
from showroom.domain.permissions import Action
from showroom.domain.text import fold, has_control_characters
from showroom.errors import ConflictError, DomainError
from showroom.services.access import require, visible_customers
from showroom.services.audit import record
from showroom.settings import ShowroomSettings
from showroom.storage.models import Base, Customer, CustomerPhone, FollowUp, Interaction, User
from showroom.storage.types import utc_now


class CustomerNotFound(DomainError):
    def __init__(self, customer_id: int) -> None:
        super().__init__("There is no customer with number {customer_id}.", customer_id=customer_id)
        self.customer_id = customer_id


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """Another customer whose phone or e-mail equals one of the card's."""

    id: CustomerId
    full_name: str
    matched_on: str  # "phone" or "email"
    value: str


class DuplicateCustomerError(DomainError):
    """The card's phone or e-mail belongs to another customer already."""

    def __init__(self, matches: list[DuplicateMatch]) -> None:
        first = matches[0]
        super().__init__(
            "{full_name} (customer {id}) has the same {matched_on} {value}: open that card or merge the two.",
            full_name=first.full_name,
            id=first.id,
            matched_on=first.matched_on,
            value=first.value,
        )
        self.matches = matches


# --- reading ------------------------------------------------------------------------------
def get_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id) if is_record_id(customer_id) else None
    if customer is None:
        raise CustomerNotFound(customer_id)
    return customer


def find_duplicates(
    session: Session,
    phones: list[str],
    email: str | None,
    exclude_id: int | None = None,
) -> list[DuplicateMatch]:
    """Customers sharing any of ``phones`` (E.164) or ``email`` (case-insensitive)."""
    matches: list[DuplicateMatch] = []
    seen: set[tuple[int, str]] = set()
    if phones:
        by_phone = (
            select(Customer.id, Customer.full_name, CustomerPhone.e164)
            .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
            .where(CustomerPhone.e164.in_(phones))
        )
        if exclude_id is not None:
            by_phone = by_phone.where(Customer.id != exclude_id)
        for cid, name, e164 in session.execute(by_phone.order_by(Customer.id)):
            if (cid, "phone") not in seen:
                seen.add((cid, "phone"))
                matches.append(DuplicateMatch(CustomerId(cid), name, "phone", e164))
    if email:
        query = select(Customer.id, Customer.full_name, Customer.email).where(
            func.lower(Customer.email) == email.lower()
        )
        if exclude_id is not None:
            query = query.where(Customer.id != exclude_id)
        for cid, name, value in session.execute(query.order_by(Customer.id)):
            if (cid, "email") not in seen:
                seen.add((cid, "email"))
                matches.append(DuplicateMatch(CustomerId(cid), name, "email", value or ""))
    return matches


@dataclass(frozen=True, slots=True)
class CardView:
    """Everything the customer card shows, read in one unit of work."""

    values: dict[str, object]
    phones: list[str]
    consent_at: datetime | None
    version: int
    timeline: list[Any]
    follow_ups: list[tuple[date, str, str]]
    documents: list[Any]


def load_card(
    session: Session, customer_id: int, actor_id: int | None = None, timeline_limit: int = 1000
) -> CardView:
    """Read a customer card with its timeline, open follow-ups and file of printed documents
    (what opening it costs)."""
    from showroom.services.documents import list_documents
    from showroom.services.follow_ups import open_follow_ups
    from showroom.services.timeline import timeline

    require(session, actor_id, Action.VIEW_CUSTOMER, customer_id)
    customer = get_customer(session, customer_id)
    phones = [p.e164 for p in sorted(customer.phones, key=lambda p: not p.is_primary)]
    return CardView(
        values=card_values(customer),
        phones=phones,
        consent_at=customer.consent_at,
        version=customer.version,
        timeline=list(timeline(session, customer_id, limit=timeline_limit)),
        follow_ups=[(t.due_on, t.reason, t.kind) for t in open_follow_ups(session, customer_id)],
        documents=list(list_documents(session, CustomerId(customer_id))),
    )


# --- writing ------------------------------------------------------------------------------
def _apply(customer: Customer, valid: ValidCustomer) -> None:
    customer.full_name = valid.full_name
    customer.name_folded = valid.name_folded
    customer.email = valid.email
    customer.primary_phone = valid.phones[0][0] if valid.phones else None
    customer.status = valid.status.value
    customer.source = valid.source.value
    customer.assigned_consultant_id = valid.assigned_consultant_id
    customer.preferred_language = valid.preferred_language
    customer.preferred_channel = valid.preferred_channel.value if valid.preferred_channel else None
    customer.preferred_time = valid.preferred_time
    customer.address = valid.address
    customer.models_of_interest = valid.models_of_interest
    customer.budget_min = valid.budget_min
    customer.budget_max = valid.budget_max
    customer.timeframe = valid.timeframe
    customer.trade_in_make = valid.trade_in_make
    customer.trade_in_model = valid.trade_in_model
    customer.trade_in_year = valid.trade_in_year
    customer.trade_in_mileage_km = valid.trade_in_mileage_km
    customer.trade_in_plate = valid.trade_in_plate
    customer.trade_in_vin = valid.trade_in_vin
    customer.notes = valid.notes


def _set_phones(customer: Customer, phones: tuple[tuple[str, str], ...]) -> None:
    existing = {p.e164: p for p in customer.phones}
    keep: list[CustomerPhone] = []
    for index, (e164, label) in enumerate(phones):
        phone = existing.get(e164) or CustomerPhone(e164=e164)
        phone.label = label
        phone.is_primary = index == 0
        keep.append(phone)
    customer.phones = keep


def refresh_search_text(session: Session, customer: Customer) -> None:
    """Recompute what search finds this customer by (after any change to those fields)."""
    customer.search_text = search_document(
        customer.name_folded,
        [p.e164 for p in sorted(customer.phones, key=lambda p: not p.is_primary)],
        customer.email,
        [customer.trade_in_plate] if customer.trade_in_plate else [],
        [customer.trade_in_vin] if customer.trade_in_vin else [],
    )


def _check_consultant(session: Session, consultant_id: int | None) -> None:
    if consultant_id is not None and (
        not is_record_id(consultant_id) or session.get(User, consultant_id) is None
    ):
        from showroom.errors import ValidationError

        raise ValidationError(
            "consultant",
            "there is no user with number {consultant_id}",
            consultant_id=consultant_id,
        )


def create_customer(
    session: Session,
    draft: CustomerDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    allow_duplicate: bool = False,
    now: datetime | None = None,
) -> CustomerId:
    """Validate and add a customer card.

    Raises ValidationErrors for broken rules and DuplicateCustomerError when the phone or
    e-mail is another customer's (unless ``allow_duplicate``); nothing is written then.
    """
    now = now or utc_now()
    user = require(session, actor_id, Action.CREATE_CUSTOMER)
    valid = validate_customer(draft, settings.default_region, now.year)
    _check_consultant(session, valid.assigned_consultant_id)
    if user is not None and valid.assigned_consultant_id not in (None, user.id):
        require(session, actor_id, Action.REASSIGN_CUSTOMER)
    if not allow_duplicate:
        matches = find_duplicates(session, [p[0] for p in valid.phones], valid.email)
        if matches:
            raise DuplicateCustomerError(matches)
    customer = Customer(created_at=now, updated_at=now, consent_contact=valid.consent_contact)
    _apply(customer, valid)
    customer.consent_at = now if valid.consent_contact else None
    _set_phones(customer, valid.phones)
    refresh_search_text(session, customer)
    session.add(customer)
    session.flush()
    session.add(
        Interaction(
            customer_id=customer.id,
            user_id=actor_id,
            kind="note",
            occurred_at=now,
            summary="Customer card created",
        )
    )
    record(session, actor_id, "create", "customer", customer.id, customer.full_name)
    return CustomerId(customer.id)


def update_customer(
    session: Session,
    customer_id: int,
    expected_version: int,
    draft: CustomerDraft,
    actor_id: UserId | None,
    settings: ShowroomSettings,
    *,
    allow_duplicate: bool = False,
    now: datetime | None = None,
) -> list[str]:
    """Save an edited card read at ``expected_version``; returns the names of changed fields.

    If another PC saved the card meanwhile, raises ConflictError and changes nothing.
    """
    now = now or utc_now()
    require(session, actor_id, Action.EDIT_CUSTOMER, customer_id)
    customer = get_customer(session, customer_id)
    if customer.version != expected_version:
        raise ConflictError(
            "{full_name}'s card was changed on another PC after you opened it; reload it to see the changes, then apply yours again.",
            full_name=customer.full_name,
        )
    valid = validate_customer(draft, settings.default_region, now.year)
    _check_consultant(session, valid.assigned_consultant_id)
    if not allow_duplicate:
        matches = find_duplicates(
            session, [p[0] for p in valid.phones], valid.email, exclude_id=customer.id
        )
        if matches:
            raise DuplicateCustomerError(matches)
    if valid.assigned_consultant_id != customer.assigned_consultant_id:
        require(session, actor_id, Action.REASSIGN_CUSTOMER)
    before = card_values(customer)
    _apply(customer, valid)
    if valid.consent_contact != customer.consent_contact:
        customer.consent_contact = valid.consent_contact
        customer.consent_at = now if valid.consent_contact else None
    _set_phones(customer, valid.phones)
    refresh_search_text(session, customer)
    after = card_values(customer)
    changed = [name for name in after if after[name] != before[name]]
    if changed:
        customer.updated_at = now
        record(
            session,
            actor_id,
            "update",
            "customer",
            customer.id,
            customer.full_name,
            {name: (before[name], after[name]) for name in changed},
        )
    session.flush()
    return changed


def card_values(customer: Customer) -> dict[str, object]:
    """The card's editable values, for comparing before and after an edit."""
    return {
        "full_name": customer.full_name,
        "phones": tuple((p.e164, p.label) for p in customer.phones),
        "email": customer.email,
        "status": customer.status,
        "source": customer.source,
        "assigned_consultant_id": customer.assigned_consultant_id,
        "preferred_language": customer.preferred_language,
        "preferred_channel": customer.preferred_channel,
        "preferred_time": customer.preferred_time,
        "address": customer.address,
        "models_of_interest": customer.models_of_interest,
        "budget_min": customer.budget_min,
        "budget_max": customer.budget_max,
        "timeframe": customer.timeframe,
        "trade_in_make": customer.trade_in_make,
        "trade_in_model": customer.trade_in_model,
        "trade_in_year": customer.trade_in_year,
        "trade_in_mileage_km": customer.trade_in_mileage_km,
        "trade_in_plate": customer.trade_in_plate,
        "trade_in_vin": customer.trade_in_vin,
        "consent_contact": customer.consent_contact,
        "notes": customer.notes,
    }


def merge_customers(
    session: Session,
    keep_id: int,
    merge_id: int,
    actor_id: UserId | None,
    now: datetime | None = None,
) -> None:
    """Merge customer ``merge_id`` into ``keep_id`` and delete the merged card.

    Every row of every table that points at the merged customer (timeline, follow-ups,
    walk-ins, documents, deals…) is moved to the kept one, so nothing of either is lost.
    Phones and e-mail the kept card lacks are taken over; empty fields are filled.
    """
    if keep_id == merge_id:
        raise DomainError("A customer cannot be merged with itself.")
    require(session, actor_id, Action.MERGE_CUSTOMERS)
    now = now or utc_now()
    keep = get_customer(session, keep_id)
    gone = get_customer(session, merge_id)
    from showroom.services.test_drives import check_drives_can_merge

    check_drives_can_merge(session, keep_id, merge_id)
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "customers" and table.name != "customer_phones":
                session.execute(
                    update(table).where(fk.parent == merge_id).values({fk.parent.name: keep_id})
                )
    own = {p.e164 for p in keep.phones}
    extra = [p for p in gone.phones if p.e164 not in own]
    phones = [(p.e164, p.label) for p in keep.phones] + [(p.e164, p.label) for p in extra]
    values = card_values(keep)
    for name, value in card_values(gone).items():
        if values.get(name) in (None, "") and value not in (None, "") and name != "phones":
            setattr(keep, name, value)
    if keep.email is None and gone.email:
        keep.email = gone.email
    note = f"Merged with the card of {gone.full_name} (customer {gone.id})"
    record(
        session, actor_id, "merge", "customer", keep.id, note, {"merged_customer": (gone.id, None)}
    )
    session.delete(gone)
    session.flush()
    _set_phones(keep, tuple(phones[:5]))
    keep.primary_phone = phones[0][0] if phones else None
    keep.name_folded = fold(keep.full_name)
    refresh_search_text(session, keep)
    keep.updated_at = now
    session.add(
        Interaction(
            customer_id=keep.id, user_id=actor_id, kind="note", occurred_at=now, summary=note
        )
    )
    session.flush()


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


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


__all__ = [
    "ConflictError",
    "CustomerFilter",
    "CustomerNotFound",
    "CustomerRow",
    "DuplicateCustomerError",
    "DuplicateMatch",
    "create_customer",
    "find_duplicates",
    "merge_customers",
    "or_",
    "search_customers",
    "update_customer",
]
