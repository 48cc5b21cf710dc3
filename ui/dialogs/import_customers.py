"""The Import customers dialog: choose a file, match its columns, check, import, read the report.

Open it with :meth:`ImportCustomersDialog.ask`. Reading, checking and importing run off the
GUI thread (see ui/background.py); the import is one unit of work, so Cancel or an error
leaves the database as it was. After a real import the dialog broadcasts
``data_changed({"customers"})``.
"""

from __future__ import annotations

import hashlib
import logging
import traceback
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ShowroomError
from showroom.customers.importing import (
    CardField,
    DuplicateRow,
    ImportReport,
    RejectedRow,
    check_mapping,
    guess_mapping,
    header_key,
    import_customers,
    open_customer_file,
    recognised_headers,
)
from showroom.customers.tabular import Table
from showroom.kernel.settings_store import load_settings
from ui import errors
from ui.background import Progress, TaskCancelled, run_in_background
from ui.context import AppContext
from ui.i18n.messages import error_text

log = logging.getLogger("showroom.ui")
_Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 20


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportCustomersDialog", text)


def field_labels() -> dict[CardField, str]:
    """Each card field as the user reads it, translated."""
    return {
        CardField.FULL_NAME: tr("Full name"),
        CardField.PHONE: tr("Phone"),
        CardField.PHONE_2: tr("Phone 2"),
        CardField.PHONE_3: tr("Phone 3"),
        CardField.PHONE_4: tr("Phone 4"),
        CardField.PHONE_5: tr("Phone 5"),
        CardField.EMAIL: tr("E-mail"),
        CardField.STATUS: tr("Status"),
        CardField.SOURCE: tr("Source"),
        CardField.CONSULTANT: tr("Consultant"),
        CardField.LANGUAGE: tr("Language"),
        CardField.PREFERRED_CHANNEL: tr("Preferred channel"),
        CardField.PREFERRED_TIME: tr("Preferred time"),
        CardField.ADDRESS: tr("Address"),
        CardField.MODELS_OF_INTEREST: tr("Models of interest"),
        CardField.BUDGET_MIN: tr("Budget from"),
        CardField.BUDGET_MAX: tr("Budget to"),
        CardField.TIMEFRAME: tr("Timeframe"),
        CardField.TRADE_IN_MAKE: tr("Trade-in make"),
        CardField.TRADE_IN_MODEL: tr("Trade-in model"),
        CardField.TRADE_IN_YEAR: tr("Trade-in year"),
        CardField.TRADE_IN_MILEAGE: tr("Trade-in mileage (km)"),
        CardField.TRADE_IN_PLATE: tr("Trade-in plate"),
        CardField.TRADE_IN_VIN: tr("Trade-in VIN"),
        CardField.CONSENT: tr("Consent to contact"),
        CardField.NOTES: tr("Notes"),
    }


def _field_label(name: str) -> str:
    """A field named in a rejected row ('phone 2', 'trade-in VIN', …), translated."""
    try:
        return field_labels()[CardField(name)]
    except ValueError:
        return name


class Page(IntEnum):
    FILE = 0
    COLUMNS = 1
    REPORT = 2


# --- models ---------------------------------------------------------------------------------
class PreviewModel(QAbstractTableModel):
    """The first rows of the file; each header names the column and the field it fills."""

    def __init__(self, headers: tuple[str, ...], rows: list[tuple[int, list[str]]]) -> None:
        super().__init__()
        self.headers = headers
        self.rows = rows
        self.mapping: list[CardField | None] = [None] * len(headers)
        self.labels = field_labels()

    def set_mapping(self, mapping: list[CardField | None]) -> None:
        self.mapping = list(mapping)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells = self.rows[index.row()][1]
        value = cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(value.split()) if len(value) <= 200 else value[:200] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and len(value) > 40:
            return value[:2000]
        if role == Qt.ItemDataRole.ForegroundRole and self.mapping[index.column()] is None:
            return QBrush(QColor("#9e9e9e"))  # a column that will not be imported
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self.rows[section][0])  # the line in the file, as the report says it
        target = self.mapping[section] if section < len(self.mapping) else None
        arrow = f"→ {self.labels[target]}" if target is not None else tr("not imported")
        return f"{self.headers[section]}\n{arrow}"


