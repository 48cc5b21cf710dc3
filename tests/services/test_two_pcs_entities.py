"""Two PCs on one database, for every editable record besides the customer card.

Each "PC" is its own Database (own engine, own connections) on the same SQLite file or the
same PostgreSQL database. For each entity, ROUNDS times: both PCs read the record, the first
saves, then the second saves on top of what it read. Every second save must be refused with
a ConflictError (never a silent overwrite, never another error) and the first save must be
what the database holds afterwards. One record is reused across rounds where the record
stays editable; records that a save closes (a deal cancelled, a task done) get one each.

The figures (detected / attempted per entity and backend) are printed, and appended as JSON
lines to the file named by SHOWROOM_CONFLICT_FIGURES when it is set.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from typing import TypeVar

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.admin.users import create_user
from showroom.core.errors import ConflictError
from showroom.deals.checklist import ChecklistKind
from showroom.deals.checklist_templates import get_template, save_template
from showroom.deals.plans import get_plan, plan_view, update_plan
from showroom.deals.service import accept_plan, cancel_deal, deal_view, get_deal, update_item
from showroom.kernel.roles import Role
from showroom.kernel.tasks import TaskState, complete_task, create_task
from showroom.showroom_day import service as sd
from showroom.showroom_day.domain import CheckKind
from showroom.showroom_day.domain import ItemState as LineState
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.storage.models import Task
from showroom.test_drives.fleet import FleetDraft, get_fleet_car, update_fleet_car
from showroom.test_drives.service import BookingDraft, book_test_drive, get_drive
from showroom.test_drives.service import reschedule_test_drive as reschedule
from showroom.vehicles.boutique import list_boutique, update_boutique_item
from tests.services import deal_helpers as dh
from tests.services import drive_world as dw
from tests.services.test_showroom_day import DAY, Floor, floor, start
from tests.services.test_showroom_day import SETTINGS as DAY_SETTINGS

__all__ = ["floor"]  # a fixture, used by name

ROUNDS = 200
T = TypeVar("T")


@pytest.fixture
def pcs(config: AppConfig, db: Database) -> Iterator[tuple[Database, Database]]:
    second = open_database(config)
    yield db, second
    second.dispose()


def _report(entity: str, first: Database, detected: int, attempted: int) -> None:
    backend = "sqlite" if first.is_sqlite else "postgresql"
    line = {"entity": entity, "backend": backend, "detected": detected, "attempted": attempted}
    print(f"\ntwo-PC conflicts {entity} on {backend}: {detected}/{attempted} detected")
    target = os.environ.get("SHOWROOM_CONFLICT_FIGURES")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(line) + "\n")


def _rounds(
    pcs: tuple[Database, Database],
    entity: str,
    read: Callable[[Session, int], int],
    write: Callable[[Session, int, int, str], None],
    kept: Callable[[Session, int], str],
    record: Callable[[int], int] = lambda _round: 0,
) -> None:
    """ROUNDS times: both PCs read ``record(round)``'s version; the first writes "A<round>",
    the second writes "B<round>" at the version it read and must meet a ConflictError; the
    record must then hold the first PC's "A<round>"."""
    first, second = pcs
    detected = 0
    for round_ in range(ROUNDS):
        target = record(round_)
        with first.reader() as session:
            version_a = read(session, target)
        with second.reader() as session:
            version_b = read(session, target)
        assert version_a == version_b
        with first.session() as session:
            write(session, target, version_a, f"A{round_}")
        try:
            with second.session() as session:
                write(session, target, version_b, f"B{round_}")
        except ConflictError as error:
            assert str(error)  # a sentence for the user, not an empty error
            detected += 1
        with first.reader() as session:
            assert kept(session, target) == f"A{round_}", f"round {round_}: first save lost"
    _report(entity, first, detected, ROUNDS)
    assert detected == ROUNDS


# --- plans and deals --------------------------------------------------------------------------
@pytest.fixture
def plan_world(db: Database) -> tuple[dh.Staff, int]:
    staff = dh.make_staff(db)
    customer = dh.make_customer(db, "Emilia Rossi", staff.consultant)
    return staff, customer


def test_purchase_plan_conflicts_are_all_detected(
    pcs: tuple[Database, Database], plan_world: tuple[dh.Staff, int]
) -> None:
    staff, customer = plan_world
    plan_id = dh.make_plan(pcs[0], customer, None, staff.consultant)

    def write(session: Session, pid: int, version: int, mark: str) -> None:
        draft = replace(
            plan_view(session, pid, actor_id=None).draft(dh.SETTINGS.locale), notes=mark
        )
        update_plan(session, pid, version, draft, staff.consultant, dh.SETTINGS)

    _rounds(
        pcs,
        "purchase plan",
        lambda s, pid: get_plan(s, pid).version,
        write,
        lambda s, pid: get_plan(s, pid).notes or "",
        lambda _r: plan_id,
    )


