"""The audit trail (managers and admins): who created, changed, merged, exported, printed or
unmasked what, newest first, with filters. Read-only: nothing here edits the trail.

The list fetches a page at a time as it is scrolled (keyset paging in the service), so it
opens at once on a trail of 100,000 entries. Licence and ID numbers are stored masked.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.kernel.audit import AuditFilter, AuditRow, audit_choices, audit_page
from ui.context import AppContext
from ui.models.rows import RowTableModel
from ui.widgets.dates import DateField

_Index = QModelIndex | QPersistentModelIndex
PAGE = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditDialog", text)


def action_label(action: str) -> str:
    return {
        "create": tr("created"),
        "update": tr("changed"),
        "delete": tr("deleted"),
        "merge": tr("merged"),
        "export": tr("exported"),
        "print": tr("printed"),
        "unmask": tr("unmasked"),
        "erase": tr("erased"),
        "sign_in": tr("signed in"),
        "sign_in_failed": tr("wrong password"),
        "sign_in_locked": tr("sign-in locked"),
        "restore": tr("restored"),
        "backup": tr("backed up"),
        "import": tr("imported"),
    }.get(action, action)


def changes_text(changes: dict[str, list[Any]]) -> str:
    def value(v: Any) -> str:
        return "—" if v in (None, "") else (v if isinstance(v, str) else json.dumps(v))

    return "; ".join(
        f"{field}: {value(old)} → {value(new)}" for field, (old, new) in changes.items()
    )


class AuditColumn(IntEnum):
    WHEN = 0
    WHO = 1
    ACTION = 2
    RECORD = 3
    SUMMARY = 4
    CHANGES = 5


class AuditModel(RowTableModel[AuditRow]):
    """The trail as far as it has been scrolled; more is fetched when the view asks."""

    columns = AuditColumn

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.zone = ZoneInfo(context.settings.timezone)
        self.filter = AuditFilter()
        self._complete = False

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self._rows = []
        self._complete = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def _page(self) -> list[AuditRow]:
        last = self._rows[-1] if self._rows else None
        with self.context.db.reader() as session:
            return audit_page(
                session,
                self.context.user_id,
                self.filter,
                before=(last.at, last.id) if last else None,
                limit=PAGE,
            )

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete:
            return
        rows = self._page()
        self._complete = len(rows) < PAGE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def headers(self) -> dict[Any, str]:
        return {
            AuditColumn.WHEN: tr("When"),
            AuditColumn.WHO: tr("Who"),
            AuditColumn.ACTION: tr("Did"),
            AuditColumn.RECORD: tr("Record"),
            AuditColumn.SUMMARY: tr("What"),
            AuditColumn.CHANGES: tr("Changes (old → new)"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = AuditColumn(index.column())
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            AuditColumn.SUMMARY,
            AuditColumn.CHANGES,
        ):
            return row.summary if column is AuditColumn.SUMMARY else changes_text(row.changes)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is AuditColumn.WHEN:
            return row.at.astimezone(self.zone).strftime("%d/%m/%Y %H:%M:%S")
        if column is AuditColumn.WHO:
            return row.user_name
        if column is AuditColumn.ACTION:
            return action_label(row.action)
        if column is AuditColumn.RECORD:
            return f"{row.entity} {row.entity_id}" if row.entity_id is not None else row.entity
        if column is AuditColumn.SUMMARY:
            return row.summary
        return changes_text(row.changes)


class AuditDialog(QDialog):
    """The trail with its filters: who, what was done, which record, when, and any text."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Audit trail"))
        self.setObjectName("auditDialog")
        self.resize(1200, 720)
        with context.db.reader() as session:
            choices = audit_choices(session, context.user_id)

        self.user = QComboBox()
        self.user.setObjectName("auditUser")
        self.user.addItem(tr("anyone"), None)
        for user_id, name in choices.users:
            self.user.addItem(name, user_id)
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(tr("anything"), None)
        for action in choices.actions:
            self.action.addItem(action_label(action), action)
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntity")
        self.entity.addItem(tr("any record"), None)
        for entity in choices.entities:
            self.entity.addItem(entity, entity)
        self.entity_id = QLineEdit()
        self.entity_id.setObjectName("auditEntityId")
        self.entity_id.setPlaceholderText(tr("number"))
        self.entity_id.setMaxLength(10)
        self.entity_id.setMaximumWidth(110)
        self.since = self._date_edit("auditSince")
        self.until = self._date_edit("auditUntil")
        self.text = QLineEdit()
        self.text.setObjectName("auditText")
        self.text.setPlaceholderText(tr("words in the description or the changes"))
        self.text.setClearButtonEnabled(True)
        self.text.returnPressed.connect(self.apply_filter)
        self.entity_id.returnPressed.connect(self.apply_filter)
        apply = QPushButton(tr("&Filter"))
        apply.setObjectName("auditApply")
        apply.setDefault(True)
        apply.clicked.connect(self.apply_filter)
        reset = QPushButton(tr("&Reset"))
        reset.setObjectName("auditReset")
        reset.clicked.connect(self._on_reset_clicked)

        for combo, width in ((self.user, 220), (self.action, 160), (self.entity, 160)):
            combo.setMinimumWidth(width)
        for edit in (self.since, self.until):
            edit.setMinimumWidth(140)
        self.text.setMinimumWidth(320)
        rows: tuple[tuple[tuple[str, QWidget], ...], ...] = (
            ((tr("&Who:"), self.user), (tr("&Did:"), self.action), (tr("Re&cord:"), self.entity)),
            ((tr("Fr&om:"), self.since), (tr("&To:"), self.until), (tr("Te&xt:"), self.text)),
        )
        filters = QVBoxLayout()
        for number, row in enumerate(rows):
            line = QHBoxLayout()
            for label_text, widget in row:
                label = QLabel(label_text)
                label.setBuddy(widget)
                line.addWidget(label)
                line.addWidget(widget, 1 if widget is self.text else 0)
                line.addSpacing(12)
            if number == 0:
                line.addWidget(self.entity_id)
                line.addStretch(1)
            filters.addLayout(line)
        buttons = QHBoxLayout()
        buttons.addWidget(apply)
        buttons.addWidget(reset)
        buttons.addStretch(1)

        self.model = AuditModel(context)
        self.view = QTableView()
        self.view.setObjectName("auditView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        for column, width in (
            (AuditColumn.WHEN, 150),
            (AuditColumn.WHO, 150),
            (AuditColumn.ACTION, 100),
            (AuditColumn.RECORD, 120),
            (AuditColumn.SUMMARY, 330),
        ):
            self.view.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count = QLabel()
        self.count.setObjectName("auditCount")
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.modelReset.connect(self._update_count)
        self.apply_filter()
        self.text.setFocus()

    def _date_edit(self, name: str) -> DateField:
        edit = DateField(optional=True)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setSpecialValueText(tr("any day"))
        return edit

    def _day_start(self, edit: DateField, next_day: bool = False) -> datetime | None:
        picked = edit.date()
        if not picked.isValid():
            return None
        day = date(picked.year(), picked.month(), picked.day())
        if next_day:
            day = day + timedelta(days=1)
        return datetime.combine(day, time(0), ZoneInfo(self.context.settings.timezone))

    def current_filter(self) -> AuditFilter:
        number = self.entity_id.text().strip()
        return AuditFilter(
            user_id=self.user.currentData(),
            action=self.action.currentData(),
            entity=self.entity.currentData(),
            entity_id=int(number) if number.isdigit() and len(number) <= 9 else None,
            since=self._day_start(self.since),
            until=self._day_start(self.until, next_day=True),
            text=self.text.text(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _on_reset_clicked(self) -> None:
        for box in (self.user, self.action, self.entity):
            box.setCurrentIndex(0)
        self.entity_id.clear()
        self.since.set_value(None)
        self.until.set_value(None)
        self.text.clear()
        self.apply_filter()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        more = self.model.canFetchMore()
        self.count.setText(
            tr("{count} entries shown, newest first; scroll for older ones").format(count=shown)
            if more
            else tr("1 entry")
            if shown == 1
            else tr("{count} entries, newest first").format(count=shown)
        )

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> None:
        cls(parent, context).exec()
