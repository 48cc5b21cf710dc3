"""Demo data for deliveries: last year's handovers and the coming weeks' ceremonies.

Called by :func:`showroom.demo.world.generate_demo` after the deals demo, in the same unit
of work. What it adds:

* a completed delivery for every completed deal, at the time the deal was closed (moved to
  the nearest free bay and consultant slot): ceremony, PDI and documents ticked, a few "we
  owe" items (the recent ones still open), the satisfaction calls of the delivery cadence
  (those due by now answered with a score and a comment; a low score left a task for the
  manager);
* planned deliveries for most open deals over the coming three weeks, on showroom hours,
  with the lists ticked as far as the date makes plausible and some "we owe" items.

No bay or consultant is ever double-booked: slots are taken from an occupancy table, so the
database guards never fire.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.customers.visits import cadence_dates
from showroom.deals.domain import DealStatus
from showroom.deliveries.domain import DeliveryStatus, ItemKind
from showroom.kernel.clock import local_day
from showroom.kernel.settings import ShowroomSettings, parse_list
from showroom.kernel.settings_store import load_settings
from showroom.storage.models import (
    Customer,
    Deal,
    Delivery,
    DeliveryItem,
    FollowUp,
    Interaction,
    OwedItem,
    SatisfactionCall,
    Task,
    User,
)

OWED = (
    "Second key fob (on order)",
    "Roof bars to fit",
    "Navigation map update",
    "Paint protection film, bonnet",
    "Floor mats in the right colour",
    "Tow bar wiring check",
    "Number plate surrounds",
    "Wheel locking nut key",
)
PARTIES = (
    "The customer",
    "The customer and their partner",
    "The customer, partner and two children",
    "The customer and a friend",
    "The customer and their father",
)
COMMENTS = {
    5: ("Lovely ceremony, thank you", "Everything perfect", "The photo was a great touch"),
    4: ("Very happy with the car", "Good, the app pairing took a while"),
    3: ("Fine, but we waited 20 minutes", "OK; the car could have been cleaner"),
    2: ("The second key was not ready", "Navigation was not set up"),
    1: ("Scratch on the rear bumper found at home",),
}
SCORES = (5, 5, 5, 4, 4, 4, 4, 3, 3, 2, 1)
START_TIMES = [time(h, m) for h in range(9, 18) for m in (0, 30)]


class _Occupancy:
    """Booked intervals per bay and per consultant."""

    def __init__(self) -> None:
        self.taken: dict[object, list[tuple[datetime, datetime]]] = {}

    def free(self, key: object, start: datetime, end: datetime) -> bool:
        return all(not (s < end and start < e) for s, e in self.taken.get(key, []))

    def take(self, key: object, start: datetime, end: datetime) -> None:
        self.taken.setdefault(key, []).append((start, end))


def _slot(
    occupancy: _Occupancy,
    bays: tuple[str, ...],
    consultant: int,
    day: date,
    zone: ZoneInfo,
    minutes: int,
    rng: random.Random,
) -> tuple[datetime, str] | None:
    """The first free (start, bay) on ``day`` or the days after, from a random time."""
    for offset in range(0, 14):
        when = day + timedelta(days=offset)
        if when.weekday() == 6:  # closed on Sundays
            continue
        first = rng.randrange(len(START_TIMES))
        for n in range(len(START_TIMES)):
            at = START_TIMES[(first + n) % len(START_TIMES)]
            start = datetime.combine(when, at, tzinfo=zone).astimezone(ZoneInfo("UTC"))
            end = start + timedelta(minutes=minutes)
            if not occupancy.free(("consultant", consultant), start, end):
                continue
            for bay in rng.sample(list(bays), len(bays)):
                if occupancy.free(("bay", bay), start, end):
                    occupancy.take(("consultant", consultant), start, end)
                    occupancy.take(("bay", bay), start, end)
                    return start, bay
    return None


def _templates(settings: ShowroomSettings) -> dict[ItemKind, tuple[str, ...]]:
    return {
        ItemKind.CEREMONY: parse_list(settings.delivery_ceremony_template, "ceremony"),
        ItemKind.PDI: parse_list(settings.delivery_pdi_template, "PDI"),
        ItemKind.DOCUMENTS: parse_list(settings.delivery_documents_template, "documents"),
    }


def add_demo_deliveries(session: Session, seed: int, now: datetime) -> int:
    """Add the deliveries of the demo's deals; returns how many were added."""
    rng = random.Random(f"deliveries {seed}")
    settings = load_settings(session)
    zone = ZoneInfo(settings.timezone)
    bays = parse_list(settings.delivery_bays, "delivery bays") or ("Bay 1",)
    templates = _templates(settings)
    minutes = settings.delivery_minutes
    with_delivery = set(session.scalars(select(Delivery.deal_id)))
    deals = [
        d
        for d in session.scalars(
            select(Deal).where(Deal.status != DealStatus.CANCELLED.value).order_by(Deal.id)
        )
        if d.id not in with_delivery
    ]
    if not deals:
        return 0
    users = session.execute(select(User.id, User.role).where(User.active.is_(True))).all()
    managers = [uid for uid, role in users if role == "manager"]
    staff = [uid for uid, role in users if role in ("consultant", "manager")]
    manager = managers[0] if managers else None
    occupancy = _Occupancy()
    for start, end, bay, holder in session.execute(
        select(Delivery.starts_at, Delivery.ends_at, Delivery.bay, Delivery.consultant_id).where(
            Delivery.status != DeliveryStatus.CANCELLED.value
        )
    ):
        occupancy.take(("bay", bay), start, end)
        occupancy.take(("consultant", holder), start, end)
    today = local_day(now, zone)
    added = 0
    for deal in deals:
        consultant = deal.consultant_id or (staff[0] if staff else None)
        if consultant is None:
            continue
        if deal.status == DealStatus.COMPLETED.value and deal.closed_at is not None:
            day = local_day(deal.closed_at, zone)
            found = _slot(occupancy, bays, consultant, day, zone, minutes, rng)
            if found is None or found[0] + timedelta(minutes=minutes) > now:
                continue
            _completed(session, rng, deal, consultant, manager, found, minutes, templates, now)
            _satisfaction(session, rng, deal, consultant, manager, found[0], settings, now)
        elif deal.status == DealStatus.OPEN.value:
            if rng.random() < 0.3:
                continue  # not planned yet
            day = today + timedelta(days=rng.randrange(0, 21))
            found = _slot(occupancy, bays, consultant, day, zone, minutes, rng)
            if found is None or found[0] < now:
                continue
            _planned(session, rng, deal, consultant, manager, found, minutes, templates, now)
        else:
            continue
        added += 1
    session.flush()
    return added


