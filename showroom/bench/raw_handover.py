"""The handover figure's baseline: the same two-page handover written by hand in plain
ReportLab, as a programmer would without our toolkit (``showroom.documents`` layout, blocks,
styles and canvas are not used; only the bundled font's registration is).

Same content as the app's PDF: the letterhead (name, address, phone, document title, number,
print time), the running header on later pages, the customer and vehicle tables, the
documents handed over with their tick boxes, the accessories and "we still owe you" tables
with their header rows repeated on a new page, the declaration, the signature lines, and on
every page the footer with "Page X of Y" (the classic numbered-canvas recipe: each page's
state is kept and the totals drawn at save time) and the QR code of the number, drawn with
ReportLab's own ``QrCodeWidget``.

Each build pays the same reads as the app's print: the delivery (``load_handover``), who
prints and the customer's language. It does not pay the app's writes (the document number,
the archive row with the PDF, the audit line): those are what the app adds around the
document, not its content. Words come from the same catalogue (``t``) and dates from the
same Babel formatting, so both PDFs carry the same words.

Known differences from the app's PDF, none of them in the words: bold is the plain font
(the app strokes bold glyphs), the footer and headers are drawn with ``drawString`` rather
than wrapping paragraphs, and the letterhead logo is not drawn (the bench's settings have
none).
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select

from showroom.customers.domain import format_phone
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.storage.models import Customer, User

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5B6470")
RULE = colors.HexColor("#C9CED6")
STRIPE = colors.HexColor("#F3F5F8")
MX, MTOP, MBOTTOM, QR = 18 * mm, 13 * mm, 10 * mm, 13 * mm


class _TickBox(Flowable):  # type: ignore[misc]
    def __init__(self, ticked: bool) -> None:
        super().__init__()
        self.ticked = ticked
        self.width = self.height = 3.4 * mm

    def draw(self) -> None:
        c, s = self.canv, self.width
        c.setStrokeColor(INK)
        c.setLineWidth(0.7)
        c.rect(0, 0, s, s)
        if self.ticked:
            c.setLineWidth(1.2)
            c.lines(
                [(0.2 * s, 0.5 * s, 0.42 * s, 0.25 * s), (0.42 * s, 0.25 * s, 0.82 * s, 0.8 * s)]
            )


def raw_handover(
    db: Database,
    delivery_id: int,
    user_id: int,
    settings: ShowroomSettings,
    number: str,
    now: Callable[[], datetime] | None = None,
    *,
    qr_widget: bool = True,
) -> Callable[[], bytes]:
    """A builder of the raw ReportLab handover of ``delivery_id`` numbered ``number``,
    printed by ``user_id`` at ``now()`` (the clock by default); each call reads the delivery
    again and returns the PDF. ``qr_widget=False`` draws the QR code as a programmer
    who measured it would: encoded once per document with ReportLab's ``qrencoder`` and
    drawn as one filled path of its dark runs, instead of the widget (which encodes the
    number again for every page and makes a checked shape of every run)."""
    clock = now or (lambda: datetime.now(UTC))
    from showroom.kernel.pdf.fonts import FONT, FONT_BOLD, register_fonts

    register_fonts()  # the bundled font, registered as the app does

    def build() -> bytes:
        from showroom.kernel.pdf.formatting import format_datetime, format_day, showroom_locale
        from showroom.kernel.pdf.language import document_language, settings_for_language, t
        from showroom.printing.handover import load_handover

        with db.reader() as session:
            data = load_handover(session, delivery_id)
            who = session.scalar(select(User.display_name).where(User.id == user_id)) or ""
            language = session.scalar(
                select(Customer.preferred_language).where(Customer.id == data.customer_id)
            )
        with document_language(language or "en"):
            local = settings_for_language(settings, language or "en")
            return _render(
                clock(),
                data,
                local,
                number,
                who,
                t,
                format_datetime,
                format_day,
                showroom_locale,
                FONT,
                FONT_BOLD,
                qr_widget,
            )

    return build


def _render(
    printed_at: datetime,
    data: Any,
    settings: ShowroomSettings,
    number: str,
    who: str,
    t: Callable[..., str],
    format_datetime: Callable[..., str],
    format_day: Callable[..., str],
    showroom_locale: Callable[[str], Any],
    font: str,
    bold: str,
    qr_widget: bool = True,
) -> bytes:
    from babel.numbers import format_decimal

    brand = colors.HexColor(settings.brand_colour.strip())
    pagesize = LETTER if settings.paper_size.strip().lower() in ("letter", "us letter") else A4
    width, height = pagesize
    frame_width = width - 2 * MX
    title = t(DocumentKind.HANDOVER.heading)
    printed = format_datetime(printed_at, settings)

    def style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("textColor", INK)
        return ParagraphStyle(
            name,
            fontName=kw.pop("fontName", font),
            fontSize=size,
            leading=leading,
            splitLongWords=1,
            **kw,
        )

    body = style("body", 9.5, 12.5)
    cell = style("cell", 8.5, 11)
    small = style("small", 8.5, 11)
    head_cell = style("head", 8.5, 11, fontName=bold, textColor=colors.white)
    heading = style(
        "heading", 10.5, 14, fontName=bold, textColor=brand, spaceBefore=10, spaceAfter=4
    )
    terms = style("terms", 8, 10.5, textColor=MUTED, spaceAfter=4)
    big = style("title", 17, 21, fontName=bold, spaceAfter=2)
    subtitle = style("subtitle", 9.5, 13, textColor=MUTED, spaceAfter=4)

    def p(text: str | None, st: ParagraphStyle) -> Paragraph:
        return Paragraph("—" if text is None else escape(text), st)

    def kv(rows: list[tuple[str, str | None]]) -> Table:
        table = Table(
            [[t(label), p(value, body)] for label, value in rows],
            colWidths=[0.24 * frame_width, 0.76 * frame_width],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (0, -1), font, 8.5, 12.5),
                    ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return table

    def grid(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        table = Table(
            [[p(t(h), head_cell) for h in header], *rows],
            colWidths=[w * frame_width for w in widths],
            repeatRows=1,
            hAlign="LEFT",
        )
        commands: list[Any] = [
            ("FONT", (0, 0), (-1, -1), font, 8.5, 11),
            ("BACKGROUND", (0, 0), (-1, 0), brand),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ]
        commands += [("BACKGROUND", (0, r), (-1, r), STRIPE) for r in range(2, len(rows) + 1, 2)]
        table.setStyle(TableStyle(commands))
        return table

    car = " ".join(part for part in (data.make, data.model, data.trim) if part)
    story: list[Flowable] = [
        p(data.customer_name, big),
        p(
            t("Delivery no. {id} · deal {deal} · {car} · {when}").format(
                id=data.delivery_id,
                deal=data.deal_id,
                car=car,
                when=format_datetime(data.handed_over_at, settings),
            ),
            subtitle,
        ),
    ]
    customer = kv(
        [
            ("Name", data.customer_name),
            ("Phone", format_phone(data.customer_phone) if data.customer_phone else None),
            ("Address", data.customer_address),
            ("Consultant", data.consultant),
        ]
    )
    story.append(KeepTogether([p(t("Customer"), heading), customer]))
    km = (
        t("{distance} km").format(
            distance=format_decimal(data.odometer_km, locale=showroom_locale(settings.locale))
        )
        if data.odometer_km is not None
        else None
    )
    vehicle = kv(
        [
            ("Vehicle", car or None),
            ("Colour", data.colour),
            ("VIN", data.vin),
            ("Registration", data.plate),
            ("Odometer", km),
            ("Insurance policy", data.insurance_policy),
            ("Keys handed over", str(data.keys_count)),
        ]
    )
    story.append(KeepTogether([p(t("Vehicle"), heading), vehicle]))
    if data.documents:
        docs = grid(
            ["", "Document", "", ""],
            [
                [_TickBox(d.handed_over), p(t(d.title, known_only=True), cell), "", ""]
                for d in data.documents
            ],
            [0.07, 0.53, 0.22, 0.18],
        )
        docs.setStyle(TableStyle([("TOPPADDING", (0, 1), (-1, -1), 5)]))
        story.append(KeepTogether([p(t("Documents handed over"), heading), docs]))
    if data.accessories:
        story += [
            CondPageBreak(40 * mm),
            p(t("Accessories installed"), heading),
            grid(
                ["No.", "Accessory"],
                [[str(n), p(a, cell)] for n, a in enumerate(data.accessories, start=1)],
                [0.08, 0.92],
            ),
        ]
    if data.owed:
        rows = [
            [
                p(o.text, cell),
                format_day(o.promised_on, settings) if o.promised_on else t("to be agreed"),
                t("done") if o.done else "",
            ]
            for o in data.owed
        ]
        story += [
            CondPageBreak(40 * mm),
            p(t("We still owe you"), heading),
            grid(["Item", "Promised by", ""], rows, [0.63, 0.25, 0.12]),
        ]

    def signer(role: str, name: str) -> Paragraph:
        return Paragraph(
            f"<b>{escape(t(role))}</b><br/>{escape(name)}<br/>"
            f'<font color="#5B6470">{escape(t("Signature and date"))}</font>',
            small,
        )

    signatures = Table(
        [
            [Spacer(1, 16 * mm), "", Spacer(1, 16 * mm)],
            [signer("Customer", data.customer_name), "", signer("Consultant", data.consultant)],
        ],
        colWidths=[0.48 * frame_width, 0.04 * frame_width, 0.48 * frame_width],
        hAlign="LEFT",
    )
    signatures.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 3),
                ("LINEABOVE", (0, 1), (0, 1), 0.8, INK),
                ("LINEABOVE", (2, 1), (2, 1), 0.8, INK),
            ]
        )
    )
    declaration = t(
        "The customer received the vehicle described above with the keys, documents and "
        "accessories listed, inspected it together with the consultant and found it in the "
        "condition agreed. Items still owed are delivered by {dealer} by the dates promised."
    ).replace("{dealer}", settings.dealership_name)
    story.append(
        KeepTogether(
            [
                p(t("Handover confirmed"), heading),
                p(declaration, terms),
                Spacer(1, 2 * mm),
                signatures,
            ]
        )
    )

    # The letterhead, the running header and the footer are drawn on the canvas.
    code = Drawing(QR, QR)
    code.add(QrCodeWidget(number, barLevel="M", barBorder=0, barWidth=QR, barHeight=QR))
    code.initialFontName = font
    contact = [line for line in settings.dealership_address.strip().splitlines() if line]
    if settings.dealership_phone.strip():
        contact.append(settings.dealership_phone.strip())
    first_header = 17 + 11 * len(contact) + 2 * mm
    later_header = 11 + 2 * mm
    footer = QR + 3 * mm

    def letterhead(c: Canvas, _doc: Any) -> None:
        top = height - MTOP
        c.setFillColor(brand)
        c.setFont(bold, 14)
        y = top - first_header + 2 * mm + 11 * len(contact)
        c.drawString(MX, y + 3, settings.dealership_name)
        c.setFillColor(MUTED)
        c.setFont(font, 8.5)
        for line in contact:
            y -= 11
            c.drawString(MX, y + 3, line)
        right = width - MX
        base = top - first_header + 2 * mm
        c.drawRightString(right, base + 3, printed)
        c.drawRightString(right, base + 14, number)
        c.setFillColor(INK)
        c.setFont(bold, 12)
        c.drawRightString(right, base + 26, title)
        c.setStrokeColor(brand)
        c.setLineWidth(1.2)
        c.line(MX, top - first_header, right, top - first_header)

    def running_header(c: Canvas, _doc: Any) -> None:
        base = height - MTOP - later_header
        c.setFillColor(MUTED)
        c.setFont(font, 8.5)
        c.drawString(MX, base + 2 * mm + 3, settings.dealership_name)
        c.drawRightString(width - MX, base + 2 * mm + 3, f"{title} · {number}")
        c.setStrokeColor(brand)
        c.setLineWidth(1.2)
        c.line(MX, base, width - MX, base)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def _draw_runs(self, x: float, y: float) -> None:
            if not hasattr(self, "_qr"):
                encoded = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
                encoded.addData(number)
                encoded.make()
                self._qr = encoded.modules
            box = QR / len(self._qr)
            self.setFillColor(colors.black)
            path = self.beginPath()
            for row, modules in enumerate(self._qr):
                column = 0
                for dark, run in itertools.groupby(modules):
                    length = len(list(run))
                    if dark:
                        path.rect(x + column * box, y + QR - (row + 1) * box, length * box, box)
                    column += length
            self.drawPath(path, stroke=0, fill=1)

        def save(self) -> None:
            for n, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                self.setStrokeColor(RULE)
                self.setLineWidth(0.6)
                self.line(MX, MBOTTOM + footer, width - MX, MBOTTOM + footer)
                self.setFillColor(MUTED)
                self.setFont(bold, 7.5)
                middle = MBOTTOM + footer / 2 - 1.5 * mm
                self.drawString(MX, middle + 2, f"{title} {number}")
                self.setFont(font, 7.5)
                self.drawString(
                    MX, middle - 7.5, t("Printed {when} by {who}").format(when=printed, who=who)
                )
                self.drawRightString(
                    width - MX - QR - 3 * mm,
                    middle - 2.5,
                    t("Page {page} of {total}").format(page=n, total=len(self._saved)),
                )
                if qr_widget:
                    renderPDF.draw(code, self, width - MX - QR, MBOTTOM)
                else:
                    self._draw_runs(width - MX - QR, MBOTTOM)
                super().showPage()
            super().save()

    def frame(header: float, frame_id: str) -> Frame:
        top = height - MTOP - header - 6 * mm
        bottom = MBOTTOM + footer + 4 * mm
        return Frame(
            MX,
            bottom,
            frame_width,
            top - bottom,
            id=frame_id,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=pagesize,
        title=f"{title} {number}",
        author=settings.dealership_name,
        initialFontName=font,
        pageCompression=1,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [frame(first_header, "first")],
                onPage=letterhead,
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [frame(later_header, "later")], onPage=running_header),
        ]
    )
    doc.build(story, canvasmaker=NumberedCanvas)
    return out.getvalue()
