"""Printing the vehicle handover document (``showroom print handover DELIVERY_ID``).

The print numbers, renders and archives the document in the customer's file through
:func:`showroom.kernel.archive.issue_document`, in the caller's unit of work; it is
registered in :data:`showroom.printing.registry.PRINTABLE` as ``handover``.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from showroom.core.errors import ValidationError
from showroom.core.ids import CustomerId, UserId
from showroom.deliveries.domain import ItemKind
from showroom.deliveries.service import DeliveryNotFound, delivery_view
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.settings import ShowroomSettings

if TYPE_CHECKING:
    from showroom.documents.handover import HandoverData
    from showroom.kernel.archive import ArchivedDocument, PrintFunction


def load_handover(session: Session, delivery_id: int) -> HandoverData:
    """The handover's data: a completed delivery prints its handover time, a planned one its
    planned start."""
    from showroom.documents.handover import HandedDocument, HandoverData, OwedLine

    try:
        view = delivery_view(session, delivery_id)
    except DeliveryNotFound:
        raise ValidationError(
            "delivery id", "no delivery has the id {delivery_id}", delivery_id=delivery_id
        ) from None
    return HandoverData(
        delivery_id=view.id,
        deal_id=view.deal_id,
        customer_id=view.customer_id,
        customer_name=view.customer_name,
        consultant=view.consultant,
        handed_over_at=view.completed_at or view.starts_at,
        make=view.make,
        model=view.model,
        trim=view.trim,
        colour=view.colour,
        vin=view.vin,
        plate=view.plate,
        odometer_km=view.odometer_km,
        insurance_policy=view.insurance_policy,
        keys_count=view.keys_count,
        bay=view.bay,
        customer_phone=view.customer_phone,
        customer_address=view.customer_address,
        documents=tuple(HandedDocument(i.title, i.done) for i in view.of_kind(ItemKind.DOCUMENTS)),
        accessories=view.accessories,
        owed=tuple(OwedLine(o.text, o.promised_on, o.done_at is not None) for o in view.owed),
    )


def print_handover(
    session: Session,
    delivery_id: int,
    user_id: UserId,
    settings: ShowroomSettings,
    now: datetime,
    *,
    invariant: bool = False,
) -> ArchivedDocument:
    """Print the handover document and file it in the customer's archive."""
    from showroom.documents.handover import render_handover
    from showroom.kernel.archive import issue_document

    data = load_handover(session, delivery_id)
    kind = DocumentKind.HANDOVER
    return issue_document(
        session,
        kind=kind,
        title=f"{kind.heading}: {data.customer_name}, {data.make} {data.model}",
        customer_id=CustomerId(data.customer_id),
        user_id=user_id,
        settings=settings,
        now=now,
        render=lambda context: render_handover(data, context),
        invariant=invariant,
    )


def _handover_by_id(
    session: Session, record_id: int, user_id: UserId, settings: ShowroomSettings, now: datetime
) -> ArchivedDocument:
    return print_handover(session, record_id, user_id, settings, now)


DELIVERY_PRINTABLE: dict[DocumentKind, PrintFunction] = {DocumentKind.HANDOVER: _handover_by_id}
"""Added to :data:`showroom.printing.registry.PRINTABLE` (``showroom print handover ID``)."""