class RecognisedModel(QAbstractTableModel):
    """Each card field and the column names that fill it automatically."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = []
        for target, label in field_labels().items():
            names = recognised_headers(target)
            latin = [n for n in names if n.isascii()][:6]
            chinese = [n for n in names if not n.isascii()][:3]
            self.rows.append((label, ", ".join(latin + chinese)))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return tr("Card field") if section == 0 else tr("Column names it is recognised by")


class ProblemColumn(IntEnum):
    LINE = 0
    FIELD = 1
    PROBLEM = 2


class ProblemModel(QAbstractTableModel):
    """The rejected rows and duplicates of a report, in file order."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[RejectedRow | DuplicateRow] = []

    def set_report(self, report: ImportReport) -> None:
        self.beginResetModel()
        self.problems = report.problems()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ProblemColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        problem = self.problems[index.row()]
        column = ProblemColumn(index.column())
        if column is ProblemColumn.LINE:
            return str(problem.line) if role == Qt.ItemDataRole.DisplayRole else None
        if column is ProblemColumn.FIELD:
            if isinstance(problem, RejectedRow):
                return _field_label(problem.field)
            return tr("Phone") if problem.matched_on == "phone" else tr("E-mail")
        return describe_problem(problem)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ProblemColumn.LINE: tr("Line"),
            ProblemColumn.FIELD: tr("Field"),
            ProblemColumn.PROBLEM: tr("Problem"),
        }[ProblemColumn(section)]


def describe_problem(problem: RejectedRow | DuplicateRow) -> str:
    if isinstance(problem, RejectedRow):
        return problem.rule
    what = tr("phone") if problem.matched_on == "phone" else tr("e-mail")
    if problem.earlier_line is not None:
        return tr("Duplicate: line {line} has the same {what} {value}").format(
            line=problem.earlier_line, what=what, value=problem.value
        )
    return tr("Duplicate: {name} (customer {id}) has the same {what} {value}").format(
        name=problem.customer_name, id=problem.customer_id, what=what, value=problem.value
    )


def _count(number: int, one: str, many: str) -> str:
    return (one if number == 1 else many).format(n=f"{number:,}")


def report_summary(report: ImportReport) -> str:
    """The report in one translated sentence."""
    rows = _count(report.rows_read, tr("1 row"), tr("{n} rows"))
    left_out = [
        _count(report.rejected_rows, tr("1 row rejected"), tr("{n} rows rejected")),
        _count(len(report.duplicates), tr("1 duplicate"), tr("{n} duplicates")),
    ]
    if report.dry_run:
        text = tr(
            "Checked {rows} of {file}: {ok} can be imported; {rejected}, {duplicates}. "
            "Nothing has been imported yet."
        )
    else:
        text = tr("Imported {ok} of {rows} from {file}; {rejected}, {duplicates}.")
    return text.format(
        rows=rows,
        file=report.file_name,
        ok=f"{report.imported:,}",
        rejected=left_out[0],
        duplicates=left_out[1],
    )


