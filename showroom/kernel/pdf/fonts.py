"""The one Unicode font every document prints with, in a regular and a bold weight.

WenQuanYi Micro Hei (resources/fonts, Apache-2.0 or GPL-3+ with the font exception) covers
Latin with diacritics, Polish, Cyrillic and Chinese, so any customer name prints. It has no
bold face, and no free bold face with the same coverage fits in the repository: Debian's
WenQuanYi Zen Hei is 16 MB, no heavier than Micro Hei, and lacks Polish letters (ą, ę, ś,
ź, ż). So bold is synthesised: the bold font name maps to the same embedded font, and
:class:`showroom.kernel.pdf.canvas.ShowroomCanvas` draws it filled *and* stroked with a thin
outline (PDF text render mode 2). The glyphs stay real text, so bold words remain
searchable and copyable, the PDF embeds the font once, and every script gets the same bold.
"""

from __future__ import annotations

import copy
import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

RESOURCES = Path(__file__).resolve().parents[3] / "resources"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"

FONT = "ShowroomSans"
FONT_BOLD = "ShowroomSans-Bold"
BOLD_FONTS = frozenset({FONT_BOLD})
BOLD_STROKE_EM = 0.035
"""The outline added to bold glyphs, as a fraction of the font size: close to a true bold
without closing the counters of dense Chinese characters at 8 pt."""

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the regular and the (synthetic) bold font with ReportLab, once per process."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        regular = TTFont(FONT, str(FONT_FILE), subfontIndex=0)
        pdfmetrics.registerFont(regular)
        # Same face under a second name: ReportLab maps it to the same font object, so the
        # glyphs are embedded once; the canvas strokes text set in this name.
        bold = copy.copy(regular)
        bold.fontName = FONT_BOLD
        pdfmetrics.registerFont(bold)
        for is_bold, is_italic, name in (
            (0, 0, FONT),
            (1, 0, FONT_BOLD),
            (0, 1, FONT),
            (1, 1, FONT_BOLD),
        ):
            addMapping(FONT, is_bold, is_italic, name)
        _registered = True
