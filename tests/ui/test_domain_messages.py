"""The messages of showroom/ (no Qt there) in the user's language: the English of
``str(error)`` is what it always was, the template and its values travel on the error, the
catalogue files them and the screens show them in Chinese."""

from __future__ import annotations

import ast
import string
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from showroom.core.errors import DomainError, ShowroomError, ValidationError, ValidationErrors
from showroom.core.phrase import Phrase
from showroom.core.text import clean_line
from showroom.customers.visits import check_party_size
from showroom.deals.domain import parse_term
from showroom.deals.service import DealNotFound
from showroom.deliveries.service import DeliveryConflict, DeliveryHolder
from showroom.kernel.settings import validate_settings
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.types import utc_now
from showroom.test_drives import domain as drive_rules
from showroom.test_drives.domain import DriveStatus, Licence, local_instant
from showroom.test_drives.service import BookingDraft, book_test_drive
from tests.services.drive_world import World, make_world
from tests.ui.test_i18n import chinese, compiled  # noqa: F401  (fixtures)
from ui.app import build_context, create_application
from ui.context import AppContext
from ui.dialogs.booking import BookingDialog
from ui.dialogs.customer_card import CustomerCardDialog
from ui.i18n import catalogue
from ui.i18n.messages import error_text, field_text, rule_text

LONDON = ZoneInfo("Europe/London")


def raised(action: Callable[[], object]) -> ShowroomError:
    with pytest.raises(ShowroomError) as caught:
        action()
    return caught.value


def expired_licence() -> None:
    licence = Licence("AB123456", "United Kingdom", date(2020, 1, 31), True)
    now = datetime(2026, 3, 1, 10, tzinfo=LONDON)
    drive_rules.check_licence_covers(licence, now + timedelta(hours=1), now, LONDON)


ENGLISH = [
    (lambda: check_party_size(0), "party size: must be from 1 to 30"),
    (
        lambda: clean_line("abcdef", "notes", max_length=3),
        "notes: must be at most 3 characters",
    ),
    (
        lambda: drive_rules.check_minutes(5),
        "duration: must be from 10 to 240 minutes, not 5",
    ),
    (
        lambda: drive_rules.check_out("returned"),
        "This test drive is returned: it cannot be checked out.",
    ),
    (
        lambda: drive_rules.cancel("no_show"),
        "This test drive is a no-show: it cannot be cancelled.",
    ),
    (
        lambda: drive_rules.check_odometer_in(12_000, 11_000),
        "odometer in: must not be lower than at check-out (12,000 km); check the reading",
    ),
    (lambda: parse_term("12x"), "term: '12x' is not a whole number of months"),
    (
        lambda: validate_settings({"currency": "xx"}),
        "currency: 'XX' is not a currency code such as GBP, EUR or CNY",
    ),
    (lambda: parse_term("999"), "term: must be from 1 to 120 months"),
    (
        expired_licence,
        "expiry date: the licence expired on 31 Jan 2020: the customer cannot drive",
    ),
]


@pytest.mark.parametrize(("action", "english"), ENGLISH)
def test_the_english_of_converted_errors_is_unchanged(
    action: Callable[[], object], english: str
) -> None:
    error = raised(action)
    assert str(error) == english
    assert error.message == english
    if isinstance(error, ValidationErrors):
        [error] = error.errors
    if isinstance(error, ValidationError):
        assert f"{error.field}: {error.rule}" == english
        assert error.rule_template.format(**error.values) == error.rule
    else:
        assert error.template.format(**error.values) == english  # Phrase values: English


def test_not_found_errors_keep_their_sentence() -> None:
    error = DealNotFound(12)
    assert str(error) == "There is no deal with number 12."
    assert error.template == "There is no deal with number {deal_id}."
    assert dict(error.values) == {"deal_id": 12}


def test_a_message_without_values_is_left_as_written() -> None:
    error = DomainError("Braces {stay} as they are.")
    assert str(error) == "Braces {stay} as they are."
    assert ValidationError("x", "keeps {this}").rule == "keeps {this}"


