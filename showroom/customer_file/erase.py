"""Data-subject requests: export everything held about one customer, or erase them.

Both walk every table that points at ``customers.id`` (found from the model, so tables added
later are covered without touching this file).

Erasing anonymises the personal fields, deletes every archived PDF printed for the customer
(each carries their name and contact details), clears the licence numbers of their test
drives, and replaces every quotation of the person (name, e-mail, phone numbers, licence
numbers) in any text column of any table, the audit trail included (redacted, see migration
0016), with "(erased)". The sale records (deals, plans, deliveries: amounts, cars, dates)
stay, tied to the anonymised customer; the reason is recorded in the audit trail. After the
commit the freed space is overwritten (SQLite) or vacuumed (PostgreSQL), so that backups
taken from then on hold no copy; older backups are covered in docs/privacy.md.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import phonenumbers
from sqlalchemy import String, Table, Text, delete, func, select, update
from sqlalchemy.orm import Session

from showroom.core.errors import ValidationError
from showroom.core.text import clean_line
from showroom.customers.service import get_customer
from showroom.kernel.access import require
from showroom.kernel.audit import record
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.permissions import Action
from showroom.storage.database import purge_after_commit
from showroom.storage.models import (
    AuditEntry,
    Base,
    Customer,
    CustomerPhone,
    Document,
    Interaction,
    TestDrive,
)
from showroom.storage.types import utc_now

PERSONAL_PAPERWORK = tuple(kind.value for kind in DocumentKind if kind.about_a_customer)
ERASED_TEXT = "(erased)"
# Columns that name staff or say what happened, never a customer: left as they are.
_NOT_SCRUBBED = {"users", "sign_in_failures", "alembic_version"}
_AUDIT_TEXTS = ("summary", "changes")
# Shorter quotations are not replaced everywhere: "Li" would be cut out of "Limited".
MIN_TRACE = 5


def _customer_tables() -> list[tuple[Table, str]]:
    found = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "customers" and fk.column.name == "id":
                found.append((table, fk.parent.name))
    return found


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def export_customer_data(session: Session, actor_id: int | None, customer_id: int) -> str:
    """Everything held about one customer, as JSON (documents included, base64)."""
    require(session, actor_id, Action.EXPORT_SUBJECT_DATA)
    customer = get_customer(session, customer_id)
    customers = Base.metadata.tables["customers"]
    data: dict[str, Any] = {
        "exported_at": utc_now().isoformat(),
        "customer": {
            key: _jsonable(value)
            for key, value in session.execute(
                select(customers).where(customers.c.id == customer.id)
            )
            .one()
            ._mapping.items()
        },
    }
    for table, column in _customer_tables():
        rows = session.execute(select(table).where(table.c[column] == customer.id)).all()
        data[table.name] = [
            {key: _jsonable(value) for key, value in row._mapping.items()} for row in rows
        ]
    record(session, actor_id, "export", "customer", customer.id, "data-subject export")
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)


def erase_customer(session: Session, actor_id: int | None, customer_id: int, reason: str) -> None:
    """Anonymise one customer's personal data, keeping the sale records; ``reason`` is kept."""
    require(session, actor_id, Action.ERASE_CUSTOMER)
    why = clean_line(reason, "reason", max_length=300)
    if len(why) < 5:
        raise ValidationError("reason", "say why the data is erased (at least 5 characters)")
    customer = get_customer(session, customer_id)
    traces = _traces(session, customer)
    label = f"Erased customer {customer.id}"
    for field in (
        "email",
        "primary_phone",
        "preferred_channel",
        "preferred_time",
        "address",
        "models_of_interest",
        "budget_min",
        "budget_max",
        "timeframe",
        "trade_in_make",
        "trade_in_model",
        "trade_in_year",
        "trade_in_mileage_km",
        "trade_in_plate",
        "trade_in_vin",
        "consent_at",
        "notes",
    ):
        setattr(customer, field, None)
    customer.full_name = label
    customer.name_folded = label.casefold()
    customer.consent_contact = False
    customer.search_text = ""
    customer.updated_at = utc_now()
    session.execute(delete(CustomerPhone).where(CustomerPhone.customer_id == customer.id))
    # What was said and written about the person goes; that a sale step happened stays.
    session.execute(
        update(Interaction)
        .where(
            Interaction.customer_id == customer.id,
            Interaction.kind.not_in(("deal_step", "delivery")),
        )
        .values(summary=ERASED_TEXT)
    )
    originals = select(Document.id).where(
        Document.customer_id == customer.id, Document.kind.in_(PERSONAL_PAPERWORK)
    )
    session.execute(delete(Document).where(Document.reprint_of_id.in_(originals)))
    session.execute(
        delete(Document).where(
            Document.customer_id == customer.id, Document.kind.in_(PERSONAL_PAPERWORK)
        )
    )
    session.execute(
        update(TestDrive)
        .where(TestDrive.customer_id == customer.id)
        .values(licence_number=None, licence_country=None)
    )
    tables = Base.metadata.tables
    if "walk_ins" in tables:
        walk_ins = tables["walk_ins"]
        session.execute(
            update(walk_ins).where(walk_ins.c.customer_id == customer.id).values(description=None)
        )
    _scrub_everywhere(session, traces)
    session.add(
        Interaction(
            customer_id=customer.id,
            user_id=actor_id,
            kind="note",
            occurred_at=utc_now(),
            summary="Personal data erased on request",
        )
    )
    record(session, actor_id, "erase", "customer", customer.id, f"erased: {why}")
    session.flush()
    purge_after_commit(session)