def _delivery(
    deal: Deal,
    consultant: int,
    manager: int | None,
    slot: tuple[datetime, str],
    minutes: int,
    rng: random.Random,
    status: DeliveryStatus,
    created: datetime,
) -> Delivery:
    start, bay = slot
    return Delivery(
        deal_id=deal.id,
        customer_id=deal.customer_id,
        bay=bay,
        consultant_id=consultant,
        manager_id=manager if rng.random() < 0.7 else None,
        service_adviser=rng.choice(("Tom Hughes", "Priya Shah", None)),
        party=rng.choice(PARTIES),
        starts_at=start,
        ends_at=start + timedelta(minutes=minutes),
        status=status.value,
        keys_count=rng.choice((2, 2, 2, 1)),
        created_at=created,
        created_by_id=consultant,
    )


def _items(
    session: Session,
    delivery: Delivery,
    templates: dict[ItemKind, tuple[str, ...]],
    done_share: float,
    done_at: datetime,
    rng: random.Random,
) -> None:
    for kind, titles in templates.items():
        for position, title in enumerate(titles):
            done = done_share >= 1 or rng.random() < done_share
            session.add(
                DeliveryItem(
                    delivery_id=delivery.id,
                    kind=kind.value,
                    position=position,
                    title=title,
                    responsible_id=delivery.consultant_id if kind is ItemKind.CEREMONY else None,
                    done_at=done_at if done else None,
                    done_by_id=delivery.consultant_id if done else None,
                )
            )


def _completed(
    session: Session,
    rng: random.Random,
    deal: Deal,
    consultant: int,
    manager: int | None,
    slot: tuple[datetime, str],
    minutes: int,
    templates: dict[ItemKind, tuple[str, ...]],
    now: datetime,
) -> None:
    start = slot[0]
    delivery = _delivery(
        deal, consultant, manager, slot, minutes, rng, DeliveryStatus.COMPLETED,
        start - timedelta(days=rng.randrange(5, 14)),
    )  # fmt: skip
    delivery.completed_at = start + timedelta(minutes=minutes - 10)
    delivery.completed_by_id = consultant
    session.add(delivery)
    session.flush()
    _items(session, delivery, templates, 1.0, start - timedelta(hours=2), rng)
    if rng.random() < 0.35:
        for text in rng.sample(OWED, rng.choice((1, 1, 2, 3))):
            promised = local_day(start, ZoneInfo("UTC")) + timedelta(days=rng.randrange(5, 30))
            late = promised > local_day(now, ZoneInfo("UTC")) - timedelta(days=10)
            open_still = late and rng.random() < 0.7
            session.add(
                OwedItem(
                    delivery_id=delivery.id,
                    customer_id=deal.customer_id,
                    text=text,
                    promised_on=promised,
                    created_at=start,
                    created_by_id=consultant,
                    done_at=None
                    if open_still
                    else datetime.combine(promised, time(11), tzinfo=ZoneInfo("UTC")),
                    done_by_id=None if open_still else consultant,
                )
            )
    session.add(
        Interaction(
            customer_id=deal.customer_id,
            user_id=consultant,
            kind="delivery",
            occurred_at=delivery.completed_at,
            summary=f"Car handed over, delivery {delivery.id}",
        )
    )


