"""The customer search shared by the walk-in and booking dialogs: type, Down, Return; and a
consultant finds only the customers they may see (the services would refuse the others)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from showroom.storage.models import Customer
from ui.context import AppContext
from ui.dialogs.booking import BookingDialog
from ui.dialogs.walk_in import WalkInDialog
from ui.widgets.customer_search import CustomerSearch


def _someone_elses_customer(context: AppContext) -> tuple[str, int]:
    """(full name, id) of a customer of another consultant whose name few others share."""
    with context.db.reader() as session:
        rows = session.execute(
            select(Customer.id, Customer.full_name, Customer.assigned_consultant_id)
        ).all()
    names = Counter(r.full_name for r in rows)
    for cid, name, owner in rows:
        if owner not in (None, context.user_id) and names[name] <= 3:
            return name, cid
    raise AssertionError("the demo has no customer of another consultant")


def _listed(search: CustomerSearch) -> set[int]:
    return {
        int(search.results.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(search.results.count())
    }


def test_a_consultant_finds_only_the_customers_they_may_see(
    qtbot: QtBot, app_context: AppContext, consultant_context: AppContext
) -> None:
    name, theirs = _someone_elses_customer(consultant_context)
    for context, found in ((consultant_context, False), (app_context, True)):
        for dialog in (WalkInDialog(None, context), BookingDialog(None, context)):
            qtbot.addWidget(dialog)
            dialog.search.setText(name)
            dialog.picker.flush()
            assert (theirs in _listed(dialog.picker)) is found, (context.user_role, dialog)


def test_down_then_return_accepts_the_current_match(qtbot: QtBot, app_context: AppContext) -> None:
    search = CustomerSearch(app_context, "probe")
    qtbot.addWidget(search)
    search.show()
    with app_context.db.reader() as session:
        name = session.scalars(select(Customer.full_name).order_by(Customer.id)).first()
    assert name is not None
    search.search.setFocus()
    search.search.setText(name)  # typed (keyClicks takes ASCII only; demo names are not)
    assert search.results.count() == 0  # the search waits for the typing pause
    qtbot.keyClick(search.search, Qt.Key.Key_Down)  # ... which Down does not
    assert search.results.count() >= 1
    assert name in search.results.item(0).text()
    with qtbot.waitSignal(search.accepted, timeout=1000):
        qtbot.keyClick(search.results, Qt.Key.Key_Return)
    assert search.selected_customer() is not None
    search.search.clear()
    search.flush()
    assert search.results.count() == 0 and search.selected_customer() is None
