"""The building blocks every form reuses, exercised through real PDFs."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from showroom.core.errors import ValidationError
from showroom.kernel.pdf.blocks import (
    ChecklistLine,
    Signer,
    checklist_block,
    key_value_block,
    para,
    section,
    signature_block,
)
from showroom.kernel.pdf.layout import DocumentBuilder
from showroom.kernel.settings import ShowroomSettings
from tests.documents.conftest import make_context
from tests.documents.test_customer_card import assert_inside_margins
from tests.pdf_helpers import page_texts, pages, render_png


def test_a_40_item_checklist_flows_over_pages_with_its_header() -> None:
    builder = DocumentBuilder("Daily showroom checklist", make_context(number="SD-2026-000001"))
    items = [
        ChecklistLine(
            f"Task {i:02d}: clean display car {i} and place the brochure stand beside it",
            done=i % 4 == 0,
            who="Ольга Петрова" if i % 4 == 0 else None,
            when="08:15" if i % 4 == 0 else None,
            note="check the tyre shine" if i % 5 == 0 else None,
        )
        for i in range(40)
    ]
    styles = builder.styles
    story = [
        para("Opening checklist", styles.title),
        *section("Before opening", [checklist_block(items, styles)], styles, keep_together=False),
        signature_block([Signer("Manager", "Ольга Петрова")], styles, heading_text="Sign-off"),
    ]
    pdf = builder.render(story)
    document = pages(pdf.data)
    assert len(document) >= 2
    found: list[int] = []
    for page in document:
        tasks = [w for w in page.words if w.text == "Task"]
        if tasks:
            header = page.find("Item")
            assert header and header[0].y1 < min(w.y0 for w in tasks)
            assert page.find("When")
        found += [int(n) for n in re.findall(r"Task (\d+):", page.text)]
    assert found == list(range(40))
    text = "\n".join(page_texts(pdf.data))
    assert text.count("Ольга Петрова") == 11  # ten ticked items and the sign-off
    assert text.count("check the tyre shine") == 8
    assert_inside_margins(document)


def test_bold_is_stroked_text_in_the_same_embedded_font() -> None:
    builder = DocumentBuilder("Customer card", make_context())
    pdf = builder.render([para("Анна Кузнецова 欧阳娜 Łódź", builder.styles.title)])
    page = PdfReader(io.BytesIO(pdf.data)).pages[0]
    content = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    assert " 2 Tr" in content  # fill and stroke: the synthetic bold
    assert content.count(" 2 Tr") == content.count(" 0 Tr")  # always switched back
    fonts = {str(font.get_object()["/BaseFont"]) for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("WenQuanYi" in name for name in fonts)
    assert "Анна Кузнецова 欧阳娜 Łódź" in page.extract_text()


def test_key_value_block_prints_a_dash_for_missing_values() -> None:
    builder = DocumentBuilder("Customer card", make_context())
    pdf = builder.render([key_value_block([("E-mail", None), ("Phone", "+44 20")], builder.styles)])
    assert "E-mail\n—\nPhone\n+44 20" in page_texts(pdf.data)[0]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"brand_colour": "blue"}, "brand colour"),
        ({"letterhead_logo": "/nowhere/logo.png"}, "letterhead logo"),
        ({"timezone": "Mars/Olympus"}, "time zone"),
        ({"locale": "xx_YY"}, "locale"),
    ],
)
def test_bad_letterhead_settings_are_refused_by_name(changes: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        DocumentBuilder("Customer card", make_context(settings=ShowroomSettings(**changes)))
    assert caught.value.field == field


def test_the_logo_prints_in_the_letterhead_of_the_first_page_only(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (400, 100), "#1F4E79").save(logo)
    context = make_context(settings=ShowroomSettings(letterhead_logo=str(logo)))
    builder = DocumentBuilder("Customer card", context)
    story = [para(f"Line {i}", builder.styles.body) for i in range(120)]
    reader = PdfReader(io.BytesIO(builder.render(story).data))
    assert len(reader.pages) >= 2
    assert len(reader.pages[0].images) == 1
    assert len(reader.pages[1].images) == 0


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_the_qr_penalty_is_reportlabs_and_picks_the_same_code(level: str) -> None:
    """The faster penalty scores every mask as ReportLab does, so the document number's QR
    code is module for module the one ReportLab's encoder makes."""
    from reportlab.graphics.barcode import qrencoder

    from showroom.kernel.pdf.blocks import _QRCode, lost_points

    correction = getattr(qrencoder.QRErrorCorrectLevel, level)
    values = [f"HO-2026-{n:06d}" for n in range(0, 400, 7)]
    values += ["x", "CC-2026-000123-R1", "车辆交接确认书 " * 4, "a" * 150, "0123456789" * 9]
    for value in values:
        reference = qrencoder.QRCode(None, correction)
        reference.addData(value)
        reference.version = reference.calculate_version()
        for mask in range(8):
            reference.makeImpl(True, mask)
            assert lost_points(reference.modules) == qrencoder.QRUtil.getLostPoint(reference)
        reference.make()
        fast = _QRCode(None, correction)
        fast.addData(value)
        fast.make()
        assert fast.modules == reference.modules, value