def _open_deals(db: Database, staff: dh.Staff, customer: int, count: int) -> list[int]:
    """``count`` open deals, from plans accepted in one unit of work (fast set-up)."""
    plans = [dh.make_plan(db, customer, None, staff.consultant) for _ in range(count)]
    with db.session() as session:
        return [
            accept_plan(session, pid, get_plan(session, pid).version, staff.consultant, dh.SETTINGS)
            for pid in plans
        ]


def test_deal_conflicts_are_all_detected(
    pcs: tuple[Database, Database], plan_world: tuple[dh.Staff, int]
) -> None:
    """Both PCs call the same deal off: the second, still at the version it read, is told
    that the deal changed; the first reason is the one kept."""
    staff, customer = plan_world
    deals = _open_deals(pcs[0], staff, customer, ROUNDS)

    def write(session: Session, deal_id: int, version: int, mark: str) -> None:
        cancel_deal(session, deal_id, version, f"Customer changed mind {mark}", staff.consultant)

    _rounds(
        pcs,
        "deal",
        lambda s, deal_id: get_deal(s, deal_id).version,
        write,
        lambda s, deal_id: (get_deal(s, deal_id).close_reason or "").rsplit(" ", 1)[-1],
        lambda r: deals[r],
    )


def test_deal_checklist_item_conflicts_are_all_detected(
    pcs: tuple[Database, Database], plan_world: tuple[dh.Staff, int]
) -> None:
    staff, customer = plan_world
    (deal_id,) = _open_deals(pcs[0], staff, customer, 1)
    with pcs[0].reader() as session:
        items = [
            i.id
            for i in deal_view(session, deal_id, actor_id=None).checklist(ChecklistKind.PURCHASE)
        ]

    def item(session: Session, item_id: int):  # type: ignore[no-untyped-def]
        return next(i for i in deal_view(session, deal_id, actor_id=None).items if i.id == item_id)

    def write(session: Session, item_id: int, version: int, mark: str) -> None:
        update_item(session, None, item_id, version, note=f"Call the bank {mark}")

    _rounds(
        pcs,
        "deal checklist item",
        lambda s, item_id: item(s, item_id).version,
        write,
        lambda s, item_id: (item(s, item_id).note or "").rsplit(" ", 1)[-1],
        lambda r: items[r % len(items)],
    )


# --- test drives and the fleet ----------------------------------------------------------------
def test_test_drive_booking_conflicts_are_all_detected(
    pcs: tuple[Database, Database],
) -> None:
    """Both PCs edit the same booking (the first moves it and notes the route, the second
    its own route at the version it read): the second save is refused."""
    world = dw.make_world(pcs[0])
    start_at = dw.NOW + timedelta(days=1, hours=2)
    with pcs[0].session() as session:
        drive_id = book_test_drive(
            session,
            BookingDraft(world.anna, world.golf1, world.ben, start_at, 30, "A40 and back"),
            world.ben,
            dw.SETTINGS,
            now=dw.NOW,
        )

    def write(session: Session, did: int, version: int, mark: str) -> None:
        # The first PC also moves the drive by half an hour every other round.
        moved = start_at + timedelta(minutes=30 * (int(mark[1:]) % 2)) if mark[0] == "A" else None
        reschedule(
            session, None, did, version, dw.SETTINGS, start=moved, route_note=mark, now=dw.NOW
        )

    _rounds(
        pcs,
        "test drive booking",
        lambda s, did: get_drive(s, did).version,
        write,
        lambda s, did: get_drive(s, did).route_note or "",
        lambda _r: drive_id,
    )


def test_fleet_vehicle_conflicts_are_all_detected(pcs: tuple[Database, Database]) -> None:
    world = dw.make_world(pcs[0])
    with pcs[0].reader() as session:
        car = get_fleet_car(session, world.tesla)
        base = FleetDraft(car.vin, car.make, car.model, car.plate or "", odometer_km=1200)

    def write(session: Session, vid: int, version: int, mark: str) -> None:
        update_fleet_car(session, None, vid, version, replace(base, colour=f"Pearl {mark}"))

    _rounds(
        pcs,
        "fleet vehicle",
        lambda s, vid: get_fleet_car(s, vid).version,
        write,
        lambda s, vid: (get_fleet_car(s, vid).colour or "").rsplit(" ", 1)[-1],
        lambda _r: world.tesla,
    )


def test_boutique_item_conflicts_are_all_detected(pcs: tuple[Database, Database]) -> None:
    accessory = dh.make_accessory(pcs[0], "Roof box", "450")

    def boutique_version(session: Session, item_id: int) -> int:
        return next(i.version for i in list_boutique(session) if i.id == item_id)

    def write(session: Session, item_id: int, version: int, mark: str) -> None:
        update_boutique_item(
            session, None, item_id, version, f"Roof box {mark}", "450", True, dh.SETTINGS
        )

    _rounds(
        pcs,
        "boutique item",
        boutique_version,
        write,
        lambda s, item_id: next(i.name for i in list_boutique(s) if i.id == item_id).split()[-1],
        lambda _r: accessory,
    )


