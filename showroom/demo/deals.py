"""Demo data for plans and deals: a busy showroom's last year and the coming weeks.

Called by :func:`showroom.demo.world.generate_demo` after the customers, staff and stock
are written, inside the same unit of work. Written with Core inserts. What it adds:

* the boutique catalogue (once per database);
* last year's completed deals, each with its accepted plan, a delivered car, every checklist
  item done at a plausible time and the steps on the customer's timeline (owners);
* open deals: one for every stock car the base demo left reserved or sold (sold when the
  purchase checklist is complete, as the app itself keeps it), a few more reserving cars in
  stock and a few models to order; items done as time went by, some overdue;
* open plans drawn up in the last weeks for prospects (some with two variants to compare)
  and plans declined over the year.

Checklist items are copied from the templates stored in the database, like the app does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from showroom.deals.checklist import ChecklistKind, ItemState
from showroom.deals.checklist_templates import template_steps
from showroom.deals.domain import (
    AccessoryLine,
    DealStatus,
    PaymentMethod,
    PlanFigures,
    PlanStatus,
    compute_totals,
)
from showroom.demo import data as data
from showroom.demo.data import make_vin
from showroom.kernel.money import format_amount
from showroom.kernel.settings import ShowroomSettings
from showroom.kernel.settings_store import load_settings
from showroom.storage.models import (
    BoutiqueItem,
    Customer,
    Deal,
    DealItem,
    Interaction,
    PlanAccessory,
    PurchasePlan,
    User,
    Vehicle,
)
from showroom.vehicles.domain import StockStatus, VehicleRole
from showroom.vehicles.stock import describe_vehicle

BOUTIQUE: list[tuple[str, str, bool]] = [
    ("All-weather floor mats", "89.99", True),
    ("Rubber boot liner", "64.50", True),
    ("Roof bars", "249.00", True),
    ("Roof box 420 l", "529.00", True),
    ("Detachable tow bar", "895.00", True),
    ("Bike carrier for the tow bar", "449.00", True),
    ("Dash camera, front and rear", "299.00", True),
    ("Paint and fabric protection", "399.00", True),
    ("Mud flaps, set of four", "79.00", True),
    ('Winter wheels 17", fitted', "1450.00", True),
    ("Wallbox 7 kW, installed", "999.00", True),
    ("Child seat i-Size", "319.00", True),
    ("Boot organiser", "45.00", True),
    ("Leather key fob cover", "29.90", True),
    ("Ceramic coating", "649.00", True),
    ("Rear window tint", "289.00", True),
    ("CD changer", "199.00", False),  # retired: still on old plans
]
FEES = Decimal("655.00")  # first registration, number plates and delivery
MAX_COMPLETED = 600
MAX_EXTRA_OPEN = 30
MAX_OPEN_PLANS = 80
MAX_DECLINED = 150
DECLINE_REASONS = [
    "Monthly payment too high",
    "Bought elsewhere",
    "Waiting for the new model",
    "Partner preferred another colour",
    "Trade-in valuation too low",
    "Decided to keep the current car",
]
_USES = [
    "Commuting, 40 km a day",
    "Family car, school runs",
    "Weekend trips with bikes",
    "Company car, high mileage",
    "Town driving, short trips",
]
_MUST_HAVES = [
    "Heated seats, reversing camera",
    "Tow bar, large boot",
    "Apple CarPlay, adaptive cruise control",
    "Seven seats",
    "Range over 400 km",
    "Automatic gearbox",
]
_TRADE_INS = [
    "Ford Focus 2017, 82,000 km",
    "Vauxhall Corsa 2015, 96,000 km",
    "VW Golf 2018, 64,000 km",
    "Toyota Auris 2016, 110,000 km",
    "BMW 1 Series 2019, 48,000 km",
]


@dataclass(frozen=True, slots=True)
class DealsDemoSummary:
    boutique_items: int
    plans: int
    deals_open: int
    deals_completed: int


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def _next_id(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.max(model.id))) or 0) + 1


def _boutique(session: Session) -> list[tuple[int, str, Decimal, bool]]:
    if session.scalar(select(func.count(BoutiqueItem.id))) == 0:
        now = datetime.now().astimezone()
        session.execute(
            insert(_table(BoutiqueItem)),
            [
                {"name": n, "price": Decimal(p), "active": a, "created_at": now, "version": 1}
                for n, p, a in BOUTIQUE
            ],
        )
    return [
        (r[0], r[1], r[2], r[3])
        for r in session.execute(
            select(BoutiqueItem.id, BoutiqueItem.name, BoutiqueItem.price, BoutiqueItem.active)
        )
    ]


class _Writer:
    """Collects rows and ids for one Core insert per table."""

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        zone: ZoneInfo,
        settings: ShowroomSettings,
        now: datetime,
    ) -> None:
        self.session = session
        self.now = now
        self.rng = rng
        self.zone = zone
        self.currency = settings.currency
        self.locale = settings.locale
        self.plan_id = _next_id(session, PurchasePlan)
        self.deal_id = _next_id(session, Deal)
        self.vehicle_id = _next_id(session, Vehicle)
        self.rows: dict[str, list[dict[str, Any]]] = {
            "vehicles": [],
            "purchase_plans": [],
            "plan_accessories": [],
            "deals": [],
            "deal_items": [],
            "interactions": [],
        }
        self.templates = {kind: template_steps(session, kind) for kind in ChecklistKind}
        self.plan_count: dict[int, int] = {}
        self.plan_info: dict[int, tuple[str, str]] = {}  # id: (title, what it proposes)

    def day(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    def at_day(self, day: date, earliest: datetime, latest: datetime) -> datetime:
        """A working-hours moment on ``day``, kept between ``earliest`` and ``latest``."""
        moment = datetime.combine(
            day, time(self.rng.randrange(9, 18), self.rng.randrange(60)), tzinfo=self.zone
        )
        return max(earliest, min(latest, moment))

    def note(
        self, customer: int, user: int | None, when: datetime, kind: str, summary: str
    ) -> None:
        self.rows["interactions"].append(
            {
                "customer_id": customer,
                "user_id": user,
                "kind": kind,
                "occurred_at": when,
                "summary": summary[:500],
            }
        )

    def plan(
        self,
        customer: int,
        consultant: int,
        when: datetime,
        status: PlanStatus,
        vehicle: dict[str, Any] | None,
        catalogue: list[tuple[int, str, Decimal, bool]],
    ) -> tuple[int, list[str]]:
        """Add a plan; returns its id and its accessories' names (for the checklist)."""
        rng = self.rng
        plan_id = self.plan_id
        self.plan_id += 1
        number = self.plan_count.get(customer, 0)
        self.plan_count[customer] = number + 1
        if vehicle is not None:
            list_price = Decimal(vehicle["list_price"])
            make, model = vehicle["make"], vehicle["model"]
        else:
            make, _wmi, models = rng.choice(data.CATALOGUE)
            model, trims, base = rng.choice(models)
            list_price = Decimal(base + rng.randrange(0, 30) * 250)
            order = {
                "order_make": make,
                "order_model": model,
                "order_trim": rng.choice(trims),
                "order_colour": rng.choice(data.COLOURS),
            }
        active = [c for c in catalogue if c[3]] or catalogue
        chosen = rng.sample(active, k=min(len(active), rng.choice((0, 1, 1, 2, 2, 3))))
        lines = [(item, rng.choice((1, 1, 1, 2))) for item in chosen]
        method = rng.choice(
            [PaymentMethod.CASH] * 7 + [PaymentMethod.FINANCE] * 9 + [PaymentMethod.LEASE] * 4
        )
        discount = Decimal(rng.randrange(0, 9) * 250)
        trade_in = Decimal(rng.randrange(20, 90) * 100) if rng.random() < 0.4 else Decimal(0)
        figures_price = list_price - discount + FEES - trade_in
        deposit = Decimal(0)
        term = apr = None
        final = Decimal(0)
        if method is not PaymentMethod.CASH:
            deposit = Decimal(rng.randrange(10, 30) * 100) if trade_in == 0 else Decimal(0)
            term = rng.choice((24, 36, 36, 48, 48, 60))
            apr = Decimal(rng.choice(("3.9", "4.9", "5.9", "6.9", "7.9", "9.9")))
            if method is PaymentMethod.LEASE:
                final = (figures_price * Decimal("0.4")).quantize(Decimal(1))
        row: dict[str, Any] = {
            "id": plan_id,
            "customer_id": customer,
            "consultant_id": consultant,
            "title": f"Plan {'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[number % 26]}",
            "status": status.value,
            "currency": self.currency,
            "budget": (list_price * Decimal("1.1")).quantize(Decimal(1000))
            if rng.random() < 0.6
            else None,
            "intended_use": rng.choice(_USES),
            "must_haves": rng.choice(_MUST_HAVES) if rng.random() < 0.7 else None,
            "vehicle_id": vehicle["id"] if vehicle is not None else None,
            "order_make": None,
            "order_model": None,
            "order_trim": None,
            "order_colour": None,
            "list_price": list_price,
            "discount": discount,
            "fees": FEES,
            "trade_in_allowance": trade_in,
            "trade_in_description": rng.choice(_TRADE_INS) if trade_in else None,
            "payment": method.value,
            "deposit": deposit,
            "term_months": term,
            "apr": apr,
            "final_payment": final,
            "notes": None,
            "created_at": when,
            "created_by_id": consultant,
            "updated_at": when,
            "version": 1,
        }
        if vehicle is None:
            row.update(order)
        self.rows["purchase_plans"].append(row)
        for position, ((_item_id, name, price, _a), quantity) in enumerate(lines):
            self.rows["plan_accessories"].append(
                {
                    "plan_id": plan_id,
                    "boutique_item_id": _item_id,
                    "position": position,
                    "name": name,
                    "unit_price": price,
                    "quantity": quantity,
                }
            )
        totals = compute_totals(
            PlanFigures(
                currency=self.currency,
                list_price=list_price,
                discount=discount,
                accessories=tuple(AccessoryLine(n, p, q) for (_i, n, p, _a), q in lines),
                fees=FEES,
                trade_in_allowance=trade_in,
                payment=method,
                deposit=deposit,
                term_months=term,
                apr=apr,
                final_payment=final,
            )
        )
        if vehicle is not None:
            what = describe_vehicle(make, model, vehicle.get("trim"), vehicle.get("colour"))
            what += f" (stock {vehicle.get('stock_number') or vehicle['vin']})"
        else:
            what = (
                describe_vehicle(make, model, row["order_trim"], row["order_colour"])
                + " (to order)"
            )
        amount = format_amount(totals.to_pay, self.currency, self.locale)
        self.note(
            customer,
            consultant,
            when,
            "note",
            f"Purchase plan “{row['title']}” drawn up: {what}, {amount} {self.currency}",
        )
        self.plan_info[plan_id] = (row["title"], what)
        return plan_id, [f"{name}{f' ×{q}' if q > 1 else ''}" for (_i, name, _p, _a), q in lines]

    def deal(
        self,
        plan_id: int,
        customer: int,
        consultant: int,
        manager: int | None,
        vehicle_id: int | None,
        prior_status: str | None,
        opened: datetime,
        accessories: list[str],
        now: datetime,
        closed: datetime | None = None,
        purchase_done: bool | None = None,
    ) -> int:
        """Add a deal with its copied checklists. ``closed``: completed then, every item
        done. Otherwise items are done as time went by (some overdue); ``purchase_done``
        forces the purchase checklist complete (True) or not (False)."""
        rng = self.rng
        deal_id = self.deal_id
        self.deal_id += 1
        self.rows["deals"].append(
            {
                "id": deal_id,
                "plan_id": plan_id,
                "customer_id": customer,
                "vehicle_id": vehicle_id,
                "consultant_id": consultant,
                "status": (DealStatus.COMPLETED if closed else DealStatus.OPEN).value,
                "vehicle_prior_status": prior_status,
                "opened_at": opened,
                "closed_at": closed,
                "close_reason": None,
                "version": 1,
            }
        )
        title, what = self.plan_info[plan_id]
        self.note(
            customer,
            consultant,
            opened,
            "deal_step",
            f"Deal {deal_id} opened: “{title}” accepted, {what}"
            + (" reserved" if vehicle_id else ""),
        )
        opened_day = self.day(opened)
        today = self.day(now)
        on_track = rng.random() < 0.5  # half the deals keep up; the others have something late
        latest = closed or now
        checklist_names = {
            ChecklistKind.PURCHASE: "Purchase",
            ChecklistKind.INSURANCE: "Insurance",
            ChecklistKind.LICENSING: "Licensing",
            ChecklistKind.ACCESSORIES: "Accessories",
        }
        for kind in ChecklistKind:
            steps = self.templates[kind]
            if kind is ChecklistKind.ACCESSORIES:
                entries = [(name, False, steps) for name in accessories] if steps else []
            else:
                entries = [(s.title, s.needs_value, ()) for s in steps]
            for position, (title_, needs_value, stages) in enumerate(entries):
                dues = [s.due_days for s in stages] if stages else [steps[position].due_days]
                done_count = 0
                done_at: datetime | None = None
                last_by = consultant
                value = self._value(title_, opened_day) if needs_value else None
                for due_days in dues:
                    due = opened_day + timedelta(days=due_days)
                    last = position == len(entries) - 1
                    if closed is not None or (kind is ChecklistKind.PURCHASE and purchase_done):
                        finish = True
                    elif kind is ChecklistKind.PURCHASE and purchase_done is False and last:
                        finish = False  # the car stays reserved: purchase not complete
                    elif due < today:
                        finish = on_track or rng.random() < 0.75  # the rest is overdue
                    else:
                        finish = rng.random() < 0.25  # some done early
                    if not finish:
                        break
                    day = min(today, due + timedelta(days=rng.randrange(-3, 3)), self.day(latest))
                    moment = self.at_day(max(day, opened_day), done_at or opened, latest)
                    done_count += 1
                    done_at = moment
                    last_by = manager if manager and rng.random() < 0.1 else consultant
                    label = checklist_names[kind]
                    step_text = (
                        f"{title_} {stages[done_count - 1].title}" if stages else f"{title_} done"
                    )
                    self.note(
                        customer,
                        last_by,
                        moment,
                        "deal_step",
                        f"Deal {deal_id} · {label}: {step_text}" + (f": {value}" if value else ""),
                    )
                all_done = done_count == len(dues)
                next_due = opened_day + timedelta(days=dues[min(done_count, len(dues) - 1)])
                self.rows["deal_items"].append(
                    {
                        "deal_id": deal_id,
                        "checklist": kind.value,
                        "position": position,
                        "title": title_,
                        "title_zh": None if stages else steps[position].title_zh,
                        "added_to_deal": False,
                        "needs_value": needs_value,
                        "value": value if all_done else None,
                        "stages": "|".join(f"{s.title}@{s.due_days}" for s in stages) or None,
                        "stages_done": done_count if stages else 0,
                        "state": (ItemState.DONE if all_done else ItemState.OPEN).value,
                        "responsible_id": consultant,
                        "due_on": next_due,
                        "done_at": done_at if all_done else None,
                        "done_by_id": last_by if all_done else None,
                        "note": None,
                        "reopen_reason": None,
                        "version": 1,
                    }
                )
        if closed is not None:
            self.note(
                customer,
                consultant,
                closed,
                "deal_step",
                f"Deal {deal_id} · completed: car delivered",
            )
        return deal_id

    def _value(self, title: str, opened_on: date) -> str:
        rng = self.rng
        if "plate" in title.lower():
            letters = "ABCDEFGHJKLMNPRSTUVWXY"
            return f"{rng.choice(letters)}{rng.choice(letters)}75 {''.join(rng.choice(letters) for _ in range(3))}"
        if "date" in title.lower():
            return (opened_on + timedelta(days=rng.randrange(10, 30))).isoformat()
        return f"POL-{rng.randrange(100000, 999999)}"

    def delivered_vehicle(self, when: datetime) -> dict[str, Any]:

        rng = self.rng
        make, wmi, models = rng.choice(data.CATALOGUE)
        model, trims, price = rng.choice(models)
        year = rng.choice((2025, 2026))
        vehicle_id = self.vehicle_id
        self.vehicle_id += 1
        row = {
            "id": vehicle_id,
            "role": VehicleRole.STOCK.value,
            "status": StockStatus.DELIVERED.value,
            "vin": make_vin(rng, wmi, model, year, 500_000 + vehicle_id),
            "stock_number": f"D{vehicle_id:06d}",
            "make": make,
            "model": model,
            "trim": rng.choice(trims),
            "colour": rng.choice(data.COLOURS),
            "year": year,
            "list_price": Decimal(price + rng.randrange(0, 40) * 250),
            "plate": None,
            "odometer_km": rng.randrange(0, 30),
            "fuel_percent": None,
            "floor_position": None,
            "created_at": when - timedelta(days=rng.randrange(10, 60)),
            "version": 1,
        }
        self.rows["vehicles"].append(row)
        return row

    def flush(self) -> None:
        conn = self.session.connection()
        order = (
            "vehicles",
            "purchase_plans",
            "plan_accessories",
            "deals",
            "deal_items",
            "interactions",
        )
        tables = {
            "vehicles": _table(Vehicle),
            "purchase_plans": _table(PurchasePlan),
            "plan_accessories": _table(PlanAccessory),
            "deals": _table(Deal),
            "deal_items": _table(DealItem),
            "interactions": _table(Interaction),
        }
        for name in order:
            rows = self.rows[name]
            for start in range(0, len(rows), 5000):
                conn.execute(insert(tables[name]), rows[start : start + 5000])
        if conn.dialect.name == "postgresql":
            for table in ("vehicles", "purchase_plans", "deals"):
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT coalesce(max(id), 1) FROM {table}))"
                    )
                )


