"""The purchase plan editor: needs, the car (from stock or to order), boutique accessories,
price lines and payment, with the totals and the monthly payment computed as you type.

The plan is read when the dialog opens and saved in one short unit of work carrying the
version it read (a transaction held open while someone types would block other PCs on
SQLite). Every broken rule is shown beside its field, named and explained; nothing is
written then.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
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
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError, ValidationErrors
from showroom.customers.service import get_customer
from showroom.deals.domain import (
    AccessoryChoice,
    AccessoryLine,
    PaymentMethod,
    PlanDraft,
    PlanStatus,
    PriceDraft,
    compute_totals,
    validate_price,
)
from showroom.deals.plans import create_plan, plan_view, update_plan
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.money import format_amount, format_money
from showroom.kernel.work import Session, run_in_transaction
from showroom.vehicles.boutique import list_boutique
from showroom.vehicles.inventory import InventoryFilter, search_stock
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine, flatten, merge_mine, unflatten
from ui.i18n.messages import error_text, rule_text
from ui.models.deals import payment_label
from ui.widgets.form import FieldBox
from ui.widgets.item_colours import COMPACT_HEADER

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanEditor", text)


@dataclass
class _Line:
    boutique_item_id: int
    name: str
    unit_price: Decimal
    quantity: int


class AccessoryColumn(IntEnum):
    NAME = 0
    QUANTITY = 1
    EACH = 2
    AMOUNT = 3


class AccessoryLinesModel(QAbstractTableModel):
    """The plan's accessories; the quantity is edited in place (F2 or typing)."""

    def __init__(self, currency: str, locale: str) -> None:
        super().__init__()
        self.currency = currency
        self.locale = locale
        self.lines: list[_Line] = []
        self.headers = [tr("Accessory"), tr("Qty"), tr("Each"), tr("Amount")]

    def set_lines(self, lines: list[_Line]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def add(self, line: _Line) -> None:
        for index, existing in enumerate(self.lines):
            if existing.boutique_item_id == line.boutique_item_id:
                existing.quantity = min(99, existing.quantity + line.quantity)
                self.dataChanged.emit(self.index(index, 0), self.index(index, 3))
                return
        self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines))
        self.lines.append(line)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AccessoryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == AccessoryColumn.QUANTITY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = AccessoryColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not AccessoryColumn.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole and column is AccessoryColumn.QUANTITY:
            return line.quantity
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is AccessoryColumn.NAME:
            return line.name
        if column is AccessoryColumn.QUANTITY:
            return str(line.quantity)
        if column is AccessoryColumn.EACH:
            return format_money(line.unit_price, self.currency, self.locale)
        return format_money(line.unit_price * line.quantity, self.currency, self.locale)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != AccessoryColumn.QUANTITY or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            quantity = int(value)
        except (TypeError, ValueError):
            return False
        if not 1 <= quantity <= 99:
            return False
        self.lines[index.row()].quantity = quantity
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        return True


def _money_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(20)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


