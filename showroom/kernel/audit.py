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

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from showroom.kernel.access import require
from showroom.kernel.permissions import Action
from showroom.kernel.privacy import SENSITIVE_FIELDS, mask_identifier
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


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the audit view narrows the trail to; empty fields do not filter."""

    user_id: int | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    text: str = ""


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
    flt = AuditFilter(user_id, action, entity, entity_id, since)
    return audit_page(session, actor_id, flt, limit=limit)


def audit_page(
    session: Session,
    actor_id: int | None,
    flt: AuditFilter,
    *,
    before: tuple[datetime, int] | None = None,
    limit: int = 200,
) -> list[AuditRow]:
    """One page of the trail, newest first, for the entries older than ``before`` (the
    (at, id) of the last row shown): keyset paging on the ``at`` index, so a page costs the
    same at the start of a trail of 100,000 entries as at its end. Managers and admins only.
    """
    require(session, actor_id, Action.VIEW_AUDIT)
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if flt.action:
        query = query.where(AuditEntry.action == flt.action)
    if flt.entity:
        query = query.where(AuditEntry.entity == flt.entity)
    if flt.entity_id is not None:
        query = query.where(AuditEntry.entity_id == flt.entity_id)
    if flt.user_id is not None:
        query = query.where(AuditEntry.user_id == flt.user_id)
    if flt.since is not None:
        query = query.where(AuditEntry.at >= flt.since)
    if flt.until is not None:
        query = query.where(AuditEntry.at < flt.until)
    text = flt.text.strip()
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(
                AuditEntry.summary.ilike(pattern, escape="\\"),
                AuditEntry.user_name.ilike(pattern, escape="\\"),
                AuditEntry.changes.ilike(pattern, escape="\\"),
            )
        )
    if before is not None:
        at, entry_id = before
        query = query.where(
            or_(AuditEntry.at < at, and_(AuditEntry.at == at, AuditEntry.id < entry_id))
        )
    return [
        AuditRow(
            e.id,
            e.at,
            e.user_name,
            e.action,
            e.entity,
            e.entity_id,
            e.summary,
            _masked_changes(e.changes),
        )
        for e in session.scalars(query)
    ]


def _masked_changes(raw: str | None) -> dict[str, list[Any]]:
    """The stored changes, with sensitive fields masked again (entries are masked when
    written; this keeps it so for any written before a field became sensitive)."""
    changes: dict[str, list[Any]] = json.loads(raw) if raw else {}
    return {
        field: [_plain(field, v) for v in values] if field in SENSITIVE_FIELDS else values
        for field, values in changes.items()
    }


@dataclass(frozen=True, slots=True)
class AuditChoices:
    """What the filters of the audit view offer."""

    users: list[tuple[int, str]]
    actions: list[str]
    entities: list[str]


def audit_choices(session: Session, actor_id: int | None) -> AuditChoices:
    require(session, actor_id, Action.VIEW_AUDIT)
    users = [
        (int(i), str(n))
        for i, n in session.execute(select(User.id, User.display_name).order_by(User.display_name))
    ]
    actions = [str(a) for a in session.scalars(select(AuditEntry.action).distinct())]
    entities = [str(e) for e in session.scalars(select(AuditEntry.entity).distinct())]
    return AuditChoices(users, sorted(actions), sorted(entities))