def _pick(rng: random.Random, pool: list[Any], count: int) -> list[Any]:
    chosen = rng.sample(pool, k=min(count, len(pool)))
    for item in chosen:
        pool.remove(item)
    return chosen


def generate_deals_demo(
    session: Session,
    customer_ids: range,
    now: datetime,
    seed: int = 1,
) -> DealsDemoSummary:
    """Add plans and deals for the demo customers ``customer_ids`` (see the module doc)."""
    rng = random.Random(seed * 7_919 + 17)
    settings = load_settings(session)
    zone = ZoneInfo(settings.timezone)
    catalogue = _boutique(session)
    by_status: dict[str, list[tuple[int, int]]] = {}
    fallback = session.scalar(select(User.id).where(User.role == "consultant").limit(1))
    manager = session.scalar(select(User.id).where(User.role.in_(("manager", "admin"))).limit(1))
    if fallback is None:
        return DealsDemoSummary(len(catalogue), 0, 0, 0)
    for cid, status, consultant in session.execute(
        select(Customer.id, Customer.status, Customer.assigned_consultant_id)
        .where(Customer.id.between(customer_ids.start, customer_ids.stop - 1))
        .order_by(Customer.id)
    ):
        by_status.setdefault(status, []).append((cid, consultant or fallback))
    count = len(customer_ids)
    owners = by_status.get("owner", [])
    buyers = by_status.get("customer", [])
    prospects = by_status.get("prospect", [])
    lost = by_status.get("lost", [])
    writer = _Writer(session, rng, zone, settings, now)

    # Last year's completed deals: each customer an owner with a delivered car.
    completed = 0
    for cid, consultant in _pick(rng, owners, min(MAX_COMPLETED, max(1, count // 5))):
        opened = now - timedelta(
            seconds=rng.randrange(
                int(timedelta(days=25).total_seconds()), int(timedelta(days=340).total_seconds())
            )
        )
        closed = min(
            now - timedelta(hours=2),
            opened + timedelta(days=rng.randrange(18, 35), hours=rng.randrange(0, 6)),
        )
        car = writer.delivered_vehicle(opened)
        created = opened - timedelta(days=rng.randrange(1, 20))
        if rng.random() < 0.3:  # a first variant they did not take
            writer.plan(
                cid, consultant, created - timedelta(days=2), PlanStatus.DECLINED, None, catalogue
            )
        plan_id, accessories = writer.plan(
            cid, consultant, created, PlanStatus.ACCEPTED, car, catalogue
        )
        writer.deal(
            plan_id,
            cid,
            consultant,
            manager,
            car["id"],
            StockStatus.IN_STOCK.value,
            opened,
            accessories,
            now,
            closed=closed,
        )
        completed += 1

    # Open deals: first for every car the base demo left reserved or sold without a deal.
    held = set(
        session.scalars(
            select(Deal.vehicle_id).where(
                Deal.status == DealStatus.OPEN.value, Deal.vehicle_id.is_not(None)
            )
        )
    )
    stock = [
        dict(row._mapping)
        for row in session.execute(
            select(
                Vehicle.id,
                Vehicle.status,
                Vehicle.vin,
                Vehicle.stock_number,
                Vehicle.make,
                Vehicle.model,
                Vehicle.trim,
                Vehicle.colour,
                Vehicle.list_price,
            )
            .where(Vehicle.role == VehicleRole.STOCK.value)
            .order_by(Vehicle.id)
        )
        if row.id not in held
    ]
    orphans = [v for v in stock if v["status"] in (StockStatus.RESERVED, StockStatus.SOLD)]
    available = [v for v in stock if v["status"] in (StockStatus.IN_STOCK, StockStatus.ON_DISPLAY)]
    rng.shuffle(available)
    reserve_more = available[: min(MAX_EXTRA_OPEN // 2, len(available) // 4)]
    open_deals = 0
    newly_reserved: list[int] = []
    unmatched: list[int] = []
    for car in orphans + reserve_more:
        if not buyers:
            unmatched.append(car["id"])
            continue
        cid, consultant = _pick(rng, buyers, 1)[0]
        sold = car["status"] == StockStatus.SOLD  # sold exactly when the purchase is complete
        # A reserved car's invoice is still to come: its deal is younger than the invoice's
        # due day, or it is one of the late ones.
        age = rng.randrange(1, 40) if sold or rng.random() < 0.3 else rng.randrange(1, 11)
        opened = now - timedelta(days=age, hours=rng.randrange(0, 8))
        plan_id, accessories = writer.plan(
            cid,
            consultant,
            opened - timedelta(days=rng.randrange(0, 10)),
            PlanStatus.ACCEPTED,
            car,
            catalogue,
        )
        prior = (
            car["status"]
            if car["status"] in (StockStatus.IN_STOCK, StockStatus.ON_DISPLAY)
            else StockStatus.IN_STOCK.value
        )
        writer.deal(
            plan_id,
            cid,
            consultant,
            manager,
            car["id"],
            prior,
            opened,
            accessories,
            now,
            purchase_done=sold,
        )
        if car["status"] in (StockStatus.IN_STOCK, StockStatus.ON_DISPLAY):
            newly_reserved.append(car["id"])
        open_deals += 1
    for _ in range(min(MAX_EXTRA_OPEN // 3, len(buyers))):  # models to order
        cid, consultant = _pick(rng, buyers, 1)[0]
        opened = now - timedelta(days=rng.randrange(1, 45), hours=rng.randrange(0, 8))
        plan_id, accessories = writer.plan(
            cid, consultant, opened - timedelta(days=1), PlanStatus.ACCEPTED, None, catalogue
        )
        writer.deal(plan_id, cid, consultant, manager, None, None, opened, accessories, now)
        open_deals += 1

    # Open plans of the last weeks (some customers comparing two), and declined ones.
    free = [v for v in available if v["id"] not in newly_reserved]
    for cid, consultant in _pick(rng, prospects, min(MAX_OPEN_PLANS, max(1, count // 40))):
        when = now - timedelta(days=rng.randrange(0, 21), hours=rng.randrange(1, 8))
        offer = rng.choice(free) if free and rng.random() < 0.6 else None
        writer.plan(cid, consultant, when, PlanStatus.OPEN, offer, catalogue)
        if rng.random() < 0.4:
            writer.plan(
                cid,
                consultant,
                when + timedelta(minutes=25),
                PlanStatus.OPEN,
                offer if rng.random() < 0.5 else None,
                catalogue,
            )
    for cid, consultant in _pick(rng, lost + prospects, min(MAX_DECLINED, max(1, count // 30))):
        when = now - timedelta(seconds=rng.randrange(12 * 86_400, 350 * 86_400))
        writer.plan(cid, consultant, when, PlanStatus.DECLINED, None, catalogue)
        writer.note(cid, consultant, when + timedelta(days=rng.randrange(2, 10)), "note",
                    f"Purchase plan declined: {rng.choice(DECLINE_REASONS)}")  # fmt: skip
    writer.flush()

    # Keep the stock consistent with the deals written.
    if newly_reserved:
        session.execute(
            update(Vehicle)
            .where(Vehicle.id.in_(newly_reserved))
            .values(status=StockStatus.RESERVED.value)
        )
    if unmatched:  # no customer left to hold them: back in stock
        session.execute(
            update(Vehicle)
            .where(Vehicle.id.in_(unmatched))
            .values(status=StockStatus.IN_STOCK.value)
        )
    winners = [r["customer_id"] for r in writer.rows["deals"]]
    if winners:
        done = {
            r["customer_id"]
            for r in writer.rows["deals"]
            if r["status"] == DealStatus.COMPLETED.value
        }
        for chunk in range(0, len(winners), 900):
            part = winners[chunk : chunk + 900]
            session.execute(
                update(Customer)
                .where(Customer.id.in_([c for c in part if c in done]))
                .values(status="owner")
            )
            session.execute(
                update(Customer)
                .where(Customer.id.in_([c for c in part if c not in done]))
                .values(status="customer")
            )
    return DealsDemoSummary(
        boutique_items=len(catalogue),
        plans=len(writer.rows["purchase_plans"]),
        deals_open=open_deals,
        deals_completed=completed,
    )
