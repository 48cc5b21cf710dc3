"""Printing the purchase plan, the deal checklist and the customer's next-steps sheet.

Each print numbers, renders and archives the document in the customer's file through
:func:`showroom.kernel.archive.issue_document`, in the caller's unit of work. The
forms are registered in :data:`showroom.printing.registry.PRINTABLE` as
``purchase-plan`` (a plan id), ``deal-checklist`` and ``next-steps`` (a deal id).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from showroom.core.errors import ValidationError
from showroom.core.ids import CustomerId, UserId
from showroom.deals.plans import PlanNotFound, plan_view
from showroom.deals.service import DealNotFound, deal_view
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.settings import ShowroomSettings

if TYPE_CHECKING:
    from showroom.documents.deal_checklist import DealChecklistData
    from showroom.documents.purchase_plan import PurchasePlanData
    from showroom.kernel.archive import ArchivedDocument, PrintFunction

# showroom.kernel.archive imports this module to register the forms below, so this one
# imports it only inside the functions (and for type checking).


def load_purchase_plan(session: Session, plan_id: int) -> PurchasePlanData:
    from showroom.documents.purchase_plan import AccessoryPrintLine, PurchasePlanData

    try:
        view = plan_view(session, plan_id, actor_id=None)
    except PlanNotFound:
        raise ValidationError(
            "plan id", "no purchase plan has the id {plan_id}", plan_id=plan_id
        ) from None
    return PurchasePlanData(
        plan_id=view.id,
        title=view.title,
        customer_id=view.customer_id,
        customer_name=view.customer_name,
        consultant=view.consultant,
        drawn_up=view.created_at,
        vehicle=view.vehicle_name,
        vin=view.vin,
        to_order=view.vehicle_id is None,
        budget=view.budget,
        intended_use=view.intended_use,
        must_haves=view.must_haves,
        accessories=tuple(
            AccessoryPrintLine(a.name, a.quantity, a.unit_price, a.amount) for a in view.accessories
        ),
        trade_in_description=view.trade_in_description,
        notes=view.notes,
        totals=view.totals,
    )


def load_deal(session: Session, deal_id: int) -> DealChecklistData:
    from showroom.documents.deal_checklist import DealChecklistData, DealLine

    try:
        view = deal_view(session, deal_id, actor_id=None)
    except DealNotFound:
        raise ValidationError("deal id", "no deal has the id {deal_id}", deal_id=deal_id) from None
    return DealChecklistData(
        deal_id=view.id,
        status=view.status.value,
        customer_id=view.customer_id,
        customer_name=view.customer_name,
        customer_phone=view.customer_phone,
        vehicle=view.vehicle_text,
        vehicle_name=view.vehicle_name,
        plan_title=view.plan_title,
        consultant=view.consultant,
        consultant_phone=None,
        opened_at=view.opened_at,
        lines=tuple(
            DealLine(
                checklist=item.checklist,
                title=item.title,
                title_zh=item.title_zh,
                done=item.state.value == "done",
                value_label=item.title if item.needs_value else None,
                value=item.value,
                stages=item.stages,
                stages_done=item.stages_done,
                responsible=item.responsible,
                due_on=item.due_on,
                done_at=item.done_at,
                done_by=item.done_by,
                note=item.note,
            )
            for item in view.items
        ),
    )


def print_purchase_plan(
    session: Session,
    plan_id: int,
    user_id: UserId,
    settings: ShowroomSettings,
    now: datetime,
    *,
    invariant: bool = False,
) -> ArchivedDocument:
    """Print the plan as a proposal and file it in the customer's archive."""
    from showroom.documents.purchase_plan import render_purchase_plan
    from showroom.kernel.archive import issue_document

    plan = load_purchase_plan(session, plan_id)
    kind = DocumentKind.PURCHASE_PLAN
    return issue_document(
        session,
        kind=kind,
        title=f"{kind.heading}: {plan.customer_name}, {plan.title} ({plan.vehicle})",
        customer_id=CustomerId(plan.customer_id),
        user_id=user_id,
        settings=settings,
        now=now,
        render=lambda context: render_purchase_plan(plan, context),
        invariant=invariant,
    )


def print_deal_checklist(
    session: Session,
    deal_id: int,
    user_id: UserId,
    settings: ShowroomSettings,
    now: datetime,
    *,
    invariant: bool = False,
) -> ArchivedDocument:
    """Print the deal's four checklists and file them in the customer's archive."""
    from showroom.documents.deal_checklist import render_deal_checklist
    from showroom.kernel.archive import issue_document

    deal = load_deal(session, deal_id)
    kind = DocumentKind.DEAL_CHECKLIST
    return issue_document(
        session,
        kind=kind,
        title=f"{kind.heading}: {deal.customer_name}, deal {deal.deal_id}",
        customer_id=CustomerId(deal.customer_id),
        user_id=user_id,
        settings=settings,
        now=now,
        render=lambda context: render_deal_checklist(deal, context),
        invariant=invariant,
    )


def print_next_steps(
    session: Session,
    deal_id: int,
    user_id: UserId,
    settings: ShowroomSettings,
    now: datetime,
    *,
    invariant: bool = False,
) -> ArchivedDocument:
    """Print the customer's “your next steps” sheet and file it in their archive."""
    from showroom.documents.next_steps import render_next_steps
    from showroom.kernel.archive import issue_document

    deal = load_deal(session, deal_id)
    kind = DocumentKind.NEXT_STEPS
    return issue_document(
        session,
        kind=kind,
        title=f"{kind.heading}: {deal.customer_name}, deal {deal.deal_id}",
        customer_id=CustomerId(deal.customer_id),
        user_id=user_id,
        settings=settings,
        now=now,
        render=lambda context: render_next_steps(deal, context),
        invariant=invariant,
    )


def _plan_by_id(
    session: Session, record_id: int, user_id: UserId, settings: ShowroomSettings, now: datetime
) -> ArchivedDocument:
    return print_purchase_plan(session, record_id, user_id, settings, now)


def _checklist_by_id(
    session: Session, record_id: int, user_id: UserId, settings: ShowroomSettings, now: datetime
) -> ArchivedDocument:
    return print_deal_checklist(session, record_id, user_id, settings, now)


def _next_steps_by_id(
    session: Session, record_id: int, user_id: UserId, settings: ShowroomSettings, now: datetime
) -> ArchivedDocument:
    return print_next_steps(session, record_id, user_id, settings, now)


DEAL_PRINTABLE: dict[DocumentKind, PrintFunction] = {
    DocumentKind.PURCHASE_PLAN: _plan_by_id,
    DocumentKind.DEAL_CHECKLIST: _checklist_by_id,
    DocumentKind.NEXT_STEPS: _next_steps_by_id,
}
"""Added to :data:`showroom.printing.registry.PRINTABLE` (``showroom print KIND ID``)."""
