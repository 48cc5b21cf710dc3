"""The daily checklist's template, for managers: sections with their times, and checks.

Every change is its own unit of work and applies from the next day's checklist on; days
already kept never change. Keyboard: Insert adds a check, Ctrl+Insert a section, Return
edits, Delete removes, Ctrl+Up / Ctrl+Down move.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError
from showroom.kernel.database import Session, run_in_transaction
from showroom.showroom_day import service as service
from showroom.showroom_day.domain import MAX_COUNT, CheckDraft, CheckKind
from showroom.showroom_day.service import TemplateCheckView, TemplateSectionView
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine, merge_mine
from ui.errors import show_error
from ui.i18n.messages import error_text, rule_text
from ui.widgets.form import FieldBox

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("ChecklistTemplate", text)


def kind_labels() -> list[tuple[str, str]]:
    return [
        (CheckKind.SINGLE.value, tr("One line")),
        (CheckKind.EACH_DISPLAY_CAR.value, tr("One line per car on display")),
        (CheckKind.EACH_FLEET_CAR.value, tr("One line per test-drive car")),
        (CheckKind.WALK_IN_COUNT.value, tr("Walk-ins of the day (counted)")),
    ]


def _clock(value: object) -> str:
    return value.strftime("%H:%M") if value is not None else ""  # type: ignore[attr-defined]


class TemplateModel(QAbstractItemModel):
    """Sections at the top, their checks under them (internal id: section row + 1)."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[TemplateSectionView] = []

    def set_sections(self, sections: list[TemplateSectionView]) -> None:
        self.beginResetModel()
        self.sections = sections
        self.endResetModel()

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, 0 if not parent.isValid() else parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.sections[parent.row()].checks)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [tr("Check"), tr("Lines"), tr("Due"), tr("Count")][section]
        return None

    def section_at(self, index: _Index) -> TemplateSectionView | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == 0 else int(index.internalId()) - 1
        return self.sections[row]

    def check_at(self, index: _Index) -> TemplateCheckView | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.sections[int(index.internalId()) - 1].checks[index.row()]

    def find(self, *, section_id: int | None = None, check_id: int | None = None) -> QModelIndex:
        for row, section in enumerate(self.sections):
            if section.id == section_id:
                return self.createIndex(row, 0, 0)
            for child, check in enumerate(section.checks):
                if check.id == check_id:
                    return self.createIndex(child, 0, row + 1)
        return QModelIndex()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            section = self.sections[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return [section.title, "", _clock(section.due_time), ""][index.column()]
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        check = self.check_at(index)
        assert check is not None
        if role == Qt.ItemDataRole.DisplayRole:
            kinds = dict(kind_labels())
            return [
                check.text,
                kinds.get(check.kind.value, check.kind.value),
                _clock(check.due_time),
                str(check.count_target) if check.count_target else "",
            ][index.column()]
        return None


class SectionDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, context: AppContext, section: TemplateSectionView | None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.section = section
        self.saved_id: int | None = None
        self.setWindowTitle(tr("Edit the section") if section else tr("New section"))
        self.setMinimumWidth(440)
        self.title_edit = QLineEdit(section.title if section else "")
        self.title_edit.setObjectName("sectionTitle")
        self.time_edit = QLineEdit(_clock(section.due_time) if section else "")
        self.time_edit.setObjectName("sectionTime")
        self.time_edit.setPlaceholderText(tr("e.g. 09:00"))
        self.boxes = {
            "section": FieldBox(self.title_edit, "section"),
            "due time": FieldBox(self.time_edit, "due time"),
        }
        form = QFormLayout()
        form.addRow(tr("&Title:"), self.boxes["section"])
        form.addRow(tr("Done &by:"), self.boxes["due time"])
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, section: TemplateSectionView | None = None
    ) -> int | None:
        dialog = cls(parent, context, section)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _on_save(self) -> None:
        for each in self.boxes.values():
            each.show_error(None)
        try:

            def _unit(session: Session) -> None:
                if self.section is None:
                    self.saved_id = service.add_section(
                        session, self.context.user_id, self.title_edit.text(), self.time_edit.text()
                    )
                else:
                    service.update_section(
                        session,
                        self.context.user_id,
                        self.section.id,
                        self.section.version,
                        self.title_edit.text(),
                        self.time_edit.text(),
                    )
                    self.saved_id = self.section.id

            run_in_transaction(self.context.db, _unit)
        except ValidationError as error:
            box = self.boxes.get(error.field)
            if box is not None:
                box.show_error(rule_text(error))
                box.setFocus()
                return
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        except ConflictError as conflict:
            self._on_conflict(conflict)
            return
        except ShowroomError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        self.accept()

    def _on_conflict(self, conflict: ConflictError) -> None:
        """Another PC saved this section since it was opened: theirs against mine."""
        assert self.section is not None
        section_id = self.section.id
        with self.context.db.reader() as session:
            fresh = next((s for s in service.load_template(session) if s.id == section_id), None)
        if fresh is None:
            self.general_error.setText(str(conflict))
            self.general_error.show()
            return

        def values(section: TemplateSectionView) -> dict[str, object]:
            return {"title": section.title, "time": _clock(section.due_time)}

        loaded, theirs = values(self.section), values(fresh)
        mine: dict[str, object] = {"title": self.title_edit.text(), "time": self.time_edit.text()}
        labels = {"title": tr("Title"), "time": tr("Done by")}
        choice = ask_theirs_or_mine(self, str(conflict), labels, loaded, theirs, mine)
        if choice is None:
            self.general_error.setText(str(conflict))
            self.general_error.show()
            return
        merged = merge_mine(loaded, theirs, mine) if choice == "mine" else theirs
        self.section = fresh
        self.title_edit.setText(str(merged["title"]))
        self.time_edit.setText(str(merged["time"]))
        if choice == "mine":
            self._on_save()


class CheckDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        section_id: int,
        check: TemplateCheckView | None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.section_id = section_id
        self.check = check
        self.saved_id: int | None = None
        self.setWindowTitle(tr("Edit the check") if check else tr("New check"))
        self.setMinimumWidth(520)
        self.text_edit = QLineEdit(check.text if check else "")
        self.text_edit.setObjectName("checkText")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("checkKind")
        for value, label in kind_labels():
            self.kind_box.addItem(label, value)
        if check is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(check.kind.value))
        self.time_edit = QLineEdit(_clock(check.due_time) if check else "")
        self.time_edit.setObjectName("checkTime")
        self.time_edit.setPlaceholderText(tr("the section's time"))
        self.count_spin = QSpinBox()
        self.count_spin.setObjectName("checkCount")
        self.count_spin.setRange(0, MAX_COUNT)
        self.count_spin.setSpecialValueText(tr("nothing to count"))
        self.count_spin.setValue(check.count_target or 0 if check else 0)
        self.boxes = {
            "check": FieldBox(self.text_edit, "check"),
            "kind": FieldBox(self.kind_box, "kind"),
            "due time": FieldBox(self.time_edit, "due time"),
            "count": FieldBox(self.count_spin, "count"),
        }
        form = QFormLayout()
        form.addRow(tr("&Check:"), self.boxes["check"])
        form.addRow(tr("&Lines:"), self.boxes["kind"])
        form.addRow(tr("Done &by:"), self.boxes["due time"])
        form.addRow(tr("C&ount:"), self.boxes["count"])
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        context: AppContext,
        section_id: int,
        check: TemplateCheckView | None = None,
    ) -> int | None:
        dialog = cls(parent, context, section_id, check)
        return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    def draft(self) -> CheckDraft:
        return CheckDraft(
            self.text_edit.text(),
            str(self.kind_box.currentData()),
            self.count_spin.value() or None,
            self.time_edit.text(),
        )

    def _on_save(self) -> None:
        for each in self.boxes.values():
            each.show_error(None)
        self.general_error.hide()
        try:

            def _unit(session: Session) -> None:
                if self.check is None:
                    self.saved_id = service.add_check(
                        session, self.context.user_id, self.section_id, self.draft()
                    )
                else:
                    service.update_check(
                        session,
                        self.context.user_id,
                        self.check.id,
                        self.check.version,
                        self.draft(),
                    )
                    self.saved_id = self.check.id

            run_in_transaction(self.context.db, _unit)
        except ValidationError as error:
            box = self.boxes.get(error.field)
            if box is not None:
                box.show_error(rule_text(error))
                box.setFocus()
                return
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        except ConflictError as conflict:
            self._on_conflict(conflict)
            return
        except ShowroomError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        self.accept()

    def _on_conflict(self, conflict: ConflictError) -> None:
        """Another PC saved this check since it was opened: theirs against mine."""
        assert self.check is not None
        check_id = self.check.id
        with self.context.db.reader() as session:
            fresh = next(
                (c for s in service.load_template(session) for c in s.checks if c.id == check_id),
                None,
            )
        if fresh is None:
            self.general_error.setText(str(conflict))
            self.general_error.show()
            return

        def values(check: TemplateCheckView) -> dict[str, object]:
            return {
                "text": check.text,
                "kind": check.kind.value,
                "time": _clock(check.due_time),
                "count": check.count_target or 0,
            }

        loaded, theirs = values(self.check), values(fresh)
        mine: dict[str, object] = {
            "text": self.text_edit.text(),
            "kind": str(self.kind_box.currentData()),
            "time": self.time_edit.text(),
            "count": self.count_spin.value(),
        }
        labels = {
            "text": tr("Check"),
            "kind": tr("Lines"),
            "time": tr("Done by"),
            "count": tr("Count"),
        }
        choice = ask_theirs_or_mine(self, str(conflict), labels, loaded, theirs, mine)
        if choice is None:
            self.general_error.setText(str(conflict))
            self.general_error.show()
            return
        merged = merge_mine(loaded, theirs, mine) if choice == "mine" else theirs
        self.check = fresh
        self.text_edit.setText(str(merged["text"]))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(merged["kind"])))
        self.time_edit.setText(str(merged["time"]))
        self.count_spin.setValue(int(str(merged["count"])))
        if choice == "mine":
            self._on_save()


