"""Save screenshots of Showroom's windows and dialogs, to look at them as a user would.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --home DIR --out DIR

Uses the database in DIR (fill it with `showroom demo` first).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from showroom.storage.config import resolve_config
from showroom.storage.migrate import open_database
from ui.app import apply_theme, build_context, create_application


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--home", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    apply_theme(app, "light")
    config = resolve_config(args.home, None)
    db = open_database(config)
    context = build_context(db, config)

    from sqlalchemy import select

    from showroom.storage.models import Customer
    from ui.dialogs.customer_card import CustomerCardDialog
    from ui.dialogs.log_contact import LogContactDialog
    from ui.dialogs.walk_in import WalkInDialog
    from ui.main_window import MainWindow

    window = MainWindow(context)
    window.resize(1440, 900)
    for key in ("today", "customers", "settings"):
        if args.only and key not in args.only:
            continue
        window.open_page(key)
        grab(window, out / f"page-{key}.png")
    page = window.open_page("customers")
    for index, name in ((1, "follow-ups"), (2, "walk-ins")):
        page.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        grab(window, out / f"page-customers-{name}.png")
    page.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    page.search.setText("王")  # type: ignore[attr-defined]
    page.apply_filter()  # type: ignore[attr-defined]
    grab(window, out / "page-customers-search.png")

    with db.reader() as session:
        customer_id = session.scalar(select(Customer.id).order_by(Customer.id).limit(1))
    assert customer_id is not None
    card = CustomerCardDialog(window, context, customer_id)
    grab(card, out / "card.png")
    card.tabs.setCurrentIndex(1)
    grab(card, out / "card-timeline.png")
    card.tabs.setCurrentIndex(0)
    card.fields["email"].write("not an email")
    card.fields["phone_1"].write("12")
    card.fields["budget_min"].write("abc")
    card.save()
    grab(card, out / "card-errors.png")
    card.close()
    log = LogContactDialog(window, context, customer_id, None)
    grab(log, out / "log-contact.png")
    walk = WalkInDialog(window, context)
    walk.search.setText("nowak")
    walk.picker.run_search()
    grab(walk, out / "walk-in.png")
    QTimer.singleShot(0, app.quit)
    db.dispose()


if __name__ == "__main__":
    main()
