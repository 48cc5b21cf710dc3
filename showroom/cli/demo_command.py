"""``showroom demo``: fill a new database with a realistic showroom.

A database that holds data already is refused unless ``--force`` is given (by an admin,
``--as``): the demo adds fake customers and staff accounts that would mix with real ones.
The staff it adds get random passwords, printed once, or the ``--password`` given.
"""

from __future__ import annotations

import argparse
import time

from sqlalchemy import func, select

from showroom.cli.identity import sign_in_for
from showroom.core.errors import ShowroomError
from showroom.kernel.permissions import Action
from showroom.storage.config import AppConfig
from showroom.storage.database import Database, run_in_transaction
from showroom.storage.migrate import open_database
from showroom.storage.models import Customer, User, Vehicle


class DatabaseNotEmpty(ShowroomError):
    """The demo was asked for on a database with data, without --force."""


def _held(db: Database) -> tuple[int, int, int]:
    with db.reader() as session:
        return (
            session.scalar(select(func.count(Customer.id))) or 0,
            session.scalar(select(func.count(User.id)).where(User.password_hash.is_not(None))) or 0,
            session.scalar(select(func.count(Vehicle.id))) or 0,
        )


def run_demo(args: argparse.Namespace, config: AppConfig) -> int:
    from showroom.admin.users import check_password
    from showroom.demo.world import generate_demo

    if args.password is not None:
        check_password(args.password)
    db = open_database(config)
    try:
        customers, users, vehicles = _held(db)
        if customers or users or vehicles:
            if not args.force:
                raise DatabaseNotEmpty(
                    "{where} holds data already ({customers:,} customers, {users} users, "
                    "{vehicles} vehicles); the demo would add {count:,} fake customers with "
                    "their timelines, vehicles and demo staff accounts among them. Give --force "
                    "(and --as an admin) to add them anyway.",
                    where=db.describe(),
                    customers=customers,
                    users=users,
                    vehicles=vehicles,
                    count=args.customers,
                )
            sign_in_for(db, args.as_user, Action.MANAGE_USERS)
        started = time.perf_counter()
        summary = run_in_transaction(
            db,
            lambda session: generate_demo(
                session,
                customers=args.customers,
                seed=args.seed,
                interactions_per_customer=args.interactions,
                password=args.password,
            ),
        )
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    print(
        f"Added {summary.customers:,} customers, {summary.interactions:,} timeline entries, "
        f"{summary.walk_ins:,} walk-ins, {summary.follow_ups:,} follow-ups, "
        f"{summary.vehicles} vehicles and {summary.users} staff to {db.describe()} "
        f"in {elapsed:.1f} s."
    )
    if summary.passwords:
        if args.password is not None:
            print(
                f"The demo staff sign in with the password given: {', '.join(summary.passwords)}."
            )
        else:
            print("The demo staff and their passwords (shown this once; change them in the app):")
            for username, password in summary.passwords.items():
                print(f"  {username}  {password}")
    return EXIT_OK


EXIT_OK = 0
