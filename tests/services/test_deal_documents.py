"""Printing plans and deals: numbered, archived in the customer's file, on both backends."""

from __future__ import annotations

import re

import pytest

from showroom.core.errors import ValidationError
from showroom.deals.checklist import ChecklistKind
from showroom.deals.domain import AccessoryChoice
from showroom.deals.plans import plan_view
from showroom.deals.service import accept_plan, complete_item, deal_view
from showroom.kernel.archive import list_documents
from showroom.kernel.document_kind import DocumentKind
from showroom.printing.deal_forms import print_deal_checklist, print_next_steps, print_purchase_plan
from showroom.printing.registry import PRINTABLE
from showroom.storage.database import Database
from tests.pdf_helpers import page_texts
from tests.services.deal_helpers import (
    NOW,
    SETTINGS,
    make_accessory,
    make_customer,
    make_plan,
    make_staff,
    make_vehicle,
)


def test_the_three_forms_are_printable_by_kind() -> None:
    for kind in (DocumentKind.PURCHASE_PLAN, DocumentKind.DEAL_CHECKLIST, DocumentKind.NEXT_STEPS):
        assert kind in PRINTABLE


def test_plan_and_deal_documents_are_archived_in_the_customer_file(db: Database) -> None:
    staff = make_staff(db)
    customer = make_customer(db, "Zoë Walker", staff.consultant)
    bars = make_accessory(db, "Roof bars", "249")
    plan_id = make_plan(
        db,
        customer,
        make_vehicle(db),
        staff.consultant,
        (AccessoryChoice(bars, 2),),
        payment="finance",
        deposit="3,000",
        term_months="36",
        apr="5.9",
    )
    with db.session() as session:
        proposal = print_purchase_plan(session, plan_id, staff.consultant, SETTINGS, NOW)
        deal_id = accept_plan(
            session,
            plan_id,
            plan_view(session, plan_id, actor_id=None).version,
            staff.consultant,
            SETTINGS,
            now=NOW,
        )
    with db.session() as session:
        item = deal_view(session, deal_id, actor_id=None).checklist(ChecklistKind.INSURANCE)[2]
        complete_item(
            session, item.id, item.version, staff.consultant, SETTINGS, value="P-9", now=NOW
        )
    with db.session() as session:
        checklist = PRINTABLE[DocumentKind.DEAL_CHECKLIST](
            session, deal_id, staff.consultant, SETTINGS, NOW
        )
        steps = print_next_steps(session, deal_id, staff.consultant, SETTINGS, NOW)
    assert proposal.number == "PP-2026-000001"
    assert checklist.number == "DC-2026-000001" and steps.number == "NS-2026-000001"
    proposal_text = re.sub(r"\s+", " ", " ".join(page_texts(proposal.pdf)))
    assert (
        "36 monthly payments of" in proposal_text and "Roof bars 2 £249.00 £498.00" in proposal_text
    )
    checklist_text = " ".join(page_texts(checklist.pdf))
    assert (
        "Policy number: P-9" in checklist_text and f"Deal {deal_id}: Zoë Walker" in checklist_text
    )
    assert "Dear Zoë Walker," in " ".join(page_texts(steps.pdf))
    with db.reader() as session:
        archive = list_documents(session, customer)
    assert [(d.kind, d.number) for d in archive][::-1] == [
        (DocumentKind.PURCHASE_PLAN, "PP-2026-000001"),
        (DocumentKind.DEAL_CHECKLIST, "DC-2026-000001"),
        (DocumentKind.NEXT_STEPS, "NS-2026-000001"),
    ]
    assert archive[-1].title.startswith("Purchase plan: Zoë Walker, Plan A (Kia Sportage")


def test_unknown_ids_are_named(db: Database) -> None:
    staff = make_staff(db)
    with pytest.raises(ValidationError) as caught, db.session() as session:
        print_purchase_plan(session, 999, staff.consultant, SETTINGS, NOW)
    assert str(caught.value) == "plan id: no purchase plan has the id 999"
    with pytest.raises(ValidationError, match="deal id: no deal has the id 5"), db.session() as s:
        print_deal_checklist(s, 5, staff.consultant, SETTINGS, NOW)
