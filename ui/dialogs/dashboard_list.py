"""The list behind a Today figure: the rows the figure counts, each leading somewhere.

Return (or a double click) on a row opens the customer's card, marks a task done, or goes
to the day's checklist. ``ask`` returns the place in the app the user chose to go to (such
as ``showroom_day``), or None.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ConflictError, ShowroomError, ValidationError
from showroom.dashboard.service import ListRef, Viewer, open_list
from showroom.kernel.tasks import TaskState, complete_task, stored_task
from showroom.kernel.work import Session, run_in_transaction
from ui.context import AppContext
from ui.dialogs.conflict import ask_theirs_or_mine
from ui.errors import show_error
from ui.i18n.messages import error_text, rule_text
from ui.models.detail_list import DetailListModel, dtr
from ui.widgets.form import FieldBox


def tr(text: str) -> str:
    return QCoreApplication.translate("DashboardListDialog", text)


class TaskDoneDialog(QDialog):
    """Mark a task done with a word on what was done."""

    def __init__(
        self, parent: QWidget | None, context: AppContext, task: tuple[int, int], title: str
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.task = task
        self.setWindowTitle(tr("Mark the task done"))
        self.setMinimumWidth(480)
        what = QLabel(title)
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: bold;")
        self.result_edit = QLineEdit()
        self.result_edit.setObjectName("taskResult")
        self.result_edit.setPlaceholderText(tr("What was done, in a few words (optional)"))
        self.box = FieldBox(self.result_edit, "result")
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Mark done"))
        buttons.accepted.connect(self._on_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.box)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, task: tuple[int, int], title: str
    ) -> bool:
        return cls(parent, context, task, title).exec() == QDialog.DialogCode.Accepted

    def _on_accept(self) -> None:
        self.box.show_error(None)
        try:

            def _unit(session: Session) -> None:
                complete_task(
                    session,
                    self.task[0],
                    self.task[1],
                    self.context.user_id,
                    self.result_edit.text(),
                )

            run_in_transaction(self.context.db, _unit)
        except ValidationError as error:
            self.box.show_error(rule_text(error))
            return
        except ConflictError as conflict:
            self._on_conflict(conflict)
            return
        except ShowroomError as error:
            self.general_error.setText(error_text(error))
            self.general_error.show()
            return
        self.context.events.data_changed.emit({"tasks"})
        self.accept()

    def _on_conflict(self, conflict: ConflictError) -> None:
        """Someone changed the task on another PC (closed it, most often): theirs against
        mine; "apply mine" marks it done at the version now stored if it is still open."""
        with self.context.db.reader() as session:
            stored = stored_task(session, self.task[0])
        theirs = {
            "state": stored.state if stored else "",
            "result": stored.result if stored else "",
        }
        version = stored.version if stored else self.task[1]
        loaded = {"state": TaskState.OPEN.value, "result": ""}
        mine = {"state": TaskState.DONE.value, "result": self.result_edit.text()}
        labels = {"state": tr("State"), "result": tr("What was done")}
        choice = ask_theirs_or_mine(self, str(conflict), labels, loaded, theirs, mine)
        self.context.events.data_changed.emit({"tasks"})
        if choice == "mine" and theirs["state"] == TaskState.OPEN.value:
            self.task = (self.task[0], version)
            self._on_accept()
        elif choice is not None:
            self.reject()  # theirs stands: the list shows the task as it is now
        else:
            self.general_error.setText(str(conflict))
            self.general_error.show()


class DashboardListDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, context: AppContext, viewer: Viewer, ref: ListRef
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.viewer = viewer
        self.ref = ref
        self.destination: str | None = None
        self.resize(1000, 560)
        self.heading = QLabel()
        self.heading.setObjectName("listHeading")
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.count_label = QLabel()
        self.count_label.setObjectName("listCount")
        self.model = DetailListModel(viewer.zone)
        self.view = QTableView()
        self.view.setObjectName("detailList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._on_view_activated)
        self.view.doubleClicked.connect(self._on_view_activated)
        self.hint = QLabel()
        self.hint.setObjectName("listHint")
        self.hint.setStyleSheet("color: #5B6470;")
        self.task_button = QPushButton(tr("Mark task &done…"))
        self.task_button.setObjectName("markTaskDone")
        self.task_button.clicked.connect(self._on_task_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.task_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+D"), self, self._on_task_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.reload()
        self.view.setFocus()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, viewer: Viewer, ref: ListRef
    ) -> str | None:
        dialog = cls(parent, context, viewer, ref)
        dialog.exec()
        return dialog.destination

    def reload(self) -> None:
        with self.context.db.reader() as session:
            listing = open_list(session, self.viewer, self.ref)
        self.model.set_list(listing)
        title = dtr(listing.title) + (f" {listing.subject}" if listing.subject else "")
        self.setWindowTitle(title)
        self.heading.setText(title)
        shown = len(listing.rows)
        if listing.truncated:
            self.count_label.setText(
                tr("The first {shown} of {total}, oldest first").format(
                    shown=f"{shown:,}", total=f"{listing.total:,}"
                )
            )
        else:
            self.count_label.setText(
                tr("No rows") if not shown else tr("{count} in all").format(count=f"{shown:,}")
            )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.resizeColumnsToContents()  # a few hundred rows at most
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column) + 16, 520))
        kinds = {
            "customer": any(r.customer_id for r in listing.rows),
            "task": any(r.task for r in listing.rows),
            "day": any(r.day for r in listing.rows),
        }
        hints = []
        if kinds["customer"]:
            hints.append(tr("Return opens the customer's card."))
        if kinds["task"]:
            hints.append(tr("Return or Ctrl+D marks the task done."))
        if kinds["day"]:
            hints.append(tr("Return opens the day's checklist."))
        self.hint.setText(" ".join(hints))
        self.task_button.setVisible(kinds["task"])
        if shown:
            self.view.selectRow(0)

    def _on_view_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.customer_id is not None:
            from ui.dialogs.customer_card import CustomerCardDialog

            CustomerCardDialog.open_card(self, self.context, row.customer_id)
            self.reload()
        elif row.task is not None:
            self._mark_done(index.row())
        elif row.day is not None:
            self.destination = "showroom_day"
            self.accept()

    def _on_task_button_clicked(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.row_at(index.row()).task is not None:
            self._mark_done(index.row())

    def _mark_done(self, row_number: int) -> None:
        row = self.model.row_at(row_number)
        assert row.task is not None
        try:
            if TaskDoneDialog.ask(self, self.context, row.task, str(row.cells[1])):
                self.reload()
        except ShowroomError as error:
            show_error(self, error_text(error))
