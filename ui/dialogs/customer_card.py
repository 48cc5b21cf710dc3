"""The customer card: the form, the timeline, open follow-ups (and, later, the file).

The card is read when it opens and saved in one short unit of work carrying the version it
read; if another PC saved the card meanwhile, the save is refused and the user chooses to
reload or to apply their fields over the new version. Holding a transaction open while a
person types would block other PCs' writes on SQLite.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError, ValidationErrors
from showroom.customer_file.merge import merge_customers
from showroom.customers.card import CardView, load_card
from showroom.customers.domain import CustomerDraft, PhoneDraft, format_phone
from showroom.customers.service import DuplicateCustomerError, create_customer, update_customer
from showroom.kernel.changes import Change
from showroom.kernel.staff import staff
from showroom.kernel.work import Session, run_in_transaction
from ui.context import AppContext
from ui.dialogs.conflict import ConflictDialog
from ui.dialogs.intent_bar import IntentBar
from ui.i18n.messages import error_text, rule_text
from ui.models.customers import status_label
from ui.widgets.form import FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("CustomerCard", text)


def source_labels() -> list[tuple[str, str]]:
    return [
        ("walk_in", tr("Walk-in")),
        ("phone", tr("Phone")),
        ("web", tr("Web")),
        ("referral", tr("Referral")),
        ("event", tr("Event")),
        ("import", tr("Import")),
    ]


def kind_label(kind: str) -> str:
    labels = {
        "visit": tr("Visit"),
        "call": tr("Call"),
        "message": tr("Message"),
        "email": tr("E-mail"),
        "test_drive": tr("Test drive"),
        "deal_step": tr("Deal step"),
        "delivery": tr("Delivery"),
        "complaint": tr("Complaint"),
        "note": tr("Note"),
        "intent": tr("Intent level"),
        "lost": tr("Lost sale"),
    }
    return labels.get(kind, kind)


@dataclass
class _Field:
    """One field of the card: its editor, how to read and fill it, and its rule's name."""

    key: str
    rule_field: str
    label: str
    editor: QWidget
    read: Callable[[], object]
    write: Callable[[object], None]


def _line(max_length: int = 300) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