# --- the dialog -----------------------------------------------------------------------------
class ImportCustomersDialog(QDialog):
    """Three steps on one dialog: the file, its columns (with a preview), the report."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table: Table | None = None
        self.mapping: list[CardField | None] = []
        self.field_boxes: list[QComboBox] = []
        self.last_report: ImportReport | None = None
        self.import_report: ImportReport | None = None
        self.labels = field_labels()
        self.setObjectName("importCustomersDialog")
        self.setWindowTitle(tr("Import customers"))
        self.setMinimumSize(QSize(820, 560))
        self.resize(1060, 720)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_columns_page())
        self.pages.addWidget(self._build_report_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.pages)
        self._show_page(Page.FILE)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext) -> ImportReport | None:
        """Run the dialog; the report of the import, or None if nothing was imported."""
        dialog = cls(context, parent)
        try:
            dialog.exec()
            return dialog.import_report
        finally:
            dialog.deleteLater()

    # --- building ---------------------------------------------------------------------------
    @staticmethod
    def _title(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-size: 18px; font-weight: bold;")
        return label

    @staticmethod
    def _error_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet("color: #c62828;")
        label.hide()
        return label

    def _build_file_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            tr(
                "Choose a CSV or Excel (.xlsx) file with one customer per row and the column "
                "names in its first row. Next you will see how its columns fill the customer "
                "card; nothing is imported until you press Import."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setPlaceholderText(tr("Path of a .csv or .xlsx file"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.textChanged.connect(self._on_path_edit_text_changed)
        # No returnPressed handler: Return presses the page's default button (Next) once.
        # A handler here ran Next and then the dialog pressed the *new* page's default
        # button with the same key press, importing a file nobody had seen.
        path_label = QLabel(tr("&File:"))
        path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(tr("&Browse…"))
        self.browse_button.setObjectName("browseButton")
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.file_error = self._error_label("fileError")
        hint = QLabel(
            tr(
                "Columns are matched to card fields by their names, in English or Chinese "
                "(you can change each match in the next step). Text files may be UTF-8, "
                "GB18030 or Windows-1252, separated by commas, semicolons or tabs."
            )
        )
        hint.setWordWrap(True)
        self.recognised = QTableView()
        self.recognised.setObjectName("recognisedView")
        self.recognised.setModel(RecognisedModel())
        self.recognised.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recognised.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recognised.setAlternatingRowColors(True)
        self.recognised.setWordWrap(False)
        self.recognised.verticalHeader().setVisible(False)
        self.recognised.verticalHeader().setDefaultSectionSize(26)
        self.recognised.setColumnWidth(0, 210)
        self.recognised.horizontalHeader().setStretchLastSection(True)

        self.next_button = QPushButton(tr("&Next"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._title(tr("Import customers")))
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addSpacing(6)
        layout.addWidget(hint)
        layout.addWidget(self.recognised, 1)
        layout.addLayout(buttons)
        return page

    def _build_columns_page(self) -> QWidget:
        page = QWidget()
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.file_label.setWordWrap(True)

        self.mapping_area = QScrollArea()
        self.mapping_area.setObjectName("mappingArea")
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setFrameShape(QFrame.Shape.StyledPanel)

        self.preview_model = PreviewModel((), [])
        self.preview = QTableView()
        self.preview.setObjectName("previewView")
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setDefaultSectionSize(150)
        self.preview.horizontalHeader().setMinimumHeight(52)
        self.preview.verticalHeader().setDefaultSectionSize(28)

        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 8, 0, 0)
        preview_title = QLabel(tr("&Preview of the first rows (numbered as lines of the file):"))
        preview_title.setBuddy(self.preview)
        preview_layout.addWidget(preview_title)
        preview_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.mapping_area)
        splitter.addWidget(preview_box)
        splitter.setSizes([330, 250])

        self.mapping_hint = QLabel()
        self.mapping_hint.setObjectName("mappingHint")
        self.mapping_hint.setWordWrap(True)
        self.columns_error = self._error_label("columnsError")

        back = QPushButton(tr("&Back"))
        back.clicked.connect(lambda: self._show_page(Page.FILE))
        # The only way on is the preview: every row checked, nothing written; the import
        # itself is confirmed there, with the counts in view.
        self.check_button = QPushButton(tr("&Next: preview"))
        self.check_button.setObjectName("checkButton")
        self.check_button.setToolTip(tr("Check every row without importing anything"))
        self.check_button.clicked.connect(self._on_check_button_clicked)
        cancel = QPushButton(tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self._title(tr("Match the columns")))
        layout.addWidget(self.file_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.mapping_hint)
        layout.addWidget(self.columns_error)
        layout.addLayout(buttons)
        return page

    def _build_report_page(self) -> QWidget:
        page = QWidget()
        self.report_title = self._title("")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-size: 14px;")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_model = ProblemModel()
        self.problems_view = QTableView()
        self.problems_view.setObjectName("problemsView")
        self.problems_view.setModel(self.problem_model)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setAlternatingRowColors(True)
        self.problems_view.setWordWrap(False)
        self.problems_view.verticalHeader().setVisible(False)
        self.problems_view.verticalHeader().setDefaultSectionSize(28)
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(ProblemColumn.PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.problems_view.setColumnWidth(ProblemColumn.LINE, 70)
        self.problems_view.setColumnWidth(ProblemColumn.FIELD, 170)
        self.no_problems = QLabel(tr("Every row is fine."))
        self.no_problems.setObjectName("noProblems")
        self.no_problems.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.copy_button = QPushButton(tr("C&opy list"))
        self.copy_button.setToolTip(tr("Copy the rows left out, to fix them in the file"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.back_button = QPushButton(tr("&Back to the columns"))
        self.back_button.clicked.connect(lambda: self._show_page(Page.COLUMNS))
        self.import_checked_button = QPushButton()
        self.import_checked_button.setObjectName("importCheckedButton")
        self.import_checked_button.clicked.connect(self._on_import_button_clicked)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setObjectName("closeButton")
        self.close_button.clicked.connect(self._on_close_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.import_checked_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.report_title)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.no_problems, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Copy, self.problems_view, self._on_copy_button_clicked)
        return page

    # --- pages ------------------------------------------------------------------------------
    @property
    def page(self) -> Page:
        return Page(self.pages.currentIndex())

    def _show_page(self, page: Page) -> None:
        self.pages.setCurrentIndex(page)
        if page is Page.FILE:
            self.next_button.setDefault(True)
            self.path_edit.setFocus()
        elif page is Page.COLUMNS:
            self.check_button.setDefault(True)
            if self.field_boxes:
                self.field_boxes[0].setFocus()
        else:
            target = (
                self.import_checked_button
                if not self.import_checked_button.isHidden()
                else self.close_button
            )
            target.setDefault(True)
            target.setFocus()

    # --- step 1: the file -------------------------------------------------------------------
    def _on_path_edit_text_changed(self, text: str) -> None:
        self.next_button.setEnabled(bool(text.strip()))
        self.file_error.hide()

    def _on_browse_button_clicked(self) -> None:
        start = self.path_edit.text().strip() or str(
            self.context.ui_settings.value("import/folder", str(Path.home()))
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose the file to import"),
            start,
            tr("Customer files (*.csv *.xlsx *.txt *.tsv *.xlsm);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self._on_next_button_clicked()

    def _on_next_button_clicked(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.open_file(Path(text).expanduser())

    def open_file(self, path: Path) -> bool:
        """Read the file's header and first rows and go to the columns step."""

        def work(progress: Progress) -> tuple[Table, list[tuple[int, list[str]]]]:
            table = open_customer_file(path)
            return table, table.preview(PREVIEW_ROWS)

        try:
            table, preview = run_in_background(
                self, tr("Import customers"), tr("Reading {name}…").format(name=path.name), work
            )
        except ShowroomError as error:
            self.file_error.setText(error_text(error))
            self.file_error.show()
            return False
        except TaskCancelled:
            return False
        except Exception:
            self._unexpected()
            return False
        self.context.ui_settings.setValue("import/folder", str(path.parent))
        self.table = table
        self._fill_columns(table, preview)
        self._show_page(Page.COLUMNS)
        return True

    # --- step 2: the columns ----------------------------------------------------------------
    def _fill_columns(self, table: Table, preview: list[tuple[int, list[str]]]) -> None:
        about = (
            tr(", about {rows} rows").format(rows=f"{table.estimated_rows:,}")
            if table.estimated_rows
            else ""
        )
        self.file_label.setText(
            tr("{name}: {how}{about}. Choose the card field each column fills.").format(
                name=table.name, how=table.describe(), about=about
            )
        )
        self.mapping = self._remembered_mapping(table.headers) or guess_mapping(table.headers)
        self.preview_model = PreviewModel(table.headers, preview)
        self.preview.setModel(self.preview_model)
        self.preview_model.set_mapping(self.mapping)

        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        for column, heading in enumerate(
            (tr("Column in the file"), tr("Fills the card field"), tr("First values"))
        ):
            label = QLabel(heading)
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, column)
        self.field_boxes = []
        metrics = self.fontMetrics()
        for index, header in enumerate(table.headers):
            name = QLabel(metrics.elidedText(header, Qt.TextElideMode.ElideRight, 240))
            name.setToolTip(header)
            box = QComboBox()
            box.setObjectName(f"fieldBox{index}")
            box.setMinimumWidth(220)
            box.setAccessibleName(tr("Card field for the column {name}").format(name=header))
            box.addItem(tr("— not imported —"), None)
            for target, label_text in self.labels.items():
                box.addItem(label_text, target.value)
            current = self.mapping[index]
            box.setCurrentIndex(box.findData(current.value) if current is not None else 0)
            box.currentIndexChanged.connect(
                lambda _i, column=index: self._on_field_box_current_index_changed(column)
            )
            name.setBuddy(box)
            samples = [
                " ".join(cells[index].split())
                for _, cells in preview
                if index < len(cells) and cells[index].strip()
            ][:3]
            sample = QLabel(
                metrics.elidedText(" · ".join(samples), Qt.TextElideMode.ElideRight, 420)
            )
            sample.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(name, index + 1, 0)
            grid.addWidget(box, index + 1, 1)
            grid.addWidget(sample, index + 1, 2)
            self.field_boxes.append(box)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(table.headers) + 1, 1)
        self.mapping_area.setWidget(grid_widget)
        self.columns_error.hide()
        self._update_mapping_state()

    @staticmethod
    def _mapping_key(headers: tuple[str, ...]) -> str:
        """The settings key of a set of column names (their order and spelling as read)."""
        digest = hashlib.sha1("\x1f".join(header_key(h) for h in headers).encode()).hexdigest()
        return f"import/mapping/{digest[:16]}"

    def _remembered_mapping(self, headers: tuple[str, ...]) -> list[CardField | None] | None:
        """The mapping chosen last time for a file with these columns, if any."""
        stored = self.context.ui_settings.value(self._mapping_key(headers), "")
        values = str(stored or "").split("\x1f") if stored else []
        if len(values) != len(headers):
            return None
        known = {f.value for f in CardField}
        return [CardField(v) if v in known else None for v in values]

    def _remember_mapping(self, headers: tuple[str, ...], mapping: list[CardField | None]) -> None:
        self.context.ui_settings.setValue(
            self._mapping_key(headers), "\x1f".join(m.value if m else "" for m in mapping)
        )

    def _on_field_box_current_index_changed(self, column: int) -> None:
        box = self.field_boxes[column]
        value = box.currentData()
        target = CardField(value) if value is not None else None
        if target is not None:
            # A field fills from one column: taking it here frees it elsewhere.
            for other, other_box in enumerate(self.field_boxes):
                if other != column and self.mapping[other] is target:
                    self.mapping[other] = None
                    other_box.blockSignals(True)
                    other_box.setCurrentIndex(0)
                    other_box.blockSignals(False)
        self.mapping[column] = target
        self.preview_model.set_mapping(self.mapping)
        self.columns_error.hide()
        self._update_mapping_state()

    def set_field(self, column: int, target: CardField | None) -> None:
        """Choose the field of a column, as the user would with its combo box."""
        box = self.field_boxes[column]
        box.setCurrentIndex(box.findData(target.value) if target is not None else 0)

    def _update_mapping_state(self) -> None:
        has_name = CardField.FULL_NAME in self.mapping
        self.check_button.setEnabled(has_name)
        used = sum(1 for m in self.mapping if m is not None)
        if has_name:
            self.mapping_hint.setText(
                tr("{used} of {total} columns will be imported.").format(
                    used=used, total=len(self.mapping)
                )
            )
            self.mapping_hint.setStyleSheet("")
        else:
            self.mapping_hint.setText(
                tr("Choose the column that holds the customer's name (Full name).")
            )
            self.mapping_hint.setStyleSheet("color: #c62828;")

    # --- check and import -------------------------------------------------------------------
    def _on_check_button_clicked(self) -> None:
        self.run(dry_run=True)

    def _on_import_button_clicked(self) -> None:
        self.run(dry_run=False)

    def run(self, *, dry_run: bool) -> ImportReport | None:
        """Check (dry run) or import the file with the current mapping, off the GUI thread."""
        table = self.table
        if table is None:
            return None
        mapping = list(self.mapping)
        try:
            check_mapping(table, mapping)
        except ShowroomError as error:
            self._show_run_error(error_text(error))
            return None
        self._remember_mapping(table.headers, mapping)
        db, actor = self.context.db, self.context.user_id

        def work(progress: Progress) -> ImportReport:
            # Runs on a pool thread: its own unit of work, no widgets.
            unit = db.reader() if dry_run else db.session()
            with unit as session:
                return import_customers(
                    session,
                    table,
                    mapping,
                    load_settings(session),
                    actor_id=actor,
                    dry_run=dry_run,
                    progress=progress,
                )

        label = tr("Checking the rows of {name}…") if dry_run else tr("Importing {name}…")
        try:
            report = run_in_background(
                self,
                tr("Import customers"),
                label.format(name=table.name),
                work,
                unit=tr("rows"),
            )
        except TaskCancelled:
            self._show_run_error(
                tr("Checking was stopped.")
                if dry_run
                else tr("The import was cancelled; nothing was imported.")
            )
            return None
        except ShowroomError as error:
            self._show_run_error(
                tr("{problem} Nothing was imported.").format(problem=error_text(error))
                if not dry_run
                else error_text(error)
            )
            return None
        except Exception:
            self._unexpected()
            return None
        self.last_report = report
        if not dry_run:
            self.import_report = report
            if report.imported:
                self.context.events.data_changed.emit({"customers"})
        self._show_report(report)
        return report

    def _show_run_error(self, message: str) -> None:
        self._show_page(Page.COLUMNS)
        self.columns_error.setText(message)
        self.columns_error.show()

    def _unexpected(self) -> None:
        details = traceback.format_exc()
        log.error("import failed unexpectedly:\n%s", details)
        errors.show_unexpected(self, details)

    # --- step 3: the report -----------------------------------------------------------------
    def _show_report(self, report: ImportReport) -> None:
        self.report_title.setText(tr("Check result") if report.dry_run else tr("Import finished"))
        self.summary_label.setText(report_summary(report))
        self.problem_model.set_report(report)
        has_problems = bool(self.problem_model.problems)
        self.problems_view.setVisible(has_problems)
        self.no_problems.setVisible(not has_problems)
        self.copy_button.setEnabled(has_problems)
        self.back_button.setVisible(report.dry_run)
        can_import = report.dry_run and report.imported > 0
        self.import_checked_button.setVisible(can_import)
        self.import_checked_button.setText(
            tr("&Import {count} customers").format(count=f"{report.imported:,}")
        )
        self.close_button.setText(tr("Close") if report.dry_run else tr("&Done"))
        self._show_page(Page.REPORT)

    def problems_text(self) -> str:
        """The rows left out, one per line, as the command line prints them."""
        lines = []
        for problem in self.problem_model.problems:
            where = tr("line {line}").format(line=problem.line)
            if isinstance(problem, RejectedRow):
                lines.append(f"{where}: {_field_label(problem.field)}: {problem.rule}")
            else:
                lines.append(f"{where}: {describe_problem(problem)}")
        return "\n".join(lines)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.problems_text())

    def _on_close_button_clicked(self) -> None:
        if self.import_report is not None:
            self.accept()
        else:
            self.reject()
