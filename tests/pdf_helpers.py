"""Reading PDFs as a person would: the text on each page, where each word sits, the pixels."""

from __future__ import annotations

import io
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float  # from the top of the page, as pdftotext gives it
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    def find(self, text: str) -> list[Word]:
        return [word for word in self.words if word.text == text]


def page_texts(data: bytes) -> list[str]:
    """The text of each page as pypdf extracts it."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pages(data: bytes) -> list[Page]:
    """Every page with its words and their boxes (poppler's pdftotext -bbox)."""
    result = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=data, capture_output=True, check=True
    )
    root = ET.fromstring(result.stdout.decode("utf-8"))
    found = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        words = [
            Word(
                word.text or "",
                float(word.attrib["xMin"]),
                float(word.attrib["yMin"]),
                float(word.attrib["xMax"]),
                float(word.attrib["yMax"]),
            )
            for word in page.iter("{http://www.w3.org/1999/xhtml}word")
        ]
        found.append(Page(float(page.attrib["width"]), float(page.attrib["height"]), words))
    return found


def render_png(data: bytes, folder: Path, dpi: int = 60) -> list[Path]:
    """Render every page with poppler's pdftoppm; proves poppler can read the file."""
    source = folder / "document.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(source), str(folder / "page")], check=True
    )
    return sorted(folder.glob("page-*.png"))
