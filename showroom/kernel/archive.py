"""Printing documents and the archive of everything printed.

Printing a document *issues* it: it gets the next number of its kind and year, its PDF is
rendered with that number on every page, and the PDF is stored in the archive (the
``documents`` table) in the same transaction. If anything fails, the transaction rolls
back and the number is handed out again; nothing half-printed is ever archived.

Services take the session first and never commit: the caller (a screen, the command line)
commits once per user action. Nothing returned here is an ORM object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from showroom.core.errors import ValidationError
from showroom.core.ids import CustomerId, UserId
from showroom.kernel.document_kind import DocumentId, DocumentKind, format_document_number
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.models import (
    Customer,
    Document,
    DocumentSequence,
    User,
)
from showroom.storage.types import utc_now

if TYPE_CHECKING:
    from showroom.kernel.pdf.layout import DocumentContext, RenderedPdf

# The form modules import ReportLab (about 0.1 s): they are imported on first print, so
# that the app and the command line, which import this module, start as fast as before.


@dataclass(frozen=True, slots=True)
class ArchivedDocument:
    """A document just printed (or reprinted) and archived, with its PDF."""

    id: DocumentId
    number: str
    kind: DocumentKind
    title: str
    customer_id: CustomerId | None
    created_at: datetime
    page_count: int
    pdf: bytes
    reprint_of: DocumentId | None = None

    @property
    def is_reprint(self) -> bool:
        return self.reprint_of is not None


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One line of a customer's file of printed documents (no PDF bytes)."""

    id: DocumentId
    number: str
    kind: DocumentKind
    title: str
    created_at: datetime
    printed_by: str
    page_count: int
    size: int
    sha256: str
    reprint_of: DocumentId | None

    @property
    def is_reprint(self) -> bool:
        return self.reprint_of is not None


# --- numbers and the archive ------------------------------------------------------------------
def next_document_number(session: Session, kind: DocumentKind, year: int) -> str:
    """Take the next number of ``kind`` in ``year``, such as ``CC-2026-000124``.

    One atomic ``INSERT … ON CONFLICT DO UPDATE … RETURNING``: on PostgreSQL a second PC
    printing at the same moment waits on the sequence row until this transaction ends; on
    SQLite the writing unit of work already holds the write lock. A rollback returns the
    number, so numbers have no gaps.
    """
    values = {"kind": kind.value, "year": year, "last_value": 1}
    bump = {"last_value": DocumentSequence.last_value + 1}
    returning = DocumentSequence.last_value
    if session.get_bind().dialect.name == "postgresql":
        statement = (
            postgresql.insert(DocumentSequence)
            .values(values)
            .on_conflict_do_update(index_elements=["kind", "year"], set_=bump)
            .returning(returning)
        )
    else:
        statement = (
            sqlite.insert(DocumentSequence)
            .values(values)
            .on_conflict_do_update(index_elements=["kind", "year"], set_=bump)
            .returning(returning)
        )
    sequence = session.execute(statement).scalar_one()
    return format_document_number(kind, year, int(sequence))


def _user_name(session: Session, user_id: UserId) -> str:
    name = session.scalar(select(User.display_name).where(User.id == user_id))
    if name is None:
        raise ValidationError("user", "no user has the id {user_id}", user_id=user_id)
    return name


def _customer_language(session: Session, customer_id: CustomerId | None) -> str:
    """The language a customer's documents print in ("en" for a showroom document)."""
    if customer_id is None:
        return "en"
    language = session.scalar(select(Customer.preferred_language).where(Customer.id == customer_id))
    return language or "en"


def _check_now(now: datetime) -> None:
    if now.tzinfo is None:
        raise ValueError("now must know its time zone")


def issue_document(
    session: Session,
    *,
    kind: DocumentKind,
    title: str,
    customer_id: CustomerId | None,
    user_id: UserId,
    settings: ShowroomSettings,
    now: datetime,
    render: Callable[[DocumentContext], RenderedPdf],
    invariant: bool = False,
    showroom_day_id: int | None = None,
) -> ArchivedDocument:
    """Number, render and archive one document. Every form's print function ends here.

    A customer's document is filed with ``customer_id``; a showroom document (the daily
    checklist) with ``showroom_day_id`` (or with neither: a blank form for a day not begun).
    """
    from showroom.kernel.access import require
    from showroom.kernel.pdf.formatting import showroom_zone
    from showroom.kernel.pdf.language import document_language, settings_for_language
    from showroom.kernel.pdf.layout import DocumentContext
    from showroom.kernel.permissions import Action

    _check_now(now)
    require(session, user_id, Action.PRINT_DOCUMENT, customer_id)
    printed_by = _user_name(session, user_id)
    year = now.astimezone(showroom_zone(settings.timezone)).year
    number = next_document_number(session, kind, year)
    # A customer's document prints in their language (every form, with no code of its own).
    language = _customer_language(session, customer_id)
    with document_language(language):
        pdf = render(
            DocumentContext(
                settings_for_language(settings, language),
                number,
                now,
                printed_by,
                invariant=invariant,
            )
        )
    row = Document(
        number=number,
        kind=kind.value,
        title=title[:300],
        customer_id=customer_id,
        showroom_day_id=showroom_day_id,
        created_at=now,
        printed_by_id=user_id,
        page_count=pdf.page_count,
        size=pdf.size,
        sha256=pdf.sha256,
        pdf=pdf.data,
    )
    session.add(row)
    session.flush()
    from showroom.kernel.audit import record

    record(session, user_id, "print", "document", row.id, f"{number}: {title}"[:300])
    return ArchivedDocument(
        id=DocumentId(row.id),
        number=number,
        kind=kind,
        title=row.title,
        customer_id=customer_id,
        created_at=now,
        page_count=pdf.page_count,
        pdf=pdf.data,
    )


