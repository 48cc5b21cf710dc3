"""The daily showroom checklist as the manager reads it on paper: text from the real PDF,
blank for the clipboard and filled in from a day, and how the archive files it."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from showroom.admin.users import create_user
from showroom.core.errors import ShowroomError
from showroom.documents.daily_checklist import (
    DailyChecklistData,
    SheetLine,
    SignOff,
    render_daily_checklist,
)
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.printing.daily_checklist import print_daily_checklist
from showroom.showroom_day import service as sd
from showroom.storage.database import Database
from showroom.storage.models import Document, Vehicle
from tests.documents.conftest import make_context
from tests.pdf_helpers import page_texts, render_png

DAY = date(2026, 11, 26)
NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
CARS = ["Škoda Octavia, Moon White · Window left", "Škoda Kodiaq, Race Blue · Centre stage"]


def sheet_lines(count_extra_cars: int = 0) -> tuple[SheetLine, ...]:
    cars = CARS + [f"Demo car {n} · Back wall {n}" for n in range(count_extra_cars)]
    before = [SheetLine("Before opening", 1, time(9), "Lights on, climate at 21 °C")]
    before += [
        SheetLine(
            "Before opening", 1, time(9), f"Cleaned inside and out: {car}", "each_display_car"
        )
        for car in cars
    ]
    before += [
        SheetLine(
            "Before opening",
            1,
            time(9),
            f"Brochures and price board placed: {car}",
            "each_display_car",
            count_target=10,
        )
        for car in cars
    ]
    closing = [
        SheetLine("Closing", 4, time(19), "Walk-ins of the day registered", "walk_in_count"),
        SheetLine("Closing", 4, time(19), "Doors locked and alarm set"),
    ]
    return tuple(before + closing)


def filled_lines() -> tuple[SheetLine, ...]:
    at = datetime(2026, 11, 26, 8, 41, tzinfo=UTC)
    filled = []
    for index, line in enumerate(sheet_lines()):
        if index == 1:
            filled.append(
                SheetLine(
                    **{
                        **_fields(line),
                        "state": "failed",
                        "done_by": "Claire Dubois",
                        "done_at": at,
                        "note": "Fingerprints on the driver's door",
                        "task_owner": "Ben Carter",
                    }
                )
            )
        elif line.kind == "walk_in_count":
            filled.append(
                SheetLine(
                    **{
                        **_fields(line),
                        "state": "done",
                        "done_by": "李娜",
                        "done_at": at + timedelta(hours=10),
                        "counted": 27,
                    }
                )
            )
        elif line.count_target:
            filled.append(
                SheetLine(
                    **{
                        **_fields(line),
                        "state": "done",
                        "done_by": "李娜",
                        "done_at": at,
                        "counted": 8,
                    }
                )
            )
        elif index < len(sheet_lines()) - 1:
            filled.append(
                SheetLine(
                    **{**_fields(line), "state": "done", "done_by": "Ben Carter", "done_at": at}
                )
            )
        else:
            filled.append(line)
    return tuple(filled)


def _fields(line: SheetLine) -> dict[str, object]:
    return {name: getattr(line, name) for name in SheetLine.__slots__}


def text_of(data: DailyChecklistData) -> str:
    pdf = render_daily_checklist(data, make_context(number="SD-2026-000007"))
    return "\n".join(page_texts(pdf.data))


def test_the_blank_checklist_has_every_line_and_room_to_write(tmp_path: Path) -> None:
    data = DailyChecklistData(DAY, sheet_lines(), blank=True)
    pdf = render_daily_checklist(data, make_context(number="SD-2026-000007"))
    text = "\n".join(page_texts(pdf.data))
    flat = " ".join(text.split())
    assert "Thursday, 26 November 2026" in flat
    assert "Blank form." in flat
    assert "Before opening · by 09:00" in flat
    assert "Closing · by 19:00" in flat
    for car in CARS:
        assert f"Cleaned inside and out: {car}" in flat
        assert f"Brochures and price board placed: {car}" in flat
    assert flat.count("count: ______ of 10") == 2
    assert "walk-ins in the register: ______" in flat
    assert flat.count("Done by") == 2 and flat.count("When") == 2
    assert "Showroom manager" in flat and "Signature and date" in flat
    # Nobody's name and no time of day in the lines: the who/when columns are empty.
    body = flat[flat.index("Blank form.") : flat.index("Sign-off")]
    assert re.findall(r"\d{1,2}:\d{2}", body) == ["09:00", "19:00"]
    assert "Ben" not in body and "Claire" not in body
    assert "Failed" not in flat and "signed off by" not in flat
    assert "SD-2026-000007" in flat
    assert render_png(pdf.data, tmp_path)


def test_the_filled_checklist_shows_who_when_counts_failures_and_sign_off() -> None:
    signed = SignOff("Claire Dubois", datetime(2026, 11, 26, 19, 4, tzinfo=UTC), "Busy day")
    data = DailyChecklistData(DAY, filled_lines(), blank=False, walk_ins=27, sign_off=signed)
    flat = " ".join(text_of(data).split())
    total = len(filled_lines())
    assert f"{total - 2} of {total} checks done · 1 failed · 1 open" in flat
    assert "signed off by Claire Dubois, 26 Nov 2026, 19:04" in flat
    assert "Ben Carter 08:41" in flat
    assert "李娜 18:41" in flat
    assert "27 walk-ins in the register" in flat
    assert flat.count("counted 8 of 10") == 2
    assert "Failed: Fingerprints on the driver's door · to fix: Ben Carter" in flat
    assert "Failed checks" in flat and "What was wrong" in flat
    assert "Signed off by Claire Dubois" in flat and "Note Busy day" in flat
    assert "Signature and date" not in flat


def test_an_open_day_prints_a_signature_line_and_long_sections_split(tmp_path: Path) -> None:
    lines = tuple(
        SheetLine(**{**_fields(line), "state": "open"}) for line in sheet_lines(count_extra_cars=40)
    )
    data = DailyChecklistData(DAY, lines, blank=False, walk_ins=3)
    pdf = render_daily_checklist(data, make_context(number="SD-2026-000008"))
    texts = page_texts(pdf.data)
    assert pdf.page_count >= 3
    assert "not signed off yet" in " ".join(texts[0].split())
    assert "Signature and date" in texts[-1]
    # The table's header row repeats on every page it runs onto.
    assert all("Done by" in text for text in texts[:-1])
    assert "Demo car 39 · Back wall 39" in " ".join(" ".join(texts).split())


SETTINGS = ShowroomSettings(timezone="Europe/London")


def test_printing_files_the_checklist_with_its_day_not_a_customer(db: Database) -> None:
    with db.session() as session:
        manager = create_user(session, "claire", Role.MANAGER, "Claire Dubois")
        session.add(
            Vehicle(
                vin="TMBJJ7NE8L0000001",
                make="Škoda",
                model="Octavia",
                role="stock",
                status="on_display",
                floor_position="Window left",
            )
        )
        # Tomorrow has no checklist: its blank form lists today's cars.
        blank = print_daily_checklist(
            session, DAY + timedelta(days=1), manager, SETTINGS, NOON, blank=True
        )
        with pytest.raises(ShowroomError, match="No checklist was started for Fri 27 Nov 2026"):
            print_daily_checklist(session, DAY + timedelta(days=1), manager, SETTINGS, NOON)
        view = sd.start_day(session, DAY, manager, SETTINGS, now=NOON)
        first = view.items[0]
        sd.tick_item(session, first.id, first.version, manager, SETTINGS, now=NOON)
        filled = print_daily_checklist(session, DAY, manager, SETTINGS, NOON)
        blank_today = print_daily_checklist(session, DAY, manager, SETTINGS, NOON, blank=True)
    assert blank.number == "SD-2026-000001" and filled.number == "SD-2026-000002"
    with db.reader() as session:
        rows = session.execute(
            select(
                Document.number, Document.customer_id, Document.showroom_day_id, Document.title
            ).order_by(Document.id)
        ).all()
    assert rows == [
        ("SD-2026-000001", None, None, "Daily showroom checklist 2026-11-27 (blank)"),
        ("SD-2026-000002", None, view.id, "Daily showroom checklist 2026-11-26"),
        ("SD-2026-000003", None, view.id, "Daily showroom checklist 2026-11-26 (blank)"),
    ]
    blank_text = " ".join(" ".join(page_texts(blank.pdf)).split())
    assert "Cleaned inside and out: Škoda Octavia · Window left" in blank_text
    filled_text = " ".join(" ".join(page_texts(filled.pdf)).split())
    assert "Lights on, climate at 21 °C Claire Dubois 12:00" in filled_text
    assert f"1 of {view.total} checks done" in filled_text
    blank_today_text = " ".join(" ".join(page_texts(blank_today.pdf)).split())
    assert "Claire Dubois 12:00" not in blank_today_text
