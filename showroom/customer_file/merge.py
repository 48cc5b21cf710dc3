"""Merging two customer cards into one: every record of every area follows the kept card."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    update,
)
from sqlalchemy.orm import Session

from showroom.core.errors import DomainError
from showroom.core.ids import UserId
from showroom.core.text import fold
from showroom.customers.service import card_values, get_customer, refresh_search_text, set_phones
from showroom.kernel.access import require
from showroom.kernel.audit import record
from showroom.kernel.permissions import Action
from showroom.storage.models import Base, Interaction
from showroom.storage.types import utc_now


def merge_customers(
    session: Session,
    keep_id: int,
    merge_id: int,
    actor_id: UserId | None,
    now: datetime | None = None,
) -> None:
    """Merge customer ``merge_id`` into ``keep_id`` and delete the merged card.

    Every row of every table that points at the merged customer (timeline, follow-ups,
    walk-ins, documents, deals…) is moved to the kept one, so nothing of either is lost.
    Phones and e-mail the kept card lacks are taken over; empty fields are filled.
    """
    if keep_id == merge_id:
        raise DomainError("A customer cannot be merged with itself.")
    require(session, actor_id, Action.MERGE_CUSTOMERS)
    now = now or utc_now()
    keep = get_customer(session, keep_id)
    gone = get_customer(session, merge_id)
    from showroom.test_drives.service import check_drives_can_merge

    check_drives_can_merge(session, keep_id, merge_id)
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "customers" and table.name != "customer_phones":
                session.execute(
                    update(table).where(fk.parent == merge_id).values({fk.parent.name: keep_id})
                )
    own = {p.e164 for p in keep.phones}
    extra = [p for p in gone.phones if p.e164 not in own]
    phones = [(p.e164, p.label) for p in keep.phones] + [(p.e164, p.label) for p in extra]
    values = card_values(keep)
    for name, value in card_values(gone).items():
        if values.get(name) in (None, "") and value not in (None, "") and name != "phones":
            setattr(keep, name, value)
    if keep.email is None and gone.email:
        keep.email = gone.email
    note = f"Merged with the card of {gone.full_name} (customer {gone.id})"
    record(
        session, actor_id, "merge", "customer", keep.id, note, {"merged_customer": (gone.id, None)}
    )
    session.delete(gone)
    session.flush()
    set_phones(keep, tuple(phones[:5]))
    keep.primary_phone = phones[0][0] if phones else None
    keep.name_folded = fold(keep.full_name)
    refresh_search_text(session, keep)
    keep.updated_at = now
    session.add(
        Interaction(
            customer_id=keep.id, user_id=actor_id, kind="note", occurred_at=now, summary=note
        )
    )
    session.flush()
