"""One deal and its four checklists: purchase, insurance, licensing, accessories.

Keyboard first: Alt+1…4 (or Ctrl+Tab) picks a checklist, ↑/↓ an item, Space ticks it (an
accessory: its next stage), Ctrl+R reopens it with a reason, Ctrl+E jumps to the item's
value, note, responsible and due date, Ctrl+S saves them, Ctrl+N adds an item to this deal
only, Ctrl+P prints the deal checklist and Ctrl+Shift+P the customer's next-steps sheet.

Every action is one short unit of work carrying the item's version; the rules (a value-item
needs its value, only a done item reopens) are the domain's, and what breaks one is shown
beside the field it concerns.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError
from showroom.deals.checklist import ChecklistKind
from showroom.deals.domain import DealStatus
from showroom.deals.service import (
    DealItemView,
    DealView,
    add_item,
    cancel_deal,
    complete_item,
    deal_view,
    reopen_item,
    update_item,
)
from showroom.kernel.changes import Change
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.staff import staff
from showroom.kernel.work import Session, run_in_transaction
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine, merge_mine
from ui.dialogs.reason import ReasonDialog
from ui.i18n import current_language
from ui.i18n.messages import error_text, rule_text
from ui.models.deals import ChecklistItemsModel, ItemColumn, checklist_title
from ui.widgets.dates import DateField
from ui.widgets.form import FieldBox
from ui.widgets.item_colours import COMPACT_HEADER, ItemColoursDelegate


def tr(text: str) -> str:
    return QCoreApplication.translate("DealDialog", text)


class AddItemDialog(QDialog):
    """An item for this deal's checklist only: title, asks for a value, due date."""

    def __init__(self, parent: QWidget | None, kind_title: str, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add an item to {checklist}").format(checklist=kind_title))
        self.setMinimumWidth(480)
        self.title = QLineEdit()
        self.title.setObjectName("newItemTitle")
        self.title.setMaxLength(200)
        self.needs_value = QCheckBox(tr("Asks for a &value (a number, a date…)"))
        self.due = DateField(QDate(today.year, today.month, today.day).addDays(7))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.box = FieldBox(self.title, "title")
        form = QFormLayout()
        form.addRow(tr("&Title:"), self.box)
        form.addRow("", self.needs_value)
        form.addRow(tr("&Due:"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _on_ok(self) -> None:
        if not self.title.text().strip():
            self.box.show_error(tr("must not be empty"))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, kind_title: str, today: date
    ) -> tuple[str, bool, date] | None:
        dialog = cls(parent, kind_title, today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        qdate = dialog.due.date()
        return (
            dialog.title.text(),
            dialog.needs_value.isChecked(),
            date(qdate.year(), qdate.month(), qdate.day()),
        )


class DealDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext, deal_id: int) -> None:
        super().__init__(parent)
        self.context = context
        self.deal_id = deal_id
        self.view: DealView | None = None
        self.zone = ZoneInfo(context.settings.timezone)
        self.setObjectName("dealDialog")
        self.resize(1280, 820)

        self.header = QLabel()
        self.header.setObjectName("dealHeader")
        self.header.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.subheader = QLabel()
        self.subheader.setObjectName("dealSubheader")
        self.subheader.setWordWrap(True)
        self.subheader.setStyleSheet("color: #5b6470;")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("checklists")
        self.models: dict[ChecklistKind, ChecklistItemsModel] = {}
        self.tables: dict[ChecklistKind, QTableView] = {}
        for number, kind in enumerate(ChecklistKind, start=1):
            model = ChecklistItemsModel(self._today())
            table = QTableView()
            table.setObjectName(f"checklist_{kind.value}")
            table.setModel(model)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(34)
            table.setWordWrap(False)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(ItemColumn.NOTE, QHeaderView.ResizeMode.Stretch)
            for column, width in (
                (ItemColumn.DONE, 90),
                (ItemColumn.ITEM, 330),
                (ItemColumn.VALUE, 150),
                (ItemColumn.RESPONSIBLE, 140),
                (ItemColumn.DUE, 150),
                (ItemColumn.DONE_BY, 200),
            ):
                table.setColumnWidth(column, width)
            table.setStyleSheet(COMPACT_HEADER)
            table.setItemDelegateForColumn(ItemColumn.DUE, ItemColoursDelegate(table))
            table.installEventFilter(self)
            table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
            table.doubleClicked.connect(self._on_table_double_clicked)
            self.models[kind] = model
            self.tables[kind] = table
            # Alt+number is a shortcut of the dialog (it also moves the focus to the list), so
            # the tab titles carry no mnemonic that would make the key ambiguous.
            self.tabs.addTab(table, f"{number} {checklist_title(kind)}")
            self.tabs.setTabToolTip(number - 1, f"Alt+{number}")
            QShortcut(
                QKeySequence(f"Alt+{number}"),
                self,
                lambda index=number - 1: self._go_to_tab(index),
            )
        self.tabs.currentChanged.connect(lambda _i: self._on_tabs_current_changed())

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.subheader)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._build_item_panel())
        layout.addLayout(self._build_buttons())
        self.reload()
        self.current_table().setFocus()

    # --- building ------------------------------------------------------------------------
    def _build_item_panel(self) -> QGroupBox:
        group = QGroupBox(tr("Selected item"))
        group.setObjectName("itemPanel")
        self.item_title = QLabel()
        self.item_title.setObjectName("itemTitle")
        self.item_title.setStyleSheet("font-weight: bold;")
        self.item_title.setWordWrap(True)
        self.value = QLineEdit()
        self.value.setObjectName("itemValue")
        self.value.setMaxLength(120)
        self.note = QLineEdit()
        self.note.setObjectName("itemNote")
        self.note.setMaxLength(500)
        self.responsible = QComboBox()
        self.responsible.setObjectName("itemResponsible")
        self.responsible.addItem(tr("—"), None)
        self._responsible_ids: dict[str, int] = {}
        with self.context.db.reader() as session:
            for user_id, name in ((m.id, m.name) for m in staff(session)):
                self.responsible.addItem(name, user_id)
                self._responsible_ids[name] = user_id
        self.due = DateField(optional=True)
        self.due.setObjectName("itemDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setSpecialValueText(tr("no due date"))
        self.boxes = {
            "value": FieldBox(self.value, "value"),
            "note": FieldBox(self.note, "note"),
            "responsible": FieldBox(self.responsible, "responsible"),
            "due": FieldBox(self.due, "due"),
        }
        self.tick_button = QPushButton(tr("Tick"))
        self.tick_button.setObjectName("tickItem")
        self.tick_button.setToolTip(tr("Mark done, or an accessory's next stage (Space)"))
        self.tick_button.clicked.connect(self.tick_current)
        self.reopen_button = QPushButton(tr("&Reopen…"))
        self.reopen_button.setObjectName("reopenItem")
        self.reopen_button.setToolTip(tr("Undo a done step, saying why (Ctrl+R)"))
        self.reopen_button.clicked.connect(self.reopen_current)
        self.save_item_button = QPushButton(tr("&Save details"))
        self.save_item_button.setObjectName("saveItem")
        self.save_item_button.setToolTip(tr("Save value, note, responsible and due date (Ctrl+S)"))
        self.save_item_button.clicked.connect(self.save_current)
        self.general_error = QLabel()
        self.general_error.setObjectName("dealError")
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, key in ((tr("&Value:"), "value"), (tr("N&ote:"), "note")):
            buddy = QLabel(label)
            buddy.setBuddy(self.boxes[key].editor)
            form.addRow(buddy, self.boxes[key])
        side = QFormLayout()
        for label, key in ((tr("Res&ponsible:"), "responsible"), (tr("D&ue:"), "due")):
            buddy = QLabel(label)
            buddy.setBuddy(self.boxes[key].editor)
            side.addRow(buddy, self.boxes[key])
        actions = QVBoxLayout()
        actions.addWidget(self.tick_button)
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.save_item_button)
        actions.addStretch(1)
        fields = QHBoxLayout()
        fields.addLayout(form, 3)
        fields.addLayout(side, 2)
        fields.addLayout(actions)
        layout = QVBoxLayout(group)
        layout.addWidget(self.item_title)
        layout.addLayout(fields)
        layout.addWidget(self.general_error)
        QShortcut(QKeySequence("Ctrl+R"), self, self.reopen_current)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current)
        QShortcut(QKeySequence("Ctrl+E"), self, self._focus_value)
        return group

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add item…"))
        self.add_button.setObjectName("addItem")
        self.add_button.setToolTip(tr("Add an item to this deal only (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_to_current)
        self.print_checklist = QPushButton(tr("Print &checklist…"))
        self.print_checklist.setObjectName("printChecklist")
        self.print_checklist.setToolTip(tr("Print the deal checklist (Ctrl+P)"))
        self.print_checklist.clicked.connect(self._on_print_checklist_clicked)
        self.print_steps = QPushButton(tr("Print ne&xt steps…"))
        self.print_steps.setObjectName("printNextSteps")
        self.print_steps.setToolTip(tr("Print the customer's next-steps sheet (Ctrl+Shift+P)"))
        self.print_steps.clicked.connect(self._on_print_steps_clicked)
        self.delivery_button = QPushButton(tr("Plan de&livery…"))
        self.delivery_button.setObjectName("planDelivery")
        self.delivery_button.setToolTip(
            tr("Plan this deal's delivery, or open the one planned (Ctrl+Shift+D)")
        )
        self.delivery_button.clicked.connect(self._on_delivery_button_clicked)
        QShortcut(QKeySequence("Ctrl+Shift+D"), self, self._on_delivery_button_clicked)
        self.cancel_button = QPushButton(tr("Cancel &deal…"))
        self.cancel_button.setObjectName("cancelDeal")
        self.cancel_button.clicked.connect(self._on_cancel_deal_clicked)
        close = QPushButton(tr("Close"))
        close.setObjectName("closeDeal")
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_to_current)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_checklist_clicked)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, self._on_print_steps_clicked)
        for button in (
            self.add_button,
            self.print_checklist,
            self.print_steps,
            self.delivery_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(close)
        return row

    # --- data ----------------------------------------------------------------------------
    def _today(self) -> date:
        return datetime.now(self.zone).date()

    def current_kind(self) -> ChecklistKind:
        return list(ChecklistKind)[self.tabs.currentIndex()]

    def current_table(self) -> QTableView:
        return self.tables[self.current_kind()]

    def current_item(self) -> DealItemView | None:
        table = self.current_table()
        row = table.currentIndex().row()
        model = self.models[self.current_kind()]
        return model.row_at(row) if 0 <= row < model.rowCount() else None

    def reload(self, keep_item: int | None = None) -> None:
        """Read the deal again and show it, keeping the selected item (or ``keep_item``)."""
        current = self.current_item() if self.view is not None else None
        keep = keep_item if keep_item is not None else (current.id if current else None)
        with self.context.db.reader() as session:
            view = deal_view(session, self.deal_id, actor_id=self.context.user_id)
        self.view = view
        status = {
            DealStatus.OPEN: "",
            DealStatus.COMPLETED: tr(" · completed"),
            DealStatus.CANCELLED: tr(" · cancelled"),
        }[view.status]
        self.setWindowTitle(tr("Deal {id}: {name}").format(id=view.id, name=view.customer_name))
        self.header.setText(
            tr("Deal {id} · {name}{status}").format(
                id=view.id, name=view.customer_name, status=status
            )
        )
        self.subheader.setText(
            tr("{car} · {plan} · consultant {consultant} · opened {opened}").format(
                car=view.vehicle_text,
                plan=view.plan_title,
                consultant=view.consultant or "—",
                opened=view.opened_at.astimezone(self.zone).date().isoformat(),
            )
            + (f" · {view.close_reason}" if view.close_reason else "")
        )
        today = self._today()
        for number, kind in enumerate(ChecklistKind):
            model = self.models[kind]
            model.today = today
            model.set_rows(view.checklist(kind))
            progress = view.progress(kind)
            late = sum(1 for i in view.checklist(kind) if i.item().is_overdue(today))
            label = f"{number + 1} {checklist_title(kind)}  {progress}"
            if late:
                label += "  " + tr("({n} late)").format(n=late)
            self.tabs.setTabText(number, label)
        editable = view.status is DealStatus.OPEN
        for widget in (self.add_button, self.cancel_button, self.save_item_button):
            widget.setEnabled(editable)
        self._select_item(keep)

    def _select_item(self, item_id: int | None) -> None:
        for kind, model in self.models.items():
            for row in range(model.rowCount()):
                if model.row_at(row).id == item_id:
                    self.tabs.setCurrentIndex(list(ChecklistKind).index(kind))
                    self.tables[kind].selectRow(row)
                    self._show_item()
                    return
        table = self.current_table()
        if self.models[self.current_kind()].rowCount():
            table.selectRow(max(0, table.currentIndex().row()))
        self._show_item()

    def _show_item(self) -> None:
        """Fill the panel with the selected item and enable what its state allows."""
        item = self.current_item()
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()
        open_deal = self.view is not None and self.view.status is DealStatus.OPEN
        if item is None:
            self.item_title.setText(tr("No item selected"))
            for widget in (self.tick_button, self.reopen_button, self.save_item_button):
                widget.setEnabled(False)
            for box in self.boxes.values():
                box.setEnabled(False)
            return
        domain = item.item()
        title = item.title_zh if item.title_zh and current_language() == "zh_CN" else item.title
        if item.stages:
            marks = ", ".join(
                f"{stage} ✓" if index < item.stages_done else stage
                for index, stage in enumerate(item.stages)
            )
            title += f"  ({marks})"
        if item.reopen_reason and not domain.is_done:
            title += "  · " + tr("reopened: {reason}").format(reason=item.reopen_reason)
        self.item_title.setText(title)
        self.value.setText(item.value or "")
        self.value.setPlaceholderText(
            tr("needed before it can be ticked") if item.needs_value else tr("optional")
        )
        self.note.setText(item.note or "")
        self.responsible.setCurrentIndex(max(0, self.responsible.findData(item.responsible_id)))
        self.due.setDate(
            QDate(item.due_on.year, item.due_on.month, item.due_on.day) if item.due_on else QDate()
        )
        for box in self.boxes.values():
            box.setEnabled(open_deal)
        next_stage = domain.next_stage
        self.tick_button.setText(
            tr("&Tick: {stage}").format(stage=next_stage) if next_stage else tr("&Tick as done")
        )
        # Enabled from the domain's predicates: the rules live there, not here.
        self.tick_button.setEnabled(open_deal and not domain.is_done)
        self.reopen_button.setEnabled(open_deal and domain.can_reopen())
        self.save_item_button.setEnabled(open_deal)

    # --- actions -------------------------------------------------------------------------
    def _show_error(self, error: ShowroomError) -> None:
        if isinstance(error, ValidationError) and error.field in self.boxes:
            box = self.boxes[error.field]
            box.show_error(rule_text(error))
            box.setFocus()
            return
        self.general_error.setText(error_text(error))
        self.general_error.show()

    def _changed(self, item_id: int) -> None:
        deal = frozenset({int(self.deal_id)})
        self.context.events.publish(Change("deals", deal), "interactions", "vehicles")
        self.reload(item_id)

    def tick_current(self) -> bool:
        """Tick the selected item, with the value typed in the panel if it asks for one."""
        item = self.current_item()
        if item is None or item.item().is_done:
            return False
        mine = self._panel_values(done=True)
        value = self.value.text() or None
        try:
            self._tick(item.id, item.version, value)
        except ConflictError as conflict:
            return self._on_item_conflict(item, conflict, mine)
        except ShowroomError as error:
            self._show_error(error)
            return False
        self._changed(item.id)
        self.current_table().setFocus()
        return True

    def _tick(self, item_id: int, version: int, value: str | None) -> None:
        def _unit(session: Session) -> None:
            complete_item(
                session,
                item_id,
                version,
                self.context.user_id,
                self.context.settings,
                value=value,
            )

        run_in_transaction(self.context.db, _unit)

    def _update(
        self, item_id: int, version: int, values: dict[str, object], responsible_id: int | None
    ) -> None:
        due = values["due"]

        def _unit(session: Session) -> None:
            update_item(
                session,
                self.context.user_id,
                item_id,
                version,
                responsible_id=responsible_id,
                due_on=date.fromisoformat(due) if isinstance(due, str) and due else None,
                note=str(values["note"]),
                value=str(values["value"]),
            )

        run_in_transaction(self.context.db, _unit)

    # --- another PC saved the same item ----------------------------------------------------
    def _labels(self) -> dict[str, str]:
        return {
            "done": tr("Done"),
            "value": tr("Value"),
            "note": tr("Note"),
            "responsible": tr("Responsible"),
            "due": tr("Due"),
        }

    def _item_values(self, item: DealItemView) -> dict[str, object]:
        """An item as read, in the terms the conflict table shows."""
        return {
            "done": item.item().is_done,
            "value": item.value or "",
            "note": item.note or "",
            "responsible": item.responsible or "",
            "due": item.due_on.isoformat() if item.due_on else "",
        }

    def _panel_values(self, done: bool) -> dict[str, object]:
        """What the user typed in the panel, in the same terms."""
        qdate = self.due.date()
        due = date(qdate.year(), qdate.month(), qdate.day()) if qdate.isValid() else None
        return {
            "done": done,
            "value": self.value.text(),
            "note": self.note.text(),
            "responsible": (
                self.responsible.currentText() if self.responsible.currentData() is not None else ""
            ),
            "due": due.isoformat() if due else "",
        }

    def _on_item_conflict(
        self, item: DealItemView, conflict: ConflictError, mine: dict[str, object]
    ) -> bool:
        """Another PC changed this item since it was read: show theirs against mine; reload
        theirs, or apply the user's changes (and tick) on top of theirs."""
        with self.context.db.reader() as session:
            fresh = next(
                i
                for i in deal_view(session, self.deal_id, actor_id=self.context.user_id).items
                if i.id == item.id
            )
        loaded = self._item_values(item)
        theirs = self._item_values(fresh)
        choice = ask_theirs_or_mine(self, str(conflict), self._labels(), loaded, theirs, mine)
        if choice != "mine":
            if choice == "reload":
                self.reload(item.id)
            return False
        merged = merge_mine(loaded, theirs, mine)
        try:
            if any(merged[k] != theirs[k] for k in ("value", "note", "responsible", "due")):
                responsible_id = (
                    fresh.responsible_id
                    if merged["responsible"] == theirs["responsible"]
                    else self._responsible_ids.get(str(merged["responsible"]))
                )
                self._update(item.id, fresh.version, merged, responsible_id)
                fresh = self._reread(item.id)
            if merged["done"] and not fresh.item().is_done:
                self._tick(item.id, fresh.version, str(merged["value"]) or None)
        except ConflictError as again:
            return self._on_item_conflict(self._reread(item.id), again, mine)
        except ShowroomError as error:
            self._show_error(error)
            return False
        self._changed(item.id)
        return True

    def _reread(self, item_id: int) -> DealItemView:
        with self.context.db.reader() as session:
            return next(
                i
                for i in deal_view(session, self.deal_id, actor_id=self.context.user_id).items
                if i.id == item_id
            )

    def reopen_current(self) -> bool:
        item = self.current_item()
        if item is None or not item.item().can_reopen():
            return False
        reason = ReasonDialog.ask(
            self,
            tr("Reopen “{title}”").format(title=item.title),
            tr("Why does this step have to be done again?"),
        )
        if reason is None:
            return False
        try:

            def _unit(session: Session) -> None:
                reopen_item(session, item.id, item.version, reason, self.context.user_id)

            run_in_transaction(self.context.db, _unit)
        except ShowroomError as error:
            self._show_error(error)
            return False
        self._changed(item.id)
        return True

    def save_current(self) -> bool:
        """Save the panel's value, note, responsible and due date for the selected item."""
        item = self.current_item()
        if item is None:
            return False
        mine = self._panel_values(done=item.item().is_done)
        try:
            self._update(item.id, item.version, mine, self.responsible.currentData())
        except ConflictError as conflict:
            return self._on_item_conflict(item, conflict, mine)
        except ShowroomError as error:
            self._show_error(error)
            return False
        self._changed(item.id)
        return True

    def add_to_current(self) -> int | None:
        if self.view is None or self.view.status is not DealStatus.OPEN:
            return None
        kind = self.current_kind()
        answer = AddItemDialog.ask(self, checklist_title(kind), self._today())
        if answer is None:
            return None
        title, needs_value, due = answer
        try:

            def _unit(session: Session) -> int:
                return add_item(
                    session,
                    self.deal_id,
                    kind,
                    title,
                    self.context.user_id,
                    needs_value=needs_value,
                    due_on=due,
                )

            item_id = run_in_transaction(self.context.db, _unit)
        except ShowroomError as error:
            self._show_error(error)
            return None
        self._changed(item_id)
        return item_id

    def _on_cancel_deal_clicked(self) -> None:
        if self.view is None or self.view.status is not DealStatus.OPEN:
            return
        reason = ReasonDialog.ask(
            self,
            tr("Cancel deal {id}").format(id=self.deal_id),
            tr("Why is the deal called off? Its car goes back into stock."),
        )
        if reason is None:
            return
        try:

            def _unit(session: Session) -> None:
                cancel_deal(session, self.deal_id, self.view.version, reason, self.context.user_id)

            run_in_transaction(self.context.db, _unit)
        except ShowroomError as error:
            self._show_error(error)
            return
        deal = frozenset({int(self.deal_id)})
        self.context.events.publish(Change("deals", deal), "vehicles", "interactions")
        self.reload()

    def _on_delivery_button_clicked(self) -> None:
        from showroom.deliveries.service import planned_delivery_of_deal
        from ui.dialogs.delivery_dialog import DeliveryDialog

        with self.context.db.reader() as session:
            delivery_id = planned_delivery_of_deal(session, self.deal_id)
        if delivery_id is not None:
            DeliveryDialog.open_delivery(self, self.context, delivery_id)
        else:
            DeliveryDialog.plan(self, self.context, deal_id=self.deal_id)
        self.reload()

    def _on_print_checklist_clicked(self) -> None:
        from ui.printing import print_form

        print_form(self, self.context, DocumentKind.DEAL_CHECKLIST, self.deal_id)

    def _on_print_steps_clicked(self) -> None:
        from ui.printing import print_form

        print_form(self, self.context, DocumentKind.NEXT_STEPS, self.deal_id)

    # --- keyboard ------------------------------------------------------------------------
    def _go_to_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.current_table().setFocus()

    def _focus_value(self) -> None:
        self.value.setFocus()
        self.value.selectAll()

    def _on_tabs_current_changed(self) -> None:
        table = self.current_table()
        if self.models[self.current_kind()].rowCount() and not table.currentIndex().isValid():
            table.selectRow(0)
        self._show_item()

    def _on_table_current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_item()

    def _on_table_double_clicked(self, _index: QModelIndex) -> None:
        self._focus_value()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and watched in self.tables.values()
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.tick_current()
            return True
        return super().eventFilter(watched, event)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, deal_id: int) -> None:
        dialog = cls(parent, context, deal_id)
        dialog.exec()
