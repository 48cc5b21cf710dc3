"""A customer's purchase plans side by side, one column per plan: the car, each price line,
the payment and what the customer pays in total (the cheapest shaded). From here a plan is
opened, copied into a variant, printed, declined, or accepted (which opens the deal)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from showroom.core.errors import ShowroomError
from showroom.customers.service import get_customer
from showroom.deals.domain import PlanStatus
from showroom.deals.plans import PlanView, copy_plan, customer_plans, decline_plan
from showroom.deals.service import accept_plan
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.work import Session, run_in_transaction
from ui.context import AppContext
from ui.dialogs.reason import ReasonDialog
from ui.errors import show_error
from ui.i18n.messages import error_text
from ui.models.deals import PlanComparisonModel
from ui.widgets.item_colours import COMPACT_HEADER, ItemColoursDelegate


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanComparison", text)


class PlanComparisonDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext, customer_id: int) -> None:
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.accepted_deal: int | None = None
        self.setObjectName("planComparison")
        self.resize(1320, 760)
        with context.db.reader() as session:
            self.customer_name = get_customer(session, customer_id).full_name
        self.setWindowTitle(tr("Plans of {name}").format(name=self.customer_name))

        self.header = QLabel(tr("Plans of {name}").format(name=self.customer_name))
        self.header.setStyleSheet("font-size: 20px; font-weight: bold;")
        hint = QLabel(
            tr(
                "One column per plan; ←/→ choose a plan. The lowest amount to pay and total "
                "payable are in green."
            )
        )
        hint.setStyleSheet("color: #5b6470;")
        self.model = PlanComparisonModel(context.settings.locale)
        self.view = QTableView()
        self.view.setObjectName("comparisonView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(30)
        self.view.verticalHeader().setMinimumWidth(190)
        self.view.setStyleSheet(COMPACT_HEADER)
        self.view.setItemDelegate(ItemColoursDelegate(self.view))
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(190)
        self.view.doubleClicked.connect(self._on_view_double_clicked)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, title, shortcut, slot in (
            ("new", tr("&New plan…"), "Ctrl+N", self._on_new_clicked),
            ("open", tr("&Open…"), "Return", self._on_open_clicked),
            ("copy", tr("&Copy as variant"), "Ctrl+D", self._on_copy_clicked),
            ("print", tr("&Print proposal…"), "Ctrl+P", self._on_print_clicked),
            ("decline", tr("&Decline…"), "", self._on_decline_clicked),
            ("accept", tr("&Accept plan…"), "Ctrl+Return", self._on_accept_clicked),
        ):
            button = QPushButton(title)
            button.setObjectName(f"compare_{key}")
            if shortcut:
                button.setToolTip(f"{title.replace('&', '').rstrip('…')} ({shortcut})")
                QShortcut(QKeySequence(shortcut), self, slot)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    # --- data ----------------------------------------------------------------------------
    def reload(self, select_plan: int | None = None) -> None:
        with self.context.db.reader() as session:
            plans = customer_plans(session, self.customer_id, actor_id=self.context.user_id)
        self.model.set_plans(plans)
        column = 0
        if select_plan is not None:
            column = next((i for i, p in enumerate(plans) if p.id == select_plan), 0)
        elif plans:
            opened = [i for i, p in enumerate(plans) if p.status is PlanStatus.OPEN]
            column = opened[-1] if opened else len(plans) - 1
        if plans:
            self.view.setCurrentIndex(self.model.index(0, column))
            self.view.selectColumn(column)
        self.view.setFocus()
        self._update_buttons()

    def current_plan(self) -> PlanView | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.column() >= len(self.model.plans):
            return None
        return self.model.plans[index.column()]

    def _update_buttons(self) -> None:
        plan = self.current_plan()
        is_open = plan is not None and plan.status is PlanStatus.OPEN
        for key in ("open", "copy", "print"):
            self.buttons[key].setEnabled(plan is not None)
        self.buttons["decline"].setEnabled(is_open)
        self.buttons["accept"].setEnabled(is_open)

    # --- actions -------------------------------------------------------------------------
    def _edit(self, plan_id: int | None) -> None:
        from ui.dialogs.plan_editor import PlanEditorDialog

        saved = PlanEditorDialog.ask(self, self.context, self.customer_id, plan_id)
        self.reload(saved or plan_id)

    def _on_new_clicked(self) -> None:
        self._edit(None)

    def _on_open_clicked(self) -> None:
        plan = self.current_plan()
        if plan is not None:
            self._edit(plan.id)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self._on_open_clicked()

    def _on_copy_clicked(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return

        def _unit(session: Session) -> int:
            return copy_plan(session, plan.id, self.context.user_id)

        new_id = run_in_transaction(self.context.db, _unit)
        self.context.events.data_changed.emit({"plans"})
        self.reload(new_id)

    def _on_print_clicked(self) -> None:
        plan = self.current_plan()
        if plan is not None:
            from ui.printing import print_form

            print_form(self, self.context, DocumentKind.PURCHASE_PLAN, plan.id)

    def _on_decline_clicked(self) -> None:
        plan = self.current_plan()
        if plan is None or plan.status is not PlanStatus.OPEN:
            return
        reason = ReasonDialog.ask(
            self,
            tr("Decline {title}").format(title=plan.title),
            tr("Why did the customer turn this plan down?"),
            optional=True,
        )
        if reason is None:
            return
        try:

            def _unit(session: Session) -> None:
                decline_plan(session, plan.id, plan.version, reason, self.context.user_id)

            run_in_transaction(self.context.db, _unit)
        except ShowroomError as error:
            show_error(self, error_text(error))
        self.context.events.data_changed.emit({"plans", "interactions"})
        self.reload(plan.id)

    def _on_accept_clicked(self) -> None:
        plan = self.current_plan()
        if plan is None or plan.status is not PlanStatus.OPEN:
            return
        answer = QMessageBox.question(
            self,
            tr("Accept {title}?").format(title=plan.title),
            tr(
                "{name} accepts {title}: a deal opens with its four checklists and "
                "{car} is reserved for them."
            ).format(name=self.customer_name, title=plan.title, car=plan.vehicle_text),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:

            def _unit(session: Session) -> int:
                return accept_plan(
                    session, plan.id, plan.version, self.context.user_id, self.context.settings
                )

            deal_id = run_in_transaction(self.context.db, _unit)
        except ShowroomError as error:
            show_error(self, error_text(error), tr("The plan was not accepted"))
            self.reload(plan.id)
            return
        self.accepted_deal = deal_id
        self.context.events.data_changed.emit({"plans", "deals", "vehicles", "interactions"})
        self.accept()
        from ui.dialogs.deal_dialog import DealDialog

        DealDialog.ask(self.parentWidget(), self.context, deal_id)

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, customer_id: int) -> int | None:
        """Show the customer's plans; returns the id of the deal opened, if one was."""
        dialog = cls(parent, context, customer_id)
        dialog.exec()
        return dialog.accepted_deal
