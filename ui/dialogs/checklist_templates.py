"""Editing the checklist templates (managers and admins): the steps each new deal copies.

A change applies to deals opened afterwards; deals under way keep the items they copied.
For the accessories checklist, the steps are the stages every accessory goes through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
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
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError
from showroom.deals.checklist import ChecklistKind, TemplateStep
from showroom.deals.checklist_templates import TemplateView, get_template, save_template
from showroom.kernel.database import Session, run_in_transaction
from showroom.vehicles.inventory import MANAGER_ROLES
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine
from ui.i18n.messages import error_text
from ui.models.deals import checklist_title

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("TemplatesDialog", text)


class StepColumn(IntEnum):
    TITLE = 0
    NEEDS_VALUE = 1
    DUE_DAYS = 2
    TITLE_ZH = 3  # printed for customers whose language is Chinese


class TemplateStepsModel(QAbstractTableModel):
    """The steps of one template, edited in place (F2 or typing; Space toggles the value)."""

    def __init__(self, editable: bool, with_values: bool) -> None:
        super().__init__()
        self.steps: list[TemplateStep] = []
        self.editable = editable
        self.with_values = with_values
        self.headers = [
            tr("Step"),
            tr("Asks for a value"),
            tr("Due (days after opening)"),
            tr("Step in Chinese"),
        ]

    def set_steps(self, steps: list[TemplateStep]) -> None:
        self.beginResetModel()
        self.steps = list(steps)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.steps)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(StepColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not self.editable:
            return flags
        column = StepColumn(index.column())
        if column is StepColumn.NEEDS_VALUE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable if self.with_values else flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step = self.steps[index.row()]
        column = StepColumn(index.column())
        if column is StepColumn.NEEDS_VALUE:
            if role == Qt.ItemDataRole.CheckStateRole and self.with_values:
                return Qt.CheckState.Checked if step.needs_value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is StepColumn.TITLE_ZH:
                return step.title_zh or ""
            return step.title if column is StepColumn.TITLE else step.due_days
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.editable:
            return False
        row = index.row()
        step = self.steps[row]
        column = StepColumn(index.column())
        if column is StepColumn.NEEDS_VALUE and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.steps[row] = replace(step, needs_value=checked)
        elif column is StepColumn.TITLE and role == Qt.ItemDataRole.EditRole:
            self.steps[row] = replace(step, title=str(value))
        elif column is StepColumn.TITLE_ZH and role == Qt.ItemDataRole.EditRole:
            self.steps[row] = replace(step, title_zh=str(value).strip() or None)
        elif column is StepColumn.DUE_DAYS and role == Qt.ItemDataRole.EditRole:
            try:
                self.steps[row] = replace(step, due_days=int(value))
            except (TypeError, ValueError):
                return False
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def insert(self, row: int, step: TemplateStep) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.steps.insert(row, step)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.steps):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.steps[row]
            self.endRemoveRows()

    def move(self, row: int, offset: int) -> int:
        target = row + offset
        if not (0 <= row < len(self.steps) and 0 <= target < len(self.steps)):
            return row
        self.beginResetModel()
        self.steps[row], self.steps[target] = self.steps[target], self.steps[row]
        self.endResetModel()
        return target


class ChecklistTemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.user_role in MANAGER_ROLES
        self.setWindowTitle(tr("Checklist templates"))
        self.setObjectName("templatesDialog")
        self.resize(900, 620)
        self.templates: dict[ChecklistKind, TemplateView] = {}
        self.models: dict[ChecklistKind, TemplateStepsModel] = {}
        self.views: dict[ChecklistKind, QTableView] = {}
        intro = QLabel(
            tr(
                "New deals copy these steps; deals under way keep theirs. For accessories, the "
                "steps are the stages each accessory of a plan goes through."
            )
            if self.editable
            else tr("Only a manager or an admin can change the templates; you can look at them.")
        )
        intro.setWordWrap(True)
        intro.setObjectName("templatesIntro")
        self.tabs = QTabWidget()
        for number, kind in enumerate(ChecklistKind, start=1):
            model = TemplateStepsModel(self.editable, kind is not ChecklistKind.ACCESSORIES)
            view = QTableView()
            view.setObjectName(f"template_{kind.value}")
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.verticalHeader().setVisible(False)
            header = view.horizontalHeader()
            header.setSectionResizeMode(StepColumn.TITLE, QHeaderView.ResizeMode.Stretch)
            view.setColumnWidth(StepColumn.NEEDS_VALUE, 150)
            view.setColumnWidth(StepColumn.DUE_DAYS, 200)
            view.setColumnWidth(StepColumn.TITLE_ZH, 220)
            self.models[kind] = model
            self.views[kind] = view
            self.tabs.addTab(view, f"&{number} {checklist_title(kind)}")
        self.status = QLabel()
        self.status.setObjectName("templatesStatus")
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, title, shortcut, slot in (
            ("add", tr("&Add step"), "Ctrl+N", self.add_step),
            ("remove", tr("&Remove step"), "Ctrl+Del", self.remove_step),
            ("up", tr("Move &up"), "Ctrl+Up", lambda: self.move_step(-1)),
            ("down", tr("Move &down"), "Ctrl+Down", lambda: self.move_step(1)),
            ("save", tr("&Save template"), "Ctrl+S", self.save_current),
        ):
            button = QPushButton(title)
            button.setObjectName(f"template_{key}")
            button.setToolTip(f"{title.replace('&', '')} ({shortcut})")
            button.setEnabled(self.editable)
            button.clicked.connect(slot)
            if self.editable:
                QShortcut(QKeySequence(shortcut), self, slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.reload()

    def current_kind(self) -> ChecklistKind:
        return list(ChecklistKind)[self.tabs.currentIndex()]

    def reload(self) -> None:
        with self.context.db.reader() as session:
            for kind in ChecklistKind:
                self.templates[kind] = get_template(session, kind)
                self.models[kind].set_steps(list(self.templates[kind].steps))

    def add_step(self) -> None:
        kind = self.current_kind()
        view = self.views[kind]
        row = view.currentIndex().row() + 1 if view.currentIndex().isValid() else 0
        row = row or self.models[kind].rowCount()
        self.models[kind].insert(row, TemplateStep(tr("New step"), False, 7))
        index = self.models[kind].index(row, StepColumn.TITLE)
        view.setCurrentIndex(index)
        view.edit(index)

    def remove_step(self) -> None:
        kind = self.current_kind()
        self.models[kind].remove(self.views[kind].currentIndex().row())

    def move_step(self, offset: int) -> None:
        kind = self.current_kind()
        view = self.views[kind]
        row = self.models[kind].move(view.currentIndex().row(), offset)
        view.selectRow(row)

    def save_current(self) -> bool:
        kind = self.current_kind()
        try:

            def _unit(session: Session) -> None:
                save_template(
                    session,
                    kind,
                    self.templates[kind].version,
                    self.models[kind].steps,
                    self.context.user_id,
                )

            run_in_transaction(self.context.db, _unit)
        except ConflictError as conflict:
            return self._on_conflict(kind, conflict)
        except ShowroomError as error:
            self.status.setStyleSheet("color: #c62828;")
            self.status.setText(error_text(error))
            return False
        self.reload()
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setText(
            tr("The {checklist} template is saved; new deals will use it.").format(
                checklist=checklist_title(kind).lower()
            )
        )
        self.context.events.data_changed.emit({"templates"})
        return True

    def _on_conflict(self, kind: ChecklistKind, conflict: ConflictError) -> bool:
        """Another PC saved this template since it was opened: show their steps against
        the user's; reload theirs, or save the user's list as it stands over theirs (steps
        are a list, so the user's list is kept whole rather than merged line by line)."""
        with self.context.db.reader() as session:
            fresh = get_template(session, kind)

        def steps(items: Sequence[TemplateStep]) -> dict[str, object]:
            return {tr("Step {n}").format(n=n + 1): step for n, step in enumerate(items)}

        choice = ask_theirs_or_mine(
            self,
            str(conflict),
            {},
            steps(self.templates[kind].steps),
            steps(fresh.steps),
            steps(self.models[kind].steps),
        )
        if choice == "reload":
            self.reload()
            return False
        if choice != "mine":
            return False
        self.templates[kind] = fresh
        return self.save_current()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> None:
        cls(parent, context).exec()
