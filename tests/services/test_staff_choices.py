"""The staff pickers' one list: active users by name, closed accounts only when asked."""

from __future__ import annotations

from showroom.kernel.roles import Role
from showroom.kernel.staff_choices import StaffChoice, staff_choices
from showroom.storage.database import Database
from tests.factories import make_user


def test_pickers_list_active_staff_by_name(db: Database) -> None:
    zoe = make_user(db, Role.CONSULTANT, "Zoë Martin")
    ana = make_user(db, Role.MANAGER, "Ana López")
    gone = make_user(db, Role.CONSULTANT, "Bob Gone", active=False)
    with db.reader() as session:
        choices = staff_choices(session)
        everyone = staff_choices(session, include_inactive=True)
    assert choices == [StaffChoice(ana, "Ana López"), StaffChoice(zoe, "Zoë Martin")]
    assert [c.id for c in everyone] == [ana, gone, zoe]
    assert all(type(c.id) is int and type(c.display_name) is str for c in everyone)


def test_equal_names_keep_a_stable_order(db: Database) -> None:
    first = make_user(db, Role.CONSULTANT, "Sam Lee")
    second = make_user(db, Role.CONSULTANT, "Sam Lee")
    with db.reader() as session:
        assert [c.id for c in staff_choices(session)] == [first, second]
