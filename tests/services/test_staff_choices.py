"""The staff pickers' one list: active users by name, closed accounts only when asked."""

from __future__ import annotations

from showroom.kernel.roles import Role
from showroom.kernel.staff import staff
from showroom.storage.database import Database
from tests.factories import make_user


def test_pickers_list_active_staff_by_name(db: Database) -> None:
    zoe = make_user(db, Role.CONSULTANT, "Zoë Martin")
    ana = make_user(db, Role.MANAGER, "Ana López")
    gone = make_user(db, Role.CONSULTANT, "Bob Gone", active=False)
    with db.reader() as session:
        choices = staff(session)
        everyone = staff(session, include_inactive=True)
    assert [(c.id, c.name) for c in choices] == [(ana, "Ana López"), (zoe, "Zoë Martin")]
    assert [c.id for c in everyone] == [ana, gone, zoe]
    assert all(type(c.id) is int and type(c.name) is str for c in everyone)


def test_equal_names_keep_a_stable_order(db: Database) -> None:
    first = make_user(db, Role.CONSULTANT, "Sam Lee")
    second = make_user(db, Role.CONSULTANT, "Sam Lee")
    with db.reader() as session:
        assert [c.id for c in staff(session)] == [first, second]