def test_the_footer_drawn_from_its_shared_form_is_the_footer_table(tmp_path: Path) -> None:
    """Each page's footer draws what every page repeats from one form XObject and only
    "Page X of Y" on its own; the pages look pixel for pixel as with the whole footer table
    drawn on each page."""

    class TableFooter(DocumentBuilder):
        def _draw_footer(self, canvas: object, page: int, total: int) -> None:
            self._draw_footer_table(canvas, page, total)  # type: ignore[arg-type]

    story_lines = [f"Line {n}: the story runs on to a third page." for n in range(150)]
    pdfs = []
    for builder_class in (DocumentBuilder, TableFooter):
        builder = builder_class("Customer card", make_context(number="CC-2026-000777"))
        pdfs.append(builder.render([para(line, builder.styles.body) for line in story_lines]))
    shared, table = pdfs
    assert shared.page_count == table.page_count == 3
    reader = PdfReader(io.BytesIO(shared.data))
    forms = set()
    for number, page in enumerate(reader.pages, start=1):
        xobjects = page["/Resources"]["/XObject"]  # type: ignore[index]
        forms |= {xobjects[name].indirect_reference.idnum for name in xobjects}  # type: ignore[index]
        assert f"Page {number} of 3" in page.extract_text()
        assert "CC-2026-000777" in page.extract_text()
    assert len(forms) == 1, "one form serves every page"
    for dpi in (60, 150):
        folders = [tmp_path / f"shared-{dpi}", tmp_path / f"table-{dpi}"]
        for folder in folders:
            folder.mkdir()
        for one, other in zip(
            render_png(shared.data, folders[0], dpi),
            render_png(table.data, folders[1], dpi),
            strict=True,
        ):
            a, b = PILImage.open(one), PILImage.open(other)
            assert a.size == b.size
            assert a.tobytes() == b.tobytes(), one.name


@pytest.mark.parametrize(
    "text",
    [
        "Roof bars",
        "  Tow bar,   detachable  ",
        "欧阳丽娟 车辆交接确认书",
        "Zoë Łukasiewicz-Ó Súilleabháin",
        "x" * 300,
        "Tom &amp; Jerry",
        "<b>bold</b> and plain",
        "one<br/>two",
        "",
    ],
)
def test_a_paragraph_of_plain_text_is_the_one_reportlabs_parser_makes(text: str) -> None:
    """Plain text skips the XML parser; the paragraph has the parser's fragments and breaks
    into the same lines, at each width it is asked for."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph

    from showroom.kernel.pdf.blocks import paragraph
    from showroom.kernel.pdf.fonts import register_fonts
    from showroom.kernel.pdf.styles import make_styles

    register_fonts()
    styles = make_styles(colors.HexColor("#1F4E79"))
    for style in (styles.body, styles.table_header, styles.document_title, styles.footer):
        ours, parsed = paragraph(text, style), Paragraph(text, style)
        assert ours.text == parsed.text
        assert [vars(f) for f in ours.frags] == [vars(f) for f in parsed.frags]
        # Laid out again at another width and back (a table measuring and splitting).
        for width in (120, 300, 120, 40):
            assert ours.wrap(width, 1000) == parsed.wrap(width, 1000)
            assert repr(ours.blPara.lines) == repr(parsed.blPara.lines)
