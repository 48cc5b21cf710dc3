"""The PDF preview: the real PDF on screen, printed through QPrinter, saved, opened."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showroom.core.ids import CustomerId
from showroom.documents.customer_card import render_customer_card
from showroom.storage.models import Customer, Document
from tests.documents.conftest import make_card, make_context
from tests.pdf_helpers import page_texts, render_png
from ui.context import AppContext
from ui.printing import print_customer_card
from ui.widgets import pdf_preview
from ui.widgets.pdf_preview import PdfPreviewDialog


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_customer_card(make_card("Анна Кузнецова", entries=60), make_context()).data


def open_preview(qtbot: QtBot, pdf: bytes) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog.show_pdf(None, pdf, "Customer card · CC-2026-000123")
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # previews do not pile up
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it itself
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts work in the active window
    return dialog


def pdf_file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(150)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_preview_shows_every_page_of_the_pdf(qtbot: QtBot, pdf: bytes) -> None:
    dialog = open_preview(qtbot, pdf)
    assert dialog.page_count == len(PdfReader(io.BytesIO(pdf)).pages) >= 3
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.pages_label.text() == f"{dialog.page_count} pages"
    assert dialog.windowTitle() == "Customer card · CC-2026-000123"


def test_printing_renders_each_page_onto_the_printer(
    qtbot: QtBot, pdf: bytes, tmp_path: Path
) -> None:
    """The path a paper printer takes: every page rasterised and drawn with QPainter."""
    dialog = open_preview(qtbot, pdf)
    output = tmp_path / "printed.pdf"
    assert dialog.print_to(pdf_file_printer(output), copy_to_pdf_files=False) == dialog.page_count
    printed = PdfReader(output)
    assert len(printed.pages) == dialog.page_count
    box = printed.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1 and abs(float(box.height) - 841.9) < 1
    (tmp_path / "original").mkdir()
    (tmp_path / "copy").mkdir()
    original = [thumbnail(p) for p in render_png(pdf, tmp_path / "original", dpi=40)]
    copy = [thumbnail(p) for p in render_png(output.read_bytes(), tmp_path / "copy", dpi=40)]
    assert len(original) == len(copy) == dialog.page_count
    for mine, theirs in zip(original, copy, strict=True):
        assert difference(mine, theirs) < 5  # the same page, up to resampling
    assert difference(original[0], copy[1]) > 10  # what another page looks like


def thumbnail(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return image.convert("L").resize((62, 88), Image.Resampling.BOX)


def difference(one: Image.Image, other: Image.Image) -> float:
    return float(ImageStat.Stat(ImageChops.difference(one, other)).mean[0])


def test_printing_to_a_pdf_file_gives_the_document_itself(
    qtbot: QtBot, pdf: bytes, tmp_path: Path
) -> None:
    dialog = open_preview(qtbot, pdf)
    output = tmp_path / "to-file.pdf"
    assert dialog.print_to(pdf_file_printer(output)) == dialog.page_count
    texts = page_texts(output.read_bytes())
    assert len(texts) == dialog.page_count
    assert "Анна Кузнецова" in texts[0]
    assert f"Page {len(texts)} of {len(texts)}" in texts[-1]


def test_the_keyboard_prints_saves_and_closes(
    qtbot: QtBot, pdf: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(qtbot, pdf)
    printed = tmp_path / "ctrl-p.pdf"
    monkeypatch.setattr(dialog, "_ask_printer", lambda: pdf_file_printer(printed))
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(PdfReader(printed).pages) == dialog.page_count

    saved = tmp_path / "card"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), "PDF (*.pdf)")
    )
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "card.pdf").read_bytes() == pdf

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.keyClick(
        dialog,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(opened) == 1
    assert Path(opened[0].toLocalFile()).read_bytes() == pdf

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_printing_a_customer_card_archives_it_and_opens_the_preview(
    qtbot: QtBot, app_context: AppContext
) -> None:
    with app_context.db.reader() as session:
        customer_id, name = session.execute(
            select(Customer.id, Customer.full_name).order_by(Customer.id).limit(1)
        ).one()
    changed: list[set[str]] = []
    app_context.events.data_changed.connect(changed.append)
    dialog = print_customer_card(None, app_context, CustomerId(customer_id))
    assert dialog is not None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    assert changed == [{"documents"}]
    assert name in page_texts(dialog.pdf)[0]
    with app_context.db.reader() as session:
        number = session.scalar(select(Document.number).where(Document.customer_id == customer_id))
    assert number is not None and number in dialog.windowTitle()


def test_an_unknown_customer_shows_one_sentence_and_archives_nothing(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.printing.show_error", lambda parent, message, title=None: shown.append(message)
    )
    assert print_customer_card(None, app_context, CustomerId(10**9)) is None
    assert shown == ["customer id: no customer has the id 1000000000"]
    with app_context.db.reader() as session:
        assert session.scalar(select(func.count(Document.id))) == 0


def test_a_page_range_prints_only_those_pages(qtbot: QtBot, pdf: bytes, tmp_path: Path) -> None:
    output = tmp_path / "range.pdf"
    printer = pdf_file_printer(output)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert pdf_preview.print_pdf(pdf, printer) == 2
    assert len(PdfReader(output).pages) == 2
    QApplication.processEvents()
