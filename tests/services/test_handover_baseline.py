"""The handover figure's baseline is the same document: the raw ReportLab handover the
benchmark times against the app's has the app's pages and, word for word, its text."""

from __future__ import annotations

import subprocess
from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from showroom.bench.handover import two_page_handover
from showroom.bench.raw_handover import raw_handover
from showroom.bench.runner import fill
from showroom.core.ids import UserId
from showroom.kernel.roles import Role
from showroom.kernel.settings_store import load_settings
from showroom.printing.handover import print_handover
from showroom.storage.database import Database
from showroom.storage.models import Customer, Delivery, User
from tests.pdf_helpers import page_texts

NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def words(pdf: bytes) -> Counter[str]:
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return Counter(text.stdout.decode("utf-8").split())


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_raw_baseline_has_the_apps_pages_and_words(db: Database, language: str) -> None:
    fill(db, 40, 2)
    delivery_id = two_page_handover(db)
    with db.session() as session:
        manager = UserId(int(session.scalar(select(User.id).where(User.role == Role.MANAGER))))
        settings = load_settings(session)
        customer_id = session.scalar(select(Delivery.customer_id).where(Delivery.id == delivery_id))
        session.execute(
            update(Customer).where(Customer.id == customer_id).values(preferred_language=language)
        )
    with db.engine.connect() as conn, Session(bind=conn) as session:
        printed = print_handover(session, delivery_id, manager, settings, NOW, invariant=True)
        session.rollback()
    raw = raw_handover(db, delivery_id, manager, settings, printed.number, now=lambda: NOW)()
    path_qr = raw_handover(
        db, delivery_id, manager, settings, printed.number, now=lambda: NOW, qr_widget=False
    )()

    app_words = words(printed.pdf)
    for baseline in (raw, path_qr):
        assert printed.page_count == len(page_texts(baseline)) == 2
        # No difference is allowed: the same letterhead, tables, footers and page numbers.
        assert app_words - words(baseline) == Counter()
        assert words(baseline) - app_words == Counter()
    footer = "Page 2 of 2" if language == "en" else "第 2 页，共 2 页"
    assert " ".join(footer.split()) in " ".join(page_texts(raw)[1].split())
    assert printed.number in page_texts(raw)[1]
