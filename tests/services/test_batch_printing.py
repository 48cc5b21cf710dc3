"""A day's batch of one kind: which records it holds, every document archived on its own,
and a batch that is stopped part-way leaves nothing archived (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from showroom.admin.users import system_user
from showroom.core.ids import UserId
from showroom.kernel.document_kind import DocumentKind
from showroom.printing.batch import NothingToPrint, print_day_batch
from showroom.storage.database import Database
from showroom.storage.models import Customer, Document, TestDrive, WalkIn
from tests.services.drive_world import SETTINGS, World, make_world

DAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 18, 0, tzinfo=UTC)


def at(hour: int, days: int = 0) -> datetime:
    return datetime(2026, 11, 26, hour, tzinfo=UTC) + timedelta(days=days)


@pytest.fixture
def world(db: Database) -> World:
    world = make_world(db)
    with db.session() as s:

        def drive(customer: int, car: int, start: datetime, status: str, licence: bool) -> None:
            s.add(
                TestDrive(
                    customer_id=customer,
                    vehicle_id=car,
                    consultant_id=world.ben if customer != world.wang else world.li,
                    starts_at=start,
                    ends_at=start + timedelta(minutes=30),
                    status=status,
                    licence_number="DL123456" if licence else None,
                    licence_country="United Kingdom" if licence else None,
                    licence_expires_on=date(2030, 1, 1) if licence else None,
                )
            )
            s.flush()

        drive(world.jurgen, world.golf1, at(11), "booked", True)
        drive(world.anna, world.golf2, at(9), "returned", True)
        drive(world.wang, world.tesla, at(10), "booked", False)  # licence not recorded yet
        drive(world.anna, world.golf1, at(14), "cancelled", True)  # not a drive any more
        drive(world.jurgen, world.golf2, at(10, days=1), "booked", True)  # tomorrow
        for customer, hour in ((world.wang, 15), (world.anna, 9), (world.wang, 16)):
            s.add(
                WalkIn(
                    time_in=at(hour),
                    customer_id=customer,
                    party_size=1,
                    purpose="browsing",
                    consultant_id=world.ben,
                )
            )
    return world


def documents(db: Database) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Document)) or 0)


def test_a_days_agreements_in_start_order_without_the_ones_lacking_a_licence(
    db: Database, world: World
) -> None:
    with db.session() as session:
        user = UserId(system_user(session).id)
        batch = print_day_batch(
            session, DocumentKind.TEST_DRIVE_AGREEMENT, DAY, user, SETTINGS, NOW
        )
    assert [d.customer_id for d in batch.documents] == [world.anna, world.jurgen]
    assert batch.left_out == 1
    assert batch.left_out_text == "1 left out (without a recorded driving licence)"
    reader = PdfReader(io.BytesIO(batch.pdf))
    assert len(reader.pages) == batch.page_count == sum(d.page_count for d in batch.documents)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert text.index("Anna Nowak") < text.index("Jürgen Weiß")
    assert documents(db) == 2


def test_a_days_cards_name_each_visitor_once_in_order_of_arrival(
    db: Database, world: World
) -> None:
    with db.session() as session:
        user = UserId(system_user(session).id)
        batch = print_day_batch(session, DocumentKind.CUSTOMER_CARD, DAY, user, SETTINGS, NOW)
    assert [d.customer_id for d in batch.documents] == [world.anna, world.wang]
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(batch.pdf)).pages)
    assert "王芳" in text


def test_a_batch_stopped_part_way_archives_nothing(db: Database, world: World) -> None:
    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 1:
            raise Stop

    with pytest.raises(Stop), db.session() as session:
        user = UserId(system_user(session).id)
        print_day_batch(
            session, DocumentKind.CUSTOMER_CARD, DAY, user, SETTINGS, NOW, progress=progress
        )
    assert seen == [(0, 2), (1, 2)]
    assert documents(db) == 0
    # The numbers the stopped batch took are free again: the next print starts at 1.
    with db.session() as session:
        user = UserId(system_user(session).id)
        batch = print_day_batch(session, DocumentKind.CUSTOMER_CARD, DAY, user, SETTINGS, NOW)
    assert batch.documents[0].number.endswith("-000001")


def test_a_day_without_any_says_so(db: Database, world: World) -> None:
    expected = "no open deal has a step due on 2026-11-26"
    with pytest.raises(NothingToPrint, match=expected), db.session() as session:
        user = UserId(system_user(session).id)
        print_day_batch(session, DocumentKind.NEXT_STEPS, DAY, user, SETTINGS, NOW)
    assert documents(db) == 0


def test_a_consultants_batch_leaves_out_other_consultants_customers(
    db: Database, world: World
) -> None:
    with db.session() as session:
        wang = session.get(Customer, world.wang)
        assert wang is not None
        wang.assigned_consultant_id = world.li
    with db.session() as session:
        batch = print_day_batch(session, DocumentKind.CUSTOMER_CARD, DAY, world.ben, SETTINGS, NOW)
    assert [d.customer_id for d in batch.documents] == [world.anna]
    assert batch.not_yours == 1
    assert batch.left_out_text == "1 left out (other consultants' customers)"
    # Li may print Wang's card; Anna is nobody's, so Li gets hers too.
    with db.session() as session:
        batch = print_day_batch(session, DocumentKind.CUSTOMER_CARD, DAY, world.li, SETTINGS, NOW)
    assert [d.customer_id for d in batch.documents] == [world.anna, world.wang]
    assert documents(db) == 3


def test_a_days_handovers_print_in_time_order(db: Database) -> None:
    from tests.services.deal_helpers import NOW as DEAL_NOW
    from tests.services.deal_helpers import SETTINGS as DEAL_SETTINGS
    from tests.services.deal_helpers import make_staff
    from tests.services.test_deliveries import TOMORROW, at, make_sale, plan

    staff = make_staff(db)
    late, early, other_day = (make_sale(db, staff, n) for n in ("Zoë Late", "Адам Ранний", "王 明"))
    plan(db, late, at(15, day=TOMORROW), "Bay 1", staff.consultant)
    plan(db, early, at(10, day=TOMORROW), "Bay 2", staff.other)
    plan(db, other_day, at(10, day=TOMORROW + timedelta(days=1)), "Bay 1", staff.consultant)
    with db.session() as s:
        batch = print_day_batch(
            s, DocumentKind.HANDOVER, TOMORROW, staff.manager, DEAL_SETTINGS, DEAL_NOW
        )
    assert len(batch.documents) == 2
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(batch.pdf)).pages)
    assert text.index("Адам Ранний") < text.index("Zoë Late")
    assert "王 明" not in text
    with db.reader() as s:
        kinds = s.scalars(select(Document.kind)).all()
    assert kinds == [DocumentKind.HANDOVER.value] * 2
    with db.session() as s, pytest.raises(NothingToPrint, match="no delivery is planned"):
        print_day_batch(
            s,
            DocumentKind.HANDOVER,
            TOMORROW + timedelta(days=5),
            staff.manager,
            DEAL_SETTINGS,
            DEAL_NOW,
        )
