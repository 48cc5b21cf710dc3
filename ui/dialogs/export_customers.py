"""Exporting every customer to a CSV or XLSX file chosen by the user."""

from __future__ import annotations

import logging
import traceback
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from showroom.core.errors import ShowroomError
from showroom.customers.exporting import ExportReport, export_customers, export_format, log_export
from ui import errors
from ui.background import Progress, TaskCancelled, run_in_background
from ui.context import AppContext
from ui.i18n.messages import error_text

log = logging.getLogger("showroom.ui")


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportCustomers", text)


def choose_export_file(parent: QWidget | None, context: AppContext) -> Path | None:
    """Ask where to write the export; .xlsx unless the user picks CSV."""
    folder = Path(str(context.ui_settings.value("export/folder", str(Path.home()))))
    suggested = folder / f"customers-{date.today().isoformat()}.xlsx"
    excel, text = tr("Excel workbook (*.xlsx)"), tr("CSV, UTF-8 (*.csv)")
    chosen, selected = QFileDialog.getSaveFileName(
        parent, tr("Export customers"), str(suggested), f"{excel};;{text}"
    )
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix:
        path = path.with_suffix(".csv" if selected == text else ".xlsx")
    return path


def export_customers_interactive(
    parent: QWidget | None, context: AppContext, path: Path | None = None
) -> ExportReport | None:
    """Export every customer: ask for the file (unless ``path`` is given), write it off the
    GUI thread with a progress dialog, and say how it went. None if nothing was written."""
    if path is None:
        path = choose_export_file(parent, context)
        if path is None:
            return None
    try:
        export_format(path)
    except ShowroomError as error:
        errors.show_error(parent, error_text(error), tr("Export customers"))
        return None
    db, actor = context.db, int(context.user_id)

    def work(progress: Progress) -> ExportReport:
        with db.reader() as session:  # runs on a pool thread: its own session, no widgets
            report = export_customers(session, path, actor_id=actor, progress=progress)
        with db.session() as session:
            log_export(session, actor, report)
        return report

    try:
        report = run_in_background(
            parent,
            tr("Export customers"),
            tr("Writing {name}…").format(name=path.name),
            work,
            unit=tr("customers"),
        )
    except TaskCancelled:
        return None
    except ShowroomError as error:
        errors.show_error(parent, error_text(error), tr("Export customers"))
        return None
    except Exception:
        details = traceback.format_exc()
        log.error("export failed unexpectedly:\n%s", details)
        errors.show_unexpected(parent, details)
        return None
    context.ui_settings.setValue("export/folder", str(path.parent))
    errors.show_info(
        parent,
        tr("Exported {count} customers to {path}.").format(
            count=f"{report.customers:,}", path=str(path)
        ),
        tr("Export customers"),
    )
    return report
