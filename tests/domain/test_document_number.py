"""Document numbers: printed on every page, typed or scanned back to find the original."""

from __future__ import annotations

import pytest

from showroom.core.errors import ValidationError
from showroom.kernel.document_kind import (
    DocumentKind,
    DocumentNumber,
    format_document_number,
    parse_document_number,
)


def test_a_number_has_the_kind_prefix_the_year_and_six_digits() -> None:
    assert format_document_number(DocumentKind.CUSTOMER_CARD, 2026, 123) == "CC-2026-000123"
    assert format_document_number(DocumentKind.HANDOVER, 2027, 1_234_567) == "HO-2027-1234567"


def test_every_kind_has_its_own_prefix_and_heading() -> None:
    prefixes = [kind.prefix for kind in DocumentKind]
    assert len(set(prefixes)) == len(prefixes)
    assert DocumentKind("customer-card").heading == "Customer card"


def test_a_typed_or_scanned_number_is_read_back() -> None:
    assert parse_document_number(" cc-2026-000123 ") == DocumentNumber(
        DocumentKind.CUSTOMER_CARD, 2026, 123
    )


@pytest.mark.parametrize(
    "text", ["", "CC-2026-123", "XX-2026-000123", "CC-2026-000000", "CC2026000123"]
)
def test_anything_else_is_refused_by_name(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_document_number(text)
    assert caught.value.field == "document number"


def test_sequences_start_at_one() -> None:
    with pytest.raises(ValueError):
        format_document_number(DocumentKind.CUSTOMER_CARD, 2026, 0)
