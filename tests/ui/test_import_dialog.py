"""The Import customers dialog and the export action, driven like a user with qtbot."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from showroom.customers.importing import CardField
from showroom.storage.models import Customer, CustomerPhone, Interaction
from ui import errors
from ui.context import AppContext
from ui.dialogs.export_customers import export_customers_interactive
from ui.dialogs.import_customers import ImportCustomersDialog, Page, ProblemColumn


def _count(context: AppContext) -> int:
    with context.db.reader() as session:
        return int(session.scalar(select(func.count(Customer.id))) or 0)


def _demo_phone(context: AppContext) -> tuple[int, str, str]:
    with context.db.reader() as session:
        cid, name, e164 = session.execute(
            select(Customer.id, Customer.full_name, CustomerPhone.e164)
            .join(CustomerPhone)
            .order_by(Customer.id)
            .limit(1)
        ).one()
    return cid, name, e164


def _dialog(qtbot: QtBot, context: AppContext) -> ImportCustomersDialog:
    dialog = ImportCustomersDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_choose_match_check_and_import(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    cid, name, e164 = _demo_phone(app_context)
    path = tmp_path / "kunden.csv"
    path.write_text(
        "Kundenname;Mobile;E-mail;Notes;Shoe size\n"
        "Zoë Walker;07400 123456;Zoe@Example.co.uk;Red car;5\n"
        f"Known Person;{e164};;;\n"
        "Bad Phone;12;;;\n"
        "王伟;+86 131 2345 6789;;周末来店;\n",
        encoding="utf-8-sig",
    )
    before = _count(app_context)
    dialog = _dialog(qtbot, app_context)
    assert dialog.page is Page.FILE
    assert not dialog.next_button.isEnabled()

    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.page is Page.COLUMNS
    assert "kunden.csv: CSV, UTF-8, separated by semicolons" in dialog.file_label.text()
    # 'Kundenname' is not a name the importer knows: nothing fills the full name yet
    assert dialog.mapping == [None, CardField.PHONE, CardField.EMAIL, CardField.NOTES, None]
    assert not dialog.check_button.isEnabled()  # the only way on: the preview
    assert "holds the customer's name" in dialog.mapping_hint.text()
    assert dialog.preview_model.rowCount() == 4
    assert dialog.preview_model.headerData(0, Qt.Orientation.Vertical) == "2"

    name_box = dialog.field_boxes[0]
    name_box.setFocus()
    qtbot.keyClicks(name_box, "Full")  # type-ahead, as on the keyboard
    assert dialog.mapping[0] is CardField.FULL_NAME
    assert dialog.preview_model.headerData(0, Qt.Orientation.Horizontal) == (
        "Kundenname\n→ Full name"
    )
    assert dialog.check_button.isEnabled()
    assert dialog.mapping_hint.text() == "4 of 5 columns will be imported."

    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.page is Page.REPORT
    assert dialog.summary_label.text() == (
        "Checked 4 rows of kunden.csv: 2 can be imported; 1 row rejected, 1 duplicate. "
        "Nothing has been imported yet."
    )
    model = dialog.problem_model
    cells = [
        [model.index(row, column).data() for column in ProblemColumn]
        for row in range(model.rowCount())
    ]
    assert cells == [
        ["3", "Phone", f"Duplicate: {name} (customer {cid}) has the same phone {e164}"],
        ["4", "Phone", "'12' is not a valid phone number for GB"],
    ]
    assert _count(app_context) == before
    assert dialog.import_checked_button.text() == "&Import 2 customers"

    dialog._on_copy_button_clicked()
    assert QGuiApplication.clipboard().text().splitlines() == [
        f"line 3: Duplicate: {name} (customer {cid}) has the same phone {e164}",
        "line 4: Phone: '12' is not a valid phone number for GB",
    ]

    with qtbot.waitSignal(app_context.events.data_changed) as changed:
        qtbot.mouseClick(dialog.import_checked_button, Qt.MouseButton.LeftButton)
    assert changed.args == [{"customers"}]
    assert dialog.page is Page.REPORT
    assert dialog.summary_label.text().startswith("Imported 2 of 4 rows from kunden.csv;")
    assert dialog.import_checked_button.isHidden()
    assert _count(app_context) == before + 2
    with app_context.db.reader() as session:
        zoe = session.scalars(
            select(Customer).where(
                Customer.full_name == "Zoë Walker", Customer.primary_phone == "+447400123456"
            )
        ).one()
        assert (zoe.primary_phone, zoe.email, zoe.notes) == (
            "+447400123456",
            "Zoe@example.co.uk",
            "Red car",
        )
        note = session.scalars(select(Interaction).where(Interaction.customer_id == zoe.id)).one()
        assert (note.summary, note.user_id) == ("Imported from kunden.csv", app_context.user_id)

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportCustomersDialog.DialogCode.Accepted
    assert dialog.import_report is not None and dialog.import_report.imported == 2


def test_a_field_taken_by_one_column_is_freed_in_the_other(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Name", "Mobile", "Landline"])
    book.active.append(["Ann Lee", 447400123456, "020 7946 0018"])
    path = tmp_path / "c.xlsx"
    book.save(path)
    dialog = _dialog(qtbot, app_context)
    assert dialog.open_file(path)
    assert dialog.mapping == [CardField.FULL_NAME, CardField.PHONE, CardField.PHONE_2]
    dialog.set_field(2, CardField.PHONE)
    assert dialog.mapping == [CardField.FULL_NAME, None, CardField.PHONE]
    assert dialog.field_boxes[1].currentIndex() == 0
    assert "not imported" in dialog.preview_model.headerData(1, Qt.Orientation.Horizontal)
    report = dialog.run(dry_run=True)
    assert report is not None and report.imported == 1


def test_a_file_that_cannot_be_read_is_explained_on_the_first_step(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, app_context)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "scan.pdf"))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page is Page.FILE
    assert dialog.file_error.isVisible()
    assert dialog.file_error.text() == (
        "scan.pdf cannot be imported: Showroom reads .csv and .xlsx files, not .pdf files."
    )
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Backspace)
    assert not dialog.file_error.isVisible()


def test_cancelling_an_import_leaves_the_database_as_it_was(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    rows = [f"Customer {i},+44 7400 {i:06d}" for i in range(12_000)]
    path.write_text("Name,Phone\n" + "\n".join(rows) + "\n", encoding="utf-8")
    before = _count(app_context)
    dialog = _dialog(qtbot, app_context)
    assert dialog.open_file(path)

    def cancel_when_under_way() -> None:
        progress = dialog.findChild(QProgressDialog, "backgroundProgress")
        if progress is not None and progress.value() > 0:  # a first chunk is written
            button = progress.findChild(QPushButton)
            assert button is not None and button.text() == "Cancel"
            button.click()
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(cancel_when_under_way)
    timer.start(5)
    with qtbot.assertNotEmitted(app_context.events.data_changed):
        assert dialog.run(dry_run=False) is None
    timer.stop()
    assert dialog.page is Page.COLUMNS
    assert dialog.columns_error.text() == "The import was cancelled; nothing was imported."
    assert _count(app_context) == before
    assert dialog.import_report is None


def test_ask_returns_none_when_closed_without_importing(
    qtbot: QtBot, app_context: AppContext
) -> None:
    seen: list[ImportCustomersDialog] = []

    def close_it() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ImportCustomersDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(10, close_it)
            return
        seen.append(dialogs[0])
        qtbot.keyClick(dialogs[0], Qt.Key.Key_Escape)

    QTimer.singleShot(0, close_it)
    assert ImportCustomersDialog.ask(None, app_context) is None
    assert len(seen) == 1
    assert seen[0].page is Page.FILE


def test_export_action_writes_the_file_and_says_so(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        errors, "show_info", lambda parent, message, title=None: said.append(message)
    )
    monkeypatch.setattr(
        errors, "show_error", lambda parent, message, title=None: said.append("error: " + message)
    )
    path = tmp_path / "all.xlsx"
    report = export_customers_interactive(None, app_context, path)
    assert report is not None and report.customers == 450
    assert said == [f"Exported 450 customers to {path}."]
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert len(rows) == 451

    assert export_customers_interactive(None, app_context, tmp_path / "all.pdf") is None
    assert said[-1].startswith("error: Showroom exports .csv and .xlsx files, not .pdf files")
    assert not (tmp_path / "all.pdf").exists()


def test_return_walks_the_steps_and_never_imports_unseen(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """Return on each step goes one step on: file, columns, the preview with its counts;
    only the explicit Import on the preview writes anything."""
    path = tmp_path / "leads.csv"
    path.write_text("Full name,Mobile\nAda Lovelace,07400 765432\nBad Phone,12\n")
    before = _count(app_context)
    dialog = _dialog(qtbot, app_context)
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.page is Page.COLUMNS
    assert _count(app_context) == before
    qtbot.keyClick(dialog.field_boxes[0], Qt.Key.Key_Return)
    assert dialog.page is Page.REPORT
    assert dialog.last_report is not None and dialog.last_report.dry_run
    assert "1 can be imported" in dialog.summary_label.text()
    assert "1 row rejected" in dialog.summary_label.text()
    assert _count(app_context) == before
    assert dialog.import_checked_button.text() == "&Import 1 customers"
    qtbot.mouseClick(dialog.import_checked_button, Qt.MouseButton.LeftButton)
    assert _count(app_context) == before + 1


def test_the_column_mapping_is_remembered_for_the_same_headers(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "kunden.csv"
    path.write_text("Kundenname;Telefon\nZoë Walker;07400 123456\n", encoding="utf-8")
    first = _dialog(qtbot, app_context)
    assert first.open_file(path)
    first.set_field(0, CardField.FULL_NAME)
    first.set_field(1, CardField.PHONE)
    first.run(dry_run=True)
    second = _dialog(qtbot, app_context)
    assert second.open_file(path)
    assert second.mapping == [CardField.FULL_NAME, CardField.PHONE]
