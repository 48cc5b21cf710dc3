"""Printing the deal forms from the screens: the purchase plan, the deal checklist and the
customer's next-steps sheet. One unit of work numbers, renders and archives the document in
the customer's file; then the preview opens (print, save or close)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from showroom.core.errors import ShowroomError
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.settings_store import load_settings
from showroom.printing.registry import PRINTABLE
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n.messages import error_text
from ui.printing import DOCUMENTS_CHANGED
from ui.widgets.pdf_preview import PdfPreviewDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("DealPrinting", text)


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
        show_error(parent, error_text(error), tr("The document was not printed"))
        return None
    context.events.data_changed.emit({DOCUMENTS_CHANGED})
    return PdfPreviewDialog.show_pdf(
        parent, document.pdf, f"{document.title} · {document.number}", f"{document.number}.pdf"
    )
