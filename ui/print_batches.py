"""File › Print today's …: a day's documents of one kind printed into one PDF off the GUI
thread, with a progress dialog, then previewed.

Kept apart from ui/printing.py so the main window can build its menu without loading the
PDF preview (QtPdf) at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from showroom.core.errors import ShowroomError, ValidationError
from showroom.kernel.document_kind import DocumentKind
from ui.context import AppContext
from ui.i18n.messages import error_text, rule_text
from ui.widgets.dates import format_day

if TYPE_CHECKING:
    from showroom.printing.batch import Batch
    from ui.widgets.pdf_preview import PdfPreviewDialog

BATCH_KINDS = (
    DocumentKind.TEST_DRIVE_AGREEMENT,
    DocumentKind.CUSTOMER_CARD,
    DocumentKind.NEXT_STEPS,
    DocumentKind.HANDOVER,
)
"""The kinds File › Print today's offers (those with a day batch)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintBatches", text)


def batch_label(kind: DocumentKind) -> str:
    """What a day's batch of ``kind`` is called in menus and titles."""
    return {
        DocumentKind.TEST_DRIVE_AGREEMENT: tr("Test-drive agreements"),
        DocumentKind.CUSTOMER_CARD: tr("Customer cards of the day's visitors"),
        DocumentKind.NEXT_STEPS: tr("Next-steps sheets of deals with a step due"),
        DocumentKind.HANDOVER: tr("Handover documents of the day's deliveries"),
    }.get(kind, kind.heading)


def print_days_documents(
    parent: QWidget | None, context: AppContext, kind: DocumentKind, day: date | None = None
) -> PdfPreviewDialog | None:
    """Print every document of ``kind`` for ``day`` (today by default) into one PDF, off the
    GUI thread with a progress dialog, then show the preview.

    Each document is archived in its customer's file, all in one unit of work: Cancel (or a
    problem with one of them) rolls it all back, so nothing is half-archived. Returns None
    when nothing was printed.
    """
    from showroom.kernel.settings_store import load_settings
    from showroom.printing.batch import print_day_batch
    from ui.background import TaskCancelled, run_in_background
    from ui.errors import show_error
    from ui.printing import DOCUMENTS_CHANGED
    from ui.widgets.pdf_preview import PdfPreviewDialog

    when = day or datetime.now(ZoneInfo(context.settings.timezone)).date()

    def work(progress: Callable[[int, int], None]) -> Batch:
        # On a pool thread: its own session, no widget touched.
        with context.db.session() as session:
            return print_day_batch(
                session,
                kind,
                when,
                context.user_id,
                load_settings(session),
                datetime.now(UTC),
                progress=progress,
            )

    label = batch_label(kind)
    try:
        batch = run_in_background(
            parent,
            tr("Printing"),
            tr("Printing and filing: {what}").format(what=label),
            work,
            unit=tr("documents"),
        )
    except TaskCancelled:
        return None  # rolled back: nothing archived, nothing to show
    except ValidationError as error:
        rule = rule_text(error)[:1].upper() + rule_text(error)[1:]
        show_error(parent, f"{rule}.", tr("Nothing was printed"))
        return None
    except ShowroomError as error:
        show_error(parent, error_text(error), tr("Nothing was printed"))
        return None
    context.events.data_changed.emit({DOCUMENTS_CHANGED})
    title = tr("{what}, {day} · {count} documents").format(
        what=label, day=format_day(when), count=len(batch.documents)
    )
    if batch.left_out:
        title += " · " + tr("{count} left out (no licence recorded)").format(count=batch.left_out)
    if batch.not_yours:
        title += " · " + tr("{count} left out (other consultants' customers)").format(
            count=batch.not_yours
        )
    return PdfPreviewDialog.show_pdf(
        parent, batch.pdf, title, f"{kind.value}-{when.isoformat()}.pdf"
    )
