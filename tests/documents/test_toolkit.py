"""The building blocks every form reuses, exercised through real PDFs."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from showroom.documents.blocks import (
    ChecklistLine,
    Signer,
    checklist_block,
    key_value_block,
    para,
    section,
    signature_block,
)
from showroom.documents.layout import DocumentBuilder
from showroom.errors import ValidationError
from showroom.settings import ShowroomSettings
from tests.documents.conftest import make_context
from tests.documents.test_customer_card import assert_inside_margins
from tests.pdf_helpers import page_texts, pages


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
