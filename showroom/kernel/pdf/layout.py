"""The page every document is printed on: letterhead, running header, footer, paper size.

A form module builds its story (a list of flowables) with the styles of a
:class:`DocumentBuilder` and asks it to ``render`` the story; the builder adds the
letterhead on the first page, a short header on the others, and on every page a footer
with the document number, "Page X of Y", when and by whom it was printed, and a QR code
of the number so a signed paper can be matched to its archived original.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Table,
)

from showroom.core.errors import ValidationError
from showroom.kernel.pdf.blocks import draw_qr, paragraph, table_style
from showroom.kernel.pdf.canvas import ShowroomCanvas
from showroom.kernel.pdf.fonts import FONT, register_fonts
from showroom.kernel.pdf.formatting import format_datetime, markup
from showroom.kernel.pdf.language import t
from showroom.kernel.pdf.styles import RULE, Styles, shared_styles
from showroom.kernel.settings import ShowroomSettings

PAPER_SIZES: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER, "us letter": LETTER}
MARGIN_X = 18 * mm
MARGIN_TOP = 13 * mm
MARGIN_BOTTOM = 10 * mm
HEADER_GAP = 6 * mm
QR_SIZE = 13 * mm
FOOTER_PAGE_WIDTH = 27 * mm
FOOTER_FORM = "ShowroomFooter"
LOGO_MAX_HEIGHT = 16 * mm
LOGO_MAX_WIDTH = 45 * mm
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def paper_size(name: str) -> tuple[float, float]:
    """The page size in points for the ``paper_size`` setting: A4 or (US) Letter."""
    try:
        return PAPER_SIZES[name.strip().lower()]
    except KeyError:
        raise ValidationError(
            "paper size", "must be A4 or Letter, not {name!r}", name=name
        ) from None


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The showroom's identity at the top of the first page."""

    name: str
    address: str
    phone: str
    logo: Path | None
    brand_colour: colors.Color

    @classmethod
    def from_settings(cls, settings: ShowroomSettings) -> Letterhead:
        """Checks the letterhead settings, naming the one that is wrong."""
        if not _COLOUR.fullmatch(settings.brand_colour.strip()):
            raise ValidationError(
                "brand colour",
                "must be written #RRGGBB, like #1F4E79, not {brand_colour!r}",
                brand_colour=settings.brand_colour,
            )
        logo: Path | None = None
        if settings.letterhead_logo.strip():
            logo = Path(settings.letterhead_logo.strip()).expanduser()
            try:
                ImageReader(str(logo)).getSize()
            except Exception:
                raise ValidationError(
                    "letterhead logo", "{logo} is not a readable PNG or JPEG image", logo=logo
                ) from None
        return cls(
            name=settings.dealership_name,
            address=settings.dealership_address,
            phone=settings.dealership_phone,
            logo=logo,
            brand_colour=colors.HexColor(settings.brand_colour.strip()),
        )


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """Everything about one printing that is not the form's data.

    ``invariant`` makes the output byte-for-byte the same for the same inputs (no creation
    time or random id in the file), for tests and for comparing two renderings.
    """

    settings: ShowroomSettings
    number: str
    printed_at: datetime
    printed_by: str
    invariant: bool = False

    def __post_init__(self) -> None:
        if self.printed_at.tzinfo is None:
            raise ValueError("printed_at must know its time zone")


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    """A finished PDF and what the archive records about it."""

    data: bytes
    page_count: int

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class DocumentBuilder:
    """Lays out one document: build the story with ``styles``, then call ``render``."""

    def __init__(self, title: str, context: DocumentContext) -> None:
        register_fonts()
        self.title = t(title)
        self.context = context
        self.letterhead = Letterhead.from_settings(context.settings)
        self.pagesize = paper_size(context.settings.paper_size)
        self.styles: Styles = shared_styles(self.letterhead.brand_colour)
        self.printed_at_text = format_datetime(context.printed_at, context.settings)
        self.frame_width = self.pagesize[0] - 2 * MARGIN_X
        self._footer_height_cache: float | None = None
        self._footer_left_cache: tuple[Paragraph, float] | None = None

    # --- page furniture ---------------------------------------------------------------------
    def _letterhead_table(self) -> Table:
        s, head = self.styles, self.letterhead
        left: list[Flowable] = []
        if head.logo is not None:
            image = Image(str(head.logo))
            scale = min(LOGO_MAX_HEIGHT / image.imageHeight, LOGO_MAX_WIDTH / image.imageWidth)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            image.hAlign = "LEFT"
            left.append(image)
        left.append(paragraph(markup(head.name), s.letterhead_name))
        contact = [markup(head.address)] if head.address.strip() else []
        if head.phone.strip():
            contact.append(markup(head.phone))
        if contact:
            left.append(paragraph("<br/>".join(contact), s.letterhead_text))
        right = [
            paragraph(markup(self.title), s.document_title),
            paragraph(markup(self.context.number), s.document_number),
            paragraph(markup(self.printed_at_text), s.document_number),
        ]
        return self._header_table([[left, right]], ["58%", "42%"])

    def _running_header_table(self) -> Table:
        s = self.styles
        return self._header_table(
            [
                [
                    paragraph(markup(self.letterhead.name), s.letterhead_text),
                    paragraph(
                        f"{markup(self.title)} · {markup(self.context.number)}", s.document_number
                    ),
                ]
            ],
            ["50%", "50%"],
        )

    def _header_table(self, data: list[list[object]], widths: Sequence[str]) -> Table:
        table = Table(data, colWidths=list(widths))
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
                    ("LINEBELOW", (0, 0), (-1, -1), 1.2, self.letterhead.brand_colour),
                ]
            )
        )
        return table

    def _footer_left(self) -> Paragraph:
        return Paragraph(
            f"<b>{markup(self.title)} {markup(self.context.number)}</b><br/>"
            + markup(
                t("Printed {when} by {who}").format(
                    when=self.printed_at_text, who=self.context.printed_by
                )
            ),
            self.styles.footer,
        )

    def _footer_right(self, page: int, total: int) -> Paragraph:
        return paragraph(
            markup(t("Page {page} of {total}").format(page=page, total=total)),
            self.styles.footer_right,
        )

    def _footer_table(self, page: int, total: int) -> Table:
        table = Table(
            [[self._footer_left(), self._footer_right(page, total)]],
            colWidths=[self._footer_left_width(), FOOTER_PAGE_WIDTH],
            hAlign="LEFT",
        )
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def _footer_left_width(self) -> float:
        return float(self.frame_width - QR_SIZE - 30 * mm)

    def _footer_height(self) -> float:
        if self._footer_height_cache is None:
            _, height = self._footer_table(999, 999).wrap(self.frame_width, self.pagesize[1])
            self._footer_height_cache = float(max(height, QR_SIZE) + 3 * mm)
        return self._footer_height_cache

    def _draw_footer(self, canvas: Canvas, page: int, total: int) -> None:
        """The footer of one page: what every page repeats (the rule, the document's number
        and who printed it, the QR code) is drawn once into a form the pages share; only
        "Page X of Y" is drawn on each page, where the footer's table would put it."""
        height = self._footer_height()
        if self._footer_left_cache is None:
            left = self._footer_left()
            _, left_height = left.wrap(self._footer_left_width(), height)
            self._footer_left_cache = left, left_height
        left, left_height = self._footer_left_cache
        right = self._footer_right(page, total)
        _, right_height = right.wrap(FOOTER_PAGE_WIDTH, height)
        if right_height > left_height:
            # The page number sets the table's height: the repeated part moves with it.
            self._draw_footer_table(canvas, page, total)
            return
        table_y = MARGIN_BOTTOM + (height - 3 * mm - left_height) / 2
        if not canvas.hasForm(FOOTER_FORM):
            canvas.beginForm(FOOTER_FORM)
            canvas.saveState()
            self._draw_footer_rule(canvas, height)
            left.drawOn(canvas, MARGIN_X, table_y)
            self._draw_footer_qr(canvas)
            canvas.restoreState()
            canvas.endForm()
        canvas.saveState()
        canvas.doForm(FOOTER_FORM)
        right.drawOn(
            canvas,
            MARGIN_X + self._footer_left_width(),
            table_y + (left_height - right_height) / 2,
        )
        canvas.restoreState()

    def _draw_footer_rule(self, canvas: Canvas, height: float) -> None:
        top = MARGIN_BOTTOM + height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top, self.pagesize[0] - MARGIN_X, top)

    def _draw_footer_qr(self, canvas: Canvas) -> None:
        draw_qr(
            canvas, self.context.number, self.pagesize[0] - MARGIN_X - QR_SIZE, MARGIN_BOTTOM,
            QR_SIZE,
        )  # fmt: skip

    def _draw_footer_table(self, canvas: Canvas, page: int, total: int) -> None:
        canvas.saveState()
        height = self._footer_height()
        self._draw_footer_rule(canvas, height)
        table = self._footer_table(page, total)
        _, table_height = table.wrap(self.frame_width, height)
        table.drawOn(canvas, MARGIN_X, MARGIN_BOTTOM + (height - 3 * mm - table_height) / 2)
        self._draw_footer_qr(canvas)
        canvas.restoreState()

    # --- rendering --------------------------------------------------------------------------
    def render(self, story: Sequence[Flowable]) -> RenderedPdf:
        """Lay the story out on as many pages as it needs and return the PDF."""
        height = self.pagesize[1]
        first_header = self._letterhead_table()
        _, first_height = first_header.wrap(self.frame_width, height)
        later_header = self._running_header_table()
        _, later_height = later_header.wrap(self.frame_width, height)
        footer_height = self._footer_height() + 4 * mm

        def frame(header_height: float, frame_id: str) -> Frame:
            top = height - MARGIN_TOP - header_height - HEADER_GAP
            bottom = MARGIN_BOTTOM + footer_height
            return Frame(
                MARGIN_X, bottom, self.frame_width, top - bottom, id=frame_id,
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
            )  # fmt: skip

        def draw_header(table: Table, table_height: float) -> object:
            def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
                table.drawOn(canvas, MARGIN_X, height - MARGIN_TOP - table_height)

            return on_page

        buffer = io.BytesIO()
        settings = self.context.settings
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{self.title} {self.context.number}",
            subject=self.context.number,
            author=settings.dealership_name,
            creator="Showroom",
            invariant=1 if self.context.invariant else 0,
            pageCompression=1,
            # Otherwise every page names Helvetica (unembedded, and unused) in its resources.
            initialFontName=FONT,
            initialFontSize=9.5,
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [frame(first_height, "first")],
                    onPage=draw_header(first_header, first_height),
                    autoNextPageTemplate="later",
                ),
                PageTemplate(
                    "later",
                    [frame(later_height, "later")],
                    onPage=draw_header(later_header, later_height),
                ),
            ]
        )
        canvases: list[ShowroomCanvas] = []

        def make_canvas(*args: object, **kwargs: object) -> ShowroomCanvas:
            canvas = ShowroomCanvas(*args, footer=self._draw_footer, **kwargs)
            canvases.append(canvas)
            return canvas

        doc.build(list(story), canvasmaker=make_canvas)
        return RenderedPdf(buffer.getvalue(), canvases[-1].page_count)
