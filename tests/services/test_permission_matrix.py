"""The full role × action matrix: every Action, for every role, through the real service.

For each member of :class:`Action` a case below calls the service function that performs
it on a real database (SQLite and PostgreSQL), as a consultant who owns the customer, a
consultant who does not, a manager, an admin and the command line. The outcome must be
exactly what ``PERMISSIONS`` (and ``CUSTOMER_SCOPED``) say. Each attempt is rolled back, so
the cases do not disturb each other. A new Action without a case fails the first test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from showroom.admin.backups import backup_for_user
from showroom.admin.users import create_user
from showroom.core.errors import Forbidden
from showroom.core.ids import CustomerId, UserId
from showroom.customer_file.erase import erase_customer, export_customer_data, unmask_identifier
from showroom.customer_file.merge import merge_customers
from showroom.customers.card import load_card
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.exporting import export_customers
from showroom.customers.follow_ups import log_contact
from showroom.customers.importing import import_customer_file
from showroom.customers.service import create_customer, get_customer, update_customer
from showroom.customers.walk_ins import WalkInDraft, register_walk_in
from showroom.deals.checklist import ChecklistKind
from showroom.deals.checklist_templates import get_template, save_template
from showroom.deals.plans import create_plan, get_plan, plan_view
from showroom.deals.service import accept_plan
from showroom.deliveries.service import (
    DeliveryDraft,
    complete_delivery,
    delivery_view,
    plan_delivery,
)
from showroom.kernel.access import share_customer
from showroom.kernel.audit import audit_trail
from showroom.kernel.permissions import CUSTOMER_SCOPED, PERMISSIONS, Action
from showroom.kernel.roles import Role
from showroom.kernel.settings_store import update_settings
from showroom.kernel.tasks import create_task
from showroom.printing.customer_card import print_customer_card
from showroom.sales import service as sales
from showroom.sales.domain import IntentLevel, LostDraft
from showroom.sales.targets import set_showroom_target
from showroom.showroom_day import service as sd
from showroom.storage.database import Database
from showroom.test_drives.domain import LicenceDraft
from showroom.test_drives.fleet import FleetDraft, add_fleet_car
from showroom.test_drives.service import BookingDraft, book_test_drive, record_licence
from showroom.vehicles.boutique import add_boutique_item
from showroom.vehicles.inventory import add_stock_vehicle
from showroom.vehicles.stock import StockDraft
from tests.services.deal_helpers import good_vin, plan_draft
from tests.services.drive_world import NOW, SETTINGS, valid_vin
from tests.services.test_deliveries import TOMORROW, finish_checklists
from tests.services.test_deliveries import at as delivery_at

# Actions that exist in the table before the service that performs them. Keep this empty.
NO_SERVICE_YET: frozenset[Action] = frozenset()
# Services that record a person (who ticked, signed off or printed): the command line
# prints as its own system user and never ticks or signs off a day.
NEEDS_A_USER = frozenset({Action.SIGN_OFF_DAY, Action.RUN_SHOWROOM_DAY, Action.PRINT_DOCUMENT})
TODAY = NOW.date()
LICENCE = LicenceDraft("MORGA753116SM9IJ", "GB", date(2030, 1, 31), True)


@dataclass
class World:
    db: Database
    tmp: Path
    own: UserId  # the consultant the customers are assigned to
    other: UserId  # a consultant they are not shared with
    manager: UserId
    admin: UserId
    customer: CustomerId
    second: CustomerId  # another card of the same consultant (merge, erase)
    car: int  # a fleet car
    stock: int  # a car for sale
    plan: int
    drive: int
    day_id: int
    ticked_line: tuple[int, int]  # a ticked line of today's checklist: id, version
    ready_delivery: tuple[int, int] = (0, 0)  # checklists done: id, version
    blocked_delivery: tuple[int, int] = (0, 0)  # purchase checklist open: id, version
    delivery_deal: int = 0  # an open deal without a delivery yet


def _customer(session: Session, name: str, phone: str, owner: UserId) -> CustomerId:
    draft = CustomerDraft(name, (PhoneDraft(phone),), assigned_consultant_id=owner)
    return CustomerId(create_customer(session, draft, None, SETTINGS, now=NOW - timedelta(days=9)))


def _deal(db: Database, customer: CustomerId, n: int) -> int:
    with db.session() as s:
        stock = add_stock_vehicle(
            s, StockDraft(vin=good_vin(n), make="Kia", model="EV6", list_price="45,000"), None,
            SETTINGS,
        )  # fmt: skip
        plan = create_plan(s, customer, plan_draft(stock), None, SETTINGS, now=NOW)
        version = plan_view(s, plan, actor_id=None).version
        return accept_plan(s, plan, version, None, SETTINGS, now=NOW)


def _delivery(db: Database, own: UserId, deal: int, hour: int) -> tuple[int, int]:
    with db.session() as s:
        draft = DeliveryDraft(deal, delivery_at(hour, day=TOMORROW), f"Bay {hour % 2 + 1}", own)
        delivery = plan_delivery(s, draft, None, SETTINGS, now=NOW)
        return delivery, delivery_view(s, delivery).version


def _add_deliveries(db: Database, world: World) -> World:
    ready, blocked, unplanned = (_deal(db, world.customer, n) for n in (12, 13, 14))
    kinds = (ChecklistKind.PURCHASE, ChecklistKind.INSURANCE, ChecklistKind.LICENSING)
    finish_checklists(db, ready, world.own, kinds)
    world.ready_delivery = _delivery(db, world.own, ready, 10)
    world.blocked_delivery = _delivery(db, world.own, blocked, 13)
    world.delivery_deal = unplanned
    return world


@pytest.fixture
def world(db: Database, tmp_path: Path) -> World:
    return _add_deliveries(db, _world(db, tmp_path))


def _world(db: Database, tmp_path: Path) -> World:
    with db.session() as s:
        own = create_user(s, "ben", Role.CONSULTANT, "Ben Carter")
        other = create_user(s, "li", Role.CONSULTANT, "Li Na")
        manager = create_user(s, "claire", Role.MANAGER, "Claire Dubois")
        admin = create_user(s, "it", Role.ADMIN, "IT Admin")
        customer = _customer(s, "Anna Nowak", "+48 512 345 678", own)
        second = _customer(s, "Anna Nowak-Kowalska", "+48 512 345 679", own)
        car = add_fleet_car(
            s, None, FleetDraft(valid_vin("WVWZZZ1KAW000001"), "Volkswagen", "Golf", "AB12 CDE")
        )
        stock = add_stock_vehicle(
            s,
            StockDraft(vin=good_vin(1), make="Kia", model="EV6", list_price="45,000"),
            None,
            SETTINGS,
        )
        plan = create_plan(s, customer, plan_draft(stock), None, SETTINGS, now=NOW)
        drive = book_test_drive(
            s,
            BookingDraft(customer, car, own, NOW + timedelta(hours=2), 30),
            None,
            SETTINGS,
            now=NOW,
        )
        record_licence(s, None, drive, LICENCE, SETTINGS, now=NOW)
        day = sd.start_day(s, TODAY, manager, SETTINGS, now=NOW)
        for line in day.items:
            sd.tick_item(s, line.id, line.version, own, SETTINGS, now=NOW)
        ticked = sd.load_day(s, TODAY, SETTINGS)
        assert ticked is not None and ticked.items
        line = ticked.items[0]
    return World(
        db, tmp_path, own, other, manager, admin, customer, second, car, stock, plan, drive,
        day.id, (line.id, line.version),
    )  # fmt: skip


Case = Callable[[Session, World, UserId | None], object]


def _approve_lost(s: Session, w: World, actor: UserId | None) -> object:
    pending = sales.mark_lost(s, w.customer, LostDraft("price"), w.own, now=NOW)
    return sales.approve_lost(s, pending.id, pending.version, actor, now=NOW)


def _edit(s: Session, w: World, actor: UserId | None, **changes: object) -> object:
    customer = get_customer(s, w.customer)
    draft = CustomerDraft(
        customer.full_name,
        (PhoneDraft("+48 512 345 678"),),
        assigned_consultant_id=customer.assigned_consultant_id,
        **changes,  # type: ignore[arg-type]
    )
    return update_customer(s, w.customer, customer.version, draft, actor, SETTINGS, now=NOW)


def _import(s: Session, w: World, actor: UserId | None) -> object:
    path = w.tmp / "old-sheet.csv"
    path.write_text("Name,Phone\nMarta Ruiz,+34 612 345 678\n", encoding="utf-8")
    return import_customer_file(s, path, SETTINGS, actor_id=actor, now=NOW)


def _save_template(s: Session, w: World, actor: UserId | None) -> object:
    template = get_template(s, ChecklistKind.PURCHASE)
    return save_template(s, ChecklistKind.PURCHASE, template.version, list(template.steps), actor)


def _task(s: Session, w: World, actor: UserId | None) -> object:
    owner = actor or w.manager
    return create_task(
        s, title="Call the bank", note=None, owner_id=owner, due_on=TODAY, actor_id=actor, now=NOW
    )


CASES: dict[Action, Case] = {
    Action.VIEW_CUSTOMER: lambda s, w, a: load_card(s, w.customer, a),
    Action.CREATE_CUSTOMER: lambda s, w, a: create_customer(
        s, CustomerDraft("Jan Novak", (PhoneDraft("+420 601 123 456"),)), a, SETTINGS, now=NOW
    ),
    Action.EDIT_CUSTOMER: lambda s, w, a: _edit(s, w, a, email="anna@example.com"),
    Action.REASSIGN_CUSTOMER: lambda s, w, a: update_customer(
        s,
        w.customer,
        get_customer(s, w.customer).version,
        CustomerDraft(
            "Anna Nowak", (PhoneDraft("+48 512 345 678"),), assigned_consultant_id=w.manager
        ),
        a,
        SETTINGS,
        now=NOW,
    ),
    Action.SHARE_CUSTOMER: lambda s, w, a: share_customer(s, a, w.customer, w.manager),
    Action.MERGE_CUSTOMERS: lambda s, w, a: merge_customers(s, w.customer, w.second, a, now=NOW),
    Action.LOG_CONTACT: lambda s, w, a: log_contact(
        s, w.customer, "call", "reached", "", None, a, SETTINGS, now=NOW
    ),
    Action.REGISTER_WALK_IN: lambda s, w, a: register_walk_in(
        s, WalkInDraft("browsing", description="Couple, looking at SUVs"), a, SETTINGS, now=NOW
    ),
    Action.PRINT_DOCUMENT: lambda s, w, a: print_customer_card(
        s,
        w.customer,
        a,
        SETTINGS,
        NOW,
        invariant=True,  # type: ignore[arg-type]
    ),
    Action.IMPORT_CUSTOMERS: _import,
    Action.EXPORT_CUSTOMERS: lambda s, w, a: export_customers(s, w.tmp / "all.csv", actor_id=a),
    Action.UNMASK_IDENTIFIER: lambda s, w, a: unmask_identifier(s, a, w.drive),
    Action.EXPORT_SUBJECT_DATA: lambda s, w, a: export_customer_data(s, a, w.customer),
    Action.ERASE_CUSTOMER: lambda s, w, a: erase_customer(s, a, w.second, "Asked to be forgotten"),
    Action.EDIT_TEMPLATES: _save_template,
    Action.ACCEPT_VIN_WARNING: lambda s, w, a: add_stock_vehicle(
        s,
        StockDraft(vin="WVWZZZ1KZ8W000001", make="Volkswagen", model="Golf", list_price="27,990"),
        a,
        SETTINGS,
        accept_vin_warning=True,
    ),
    Action.SIGN_OFF_DAY: lambda s, w, a: sd.sign_off_day(s, w.day_id, a, SETTINGS, now=NOW),  # type: ignore[arg-type]
    Action.VIEW_AUDIT: lambda s, w, a: audit_trail(s, a),
    Action.EDIT_SETTINGS: lambda s, w, a: update_settings(s, a, {"test_drive_minutes": "45"}),
    Action.MANAGE_USERS: lambda s, w, a: create_user(
        s, "new.colleague", Role.CONSULTANT, "New Colleague", actor_id=a
    ),
    # BACKUP_RESTORE opens its own units of work: see _attempt.
    Action.BACKUP_RESTORE: lambda s, w, a: None,
    Action.BOOK_TEST_DRIVE: lambda s, w, a: book_test_drive(
        s,
        BookingDraft(w.customer, w.car, w.own, NOW + timedelta(hours=5), 30),
        a,
        SETTINGS,
        now=NOW,
    ),
    Action.WORK_DEAL: lambda s, w, a: accept_plan(
        s, w.plan, get_plan(s, w.plan).version, a, SETTINGS, now=NOW
    ),
    Action.RUN_SHOWROOM_DAY: lambda s, w, a: sd.reopen_item(
        s,
        w.ticked_line[0],
        w.ticked_line[1],
        a,
        SETTINGS,
        now=NOW,  # type: ignore[arg-type]
    ),
    Action.MANAGE_TASKS: _task,
    Action.EDIT_FLEET: lambda s, w, a: add_fleet_car(
        s, a, FleetDraft(valid_vin("WVWZZZ1KAW000009"), "Volkswagen", "ID.3", "AB12 XYZ")
    ),
    Action.EDIT_STOCK: lambda s, w, a: add_stock_vehicle(
        s, StockDraft(vin=good_vin(2), make="Kia", model="Niro", list_price="33,000"), a, SETTINGS
    ),
    Action.EDIT_BOUTIQUE: lambda s, w, a: add_boutique_item(s, a, "Roof box", "450", SETTINGS),
    Action.SET_SALES_TARGETS: lambda s, w, a: set_showroom_target(s, a, TODAY, 10, 5),
    Action.APPROVE_LOST_SALE: _approve_lost,
    Action.SET_FOLLOW_UP_INTERVALS: lambda s, w, a: sales.set_intervals(s, a, {IntentLevel.H: 3}),
    Action.PLAN_DELIVERY: lambda s, w, a: plan_delivery(
        s,
        DeliveryDraft(w.delivery_deal, delivery_at(16, day=TOMORROW), "Bay 1", w.own),
        a,
        SETTINGS,
        now=NOW,
    ),
    Action.COMPLETE_DELIVERY: lambda s, w, a: complete_delivery(
        s, *w.ready_delivery, a, SETTINGS, now=NOW
    ),
    Action.OVERRIDE_DELIVERY_BLOCK: lambda s, w, a: complete_delivery(
        s, *w.blocked_delivery, a, SETTINGS, override_reason="Insurance on its way", now=NOW
    ),
}


class _Undo(Exception):
    """Raised after a successful attempt so its unit of work rolls back."""


@contextmanager
def _rolled_back(db: Database) -> Iterator[Session]:
    try:
        with db.session() as session:
            yield session
            raise _Undo
    except _Undo:
        pass


def _attempt(w: World, action: Action, actor: UserId | None) -> bool:
    """True if the service did it, False if it refused with Forbidden."""
    try:
        if action is Action.BACKUP_RESTORE:
            backup_for_user(w.db, actor, w.tmp / f"backup-{actor}", now=NOW)
            return True
        with _rolled_back(w.db) as session:
            CASES[action](session, w, actor)
    except Forbidden:
        return False
    return True


def test_every_action_has_a_service_case() -> None:
    assert set(CASES).isdisjoint(NO_SERVICE_YET)
    missing = set(Action) - set(CASES) - NO_SERVICE_YET
    assert not missing, f"add a case to CASES for {sorted(missing)}"


def test_the_role_table_holds_in_every_service(world: World) -> None:
    actors: dict[str, tuple[UserId | None, Role | None, bool]] = {
        "consultant (own customer)": (world.own, Role.CONSULTANT, True),
        "consultant (not theirs)": (world.other, Role.CONSULTANT, False),
        "manager": (world.manager, Role.MANAGER, True),
        "admin": (world.admin, Role.ADMIN, True),
        "command line": (None, None, True),
    }
    wrong = []
    for action in CASES:
        for label, (actor, role, owns) in actors.items():
            if actor is None and action in NEEDS_A_USER:
                continue
            if role is None:
                expected = True
            else:
                expected = action in PERMISSIONS[role] and (
                    owns or role != Role.CONSULTANT or action not in CUSTOMER_SCOPED
                )
            got = _attempt(world, action, actor)
            if got != expected:
                wrong.append(f"{action}: {label} {'could' if got else 'could not'}")
    assert not wrong, "\n".join(wrong)


def test_a_closed_account_may_do_nothing(world: World) -> None:
    with world.db.session() as session:
        from showroom.storage.models import User

        user = session.get(User, world.admin)
        assert user is not None
        user.active = False
    for action in CASES:
        assert not _attempt(world, action, world.admin), action


def test_a_consultant_opens_only_records_of_customers_they_may_see(world: World) -> None:
    from showroom.deals.plans import customer_plans, plan_view
    from showroom.deals.service import deal_view
    from showroom.test_drives.service import drive_details

    with world.db.session() as s:
        deal = accept_plan(s, world.plan, get_plan(s, world.plan).version, None, SETTINGS, now=NOW)
    reads: list[Callable[[Session, UserId], object]] = [
        lambda s, a: drive_details(s, world.drive, actor_id=a),
        lambda s, a: plan_view(s, world.plan, actor_id=a),
        lambda s, a: customer_plans(s, world.customer, actor_id=a),
        lambda s, a: deal_view(s, deal, actor_id=a),
    ]
    for read in reads:
        with world.db.reader() as s:
            for actor in (world.own, world.manager, world.admin):
                read(s, actor)
            with pytest.raises(Forbidden, match="belongs to another consultant"):
                read(s, world.other)
    with world.db.session() as s:
        share_customer(s, world.own, world.customer, world.other)
    with world.db.reader() as s:
        for read in reads:
            read(s, world.other)


# --- the command line obeys the same table (issue 26) ---------------------------------------
CLI_PASSWORD = "Matrix-pass-2026"
CLI_CASES: dict[str, tuple[Action, Callable[[World, Path], list[str]]]] = {
    "export": (Action.EXPORT_CUSTOMERS, lambda w, t: ["export", "customers", str(t / "c.csv")]),
    "print": (
        Action.PRINT_DOCUMENT,
        lambda w, t: ["print", "customer-card", str(w.customer), "-o", str(t / "c.pdf")],
    ),
    "backup": (Action.BACKUP_RESTORE, lambda w, t: ["backup", "-o", str(t)]),
    "user add": (
        Action.MANAGE_USERS,
        lambda w, t: ["user", "add", f"new{t.name[-6:]}", "--role", "admin", "--password-stdin"],
    ),
}


def _cli(db: Database, as_user: str | None, args: list[str]) -> tuple[int, str]:
    import os
    import subprocess
    import sys

    from tests.cli.test_cli import ROOT

    environ = {k: v for k, v in os.environ.items() if not k.startswith("SHOWROOM_")}
    environ["SHOWROOM_PASSWORD"] = CLI_PASSWORD
    where = ["--home", str(db.config.home)]
    if not db.is_sqlite:
        where += ["--database-url", db.url.render_as_string(hide_password=False)]
    who = ["--as", as_user] if as_user else []
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *where, *who, *args],
        input=CLI_PASSWORD + "-new\n",
        capture_output=True,
        text=True,
        env=environ,
        timeout=300,
        check=False,
    )
    return result.returncode, result.stderr


def test_the_command_line_obeys_the_role_table(world: World) -> None:
    from showroom.admin.users import set_password
    from showroom.kernel.audit import audit_trail as trail

    db = world.db
    people = {"ben": Role.CONSULTANT, "claire": Role.MANAGER, "it": Role.ADMIN}
    with db.session() as s:
        for user_id in (world.own, world.manager, world.admin):
            set_password(s, user_id, CLI_PASSWORD, None)
    for name, (action, args) in CLI_CASES.items():
        code, error = _cli(db, None, args(world, world.tmp / f"none-{name}"))
        assert code != 0 and "--as USER" in error, (name, error)
        for username, role in people.items():
            folder = world.tmp / f"{username}-{name.replace(' ', '')}"
            folder.mkdir()
            code, error = _cli(db, username, args(world, folder))
            if action in PERMISSIONS[role]:
                assert code == 0, (name, username, error)
            else:
                assert code == 1 and "may not" in error, (name, username, error)
    with db.reader() as s:
        names = {e.user_name for e in trail(s, world.admin, action="sign_in")}
    assert {"Ben Carter", "Claire Dubois", "IT Admin"} <= names
    # A restore: refused to a consultant and a manager, done by an admin.
    [backup] = (world.tmp / "it-backup").iterdir()
    for username in ("ben", "claire"):
        code, error = _cli(db, username, ["restore", str(backup)])
        assert code == 1 and "may not" in error, error
    db.dispose()  # a restore waits for every other connection to close
    code, error = _cli(db, "it", ["restore", str(backup)])
    assert code == 0, error
