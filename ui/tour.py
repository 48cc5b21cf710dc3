"""Every page (with each of its tabs) and the main dialogs, built on a demo database: the
Chinese layout test and the screenshot script both walk this tour."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from ui.context import AppContext

PAGES = ("today", "customers", "test_drives", "deals", "deliveries", "showroom_day", "settings")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def pages(window: QWidget) -> Iterator[tuple[str, QWidget]]:
    """Each page of the main window, once per tab of its outer tab widget."""
    for key in PAGES:
        page = window.open_page(key)  # type: ignore[attr-defined]
        settle()
        if hasattr(page, "set_mode"):  # a calendar: its day and its week
            for mode in ("day", "week"):
                page.set_mode(mode)
                settle()
                yield f"page-{key}-{mode}", window
            page.set_mode("day")
            continue
        tabs = page.findChildren(QTabWidget)
        if not tabs:
            yield f"page-{key}", window
            continue
        outer = tabs[0]
        for index in range(outer.count()):
            outer.setCurrentIndex(index)
            settle()
            yield f"page-{key}-{index}", window
        outer.setCurrentIndex(0)


def dialogs(window: QWidget, context: AppContext) -> Iterator[tuple[str, QWidget]]:
    """The main dialogs, each on a real record of the demo database; closed after use."""
    from dataclasses import replace

    from showroom.admin.users import list_users
    from showroom.core.ids import UserId
    from showroom.dashboard.overview import tour_samples
    from showroom.dashboard.service import ListRef, Viewer
    from showroom.kernel.document_kind import DocumentKind
    from ui.background import progress_dialog
    from ui.dialogs.audit import AuditDialog
    from ui.dialogs.booking import BookingDialog
    from ui.dialogs.boutique import BoutiqueDialog
    from ui.dialogs.cancel_drive import CancelDriveDialog
    from ui.dialogs.check_in import CheckInDialog
    from ui.dialogs.check_out import CheckOutDialog
    from ui.dialogs.checklist_templates import ChecklistTemplatesDialog
    from ui.dialogs.conflict import ConflictDialog
    from ui.dialogs.customer_card import CustomerCardDialog
    from ui.dialogs.customer_picker import CustomerPickerDialog
    from ui.dialogs.dashboard_list import DashboardListDialog
    from ui.dialogs.deal_dialog import DealDialog
    from ui.dialogs.delivery_dialog import DeliveryDialog
    from ui.dialogs.fleet_car import FleetCarDialog
    from ui.dialogs.import_customers import ImportCustomersDialog
    from ui.dialogs.log_contact import LogContactDialog
    from ui.dialogs.plan_comparison import PlanComparisonDialog
    from ui.dialogs.plan_editor import PlanEditorDialog
    from ui.dialogs.satisfaction import SatisfactionDialog
    from ui.dialogs.sign_in import FirstAdminDialog, SignInDialog
    from ui.dialogs.users import AddUserDialog, ResetPasswordDialog, UsersDialog
    from ui.dialogs.vehicle_editor import VehicleEditorDialog
    from ui.dialogs.walk_in import WalkInDialog
    from ui.print_batches import batch_label

    with context.db.reader() as session:
        samples = tour_samples(session)
        admin_id = samples.admin_id
        users = list_users(session, UserId(admin_id)) if admin_id is not None else []
    customer_id = samples.customer_id
    deal_id, deal_customer = samples.deal_id, samples.deal_customer_id
    drive_id, delivery_id = samples.drive_id, samples.delivery_id
    admin_context = (
        replace(context, user_id=UserId(admin_id), user_role=samples.admin_role or "")
        if admin_id is not None
        else None
    )
    assert customer_id is not None
    made: list[tuple[str, object]] = [
        ("card", lambda: CustomerCardDialog(window, context, customer_id)),
        ("new-card", lambda: CustomerCardDialog(window, context, None)),
        ("log-contact", lambda: LogContactDialog(window, context, customer_id, None)),
        ("walk-in", lambda: WalkInDialog(window, context)),
        ("booking", lambda: BookingDialog(window, context, customer_id=customer_id)),
        ("cancel-drive", lambda: CancelDriveDialog(window, "—")),
        ("fleet-car", lambda: FleetCarDialog(window, context)),
        ("vehicle", lambda: VehicleEditorDialog(window, context)),
        ("boutique", lambda: BoutiqueDialog(window, context)),
        ("checklist-templates", lambda: ChecklistTemplatesDialog(window, context)),
        ("import", lambda: ImportCustomersDialog(context, window)),
        ("customer-picker", lambda: CustomerPickerDialog(window, context)),
        ("plan-editor", lambda: PlanEditorDialog(window, context, customer_id)),
        ("sign-in", lambda: SignInDialog(window, context.db)),
        ("first-admin", lambda: FirstAdminDialog(window, context.db)),
        ("plan-delivery", lambda: DeliveryDialog(window, context)),
        (
            "satisfaction",
            lambda: SatisfactionDialog(window, "李伟", "Satisfaction call after delivery 12"),
        ),
        ("audit", lambda: AuditDialog(window, context)),
        (
            "conflict",
            lambda: ConflictDialog(
                window,
                "李伟 · Anna Kowalska · 10:42",
                [("Phone", "138 0013 8000", "139 0013 9000", "138 0013 8000")],
            ),
        ),
        (
            "print-progress",
            lambda: progress_dialog(
                window,
                QCoreApplication.translate("PrintBatches", "Printing"),
                QCoreApplication.translate("PrintBatches", "Printing and filing: {what}").format(
                    what=batch_label(DocumentKind.HANDOVER)
                )
                + "\n"
                + QCoreApplication.translate("Background", "{done} of {total} {unit}").format(
                    done="3",
                    total="12",
                    unit=QCoreApplication.translate("PrintBatches", "documents"),
                ),
            ),
        ),
    ]
    if admin_context is not None:
        made.append(("users", lambda: UsersDialog(window, admin_context)))
        made.append(("add-user", lambda: AddUserDialog(window, admin_context)))
        if users:
            made.append(
                ("reset-password", lambda: ResetPasswordDialog(window, admin_context, users[0]))
            )
    if delivery_id is not None:
        made.append(("delivery", lambda: DeliveryDialog(window, context, delivery_id)))
    # The Today lists of the deliveries section (readiness composed in showroom/).
    zone = ZoneInfo(context.settings.timezone)
    viewer = Viewer(context.user_id, context.user_role, datetime.now(zone), zone)
    for key, params in (("deliveries.list", (("days", "7"),)), ("deliveries.owed", ())):
        ref = ListRef(key, params)
        made.append(
            (
                f"today-{key}",
                lambda ref=ref: DashboardListDialog(window, context, viewer, ref),
            )
        )
    if drive_id is not None:
        made.append(("check-out", lambda: CheckOutDialog(window, context, drive_id)))
        made.append(("check-in", lambda: CheckInDialog(window, context, drive_id)))
    if deal_id is not None and deal_customer is not None:
        made.append(("deal", lambda: DealDialog(window, context, deal_id)))
        made.append(("plans", lambda: PlanComparisonDialog(window, context, deal_customer)))
    for name, factory in made:
        dialog = factory()  # type: ignore[operator]
        dialog.show()
        settle()
        tabs = dialog.findChildren(QTabWidget)
        if tabs:
            for index in range(tabs[0].count()):
                tabs[0].setCurrentIndex(index)
                settle()
                yield f"dialog-{name}-{index}", dialog
        else:
            yield f"dialog-{name}", dialog
        dialog.close()
        dialog.deleteLater()
