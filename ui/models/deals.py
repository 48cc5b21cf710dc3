"""List models of the Deals page: the deals board, purchase plans, the inventory, a plan
comparison and one deal checklist. Each is keyed by its own Column enum."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from showroom.deals.checklist import ChecklistKind, ItemState
from showroom.deals.domain import PaymentMethod, PlanStatus
from showroom.deals.plans import PlanRow, PlanView
from showroom.deals.service import BoardRow, DealItemView
from showroom.kernel.money import format_money, format_rate
from showroom.vehicles.inventory import StockRow
from ui.i18n import current_language

_Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
LATE = QColor("#b71c1c")
DONE = QColor("#2e7d32")
DONE_BACKGROUND = QColor("#e8f5e9")
LATE_BACKGROUND = QColor("#ffebee")


def tr(text: str) -> str:
    return QCoreApplication.translate("DealModels", text)


def checklist_title(kind: ChecklistKind) -> str:
    return {
        ChecklistKind.PURCHASE: tr("Purchase"),
        ChecklistKind.INSURANCE: tr("Insurance"),
        ChecklistKind.LICENSING: tr("Licensing"),
        ChecklistKind.ACCESSORIES: tr("Accessories"),
    }[kind]


def stock_status_label(status: str) -> str:
    return {
        "in_transit": tr("In transit"),
        "in_stock": tr("In stock"),
        "on_display": tr("On display"),
        "reserved": tr("Reserved"),
        "sold": tr("Sold"),
        "delivered": tr("Delivered"),
    }.get(status, status)


def plan_status_label(status: str) -> str:
    return {
        PlanStatus.OPEN.value: tr("Open"),
        PlanStatus.ACCEPTED.value: tr("Accepted"),
        PlanStatus.DECLINED.value: tr("Declined"),
    }.get(status, status)


def payment_label(method: str) -> str:
    return {
        PaymentMethod.CASH.value: tr("Cash"),
        PaymentMethod.FINANCE.value: tr("Finance"),
        PaymentMethod.LEASE.value: tr("Lease"),
    }.get(method, method)


def day_text(day: date | None) -> str:
    return day.isoformat() if day else ""


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of frozen dataclasses, replaced as a whole by ``set_rows``."""

    headers: Sequence[str] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


# --- the deals board ---------------------------------------------------------------------------
class BoardColumn(IntEnum):
    DEAL = 0
    CUSTOMER = 1
    VEHICLE = 2
    CONSULTANT = 3
    PURCHASE = 4
    INSURANCE = 5
    LICENSING = 6
    ACCESSORIES = 7
    OVERDUE = 8  # what is late and for how long; otherwise when the next step is due


BOARD_CHECKLISTS = {
    BoardColumn.PURCHASE: ChecklistKind.PURCHASE,
    BoardColumn.INSURANCE: ChecklistKind.INSURANCE,
    BoardColumn.LICENSING: ChecklistKind.LICENSING,
    BoardColumn.ACCESSORIES: ChecklistKind.ACCESSORIES,
}


