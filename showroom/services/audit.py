"""The audit trail: every create, update, delete, merge, export, print and unmask of
customer data, with who, when, which record and which fields changed (old → new).

Licence and ID numbers are masked before they are written. Nothing edits the trail: the
database refuses UPDATE and DELETE on it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from showroom.domain.permissions import Action
from showroom.domain.privacy import SENSITIVE_FIELDS, mask_identifier
from showroom.services.access import require
from showroom.storage.models import AuditEntry, User
from showroom.storage.types import utc_now


def _plain(field: str, value: Any) -> Any:
    if field in SENSITIVE_FIELDS and value:
        return mask_identifier(str(value))
    if isinstance(value, Decimal | datetime):
        return str(value)
    if isinstance(value, tuple | list):
        return [_plain(field, v) for v in value]
    return value


def record(
    session: Session,
    actor_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str = "",
    changes: dict[str, tuple[Any, Any]] | None = None,
) -> None:
    """Append one entry; ``changes`` maps a field to (old, new)."""
    name = ""
    if actor_id is not None:
        user = session.get(User, actor_id)
        name = user.display_name if user else ""
    payload = (
        json.dumps(
            {f: [_plain(f, old), _plain(f, new)] for f, (old, new) in changes.items()},
            ensure_ascii=False,
            sort_keys=True,
        )
        if changes
        else None
    )
    session.add(
        AuditEntry(
            at=utc_now(),
            user_id=actor_id,
            user_name=name or ("command line" if actor_id is None else ""),
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary[:300],
            changes=payload,
        )
    )


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    user_name: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    changes: dict[str, list[Any]]


def audit_trail(
    session: Session,
    actor_id: int | None,
    *,
    action: str | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    user_id: int | None = None,
    since: datetime | None = None,
    limit: int = 500,
) -> list[AuditRow]:
    """Entries newest first, filtered; managers and admins only."""
    require(session, actor_id, Action.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if action:
        query = query.where(AuditEntry.action == action)
    if entity:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    return [
        AuditRow(
            e.id,
            e.at,
            e.user_name,
            e.action,
            e.entity,
            e.entity_id,
            e.summary,
            json.loads(e.changes) if e.changes else {},
        )
        for e in session.scalars(query)
    ]