def _error_calls() -> Iterator[tuple[str, int, str, set[str]]]:
    paths = sorted(catalogue.SHOWROOM_DIR.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in paths]
    errors, validation = catalogue.error_classes(trees)
    for path, tree in zip(paths, trees, strict=True):
        owners: list[tuple[ast.AST, str | None]] = [(tree, None)]
        while owners:
            node, owner = owners.pop()
            if isinstance(node, ast.ClassDef):
                owner = node.name
            if isinstance(node, ast.Call):
                is_super = catalogue._is_super_init(node.func)
                name = owner if is_super else catalogue._called_name(node.func)
                position = 1 if name in validation else 0
                if name in errors and len(node.args) > position:
                    template = node.args[position]
                    if isinstance(template, ast.Constant) and isinstance(template.value, str):
                        keywords = {k.arg for k in node.keywords if k.arg} - {"path"}
                        yield path.name, node.lineno, template.value, keywords
            owners.extend((child, owner) for child in ast.iter_child_nodes(node))


def test_every_error_template_gets_exactly_its_values() -> None:
    """A placeholder without its value would fail at run time; a value without its
    placeholder is a message that lost a word."""
    checked = 0
    for file, line, template, keywords in _error_calls():
        fields = {
            name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(template)
            if name is not None
        }
        if keywords or fields:
            assert fields == keywords, f"{file}:{line}: {template!r} gets {sorted(keywords)}"
            checked += 1
    assert checked > 200


def test_the_catalogue_files_the_messages_of_showroom() -> None:
    messages = catalogue.extract().messages
    by_context: dict[str, set[str]] = {}
    for message in messages:
        by_context.setdefault(message.context, set()).add(message.source)
    assert "phone" in by_context["DomainFields"]
    assert "must be from 1 to {max_party}" in by_context["DomainMessages"]
    assert (
        "Deal {id} is {status}; its checklists can no longer change."
        in (by_context["DomainMessages"])
    )
    assert (
        "The {car} is booked {span} for {customer} with {consultant}."
        in (by_context["DomainMessages"])
    )
    assert {"completed", "in stock", "consultant"} <= by_context["DomainValues"]
    assert len(by_context["DomainMessages"]) > 300
    # The command line stays English.
    assert not any(m.file.startswith("showroom/cli/") for m in messages)


def test_extractor_reads_error_classes_and_their_subclasses(tmp_path: Path) -> None:
    showroom = tmp_path / "showroom"
    showroom.mkdir()
    (showroom / "errors.py").write_text(
        "class ShowroomError(Exception): ...\n"
        "class Invalid(ShowroomError): ...\n"
        "ValidationError = Invalid\n"
        "class DomainError(ShowroomError): ...\n"
    )
    (showroom / "things.py").write_text(
        "from showroom.core.errors import DomainError, ValidationError\n"
        "class ThingGone(DomainError):\n"
        "    def __init__(self, n: int) -> None:\n"
        '        super().__init__("No thing {n}.", n=n)\n'
        "def check(n: int) -> None:\n"
        '    raise ValidationError("size", "must be at most {high}", high=3)\n'
        'def other() -> None:\n    raise ValueError("not ours")\n'
    )
    ui = tmp_path / "ui"
    ui.mkdir()
    found = catalogue.extract(ui, tmp_path, showroom).messages
    assert sorted((m.context, m.source) for m in found) == [
        ("DomainFields", "size"),
        ("DomainMessages", "No thing {n}."),
        ("DomainMessages", "must be at most {high}"),
    ]


def test_english_screens_show_the_english_text(qapp: QApplication) -> None:
    error = raised(lambda: check_party_size(99))
    assert error_text(error) == str(error)
    assert isinstance(error, ValidationError)
    assert rule_text(error) == "must be from 1 to 30"
    several = ValidationErrors([error, ValidationError("notes", "must not be empty")])
    assert error_text(several) == str(several)
    status = DomainError("The drive is {status}.", status=DriveStatus.NO_SHOW)
    assert error_text(status) == str(status) == "The drive is no_show."


@pytest.mark.usefixtures("chinese")
def test_chinese_screens_translate_field_rule_values_and_phrases() -> None:
    error = raised(lambda: check_party_size(99))
    assert isinstance(error, ValidationError)
    assert field_text(error.field) == "同行人数"
    assert rule_text(error) == "必须在 1 到 30 之间"
    assert error_text(error) == "同行人数：必须在 1 到 30 之间"
    settings = raised(lambda: validate_settings({"currency": "xx", "paper_size": "A5"}))
    assert error_text(settings) == (
        "货币：'XX' 不是货币代码（例如 GBP、EUR 或 CNY）；纸张大小：必须是 A4 或 Letter"
    )
    refusal = raised(lambda: drive_rules.check_out("returned"))
    assert error_text(refusal) == "此试驾已还车：不能出车。"
    # A message nobody translated shows its English, never a template.
    assert error_text(DomainError("Nothing like {this}.", this="that")) == "Nothing like that."
    assert error_text(ValueError("plain")) == "plain"


