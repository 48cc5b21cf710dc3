"""The Customers page: search-as-you-type with filters, My follow-ups, and today's walk-ins."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from showroom.customers.domain import format_phone
from showroom.customers.follow_ups import due_follow_ups
from showroom.customers.search import CustomerFilter, CustomerRow, count_customers, search_customers
from showroom.customers.walk_ins import day_register, end_walk_in
from showroom.kernel.staff import staff
from showroom.kernel.work import Session, run_in_transaction
from ui.context import AppContext
from ui.dialogs.walk_in import purpose_labels
from ui.models.customers import Column, CustomerListModel, status_label
from ui.widgets.refresh import RefreshWhenVisible

SEARCH_DELAY_MS = 150
COUNT_LIMIT = 10_000


def tr(text: str) -> str:
    return QCoreApplication.translate("CustomersPage", text)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CustomersPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.zone = ZoneInfo(context.settings.timezone)
        self.filter = CustomerFilter()
        self.model = CustomerListModel(self._load_page)

        title = QLabel(tr("Customers"))
        title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.new_button = QPushButton(tr("New customer"))
        self.new_button.setObjectName("newCustomer")
        self.new_button.setToolTip(tr("Create a customer card (Ctrl+N)"))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_list(), tr("All customers"))
        self.follow_ups = _table(
            [tr("Due"), tr("Customer"), tr("Phone"), tr("Reason"), tr("Assigned to")], "myFollowUps"
        )
        self.follow_ups.doubleClicked.connect(self._on_follow_ups_double_clicked)
        self.follow_ups.activated.connect(self._on_follow_ups_double_clicked)
        self.tabs.addTab(self._wrap(self.follow_ups, self._follow_up_header()), tr("My follow-ups"))
        self.walk_ins = _table(
            [tr("In"), tr("Out"), tr("Customer"), tr("Party"), tr("Purpose"), tr("Consultant")],
            "walkIns",
        )
        self.walk_ins.doubleClicked.connect(self._on_walk_ins_double_clicked)
        self.walk_ins.activated.connect(self._on_walk_ins_double_clicked)
        self.tabs.addTab(self._wrap(self.walk_ins, self._walk_in_header()), tr("Walk-ins today"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh_tab())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        # Not self.reload itself: looked up at each call, so a wrapper (a test's) sees it.
        self._refresh = RefreshWhenVisible(self, lambda: self.reload())
        self.context.events.data_changed.connect(self._on_events_data_changed)
        self.apply_filter()

    # --- the list -------------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Search name, phone, e-mail, plate or VIN  (Ctrl+K)"))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)

        self.status_box = QComboBox()
        self.status_box.setObjectName("statusFilter")
        self.status_box.addItem(tr("Any status"), "")
        for status in ("lead", "prospect", "customer", "owner", "lost"):
            self.status_box.addItem(status_label(status), status)
        self.consultant_box = QComboBox()
        self.consultant_box.setObjectName("consultantFilter")
        self.consultant_box.addItem(tr("Any consultant"), None)
        with self.context.db.reader() as session:
            for member in staff(session, include_inactive=True):
                self.consultant_box.addItem(member.name, int(member.id))
        self.source_box = QComboBox()
        self.source_box.setObjectName("sourceFilter")
        self.source_box.addItem(tr("Any source"), "")
        from ui.dialogs.customer_card import source_labels

        for value, label in source_labels():
            self.source_box.addItem(label, value)
        self.due_box = QComboBox()
        self.due_box.setObjectName("dueFilter")
        for value, label in (
            ("", tr("Any follow-up")),
            ("overdue", tr("Follow-up overdue")),
            ("today", tr("Follow-up due today")),
            ("week", tr("Follow-up this week")),
        ):
            self.due_box.addItem(label, value)
        for box in (self.status_box, self.consultant_box, self.source_box, self.due_box):
            box.currentIndexChanged.connect(lambda _i: self.apply_filter())

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for box in (self.status_box, self.consultant_box, self.source_box, self.due_box):
            filters.addWidget(box, 1)

        self.view = QTableView()
        self.view.setObjectName("customersView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(32)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.EMAIL, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (Column.NAME, 260),
            (Column.PHONE, 170),
            (Column.STATUS, 100),
            (Column.CONSULTANT, 150),
            (Column.CREATED, 110),
        ):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(self._on_view_activated)
        self.view.activated.connect(self._on_view_activated)

        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.view, 1)
        return page

    def _wrap(self, table: QTableWidget, header: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(header)
        layout.addWidget(table, 1)
        return page

    def _follow_up_header(self) -> QWidget:
        self.follow_up_summary = QLabel()
        self.follow_up_summary.setObjectName("followUpSummary")
        return self.follow_up_summary

    def _walk_in_header(self) -> QWidget:
        self.walk_in_summary = QLabel()
        self.walk_in_summary.setObjectName("walkInSummary")
        self.walk_in_summary.setWordWrap(True)
        return self.walk_in_summary

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            text=self.search.text(),
            status=self.status_box.currentData() or None,
            consultant_id=self.consultant_box.currentData(),
            source=self.source_box.currentData() or None,
            follow_up=self.due_box.currentData() or None,
            today=datetime.now(self.zone).date(),
            actor_id=int(self.context.user_id),
        )

    def _load_page(self, after: tuple[str, int] | None, limit: int) -> list[CustomerRow]:
        with self.context.db.reader() as session:
            return search_customers(session, self.filter, after, limit)

    def apply_filter(self) -> None:
        """Run the search and filters now (typing runs this after a short pause)."""
        self._timer.stop()
        self.filter = self.current_filter()
        self.model.reload()
        shown = self.model.rowCount()
        if not self.model.canFetchMore(QModelIndex()):
            self.count_label.setText(tr("{count} customers").format(count=f"{shown:,}"))
        elif self.filter == CustomerFilter(today=self.filter.today, actor_id=self.filter.actor_id):
            with self.context.db.reader() as session:
                total = count_customers(session, self.filter)
            self.count_label.setText(tr("{count} customers").format(count=f"{total:,}"))
        else:
            self.count_label.setText(tr("More than {count} customers").format(count=f"{shown:,}"))
        if shown:
            self.view.selectRow(0)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # --- other tabs -----------------------------------------------------------------------
    def refresh_tab(self) -> None:
        index = self.tabs.currentIndex()
        today = datetime.now(self.zone).date()
        if index == 1:
            with self.context.db.reader() as session:
                rows = due_follow_ups(session, today, assigned_to=int(self.context.user_id))
            self.follow_ups.setRowCount(len(rows))
            for r, row in enumerate(rows):
                values = [
                    row.due_on.isoformat() + ("  " + tr("overdue") if row.overdue else ""),
                    row.customer_name,
                    format_phone(row.phone) if row.phone else "",
                    row.reason,
                    row.assigned_to or "",
                ]
                for c, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setData(Qt.ItemDataRole.UserRole, (row.id, int(row.customer_id)))
                    if row.overdue:
                        item.setForeground(Qt.GlobalColor.darkRed)
                    self.follow_ups.setItem(r, c, item)
            overdue = sum(1 for r in rows if r.overdue)
            self.follow_up_summary.setText(
                tr("{due} due today, {overdue} overdue. Press Return to log the contact.").format(
                    due=len(rows) - overdue, overdue=overdue
                )
            )
        elif index == 2:
            with self.context.db.reader() as session:
                register = day_register(session, today, self.zone)
            purposes = dict(purpose_labels())
            self.walk_ins.setRowCount(len(register.rows))
            for r, visit in enumerate(register.rows):
                cells = [
                    visit.time_in.astimezone(self.zone).strftime("%H:%M"),
                    visit.time_out.astimezone(self.zone).strftime("%H:%M")
                    if visit.time_out
                    else "",
                    visit.customer_name or (tr("Anonymous: ") + (visit.description or "")),
                    str(visit.party_size),
                    purposes.get(visit.purpose, visit.purpose),
                    visit.consultant or "",
                ]
                for c, value in enumerate(cells):
                    item = QTableWidgetItem(value)
                    item.setData(Qt.ItemDataRole.UserRole, visit.id)
                    self.walk_ins.setItem(r, c, item)
            hours = ", ".join(f"{h:02d}:00 {n}" for h, n in sorted(register.per_hour.items()))
            purposes_text = ", ".join(
                f"{purposes.get(p, p)} {n}" for p, n in register.per_purpose.most_common()
            )
            people = ", ".join(f"{c} {n}" for c, n in register.per_consultant.most_common())
            self.walk_in_summary.setText(
                tr(
                    "{visits} walk-ins, {visitors} visitors, {anonymous} not yet linked. "
                    "Per hour: {hours}. Purpose: {purposes}. Consultants: {people}. "
                    "Return on a visit still open records its time out."
                ).format(
                    visits=len(register.rows),
                    visitors=register.visitors,
                    anonymous=register.anonymous,
                    hours=hours or "—",
                    purposes=purposes_text or "—",
                    people=people or "—",
                )
            )

    # --- actions --------------------------------------------------------------------------
    def _on_search_return_pressed(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.open_customer(int(self.model.row_at(0).id))

    def _on_view_activated(self, index: QModelIndex) -> None:
        self.open_customer(int(self.model.row_at(index.row()).id))

    def open_customer(self, customer_id: int) -> None:
        from ui.dialogs.customer_card import CustomerCardDialog

        CustomerCardDialog.open_card(self, self.context, customer_id)

    def _on_new_button_clicked(self) -> None:
        from ui.dialogs.customer_card import CustomerCardDialog

        CustomerCardDialog.new_card(self, self.context, self.search.text().strip())

    def _on_follow_ups_double_clicked(self, index: QModelIndex) -> None:
        follow_up_id, customer_id = index.data(Qt.ItemDataRole.UserRole)
        from ui.dialogs.log_contact import LogContactDialog

        LogContactDialog.ask(self, self.context, customer_id, follow_up_id)

    def _on_walk_ins_double_clicked(self, index: QModelIndex) -> None:
        walk_in_id = index.data(Qt.ItemDataRole.UserRole)
        time_out = self.walk_ins.item(index.row(), 1)
        if time_out is not None and time_out.text():
            return

        def _unit(session: Session) -> None:
            end_walk_in(session, walk_in_id, actor_id=self.context.user_id)

        run_in_transaction(self.context.db, _unit)
        self.context.events.data_changed.emit({"walk_ins"})

    def _on_events_data_changed(self, kinds: set[str]) -> None:
        if kinds & {"customers", "follow_ups", "walk_ins", "interactions", "external"}:
            self._refresh.request()

    def reload(self) -> None:
        """The list (keeping the user's place) and the open tab, as stored now."""
        self.refresh_keeping_place()
        self.refresh_tab()

    def refresh_keeping_place(self) -> None:
        """Reload the list, keeping the selected customer and the scroll position."""
        selected = self.view.currentIndex()
        selected_id = int(self.model.row_at(selected.row()).id) if selected.isValid() else None
        shown = self.model.rowCount()
        scroll = self.view.verticalScrollBar().value()
        self.apply_filter()
        while self.model.rowCount() < shown and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.view.verticalScrollBar().setValue(scroll)
        if selected_id is not None:
            for row in range(self.model.rowCount()):
                if int(self.model.row_at(row).id) == selected_id:
                    self.view.selectionModel().setCurrentIndex(
                        self.model.index(row, 0),
                        self.view.selectionModel().SelectionFlag.ClearAndSelect
                        | self.view.selectionModel().SelectionFlag.Rows,
                    )
                    break
        self.view.verticalScrollBar().setValue(scroll)