def _satisfaction(
    session: Session,
    rng: random.Random,
    deal: Deal,
    consultant: int,
    manager: int | None,
    handed_over: datetime,
    settings: ShowroomSettings,
    now: datetime,
) -> None:
    zone = ZoneInfo(settings.timezone)
    today = local_day(now, zone)
    delivery_id = session.scalar(
        select(Delivery.id).where(Delivery.deal_id == deal.id).order_by(Delivery.id.desc())
    )
    name = session.scalar(select(Customer.full_name).where(Customer.id == deal.customer_id))
    for due in cadence_dates(local_day(handed_over, zone), settings.cadence("delivery")):
        call = FollowUp(
            customer_id=deal.customer_id,
            kind="satisfaction",
            reason=f"Satisfaction call after delivery {delivery_id}",
            due_on=due,
            assigned_to_id=consultant,
            origin="delivery",
            created_at=handed_over,
            created_by_id=consultant,
        )
        session.add(call)
        if due > today or (due >= today - timedelta(days=2) and rng.random() < 0.5):
            continue  # still to call (some due today or overdue)
        score = rng.choice(SCORES)
        comment = rng.choice(COMMENTS[score])
        called = datetime.combine(due, time(rng.randrange(10, 17)), tzinfo=zone)
        summary = f"Satisfaction {score}/5: {comment}"
        call.done_at, call.done_by_id, call.result = called, consultant, summary
        session.flush()
        task_id = None
        if score <= 2 and manager is not None:
            recent = due >= today - timedelta(days=14)
            task = Task(
                title=f"Call back {name}: satisfaction {score}/5 after delivery",
                note=comment,
                owner_id=manager,
                due_on=due,
                origin="satisfaction",
                state="open" if recent else "done",
                created_at=called,
                created_by_id=consultant,
                closed_at=None if recent else called + timedelta(days=1),
                closed_by_id=None if recent else manager,
                result=None if recent else "Called back; fixed at the first service",
            )
            session.add(task)
            session.flush()
            task_id = task.id
        session.add(
            SatisfactionCall(
                customer_id=deal.customer_id,
                follow_up_id=call.id,
                delivery_id=delivery_id,
                score=score,
                comment=comment,
                called_at=called,
                called_by_id=consultant,
                task_id=task_id,
            )
        )
        session.add(
            Interaction(
                customer_id=deal.customer_id,
                user_id=consultant,
                kind="call",
                occurred_at=called,
                summary=summary,
            )
        )


def _planned(
    session: Session,
    rng: random.Random,
    deal: Deal,
    consultant: int,
    manager: int | None,
    slot: tuple[datetime, str],
    minutes: int,
    templates: dict[ItemKind, tuple[str, ...]],
    now: datetime,
) -> None:
    start = slot[0]
    delivery = _delivery(
        deal, consultant, manager, slot, minutes, rng, DeliveryStatus.PLANNED,
        now - timedelta(days=rng.randrange(1, 10)),
    )  # fmt: skip
    session.add(delivery)
    session.flush()
    days_away = (start - now).total_seconds() / 86400
    share = 0.9 if days_away < 1 else 0.5 if days_away < 4 else 0.15 if days_away < 10 else 0.0
    _items(session, delivery, templates, share, now - timedelta(hours=3), rng)
    if rng.random() < 0.3:
        session.add(
            OwedItem(
                delivery_id=delivery.id,
                customer_id=deal.customer_id,
                text=rng.choice(OWED),
                promised_on=local_day(start, ZoneInfo("UTC"))
                + timedelta(days=rng.randrange(3, 21)),
                created_at=now,
                created_by_id=consultant,
            )
        )
    session.add(
        Interaction(
            customer_id=deal.customer_id,
            user_id=consultant,
            kind="delivery",
            occurred_at=delivery.created_at,
            summary=f"Delivery planned in {delivery.bay}",
        )
    )