# --- templates, the showroom day, tasks -------------------------------------------------------
def test_checklist_template_conflicts_are_all_detected(pcs: tuple[Database, Database]) -> None:
    with pcs[0].session() as session:
        manager = create_user(session, "mia", Role.MANAGER, "Mia Wong")
    kind = ChecklistKind.INSURANCE

    def write(session: Session, _target: int, version: int, mark: str) -> None:
        steps = list(get_template(session, kind).steps)
        steps[0] = replace(steps[0], title=f"Insurer chosen {mark}")
        save_template(session, kind, version, steps, manager)

    _rounds(
        pcs,
        "checklist template",
        lambda s, _t: get_template(s, kind).version,
        write,
        lambda s, _t: get_template(s, kind).steps[0].title.rsplit(" ", 1)[-1],
    )


def test_day_template_check_conflicts_are_all_detected(
    pcs: tuple[Database, Database], floor: Floor
) -> None:
    with pcs[0].reader() as session:
        section = sd.load_template(session)[0]

    def version(session: Session, section_id: int) -> int:
        return next(s.version for s in sd.load_template(session) if s.id == section_id)

    def write(session: Session, section_id: int, v: int, mark: str) -> None:
        sd.update_section(session, floor.manager, section_id, v, f"Opening {mark}", "09:00")

    _rounds(
        pcs,
        "showroom day template section",
        version,
        write,
        lambda s, sid: next(x.title for x in sd.load_template(s) if x.id == sid).split()[-1],
        lambda _r: section.id,
    )


def test_showroom_day_item_conflicts_are_all_detected(
    pcs: tuple[Database, Database], floor: Floor
) -> None:
    """Both PCs tick (or untick) the same line: the second is told who did it first."""
    view = start(pcs[0], floor)
    line = next(
        i for i in view.items if i.count_target is None and i.kind != CheckKind.WALK_IN_COUNT
    )
    marks: dict[int, str] = {}

    def version(session: Session, item_id: int) -> int:
        return sd._one(session, item_id).version

    def write(session: Session, item_id: int, v: int, mark: str) -> None:
        current = sd._one(session, item_id)
        actor = floor.ben if mark[0] == "A" else floor.li
        if current.state is LineState.OPEN:
            sd.tick_item(session, item_id, v, actor, DAY_SETTINGS)
        else:
            sd.reopen_item(session, item_id, v, actor, DAY_SETTINGS)
        if mark[0] == "A":
            marks[item_id] = mark

    def kept(session: Session, item_id: int) -> str:
        # The first PC's toggle stands: ticked after even rounds, open after odd ones.
        state = sd._one(session, item_id).state
        round_ = int(marks[item_id][1:])
        assert state is (LineState.DONE if round_ % 2 == 0 else LineState.OPEN)
        return marks[item_id]

    _rounds(pcs, "showroom day item", version, write, kept, lambda _r: line.id)


def test_task_conflicts_are_all_detected(pcs: tuple[Database, Database], floor: Floor) -> None:
    with pcs[0].session() as session:
        tasks = [
            create_task(
                session,
                title=f"Restock brochures {n}",
                note=None,
                owner_id=floor.ben,
                due_on=DAY,
                actor_id=floor.manager,
            ).id
            for n in range(ROUNDS)
        ]

    def write(session: Session, task_id: int, version: int, mark: str) -> None:
        actor = floor.ben if mark[0] == "A" else floor.manager
        complete_task(session, task_id, version, actor, result=mark)

    def kept(session: Session, task_id: int) -> str:
        task = session.get(Task, task_id)
        assert task is not None and task.state == TaskState.DONE
        return task.result or ""

    _rounds(
        pcs,
        "task",
        lambda s, tid: s.scalar(select(Task.version).where(Task.id == tid)) or 0,
        write,
        kept,
        lambda r: tasks[r],
    )


# --- deliveries -------------------------------------------------------------------------------
def test_delivery_conflicts_are_all_detected(pcs: tuple[Database, Database]) -> None:
    """Both PCs edit the same planned delivery (the first moves it between two bays and
    writes its notes, the second its own notes at the version it read): the second save is
    refused and the first PC's plan is kept."""
    from showroom.deliveries.service import DeliveryDraft, reschedule_delivery
    from showroom.storage.models import Delivery
    from tests.services.test_deliveries import at, make_sale, plan

    staff = dh.make_staff(pcs[0])
    sale = make_sale(pcs[0], staff, "Emilia Rossi")
    delivery_id = plan(pcs[0], sale, at(14), "Bay 1", staff.consultant)

    def write(session: Session, did: int, version: int, mark: str) -> None:
        bay = f"Bay {int(mark[1:]) % 2 + 1}" if mark[0] == "A" else "Bay 1"
        draft = DeliveryDraft(sale.deal, at(14), bay, staff.consultant, minutes=60, notes=mark)
        reschedule_delivery(session, did, version, draft, None, dh.SETTINGS, now=dh.NOW)

    def version(session: Session, did: int) -> int:
        delivery = session.get(Delivery, did)
        assert delivery is not None
        return delivery.version

    def kept(session: Session, did: int) -> str:
        delivery = session.get(Delivery, did)
        assert delivery is not None
        return delivery.notes or ""

    _rounds(pcs, "delivery", version, write, kept, lambda _r: delivery_id)