@pytest.mark.usefixtures("chinese")
def test_customer_card_shows_the_chinese_rule_beside_the_field(
    qtbot: QtBot, app_context: AppContext
) -> None:
    card = CustomerCardDialog(None, app_context, None)
    qtbot.addWidget(card)
    card.show()
    qtbot.keyClicks(card.fields["phone_1"].editor, "12345")
    qtbot.keyClicks(card.fields["email"].editor, "anna@")
    qtbot.keyClicks(card.fields["trade_in_year"].editor, "1800")
    assert card.save() is False
    assert card.boxes["full_name"].error.text() == "不能为空。"
    assert card.boxes["phone_1"].error.text() == "'12345' 不是 GB 的有效电话号码。"
    assert (
        card.boxes["email"].error.text() == "'anna@' 不是有效的邮箱地址（@ 符号后面必须有内容）。"
    )
    assert card.boxes["trade_in_year"].error.text().startswith("必须在 1,900 到 ")
    assert card.customer_id is None


@pytest.fixture
def world(db: Database) -> World:
    return make_world(db)


@pytest.fixture
def context(
    qapp: QApplication, db: Database, config: AppConfig, world: World
) -> Iterator[AppContext]:
    create_application()
    yield build_context(db, config)


def at(hh: int, mm: int = 0) -> datetime:
    tomorrow = utc_now().astimezone(LONDON).date() + timedelta(days=1)
    return local_instant(tomorrow, time(hh, mm), LONDON)


@pytest.mark.usefixtures("chinese")
def test_a_refused_booking_is_explained_in_chinese(
    qtbot: QtBot, context: AppContext, world: World
) -> None:
    empty = BookingDialog(None, context, vehicle_id=world.tesla, start=at(11))
    qtbot.addWidget(empty)
    empty.show()
    qtbot.mouseClick(empty.ok_button, Qt.MouseButton.LeftButton)
    assert empty.boxes["customer"].error.text() == "请选择驾驶的客户。"

    with context.db.session() as s:
        book_test_drive(
            s, BookingDraft(world.anna, world.golf1, world.ben, at(10)), None, context.settings
        )
    dialog = BookingDialog(
        None, context, vehicle_id=world.golf1, start=at(10, 15), customer_id=world.jurgen
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.consultant.setCurrentIndex(dialog.consultant.findData(int(world.li)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.booked_id is None
    text = dialog.conflict_text.text()
    assert "10:00 至 10:30 已被预约：客户 Anna Nowak，陪同顾问 Ben Carter。" in text
    assert "在该时段空闲。" in text
    assert "booked" not in text


def test_a_phrase_translates_the_phrases_inside_it() -> None:
    inner = Phrase.of("from {a} to {b}", a=1, b=2)
    outer = Phrase.of("open {span}", span=inner)
    assert str(outer) == "open from 1 to 2"
    words = {"from {a} to {b}": "{a} 至 {b}", "open {span}": "开放 {span}"}
    assert outer.text(lambda text: words.get(text, text)) == "开放 1 至 2"


def _delivery_conflict() -> DeliveryConflict:
    holder = DeliveryHolder(
        7,
        "bay",
        "Bay 1",
        "Ben Carter",
        "Anna Nowak",
        datetime(2026, 11, 27, 10, tzinfo=LONDON),
        datetime(2026, 11, 27, 11, tzinfo=LONDON),
    )
    return DeliveryConflict([holder], LONDON)


def test_a_delivery_conflict_keeps_its_english() -> None:
    assert str(_delivery_conflict()) == (
        "Bay 1 is booked from 10:00 to 11:00 on Fri 27 Nov for the delivery to Anna Nowak."
    )


@pytest.mark.usefixtures("chinese")
def test_a_delivery_conflict_in_chinese() -> None:
    assert error_text(_delivery_conflict()) == (
        "Bay 1 在 11-27 10:00 至 11:00 已被预订，用于向 Anna Nowak 交车。"
    )
