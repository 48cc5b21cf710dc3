"""The building blocks every form is made of.

Each returns platypus flowables. Text given as ``str`` is data: it is escaped and set in a
:class:`Paragraph`, so it wraps inside its column and never runs past a margin, and
``&`` or ``<`` in a name print as themselves. A ready-made flowable may be passed instead
wherever a value is expected.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

from showroom.kernel.pdf.fonts import FONT
from showroom.kernel.pdf.formatting import markup
from showroom.kernel.pdf.language import t
from showroom.kernel.pdf.styles import INK, RULE, STRIPE, Styles

SECTION_MIN_SPACE = 40 * mm
"""Room a splitting section needs below its heading before it may start on a page."""

Cell: TypeAlias = str | Flowable | None
"""A table or key–value value: plain text (escaped and wrapped), nothing (a dash), or a
flowable built by the caller."""


def table_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A table style that sets our font for the table itself too: without it ReportLab
    selects Helvetica on every page that has a table, even where each cell is a paragraph."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])


def para(text: str | None, style: ParagraphStyle) -> Paragraph:
    """Plain text as a wrapping paragraph (``None`` or blank prints a dash)."""
    return paragraph(markup(text), style)


_PLAIN_FRAGS: weakref.WeakKeyDictionary[ParagraphStyle, ParaFrag | None] = (
    weakref.WeakKeyDictionary()
)
_MARKUP = frozenset("<>&")


def _plain_frag(style: ParagraphStyle) -> ParaFrag | None:
    """The fragment ReportLab's parser makes of plain text in ``style`` (None if the style
    makes the parser do more than copy it: a text transform, bullets)."""
    try:
        return _PLAIN_FRAGS[style]
    except KeyError:
        pass
    probe = Paragraph("x", style)
    frag = probe.frags[0] if len(probe.frags) == 1 and probe.style is style else None
    if style.textTransform or getattr(style, "bulletText", None):
        frag = None
    _PLAIN_FRAGS[style] = frag
    return frag


class _Paragraph(Paragraph):  # type: ignore[misc]
    """A paragraph that remembers its last layout: a table lays its cells out again each
    time it is measured or split at the same width, and breaking the lines is most of the
    cost. Asked for the same width with the same fragments, it returns the lines it broke
    the last time (``wrap`` depends on nothing else)."""

    _last_wrap: tuple[Any, ...] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._last_wrap
        if last is not None and last[0] == availWidth and last[1] is self.frags:
            _, _, self.blPara, self._wrapWidths, self.width, self.height = last
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if height != 0x7FFFFFFF:
            self._last_wrap = (
                availWidth,
                self.frags,
                self.blPara,
                self._wrapWidths,
                self.width,
                self.height,
            )
        return width, height


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """``Paragraph(text, style)`` for text already marked up. Text with no tag or entity
    (most of a form: labels, headers, names, accessories) skips ReportLab's XML parser: its
    one fragment is the style's, as the parser would make it, so the paragraph lays out and
    draws exactly the same."""
    cleaned = cleanBlockQuotedText(text)
    if not cleaned or not _MARKUP.isdisjoint(cleaned):
        return _Paragraph(text, style)
    template = _plain_frag(style)
    if template is None:
        return _Paragraph(text, style)
    frag = copy.copy(template)
    frag.text = cleaned
    frag.link = []
    frag.us_lines = []
    return _Paragraph(cleaned, style, frags=[frag])


def _cell(value: Cell, style: ParagraphStyle) -> Flowable:
    if isinstance(value, Flowable):
        return value
    return para(value, style)


def heading(text: str, styles: Styles) -> Paragraph:
    """A section heading (use :func:`section` to keep it with what follows), in the
    document's language."""
    return para(t(text), styles.heading)


def section(
    title: str, body: Sequence[Flowable], styles: Styles, *, keep_together: bool = True
) -> list[Flowable]:
    """A heading and its body. A short body is kept on one page with its heading; a long one
    (a table that splits across pages) starts on a new page unless there is room for the
    heading and its first rows, so a heading never ends a page alone."""
    if keep_together:
        return [KeepTogether([heading(title, styles), *body])]
    return [CondPageBreak(SECTION_MIN_SPACE), heading(title, styles), *body]


def key_value_block(rows: Sequence[tuple[str, Cell]], styles: Styles, *, columns: int = 1) -> Table:
    """Labels and values, in ``columns`` label/value pairs side by side."""
    if columns < 1:
        raise ValueError("columns must be at least 1")
    data: list[list[Flowable | str]] = []
    for start in range(0, len(rows), columns):
        line: list[Flowable | str] = []
        for label, value in rows[start : start + columns]:
            line += [para(t(label), styles.label), _cell(value, styles.body)]
        line += [""] * (2 * columns - len(line))
        data.append(line)
    label_share, value_share = 24 / columns, 76 / columns
    widths = [f"{label_share}%", f"{value_share}%"] * columns
    table = Table(data or [["", ""]], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                # Labels are set smaller than values: lower them onto the value's baseline.
                *[
                    ("TOPPADDING", (col, 0), (col, -1), 1.5 + _baseline_shift(styles))
                    for col in range(0, 2 * columns, 2)
                ],
            ]
        )
    )
    return table