class DealsBoardModel(RowsModel[BoardRow]):
    """Every open deal: progress per checklist, what is overdue and for how long."""

    def __init__(self) -> None:
        super().__init__()
        self.today: date | None = None
        self.headers = [
            tr("Deal"),
            tr("Customer"),
            tr("Car"),
            tr("Consultant"),
            tr("Purchase"),
            tr("Insurance"),
            tr("Licensing"),
            tr("Accessories"),
            tr("Overdue / next step"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = BoardColumn(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.deal_id
        kind = BOARD_CHECKLISTS.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if kind is not None:
                progress = row.progress[kind]
                return str(progress) if progress.total else "—"
            return {
                BoardColumn.DEAL: str(row.deal_id),
                BoardColumn.CUSTOMER: row.customer_name,
                BoardColumn.VEHICLE: row.vehicle,
                BoardColumn.CONSULTANT: row.consultant or "",
                BoardColumn.OVERDUE: self._overdue_text(row),
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is BoardColumn.OVERDUE:
                return (
                    tr("Most overdue: {item}").format(item=row.most_overdue)
                    if row.most_overdue
                    else None
                )
            if column in (BoardColumn.DEAL, BoardColumn.CUSTOMER):
                opened = row.opened_at.astimezone().date().isoformat()
                return tr("Deal {id}, opened {date}").format(id=row.deal_id, date=opened)
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            kind is not None or column is BoardColumn.DEAL
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is BoardColumn.OVERDUE and row.overdue_items:
                return QBrush(LATE)
            if kind is not None and row.progress[kind].total and row.progress[kind].complete:
                return QBrush(DONE)
        if role == Qt.ItemDataRole.BackgroundRole:
            if kind is not None and row.progress[kind].total and row.progress[kind].complete:
                return QBrush(DONE_BACKGROUND)
            if column is BoardColumn.OVERDUE and row.overdue_items:
                return QBrush(LATE_BACKGROUND)
        return None

    def _overdue_text(self, row: BoardRow) -> str:
        if not row.overdue_items:
            if row.next_due is None:
                return tr("all done") if row.done == row.total else ""
            days = (row.next_due - self.today).days if self.today else None
            if days == 0:
                return tr("next step due today")
            if days == 1:
                return tr("next step due tomorrow")
            return tr("next step due {date}").format(date=day_text(row.next_due))
        items = (
            tr("1 item") if row.overdue_items == 1 else tr("{n} items").format(n=row.overdue_items)
        )
        days = tr("1 day") if row.days_overdue == 1 else tr("{n} days").format(n=row.days_overdue)
        return tr("{items}, up to {days} late").format(items=items, days=days)


# --- purchase plans ----------------------------------------------------------------------------
class PlanColumn(IntEnum):
    CUSTOMER = 0
    TITLE = 1
    VEHICLE = 2
    PAYMENT = 3
    LIST_PRICE = 4
    STATUS = 5
    CONSULTANT = 6
    UPDATED = 7


class PlansModel(RowsModel[PlanRow]):
    def __init__(self, locale: str) -> None:
        super().__init__()
        self.locale = locale
        self.headers = [
            tr("Customer"),
            tr("Plan"),
            tr("Car"),
            tr("Payment"),
            tr("List price"),
            tr("Status"),
            tr("Consultant"),
            tr("Changed"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = PlanColumn(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column is PlanColumn.LIST_PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            PlanColumn.CUSTOMER: row.customer_name,
            PlanColumn.TITLE: row.title,
            PlanColumn.VEHICLE: row.vehicle,
            PlanColumn.PAYMENT: payment_label(row.payment),
            PlanColumn.LIST_PRICE: format_money(row.list_price, row.currency, self.locale),
            PlanColumn.STATUS: plan_status_label(row.status),
            PlanColumn.CONSULTANT: row.consultant or "",
            PlanColumn.UPDATED: row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        }[column]


# --- the inventory -----------------------------------------------------------------------------
class StockColumn(IntEnum):
    STOCK_NUMBER = 0
    CAR = 1
    COLOUR = 2
    YEAR = 3
    VIN = 4
    PRICE = 5
    STATUS = 6
    FLOOR = 7


class InventoryModel(RowsModel[StockRow]):
    def __init__(self, currency: str, locale: str) -> None:
        super().__init__()
        self.currency = currency
        self.locale = locale
        self.headers = [
            tr("Stock no."),
            tr("Car"),
            tr("Colour"),
            tr("Year"),
            tr("VIN"),
            tr("List price"),
            tr("Status"),
            tr("Floor position"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = StockColumn(index.column())
        if role == Qt.ItemDataRole.UserRole:
            return int(row.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is StockColumn.PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        price = row.list_price
        return {
            StockColumn.STOCK_NUMBER: row.stock_number or "",
            StockColumn.CAR: row.description,
            StockColumn.COLOUR: row.colour or "",
            StockColumn.YEAR: str(row.year or ""),
            StockColumn.VIN: row.vin,
            StockColumn.PRICE: format_money(price, self.currency, self.locale)
            if price is not None
            else "",
            StockColumn.STATUS: stock_status_label(row.status),
            StockColumn.FLOOR: row.floor_position or "",
        }[column]


# --- the comparison of a customer's plans ------------------------------------------------------
class CompareRow(IntEnum):
    STATUS = 0
    CAR = 1
    LIST_PRICE = 2
    DISCOUNT = 3
    ACCESSORIES = 4
    FEES = 5
    PRICE = 6
    TRADE_IN = 7
    TO_PAY = 8
    PAYMENT = 9
    DEPOSIT = 10
    FINANCED = 11
    TERM = 12
    APR = 13
    MONTHLY = 14
    FINAL = 15
    TOTAL_PAYABLE = 16
    COST_OF_CREDIT = 17


STRONG_ROWS = (CompareRow.TO_PAY, CompareRow.MONTHLY, CompareRow.TOTAL_PAYABLE)


class PlanComparisonModel(QAbstractTableModel):
    """The customer's plans side by side: one column per plan, one row per figure."""

    def __init__(self, locale: str) -> None:
        super().__init__()
        self.locale = locale
        self.plans: list[PlanView] = []
        self.labels = {
            CompareRow.STATUS: tr("Status"),
            CompareRow.CAR: tr("Car"),
            CompareRow.LIST_PRICE: tr("List price"),
            CompareRow.DISCOUNT: tr("Discount"),
            CompareRow.ACCESSORIES: tr("Accessories"),
            CompareRow.FEES: tr("Fees"),
            CompareRow.PRICE: tr("Price"),
            CompareRow.TRADE_IN: tr("Trade-in allowance"),
            CompareRow.TO_PAY: tr("To pay"),
            CompareRow.PAYMENT: tr("Payment"),
            CompareRow.DEPOSIT: tr("Deposit"),
            CompareRow.FINANCED: tr("Amount financed"),
            CompareRow.TERM: tr("Term"),
            CompareRow.APR: tr("APR"),
            CompareRow.MONTHLY: tr("Monthly payment"),
            CompareRow.FINAL: tr("Final payment"),
            CompareRow.TOTAL_PAYABLE: tr("Total payable"),
            CompareRow.COST_OF_CREDIT: tr("Cost of credit"),
        }

    def set_plans(self, plans: Sequence[PlanView]) -> None:
        self.beginResetModel()
        self.plans = list(plans)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CompareRow)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plans)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.labels[CompareRow(section)]
        return self.plans[section].title

    def cell(self, row: CompareRow, plan: PlanView) -> str:
        t = plan.totals

        def money(amount: Decimal | None) -> str:
            return "—" if amount is None else format_money(amount, t.currency, self.locale)

        credit = t.payment is not PaymentMethod.CASH
        values: dict[CompareRow, str] = {
            CompareRow.STATUS: plan_status_label(plan.status.value),
            CompareRow.CAR: plan.vehicle_text,
            CompareRow.LIST_PRICE: money(t.list_price),
            CompareRow.DISCOUNT: money(t.discount),
            CompareRow.ACCESSORIES: money(t.accessories),
            CompareRow.FEES: money(t.fees),
            CompareRow.PRICE: money(t.price),
            CompareRow.TRADE_IN: money(t.trade_in_allowance),
            CompareRow.TO_PAY: money(t.to_pay),
            CompareRow.PAYMENT: payment_label(t.payment.value),
            CompareRow.DEPOSIT: money(t.deposit),
            CompareRow.FINANCED: money(t.financed) if credit else "—",
            CompareRow.TERM: tr("{n} months").format(n=t.term_months) if credit else "—",
            CompareRow.APR: f"{format_rate(t.apr, self.locale)} %"
            if credit and t.apr is not None
            else "—",
            CompareRow.MONTHLY: money(t.monthly),
            CompareRow.FINAL: money(t.final_payment) if credit else "—",
            CompareRow.TOTAL_PAYABLE: money(t.total_payable),
            CompareRow.COST_OF_CREDIT: money(t.cost_of_credit) if credit else "—",
        }
        return values[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = CompareRow(index.row())
        plan = self.plans[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, plan)
        if role == Qt.ItemDataRole.ToolTipRole and row is CompareRow.CAR:
            return plan.vehicle_text
        if role == Qt.ItemDataRole.TextAlignmentRole and row is not CompareRow.CAR:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row in STRONG_ROWS:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if self._best(row) == index.column():
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(DONE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(DONE)
        return None

    def _best(self, row: CompareRow) -> int | None:
        """The plan with the lowest amount to pay / total payable, when plans differ."""
        if row not in (CompareRow.TO_PAY, CompareRow.TOTAL_PAYABLE) or len(self.plans) < 2:
            return None
        amounts = [
            p.totals.to_pay if row is CompareRow.TO_PAY else p.totals.total_payable
            for p in self.plans
        ]
        if len(set(amounts)) == 1:
            return None
        return amounts.index(min(amounts))


# --- one checklist of a deal --------------------------------------------------------------------
class ItemColumn(IntEnum):
    DONE = 0
    ITEM = 1
    VALUE = 2
    RESPONSIBLE = 3
    DUE = 4
    DONE_BY = 5
    NOTE = 6


class ChecklistItemsModel(RowsModel[DealItemView]):
    """The items of one checklist of a deal; ticking happens through the dialog's actions
    (which run the domain's rules), never by editing a cell."""

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today
        self.headers = [
            tr("Done"),
            tr("Item"),
            tr("Value"),
            tr("Responsible"),
            tr("Due"),
            tr("Done by / at"),
            tr("Note"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = ItemColumn(index.column())
        domain = item.item()
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.CheckStateRole and column is ItemColumn.DONE:
            return (
                Qt.CheckState.Checked
                if item.state is ItemState.DONE
                else (
                    Qt.CheckState.PartiallyChecked if item.stages_done else Qt.CheckState.Unchecked
                )
            )
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column is ItemColumn.DUE
            and domain.is_overdue(self.today)
        ):
            return QBrush(LATE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.reopen_reason and item.state is ItemState.REOPENED:
                return tr("Reopened: {reason}").format(reason=item.reopen_reason)
            if item.needs_value and not item.value:
                return tr("Needs its value before it can be ticked")
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is ItemColumn.DONE:
            if item.stages:
                return f"{item.stages_done}/{len(item.stages)}"
            return {
                ItemState.DONE: tr("done"),
                ItemState.OPEN: "",
                ItemState.REOPENED: tr("reopened"),
            }[item.state]
        if column is ItemColumn.ITEM:
            if item.stages:
                nxt = domain.next_stage
                return item.title + ("  " + tr("(next: {stage})").format(stage=nxt) if nxt else "")
            # A step kept in both languages shows in the screens' language.
            title = item.title_zh if item.title_zh and current_language() == "zh_CN" else item.title
            return title + ("  " + tr("(added)") if item.added_to_deal else "")
        if column is ItemColumn.VALUE:
            if item.needs_value:
                return item.value or tr("needed")
            return item.value or ""
        if column is ItemColumn.RESPONSIBLE:
            return item.responsible or ""
        if column is ItemColumn.DUE:
            late = domain.days_overdue(self.today)
            text = day_text(item.due_on)
            return text + ("  " + tr("({n} d late)").format(n=late) if late else "")
        if column is ItemColumn.DONE_BY:
            if item.done_at is None:
                return ""
            when = item.done_at.astimezone().strftime("%Y-%m-%d %H:%M")
            return f"{item.done_by or ''}, {when}".strip(", ")
        return item.note or ""
