"""Settings: this PC's preferences (theme) and the showroom-wide settings every PC shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationErrors
from showroom.kernel.permissions import Action
from showroom.kernel.permissions import allowed as allowed_to
from showroom.kernel.settings import SETTING_LABELS, ShowroomSettings
from showroom.kernel.settings_store import load_settings, update_settings
from showroom.kernel.work import Session, run_in_transaction
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine, merge_mine
from ui.i18n import LANGUAGES, SETTING, current_language, install
from ui.i18n.messages import error_text, rule_text
from ui.widgets.form import FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsPage", text)


def setting_titles() -> list[tuple[str, str, str]]:
    """(key, label, hint) for each showroom-wide setting, in the order shown."""
    return [
        ("dealership_name", tr("Dealership name"), ""),
        ("dealership_address", tr("Address"), ""),
        ("dealership_phone", tr("Phone"), ""),
        ("default_region", tr("Country for phone numbers"), tr("e.g. GB, DE, FR, PL, CN")),
        ("currency", tr("Currency"), tr("e.g. GBP, EUR, CNY")),
        ("locale", tr("Formats (locale)"), tr("e.g. en_GB, de_DE, zh_CN")),
        ("timezone", tr("Time zone"), tr("e.g. Europe/London")),
        ("test_drive_minutes", tr("Test-drive length (minutes)"), ""),
        ("lock_after_minutes", tr("Lock a PC left alone after (minutes)"), tr("0 for never")),
        (
            "test_drive_hours",
            tr("Test-drive hours"),
            tr("e.g. 08:00-20:00, or Mon-Fri 08:00-20:00; Sat 09:00-17:00; Sun closed"),
        ),
        (
            "test_drives_per_car_per_day",
            tr("Drives of one car per customer and day"),
            tr("e.g. 2"),
        ),
        ("followup_days_walk_in", tr("Follow-ups after a walk-in (days)"), tr("e.g. 1")),
        ("followup_days_test_drive", tr("Follow-ups after a test drive (days)"), tr("e.g. 1")),
        (
            "followup_days_delivery",
            tr("Satisfaction calls after a delivery (days)"),
            tr("e.g. 1, 7, 30, 90"),
        ),
        ("delivery_bays", tr("Delivery bays"), tr("separated by ';', e.g. Bay 1; Bay 2")),
        ("delivery_minutes", tr("Delivery length (minutes)"), tr("e.g. 60")),
        (
            "delivery_ceremony_template",
            tr("Ceremony plan (new deliveries)"),
            tr("elements separated by ';'"),
        ),
        ("delivery_pdi_template", tr("Pre-delivery inspection"), tr("checks separated by ';'")),
        (
            "delivery_documents_template",
            tr("Documents handed over"),
            tr("documents separated by ';'"),
        ),
        (
            "backup_folder",
            tr("Backup folder"),
            tr("a USB drive or network share, e.g. E:\\Showroom backups; empty: the data folder"),
        ),
    ]


class SettingsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        title = QLabel(tr("Settings"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")

        self.theme_box = QComboBox()
        self.theme_box.setObjectName("themeBox")
        self.theme_box.addItem(tr("Light"), "light")
        self.theme_box.addItem(tr("Dark"), "dark")
        current = str(context.ui_settings.value("theme", "light"))
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(current)))
        self.theme_box.currentIndexChanged.connect(self._on_theme_box_current_index_changed)
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current_language())))
        self.language_box.currentIndexChanged.connect(self._on_language_box_current_index_changed)
        this_pc = QGroupBox(tr("This PC"))
        pc_form = QFormLayout(this_pc)
        pc_form.addRow(tr("&Theme:"), self.theme_box)
        pc_form.addRow(tr("&Language:"), self.language_box)
        pc_form.addRow(tr("Database:"), QLabel(context.db.describe()))

        showroom = QGroupBox(tr("The showroom (shared by every PC)"))
        form = QFormLayout(showroom)
        self.edits: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldBox] = {}
        for key, label, hint in setting_titles():
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setPlaceholderText(hint)
            self.edits[key] = edit
            self.boxes[SETTING_LABELS[key]] = FieldBox(edit, SETTING_LABELS[key])
            form.addRow(label + ":", self.boxes[SETTING_LABELS[key]])
        self.paper = QComboBox()
        self.paper.setObjectName("paper_size")
        self.paper.addItem("A4", "A4")
        self.paper.addItem(tr("US Letter"), "Letter")
        form.addRow(tr("Paper size:"), self.paper)

        # The terms the customer signs on the test-drive agreement: paragraphs, not one line.
        agreement = QGroupBox(tr("Test-drive agreement"))
        agreement_layout = QVBoxLayout(agreement)
        terms_hint = QLabel(
            tr(
                "The terms printed above the signatures. Separate paragraphs with a blank line; "
                "{dealer} prints as the dealership's name."
            )
        )
        terms_hint.setWordWrap(True)
        self.terms = QPlainTextEdit()
        self.terms.setObjectName("test_drive_terms")
        self.terms.setMinimumHeight(160)
        self.terms.setTabChangesFocus(True)
        self.boxes[SETTING_LABELS["test_drive_terms"]] = FieldBox(
            self.terms, SETTING_LABELS["test_drive_terms"]
        )
        agreement_layout.addWidget(terms_hint)
        agreement_layout.addWidget(self.boxes[SETTING_LABELS["test_drive_terms"]])
        # The same terms for customers whose language is Chinese (empty: the English ones).
        self.terms_zh = QPlainTextEdit()
        self.terms_zh.setObjectName("test_drive_terms_zh")
        self.terms_zh.setMinimumHeight(120)
        self.terms_zh.setTabChangesFocus(True)
        self.boxes[SETTING_LABELS["test_drive_terms_zh"]] = FieldBox(
            self.terms_zh, SETTING_LABELS["test_drive_terms_zh"]
        )
        terms_zh_hint = QLabel(
            tr(
                "In Chinese, for customers whose language is Chinese (left empty, they get the "
                "terms above):"
            )
        )
        terms_zh_hint.setWordWrap(True)
        agreement_layout.addWidget(terms_zh_hint)
        agreement_layout.addWidget(self.boxes[SETTING_LABELS["test_drive_terms_zh"]])

        self.save_button = QPushButton(tr("&Save showroom settings"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        allowed = allowed_to(context.user_role, Action.EDIT_SETTINGS)
        for edit in self.edits.values():
            edit.setReadOnly(not allowed)
        self.terms.setReadOnly(not allowed)
        self.terms_zh.setReadOnly(not allowed)
        self.paper.setEnabled(allowed)
        self.save_button.setEnabled(allowed)
        if not allowed:
            self.message.setText(tr("Only an admin can change the showroom's settings."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(this_pc)
        layout.addWidget(showroom)
        layout.addWidget(agreement)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.load()

    def load(self) -> None:
        with self.context.db.reader() as session:
            self.loaded = load_settings(session)
        values = self.loaded.to_mapping()
        for key, edit in self.edits.items():
            edit.setText(
                values[key].replace(",", ", ") if key.startswith("followup") else values[key]
            )
        self.paper.setCurrentIndex(max(0, self.paper.findData(values["paper_size"])))
        self.terms.setPlainText(values["test_drive_terms"])
        self.terms_zh.setPlainText(values["test_drive_terms_zh"])
        self.loaded_form = self.form_values()

    def form_values(self) -> dict[str, str]:
        values = {key: edit.text() for key, edit in self.edits.items()}
        values["paper_size"] = str(self.paper.currentData())
        values["test_drive_terms"] = self.terms.toPlainText()
        values["test_drive_terms_zh"] = self.terms_zh.toPlainText()
        return values

    def _on_save_button_clicked(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)
        values = self.form_values()
        self._save(values, self.loaded)

    def _save(self, values: dict[str, str], expected: ShowroomSettings) -> None:
        try:

            def _unit(session: Session) -> ShowroomSettings:
                return update_settings(
                    session, int(self.context.user_id), values, expected=expected
                )

            settings = run_in_transaction(self.context.db, _unit)
        except ValidationErrors as errors:
            for error in errors.errors:
                marked = self.boxes.get(error.field)
                if marked is not None:
                    marked.show_error(rule_text(error))
            self.message.setText(tr("Nothing was saved: correct the fields marked in red."))
            return
        except ConflictError as conflict:
            self._on_conflict(conflict, values)
            return
        except ShowroomError as error:
            self.message.setText(error_text(error))
            return
        self.context.settings = settings
        self.context.events.data_changed.emit({"settings"})
        self.message.setText(tr("Saved. Every PC uses these settings from now on."))
        self.load()

    def _on_conflict(self, conflict: ConflictError, values: dict[str, str]) -> None:
        """Another PC saved the settings since they were shown: theirs against mine; reload
        theirs, or save the fields this user changed on top of theirs."""
        with self.context.db.reader() as session:
            fresh = load_settings(session)
        stored, now = self.loaded.to_mapping(), fresh.to_mapping()
        loaded = {key: stored.get(key) for key in values}
        theirs = {key: now.get(key) for key in values}
        # Changed by me: against the form as loaded (it shows some values reformatted).
        mine = {
            key: value if value != self.loaded_form.get(key) else loaded[key]
            for key, value in values.items()
        }
        labels = {key: SETTING_LABELS.get(key, key).capitalize() for key in values}
        choice = ask_theirs_or_mine(self, str(conflict), labels, loaded, theirs, mine)
        if choice == "reload":
            self.load()
            self.message.setText(tr("Reloaded the settings another PC saved."))
        elif choice == "mine":
            merged = merge_mine(loaded, theirs, mine)
            self._save({key: str(value) for key, value in merged.items()}, fresh)
        else:
            self.message.setText(str(conflict))

    def carry_over(self, old: SettingsPage) -> None:
        """Rebuilt in another language: keep what was typed but not saved yet."""
        for key, edit in old.edits.items():
            self.edits[key].setText(edit.text())
        self.paper.setCurrentIndex(old.paper.currentIndex())
        self.terms.setPlainText(old.terms.toPlainText())
        self.terms_zh.setPlainText(old.terms_zh.toPlainText())
        self.loaded = old.loaded
        self.loaded_form = old.loaded_form
        self.language_box.setFocus()

    def _on_language_box_current_index_changed(self, _index: int) -> None:
        """Applies at once: the window and its pages are rebuilt in the new language."""
        language = str(self.language_box.currentData())
        self.context.ui_settings.setValue(SETTING, language)
        install(language)
        window = self.window()
        retranslate = getattr(window, "retranslate", None)
        if retranslate is not None:
            retranslate()

    def _on_theme_box_current_index_changed(self, _index: int) -> None:
        from ui.theme import apply_theme

        theme = str(self.theme_box.currentData())
        self.context.ui_settings.setValue("theme", theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
