"""The customer card as the customer reads it: text extracted from the real PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from showroom.core.errors import ValidationError
from showroom.documents.customer_card import render_customer_card
from showroom.kernel.pdf.fonts import FONT, register_fonts
from showroom.kernel.pdf.layout import MARGIN_X
from showroom.kernel.settings import ShowroomSettings
from tests.documents.conftest import make_card, make_context
from tests.pdf_helpers import Page, page_texts, pages, render_png

NAMES = {
    "latin": "Élodie Lefèvre",
    "polish": "Małgorzata Wiśniewska-Dąbrowska",
    "cyrillic": "Анна Кузнецова",
    "chinese": "欧阳娜",
}
WORDS = [
    "Maximiliana",
    "Alexandra",
    "Friederike",
    "Wilhelmina",
    "Konstanze",
    "Ottilie",
    "Theodora",
    "Bernadette",
    "Genoveva",
    "Leopoldine",
    "Scholastika",
    "Walburga",
    "Hildegard",
    "Kunigunde",
    "Brunhilde",
    "Adelheid",
    "Mechthild",
    "Irmgard",
    "Gertrud",
    "Roswitha",
    "Sieglinde",
    "Edeltraud",
]


def long_name(length: int = 200) -> str:
    name = ""
    for word in WORDS * 3:
        if len(name) + len(word) + 1 > length:
            break
        name = f"{name} {word}".strip()
    return name + "x" * (length - len(name))


def assert_inside_margins(document: list[Page]) -> None:
    """No word runs past the left or right margin, or off the page."""
    for number, page in enumerate(document, start=1):
        for word in page.words:
            assert word.x0 >= MARGIN_X - 1, (number, word)
            assert word.x1 <= page.width - MARGIN_X + 1, (number, word)
            assert word.y0 >= 0 and word.y1 <= page.height, (number, word)


@pytest.mark.parametrize("script", NAMES)
def test_a_name_in_any_script_prints_in_the_title_and_under_the_signature(script: str) -> None:
    name = NAMES[script]
    pdf = render_customer_card(make_card(name), make_context())
    texts = page_texts(pdf.data)
    first, last = texts[0], texts[-1]
    assert first.splitlines()[6] == name  # the title, after the letterhead's six lines
    signature = last[last.index("Declaration") :]
    assert re.search(rf"Customer\n{re.escape(name)}\nSignature and date", signature)
    register_fonts()
    from reportlab.pdfbase.pdfmetrics import getFont

    glyphs = getFont(FONT).face.charToGlyph
    assert all(ord(char) in glyphs for char in name if not char.isspace())


def test_a_200_character_name_wraps_and_nothing_is_cut_off() -> None:
    name = long_name()
    assert len(name) == 200
    pdf = render_customer_card(make_card(name), make_context())
    document = pages(pdf.data)
    first = document[0]
    for word in name.split():
        assert word in first.text.split(), word
    title_lines = {round(w.y0) for w in first.words if w.text in name.split() and w.y0 < 200}
    assert len(title_lines) >= 3  # a 17 pt title of 200 characters needs three lines
    assert_inside_margins(document)


def test_long_unbroken_values_are_split_not_cut() -> None:
    email = "a" * 60 + "@" + "b" * 60 + ".example.com"
    notes = "很长的备注没有空格" * 40
    pdf = render_customer_card(make_card(email=email, notes=notes), make_context())
    assert_inside_margins(pages(pdf.data))
    text = "".join(page_texts(pdf.data)).replace("\n", "")
    assert email in text
    assert notes in text


def test_markup_characters_print_as_typed() -> None:
    name = "Smith & Sons <Ltd>"
    notes = "Wants <b>leather</b> & a tow bar\nSecond line"
    pdf = render_customer_card(make_card(name, notes=notes), make_context())
    text = page_texts(pdf.data)[0]
    assert name in text
    assert "Wants <b>leather</b> & a tow bar\nSecond line" in text


def test_the_card_shows_contact_interest_and_consent() -> None:
    text = page_texts(render_customer_card(make_card(), make_context()).data)[0]
    for expected in (
        "Prospect · customer no. 123 · since 17 Aug 2025",
        "+48 601 234 567 (mobile, primary)",
        "+44 20 7946 0000 (work)",
        "harry.wilson@example.com",
        "Language\nPolish",
        "Came through\nWalk-in",
        "Budget\n£20,000 – £32,000",
        "Trade-in\nToyota Corolla, 2015, 142,000 km",
        "Contact consent\nGiven on 17 Aug 2025",
        "Prefers an automatic gearbox.",
    ):
        assert expected in text, expected


def test_money_and_dates_follow_the_showroom_settings() -> None:
    settings = ShowroomSettings(locale="pl_PL", currency="PLN", timezone="Europe/Warsaw")
    text = page_texts(render_customer_card(make_card(), make_context(settings=settings)).data)[0]
    assert "20\xa0000\xa0zł – 32\xa0000\xa0zł" in text or "20 000 zł – 32 000 zł" in text
    assert "5 mar 2026, 15:07" in text  # 14:07 UTC is 15:07 in Warsaw


def test_the_timeline_table_repeats_its_header_on_every_page() -> None:
    pdf = render_customer_card(make_card(entries=120), make_context())
    document = pages(pdf.data)
    assert len(document) >= 4
    seen: list[int] = []
    for page in document:
        entries = [w for w in page.words if w.text == "Entry"]
        if not entries:
            continue
        header = page.find("Summary")
        assert header, "a page with timeline rows has no header row"
        assert header[0].y1 < min(w.y0 for w in entries)
        assert page.find("When") and page.find("What")
        seen += [int(n) for n in re.findall(r"Entry (\d+):", page.text)]
    assert seen == list(range(120))


def test_page_x_of_y_is_right_on_every_page() -> None:
    pdf = render_customer_card(make_card(entries=90), make_context())
    texts = page_texts(pdf.data)
    assert pdf.page_count == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text
        assert "Customer card CC-2026-000123" in text
        assert "Printed 5 Mar 2026, 14:07 by Jan Kowalski" in text


@pytest.mark.parametrize("entries", range(0, 45, 3))
def test_the_signature_block_stays_on_the_page_of_its_heading(entries: int) -> None:
    """Growing the timeline moves the declaration down the page and over page breaks."""
    pdf = render_customer_card(make_card(entries=entries), make_context())
    texts = page_texts(pdf.data)
    holding = [i for i, text in enumerate(texts) if "Declaration" in text]
    assert len(holding) == 1
    page = texts[holding[0]]
    assert page.count("Signature and date") == 2
    assert "I confirm that the details on this card are correct." in page
    assert all("Signature and date" not in text for i, text in enumerate(texts) if i != holding[0])


def test_invariant_output_is_byte_stable() -> None:
    one = render_customer_card(make_card(), make_context())
    two = render_customer_card(make_card(), make_context())
    other = render_customer_card(make_card(), make_context(number="CC-2026-000124"))
    assert one.data == two.data
    assert one.sha256 == two.sha256
    assert other.data != one.data


@pytest.mark.parametrize(("paper", "size"), [("A4", (595.28, 841.89)), ("Letter", (612, 792))])
def test_paper_size_comes_from_the_settings(paper: str, size: tuple[float, float]) -> None:
    settings = ShowroomSettings(paper_size=paper)
    pdf = render_customer_card(make_card(), make_context(settings=settings))
    box = PdfReader(io.BytesIO(pdf.data)).pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == size


def test_an_unknown_paper_size_is_refused_by_name() -> None:
    with pytest.raises(ValidationError) as caught:
        render_customer_card(make_card(), make_context(settings=ShowroomSettings(paper_size="A5")))
    assert caught.value.field == "paper size"
    assert "must be A4 or Letter, not 'A5'" in str(caught.value)


def test_pages_render_with_poppler(tmp_path: Path) -> None:
    pdf = render_customer_card(make_card(entries=40), make_context())
    images = render_png(pdf.data, tmp_path, dpi=60)
    assert len(images) == pdf.page_count >= 2
    for path in images:
        with Image.open(path) as image:
            assert image.size == (497, 702)  # A4 at 60 dpi
            dark = sum(1 for value in image.convert("L").tobytes() if value < 128)
            assert dark > 2000  # text was drawn, not a blank page