def _baseline_shift(styles: Styles) -> float:
    return float(styles.body.fontSize - styles.label.fontSize)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    styles: Styles,
    *,
    widths: Sequence[str] | None = None,
) -> Table:
    """A table whose rows split across pages, with the header row repeated on each page.

    ``widths`` are shares of the frame such as ``"20%"`` or ``"*"`` (the rest).
    """
    data: list[list[Flowable]] = [[para(t(text), styles.table_header) for text in header]]
    data += [[_cell(value, styles.table_cell) for value in row] for row in rows]
    table = Table(
        data,
        colWidths=list(widths) if widths else None,
        repeatRows=1,
        splitByRow=1,
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), styles.brand),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), STRIPE) for row in range(2, len(data), 2)]
    table.setStyle(table_style(commands))
    return table


class TickBox(Flowable):  # type: ignore[misc]
    """A square to tick by hand, ticked already, or crossed (the check failed)."""

    def __init__(
        self, ticked: bool = False, size: float = 3.4 * mm, *, failed: bool = False
    ) -> None:
        super().__init__()
        self.ticked = ticked
        self.failed = failed
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        canvas.rect(0, 0, self.size, self.size, stroke=1, fill=0)
        if self.ticked:
            s = self.size
            canvas.setLineWidth(1.2)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            path = canvas.beginPath()
            path.moveTo(0.2 * s, 0.5 * s)
            path.lineTo(0.42 * s, 0.25 * s)
            path.lineTo(0.82 * s, 0.8 * s)
            canvas.drawPath(path, stroke=1, fill=0)
        elif self.failed:
            s = self.size
            canvas.setLineWidth(1.2)
            canvas.setLineCap(1)
            canvas.line(0.22 * s, 0.22 * s, 0.78 * s, 0.78 * s)
            canvas.line(0.22 * s, 0.78 * s, 0.78 * s, 0.22 * s)
        canvas.restoreState()


@dataclass(frozen=True, slots=True)
class ChecklistLine:
    """One item of a printed checklist; ``who`` and ``when`` blank leave room to write.
    ``failed`` crosses the box instead of ticking it."""

    text: str
    done: bool = False
    who: str | None = None
    when: str | None = None
    note: str | None = None
    failed: bool = False


def checklist_block(
    items: Sequence[ChecklistLine],
    styles: Styles,
    *,
    header: tuple[str, str, str] = ("Item", "Done by", "When"),
) -> Table:
    """Tick boxes with who/when columns; splits across pages with its header repeated."""
    rows: list[list[Cell]] = []
    for item in items:
        text: Flowable = paragraph(
            markup(item.text)
            + (
                f'<br/><font size="7.5" color="#5B6470">{markup(item.note)}</font>'
                if item.note
                else ""
            ),
            styles.table_cell,
        )
        rows.append([TickBox(item.done, failed=item.failed), text, item.who or "", item.when or ""])
    table = data_table(["", *header], rows, styles, widths=["7%", "*", "22%", "18%"])
    table.setStyle(table_style([("TOPPADDING", (0, 1), (-1, -1), 5)]))
    return table


def terms_block(text: str, styles: Styles) -> list[Flowable]:
    """Conditions or a declaration in small print; blank lines separate paragraphs."""
    paragraphs = [block for block in text.split("\n\n") if block.strip()]
    return [para(block, styles.terms) for block in paragraphs]


@dataclass(frozen=True, slots=True)
class Signer:
    """Who signs: the role under the line (``Customer``) and, if known, the name."""

    role: str
    name: str | None = None


def signature_block(
    signers: Sequence[Signer],
    styles: Styles,
    *,
    heading_text: str | None = None,
    terms: str | None = None,
    date_label: str = "Signature and date",
) -> KeepTogether:
    """Signature lines side by side, kept on one page with the heading and terms they sign."""
    if not signers:
        raise ValueError("a signature block needs at least one signer")
    gap = "4%"
    share = f"{(100 - 4 * (len(signers) - 1)) / len(signers):.2f}%"
    widths: list[str] = []
    space_row: list[Flowable | str] = []
    label_row: list[Flowable | str] = []
    for index, signer in enumerate(signers):
        if index:
            widths.append(gap)
            space_row.append("")
            label_row.append("")
        widths.append(share)
        space_row.append(Spacer(1, 16 * mm))
        name = f"<br/>{markup(signer.name)}" if signer.name else ""
        label_row.append(
            Paragraph(
                f"<b>{markup(t(signer.role))}</b>{name}<br/>"
                f'<font color="#5B6470">{markup(t(date_label))}</font>',
                styles.small,
            )
        )
    table = Table([space_row, label_row], colWidths=widths, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 3),
    ]
    commands += [("LINEABOVE", (2 * i, 1), (2 * i, 1), 0.8, INK) for i in range(len(signers))]
    table.setStyle(table_style(commands))
    flowables: list[Flowable] = []
    if heading_text:
        flowables.append(heading(heading_text, styles))
    if terms:
        flowables += terms_block(terms, styles)
    flowables += [Spacer(1, 2 * mm), table]
    return KeepTogether(flowables)


