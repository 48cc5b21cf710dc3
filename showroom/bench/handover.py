"""The handover figure: a two-page handover printed through the app (number, render,
archive) against the same document written by hand in plain ReportLab, in the same run.

The record is a demo delivery brought to the size the issue names: 12 accessories on its
plan and 3 items still owed, which makes the handover two pages. The baseline
(:mod:`showroom.bench.raw_handover`) carries the same content: letterhead, tables, footer
with "Page X of Y" and the QR code, on the same two pages. The earlier baseline, the app's
PDF text as bare paragraphs (:func:`same_text_baseline`), is still measured as an extra.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from showroom.core.ids import UserId
from showroom.deliveries.service import add_owed
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.roles import Role
from showroom.kernel.settings_store import load_settings
from showroom.storage.database import Database
from showroom.storage.models import Deal, Delivery, OwedItem, PlanAccessory, User

ACCESSORIES = (
    "Roof bars",
    "All-weather floor mats",
    "Boot liner",
    "Tow bar, detachable",
    "Mud flaps front and rear",
    "Wireless phone charger",
    "Dash camera front and rear",
    "Cargo net",
    "Puddle lamps with logo",
    "Sill protectors",
    "Child seat ISOFIX base",
    "Bike carrier for the tow bar",
)
OWED = ("Second key fob (on order)", "Navigation map update", "Paint protection film, bonnet")


def two_page_handover(db: Database) -> int:
    """A demo delivery given 12 accessories and 3 owed items; returns its id."""
    with db.session() as session:
        delivery = session.scalars(select(Delivery).order_by(Delivery.id.desc()).limit(1)).first()
        if delivery is None:
            raise RuntimeError("the demo database has no delivery to print")
        deal = session.get(Deal, delivery.deal_id)
        assert deal is not None
        position = int(
            session.scalar(
                select(func.coalesce(func.max(PlanAccessory.position), 0)).where(
                    PlanAccessory.plan_id == deal.plan_id
                )
            )
            or 0
        )
        for offset, name in enumerate(ACCESSORIES, start=1):
            session.add(
                PlanAccessory(
                    plan_id=deal.plan_id,
                    position=position + offset,
                    name=name,
                    unit_price=Decimal("120.00"),
                    quantity=1,
                )
            )
        owed = int(
            session.scalar(
                select(func.count(OwedItem.id)).where(OwedItem.delivery_id == delivery.id)
            )
            or 0
        )
        settings = load_settings(session)
        promised = date.today() + timedelta(days=7)
        for text in OWED[owed:]:
            add_owed(session, delivery.id, text, promised, None, settings)
        return delivery.id


def same_text_baseline(pdf: bytes) -> Callable[[], bytes]:
    """A builder of a plain ReportLab document with the text of ``pdf``, line by line."""
    from xml.sax.saxutils import escape

    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    from showroom.kernel.pdf.fonts import FONT, register_fonts

    register_fonts()
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    style = ParagraphStyle("plain", fontName=FONT, fontSize=9, leading=11)

    def build() -> bytes:
        out = io.BytesIO()
        story: list[object] = []
        for n, text in enumerate(pages):
            if n:
                story.append(PageBreak())
            story += [Paragraph(escape(line), style) for line in text.splitlines() if line]
        SimpleDocTemplate(out, pagesize=A4).build(story)
        return out.getvalue()

    return build


def raw_handover_baseline(
    db: Database, delivery_id: int, *, qr_widget: bool = True
) -> Callable[[], bytes]:
    """The handover's baseline: :func:`showroom.bench.raw_handover.raw_handover` of the
    delivery, printed by the manager the app's print names, numbered as the app's first
    handover of the year is."""
    from showroom.bench.raw_handover import raw_handover
    from showroom.kernel.document_kind import format_document_number
    from showroom.kernel.pdf.formatting import showroom_zone

    with db.reader() as session:
        settings = load_settings(session)
        manager = session.scalar(select(User.id).where(User.role == Role.MANAGER.value))
    year = datetime.now(showroom_zone(settings.timezone)).year
    number = format_document_number(DocumentKind.HANDOVER, year, 1)
    return raw_handover(db, delivery_id, int(manager or 1), settings, number, qr_widget=qr_widget)


def handover_pdf(db: Database, delivery_id: int) -> bytes:
    """The handover as the app prints it (rolled back: nothing archived)."""
    from sqlalchemy.orm import Session

    from showroom.printing.registry import PRINTABLE

    with db.engine.connect() as conn, Session(bind=conn) as session:
        settings = load_settings(session)
        manager = session.scalar(select(User.id).where(User.role == Role.MANAGER.value))
        document = PRINTABLE[DocumentKind.HANDOVER](
            session, delivery_id, UserId(int(manager or 1)), settings, datetime.now(UTC)
        )
        session.rollback()
    return document.pdf
