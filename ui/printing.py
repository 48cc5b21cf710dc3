"""Printing from the screens: issue a document through the services, then preview it.

Each function is one user action: one unit of work that numbers, renders and archives the
document, then the preview dialog (where the consultant prints, saves or closes it). A
problem the user can act on is shown in one sentence; nothing is archived then.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from showroom.core.errors import ShowroomError
from showroom.core.ids import CustomerId
from showroom.kernel import archive as documents
from showroom.kernel.document_kind import DocumentId, DocumentKind
from showroom.kernel.settings_store import load_settings
from showroom.printing.customer_card import print_customer_card as print_card
from showroom.printing.daily_checklist import print_daily_checklist as print_day
from showroom.printing.registry import PRINTABLE
from showroom.test_drives.domain import LicenceDraft
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n.messages import error_text
from ui.widgets.pdf_preview import PdfPreviewDialog

DOCUMENTS_CHANGED = "documents"
"""What ``data_changed`` carries after a print, so a customer's file can refresh."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def print_customer_card(
    parent: QWidget | None, context: AppContext, customer_id: CustomerId
) -> PdfPreviewDialog | None:
    """Print the customer card, archive it in the customer's file and show the preview."""
    try:
        with context.db.session() as session:
            document = print_card(
                session, customer_id, context.user_id, load_settings(session), datetime.now(UTC)
            )
    except ShowroomError as error:
        show_error(parent, error_text(error), tr("The customer card was not printed"))
        return None
    context.events.data_changed.emit({DOCUMENTS_CHANGED})
    return PdfPreviewDialog.show_pdf(
        parent, document.pdf, f"{document.title} · {document.number}", f"{document.number}.pdf"
    )


def reprint_document(
    parent: QWidget | None, context: AppContext, document_id: DocumentId
) -> PdfPreviewDialog | None:
    """Log a reprint of an archived document and show its original PDF."""
    try:
        with context.db.session() as session:
            document = documents.reprint(session, document_id, context.user_id, datetime.now(UTC))
    except ShowroomError as error:
        show_error(parent, error_text(error), tr("The document was not reprinted"))
        return None
    context.events.data_changed.emit({DOCUMENTS_CHANGED})
    return PdfPreviewDialog.show_pdf(
        parent, document.pdf, f"{document.title} · {document.number}", f"{document.number}.pdf"
    )


def print_daily_checklist(
    parent: QWidget | None, context: AppContext, day: date, *, blank: bool = False
) -> PdfPreviewDialog | None:
    """Print the day's checklist (filled in, or blank for the clipboard), archive it with
    the day and show the preview."""
    try:
        with context.db.session() as session:
            document = print_day(
                session,
                day,
                context.user_id,
                load_settings(session),
                datetime.now(UTC),
                blank=blank,
            )
    except ShowroomError as error:
        show_error(parent, error_text(error), tr("The checklist was not printed"))
        return None
    context.events.data_changed.emit({DOCUMENTS_CHANGED})
    return PdfPreviewDialog.show_pdf(
        parent, document.pdf, f"{document.title} · {document.number}", f"{document.number}.pdf"
    )


def print_test_drive_agreement(
    parent: QWidget | None,
    context: AppContext,
    drive_id: int,
    *,
    licence: LicenceDraft | None = None,
    odometer_km: int | None = None,
    fuel_percent: int | None = None,
) -> PdfPreviewDialog:
    """Print the test-drive agreement, archive it in the customer's file and show the preview.

    ``licence`` (from the check-out screen) is recorded in the same unit of work, so the
    agreement shows the licence just checked. Raises ShowroomError (a ValidationError names
    the field) and archives nothing when the agreement cannot be printed, so the screen can
    show the reason beside the field.
    """
    from showroom.printing.test_drive_agreement import print_test_drive_agreement as print_agreement
    from showroom.test_drives.service import record_licence

    with context.db.session() as session:
        settings = load_settings(session)
        now = datetime.now(UTC)
        if licence is not None:
            record_licence(session, context.user_id, drive_id, licence, settings, now=now)
        document = print_agreement(
            session,
            drive_id,
            context.user_id,
            settings,
            now,
            odometer_km=odometer_km,
            fuel_percent=fuel_percent,
        )
    context.events.data_changed.emit({DOCUMENTS_CHANGED, "test_drives"})
    return PdfPreviewDialog.show_pdf(
        parent, document.pdf, f"{document.title} · {document.number}", f"{document.number}.pdf"
    )


def print_form(
    parent: QWidget | None, context: AppContext, kind: DocumentKind, record_id: int
) -> PdfPreviewDialog | None:
    """Print ``kind`` for the plan or deal ``record_id`` and show the preview."""
    try:
        with context.db.session() as session:
            document = PRINTABLE[kind](
                session, record_id, context.user_id, load_settings(session), datetime.now(UTC)
            )
    except ShowroomError as error:
        show_error(
            parent,
            error_text(error),
            QCoreApplication.translate("DealPrinting", "The document was not printed"),
        )
        return None
    context.events.data_changed.emit({DOCUMENTS_CHANGED})
    return PdfPreviewDialog.show_pdf(
        parent, document.pdf, f"{document.title} · {document.number}", f"{document.number}.pdf"
    )
