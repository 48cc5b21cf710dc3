"""Deals: for the manager, the open deals that are blocked and for how long, per consultant;
for a consultant, the next step of each of their open deals.

A deal is *blocked* when one of its checklist items is overdue (not done, due before today)
or when it has *stalled*: items are still open and none has been done for
:data:`STALL_DAYS` days (counted from the deal's opening if nothing was ever done). It has
been blocked since the oldest overdue item's due date, or since its last step was done for
a stalled deal, whichever is earlier.

A deal's *next step* is its open item due first (items without a due date last), in
checklist order (purchase, insurance, licensing, accessories) when several are due the
same day; an accessory item names the stage its next tick completes.

Open deals are hundreds at most: one grouped query over their items (index
``ix_deal_items_deal``) gives every figure; the per-deal rule is then applied here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from showroom.dashboard.service import (
    N_,
    Audience,
    Breakdown,
    BreakdownRow,
    Column,
    DetailList,
    DetailRow,
    Figure,
    ListRef,
    Section,
    Tone,
    Viewer,
    dashboard_list,
    dashboard_section,
)
from showroom.deals.checklist import CHECKLIST_TITLES, ChecklistKind, ItemState
from showroom.deals.domain import DealStatus
from showroom.storage.models import Customer, Deal, DealItem, User

STALL_DAYS = 7
"""A deal whose open items have seen no step done for this many days is stalled."""
LIST_LIMIT = 500
CHECKLIST_ORDER = {kind.value: n for n, kind in enumerate(ChecklistKind)}


@dataclass(frozen=True, slots=True)
class BlockedDeal:
    """An open deal that is blocked: since when, and why (message id and its data)."""

    deal_id: int
    customer_id: int
    customer: str
    consultant_id: int | None
    consultant: str | None
    since: date
    days: int
    overdue_items: int
    reason: str  # "Insurance: Policy number" or "" for a stalled deal


def _local_day(moment: datetime, viewer: Viewer) -> date:
    return moment.astimezone(viewer.zone).date()


def blocked_deals(
    session: Session, viewer: Viewer, consultant_id: int | None = None
) -> tuple[list[BlockedDeal], int]:
    """The blocked open deals (longest blocked first) and how many deals are open in all."""
    today = viewer.today
    not_done = DealItem.state != ItemState.DONE.value
    late = not_done & (DealItem.due_on < today)
    query = (
        select(
            Deal.id,
            Deal.customer_id,
            Customer.full_name,
            Deal.consultant_id,
            User.display_name,
            Deal.opened_at,
            func.min(case((late, DealItem.due_on), else_=None)),
            func.count(case((late, 1), else_=None)),
            func.count(case((not_done, 1), else_=None)),
            func.max(DealItem.done_at),
        )
        .outerjoin(DealItem, DealItem.deal_id == Deal.id)  # a deal with no item still counts
        .join(Customer, Customer.id == Deal.customer_id)
        .outerjoin(User, User.id == Deal.consultant_id)
        .where(Deal.status == DealStatus.OPEN.value)
        .group_by(
            Deal.id,
            Deal.customer_id,
            Customer.full_name,
            Deal.consultant_id,
            User.display_name,
            Deal.opened_at,
        )
    )
    if consultant_id is not None:
        query = query.where(Deal.consultant_id == consultant_id)
    found: list[BlockedDeal] = []
    open_deals = 0
    for (
        deal_id,
        customer_id,
        name,
        by_id,
        by,
        opened,
        oldest,
        overdue,
        pending,
        last,
    ) in session.execute(query):
        open_deals += 1
        if not pending:
            continue  # every step done: waiting for delivery, not blocked
        moved = _local_day(last if last is not None and last > opened else opened, viewer)
        stalled = (today - moved).days >= STALL_DAYS
        if not overdue and not stalled:
            continue
        since = min(d for d in (oldest, moved if stalled else None) if d is not None)
        found.append(
            BlockedDeal(
                deal_id, customer_id, name, by_id, by, since, (today - since).days, overdue, ""
            )
        )
    reasons = _most_overdue(session, [d.deal_id for d in found if d.overdue_items], today)
    found = [replace(d, reason=reasons.get(d.deal_id, "")) for d in found]
    found.sort(key=lambda d: (-d.days, d.customer, d.deal_id))
    return found, open_deals


def _most_overdue(session: Session, deal_ids: list[int], today: date) -> dict[int, str]:
    """Per deal, "Checklist: item" of its most overdue open item."""
    reasons: dict[int, str] = {}
    for chunk in (deal_ids[i : i + 500] for i in range(0, len(deal_ids), 500)):
        rows = session.execute(
            select(DealItem.deal_id, DealItem.checklist, DealItem.title)
            .where(
                DealItem.deal_id.in_(chunk),
                DealItem.state != ItemState.DONE.value,
                DealItem.due_on < today,
            )
            .order_by(DealItem.deal_id, DealItem.due_on, DealItem.position, DealItem.id)
        )
        for deal_id, kind, title in rows:
            if deal_id not in reasons:
                reasons[deal_id] = f"{CHECKLIST_TITLES[ChecklistKind(kind)]}: {title}"
    return reasons


@dataclass(frozen=True, slots=True)
class NextStep:
    deal_id: int
    customer_id: int
    customer: str
    checklist: str
    step: str
    due_on: date | None


def next_steps(session: Session, consultant_id: int) -> list[NextStep]:
    """The next open item of each open deal of one consultant, soonest due first."""
    order = case(*((DealItem.checklist == kind, n) for kind, n in CHECKLIST_ORDER.items()), else_=9)
    ranked = (
        select(
            DealItem.deal_id,
            DealItem.checklist,
            DealItem.title,
            DealItem.stages,
            DealItem.stages_done,
            DealItem.due_on,
            func.row_number()
            .over(
                partition_by=DealItem.deal_id,
                order_by=(
                    DealItem.due_on.is_(None),
                    DealItem.due_on,
                    order,
                    DealItem.position,
                    DealItem.id,
                ),
            )
            .label("rank"),
        )
        .join(Deal, Deal.id == DealItem.deal_id)
        .where(
            Deal.status == DealStatus.OPEN.value,
            Deal.consultant_id == consultant_id,
            DealItem.state != ItemState.DONE.value,
        )
        .subquery()
    )
    rows = session.execute(
        select(
            ranked.c.deal_id,
            Deal.customer_id,
            Customer.full_name,
            ranked.c.checklist,
            ranked.c.title,
            ranked.c.stages,
            ranked.c.stages_done,
            ranked.c.due_on,
        )
        .join(Deal, Deal.id == ranked.c.deal_id)
        .join(Customer, Customer.id == Deal.customer_id)
        .where(ranked.c.rank == 1)
        .order_by(ranked.c.due_on.is_(None), ranked.c.due_on, Customer.full_name, Deal.id)
    )
    steps = []
    for deal_id, customer_id, name, kind, title, stages, stages_done, due in rows:
        names = stages.split("|") if stages else []
        step = f"{title} ({names[stages_done]})" if stages_done < len(names) else title
        steps.append(
            NextStep(deal_id, customer_id, name, CHECKLIST_TITLES[ChecklistKind(kind)], step, due)
        )
    return steps


def _blocked_ref(consultant: int | None = None) -> ListRef:
    params = () if consultant is None else (("consultant", str(consultant)),)
    return ListRef("deals.blocked", params)


@dashboard_section("deals", order=35)
def deals_section(session: Session, viewer: Viewer) -> Section | None:
    if viewer.audience == Audience.CONSULTANT:
        steps = next_steps(session, viewer.user_id)
        late = sum(1 for s in steps if s.due_on is not None and s.due_on < viewer.today)
        due = sum(1 for s in steps if s.due_on is not None and s.due_on <= viewer.today)
        return Section(
            "deals",
            N_("My deals' next steps"),
            figures=(
                Figure(
                    "deals.next_steps",
                    N_("My deals' next steps"),
                    len(steps),
                    opens=ListRef("deals.next_steps"),
                ),
                Figure(
                    "deals.next_steps_due",
                    N_("Next steps due by today"),
                    due,
                    note=N_("some overdue") if late else None,
                    tone=Tone.ALERT if late else (Tone.WARNING if due else Tone.GOOD),
                    opens=ListRef("deals.next_steps", (("due", "1"),)),
                ),
            ),
        )
    blocked, open_deals = blocked_deals(session, viewer)
    per_consultant: dict[int | None, tuple[str, int]] = {}
    for deal in blocked:
        name, count = per_consultant.get(deal.consultant_id, (deal.consultant or "—", 0))
        per_consultant[deal.consultant_id] = (name, count + 1)
    longest = blocked[0].days if blocked else 0
    return Section(
        "deals",
        N_("Deals"),
        figures=(
            Figure(
                "deals.blocked",
                N_("Deals blocked"),
                len(blocked),
                total=open_deals,
                tone=Tone.ALERT if blocked else Tone.GOOD,
                opens=_blocked_ref(),
            ),
            Figure(
                "deals.blocked_longest",
                N_("Longest blocked, days"),
                longest,
                tone=Tone.WARNING if longest >= STALL_DAYS else Tone.NORMAL,
                opens=ListRef("deals.blocked", (("longest", "1"),)),
            ),
        ),
        breakdowns=(
            Breakdown(
                "deals.blocked_per_consultant",
                N_("Blocked deals per consultant"),
                tuple(
                    BreakdownRow(
                        name, count, _blocked_ref(consultant) if consultant is not None else None
                    )
                    for consultant, (name, count) in sorted(
                        per_consultant.items(), key=lambda kv: (-kv[1][1], kv[1][0])
                    )
                ),
            ),
        ),
    )


@dashboard_list("deals.blocked")
def blocked_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    consultant = ref.param("consultant")
    blocked, _ = blocked_deals(session, viewer, int(consultant) if consultant else None)
    if ref.param("longest") and blocked:
        blocked = [d for d in blocked if d.days == blocked[0].days]
    subject = blocked[0].consultant if consultant and blocked else None
    return DetailList(
        N_("Blocked deals of") if subject else N_("Blocked deals"),
        (
            Column(N_("Days blocked"), "number"),
            Column(N_("Since"), "date"),
            Column(N_("Customer")),
            Column(N_("Consultant")),
            Column(N_("Overdue steps"), "number"),
            Column(N_("Most overdue step"), "label"),
        ),
        tuple(
            DetailRow(
                (
                    d.days,
                    d.since,
                    d.customer,
                    d.consultant or "—",
                    d.overdue_items,
                    d.reason or N_("No step done lately"),
                ),
                customer_id=d.customer_id,
                alert=d.overdue_items > 0,
            )
            for d in blocked[:LIST_LIMIT]
        ),
        total=len(blocked),
        subject=subject,
    )


@dashboard_list("deals.next_steps")
def next_steps_list(session: Session, viewer: Viewer, ref: ListRef) -> DetailList:
    steps = next_steps(session, viewer.user_id)
    if ref.param("due"):
        steps = [s for s in steps if s.due_on is not None and s.due_on <= viewer.today]
    return DetailList(
        N_("My deals' next steps"),
        (
            Column(N_("Due"), "date"),
            Column(N_("Customer")),
            Column(N_("Checklist"), "label"),
            Column(N_("Next step")),
        ),
        tuple(
            DetailRow(
                (s.due_on, s.customer, s.checklist, s.step),
                customer_id=s.customer_id,
                alert=s.due_on is not None and s.due_on < viewer.today,
            )
            for s in steps[:LIST_LIMIT]
        ),
        total=len(steps),
    )
