"""Chinese on screen: every string translated, nothing cut off, the switch applies live."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.context import AppContext
from ui.i18n import catalogue, current_language, install

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
ACCELERATOR = re.compile(r"&[^&\s]")


def test_every_string_of_the_screens_has_a_chinese_translation() -> None:
    """Extracted the way scripts/i18n.py does: run `python scripts/i18n.py update`, then
    translate what it lists in resources/translations/showroom_zh_CN.ts."""
    extraction = catalogue.extract()
    assert extraction.dynamic == [], "tr() of a non-literal cannot be translated"
    assert len(extraction.messages) > 900
    merged = catalogue.merge(catalogue.read_ts(catalogue.ts_path("zh_CN")), extraction.messages)
    assert catalogue.missing(merged) == []
    for context, entries in merged.items():
        for entry in entries.values():
            if entry.status == "obsolete":
                continue
            where = f"[{context}] {entry.source!r} → {entry.translation!r}"
            assert sorted(PLACEHOLDER.findall(entry.source)) == sorted(
                PLACEHOLDER.findall(entry.translation)
            ), where
            assert bool(ACCELERATOR.search(entry.source)) == bool(
                ACCELERATOR.search(entry.translation)
            ), where


def test_extractor_uses_each_modules_context_and_keeps_translations(tmp_path: Path) -> None:
    ui = tmp_path / "ui"
    ui.mkdir()
    (ui / "page.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def tr(text: str) -> str:\n"
        '    return QCoreApplication.translate("Cars", text)\n'
        "class Page:\n"
        "    def title(self) -> str:\n"
        '        return tr("Car") + tr("") + QCoreApplication.translate("Other", "Van")\n'
    )
    extraction = catalogue.extract(ui, tmp_path, None)
    assert [(m.context, m.source) for m in extraction.messages] == [
        ("Cars", "Car"),
        ("Other", "Van"),
    ]
    ts = tmp_path / "x.ts"
    old = {
        "Cars": {"Car": catalogue.Entry("Car", "车辆", "")},
        "Old": {"Gone": catalogue.Entry("Gone", "走了", "")},
    }
    catalogue.write_ts(ts, "zh_CN", catalogue.merge(old, extraction.messages))
    merged = catalogue.read_ts(ts)
    assert merged["Cars"]["Car"].translation == "车辆"
    assert merged["Other"]["Van"].status == "unfinished"
    assert merged["Old"]["Gone"].status == "obsolete"
    assert catalogue.missing(merged) == [("Other", "Van")]


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .qm built from the .ts in the repository (the one in resources/ may be stale or
    not built yet)."""
    import shutil
    import subprocess

    folder = tmp_path_factory.mktemp("translations")
    for ts in catalogue.TRANSLATIONS_DIR.glob("*.ts"):
        shutil.copy(ts, folder)
        subprocess.run(
            [
                catalogue.lrelease(),
                "-silent",
                str(folder / ts.name),
                "-qm",
                str((folder / ts.name).with_suffix(".qm")),
            ],
            check=True,
        )
    return folder


@pytest.fixture
def chinese(qapp: QApplication, compiled: Path) -> Iterator[None]:
    assert install("zh_CN", compiled)
    yield
    install("en")


def test_chinese_is_installed_and_english_restored(qapp: QApplication, compiled: Path) -> None:
    assert install("zh_CN", compiled)
    assert QCoreApplication.translate("MainWindow", "Customers") == "客户"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own
    assert current_language() == "zh_CN"
    install("en")
    assert QCoreApplication.translate("MainWindow", "Customers") == "Customers"


def test_missing_catalogue_leaves_english(qapp: QApplication, tmp_path: Path) -> None:
    assert not install("zh_CN", tmp_path)
    assert QCoreApplication.translate("MainWindow", "Customers") == "Customers"
    install("en")


