"""Previewing, printing and saving a finished PDF.

``PdfPreviewDialog.show_pdf(parent, pdf, title)`` shows every page of the real PDF (the
bytes that were archived), with Print (Ctrl+P), Save as PDF (Ctrl+S), Open in the system's
PDF viewer (Ctrl+Shift+O) and Close (Esc). ``print_pdf`` prints a PDF on any QPrinter, so
tests (and batch printing later) can print without a dialog.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QRectF,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import show_error

MAX_PRINT_DPI = 600
"""Pages are rasterised for the printer (Qt has no vector PDF renderer); above 600 dpi a page
costs hundreds of megabytes and prints no sharper."""


_viewer_folder: Path | None = None


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QPdfDocument of the bytes, fully loaded (the buffer is kept with the document)."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:
        loop = QEventLoop()
        document.statusChanged.connect(loop.quit)
        while document.status() == QPdfDocument.Status.Loading:
            loop.exec()
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError(f"not a readable PDF ({document.error().name})")
    return document


def _writes_pdf_file(printer: QPrinter) -> bool:
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(
        printer.outputFileName()
    )


def print_pdf(pdf: bytes, printer: QPrinter, *, copy_to_pdf_files: bool = True) -> int:
    """Print every page (or the range chosen in the print dialog); returns the pages printed.

    A printer that writes a PDF file ("Print to file") gets the original bytes, so the file
    is the archived document itself, text and all. Any other printer gets each page rendered
    at its resolution (at most MAX_PRINT_DPI) and scaled to fit the paper.
    """
    document = load_pdf(pdf)
    try:
        count = document.pageCount()
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(0, printer.fromPage() - 1)
            last = min(count - 1, (printer.toPage() or count) - 1)
        whole = (first, last) == (0, count - 1)
        if copy_to_pdf_files and _writes_pdf_file(printer) and whole:
            Path(printer.outputFileName()).write_bytes(pdf)
            return count
        if _writes_pdf_file(printer):
            # A file has no paper of its own: give it the document's page size.
            size = document.pagePointSize(0)
            printer.setPageSize(
                QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
            )
            printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(tr("The printer could not be started."))
        try:
            paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                points = document.pagePointSize(index)
                image = document.render(
                    index,
                    QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                )
                scale = min(paper.width() / image.width(), paper.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                target = QRectF(
                    paper.x() + (paper.width() - width) / 2,
                    paper.y() + (paper.height() - height) / 2,
                    width,
                    height,
                )
                painter.drawImage(target, image)
        finally:
            painter.end()
        return last - first + 1
    finally:
        document.close()
        document.deleteLater()


def _safe_file_name(title: str) -> str:
    name = re.sub(r"[^\w\- .]+", "_", title, flags=re.UNICODE).strip(" ._") or "document"
    return name[:120] + ("" if name.lower().endswith(".pdf") else ".pdf")


class PdfPreviewDialog(QDialog):
    """Shows a PDF page after page; prints it, saves it or opens it in another viewer."""

    def __init__(
        self, parent: QWidget | None, pdf: bytes, title: str, file_name: str | None = None
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = _safe_file_name(file_name or title)
        self.setWindowTitle(title)
        self.setObjectName("pdfPreview")
        self.resize(QSize(900, 1000))

        self.document = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.print_button = self._button(tr("&Print…"), QKeySequence.StandardKey.Print)
        self.save_button = self._button(tr("&Save as PDF…"), QKeySequence.StandardKey.Save)
        self.open_button = self._button(tr("&Open in PDF viewer"), QKeySequence("Ctrl+Shift+O"))
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setToolTip(tr("Close (Esc)"))
        pages = self.document.pageCount()
        self.pages_label = QLabel(self._pages_text(pages))
        self.pages_label.setObjectName("pagesLabel")
        self._add_zoom_actions()

        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.pages_label)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)
        self.view.setFocus()

    @classmethod
    def show_pdf(
        cls, parent: QWidget | None, pdf: bytes, title: str, file_name: str | None = None
    ) -> PdfPreviewDialog:
        """Open the preview (not modal: the consultant can keep working) and return it."""
        dialog = cls(parent, pdf, title, file_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # --- the actions, callable without their buttons ----------------------------------------
    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def print_to(self, printer: QPrinter, *, copy_to_pdf_files: bool = True) -> int:
        """Print on ``printer`` as configured (a print dialog's choice, or a test's)."""
        return print_pdf(self.pdf, printer, copy_to_pdf_files=copy_to_pdf_files)

    def save_to(self, path: Path) -> Path:
        """Write the PDF to ``path`` (".pdf" added if missing), complete or not at all."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        partial = path.with_name(f".{path.name}.partial")
        try:
            partial.write_bytes(self.pdf)
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        return path

    def open_in_viewer(self) -> Path:
        """Hand a copy to the system's PDF viewer; returns the copy's path."""
        global _viewer_folder
        if _viewer_folder is None:
            # Private to this user (0700) and this run: customer data is not left world-readable.
            _viewer_folder = Path(tempfile.mkdtemp(prefix="showroom-documents-"))
        path = _viewer_folder / self.file_name
        path.write_bytes(self.pdf)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            raise OSError(tr("No PDF viewer is set up on this computer."))
        return path

    # --- slots ------------------------------------------------------------------------------
    def _ask_printer(self) -> QPrinter | None:
        """The print dialog; None when the user cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        size = self.document.pagePointSize(0)
        printer.setPageSize(
            QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        )
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.page_count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _on_print_button_clicked(self) -> None:
        printer = self._ask_printer()
        if printer is None:
            return
        try:
            self.print_to(printer)
        except (OSError, ValueError) as error:
            show_error(self, tr("The document was not printed: {error}").format(error=error))

    def _on_save_button_clicked(self) -> None:
        start = str(Path.home() / self.file_name)
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Save as PDF"), start, tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        try:
            self.save_to(Path(chosen))
        except OSError as error:
            show_error(
                self,
                tr("The PDF could not be saved to {path}: {error}").format(
                    path=chosen, error=error.strerror or error
                ),
            )

    def _on_open_button_clicked(self) -> None:
        try:
            self.open_in_viewer()
        except OSError as error:
            show_error(self, tr("The PDF could not be opened: {error}").format(error=error))

    # --- helpers ----------------------------------------------------------------------------
    def _button(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey) -> QPushButton:
        """A button with a keyboard shortcut. The shortcut belongs to an action of the dialog:
        a button's own shortcut does not fire while the page view has the focus."""
        button = QPushButton(text)
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(button.click)
        self.addAction(action)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text.replace('&', '').rstrip('…')} ({keys})")
        return button

    def _add_zoom_actions(self) -> None:
        def zoom(factor: float | None) -> None:
            if factor is None:
                self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
                return
            current = self.view.zoomFactor()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(max(0.25, min(4.0, current * factor)))

        for text, keys, factor in (
            (tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, 1.25),
            (tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, 0.8),
            (tr("Fit to width"), QKeySequence("Ctrl+0"), None),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(lambda _=False, f=factor: zoom(f))
            self.addAction(action)

    @staticmethod
    def _pages_text(pages: int) -> str:
        return tr("1 page") if pages == 1 else tr("{count} pages").format(count=pages)
