"""The canvas every document is drawn on: synthetic bold, and "Page X of Y" footers.

Page numbers need the total, which is known only when the story has been laid out; the
canvas keeps each finished page's drawing operations and draws the footers in ``save()``
(the ReportLab "numbered canvas" recipe), so one layout pass is enough.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from showroom.kernel.pdf.fonts import BOLD_FONTS, BOLD_STROKE_EM

FooterPainter = Callable[[Canvas, int, int], None]
"""Draws the footer of page ``number`` (1-based) of ``total`` on the canvas."""


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


class _BoldAwareText(PDFTextObject):  # type: ignore[misc]
    """A text object that fills and strokes glyphs while a bold font name is selected.

    The outline is drawn in the current fill colour. The text state it changes (render mode,
    line width and join, stroke colour) is put back before the text object ends, so code
    drawing after it sees the canvas as ReportLab believes it to be.
    """

    def __init__(self, canvas: Canvas, x: float = 0, y: float = 0, direction: Any = None) -> None:
        super().__init__(canvas, x, y, direction=direction)
        self._bold = False
        self._bold_used = False
        self._apply_weight(self._fontname, self._fontsize)

    def _apply_weight(self, font_name: str, size: float) -> None:
        bold = font_name in BOLD_FONTS
        if bold:
            colour = getattr(self, "_fillColorObj", None) or self._canvas._fillColorObj
            self.setStrokeColor(colour)
            self._code.append(f"{_num(size * BOLD_STROKE_EM)} w 1 j")
            self.setTextRenderMode(2)
            self._bold_used = True
        elif self._bold:
            self.setTextRenderMode(0)
        self._bold = bold

    def _setFont(self, psfontname: str, size: float) -> None:
        super()._setFont(psfontname, size)
        self._apply_weight(psfontname, size)

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        super().setFont(psfontname, size, leading)
        self._apply_weight(psfontname, size)

    def setFillColor(self, aColor: Any, alpha: Any = None) -> None:
        super().setFillColor(aColor, alpha)
        if self._bold:
            self.setStrokeColor(aColor, alpha)

    def getCode(self) -> str:
        if self._bold_used:
            canvas = self._canvas
            self.setTextRenderMode(0)
            self._code.append(f"{_num(canvas._lineWidth)} w {canvas._lineJoin} j")
            self.setStrokeColor(canvas._strokeColorObj)
        return str(super().getCode())


class ShowroomCanvas(Canvas):  # type: ignore[misc]
    """A ReportLab canvas with synthetic bold and a footer that knows the page total."""

    def __init__(self, *args: Any, footer: FooterPainter | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:
        return _BoldAwareText(self, x, y, direction=direction)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self._footer is not None:
                self._footer(self, number, total)
            super().showPage()
        super().save()

    @property
    def page_count(self) -> int:
        return len(self._pages)