def shown(text: str) -> str:
    """The text as painted: a mnemonic's "&" is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def cut_off(widget: QWidget) -> list[str]:
    """Texts of visible labels, buttons, group boxes and tabs narrower than they need."""
    problems = []
    for label in widget.findChildren(QLabel):
        text = shown(label.text()) if label.buddy() is not None else label.text()
        if not label.isVisible() or not text or "<" in text:
            continue
        metrics = label.fontMetrics()
        room = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(room.width())
            if needed > room.height() + 2:
                problems.append(f"label {text!r}: {room.height()} high, needs {needed}")
        else:
            width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            if width > room.width() + 1:
                problems.append(f"label {text!r}: {room.width()} wide, needs {width}")
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        # The text itself (styles differ on padding; a deliberately narrow button is fine
        # as long as its text shows whole).
        text = shown(button.text())
        needed = button.fontMetrics().horizontalAdvance(text)
        if isinstance(button, QCheckBox | QRadioButton):
            needed += button.iconSize().width()
        if button.width() < needed:
            problems.append(f"button {text!r}: {button.width()} wide, needs {needed}")
    for box in widget.findChildren(QGroupBox):
        if box.isVisible() and box.title():
            needed = box.fontMetrics().horizontalAdvance(box.title())
            if needed > box.width():
                problems.append(f"group {box.title()!r}: {box.width()} wide, needs {needed}")
    for bar in widget.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            text = bar.tabText(index).replace("&", "")
            needed = bar.fontMetrics().horizontalAdvance(text)
            if bar.tabRect(index).width() < needed:
                problems.append(f"tab {text!r}: {bar.tabRect(index).width()} wide, needs {needed}")
    return problems


def test_every_page_and_dialog_fits_its_chinese_text(
    qtbot: QtBot, app_context: AppContext, chinese: None
) -> None:
    from ui.main_window import MainWindow
    from ui.tour import dialogs, pages

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    seen, problems = [], []
    for name, widget in chain(pages(window), dialogs(window, app_context)):
        seen.append(name)
        problems.extend(f"{name}: {problem}" for problem in cut_off(widget))
    assert len(seen) > 30
    assert problems == [], "\n".join(problems)


def test_switching_language_in_settings_applies_at_once_and_keeps_typing(
    qtbot: QtBot, app_context: AppContext, compiled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.i18n
    from ui.main_window import MainWindow

    monkeypatch.setattr(ui.i18n, "TRANSLATIONS_DIR", compiled)
    monkeypatch.setattr(ui.i18n.install, "__defaults__", (compiled,))
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    page = window.open_page("settings")
    page.edits["dealership_name"].setText("Typed, not saved")  # type: ignore[attr-defined]
    page.language_box.setCurrentIndex(page.language_box.findData("zh_CN"))  # type: ignore[attr-defined]
    try:
        assert window.sidebar.item(1).text() == "客户"
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        new_page = window.page("settings")
        assert new_page is not page and window.stack.currentWidget() is new_page
        assert new_page.edits["dealership_name"].text() == "Typed, not saved"  # type: ignore[attr-defined]
        assert app_context.ui_settings.value("language") == "zh_CN"
        assert new_page.save_button.text() == "保存展厅设置(&S)"  # type: ignore[attr-defined]
        new_page.language_box.setCurrentIndex(new_page.language_box.findData("en"))  # type: ignore[attr-defined]
        assert window.sidebar.item(1).text() == "Customers"
        # One "Find customer" action is left: the replaced ones lost their shortcuts.
        finders = [
            action
            for action in window.findChildren(QAction)
            if action.shortcut() == QKeySequence("Ctrl+K")
        ]
        assert [action.text() for action in finders] == ["&Find customer"]
    finally:
        install("en")


def test_cut_off_finds_a_label_too_narrow_for_its_text(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel("试驾车辆已经预约", holder)
    label.setFixedWidth(30)
    holder.show()
    assert cut_off(holder) and "试驾车辆已经预约" in cut_off(holder)[0]


def test_the_language_follows_the_pc_setting_else_the_system_locale(tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from ui.context import ui_settings_for
    from ui.i18n import preferred_language, system_language

    assert system_language(QLocale("zh_CN")) == "zh_CN"
    assert system_language(QLocale("zh_TW")) == "zh_CN"
    assert system_language(QLocale("de_DE")) == "en"
    settings = ui_settings_for(tmp_path)
    assert preferred_language(settings) == system_language()
    settings.setValue("language", "zh_CN")
    assert preferred_language(settings) == "zh_CN"
    settings.setValue("language", "klingon")
    assert preferred_language(settings) == system_language()


def test_deal_steps_show_their_chinese_title_in_chinese(
    qtbot: QtBot, app_context: AppContext, chinese: None
) -> None:
    from sqlalchemy import select

    from showroom.deals.checklist import ChecklistKind
    from showroom.storage.models import Deal
    from ui.dialogs.deal_dialog import DealDialog
    from ui.models.deals import ItemColumn

    with app_context.db.reader() as session:
        deal_id = session.scalar(select(Deal.id).order_by(Deal.id).limit(1))
    assert deal_id is not None
    dialog = DealDialog(None, app_context, deal_id)
    qtbot.addWidget(dialog)
    model = dialog.models[ChecklistKind.PURCHASE]
    first = model.index(0, ItemColumn.ITEM).data()
    assert first.startswith("签订合同")


def test_delivery_readiness_shows_in_chinese(
    qtbot: QtBot, app_context: AppContext, chinese: None
) -> None:
    """The readiness line composed in showroom/ (no Qt) reads in Chinese on every screen
    that shows it: the Deliveries list and calendar, the planner and the Today lists."""
    from zoneinfo import ZoneInfo

    from showroom.core.phrase import N_, Phrase
    from showroom.deliveries.domain import CAR_TO_ORDER, Readiness
    from ui.dialogs.delivery_dialog import DeliveryDialog
    from ui.models.detail_list import dtr, format_cell
    from ui.tour import PAGES

    assert "deliveries" in PAGES
    assert Readiness(2, 3, 8, 0, 9).summary(dtr) == "清单 2 项未完成 · PDI 3/8 · 交车仪式 0/9"
    assert Readiness(1, 8, 8, 9, 9).summary(dtr).startswith("清单 1 项未完成")
    assert Readiness(0, 8, 8, 9, 9).summary(dtr).startswith("清单已完成")
    zone = ZoneInfo("UTC")
    assert format_cell(Phrase.of(N_("handed over")), "text", zone) == "已交车"
    assert format_cell(Phrase.of(CAR_TO_ORDER), "text", zone) == "待订车"
    assert dtr(CAR_TO_ORDER) == "待订车" and dtr("Volkswagen Polo") == "Volkswagen Polo"
    assert format_cell(Readiness(0, 1, 8, 0, 9).phrase(), "text", zone).startswith("清单已完成")

    from sqlalchemy import select

    from showroom.deliveries.domain import DeliveryStatus
    from showroom.storage.models import Delivery

    with app_context.db.reader() as session:
        delivery_id = session.scalar(
            select(Delivery.id).where(Delivery.status == DeliveryStatus.PLANNED.value).limit(1)
        )
    assert delivery_id is not None
    dialog = DeliveryDialog(None, app_context, delivery_id)
    qtbot.addWidget(dialog)
    line = dialog.readiness.text()
    assert "交车仪式" in line and "ceremony" not in line and "checklist" not in line


def test_the_default_delivery_items_show_in_chinese(qapp: QApplication, chinese: None) -> None:
    """Every item of the settings' default ceremony, PDI and documents templates has its
    Chinese on screen; an item the showroom typed shows as typed."""
    from showroom.kernel.settings import ShowroomSettings
    from ui.dialogs.delivery_dialog import item_title

    settings = ShowroomSettings()
    for template in (
        settings.delivery_ceremony_template,
        settings.delivery_pdi_template,
        settings.delivery_documents_template,
    ):
        for title in template.split(";"):
            assert item_title(title) != title, title
    assert item_title("外观") == "外观" and item_title("Roof box fitted") == "Roof box fitted"
    assert item_title("Exterior") == "外观"
