"""Realistic, reproducible demo data, written with Core inserts so 100,000 customers take seconds.

The same ``seed`` always gives the same people, cars and timelines. Everything is written in
one unit of work: an interrupted demo leaves the database as it was.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from showroom.core.errors import ValidationError
from showroom.core.text import fold
from showroom.customers.domain import compose_search_text
from showroom.demo import data as data
from showroom.demo.data import make_vin
from showroom.demo.deals import generate_deals_demo
from showroom.demo.deliveries import add_demo_deliveries
from showroom.demo.showroom_day import add_showroom_day_demo
from showroom.demo.test_drives import add_demo_test_drives
from showroom.kernel.roles import Role
from showroom.kernel.settings_store import load_settings, save_settings
from showroom.storage.models import (
    Customer,
    CustomerPhone,
    FollowUp,
    Interaction,
    User,
    Vehicle,
    WalkIn,
)
from showroom.vehicles.domain import FleetStatus, StockStatus, VehicleRole

MAX_CUSTOMERS = 5_000_000
CHUNK = 20_000
ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """How many rows the demo added."""

    customers: int
    interactions: int
    vehicles: int
    users: int
    walk_ins: int = 0
    follow_ups: int = 0
    # The passwords of the staff this run added (user name -> password), to be shown once.
    passwords: dict[str, str] = field(default_factory=dict)


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


class _Phones:
    """Valid mobile numbers per region: the region's example mobile with its last six
    digits replaced by a per-region counter scrambled by a multiplier coprime to 10**6."""

    def __init__(self, rng: random.Random) -> None:
        self._prefix: dict[str, str] = {}
        self.country_digits: dict[str, int] = {}
        for region, *_ in data.LOCALES.values():
            example = phonenumbers.example_number_for_type(
                region, phonenumbers.PhoneNumberType.MOBILE
            )
            assert example is not None, region
            national = str(example.national_number)
            self._prefix[region] = f"+{example.country_code}{national[:-6]}"
            self.country_digits[region] = len(str(example.country_code))
        self._counter = dict.fromkeys(self._prefix, rng.randrange(1_000_000))

    def next(self, region: str) -> str:
        n = self._counter[region] = (self._counter[region] + 1) % 1_000_000
        return f"{self._prefix[region]}{(n * 7_919) % 1_000_000:06d}"


def _uk_plate(rng: random.Random, year: int) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = year % 100 if rng.random() < 0.5 else (year % 100) + 50
    return (
        f"{rng.choice(letters)}{rng.choice(letters)}{age:02d} "
        f"{''.join(rng.choice(letters) for _ in range(3))}"
    )


def _person(rng: random.Random, locale: str) -> tuple[str, str, str]:
    """(full name, given ASCII, family ASCII) for one locale."""
    if locale == "zh":
        family, family_ascii = rng.choice(data.ZH_FAMILY)
        given, given_ascii = rng.choice(data.ZH_GIVEN)
        return family + given, given_ascii, family_ascii
    pools = {
        "en": (data.EN_GIVEN, data.EN_FAMILY),
        "de": (data.DE_GIVEN, data.DE_FAMILY),
        "fr": (data.FR_GIVEN, data.FR_FAMILY),
        "pl": (data.PL_GIVEN, data.PL_FAMILY_M),
    }
    given_pool, family_pool = pools[locale]
    given, given_ascii = rng.choice(given_pool)
    family, family_ascii = rng.choice(family_pool)
    if locale == "pl" and given in data.PL_FEMININE_GIVEN and family.endswith("ski"):
        family, family_ascii = family[:-1] + "a", family_ascii[:-1] + "a"
    return f"{given} {family}", given_ascii, family_ascii


def _ensure_staff(
    session: Session, password: str | None = None, passwords: dict[str, str] | None = None
) -> list[int]:
    """The demo consultants, manager and admin (created once); returns the consultants' ids.

    Each added user gets ``password`` if given, else a random one of their own (never a
    shared published password: a demo run on a real database must not open it); the
    passwords given are put in ``passwords`` (user name -> password)."""
    import secrets

    from showroom.admin.users import hash_password

    wanted = [(u, n, Role.CONSULTANT) for u, n in data.CONSULTANTS]
    wanted.append((data.MANAGER[0], data.MANAGER[1], Role.MANAGER))
    wanted.append((data.ADMIN[0], data.ADMIN[1], Role.ADMIN))
    existing = {name: uid for name, uid in session.execute(select(User.username, User.id))}
    shared = hash_password(password) if password else None  # Argon2 is slow on purpose
    for username, name, role in wanted:
        if username not in existing:
            own = password or secrets.token_urlsafe(12)
            if passwords is not None:
                passwords[username] = own
            password_hash = shared or hash_password(own)
            user = User(
                username=username,
                display_name=name,
                role=role.value,
                password_hash=password_hash,
            )
            session.add(user)
            session.flush()
            existing[username] = user.id
    return [existing[u] for u, _ in data.CONSULTANTS]


def _vehicles(session: Session, rng: random.Random, now: datetime) -> list[dict[str, Any]]:
    start_serial = (session.scalar(select(func.count(Vehicle.id))) or 0) + 100_000
    existing_vins = set(session.scalars(select(Vehicle.vin)))
    rows: list[dict[str, Any]] = []
    floor = list(data.FLOOR_POSITIONS)
    serial = start_serial
    for index in range(80):
        make, wmi, models = rng.choice(data.CATALOGUE)
        model, trims, price = rng.choice(models)
        year = rng.choice((2025, 2026, 2026, 2027))
        serial += 1
        vin = make_vin(rng, wmi, model, year, serial)
        if vin in existing_vins:
            continue
        fleet = index < 20
        status: FleetStatus | StockStatus
        if fleet:
            role, status = (
                VehicleRole.FLEET,
                rng.choice(
                    [FleetStatus.AVAILABLE] * 6 + [FleetStatus.IN_PREPARATION, FleetStatus.ON_DRIVE]
                ),
            )
        else:
            role = VehicleRole.STOCK
            status = rng.choice(
                [StockStatus.IN_STOCK] * 5
                + [StockStatus.IN_TRANSIT, StockStatus.RESERVED, StockStatus.SOLD]
                + [StockStatus.ON_DISPLAY] * 2
            )
        position = floor.pop(0) if status == StockStatus.ON_DISPLAY and floor else None
        if status == StockStatus.ON_DISPLAY and position is None:
            status = StockStatus.IN_STOCK
        rows.append(
            {
                "role": role.value,
                "status": status.value,
                "vin": vin,
                "stock_number": f"S{serial}",
                "make": make,
                "model": model,
                "trim": rng.choice(trims),
                "colour": rng.choice(data.COLOURS),
                "year": year,
                "list_price": Decimal(price + rng.randrange(0, 40) * 250),
                "plate": _uk_plate(rng, year) if fleet else None,
                "odometer_km": rng.randrange(300, 9_000) if fleet else rng.randrange(0, 30),
                "fuel_percent": rng.randrange(40, 101) if fleet else None,
                "floor_position": position,
                "created_at": now - timedelta(days=rng.randrange(1, 200)),
                "version": 1,
            }
        )
    return rows


ANALYZED_TABLES = ("customers", "customer_phones", "interactions", "walk_ins", "follow_ups")


def generate_demo(
    session: Session,
    customers: int,
    seed: int = 1,
    interactions_per_customer: float = 10.0,
    now: datetime | None = None,
    progress: ProgressCallback | None = None,
    password: str | None = None,
) -> DemoSummary:
    """Add ``customers`` demo customers with a year of timeline, staff and a vehicle stock;
    the staff added get ``password``, or each a random one (``DemoSummary.passwords``)."""
    if not 0 < customers <= MAX_CUSTOMERS:
        raise ValidationError(
            "customers",
            "must be a whole number from 1 to {max_customers:,}",
            max_customers=MAX_CUSTOMERS,
        )
    rng = random.Random(seed)
    now = now or datetime.now(UTC).replace(microsecond=0)
    settings = load_settings(session)
    save_settings(session, settings)  # writes the defaults once, so every PC sees them
    users_before = session.scalar(select(func.count(User.id))) or 0
    passwords: dict[str, str] = {}
    consultant_ids = _ensure_staff(session, password, passwords)
    users_added = (session.scalar(select(func.count(User.id))) or 0) - users_before
    conn = session.connection()

    vehicle_rows = _vehicles(session, rng, now)
    if vehicle_rows:
        conn.execute(insert(_table(Vehicle)), vehicle_rows)
    models = [f"{v['make']} {v['model']}" for v in vehicle_rows] or ["Volkswagen Golf"]

    first_id = (session.scalar(select(func.max(Customer.id))) or 0) + 1
    first_interaction = (session.scalar(select(func.max(Interaction.id))) or 0) + 1
    phones = _Phones(rng)
    locales = list(data.LOCALES)
    weights = [data.LOCALES[code][2] for code in locales]
    statuses = (
        ["lead"] * 35 + ["prospect"] * 30 + ["customer"] * 15 + ["owner"] * 10 + ["lost"] * 10
    )
    sources = ["walk_in"] * 45 + ["phone"] * 20 + ["web"] * 20 + ["referral"] * 10 + ["event"] * 5
    kinds = list(data.INTERACTION_WEIGHTS)
    kind_weights = [data.INTERACTION_WEIGHTS[k] for k in kinds]
    max_per_customer = max(1, round(interactions_per_customer * 2) - 1)

    interaction_id = first_interaction
    totals = {"interactions": 0, "walk_ins": 0, "follow_ups": 0}
    tables = {
        "customers": _table(Customer),
        "customer_phones": _table(CustomerPhone),
        "interactions": _table(Interaction),
        "walk_ins": _table(WalkIn),
        "follow_ups": _table(FollowUp),
    }
    zone = ZoneInfo(settings.timezone)
    today = now.astimezone(zone).date()
    purposes = (
        ["browsing"] * 5 + ["test_drive"] * 2 + ["purchase_talk"] * 2 + ["pick_up", "service"]
    )

    local_now = now.astimezone(zone)
    days = [today - timedelta(days=back) for back in range(366)]

    def open_moment() -> datetime:
        """A moment of the past year within showroom hours (09:00-19:00, local time)."""
        while True:
            day = days[rng.randrange(366)]
            minute = rng.randrange(9 * 60, 19 * 60)
            local = datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=zone)
            if local < local_now:
                return local.astimezone(UTC)

    def walk_in_row(customer_id: int | None, moment: datetime, consultant: int) -> dict[str, Any]:
        stay = timedelta(minutes=rng.randrange(10, 100))
        return {
            "customer_id": customer_id,
            "time_in": moment,
            "time_out": moment + stay if moment + stay < now else None,
            "party_size": rng.choice((1, 1, 1, 2, 2, 3, 4)),
            "purpose": rng.choice(purposes),
            "consultant_id": consultant,
            "description": None if customer_id else "Visitor, did not leave a name",
            "created_by_id": consultant,
            "version": 1,
        }

    def chunks() -> Iterator[dict[str, list[dict[str, Any]]]]:
        nonlocal interaction_id
        batch: dict[str, list[dict[str, Any]]] = {name: [] for name in tables}
        for offset in range(customers):
            customer_id = first_id + offset
            locale = rng.choices(locales, weights)[0]
            region, language, _, domain = data.LOCALES[locale]
            name, given_ascii, family_ascii = _person(rng, locale)
            phone = phones.next(region)
            consultant = rng.choice(consultant_ids)
            model = rng.choice(models)
            count = rng.randint(1, max_per_customer) if interactions_per_customer > 0 else 0
            moments = sorted(open_moment() for _ in range(count))
            created = moments[0] if moments else now - timedelta(days=rng.randrange(365))
            consent = rng.random() < 0.8
            name_folded = fold(name)
            email = f"{given_ascii}.{family_ascii}{customer_id}@{domain}"
            digits = phone[1:]
            national = digits[phones.country_digits[region] :]
            status = rng.choice(statuses)
            batch["customers"].append(
                {
                    "id": customer_id,
                    "full_name": name,
                    "name_folded": name_folded,
                    "email": email,
                    "primary_phone": phone,
                    "status": status,
                    "source": rng.choice(sources),
                    "assigned_consultant_id": consultant,
                    "preferred_language": language,
                    "preferred_channel": rng.choice(("phone", "email", "message")),
                    "preferred_time": None,
                    "address": f"{rng.randrange(1, 200)} {rng.choice(data.STREETS)}, {rng.choice(data.TOWNS)}",
                    "models_of_interest": model,
                    "budget_min": None,
                    "budget_max": Decimal(rng.randrange(18, 70) * 1000),
                    "timeframe": rng.choice(("now", "1-3 months", "3-6 months", "6+ months")),
                    "trade_in_make": None,
                    "trade_in_model": None,
                    "trade_in_year": None,
                    "trade_in_mileage_km": None,
                    "consent_contact": consent,
                    "consent_at": created if consent else None,
                    "notes": None,
                    "trade_in_plate": None,
                    "trade_in_vin": None,
                    "search_text": compose_search_text(
                        name_folded, [(digits, national)], email, [], []
                    ),
                    "created_at": created,
                    "updated_at": moments[-1] if moments else created,
                    "version": 1,
                }
            )
            batch["customer_phones"].append(
                {"customer_id": customer_id, "e164": phone, "label": "mobile", "is_primary": True}
            )
            for moment in moments:
                kind = rng.choices(kinds, kind_weights)[0]
                batch["interactions"].append(
                    {
                        "id": interaction_id,
                        "customer_id": customer_id,
                        "user_id": consultant,
                        "kind": kind,
                        "occurred_at": moment,
                        "summary": rng.choice(data.INTERACTION_TEXTS[kind]).format(model=model),
                    }
                )
                interaction_id += 1
                if kind == "visit":
                    batch["walk_ins"].append(walk_in_row(customer_id, moment, consultant))
            totals["interactions"] += count
            if status in ("lead", "prospect") and rng.random() < 0.35:
                due = today + timedelta(days=rng.randrange(-10, 22))
                batch["follow_ups"].append(
                    {
                        "customer_id": customer_id,
                        "kind": rng.choice(("follow_up",) * 4 + ("return_visit",)),
                        "reason": rng.choice(data.FOLLOW_UP_REASONS).format(model=model),
                        "due_on": due,
                        "assigned_to_id": consultant,
                        "origin": rng.choice(("walk_in", "test_drive", "contact", "manual")),
                        "for_marketing": False,
                        "created_at": min(now, moments[-1] if moments else now),
                        "created_by_id": consultant,
                        "done_at": None,
                        "done_by_id": None,
                        "result": None,
                        "version": 1,
                    }
                )
            if len(batch["customers"]) >= CHUNK:
                yield batch
                batch = {name: [] for name in tables}
        # Today's traffic so far (from opening at 09:00), a few visitors left anonymous.
        opening = datetime.combine(today, time(9), tzinfo=zone)
        minutes_open = int((now - opening).total_seconds() // 60)
        for _ in range(min(28, max(0, minutes_open // 20))):
            moment = opening + timedelta(minutes=rng.randrange(max(1, minutes_open)))
            anonymous = rng.random() < 0.2
            batch["walk_ins"].append(
                walk_in_row(
                    None if anonymous else rng.randrange(first_id, first_id + customers),
                    moment,
                    rng.choice(consultant_ids),
                )
            )
        yield batch

    done = 0
    for batch in chunks():
        for name, rows in batch.items():
            if rows:
                conn.execute(insert(tables[name]), rows)
                if name in totals and name != "interactions":
                    totals[name] += len(rows)
        done += len(batch["customers"])
        if progress is not None:
            progress("customers", done, customers)

    if conn.dialect.name == "postgresql":
        for table in ("customers", "interactions"):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
            )
    generate_deals_demo(session, range(first_id, first_id + customers), now, seed)
    add_showroom_day_demo(session, seed, now)
    add_demo_test_drives(session, seed, now)
    add_demo_deliveries(session, seed, now)
    if conn.dialect.name == "postgresql":
        # Fresh statistics for the tables just filled: until autovacuum gets to them (a
        # minute or more) the planner takes them for empty and scans every customer for a
        # search instead of asking its full-text index.
        conn.execute(text(f"ANALYZE {', '.join(ANALYZED_TABLES)}"))
    return DemoSummary(
        customers=customers,
        interactions=totals["interactions"],
        walk_ins=totals["walk_ins"],
        follow_ups=totals["follow_ups"],
        vehicles=len(vehicle_rows),
        users=users_added,
        passwords=passwords,
    )
