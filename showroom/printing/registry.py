"""The forms that can be printed by kind: what ``showroom print KIND ID`` and the screens
offer. Each area's printing module exports its print functions; this registry, above the
areas, collects them (so the archive beneath the areas needs none of them)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from sqlalchemy.orm import Session

from showroom.core.ids import CustomerId, UserId
from showroom.kernel.archive import ArchivedDocument, PrintFunction
from showroom.kernel.document_kind import DocumentKind
from showroom.kernel.settings import ShowroomSettings
from showroom.printing.customer_card import print_customer_card
from showroom.printing.deal_forms import DEAL_PRINTABLE
from showroom.printing.handover import DELIVERY_PRINTABLE


def _customer_card_by_id(
    session: Session, record_id: int, user_id: UserId, settings: ShowroomSettings, now: datetime
) -> ArchivedDocument:
    return print_customer_card(session, CustomerId(record_id), user_id, settings, now)


def _test_drive_agreement_by_id(
    session: Session, record_id: int, user_id: UserId, settings: ShowroomSettings, now: datetime
) -> ArchivedDocument:
    from showroom.printing.test_drive_agreement import print_test_drive_agreement

    return print_test_drive_agreement(session, record_id, user_id, settings, now)


PRINTABLE: dict[DocumentKind, PrintFunction] = {
    DocumentKind.CUSTOMER_CARD: _customer_card_by_id,
    DocumentKind.TEST_DRIVE_AGREEMENT: _test_drive_agreement_by_id,
}
"""The forms that can be printed by kind (the command line offers exactly these); each new
form module adds its print function here."""

PRINTABLE.update(DEAL_PRINTABLE)
PRINTABLE.update(DELIVERY_PRINTABLE)


class DayPrintFunction(Protocol):
    """Prints the form of one showroom day (no record id: the date says which) and archives
    it; ``blank`` prints it empty, to fill in by hand."""

    def __call__(
        self,
        session: Session,
        day: date,
        user_id: UserId,
        settings: ShowroomSettings,
        now: datetime,
        *,
        blank: bool = False,
    ) -> ArchivedDocument: ...


def _daily_checklist_by_day(
    session: Session,
    day: date,
    user_id: UserId,
    settings: ShowroomSettings,
    now: datetime,
    *,
    blank: bool = False,
) -> ArchivedDocument:
    from showroom.printing.daily_checklist import print_daily_checklist

    return print_daily_checklist(session, day, user_id, settings, now, blank=blank)


PRINTABLE_BY_DAY: dict[DocumentKind, DayPrintFunction] = {
    DocumentKind.DAILY_CHECKLIST: _daily_checklist_by_day,
}
"""The forms of a showroom day, printed by date (``showroom print daily-checklist
2026-11-26``); they can also be printed blank."""
