"""The paragraph styles of every document, coloured with the showroom's brand colour."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from showroom.kernel.pdf.fonts import FONT, FONT_BOLD

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5B6470")
RULE = colors.HexColor("#C9CED6")
STRIPE = colors.HexColor("#F3F5F8")


def _style(name: str, **kwargs: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": FONT,
        "fontSize": 9.5,
        "leading": 12.5,
        "textColor": INK,
        "alignment": TA_LEFT,
        # Break words longer than a line (an e-mail address, a run of Chinese characters
        # without spaces) instead of letting them run past the margin.
        "splitLongWords": 1,
    }
    base.update(kwargs)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True, slots=True)
class Styles:
    """Every style a document uses; build with :func:`make_styles`."""

    brand: colors.Color
    body: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    table_header: ParagraphStyle
    table_cell: ParagraphStyle
    terms: ParagraphStyle
    signature_label: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead_text: ParagraphStyle
    document_title: ParagraphStyle
    document_number: ParagraphStyle
    footer: ParagraphStyle
    footer_right: ParagraphStyle


def make_styles(brand: colors.Color) -> Styles:
    return Styles(
        brand=brand,
        body=_style("body"),
        small=_style("small", fontSize=8.5, leading=11),
        label=_style("label", fontSize=8.5, leading=12.5, textColor=MUTED),
        title=_style("title", fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2),
        subtitle=_style("subtitle", fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=4),
        heading=_style(
            "heading",
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=brand,
            spaceBefore=10,
            spaceAfter=4,
        ),
        table_header=_style(
            "table_header", fontName=FONT_BOLD, fontSize=8.5, leading=11, textColor=colors.white
        ),
        table_cell=_style("table_cell", fontSize=8.5, leading=11),
        terms=_style("terms", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=4),
        signature_label=_style("signature_label", fontSize=8, leading=10, textColor=MUTED),
        letterhead_name=_style(
            "letterhead_name", fontName=FONT_BOLD, fontSize=14, leading=17, textColor=brand
        ),
        letterhead_text=_style("letterhead_text", fontSize=8.5, leading=11, textColor=MUTED),
        document_title=_style(
            "document_title", fontName=FONT_BOLD, fontSize=12, leading=15, alignment=TA_RIGHT
        ),
        document_number=_style(
            "document_number", fontSize=8.5, leading=11, textColor=MUTED, alignment=TA_RIGHT
        ),
        footer=_style("footer", fontSize=7.5, leading=9.5, textColor=MUTED),
        footer_right=_style(
            "footer_right", fontSize=7.5, leading=9.5, textColor=MUTED, alignment=TA_RIGHT
        ),
    )


_shared: dict[tuple[float, ...], Styles] = {}
_shared_lock = threading.Lock()


def shared_styles(brand: colors.Color) -> Styles:
    """The styles of ``brand``, made once per process and shared by every document in that
    colour (laying a paragraph out is faster with a style it has seen). Never change a shared
    style: derive a new one with ``ParagraphStyle(name, parent=style, ...)``."""
    key = tuple(brand.rgba())
    styles = _shared.get(key)
    if styles is None:
        with _shared_lock:
            styles = _shared.get(key)
            if styles is None:
                if len(_shared) >= 16:
                    _shared.clear()
                styles = _shared[key] = make_styles(brand)
    return styles
