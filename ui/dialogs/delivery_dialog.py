"""The delivery planner: plan a deal's delivery (date, time, bay, consultant, who attends),
then work its ceremony plan, PDI, documents, "we owe" items and handover details, complete
it (with a manager's override when the deal's checklists are open) and print the handover.

Open it with :meth:`DeliveryDialog.plan` (a new delivery) or
:meth:`DeliveryDialog.open_delivery`.
Every save is one unit of work through ``run_in_transaction``; the dialog re-reads the
delivery by id afterwards. Keyboard: Alt+letter reaches every field and button, Ctrl+1…5
the tabs, Space ticks the selected line, Ctrl+Return completes, Ctrl+P prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError, ValidationErrors
from showroom.deals.checklist import CHECKLIST_TITLES
from showroom.deliveries.domain import DeliveryStatus, ItemKind
from showroom.deliveries.service import (
    DeliveryBlocked,
    DeliveryDraft,
    DeliveryView,
    ItemView,
    OwedRow,
    add_owed,
    bays,
    cancel_delivery,
    complete_delivery,
    complete_owed,
    deals_to_deliver,
    delivery_staff,
    delivery_view,
    plan_delivery,
    reschedule_delivery,
    set_handover,
    set_item_responsible,
    tick_item,
)
from showroom.kernel.changes import Change
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.permissions import Action, allowed, is_manager
from showroom.kernel.slots import SlotConflict
from showroom.kernel.work import run_in_transaction
from showroom.test_drives.domain import local_instant
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine, merge_mine
from ui.dialogs.reason import ReasonDialog
from ui.errors import show_error
from ui.i18n import date_format
from ui.i18n.messages import error_text, rule_text
from ui.models.deals import checklist_title
from ui.models.detail_list import dtr
from ui.widgets.dates import DateField, TimeField, day_text
from ui.widgets.form import FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("DeliveryDialog", text)


# What a delivery's save may change besides the delivery itself.
ALSO_CHANGED = ("deals", "vehicles", "interactions", "customers")


def item_title(title: str) -> str:
    """A ceremony, PDI or document item as the screen shows it: the default items of the
    settings' templates in the user's language, an item the showroom typed as typed (the
    handover document does the same with the customer's language)."""
    defaults = {
        "Car washed and covered": tr("Car washed and covered"),
        "Ribbon or bow": tr("Ribbon or bow"),
        "Flowers": tr("Flowers"),
        "Welcome board with the customer's name": tr("Welcome board with the customer's name"),
        "Photo": tr("Photo"),
        "Key handover": tr("Key handover"),
        "Gift": tr("Gift"),
        "Service department introduction": tr("Service department introduction"),
        "Connected features set up (phone pairing, app)": tr(
            "Connected features set up (phone pairing, app)"
        ),
        "Exterior": tr("Exterior"),
        "Interior": tr("Interior"),
        "Fluids": tr("Fluids"),
        "Tyres": tr("Tyres"),
        "Accessories installed as ordered": tr("Accessories installed as ordered"),
        "Documents present": tr("Documents present"),
        "Fuel / charge level": tr("Fuel / charge level"),
        "Plates fitted": tr("Plates fitted"),
        "Owner's manual": tr("Owner's manual"),
        "Invoice": tr("Invoice"),
        "Registration certificate": tr("Registration certificate"),
        "Insurance policy": tr("Insurance policy"),
        "Warranty and service book": tr("Warranty and service book"),
        "Certificate of conformity": tr("Certificate of conformity"),
    }
    return defaults.get(title, title)


def checklists_text(open_lists: Sequence[str]) -> str:
    """The service's "Insurance 2/4" entries with each checklist's name in the user's
    language."""
    titles = {title: checklist_title(kind) for kind, title in CHECKLIST_TITLES.items()}
    shown = []
    for entry in open_lists:
        name, _, progress = entry.rpartition(" ")
        shown.append(f"{titles.get(name, name)} {progress}" if name else entry)
    return tr(", ").join(shown)


class ItemColumn(IntEnum):
    DONE = 0
    TITLE = 1
    RESPONSIBLE = 2
    DONE_BY = 3


class ItemsModel(QAbstractTableModel):
    """One of the delivery's lists; the tick column is checkable (Space toggles it)."""

    def __init__(self, dialog: DeliveryDialog, kind: ItemKind) -> None:
        super().__init__()
        self.dialog = dialog
        self.kind = kind
        self.items: list[ItemView] = []
        self.editable = True

    def set_items(self, items: list[ItemView], editable: bool) -> None:
        self.beginResetModel()
        self.items, self.editable = items, editable
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ItemColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {
                ItemColumn.DONE: tr("Done"),
                ItemColumn.TITLE: tr("Item"),
                ItemColumn.RESPONSIBLE: tr("Responsible"),
                ItemColumn.DONE_BY: tr("Ticked by"),
            }[ItemColumn(section)]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == ItemColumn.DONE and self.editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = ItemColumn(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column == ItemColumn.DONE:
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == ItemColumn.TITLE:
                return item_title(item.title)
            if column == ItemColumn.RESPONSIBLE:
                return item.responsible or ""
            if column == ItemColumn.DONE_BY and item.done_at is not None:
                done = item.done_at.astimezone(self.dialog.zone)
                when = f"{day_text(done)} {done:%H:%M}"
                return f"{item.done_by or ''} · {when}"
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != ItemColumn.DONE:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        return self.dialog.tick(self.items[index.row()], checked)


class OwedModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[OwedRow] = []

    def set_rows(self, rows: list[OwedRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Promised by"), tr("What"), tr("Done"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return row.promised_on.isoformat() if row.promised_on else tr("to be agreed")
        if index.column() == 1:
            return row.text
        return tr("done") if row.done_at else ""


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)
    return view


class DeliveryDialog(QDialog):
    """Plan a delivery, then work it through to the handover."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        delivery_id: int | None = None,
        *,
        deal_id: int | None = None,
        start: datetime | None = None,
        bay: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery_id = delivery_id
        self.view: DeliveryView | None = None
        self.zone = ZoneInfo(context.settings.timezone)
        self.setObjectName("deliveryDialog")
        self.resize(980, 700)
        self.boxes: dict[str, FieldBox] = {}

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_plan_tab(deal_id, start, bay), tr("&Plan"))
        self.models: dict[ItemKind, ItemsModel] = {}
        self.tables: dict[ItemKind, QTableView] = {}
        for kind, title in (
            (ItemKind.CEREMONY, tr("Ce&remony")),
            (ItemKind.PDI, tr("P&DI")),
            (ItemKind.DOCUMENTS, tr("D&ocuments")),
        ):
            self.tabs.addTab(self._build_items_tab(kind), title)
        self.tabs.addTab(self._build_owed_tab(), tr("&We owe"))
        for number in range(self.tabs.count()):
            QShortcut(
                QKeySequence(f"Ctrl+{number + 1}"),
                self,
                lambda n=number: self.tabs.setCurrentIndex(n),
            )

        self.header = QLabel()
        self.header.setObjectName("deliveryHeader")
        self.header.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.readiness = QLabel()
        self.readiness.setObjectName("readiness")
        self.readiness.setWordWrap(True)
        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        self.complete_button = QPushButton(tr("Co&mplete delivery…"))
        self.complete_button.setObjectName("completeDelivery")
        self.complete_button.setToolTip(tr("Hand the car over (Ctrl+Return)"))
        self.complete_button.clicked.connect(self._on_complete_button_clicked)
        self.print_button = QPushButton(tr("Print &handover…"))
        self.print_button.setObjectName("printHandover")
        self.print_button.setToolTip(tr("Print the handover document (Ctrl+P)"))
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.cancel_button = QPushButton(tr("Ca&ncel delivery…"))
        self.cancel_button.setObjectName("cancelDelivery")
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        close = QPushButton(tr("Close"))
        close.setObjectName("closeDelivery")
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_complete_button_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_button_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.complete_button)
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.readiness)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(bottom)
        self.reload()

    # --- building -------------------------------------------------------------------------
    def _box(self, editor: QWidget, field: str) -> FieldBox:
        box = FieldBox(editor, field)
        self.boxes[field] = box
        return box

    def _build_plan_tab(
        self, deal_id: int | None, start: datetime | None, bay: str | None
    ) -> QWidget:
        with self.context.db.reader() as session:
            self.deal_choices = deals_to_deliver(session, self.context.user_id)
            self.staff = delivery_staff(session)
        self.deal = QComboBox()
        self.deal.setObjectName("deal")
        for choice in self.deal_choices:
            self.deal.addItem(
                f"{choice.customer_name} · {dtr(choice.vehicle)} · {tr('deal')} {choice.deal_id}",
                choice.deal_id,
            )
        if deal_id is not None:
            index = self.deal.findData(deal_id)
            if index < 0:
                self.deal.addItem(f"{tr('deal')} {deal_id}", deal_id)
                index = self.deal.count() - 1
            self.deal.setCurrentIndex(index)
        self.deal.currentIndexChanged.connect(self._on_deal_current_index_changed)

        local = (start or self._next_hour()).astimezone(self.zone)
        self.day = DateField(QDate(local.year, local.month, local.day))
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format("ddd d MMM yyyy"))
        self.at = TimeField(QTime(local.hour, local.minute))
        self.at.setObjectName("time")
        self.at.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(15, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setValue(self.context.settings.delivery_minutes)
        self.bay = QComboBox()
        self.bay.setObjectName("bay")
        self.bay.addItems(list(bays(self.context.settings)))
        if bay:
            self.bay.setCurrentText(bay)
        self.consultant = QComboBox()
        self.consultant.setObjectName("consultant")
        self.manager = QComboBox()
        self.manager.setObjectName("manager")
        self.manager.addItem(tr("(none)"), None)
        for member in self.staff:
            self.consultant.addItem(member.name, member.id)
            if is_manager(member.role):
                self.manager.addItem(member.name, member.id)
        self._on_deal_current_index_changed()
        self.adviser = QLineEdit()
        self.adviser.setObjectName("serviceAdviser")
        self.adviser.setMaxLength(120)
        self.party = QLineEdit()
        self.party.setObjectName("party")
        self.party.setMaxLength(300)
        self.party.setPlaceholderText(tr("e.g. the customer, their partner and two children"))
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaxLength(500)
        self.keys = QSpinBox()
        self.keys.setObjectName("keys")
        self.keys.setRange(0, 10)
        self.keys.setValue(2)
        self.odometer = QSpinBox()
        self.odometer.setObjectName("odometer")
        self.odometer.setRange(0, 2_000_000)
        self.odometer.setSuffix(tr(" km"))

        self.save_button = QPushButton(tr("Save plan"))
        self.save_button.setObjectName("savePlan")
        self.save_button.setToolTip(tr("Plan the delivery, or save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)

        form = QFormLayout()
        rows: list[tuple[str, QWidget, str]] = [
            (tr("D&eal"), self.deal, "deal"),
            (tr("D&ate"), self.day, "date and time"),
            (tr("T&ime"), self.at, "time"),
            (tr("&Length"), self.minutes, "duration"),
            (tr("&Bay"), self.bay, "bay"),
            (tr("&Consultant"), self.consultant, "consultant"),
            (tr("Mana&ger"), self.manager, "manager"),
            (tr("Service ad&viser"), self.adviser, "service adviser"),
            (tr("A&ttendees"), self.party, "attendees"),
            (tr("Note&s"), self.notes, "notes"),
            (tr("&Keys handed over"), self.keys, "keys handed over"),
            (tr("Odometer at handover"), self.odometer, "odometer"),
        ]
        for label, editor, field in rows:
            caption = QLabel(label)
            caption.setBuddy(editor)
            form.addRow(caption, self._box(editor, field))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def _build_items_tab(self, kind: ItemKind) -> QWidget:
        model = ItemsModel(self, kind)
        table = _table(model, f"items:{kind.value}")
        table.setColumnWidth(ItemColumn.DONE, 70)
        table.setColumnWidth(ItemColumn.TITLE, 380)
        table.setColumnWidth(ItemColumn.RESPONSIBLE, 180)
        self.models[kind], self.tables[kind] = model, table
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        hint = QLabel(tr("Space ticks the selected line."))
        hint.setStyleSheet("color: #616161;")
        row = QHBoxLayout()
        row.addWidget(hint)
        row.addStretch(1)
        if kind is ItemKind.CEREMONY:
            self.responsible = QComboBox()
            self.responsible.setObjectName("responsible")
            self.responsible.addItem(tr("(nobody yet)"), None)
            for member in self.staff:
                self.responsible.addItem(member.name, member.id)
            caption = QLabel(tr("Responsi&ble:"))
            caption.setBuddy(self.responsible)
            assign = QPushButton(tr("&Assign"))
            assign.setObjectName("assignResponsible")
            assign.clicked.connect(self._on_assign_button_clicked)
            row.addWidget(caption)
            row.addWidget(self.responsible)
            row.addWidget(assign)
        layout.addLayout(row)
        return tab

    def _build_owed_tab(self) -> QWidget:
        self.owed_model = OwedModel()
        self.owed_table = _table(self.owed_model, "owedItems")
        self.owed_table.setColumnWidth(0, 140)
        self.owed_table.setColumnWidth(1, 520)
        self.owed_text = QLineEdit()
        self.owed_text.setObjectName("owedText")
        self.owed_text.setMaxLength(300)
        self.owed_text.setPlaceholderText(tr("e.g. second key fob, roof bars to fit"))
        self.owed_date = DateField()
        self.owed_date.setObjectName("owedDate")
        self.owed_date.setCalendarPopup(True)
        self.owed_date.setDisplayFormat(date_format("ddd d MMM yyyy"))
        today = datetime.now(self.zone).date()
        self.owed_date.setDate(QDate(today.year, today.month, today.day).addDays(7))
        self.owed_text.returnPressed.connect(self._on_add_owed_button_clicked)
        add = QPushButton(tr("Add"))
        add.setObjectName("addOwed")
        add.setToolTip(tr("Add what is owed (Return)"))
        add.clicked.connect(self._on_add_owed_button_clicked)
        self.owed_done = QPushButton(tr("Mark &fulfilled"))
        self.owed_done.setObjectName("owedDone")
        self.owed_done.clicked.connect(self._on_owed_done_button_clicked)
        entry = QHBoxLayout()
        caption = QLabel(tr("Owed &item:"))
        caption.setBuddy(self.owed_text)
        entry.addWidget(caption)
        entry.addWidget(self._box(self.owed_text, "we owe"), 1)
        promised = QLabel(tr("Promised b&y:"))
        promised.setBuddy(self.owed_date)
        entry.addWidget(promised)
        entry.addWidget(self._box(self.owed_date, "promised date"))
        entry.addWidget(add)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.owed_table, 1)
        layout.addLayout(entry)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.owed_done)
        layout.addLayout(row)
        return tab

    def _next_hour(self) -> datetime:
        """The next full hour within showroom hours (10:00 the next morning after 18:00)."""
        now = datetime.now(self.zone)
        moment = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        if moment.hour < 9:
            return moment.replace(hour=10)
        if moment.hour >= 18:
            return (moment + timedelta(days=1)).replace(hour=10)
        return moment

    # --- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        planned = self.delivery_id is None
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, not planned)
        if self.delivery_id is None:
            self.setWindowTitle(tr("Plan delivery"))
            self.header.setText(tr("Plan delivery"))
            self.readiness.setText(
                tr("Choose the deal, the time, the bay and who attends; Ctrl+S plans it.")
            )
            for widget in (self.complete_button, self.print_button, self.cancel_button):
                widget.setEnabled(False)
            self.keys.setEnabled(False)
            self.odometer.setEnabled(False)
            self.deal.setFocus()
            return
        with self.context.db.reader() as session:
            view = delivery_view(session, self.delivery_id, self.context.user_id)
        self.view = view
        local = view.starts_at.astimezone(self.zone)
        title = tr("Delivery {number}: {customer}").format(
            number=view.id, customer=view.customer_name
        )
        self.setWindowTitle(title)
        self.header.setText(
            f"{title} · {view.make} {view.model} · "
            f"{day_text(local, date_format('ddd d MMM yyyy'))} {local:%H:%M} · {view.bay}"
        )
        index = self.deal.findData(view.deal_id)
        if index < 0:
            self.deal.addItem(f"{view.customer_name} · {tr('deal')} {view.deal_id}", view.deal_id)
            index = self.deal.count() - 1
        self.deal.setCurrentIndex(index)
        self.deal.setEnabled(False)
        self.day.setDate(QDate(local.year, local.month, local.day))
        self.at.setTime(QTime(local.hour, local.minute))
        self.minutes.setValue(int((view.ends_at - view.starts_at).total_seconds() // 60))
        self.bay.setCurrentText(view.bay)
        self.consultant.setCurrentIndex(max(0, self.consultant.findData(view.consultant_id)))
        self.manager.setCurrentIndex(max(0, self.manager.findData(view.manager_id)))
        self.adviser.setText(view.service_adviser or "")
        self.party.setText(view.party or "")
        self.notes.setText(view.notes or "")
        self.keys.setValue(view.keys_count)
        self.odometer.setValue(view.odometer_km or 0)
        editable = view.status is DeliveryStatus.PLANNED
        for kind, model in self.models.items():
            model.set_items(view.of_kind(kind), editable)
        self.owed_model.set_rows(list(view.owed))
        ready = view.readiness
        status = {
            DeliveryStatus.PLANNED: tr("Planned"),
            DeliveryStatus.COMPLETED: tr("Handed over"),
            DeliveryStatus.CANCELLED: tr("Cancelled"),
        }[view.status]
        parts = [status, ready.summary(dtr)]
        if view.open_checklists:
            parts.append(tr("open: {lists}").format(lists=checklists_text(view.open_checklists)))
        if view.override_reason:
            parts.append(
                tr("overridden by {who}: {reason}").format(
                    who=view.override_by or "", reason=view.override_reason
                )
            )
        self.readiness.setText(" · ".join(parts))
        self.readiness.setStyleSheet(
            "color: #2E7D32;" if ready.ready or not editable else "color: #E65100;"
        )
        for widget in (
            self.save_button,
            self.complete_button,
            self.cancel_button,
            self.day,
            self.at,
            self.minutes,
            self.bay,
            self.consultant,
            self.manager,
            self.adviser,
            self.party,
            self.notes,
            self.keys,
            self.odometer,
        ):
            widget.setEnabled(editable)
        self.print_button.setEnabled(view.status is not DeliveryStatus.CANCELLED)

    # --- errors ---------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()

    def _publish(self, *more: str) -> None:
        """Tell the pages this delivery (and what a delivery touches) changed."""
        ids = frozenset({int(self.delivery_id)}) if self.delivery_id is not None else frozenset()
        self.context.events.publish(Change("deliveries", ids), *ALSO_CHANGED, *more)

    def _show_error(self, error: ShowroomError) -> None:
        errors = (
            error.errors
            if isinstance(error, ValidationErrors)
            else [error]
            if isinstance(error, ValidationError)
            else []
        )
        shown = False
        for item in errors:
            box = self.boxes.get(item.field)
            if box is not None:
                box.show_error(rule_text(item))
                shown = True
        if not shown:
            self.general_error.setText(error_text(error))
            self.general_error.show()

    def _run(self, work: Any) -> bool:
        self._clear_errors()
        try:
            run_in_transaction(self.context.db, work)
        except ShowroomError as error:
            self._show_error(error)
            return False
        self._publish()
        return True

    # --- planning -------------------------------------------------------------------------
    def draft(self) -> DeliveryDraft:
        qdate, qtime = self.day.date(), self.at.time()
        day = date(qdate.year(), qdate.month(), qdate.day())
        start = local_instant(day, time(qtime.hour(), qtime.minute()), self.zone, "date and time")
        return DeliveryDraft(
            deal_id=self.deal.currentData(),
            start=start,
            bay=self.bay.currentText(),
            consultant_id=self.consultant.currentData(),
            minutes=self.minutes.value(),
            manager_id=self.manager.currentData(),
            service_adviser=self.adviser.text(),
            party=self.party.text(),
            notes=self.notes.text(),
        )

    def _on_deal_current_index_changed(self) -> None:
        choice = next((c for c in self.deal_choices if c.deal_id == self.deal.currentData()), None)
        wanted = choice.consultant_id if choice else None
        index = self.consultant.findData(wanted if wanted is not None else self.context.user_id)
        if index >= 0:
            self.consultant.setCurrentIndex(index)

    def _on_save_button_clicked(self) -> None:
        self._clear_errors()
        try:
            draft = self.draft()
        except ValidationError as error:
            self._show_error(error)
            return
        settings = self.context.settings
        user = self.context.user_id
        if self.delivery_id is None:
            created: list[int] = []

            def plan(session: Any) -> None:
                created.append(plan_delivery(session, draft, user, settings))

            if self._run(plan):
                self.delivery_id = created[-1]
                self.reload()
                self.tabs.setCurrentIndex(1)
            return
        assert self.view is not None
        mine = self._plan_values(draft, self.keys.value(), self.odometer.value() or None)
        self._save_plan(self.view, self.delivery_id, draft, mine)

    def _save_plan(
        self, view: DeliveryView, delivery_id: int, draft: DeliveryDraft, mine: dict[str, object]
    ) -> None:
        settings, user = self.context.settings, self.context.user_id
        keys, odometer = int(str(mine["keys"])), mine["odometer"]

        def save(session: Any) -> None:
            reschedule_delivery(session, delivery_id, view.version, draft, user, settings)
            version = delivery_view(session, delivery_id, user).version
            set_handover(
                session, delivery_id, version, keys, odometer if isinstance(odometer, int) else None,
                user,
            )  # fmt: skip

        self._clear_errors()
        try:
            run_in_transaction(self.context.db, save)
        except SlotConflict as taken:  # the bay or consultant is held: not a stale edit
            self._show_error(taken)
            return
        except ConflictError as conflict:
            self._on_plan_conflict(conflict, view, delivery_id, draft, mine)
            return
        except ShowroomError as error:
            self._show_error(error)
            return
        self._publish()
        self.reload()

    def _plan_values(
        self, draft: DeliveryDraft, keys: int, odometer: int | None
    ) -> dict[str, object]:
        start = draft.start.astimezone(self.zone).strftime("%Y-%m-%d %H:%M") if draft.start else ""
        return {
            "start": start,
            "minutes": draft.minutes,
            "bay": draft.bay,
            "consultant": draft.consultant_id,
            "manager": draft.manager_id,
            "adviser": draft.service_adviser or "",
            "party": draft.party or "",
            "notes": draft.notes or "",
            "keys": keys,
            "odometer": odometer,
        }

    def _view_values(self, view: DeliveryView) -> dict[str, object]:
        minutes = int((view.ends_at - view.starts_at).total_seconds() // 60)
        draft = DeliveryDraft(
            view.deal_id, view.starts_at, view.bay, view.consultant_id, minutes,
            view.manager_id, view.service_adviser or "", view.party or "", view.notes or "",
        )  # fmt: skip
        return self._plan_values(draft, view.keys_count, view.odometer_km)

    def _on_plan_conflict(
        self,
        conflict: ConflictError,
        view: DeliveryView,
        delivery_id: int,
        draft: DeliveryDraft,
        mine: dict[str, object],
    ) -> None:
        """Another PC changed the delivery since it was shown: theirs against mine, then
        reload theirs or save the fields this user changed on top of theirs."""
        with self.context.db.reader() as session:
            fresh = delivery_view(session, delivery_id, self.context.user_id)
        loaded, theirs = self._view_values(view), self._view_values(fresh)
        labels = {
            "start": tr("Date and time"),
            "minutes": tr("Length (minutes)"),
            "bay": tr("Bay"),
            "consultant": tr("Consultant"),
            "manager": tr("Manager"),
            "adviser": tr("Service adviser"),
            "party": tr("Customer's party"),
            "notes": tr("Notes"),
            "keys": tr("Keys handed over"),
            "odometer": tr("Odometer (km)"),
        }
        choice = ask_theirs_or_mine(self, str(conflict), labels, loaded, theirs, mine)
        if choice == "mine":
            merged = merge_mine(loaded, theirs, mine)
            start = datetime.strptime(str(merged["start"]), "%Y-%m-%d %H:%M").replace(
                tzinfo=self.zone
            )
            again = DeliveryDraft(
                draft.deal_id,
                start,
                str(merged["bay"]),
                merged["consultant"] if isinstance(merged["consultant"], int) else None,
                merged["minutes"] if isinstance(merged["minutes"], int) else None,
                merged["manager"] if isinstance(merged["manager"], int) else None,
                str(merged["adviser"]),
                str(merged["party"]),
                str(merged["notes"]),
            )
            self._save_plan(fresh, delivery_id, again, merged)
            return
        self.reload()
        if choice == "reload":
            self.general_error.setText(tr("Reloaded the delivery another PC saved."))
        else:
            self.general_error.setText(str(conflict))
        self.general_error.show()

    # --- the lists ------------------------------------------------------------------------
    def tick(self, item: ItemView, done: bool) -> bool:
        user = self.context.user_id
        ok = self._run(lambda s: tick_item(s, item.id, item.version, done, user))
        self.reload()
        return ok

    def _on_assign_button_clicked(self) -> None:
        table = self.tables[ItemKind.CEREMONY]
        row = table.currentIndex().row()
        items = self.models[ItemKind.CEREMONY].items
        if not 0 <= row < len(items):
            return
        item, who, user = items[row], self.responsible.currentData(), self.context.user_id
        self._run(lambda s: set_item_responsible(s, item.id, item.version, who, user))
        self.reload()
        table.selectRow(row)

    def _on_add_owed_button_clicked(self) -> None:
        if self.delivery_id is None:
            return
        qdate = self.owed_date.date()
        promised = date(qdate.year(), qdate.month(), qdate.day())
        text, delivery_id = self.owed_text.text(), self.delivery_id
        user, settings = self.context.user_id, self.context.settings
        if self._run(lambda s: add_owed(s, delivery_id, text, promised, user, settings)):
            self.owed_text.clear()
            self.reload()
            self.owed_text.setFocus()

    def _on_owed_done_button_clicked(self) -> None:
        row = self.owed_table.currentIndex().row()
        rows = self.owed_model.rows
        if not 0 <= row < len(rows) or rows[row].done_at is not None:
            return
        item, user = rows[row], self.context.user_id
        self._run(lambda s: complete_owed(s, item.id, item.version, user))
        self.reload()

    # --- completing, printing, cancelling -------------------------------------------------
    def _on_complete_button_clicked(self) -> None:
        if self.view is None or not self.complete_button.isEnabled():
            return
        view, user, settings = self.view, self.context.user_id, self.context.settings
        self._clear_errors()
        try:
            run_in_transaction(
                self.context.db,
                lambda s: complete_delivery(s, view.id, view.version, user, settings),
            )
        except DeliveryBlocked as blocked:
            if not allowed(self.context.user_role, Action.OVERRIDE_DELIVERY_BLOCK):
                self._show_error(blocked)
                return
            reason = ReasonDialog.ask(
                self,
                tr("Override the open checklists"),
                tr(
                    "The deal's checklists are still open ({lists}). To hand the car over "
                    "anyway, write why; the reason is kept with the delivery."
                ).format(lists=checklists_text(blocked.open_checklists)),
            )
            if reason is None:
                return
            try:
                run_in_transaction(
                    self.context.db,
                    lambda s: complete_delivery(
                        s, view.id, view.version, user, settings, override_reason=reason
                    ),
                )
            except ShowroomError as error:
                self._show_error(error)
                return
        except ShowroomError as error:
            self._show_error(error)
            return
        self._publish("follow_ups")
        self.reload()
        self.readiness.setText(
            tr(
                "Handed over: {customer} now owns the car; the satisfaction calls are scheduled."
            ).format(customer=view.customer_name)
        )

    def _on_print_button_clicked(self) -> None:
        if self.delivery_id is None or not self.print_button.isEnabled():
            return
        from ui.printing import print_form

        print_form(self, self.context, DocumentKind.HANDOVER, self.delivery_id)

    def _on_cancel_button_clicked(self) -> None:
        if self.view is None:
            return
        reason = ReasonDialog.ask(
            self, tr("Cancel delivery"), tr("Why is the delivery called off?")
        )
        if reason is None:
            return
        view, user = self.view, self.context.user_id
        if self._run(lambda s: cancel_delivery(s, view.id, view.version, reason, user)):
            self.reload()

    # --- opening --------------------------------------------------------------------------
    @classmethod
    def plan(
        cls,
        parent: QWidget | None,
        context: AppContext,
        *,
        deal_id: int | None = None,
        start: datetime | None = None,
        bay: str | None = None,
    ) -> int | None:
        """Plan a new delivery; returns its id, or None if none was planned."""
        dialog = cls(parent, context, None, deal_id=deal_id, start=start, bay=bay)
        dialog.exec()
        return dialog.delivery_id

    @classmethod
    def open_delivery(cls, parent: QWidget | None, context: AppContext, delivery_id: int) -> None:
        """Open a delivery; a user who may not see its customer is told so, plainly."""
        try:
            with context.db.reader() as session:
                delivery_view(session, delivery_id, context.user_id)
        except ShowroomError as error:
            show_error(parent, error_text(error), tr("The delivery cannot be opened"))
            return
        dialog = cls(parent, context, delivery_id)
        dialog.exec()
