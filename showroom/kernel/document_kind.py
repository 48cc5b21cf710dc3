"""Printed documents: their kinds and their numbers.

Every printed document gets a number such as ``CC-2026-000123``: the kind's prefix, the
year it was printed (in the showroom's time zone) and a sequence that counts per kind and
year, unique in the database. The number is printed on every page (and in a QR code), so
a signed paper can always be matched to its archived original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import NewType

from showroom.core.errors import ValidationError

DocumentId = NewType("DocumentId", int)


class DocumentKind(StrEnum):
    """The printed forms. The value is the name used on the command line."""

    CUSTOMER_CARD = "customer-card"
    PURCHASE_PLAN = "purchase-plan"
    TEST_DRIVE_AGREEMENT = "test-drive-agreement"
    DEAL_CHECKLIST = "deal-checklist"
    NEXT_STEPS = "next-steps"
    HANDOVER = "handover"
    DAILY_CHECKLIST = "daily-checklist"

    @property
    def prefix(self) -> str:
        return _PREFIXES[self]

    @property
    def about_a_customer(self) -> bool:
        """Whether the form is printed for one customer (and so carries their name and
        contact details): every form but the showroom's own daily checklist."""
        return self is not DocumentKind.DAILY_CHECKLIST

    @property
    def heading(self) -> str:
        """The heading printed on the form."""
        return _TITLES[self]


_PREFIXES = {
    DocumentKind.CUSTOMER_CARD: "CC",
    DocumentKind.PURCHASE_PLAN: "PP",
    DocumentKind.TEST_DRIVE_AGREEMENT: "TD",
    DocumentKind.DEAL_CHECKLIST: "DC",
    DocumentKind.NEXT_STEPS: "NS",
    DocumentKind.HANDOVER: "HO",
    DocumentKind.DAILY_CHECKLIST: "SD",
}
_TITLES = {
    DocumentKind.CUSTOMER_CARD: "Customer card",
    DocumentKind.PURCHASE_PLAN: "Purchase plan",
    DocumentKind.TEST_DRIVE_AGREEMENT: "Test-drive agreement",
    DocumentKind.DEAL_CHECKLIST: "Deal checklist",
    DocumentKind.NEXT_STEPS: "Your next steps",
    DocumentKind.HANDOVER: "Vehicle handover",
    DocumentKind.DAILY_CHECKLIST: "Daily showroom checklist",
}
_KIND_BY_PREFIX = {prefix: kind for kind, prefix in _PREFIXES.items()}
_NUMBER = re.compile(r"([A-Z]{2})-(\d{4})-(\d{6,})")


@dataclass(frozen=True, slots=True)
class DocumentNumber:
    """A document number taken apart: kind, year and sequence."""

    kind: DocumentKind
    year: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.kind.prefix}-{self.year:04d}-{self.sequence:06d}"


def format_document_number(kind: DocumentKind, year: int, sequence: int) -> str:
    if sequence < 1:
        raise ValueError("document sequences start at 1")
    return str(DocumentNumber(kind, year, sequence))


def parse_document_number(text: str) -> DocumentNumber:
    """A number as typed or scanned from a QR code, such as ``cc-2026-000123``."""
    match = _NUMBER.fullmatch(text.strip().upper())
    if match is None or match.group(1) not in _KIND_BY_PREFIX or int(match.group(3)) < 1:
        raise ValidationError(
            "document number",
            "{value!r} is not a document number like CC-2026-000123",
            value=text.strip(),
        )
    return DocumentNumber(_KIND_BY_PREFIX[match.group(1)], int(match.group(2)), int(match.group(3)))
