"""Follow-ups: what is due and overdue (per consultant for the manager), today's
appointments, and how many of the last fortnight's were done.

The counts leave out what "My follow-ups" leaves out (marketing follow-ups of customers who
did not consent), so a figure and the list it opens always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from showroom.customers.visits import FollowUpKind
from showroom.dashboard.service import (
    N_,
    Audience,
    Breakdown,
    BreakdownRow,
    Chart,
    Column,
    DetailList,
    DetailRow,
    Figure,
    ListRef,
    Section,
    Series,
    Tone,
    Viewer,
    dashboard_list,
    dashboard_section,
)
from showroom.storage.models import Customer, FollowUp, User

_Rows = Select[date, int, str, str | None, str, str, str | None]
HISTORY_DAYS = 14
LIST_LIMIT = 500


def _consented() -> ColumnElement[bool]:
    # Correlated, so the customer is looked up only for the rare marketing follow-up.
    customer = aliased(Customer)
    return (
        select(customer.id)
        .where(customer.id == FollowUp.customer_id, customer.consent_contact.is_(True))
        .correlate(FollowUp)
        .exists()
    )


def _contactable() -> ColumnElement[bool]:
    return or_(FollowUp.for_marketing.is_(False), _consented())


def _open_due_by(today: date) -> tuple[ColumnElement[bool], ...]:
    return (FollowUp.done_at.is_(None), FollowUp.due_on <= today)


def _counts(
    session: Session,
    keys: Sequence[ColumnElement[Any] | InstrumentedAttribute[Any]],
    aggregates: Sequence[ColumnElement[Any]],
    *conditions: ColumnElement[bool],
) -> dict[tuple[Any, ...], list[int]]:
    """``aggregates`` per ``keys`` over the follow-ups that match ``conditions``, leaving out
    marketing follow-ups of customers who did not consent.

    Counted as "all" minus "withheld": each is a plain index scan, and the second runs only
    if there are marketing follow-ups at all. One query with the consent check in it makes
    PostgreSQL plan for the worst case and spend longer compiling it (JIT) than running it.
    """
    query = select(*keys, *aggregates).where(*conditions)
    if keys:
        query = query.group_by(*keys)
    width = len(keys)
    result = {
        tuple(row[:width]): [int(value or 0) for value in row[width:]]
        for row in session.execute(query)
    }
    marketing = FollowUp.for_marketing == true()
    if session.scalar(select(FollowUp.id).where(marketing).limit(1)) is None:
        return result  # the usual case: no marketing follow-ups at all
    withheld = query.where(marketing, ~_consented())
    for row in session.execute(withheld):
        key = tuple(row[:width])
        if key in result:
            result[key] = [a - int(b or 0) for a, b in zip(result[key], row[width:], strict=True)]
    return result


def _history(session: Session, viewer: Viewer, assigned_to: int | None) -> Chart:
    """Per day of the last fortnight: follow-ups due that day, and how many of them are done."""
    first = viewer.today - timedelta(days=HISTORY_DAYS - 1)
    conditions = [FollowUp.due_on >= first, FollowUp.due_on <= viewer.today]
    if assigned_to is not None:
        conditions.append(FollowUp.assigned_to_id == assigned_to)
    counts = _counts(
        session,
        [FollowUp.due_on],
        [func.count(), func.count(FollowUp.done_at)],
        *conditions,
    )
    days = tuple(first + timedelta(days=n) for n in range(HISTORY_DAYS))
    return Chart(
        "follow_ups.history",
        N_("Follow-ups due and done, last 14 days"),
        days,
        (
            Series(N_("Due"), tuple(counts.get((d,), [0, 0])[0] for d in days)),
            Series(N_("Done"), tuple(counts.get((d,), [0, 0])[1] for d in days)),
        ),
        current=HISTORY_DAYS - 1,
    )


def _ref(**params: object) -> ListRef:
    return ListRef("follow_ups.due", tuple((k, str(v)) for k, v in params.items()))


@dashboard_section("follow_ups", order=30)
def follow_ups_section(session: Session, viewer: Viewer) -> Section:
    today = viewer.today
    overdue = func.count().filter(FollowUp.due_on < today)
    due_today = func.count().filter(FollowUp.due_on == today)
    appointments = func.count().filter(
        FollowUp.due_on == today, FollowUp.kind == FollowUpKind.RETURN_VISIT.value
    )
    if viewer.audience == Audience.CONSULTANT:
        mine = _counts(
            session,
            [],
            [overdue, due_today, appointments],
            *_open_due_by(today),
            FollowUp.assigned_to_id == viewer.user_id,
        )
        late, due, visits = mine.get((), [0, 0, 0])
        me = viewer.user_id
        return Section(
            "follow_ups",
            N_("My follow-ups"),
            figures=(
                Figure(
                    "follow_ups.mine",
                    N_("My follow-ups due"),
                    int(late) + int(due),
                    opens=_ref(consultant=me),
                ),
                Figure(
                    "follow_ups.mine_overdue",
                    N_("My overdue follow-ups"),
                    int(late),
                    tone=Tone.ALERT if late else Tone.GOOD,
                    opens=_ref(consultant=me, overdue=1),
                ),
                Figure(
                    "follow_ups.appointments",
                    N_("My return visits today"),
                    int(visits),
                    opens=ListRef("follow_ups.appointments", (("consultant", str(me)),)),
                ),
            ),
            charts=(_history(session, viewer, me),),
        )

    counted = _counts(
        session,
        [FollowUp.assigned_to_id],
        [overdue, due_today, appointments],
        *_open_due_by(today),
    )
    names = {
        user_id: name
        for user_id, name in session.execute(
            select(User.id, User.display_name).where(
                User.id.in_([key[0] for key in counted if key[0] is not None])
            )
        )
    }
    per_consultant = [
        (key[0], names.get(key[0]) if key[0] is not None else None, *values)
        for key, values in counted.items()
    ]
    total_overdue = sum(int(r[2]) for r in per_consultant)
    rows = sorted((r for r in per_consultant if r[2]), key=lambda r: (-int(r[2]), r[1] or ""))
    return Section(
        "follow_ups",
        N_("Follow-ups"),
        figures=(
            Figure(
                "follow_ups.overdue",
                N_("Overdue follow-ups"),
                total_overdue,
                tone=Tone.ALERT if total_overdue else Tone.GOOD,
                opens=_ref(overdue=1),
            ),
            Figure(
                "follow_ups.due_today",
                N_("Follow-ups due today"),
                sum(int(r[3]) for r in per_consultant),
                opens=_ref(today=1),
            ),
            Figure(
                "follow_ups.appointments",
                N_("Appointments today"),
                sum(int(r[4]) for r in per_consultant),
                opens=ListRef("follow_ups.appointments"),
            ),
        ),
        breakdowns=(
            Breakdown(
                "follow_ups.overdue_per_consultant",
                N_("Overdue follow-ups per consultant"),
                tuple(
                    BreakdownRow(
                        name or "—",
                        int(late),
                        _ref(overdue=1, consultant=consultant)
                        if consultant is not None
                        else _ref(overdue=1, consultant="none"),
                    )
                    for consultant, name, late, _, _ in rows
                ),
            ),
        ),
        charts=(_history(session, viewer, None),),
    )


def _listing(
    session: Session, query: _Rows, viewer: Viewer, ref: ListRef
) -> tuple[_Rows, str | None]:
    consultant = ref.param("consultant")
    subject = None
    if consultant == "none":
        query = query.where(FollowUp.assigned_to_id.is_(None))
    elif consultant:
        query = query.where(FollowUp.assigned_to_id == int(consultant))
        subject = session.scalar(select(User.display_name).where(User.id == int(consultant)))
    return query, subject


def _rows(session: Session, query: _Rows, today: date) -> tuple[DetailRow, ...]:
    return tuple(
        DetailRow(
            (due_on, name, phone, reason, kind, assigned),
            customer_id=customer_id,
            alert=due_on < today,
        )
        for due_on, customer_id, name, phone, reason, kind, assigned in session.execute(
            query.limit(LIST_LIMIT)
        )
    )


KINDS = {
    "follow_up": N_("Follow-up"),
    "return_visit": N_("Return visit"),
    "satisfaction": N_("Satisfaction call"),
}
COLUMNS = (
    Column(N_("Due"), "date"),
    Column(N_("Customer")),
    Column(N_("Phone"), "phone"),
    Column(N_("Reason")),
    Column(N_("Kind"), "label"),
    Column(N_("Assigned to")),
)


def _base() -> _Rows:
    return (
        select(
            FollowUp.due_on,
            FollowUp.customer_id,
            Customer.full_name,
            Customer.primary_phone,
            FollowUp.reason,
            FollowUp.kind,
            User.display_name,
        )
        .join(Customer, Customer.id == FollowUp.customer_id)
        .outerjoin(User, User.id == FollowUp.assigned_to_id)
        .order_by(FollowUp.due_on, FollowUp.id)
    )


def _labelled(rows: tuple[DetailRow, ...]) -> tuple[DetailRow, ...]:
    return tuple(
        DetailRow(
            (*row.cells[:4], KINDS.get(str(row.cells[4]), str(row.cells[4])), row.cells[5]),
            customer_id=row.customer_id,
            alert=row.alert,
        )
        for row in rows
    )


@dashboard_list("follow_ups.due")
def due_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    today = viewer.today
    conditions = [*_open_due_by(today), _contactable()]
    title = N_("Follow-ups due today and overdue")
    if ref.param("overdue"):
        conditions.append(FollowUp.due_on < today)
        title = N_("Overdue follow-ups")
    elif ref.param("today"):
        conditions.append(FollowUp.due_on == today)
        title = N_("Follow-ups due today")
    query, subject = _listing(session, _base().where(and_(*conditions)), viewer, ref)
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    return DetailList(
        title, COLUMNS, _labelled(_rows(session, query, today)), int(total or 0), subject
    )


@dashboard_list("follow_ups.appointments")
def appointments_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    today = viewer.today
    query = _base().where(
        *_open_due_by(today),
        _contactable(),
        FollowUp.due_on == today,
        FollowUp.kind == FollowUpKind.RETURN_VISIT.value,
    )
    query, subject = _listing(session, query, viewer, ref)
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    return DetailList(
        N_("Appointments today"),
        COLUMNS,
        _labelled(_rows(session, query, today)),
        int(total or 0),
        subject,
    )