class TemplateDialog(QDialog):
    """The template as a tree, with add, edit, delete and move."""

    def __init__(self, parent: QWidget | None, context: AppContext) -> None:
        super().__init__(parent)
        self.context = context
        self.changed = False
        self.setWindowTitle(tr("Checklist template"))
        self.resize(980, 640)
        intro = QLabel(
            tr(
                "Changes apply from the next checklist generated; days already kept stay as "
                "they were. Per-car checks make one line for each car on display (or each "
                "test-drive car) on the morning the checklist is generated."
            )
        )
        intro.setWordWrap(True)
        self.model = TemplateModel()
        self.view = QTreeView()
        self.view.setObjectName("templateView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(lambda _index: self._on_edit())
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 230), (2, 70), (3, 70)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(width, header.sectionSizeHint(column) + 8))
        buttons = QHBoxLayout()
        for label, tip, slot, name in (
            (
                tr("Add &check…"),
                tr("Add a check to the section (Insert)"),
                self._on_add_check,
                "addCheck",
            ),
            (
                tr("Add &section…"),
                tr("Add a section (Ctrl+Insert)"),
                self._on_add_section,
                "addSection",
            ),
            (tr("&Edit…"), tr("Edit (Return)"), self._on_edit, "edit"),
            (tr("&Delete"), tr("Delete (Delete)"), self._on_delete, "delete"),
            (tr("Move &up"), tr("Move up (Ctrl+Up)"), lambda: self._on_move(-1), "moveUp"),
            (tr("Move do&wn"), tr("Move down (Ctrl+Down)"), lambda: self._on_move(1), "moveDown"),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        for keys, slot in (
            ("Insert", self._on_add_check),
            ("Ctrl+Insert", self._on_add_section),
            ("Delete", self._on_delete),
            ("Ctrl+Up", lambda: self._on_move(-1)),
            ("Ctrl+Down", lambda: self._on_move(1)),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.reload()
        self.view.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> bool:
        dialog = cls(parent, context)
        dialog.exec()
        return dialog.changed

    def reload(self, *, section_id: int | None = None, check_id: int | None = None) -> None:
        with self.context.db.reader() as session:
            self.model.set_sections(service.load_template(session))
        self.view.expandAll()
        index = self.model.find(section_id=section_id, check_id=check_id)
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self.view.setCurrentIndex(index)

    def _changed(self, **where: int | None) -> None:
        self.changed = True
        self.reload(**where)
        self.context.events.data_changed.emit({"showroom_day"})

    def _current(self) -> tuple[TemplateSectionView | None, TemplateCheckView | None]:
        index = self.view.currentIndex()
        return self.model.section_at(index), self.model.check_at(index)

    def _on_add_section(self) -> None:
        saved = SectionDialog.ask(self, self.context)
        if saved is not None:
            self._changed(section_id=saved)

    def _on_add_check(self) -> None:
        section, _ = self._current()
        if section is None:
            return
        saved = CheckDialog.ask(self, self.context, section.id)
        if saved is not None:
            self._changed(check_id=saved)

    def _on_edit(self) -> None:
        section, check = self._current()
        if check is not None and section is not None:
            saved = CheckDialog.ask(self, self.context, section.id, check)
            if saved is not None:
                self._changed(check_id=saved)
        elif section is not None:
            saved = SectionDialog.ask(self, self.context, section)
            if saved is not None:
                self._changed(section_id=saved)

    def _run(self, action: Any) -> bool:
        try:

            def _unit(session: Session) -> None:
                action(session)

            run_in_transaction(self.context.db, _unit)
        except ShowroomError as error:
            show_error(self, error_text(error))
            self.reload()
            return False
        return True

    def _on_delete(self) -> None:
        section, check = self._current()
        if section is None:
            return
        what = check.text if check is not None else section.title
        question = (
            tr("Delete the check “{what}” from the template?")
            if check is not None
            else tr("Delete the section “{what}” and all its checks from the template?")
        ).format(what=what)
        answer = QMessageBox.question(self, tr("Delete"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        user = self.context.user_id
        if check is not None:
            done = self._run(lambda s: service.delete_check(s, user, check.id))
        else:
            done = self._run(lambda s: service.delete_section(s, user, section.id))
        if done:
            self._changed(section_id=section.id)

    def _on_move(self, offset: int) -> None:
        section, check = self._current()
        user = self.context.user_id
        if check is not None:
            if self._run(lambda s: service.move_check(s, user, check.id, offset)):
                self._changed(check_id=check.id)
        elif section is not None and self._run(
            lambda s: service.move_section(s, user, section.id, offset)
        ):
            self._changed(section_id=section.id)