class PrintFunction(Protocol):
    """Prints the record ``record_id`` of one kind and archives it."""

    def __call__(
        self,
        session: Session,
        record_id: int,
        user_id: UserId,
        settings: ShowroomSettings,
        now: datetime,
    ) -> ArchivedDocument: ...


def list_documents(session: Session, customer_id: CustomerId) -> list[DocumentRow]:
    """The customer's file: every document printed for them, newest first."""
    printer = aliased(User)
    rows = session.execute(
        select(
            Document.id,
            Document.number,
            Document.kind,
            Document.title,
            Document.created_at,
            printer.display_name,
            Document.page_count,
            Document.size,
            Document.sha256,
            Document.reprint_of_id,
        )
        .join(printer, printer.id == Document.printed_by_id)
        .where(Document.customer_id == customer_id)
        .order_by(Document.created_at.desc(), Document.id.desc())
    ).all()
    return [
        DocumentRow(
            id=DocumentId(r[0]),
            number=r[1],
            kind=DocumentKind(r[2]),
            title=r[3],
            created_at=r[4],
            printed_by=r[5],
            page_count=r[6],
            size=r[7],
            sha256=r[8],
            reprint_of=DocumentId(r[9]) if r[9] is not None else None,
        )
        for r in rows
    ]


def _original(session: Session, document_id: DocumentId, *, lock: bool = False) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise ValidationError(
            "document", "no document has the id {document_id}", document_id=document_id
        )
    if document.reprint_of_id is not None:
        document = session.get(Document, document.reprint_of_id)
        assert document is not None  # the foreign key guarantees it
    if lock:
        # Serialises two PCs reprinting the same document, so reprint numbers never clash.
        session.execute(select(Document.id).where(Document.id == document.id).with_for_update())
    return document


def get_document_pdf(session: Session, document_id: DocumentId, *, actor_id: int | None) -> bytes:
    """The archived PDF of a document (for a reprint, the original's, which it copies), for
    someone who may see its customer."""
    from showroom.kernel.access import require
    from showroom.kernel.permissions import Action

    original = _original(session, document_id)
    require(session, actor_id, Action.VIEW_CUSTOMER, original.customer_id)
    pdf = session.scalar(select(Document.pdf).where(Document.id == original.id))
    assert pdf is not None  # an original always has its bytes (check constraint)
    return pdf


def reprint(
    session: Session,
    document_id: DocumentId,
    user_id: UserId,
    now: datetime | None = None,
) -> ArchivedDocument:
    """Log a reprint of an archived document and return the PDF to print.

    A reprint is the original PDF, byte for byte: the paper the customer gets again must be
    the one that was signed, not a fresh rendering of data that may have changed since.
    It gets a row of its own (number ``CC-2026-000123-R1``: who reprinted what, when),
    pointing at the original and storing no second copy of the bytes.
    """
    now = now or utc_now()
    _check_now(now)
    _user_name(session, user_id)
    original = _original(session, document_id, lock=True)
    from showroom.kernel.access import require
    from showroom.kernel.permissions import Action

    require(session, user_id, Action.PRINT_DOCUMENT, original.customer_id)
    earlier = session.scalar(
        select(func.count(Document.id)).where(Document.reprint_of_id == original.id)
    )
    pdf = get_document_pdf(session, DocumentId(original.id), actor_id=None)
    row = Document(
        number=f"{original.number}-R{int(earlier or 0) + 1}",
        kind=original.kind,
        title=original.title,
        customer_id=original.customer_id,
        showroom_day_id=original.showroom_day_id,
        created_at=now,
        printed_by_id=user_id,
        reprint_of_id=original.id,
        page_count=original.page_count,
        size=original.size,
        sha256=original.sha256,
        pdf=None,
    )
    session.add(row)
    session.flush()
    from showroom.kernel.audit import record

    record(session, user_id, "reprint", "document", row.id, f"{row.number}: {row.title}"[:300])
    return ArchivedDocument(
        id=DocumentId(row.id),
        number=row.number,
        kind=DocumentKind(row.kind),
        title=row.title,
        customer_id=CustomerId(row.customer_id) if row.customer_id is not None else None,
        created_at=now,
        page_count=row.page_count,
        pdf=pdf,
        reprint_of=DocumentId(original.id),
    )
