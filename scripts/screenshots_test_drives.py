"""Save screenshots of the test-drive screens, to look at them as a user would.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_test_drives.py \
        --home DIR --out DIR [--now 2026-11-28T15:10]

Uses the database in DIR (fill it with `showroom demo` first). ``--now`` shows the calendar
as if it were that moment in the showroom's zone (for the now-line and an overdue return);
the day shown is the busiest day around it.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from showroom.storage.config import resolve_config
from showroom.storage.migrate import open_database
from showroom.storage.models import TestDrive
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
    parser.add_argument("--now", default="")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    apply_theme(app, "light")
    db = open_database(resolve_config(args.home, None))
    context = build_context(db, resolve_config(args.home, None))
    zone = ZoneInfo(context.settings.timezone)
    now = (
        datetime.fromisoformat(args.now).replace(tzinfo=zone).astimezone(UTC)
        if args.now
        else datetime.now(UTC)
    )

    from ui.dialogs.booking import BookingDialog
    from ui.dialogs.cancel_drive import CancelDriveDialog
    from ui.dialogs.check_in import CheckInDialog
    from ui.dialogs.check_out import CheckOutDialog
    from ui.dialogs.fleet_car import FleetCarDialog
    from ui.main_window import MainWindow
    from ui.pages.test_drives.page import TestDrivesPage

    window = MainWindow(context)
    window.resize(1440, 900)
    page = window.open_page("test_drives")
    assert isinstance(page, TestDrivesPage)
    page.clock = lambda: now
    page.go_today()
    grab(window, out / "drives-day-today.png")
    with db.reader() as session:
        out_now = session.scalar(
            select(TestDrive.id).where(TestDrive.status == "out").order_by(TestDrive.id).limit(1)
        )
    if out_now is not None and page.calendar.select_drive(out_now):
        page._on_calendar_selection_changed()
        grab(window, out / "drives-day-selected.png")
        check_in = CheckInDialog(window, context, out_now)
        grab(check_in, out / "check-in.png")
        check_in.close()

    # The busiest day of the coming week.
    with db.reader() as session:
        day_of = func.date(TestDrive.starts_at)
        busiest = session.execute(
            select(day_of, func.count())
            .where(TestDrive.starts_at > now, TestDrive.starts_at < now + timedelta(days=7))
            .group_by(day_of)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
    if busiest is not None:
        page.show_day(datetime.fromisoformat(str(busiest[0])).date())
        grab(window, out / "drives-day-busy.png")
    page.set_mode("week")
    page.go_today()
    grab(window, out / "drives-week.png")
    page.tabs.setCurrentIndex(1)
    grab(window, out / "drives-fleet.png")
    page.tabs.setCurrentIndex(0)
    page.set_mode("day")
    page.go_today()

    # The booking dialog meeting a conflict: the first booked drive of the busy day.
    with db.reader() as session:
        taken = session.execute(
            select(TestDrive.vehicle_id, TestDrive.starts_at, TestDrive.customer_id)
            .where(TestDrive.status == "booked", TestDrive.starts_at > now)
            .order_by(TestDrive.starts_at)
            .limit(1)
        ).first()
        other_customer = session.scalar(
            select(TestDrive.customer_id).where(TestDrive.status == "returned").limit(1)
        )
    if taken is not None:
        dialog = BookingDialog(
            window,
            context,
            vehicle_id=taken[0],
            start=taken[1] + timedelta(minutes=15),
            customer_id=other_customer,
        )
        dialog._on_book()
        grab(dialog, out / "booking-conflict.png")
        dialog.close()
        fresh = BookingDialog(window, context, vehicle_id=taken[0], start=taken[1])
        fresh.search.setText("mül")
        fresh.picker.run_search()
        grab(fresh, out / "booking-new.png")
        fresh.close()
    with db.reader() as session:
        booked = session.scalar(
            select(TestDrive.id)
            .where(TestDrive.status == "booked", TestDrive.starts_at > now)
            .order_by(TestDrive.starts_at)
            .limit(1)
        )
    if booked is not None:
        check_out = CheckOutDialog(window, context, booked)
        grab(check_out, out / "check-out.png")
        check_out.number.setText("MORGA657054SM9IJ")
        check_out.country.setText("United Kingdom")
        check_out._run("check out")
        grab(check_out, out / "check-out-errors.png")
        check_out.close()
    cancel = CancelDriveDialog(window, "Anna Nowak with Ben Carter, Sat 28 Nov 10:00")
    grab(cancel, out / "cancel.png")
    cancel.close()
    car = FleetCarDialog(window, context)
    car.vin.setText("WVWZZZ1K1AW000001")
    car.make.setText("Volkswagen")
    car.model.setText("Golf")
    car.plate.setText("AB12 CDE")
    car._on_save()
    grab(car, out / "fleet-car-vin-warning.png")
    car.close()
    db.dispose()
    app.processEvents()


if __name__ == "__main__":
    main()
