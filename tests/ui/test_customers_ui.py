"""Customers page, customer card, Log contact and the walk-in keyboard path, with qtbot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.customers.follow_ups import open_follow_ups
from showroom.customers.service import create_customer, get_customer
from showroom.customers.timeline import timeline
from showroom.storage.models import Customer, WalkIn
from ui.context import AppContext
from ui.dialogs.customer_card import CustomerCardDialog
from ui.dialogs.log_contact import LogContactDialog
from ui.dialogs.walk_in import WalkInDialog
from ui.main_window import MainWindow
from ui.pages.customers.page import CustomersPage


def add_customer(context: AppContext, name: str, phone: str, email: str = "") -> int:
    with context.db.session() as session:
        return create_customer(
            session,
            CustomerDraft(name, (PhoneDraft(phone),), email),
            context.user_id,
            context.settings,
        )


def shown_names(page: CustomersPage) -> list[str]:
    return [page.model.row_at(r).full_name for r in range(page.model.rowCount())]


def test_search_as_you_type(qtbot: QtBot, app_context: AppContext) -> None:
    add_customer(app_context, "Zbigniew Müller-Żółć", "+48 600 100 200")
    page = CustomersPage(app_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.search, "muller-zol")
    qtbot.waitUntil(lambda: shown_names(page) == ["Zbigniew Müller-Żółć"], timeout=3000)
    assert page.count_label.text() == "1 customers"
    page.search.clear()
    qtbot.keyClicks(page.search, "600 100")
    qtbot.waitUntil(lambda: shown_names(page) == ["Zbigniew Müller-Żółć"], timeout=3000)
    page.search.clear()
    page.status_box.setCurrentIndex(page.status_box.findData("lost"))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
    with app_context.db.reader() as session:
        statuses = {
            get_customer(session, int(page.model.row_at(r).id)).status
            for r in range(page.model.rowCount())
        }
    assert statuses == {"lost"}


def test_ctrl_k_jumps_to_search_from_anywhere(qtbot: QtBot, app_context: AppContext) -> None:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_page("settings")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    page = window.page("customers")
    assert isinstance(page, CustomersPage)
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)


def test_card_shows_each_rule_beside_its_field_and_saves_nothing(
    qtbot: QtBot, app_context: AppContext
) -> None:
    with app_context.db.reader() as session:
        before = session.scalar(select(func.count(Customer.id)))
    card = CustomerCardDialog(None, app_context, None)
    qtbot.addWidget(card)
    card.show()
    qtbot.keyClicks(card.fields["phone_1"].editor, "12345")
    qtbot.keyClicks(card.fields["email"].editor, "anna@")
    qtbot.keyClicks(card.fields["trade_in_year"].editor, "1800")
    assert card.save() is False
    assert card.boxes["full_name"].error.text() == "Must not be empty."
    assert "is not a valid phone number for GB" in card.boxes["phone_1"].error.text()
    assert "is not a valid e-mail address" in card.boxes["email"].error.text()
    assert card.boxes["trade_in_year"].error.text().startswith("Must be between 1,900 and")
    assert card.boxes["address"].error.isHidden()
    with app_context.db.reader() as session:
        assert session.scalar(select(func.count(Customer.id))) == before
    card.fields["full_name"].write("Élodie Lefèvre")
    card.fields["phone_1"].write("+33 6 12 34 56 78")
    card.fields["email"].write("elodie@example.fr")
    card.fields["trade_in_year"].write("2019")
    assert card.save() is True
    assert card.boxes["phone_1"].error.isHidden()
    assert card.customer_id is not None
    with app_context.db.reader() as session:
        saved = get_customer(session, card.customer_id)
        assert saved.primary_phone == "+33612345678"
        assert saved.trade_in_year == 2019


def test_duplicate_guard_offers_the_existing_card(
    qtbot: QtBot, app_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    existing = add_customer(app_context, "Anna Nowak", "+48 512 345 678")
    from ui.dialogs import customer_card

    seen: list[str] = []

    def answer(parent, duplicate, can_merge):  # type: ignore[no-untyped-def]
        seen.append(duplicate.matches[0].full_name)
        return "open"

    monkeypatch.setattr(customer_card.DuplicateDialog, "ask", staticmethod(answer))
    opened: list[int] = []
    monkeypatch.setattr(
        customer_card.CustomerCardDialog,
        "open_card",
        classmethod(lambda cls, parent, context, cid: opened.append(cid)),
    )
    card = CustomerCardDialog(None, app_context, None)
    qtbot.addWidget(card)
    card.fields["full_name"].write("A. Nowak")
    card.fields["phone_1"].write("0048 512 345 678")
    assert card.save() is False
    assert seen == ["Anna Nowak"]
    assert opened == [existing]


def test_log_contact_in_four_keyboard_actions(qtbot: QtBot, app_context: AppContext) -> None:
    cid = add_customer(app_context, "Łukasz Wiśniewski", "+48 600 200 300")
    card = CustomerCardDialog(None, app_context, cid)
    qtbot.addWidget(card)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)

    def type_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogContactDialog)
        assert QApplication.focusWidget() is dialog.outcome
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_A)  # 2: "Appointment made"
        qtbot.keyClick(dialog.outcome, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.note, "Comes on Saturday")  # 3: the note
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 4

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, type_in_dialog)
    qtbot.keyClick(card, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # 1: Ctrl+L
    with app_context.db.reader() as session:
        latest = timeline(session, cid)[0]
    assert latest.kind == "call"
    assert latest.summary == "Appointment: Comes on Saturday"
    assert card.timeline_table.item(0, 2).text() == "Appointment: Comes on Saturday"


def test_walk_in_keyboard_path(qtbot: QtBot, app_context: AppContext) -> None:
    cid = add_customer(app_context, "Wiesława Źdźbło", "+48 600 300 400")
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    result: list[int | None] = []

    def keyboard() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WalkInDialog)
        assert QApplication.focusWidget() is dialog.search
        qtbot.keyClicks(dialog.search, "zdzbl")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, keyboard)
    original = window.new_walk_in
    window.new_walk_in = lambda: result.append(original()) or result[-1]  # type: ignore[method-assign]
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    with app_context.db.reader() as session:
        walk_in = session.get(WalkIn, result[0])
        assert walk_in is not None
        assert walk_in.customer_id == cid
        assert walk_in.purpose == "browsing"
        assert walk_in.consultant_id == app_context.user_id
        assert timeline(session, cid)[0].kind == "visit"
        assert len(open_follow_ups(session, cid)) == 1  # the day after


def test_anonymous_walk_in_needs_a_description(qtbot: QtBot, app_context: AppContext) -> None:
    dialog = WalkInDialog(None, app_context)
    qtbot.addWidget(dialog)
    dialog.mode_anonymous.setChecked(True)
    dialog._on_register()
    assert dialog.walk_in_id is None
    assert "describe the visitor" in dialog.general_error.text()
    dialog.description.setText("Tall man with a dog")
    dialog._on_register()
    assert dialog.walk_in_id is not None


def test_my_follow_ups_and_walk_ins_tabs(qtbot: QtBot, app_context: AppContext) -> None:
    from showroom.customers.walk_ins import WalkInDraft, register_walk_in

    cid = add_customer(app_context, "Chloé Girard", "+33 6 11 22 33 44")
    yesterday = datetime.now(UTC) - timedelta(days=1, hours=1)
    with app_context.db.session() as session:
        register_walk_in(
            session,
            WalkInDraft("purchase_talk", customer_id=cid),
            app_context.user_id,
            app_context.settings,
            now=yesterday,
        )
        register_walk_in(
            session,
            WalkInDraft("browsing", description="Student with a skateboard"),
            app_context.user_id,
            app_context.settings,
        )
    page = CustomersPage(app_context)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    names = [page.follow_ups.item(r, 1).text() for r in range(page.follow_ups.rowCount())]
    assert "Chloé Girard" in names
    page.tabs.setCurrentIndex(2)
    texts = [page.walk_ins.item(r, 2).text() for r in range(page.walk_ins.rowCount())]
    today = datetime.now(ZoneInfo(app_context.settings.timezone)).date()
    assert "Anonymous: Student with a skateboard" in texts
    assert "walk-ins" in page.walk_in_summary.text()
    assert today is not None


def test_list_refreshes_by_itself_when_another_pc_saves(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Another PC adds a customer: within two seconds the list shows it, and the row the
    user had selected stays selected with the scroll position kept."""
    from showroom.storage.migrate import open_database

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    page = window.open_page("customers")
    assert isinstance(page, CustomersPage)
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    page.view.selectRow(300)
    page.view.scrollTo(page.model.index(300, 0))
    selected_id = page.model.row_at(300).id
    scroll = page.view.verticalScrollBar().value()
    assert scroll > 0
    before = page.model.rowCount()
    other_pc = open_database(app_context.db.config)
    try:
        with other_pc.session() as session:
            create_customer(
                session,
                CustomerDraft("Aaron Aardvark", (PhoneDraft("+44 7400 123999"),)),
                None,
                app_context.settings,
            )
    finally:
        other_pc.dispose()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1, timeout=2500)
    assert page.model.row_at(page.view.currentIndex().row()).id == selected_id
    assert abs(page.view.verticalScrollBar().value() - scroll) <= 40