_RULE1_RUN = re.compile(r"0{5,}|1{5,}")
_RULE3_PATTERN = "10111010000"
_AS_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def _rule1(lines: Sequence[str]) -> int:
    """Runs of five or more modules of one colour: 3 for five, one more for each more."""
    return sum(m.end() - m.start() - 2 for line in lines for m in _RULE1_RUN.finditer(line))


def _rule3(lines: Sequence[str]) -> int:
    """The finder-like pattern, counted as ReportLab counts it (left to right, not
    overlapping, and not at the last place of a line)."""
    score = 0
    for line in lines:
        last = len(line) - len(_RULE3_PATTERN)
        start = line.find(_RULE3_PATTERN, 0, len(line) - 1)
        while 0 <= start < last:
            score += 40
            start = line.find(_RULE3_PATTERN, start + len(_RULE3_PATTERN), len(line) - 1)
    return score


def lost_points(modules: Sequence[Sequence[bool]]) -> int:
    """ReportLab's ``QRUtil.getLostPoint`` (the penalty a mask pattern is chosen by), the
    same number computed on strings and bit masks instead of lists of booleans."""
    rows = [bytes(row).translate(_AS_DIGITS).decode("ascii") for row in modules]
    columns = ["".join(column) for column in zip(*rows, strict=True)]
    size = len(rows)
    bits = [int(row, 2) for row in rows]
    inner = (1 << (size - 1)) - 1
    blocks = 0
    for upper, lower in itertools.pairwise(bits):
        # Cells equal to their right neighbour in both rows and to the cell below.
        same = ~(upper ^ (upper >> 1)) & ~(lower ^ (lower >> 1)) & ~(upper ^ lower) & inner
        blocks += same.bit_count()
    dark = sum(row.count("1") for row in rows)
    balance = 10 * (abs(100 * dark // (size * size) - 50) // 5)
    # ReportLab scores the pattern in rows only: its column pass compares tuples with a list.
    return _rule1(rows) + _rule1(columns) + 3 * blocks + _rule3(rows) + balance


class _QRCode(qrencoder.QRCode):  # type: ignore[misc]
    """ReportLab's encoder with a faster penalty: the same mask is chosen, the same code
    made; trying the eight masks is most of the cost of encoding a document number."""

    def getBestMaskPattern(self) -> int:
        best, pattern = 0, 0
        for mask in range(8):
            self.makeImpl(True, mask)
            points = lost_points(self.modules)
            if mask == 0 or best > points:
                best, pattern = points, mask
        return pattern


@functools.lru_cache(maxsize=32)
def qr_runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``value`` (error correction M, as :func:`qr_code`): its module count and
    its dark runs as (row, first column, length). Cached: every page of a document carries
    the same code."""
    code = _QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    runs = []
    for row, modules in enumerate(code.modules):
        column = 0
        for dark, group in itertools.groupby(bool(m) for m in modules):
            length = len(list(group))
            if dark:
                runs.append((row, column, length))
            column += length
    return code.getModuleCount(), tuple(runs)


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``value`` straight on ``canvas``, ``size`` points square with its
    lower left corner at (x, y): one filled rectangle per dark run, no drawing objects."""
    count, runs = qr_runs(value)
    box = size / count
    canvas.saveState()
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for row, column, length in runs:
        path.rect(x + column * box, y + size - (row + 1) * box, length * box, box)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def qr_code(value: str, size: float = 14 * mm) -> Drawing:
    """A QR code carrying ``value`` (the document number), ``size`` points square."""
    widget = QrCodeWidget(value, barLevel="M", barBorder=0)
    widget.barFillColor = colors.black
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    # The drawing sets its default font when drawn; name ours, or every page would carry an
    # unused Helvetica.
    drawing.initialFontName = FONT
    return drawing


__all__ = [
    "Cell",
    "ChecklistLine",
    "Signer",
    "TickBox",
    "checklist_block",
    "data_table",
    "draw_qr",
    "heading",
    "key_value_block",
    "para",
    "qr_code",
    "qr_runs",
    "section",
    "signature_block",
    "terms_block",
]
