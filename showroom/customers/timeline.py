"""The customer's timeline and card as one read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.storage.models import Interaction, User


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One interaction: what, when, and who."""

    id: int
    kind: str
    occurred_at: datetime
    summary: str
    user: str | None


def timeline(session: Session, customer_id: int, limit: int = 1000) -> list[TimelineEntry]:
    """The customer's interactions, newest first (served by the (customer, time) index)."""
    query = (
        select(
            Interaction.id,
            Interaction.kind,
            Interaction.occurred_at,
            Interaction.summary,
            User.display_name,
        )
        .outerjoin(User, User.id == Interaction.user_id)
        .where(Interaction.customer_id == customer_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(limit)
    )
    return [TimelineEntry(*row) for row in session.execute(query)]