def _traces(session: Session, customer: Customer) -> list[str]:
    """What quotes the person: name, e-mail, every phone as stored and as usually written,
    every licence number; longest first, so no shorter one cuts a longer one apart."""
    found = {customer.full_name, customer.email or "", customer.address or ""}
    numbers = set(
        session.scalars(select(CustomerPhone.e164).where(CustomerPhone.customer_id == customer.id))
    )
    numbers.add(customer.primary_phone or "")
    for e164 in filter(None, numbers):
        found.add(e164)
        try:
            parsed = phonenumbers.parse(e164)
        except phonenumbers.NumberParseException:
            continue
        for style in (
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        ):
            written = phonenumbers.format_number(parsed, style)
            found |= {written, written.replace(" ", "")}
        found.add(str(parsed.national_number))
    found |= set(
        session.scalars(
            select(TestDrive.licence_number).where(
                TestDrive.customer_id == customer.id, TestDrive.licence_number.is_not(None)
            )
        )
    )
    return sorted((t for t in found if len(t.strip()) >= MIN_TRACE), key=len, reverse=True)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _scrub_everywhere(session: Session, traces: list[str]) -> None:
    """Replace every quotation of ``traces`` in every text column of every table by
    ERASED_TEXT; audit entries so changed are marked redacted (the only change the trail
    accepts)."""
    audit = AuditEntry.__tablename__
    for table in Base.metadata.sorted_tables:
        if table.name in _NOT_SCRUBBED:
            continue
        columns = [
            c
            for c in table.columns
            if isinstance(c.type, String | Text) and (table.name != audit or c.name in _AUDIT_TEXTS)
        ]
        for column in columns:
            for trace in traces:
                hit = column.like(f"%{_escape_like(trace)}%", escape="\\")
                values: dict[str, Any] = {column.name: func.replace(column, trace, ERASED_TEXT)}
                if table.name == audit:
                    values["redacted_at"] = utc_now()
                session.execute(update(table).where(hit).values(values))


__all__ = ["Customer", "erase_customer", "export_customer_data"]


def unmask_identifier(session: Session, actor_id: int | None, drive_id: int) -> str:
    """The full driving-licence number recorded for a test drive, for roles that may
    unmask identifiers (on customers they may see). Every look is written to the audit
    trail, which itself keeps only the masked form."""
    from showroom.kernel.privacy import mask_identifier
    from showroom.test_drives.service import get_drive

    drive = get_drive(session, drive_id)
    require(session, actor_id, Action.UNMASK_IDENTIFIER, drive.customer_id)
    number = drive.licence_number or ""
    record(
        session,
        actor_id,
        "unmask",
        "customer",
        drive.customer_id,
        f"Licence number {mask_identifier(number)} of test drive {drive.id} shown in full",
    )
    session.flush()
    return number