def test_card_conflict_shows_theirs_and_mine_and_merges(
    qtbot: QtBot, app_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from showroom.customers.service import update_customer
    from showroom.storage.migrate import open_database
    from ui.dialogs import customer_card

    cid = add_customer(app_context, "Zofia Zielińska", "+48 600 400 500", "zofia@example.pl")
    card = CustomerCardDialog(None, app_context, cid)
    qtbot.addWidget(card)
    other_pc = open_database(app_context.db.config)
    try:
        with other_pc.reader() as session:
            version = get_customer(session, cid).version
        with other_pc.session() as session:
            update_customer(
                session,
                cid,
                version,
                CustomerDraft(
                    "Zofia Zielińska",
                    (PhoneDraft("+48 600 400 500"),),
                    "zofia.z@example.pl",
                    notes="Prefers mornings",
                ),
                None,
                app_context.settings,
            )
    finally:
        other_pc.dispose()
    seen: list[list[tuple[str, object, object, object]]] = []

    def answer(parent, message, rows):  # type: ignore[no-untyped-def]
        seen.append(rows)
        return "mine"

    monkeypatch.setattr(customer_card.ConflictDialog, "ask", staticmethod(answer))
    card.fields["address"].write("12 Mill Lane, Kingston")
    assert card.save() is True
    rows = {row[0]: row[1:] for row in seen[0]}
    assert rows["E-mail"] == ("zofia@example.pl", "zofia.z@example.pl", "zofia@example.pl")
    assert rows["Address"] == ("", "", "12 Mill Lane, Kingston")
    assert rows["Notes"] == ("", "Prefers mornings", "")
    with app_context.db.reader() as session:
        saved = get_customer(session, cid)
        assert saved.email == "zofia.z@example.pl"  # theirs kept
        assert saved.notes == "Prefers mornings"  # theirs kept
        assert saved.address == "12 Mill Lane, Kingston"  # mine applied


def test_print_card_archives_it_in_the_file_and_reprint_is_logged(
    qtbot: QtBot, app_context: AppContext
) -> None:
    import io

    from pypdf import PdfReader

    from ui.widgets.pdf_preview import PdfPreviewDialog

    cid = add_customer(app_context, "Małgorzata Wiśniewska", "+48 600 500 600")
    card = CustomerCardDialog(None, app_context, cid)
    qtbot.addWidget(card)
    card.show()
    card.print_button.click()
    previews = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PdfPreviewDialog) and w.isVisible()
    ]
    assert previews, "the preview opens"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(previews[-1].pdf)).pages)
    assert "Małgorzata Wiśniewska" in text
    for preview in previews:
        preview.close()
    assert card.file_table.rowCount() == 1
    number = card.file_table.item(0, 1).text()
    assert number.startswith("CC-")
    card.tabs.setCurrentIndex(3)
    card.file_table.selectRow(0)
    card._on_reprint_document()
    assert card.file_table.rowCount() == 2
    assert card.file_table.item(0, 1).text() == number + "-R1"
    assert card.file_table.item(0, 5).text() == "reprint"
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PdfPreviewDialog):
            widget.close()


def test_a_validation_message_goes_as_soon_as_the_field_is_valid(
    qtbot: QtBot, app_context: AppContext
) -> None:
    dialog = WalkInDialog(None, app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mode_new.setChecked(True)
    qtbot.keyClicks(dialog.new_phone, "07400 111222")
    dialog._on_register()
    error = dialog.boxes["full name"].error
    assert error.isVisible() and error.text() == "Must not be empty."
    qtbot.keyClicks(dialog.new_name, "A")
    assert not error.isVisible()  # valid now: the message is gone before saving
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Backspace)
    assert error.isVisible()  # empty again: the rule holds again
    assert dialog.walk_in_id is None
