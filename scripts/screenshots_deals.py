"""Screenshots of the Deals page and its dialogs, to look at them as a user would.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_deals.py --home DIR --out DIR

Uses the database in DIR (fill it with `showroom demo` first).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from showroom.storage.config import resolve_config
from showroom.storage.migrate import open_database
from ui.app import apply_theme, build_context, create_application


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(8):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    apply_theme(app, "light")
    config = resolve_config(args.home, None)
    db = open_database(config)
    context = build_context(db, config)

    from showroom.storage.models import Deal, DealItem, PurchasePlan
    from ui.dialogs.deal_dialog import DealDialog
    from ui.dialogs.plan_comparison import PlanComparisonDialog
    from ui.dialogs.plan_editor import PlanEditorDialog
    from ui.dialogs.vehicle_editor import VehicleEditorDialog
    from ui.main_window import MainWindow

    window = MainWindow(context)
    window.resize(1440, 900)
    page = window.open_page("deals")
    for index, name in ((0, "board"), (1, "plans"), (2, "inventory")):
        page.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        grab(window, out / f"deals-{name}.png")

    with db.reader() as session:
        # a customer with several open plans, one of them financed with accessories
        customer = session.execute(
            select(PurchasePlan.customer_id)
            .where(PurchasePlan.status == "open")
            .group_by(PurchasePlan.customer_id)
            .having(func.count() > 1)
            .limit(1)
        ).scalar()
        plan = session.execute(
            select(PurchasePlan.id, PurchasePlan.customer_id)
            .where(PurchasePlan.status == "open", PurchasePlan.payment == "finance")
            .limit(1)
        ).one()
        deal = session.execute(
            select(Deal.id)
            .join(DealItem, DealItem.deal_id == Deal.id)
            .where(Deal.status == "open", DealItem.checklist == "accessories")
            .limit(1)
        ).scalar()
    editor = PlanEditorDialog(window, context, plan[1], plan[0])
    grab(editor, out / "plan-editor.png")
    editor.list_price.setText("abc")
    editor.discount.setText("999999")
    editor.term.setText("0")
    editor.save()
    grab(editor, out / "plan-editor-errors.png")
    editor.close()
    fresh = PlanEditorDialog(window, context, plan[1])
    grab(fresh, out / "plan-editor-new.png")
    fresh.close()
    if customer is not None:
        comparison = PlanComparisonDialog(window, context, customer)
        grab(comparison, out / "plan-comparison.png")
        comparison.close()
    if deal is not None:
        dialog = DealDialog(window, context, deal)
        grab(dialog, out / "deal-dialog.png")
        dialog.tabs.setCurrentIndex(3)
        grab(dialog, out / "deal-dialog-accessories.png")
        dialog.close()
    from ui.dialogs.boutique import BoutiqueDialog
    from ui.dialogs.checklist_templates import ChecklistTemplatesDialog
    from ui.dialogs.customer_picker import CustomerPickerDialog

    for name, dialog_class in (
        ("boutique", BoutiqueDialog),
        ("templates", ChecklistTemplatesDialog),
        ("customer-picker", CustomerPickerDialog),
    ):
        other = dialog_class(window, context)  # type: ignore[operator]
        grab(other, out / f"{name}.png")
        other.close()
    car = VehicleEditorDialog(window, context)
    car.edits["vin"].setText("WVWZZZ1KZ8W000001")
    car.edits["make"].setText("Volkswagen")
    car.save()
    grab(car, out / "vehicle-editor.png")
    car.close()
    db.dispose()


if __name__ == "__main__":
    main()