class CustomerCardDialog(QDialog):
    """Open a card with ``open_card`` (existing) or ``new_card`` (empty)."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, customer_id: int | None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.version: int | None = None
        self.documents: list[Any] = []
        self.setObjectName("customerCard")
        self.resize(1080, 760)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_form(), tr("&Card"))
        self.timeline_table = self._table([tr("When"), tr("What"), tr("Summary"), tr("Who")])
        self.timeline_table.setObjectName("timeline")
        self.tabs.addTab(self.timeline_table, tr("&Timeline"))
        self.follow_up_table = self._table([tr("Due"), tr("Reason"), tr("Kind")])
        self.follow_up_table.setObjectName("followUps")
        self.tabs.addTab(self.follow_up_table, tr("&Follow-ups"))
        self.tabs.addTab(self._build_file_tab(), tr("F&ile"))
        self.tabs.addTab(self._build_owed_tab(), tr("&We owe"))

        self.header = QLabel()
        self.header.setObjectName("cardHeader")
        self.header.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.log_button = QPushButton(tr("&Log contact…"))
        self.log_button.setObjectName("logContact")
        self.log_button.setToolTip(tr("Log a call, message, e-mail or visit (Ctrl+L)"))
        self.log_button.clicked.connect(self._on_log_button_clicked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(tr("Save the card (Ctrl+S)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+L"), self, self._on_log_button_clicked)

        self.satisfaction_button = QPushButton(tr("Satisfaction sur&vey…"))
        self.satisfaction_button.setObjectName("satisfactionCall")
        self.satisfaction_button.setToolTip(
            tr("Record the score and comment of the next satisfaction call after a delivery")
        )
        self.satisfaction_button.clicked.connect(self._on_satisfaction_button_clicked)
        self.print_button = QPushButton(tr("&Print card…"))
        self.print_button.setObjectName("printCard")
        self.print_button.setToolTip(tr("Print the customer card and keep it in the file (Ctrl+P)"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_button_clicked)
        self.intent_bar = IntentBar(self, context)
        self.intent_bar.changed.connect(self._on_sales_change)
        self.intent_bar.failed.connect(self._show_general)
        bottom = QHBoxLayout()
        bottom.addWidget(self.intent_bar)
        bottom.addWidget(self.log_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.satisfaction_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(bottom)
        self.load()

    def _on_sales_change(self, version: int) -> None:
        """The level changed the customer's row: reload the card if the form is unedited,
        else keep the edits with the new row version (the save does not touch the level)."""
        if self.form_values() == getattr(self, "loaded_form", None):
            self.load()
        else:
            self.version = version

    # --- building -------------------------------------------------------------------------
    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(
            min(2, len(headers) - 1), QHeaderView.ResizeMode.Stretch
        )
        return table

    def _combo(self, items: list[tuple[str, str]], editable: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(editable)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def _build_form(self) -> QWidget:
        with self.context.db.reader() as session:
            users = [(m.id, m.name) for m in staff(session)]
        self.fields: dict[str, _Field] = {}

        def add(
            key: str,
            rule: str,
            label: str,
            editor: QWidget,
            read: Callable[[], object],
            write: Callable[[object], None],
        ) -> None:
            editor.setObjectName(key)
            self.fields[key] = _Field(key, rule, label, editor, read, write)

        def text_field(key: str, rule: str, label: str, max_length: int = 300) -> None:
            edit = _line(max_length)
            add(
                key,
                rule,
                label,
                edit,
                edit.text,
                lambda v: edit.setText("" if v is None else str(v)),
            )

        def combo_field(
            key: str, rule: str, label: str, items: list[tuple[str, str]], empty: bool = False
        ) -> None:
            combo = self._combo(([("", tr("—"))] if empty else []) + items)

            def write(value: object) -> None:
                index = combo.findData("" if value is None else value)
                combo.setCurrentIndex(max(index, 0))

            add(key, rule, label, combo, lambda: combo.currentData() or "", write)

        text_field("full_name", "full name", tr("Full &name"), 200)
        text_field("phone_1", "phone", tr("&Phone (primary)"), 40)
        text_field("phone_2", "phone 2", tr("Phone 2"), 40)
        text_field("phone_3", "phone 3", tr("Phone 3"), 40)
        text_field("email", "email", tr("&E-mail"), 254)
        combo_field(
            "status",
            "status",
            tr("&Status"),
            [(s, status_label(s)) for s in ("lead", "prospect", "customer", "owner", "lost")],
        )
        combo_field("source", "source", tr("Sou&rce"), source_labels())
        combo_field(
            "assigned_consultant_id",
            "consultant",
            tr("Consu&ltant"),
            [(str(uid), name) for uid, name in users],
            empty=True,
        )
        combo_field(
            "preferred_language",
            "language",
            tr("Lan&guage"),
            [("en", "English"), ("zh", "简体中文")],
        )
        combo_field(
            "preferred_channel",
            "preferred channel",
            tr("Preferred c&hannel"),
            [("phone", tr("Phone")), ("email", tr("E-mail")), ("message", tr("Message"))],
            empty=True,
        )
        text_field("preferred_time", "preferred time", tr("Preferred &time"), 60)
        text_field("address", "address", tr("&Address"), 300)
        text_field("models_of_interest", "models of interest", tr("&Models of interest"), 300)
        text_field("budget_min", "budget from", tr("Budget &from"), 20)
        text_field("budget_max", "budget to", tr("Budget t&o"), 20)
        combo_field(
            "timeframe",
            "timeframe",
            tr("T&imeframe"),
            [
                ("now", tr("Now")),
                ("1-3 months", tr("1–3 months")),
                ("3-6 months", tr("3–6 months")),
                ("6+ months", tr("Later than 6 months")),
            ],
            empty=True,
        )
        text_field("trade_in_make", "trade-in make", tr("Trade-in make"), 60)
        text_field("trade_in_model", "trade-in model", tr("Trade-in model"), 60)
        text_field("trade_in_year", "trade-in year", tr("Trade-in year"), 4)
        text_field("trade_in_mileage_km", "trade-in mileage", tr("Trade-in mileage (km)"), 9)
        text_field("trade_in_plate", "trade-in plate", tr("Trade-in plate"), 20)
        text_field("trade_in_vin", "trade-in VIN", tr("Trade-in VIN"), 17)
        consent = QCheckBox(tr("Agrees to be &contacted"))
        self.consent_date = QLabel()
        add(
            "consent_contact",
            "consent",
            "",
            consent,
            consent.isChecked,
            lambda v: consent.setChecked(bool(v)),
        )
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(90)
        add(
            "notes",
            "notes",
            tr("N&otes"),
            notes,
            notes.toPlainText,
            lambda v: notes.setPlainText("" if v is None else str(v)),
        )

        self.boxes = {key: FieldBox(f.editor, f.rule_field) for key, f in self.fields.items()}

        def group(title: str, keys: list[str]) -> QGroupBox:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                label = self.fields[key].label
                if label:
                    buddy = QLabel(label + ":")
                    buddy.setBuddy(self.fields[key].editor)
                    form.addRow(buddy, self.boxes[key])
                else:
                    form.addRow(self.boxes[key])
            return box

        contact = group(
            tr("Contact"),
            [
                "full_name",
                "phone_1",
                "phone_2",
                "phone_3",
                "email",
                "address",
                "preferred_language",
                "preferred_channel",
                "preferred_time",
                "consent_contact",
            ],
        )
        contact.layout().addWidget(self.consent_date)  # type: ignore[union-attr]
        sales = group(
            tr("Sales"),
            [
                "status",
                "source",
                "assigned_consultant_id",
                "models_of_interest",
                "budget_min",
                "budget_max",
                "timeframe",
            ],
        )
        trade = group(
            tr("Trade-in"),
            [
                "trade_in_make",
                "trade_in_model",
                "trade_in_year",
                "trade_in_mileage_km",
                "trade_in_plate",
                "trade_in_vin",
            ],
        )
        notes_box = group(tr("Notes"), ["notes"])

        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(contact, 0, 0)
        grid.addWidget(notes_box, 1, 0)
        grid.addWidget(sales, 0, 1)
        grid.addWidget(trade, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        return scroll

    # --- data -----------------------------------------------------------------------------
    @classmethod
    def open_card(
        cls, parent: QWidget | None, context: AppContext, customer_id: int
    ) -> CustomerCardDialog:
        dialog = cls(parent, context, customer_id)
        dialog.show()
        return dialog

    @classmethod
    def new_card(
        cls, parent: QWidget | None, context: AppContext, name: str = ""
    ) -> CustomerCardDialog:
        dialog = cls(parent, context, None)
        if name:
            dialog.fields["full_name"].write(name)
        dialog.show()
        return dialog

    def load(self) -> None:
        """Fill the form, timeline and follow-ups from the database."""
        self._clear_errors()
        if self.customer_id is None:
            self.setWindowTitle(tr("New customer"))
            self.header.setText(tr("New customer"))
            self.fields["assigned_consultant_id"].write(str(self.context.user_id))
            for index in (1, 2, 3, 4):
                self.tabs.setTabEnabled(index, False)
            self.log_button.setEnabled(False)
            self.print_button.setEnabled(False)
            self.satisfaction_button.setVisible(False)
            self.fields["full_name"].editor.setFocus()
            return
        with self.context.db.reader() as session:
            card = load_card(session, self.customer_id, int(self.context.user_id))
        entries, tasks, consent_at = card.timeline, card.follow_ups, card.consent_at
        self.version = card.version
        values = _form_values(card)
        for key, value in values.items():
            self.fields[key].write(value)
        self.loaded_form = self.form_values()
        self.consent_date.setText(
            tr("Consent given on {date}").format(date=consent_at.astimezone().strftime("%Y-%m-%d"))
            if consent_at
            else ""
        )
        self.setWindowTitle(values["full_name"] or "")  # type: ignore[arg-type]
        self.header.setText(str(values["full_name"]))
        for index in (1, 2, 3, 4):
            self.tabs.setTabEnabled(index, True)
        self.log_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.documents = list(card.documents)
        self._fill(
            self.file_table,
            [
                (
                    d.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    d.number,
                    d.title,
                    str(d.page_count),
                    d.printed_by,
                    tr("reprint") if d.is_reprint else "",
                )
                for d in card.documents
            ],
        )
        self._fill(
            self.timeline_table,
            [
                (
                    e.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    kind_label(e.kind),
                    e.summary,
                    e.user or "",
                )
                for e in entries
            ],
        )
        self._fill(
            self.follow_up_table,
            [(due.isoformat(), reason, kind.replace("_", " ")) for due, reason, kind in tasks],
        )
        self._load_owed()
        self._load_satisfaction()
        self.intent_bar.show_customer(self.customer_id)

    def _build_owed_tab(self) -> QWidget:
        """What we still owe the customer after a delivery, until it is done."""
        self.owed: list[Any] = []
        self.owed_table = self._table([tr("Promised by"), tr("Delivery"), tr("What")])
        self.owed_table.setObjectName("owedItems")
        self.owed_done_button = QPushButton(tr("Mark &done"))
        self.owed_done_button.setObjectName("owedDone")
        self.owed_done_button.setToolTip(tr("The selected item was given to the customer"))
        self.owed_done_button.clicked.connect(self._on_owed_done_button_clicked)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.owed_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.owed_done_button)
        layout.addLayout(row)
        return tab

    def _load_satisfaction(self) -> None:
        from showroom.deliveries.service import open_satisfaction_calls

        if self.customer_id is None:
            self.satisfaction_button.setEnabled(False)
            return
        with self.context.db.reader() as session:
            calls = open_satisfaction_calls(session, self.customer_id)
        self.satisfaction_button.setVisible(bool(calls))
        self.satisfaction_button.setEnabled(bool(calls))

    def _load_owed(self) -> None:
        from showroom.deliveries.service import owed_items

        if self.customer_id is None:
            return
        with self.context.db.reader() as session:
            self.owed = owed_items(session, customer_id=self.customer_id)
        self._fill(
            self.owed_table,
            [
                (
                    o.promised_on.isoformat() if o.promised_on else tr("to be agreed"),
                    str(o.delivery_id),
                    o.text,
                )
                for o in self.owed
            ],
        )
        self.tabs.setTabText(
            4, tr("&We owe ({count})").format(count=len(self.owed)) if self.owed else tr("&We owe")
        )
        self.owed_done_button.setEnabled(bool(self.owed))

    def _on_satisfaction_button_clicked(self) -> None:
        from showroom.deliveries.service import open_satisfaction_calls, record_satisfaction
        from showroom.kernel.work import run_in_transaction
        from ui.dialogs.satisfaction import SatisfactionDialog

        if self.customer_id is None:
            return
        with self.context.db.reader() as session:
            calls = open_satisfaction_calls(session, self.customer_id)
        if not calls:
            return
        call = calls[0]
        answer = SatisfactionDialog.ask(self, self.header.text(), call.reason)
        if answer is None:
            return
        score, comment = answer
        user, settings = self.context.user_id, self.context.settings
        try:
            run_in_transaction(
                self.context.db,
                lambda s: record_satisfaction(s, call.follow_up_id, score, comment, user, settings),
            )
        except ShowroomError as error:
            self._show_general(error_text(error))
            return
        self.context.events.data_changed.emit({"follow_ups", "interactions", "tasks"})
        self.load()

    def _on_owed_done_button_clicked(self) -> None:
        from showroom.deliveries.service import complete_owed
        from showroom.kernel.work import run_in_transaction

        row = self.owed_table.currentRow()
        if not 0 <= row < len(self.owed):
            return
        item = self.owed[row]
        try:
            run_in_transaction(
                self.context.db,
                lambda s: complete_owed(s, item.id, item.version, self.context.user_id),
            )
        except ShowroomError as error:
            self._show_general(error_text(error))
        self.context.events.data_changed.emit({"deliveries", "interactions"})
        self._load_owed()

    def _build_file_tab(self) -> QWidget:
        self.file_table = self._table(
            [tr("Printed"), tr("Number"), tr("Document"), tr("Pages"), tr("By"), tr("")]
        )
        self.file_table.setObjectName("customerFile")
        self.file_table.activated.connect(lambda _index: self._on_open_document())
        open_button = QPushButton(tr("&Open"))
        open_button.setObjectName("openDocument")
        open_button.clicked.connect(self._on_open_document)
        reprint_button = QPushButton(tr("&Reprint"))
        reprint_button.setObjectName("reprintDocument")
        reprint_button.setToolTip(tr("Print the archived original again; the reprint is logged"))
        reprint_button.clicked.connect(self._on_reprint_document)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addWidget(reprint_button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.file_table, 1)
        layout.addLayout(buttons)
        return page

    def _selected_document(self) -> Any | None:
        row = self.file_table.currentRow()
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def _on_open_document(self) -> None:
        document = self._selected_document()
        if document is None:
            return
        from showroom.kernel.archive import get_document_pdf
        from ui.widgets.pdf_preview import PdfPreviewDialog

        with self.context.db.reader() as session:
            pdf = get_document_pdf(session, document.id, actor_id=self.context.user_id)
        PdfPreviewDialog.show_pdf(
            self, pdf, f"{document.title} · {document.number}", f"{document.number}.pdf"
        )

    def _on_reprint_document(self) -> None:
        document = self._selected_document()
        if document is None:
            return
        from ui.printing import reprint_document

        reprint_document(self, self.context, document.id)
        self.load()

    def _on_print_button_clicked(self) -> None:
        if self.customer_id is None:
            return
        from showroom.core.ids import CustomerId
        from ui.printing import print_customer_card

        print_customer_card(self, self.context, CustomerId(self.customer_id))
        self.load()

    def form_values(self) -> dict[str, object]:
        """What the form shows now, field by field."""
        return {key: field.read() for key, field in self.fields.items()}

    def _fill(self, table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))

    def draft(self) -> CustomerDraft:
        value = {key: f.read() for key, f in self.fields.items()}
        consultant = str(value["assigned_consultant_id"] or "")
        return CustomerDraft(
            full_name=str(value["full_name"]),
            phones=tuple(PhoneDraft(str(value[f"phone_{i}"])) for i in (1, 2, 3)),
            email=str(value["email"]),
            status=str(value["status"]),
            source=str(value["source"]),
            assigned_consultant_id=int(consultant) if consultant.isdigit() else None,
            preferred_language=str(value["preferred_language"]),
            preferred_channel=str(value["preferred_channel"]),
            preferred_time=str(value["preferred_time"]),
            address=str(value["address"]),
            models_of_interest=str(value["models_of_interest"]),
            budget_min=str(value["budget_min"]),
            budget_max=str(value["budget_max"]),
            timeframe=str(value["timeframe"]),
            trade_in_make=str(value["trade_in_make"]),
            trade_in_model=str(value["trade_in_model"]),
            trade_in_year=str(value["trade_in_year"]),
            trade_in_mileage_km=str(value["trade_in_mileage_km"]),
            trade_in_plate=str(value["trade_in_plate"]),
            trade_in_vin=str(value["trade_in_vin"]),
            consent_contact=bool(value["consent_contact"]),
            notes=str(value["notes"]),
        )

    # --- saving ---------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()

    def _show_errors(self, errors: list[ValidationError]) -> None:
        first: FieldBox | None = None
        by_rule = {box.rule_field: box for box in self.boxes.values()}
        for error in errors:
            box = by_rule.get(error.field)
            if box is None:
                self._show_general(error_text(error))
                continue
            box.show_error(rule_text(error))
            first = first or box
        if first is not None:
            self.tabs.setCurrentIndex(0)
            first.setFocus()

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()

    def save(self, allow_duplicate: bool = False) -> bool:
        """Validate and save; shows each broken rule beside its field. True when saved."""
        self._clear_errors()
        draft = self.draft()
        try:
            # The unit may run again after a transient error, so it keeps the new id to
            # itself until the save went through.
            def _unit(session: Session) -> int:
                if self.customer_id is None:
                    return create_customer(
                        session,
                        draft,
                        self.context.user_id,
                        self.context.settings,
                        allow_duplicate=allow_duplicate,
                    )
                else:
                    assert self.version is not None
                    update_customer(
                        session,
                        self.customer_id,
                        self.version,
                        draft,
                        self.context.user_id,
                        self.context.settings,
                        allow_duplicate=allow_duplicate,
                    )
                return self.customer_id

            self.customer_id = run_in_transaction(self.context.db, _unit)
        except ValidationErrors as errors:
            self._show_errors(errors.errors)
            return False
        except ValidationError as error:
            self._show_errors([error])
            return False
        except DuplicateCustomerError as duplicate:
            return self._on_duplicate(duplicate)
        except ConflictError as conflict:
            return self._on_conflict(conflict)
        except ShowroomError as error:
            self._show_general(error_text(error))
            return False
        ids = frozenset({int(self.customer_id)}) if self.customer_id is not None else frozenset()
        self.context.events.publish(Change("customers", ids, "saved"))
        self.load()
        return True

    def _on_duplicate(self, duplicate: DuplicateCustomerError) -> bool:
        choice = DuplicateDialog.ask(self, duplicate, can_merge=self.customer_id is not None)
        match = duplicate.matches[0]
        if choice == "open":
            CustomerCardDialog.open_card(self.parentWidget(), self.context, int(match.id))
            if self.customer_id is None:
                self.reject()
            return False
        if choice == "merge" and self.customer_id is not None:
            merged = self.customer_id

            def _unit(session: Session) -> None:
                merge_customers(session, int(match.id), merged, self.context.user_id)

            run_in_transaction(self.context.db, _unit)
            self.context.events.data_changed.emit({"customers"})
            self.customer_id = int(match.id)
            self.load()
            return True
        if choice == "save":
            return self.save(allow_duplicate=True)
        return False

    def _on_conflict(self, conflict: ConflictError) -> bool:
        """Another PC saved this card since it was opened: show theirs against mine, field
        by field, and let the user reload theirs or apply their own changes on top."""
        assert self.customer_id is not None
        with self.context.db.reader() as session:
            fresh = load_card(session, self.customer_id, int(self.context.user_id))
        mine = self.form_values()
        # Render theirs exactly as the form would show it, for a like-for-like comparison.
        theirs = dict(mine)
        for key, value in _form_values(fresh).items():
            self.fields[key].write(value)
            theirs[key] = self.fields[key].read()
        for key, value in mine.items():
            self.fields[key].write(value)
        loaded = getattr(self, "loaded_form", mine)
        rows = [
            (self.fields[key].label.replace("&", "") or key, loaded[key], theirs[key], mine[key])
            for key in self.fields
            if theirs[key] != loaded[key] or mine[key] != loaded[key]
        ]
        choice = ConflictDialog.ask(self, str(conflict), rows)
        if choice == "mine":
            for key in self.fields:
                keep = mine[key] if mine[key] != loaded[key] else theirs[key]
                self.fields[key].write(keep)
            self.version = fresh.version
            self.loaded_form = theirs
            return self.save()
        if choice == "reload":
            self.load()
        return False

    def _on_log_button_clicked(self) -> None:
        if self.customer_id is None:
            return
        from ui.dialogs.log_contact import LogContactDialog

        if LogContactDialog.ask(self, self.context, self.customer_id) is not None:
            self.load()


def _form_values(card: CardView) -> dict[str, object]:
    """A card as the form shows it (phones formatted, money without trailing zeros)."""
    values: dict[str, object] = dict(card.values)
    values.pop("phones")
    values["assigned_consultant_id"] = str(values["assigned_consultant_id"] or "")
    values["budget_min"] = _money_text(values["budget_min"])  # type: ignore[arg-type]
    values["budget_max"] = _money_text(values["budget_max"])  # type: ignore[arg-type]
    for index in range(3):
        values[f"phone_{index + 1}"] = (
            format_phone(card.phones[index]) if index < len(card.phones) else ""
        )
    return values


class DuplicateDialog(QDialog):
    """Shows the customer(s) with the same phone or e-mail and asks what to do."""

    def __init__(
        self, parent: QWidget | None, duplicate: DuplicateCustomerError, can_merge: bool
    ) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(tr("Possible duplicate"))
        text = QLabel(tr("This card's phone or e-mail belongs to another customer already:"))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        for match in duplicate.matches[:5]:
            line = QLabel(
                tr("{name} (customer {id}): same {what} {value}").format(
                    name=match.full_name,
                    id=match.id,
                    what=tr("phone") if match.matched_on == "phone" else tr("e-mail"),
                    value=format_phone(match.value) if match.matched_on == "phone" else match.value,
                )
            )
            line.setStyleSheet("font-weight: bold;")
            layout.addWidget(line)
        buttons = QDialogButtonBox()
        self._add(buttons, "open", tr("&Open that card"))
        if can_merge:
            self._add(buttons, "merge", tr("&Merge into that card"))
        self._add(buttons, "save", tr("&Save as a separate customer"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _add(self, buttons: QDialogButtonBox, choice: str, label: str) -> None:
        button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setObjectName(f"duplicate_{choice}")
        button.clicked.connect(lambda: self._choose(choice))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, duplicate: DuplicateCustomerError, can_merge: bool
    ) -> str | None:
        dialog = cls(parent, duplicate, can_merge)
        dialog.exec()
        return dialog.choice


def _money_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}".removesuffix(".00")


__all__ = ["CustomerCardDialog", "DuplicateDialog", "Qt"]