class PlanEditorDialog(QDialog):
    """Open with :meth:`ask` (a new plan for a customer, or an existing plan)."""

    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        customer_id: int,
        plan_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.plan_id = plan_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self.currency = context.settings.currency
        self.locale = context.settings.locale
        self.read_only = False
        self.setObjectName("planEditor")
        self.resize(1240, 900)

        with context.db.reader() as session:
            self.customer_name = get_customer(session, customer_id).full_name
            view = (
                plan_view(session, plan_id, actor_id=self.context.user_id)
                if plan_id is not None
                else None
            )
            if view is not None:
                self.currency = view.currency
                self.version = view.version
                self.read_only = view.status is not PlanStatus.OPEN
            self.catalogue = list_boutique(session)
            self.stock = search_stock(session, InventoryFilter(available_only=True))
            if (
                view is not None
                and view.vehicle_id is not None
                and all(int(car.id) != view.vehicle_id for car in self.stock)
            ):
                # The plan's car is reserved or sold by now: still show it.
                held = [
                    car
                    for car in search_stock(session, InventoryFilter())
                    if int(car.id) == view.vehicle_id
                ]
                self.stock = held + self.stock
        self.boxes: dict[str, FieldBox] = {}
        self.accessories = AccessoryLinesModel(self.currency, self.locale)

        self.header = QLabel()
        self.header.setObjectName("planHeader")
        self.header.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(self._build_needs(), 0, 0)
        grid.addWidget(self._build_car(), 1, 0)
        grid.addWidget(self._build_accessories(), 2, 0)
        grid.addWidget(self._build_price(), 0, 1, 2, 1)
        grid.addWidget(self._build_totals(), 2, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("savePlan")
        self.save_button.setToolTip(tr("Save the plan and close (Ctrl+S)"))
        self.print_button = buttons.addButton(
            tr("&Print proposal…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("printPlan")
        self.print_button.setToolTip(tr("Save, then print the proposal to sign (Ctrl+P)"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        close.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_button_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        self._load(view)
        self._remember(view)
        for edit in self._watched():
            edit.textChanged.connect(self._on_figures_changed)
        self.accessories.dataChanged.connect(self._on_figures_changed)
        self.accessories.rowsInserted.connect(self._on_figures_changed)
        self.accessories.rowsRemoved.connect(self._on_figures_changed)
        self.accessories.modelReset.connect(self._on_figures_changed)
        self._on_figures_changed()
        if self.read_only:
            self._freeze(view.status.value if view else "")

    # --- building ------------------------------------------------------------------------
    def _field(self, form: QFormLayout, label: str, editor: QWidget, rule: str) -> FieldBox:
        box = FieldBox(editor, rule)
        self.boxes[rule] = box
        buddy = QLabel(label)
        buddy.setBuddy(editor)
        form.addRow(buddy, box)
        return box

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return group, form

    def _build_needs(self) -> QGroupBox:
        group, form = self._form(tr("Needs"))
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setMaxLength(60)
        self.title.setPlaceholderText(tr("Plan A, Plan B… (given if left empty)"))
        self.budget = _money_edit("budget")
        self.use = QLineEdit()
        self.use.setObjectName("use")
        self.use.setMaxLength(300)
        self.use.setPlaceholderText(tr("Commuting, family, towing…"))
        self.must_haves = QLineEdit()
        self.must_haves.setObjectName("mustHaves")
        self.must_haves.setMaxLength(500)
        self._field(form, tr("Plan &title:"), self.title, "title")
        self._field(form, tr("&Budget:"), self.budget, "budget")
        self._field(form, tr("&Use:"), self.use, "use")
        self._field(form, tr("&Must-haves:"), self.must_haves, "must-haves")
        return group

    def _build_car(self) -> QGroupBox:
        group = QGroupBox(tr("Car"))
        layout = QVBoxLayout(group)
        self.from_stock = QRadioButton(tr("From s&tock"))
        self.from_stock.setObjectName("fromStock")
        self.to_order = QRadioButton(tr("A model to &order"))
        self.to_order.setObjectName("toOrder")
        choice = QButtonGroup(self)
        choice.addButton(self.from_stock)
        choice.addButton(self.to_order)
        self.vehicle = QComboBox()
        self.vehicle.setObjectName("vehicle")
        self.vehicle.setEditable(True)
        self.vehicle.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.vehicle.addItem("", None)
        for car in self.stock:
            price = (
                format_money(car.list_price, self.currency, self.locale)
                if car.list_price is not None
                else ""
            )
            text = " · ".join(
                part
                for part in (
                    car.stock_number or car.vin,
                    f"{car.description}, {car.colour}" if car.colour else car.description,
                    str(car.year or ""),
                    price,
                )
                if part
            )
            self.vehicle.addItem(text, int(car.id))
        completer = self.vehicle.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.vehicle.lineEdit().setPlaceholderText(  # type: ignore[union-attr]
            tr("Type a stock number, model or colour")
        )
        self.vehicle.currentIndexChanged.connect(self._on_vehicle_current_index_changed)
        stock_box = FieldBox(self.vehicle, "vehicle")
        self.boxes["vehicle"] = stock_box

        self.make = QLineEdit()
        self.make.setObjectName("make")
        self.model = QLineEdit()
        self.model.setObjectName("model")
        self.trim = QLineEdit()
        self.trim.setObjectName("trim")
        self.colour = QLineEdit()
        self.colour.setObjectName("colour")
        order = QWidget()
        order_grid = QGridLayout(order)
        order_grid.setContentsMargins(24, 0, 0, 0)
        for position, (label, editor, rule) in enumerate(
            (
                (tr("Ma&ke:"), self.make, "make"),
                (tr("Mo&del:"), self.model, "model"),
                (tr("Tri&m:"), self.trim, "trim"),
                (tr("Co&lour:"), self.colour, "colour"),
            )
        ):
            box = FieldBox(editor, rule)
            self.boxes[rule] = box
            buddy = QLabel(label)
            buddy.setBuddy(editor)
            row, column = divmod(position, 2)
            order_grid.addWidget(buddy, row, column * 2, Qt.AlignmentFlag.AlignTop)
            order_grid.addWidget(box, row, column * 2 + 1)
        order_grid.setColumnStretch(1, 1)
        order_grid.setColumnStretch(3, 1)
        self.order_box = order

        stock_row = QHBoxLayout()
        stock_row.setContentsMargins(24, 0, 0, 0)
        stock_row.addWidget(stock_box)
        layout.addWidget(self.from_stock)
        layout.addLayout(stock_row)
        layout.addWidget(self.to_order)
        layout.addWidget(order)
        self.from_stock.toggled.connect(self._on_from_stock_toggled)
        return group

    def _build_accessories(self) -> QGroupBox:
        group = QGroupBox(tr("Accessories from the boutique"))
        layout = QVBoxLayout(group)
        self.boutique = QComboBox()
        self.boutique.setObjectName("boutique")
        for item in self.catalogue:
            self.boutique.addItem(
                f"{item.name} · {format_money(item.price, self.currency, self.locale)}", item.id
            )
        self.quantity = QSpinBox()
        self.quantity.setObjectName("quantity")
        self.quantity.setRange(1, 99)
        self.add_accessory = QPushButton(tr("&Add"))
        self.add_accessory.setObjectName("addAccessory")
        self.add_accessory.clicked.connect(self._on_add_accessory_clicked)
        self.remove_accessory = QPushButton(tr("Remo&ve"))
        self.remove_accessory.setObjectName("removeAccessory")
        self.remove_accessory.setToolTip(tr("Remove the selected accessory (Delete)"))
        self.remove_accessory.clicked.connect(self._on_remove_accessory_clicked)
        row = QHBoxLayout()
        row.addWidget(self.boutique, 1)
        row.addWidget(QLabel(tr("Qty:")))
        row.addWidget(self.quantity)
        row.addWidget(self.add_accessory)
        row.addWidget(self.remove_accessory)
        self.accessory_view = QTableView()
        self.accessory_view.setObjectName("accessories")
        self.accessory_view.setModel(self.accessories)
        self.accessory_view.setStyleSheet(COMPACT_HEADER)
        self.accessory_view.verticalHeader().setVisible(False)
        self.accessory_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accessory_view.setMinimumHeight(110)
        header = self.accessory_view.horizontalHeader()
        header.setSectionResizeMode(AccessoryColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (AccessoryColumn.QUANTITY, 60),
            (AccessoryColumn.EACH, 110),
            (AccessoryColumn.AMOUNT, 110),
        ):
            self.accessory_view.setColumnWidth(column, width)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.accessory_view,
            self._on_remove_accessory_clicked,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        box = FieldBox(self.accessory_view, "accessories")
        self.boxes["accessories"] = box
        self.boxes["quantity"] = box
        layout.addLayout(row)
        layout.addWidget(box, 1)
        return group

    def _build_price(self) -> QGroupBox:
        group = QGroupBox(tr("Price and payment ({currency})").format(currency=self.currency))
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.list_price = _money_edit("listPrice")
        self.discount = _money_edit("discount")
        self.fees = _money_edit("fees")
        self.fees.setToolTip(tr("Registration, number plates and delivery"))
        self.trade_in = _money_edit("tradeIn")
        self.trade_in_description = QLineEdit()
        self.trade_in_description.setObjectName("tradeInDescription")
        self.trade_in_description.setMaxLength(200)
        self.trade_in_description.setPlaceholderText(tr("Make, model, year, mileage"))
        self.payment = QComboBox()
        self.payment.setObjectName("payment")
        for method in PaymentMethod:
            self.payment.addItem(payment_label(method.value), method.value)
        self.payment.currentIndexChanged.connect(self._on_payment_current_index_changed)
        self.deposit = _money_edit("deposit")
        self.term = QLineEdit()
        self.term.setObjectName("term")
        self.term.setMaxLength(3)
        self.term.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.term.setPlaceholderText(tr("months"))
        self.apr = QLineEdit()
        self.apr.setObjectName("apr")
        self.apr.setMaxLength(6)
        self.apr.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.apr.setPlaceholderText("%")
        self.final_payment = _money_edit("finalPayment")
        self.final_payment.setToolTip(tr("Balloon or residual value paid at the end (optional)"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self._field(form, tr("L&ist price:"), self.list_price, "list price")
        self._field(form, tr("Dis&count:"), self.discount, "discount")
        self._field(form, tr("&Fees:"), self.fees, "fees")
        self._field(form, tr("T&rade-in allowance:"), self.trade_in, "trade-in allowance")
        self._field(form, tr("Trade-in car:"), self.trade_in_description, "trade-in")
        self._field(form, tr("Pa&yment:"), self.payment, "payment")
        self._field(form, tr("D&eposit:"), self.deposit, "deposit")
        self._field(form, tr("Te&rm (months):"), self.term, "term")
        self._field(form, tr("AP&R (%):"), self.apr, "APR")
        self._field(form, tr("Final pa&yment:"), self.final_payment, "final payment")
        self._field(form, tr("&Notes:"), self.notes, "notes")
        return group

    def _build_totals(self) -> QGroupBox:
        group = QGroupBox(tr("Totals"))
        group.setObjectName("totals")
        form = QFormLayout(group)
        self.total_labels: dict[str, QLabel] = {}
        for key, label, strong in (
            ("price", tr("Price"), False),
            ("to_pay", tr("To pay"), True),
            ("financed", tr("Amount financed"), False),
            ("monthly", tr("Monthly payment"), True),
            ("total_payable", tr("Total payable"), False),
            ("cost_of_credit", tr("Cost of credit"), False),
        ):
            value = QLabel("—")
            value.setObjectName(f"total_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if strong:
                value.setStyleSheet("font-size: 16px; font-weight: bold;")
            self.total_labels[key] = value
            form.addRow(label + ":", value)
        self.totals_hint = QLabel()
        self.totals_hint.setObjectName("totalsHint")
        self.totals_hint.setWordWrap(True)
        self.totals_hint.setStyleSheet("color: #5b6470;")
        form.addRow(self.totals_hint)
        return group

    def _watched(self) -> list[QLineEdit]:
        return [
            self.list_price,
            self.discount,
            self.fees,
            self.trade_in,
            self.deposit,
            self.term,
            self.apr,
            self.final_payment,
        ]

    # --- data ----------------------------------------------------------------------------
    def _load(self, view: Any) -> None:
        if view is None:
            self.setWindowTitle(tr("New purchase plan for {name}").format(name=self.customer_name))
            self.header.setText(tr("New plan for {name}").format(name=self.customer_name))
            self.from_stock.setChecked(bool(self.stock))
            self.to_order.setChecked(not self.stock)
            self._on_from_stock_toggled(self.from_stock.isChecked())
            self._on_payment_current_index_changed()
            self.budget.setFocus()
            return
        draft: PlanDraft = view.draft(self.locale)
        self.setWindowTitle(f"{view.title}: {self.customer_name}")
        status = {
            PlanStatus.OPEN: "",
            PlanStatus.ACCEPTED: tr(" (accepted)"),
            PlanStatus.DECLINED: tr(" (declined)"),
        }[view.status]
        self.header.setText(f"{view.title} · {self.customer_name}{status}")
        self.title.setText(draft.title)
        self.budget.setText(draft.budget)
        self.use.setText(draft.intended_use)
        self.must_haves.setText(draft.must_haves)
        if draft.vehicle_id is not None:
            self.from_stock.setChecked(True)
            self.vehicle.setCurrentIndex(max(0, self.vehicle.findData(draft.vehicle_id)))
        else:
            self.to_order.setChecked(True)
        self._on_from_stock_toggled(self.from_stock.isChecked())
        self.make.setText(draft.order_make)
        self.model.setText(draft.order_model)
        self.trim.setText(draft.order_trim)
        self.colour.setText(draft.order_colour)
        self.accessories.set_lines(
            [
                _Line(a.boutique_item_id, a.name, a.unit_price, a.quantity)
                for a in view.accessories
                if a.boutique_item_id is not None
            ]
        )
        price = draft.price
        self.list_price.setText(price.list_price)
        self.discount.setText(price.discount)
        self.fees.setText(price.fees)
        self.trade_in.setText(price.trade_in_allowance)
        self.trade_in_description.setText(draft.trade_in_description)
        self.payment.setCurrentIndex(max(0, self.payment.findData(price.payment)))
        self.deposit.setText(price.deposit)
        self.term.setText(price.term_months)
        self.apr.setText(price.apr)
        self.final_payment.setText(price.final_payment)
        self.notes.setPlainText(draft.notes)
        self._on_payment_current_index_changed()

    def _remember(self, view: Any) -> None:
        """Keep the plan as read (as stored and as the form reads it back), to tell after a
        conflict which fields the other PC changed and which the user changed."""
        self.loaded_stored = flatten(view.draft(self.locale)) if view is not None else {}
        self.loaded_form = flatten(self.draft()) if view is not None else {}

    def _on_conflict(self, conflict: ConflictError) -> bool:
        """Another PC saved this plan since it was opened: show theirs against mine and let
        the user reload theirs or apply their own changes on top of theirs."""
        assert self.plan_id is not None
        with self.context.db.reader() as session:
            fresh = plan_view(session, self.plan_id, actor_id=self.context.user_id)
        theirs = flatten(fresh.draft(self.locale))
        mine = flatten(self.draft())
        # "Changed by me" is judged against the form as loaded, "changed by them" against
        # the plan as stored, so that formatting alone never counts as a change.
        mine_changed = {k: v for k, v in mine.items() if v != self.loaded_form.get(k)}
        shown_mine = {k: mine_changed.get(k, self.loaded_stored.get(k)) for k in mine}
        choice = ask_theirs_or_mine(self, str(conflict), {}, self.loaded_stored, theirs, shown_mine)
        if choice is None:
            return False
        if choice == "reload" or fresh.status is not PlanStatus.OPEN:
            self._load(fresh)
            self._remember(fresh)
            self.version = fresh.version
            return False
        merged = unflatten(
            fresh.draft(self.locale), merge_mine(self.loaded_stored, theirs, shown_mine)
        )
        plan_id, version = self.plan_id, fresh.version

        def _unit(session: Session) -> int:
            update_plan(
                session, plan_id, version, merged, self.context.user_id, self.context.settings
            )
            return plan_view(session, plan_id, actor_id=self.context.user_id).version

        try:
            self.version = run_in_transaction(self.context.db, _unit)
        except ConflictError as again:
            return self._on_conflict(again)
        except ShowroomError as error:
            self._show_general(error_text(error))
            return False
        with self.context.db.reader() as session:
            saved = plan_view(session, plan_id, actor_id=self.context.user_id)
        self._load(saved)
        self._remember(saved)
        self.saved_id = plan_id
        self.context.events.data_changed.emit({"plans", "interactions"})
        return True

    def _freeze(self, status: str) -> None:
        for widget in (
            *self.boxes.values(),
            self.from_stock,
            self.to_order,
            self.boutique,
            self.quantity,
            self.add_accessory,
            self.remove_accessory,
        ):
            widget.setEnabled(False)
        self.save_button.setEnabled(False)
        self._show_general(
            tr("This plan is {status}: it can be printed but no longer changed.").format(
                status=status
            )
        )

    def price_draft(self) -> PriceDraft:
        return PriceDraft(
            list_price=self.list_price.text(),
            discount=self.discount.text(),
            fees=self.fees.text(),
            trade_in_allowance=self.trade_in.text(),
            payment=str(self.payment.currentData()),
            deposit=self.deposit.text(),
            term_months=self.term.text(),
            apr=self.apr.text(),
            final_payment=self.final_payment.text(),
        )

    def draft(self) -> PlanDraft:
        stock = self.from_stock.isChecked()
        vehicle_id = self.vehicle.currentData() if stock else None
        return PlanDraft(
            title=self.title.text(),
            budget=self.budget.text(),
            intended_use=self.use.text(),
            must_haves=self.must_haves.text(),
            vehicle_id=int(vehicle_id) if vehicle_id is not None else None,
            order_make="" if stock else self.make.text(),
            order_model="" if stock else self.model.text(),
            order_trim="" if stock else self.trim.text(),
            order_colour="" if stock else self.colour.text(),
            accessories=tuple(
                AccessoryChoice(line.boutique_item_id, line.quantity)
                for line in self.accessories.lines
            ),
            price=self.price_draft(),
            trade_in_description=self.trade_in_description.text(),
            notes=self.notes.toPlainText(),
        )

    # --- reacting ------------------------------------------------------------------------
    def _on_from_stock_toggled(self, checked: bool) -> None:
        self.boxes["vehicle"].setEnabled(checked)
        self.order_box.setEnabled(not checked)
        if checked and self.from_stock.hasFocus():
            self.vehicle.setFocus()

    def _on_vehicle_current_index_changed(self, index: int) -> None:
        vehicle_id = self.vehicle.itemData(index)
        car = next((c for c in self.stock if int(c.id) == vehicle_id), None)
        # The car's list price, unless the consultant typed another one for this plan.
        if (
            car is not None
            and car.list_price is not None
            and (not self.list_price.text().strip() or self.list_price.property("from_car"))
        ):
            self.list_price.setText(format_amount(car.list_price, self.currency, self.locale))
            self.list_price.setProperty("from_car", True)

    def _on_payment_current_index_changed(self, _index: int = 0) -> None:
        credit = self.payment.currentData() != PaymentMethod.CASH.value
        for rule in ("term", "APR", "final payment"):
            self.boxes[rule].setEnabled(credit)
            if not credit:
                self.boxes[rule].show_error(None)
        self._on_figures_changed()

    def _on_add_accessory_clicked(self) -> None:
        item_id = self.boutique.currentData()
        item = next((i for i in self.catalogue if i.id == item_id), None)
        if item is None:
            return
        self.accessories.add(_Line(item.id, item.name, item.price, self.quantity.value()))
        self.quantity.setValue(1)

    def _on_remove_accessory_clicked(self) -> None:
        self.accessories.remove(self.accessory_view.currentIndex().row())

    def _on_figures_changed(self, *_args: object) -> None:
        """Recompute the totals with the domain's own arithmetic as the consultant types."""
        if self.list_price.hasFocus():
            self.list_price.setProperty("from_car", False)
        lines = tuple(
            AccessoryLine(line.name, line.unit_price, line.quantity)
            for line in self.accessories.lines
        )
        try:
            figures = validate_price(self.price_draft(), lines, self.currency, self.locale)
        except ValidationErrors as errors:
            for label in self.total_labels.values():
                label.setText("—")
            first = errors.errors[0]
            self.totals_hint.setText(
                tr("Totals appear when the figures are complete ({field}: {rule}).").format(
                    field=first.field, rule=first.rule
                )
            )
            return
        totals = compute_totals(figures)

        def money(amount: Decimal | None) -> str:
            return "—" if amount is None else format_money(amount, self.currency, self.locale)

        credit = totals.payment is not PaymentMethod.CASH
        self.total_labels["price"].setText(money(totals.price))
        self.total_labels["to_pay"].setText(money(totals.to_pay))
        self.total_labels["financed"].setText(money(totals.financed) if credit else "—")
        self.total_labels["monthly"].setText(
            tr("{n} × {amount}").format(n=totals.term_months, amount=money(totals.monthly))
            if credit
            else "—"
        )
        self.total_labels["total_payable"].setText(money(totals.total_payable))
        self.total_labels["cost_of_credit"].setText(money(totals.cost_of_credit) if credit else "—")
        self.totals_hint.setText(
            tr("Plus a final payment of {amount}.").format(amount=money(totals.final_payment))
            if credit and totals.final_payment
            else ""
        )

    # --- saving --------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        for box in self.boxes.values():
            box.show_error(None)
        self.general_error.hide()

    def _show_general(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()

    def _show_errors(self, errors: list[ValidationError]) -> None:
        first: FieldBox | None = None
        for error in errors:
            box = self.boxes.get(error.field)
            if box is None:
                self._show_general(error_text(error))
                continue
            box.show_error(rule_text(error))
            first = first or box
        if first is not None:
            first.setFocus()

    def save(self) -> bool:
        """Validate and save; each broken rule appears beside its field. True when saved."""
        if self.read_only:
            return False
        self._clear_errors()
        draft = self.draft()
        try:
            # The unit may run again after a transient error, so it keeps the new id and
            # version to itself until the save went through.
            def _unit(session: Session) -> tuple[int, int]:
                plan_id = self.plan_id
                if plan_id is None:
                    plan_id = create_plan(
                        session,
                        self.customer_id,
                        draft,
                        self.context.user_id,
                        self.context.settings,
                    )
                else:
                    assert self.version is not None
                    update_plan(
                        session,
                        plan_id,
                        self.version,
                        draft,
                        self.context.user_id,
                        self.context.settings,
                    )
                return plan_id, plan_view(session, plan_id, actor_id=self.context.user_id).version

            self.plan_id, self.version = run_in_transaction(self.context.db, _unit)
        except ValidationErrors as errors:
            self._show_errors(errors.errors)
            return False
        except ValidationError as error:
            self._show_errors([error])
            return False
        except ConflictError as conflict:
            return self._on_conflict(conflict)
        except ShowroomError as error:
            self._show_general(error_text(error))
            return False
        self.saved_id = self.plan_id
        self.context.events.data_changed.emit({"plans", "interactions"})
        return True

    def _on_save_button_clicked(self) -> None:
        if self.save():
            self.accept()

    def _on_print_button_clicked(self) -> None:
        if not self.read_only and not self.save():
            return
        if self.plan_id is None:
            return
        from ui.printing import print_form

        print_form(self, self.context, DocumentKind.PURCHASE_PLAN, self.plan_id)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        customer_id: int,
        plan_id: int | None = None,
    ) -> int | None:
        """Edit (or draw up) a plan; returns its id when saved, None when cancelled."""
        dialog = cls(parent, context, customer_id, plan_id)
        dialog.exec()
        return dialog.saved_id
