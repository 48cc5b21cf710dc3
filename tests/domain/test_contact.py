"""Phone numbers, e-mail addresses and text folding."""

from __future__ import annotations

import pytest

from showroom.core.errors import ValidationError
from showroom.core.text import clean_line, fold
from showroom.customers.domain import format_phone, normalize_email, normalize_phone


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("020 7946 0018", "GB", "+442079460018"),
        ("+44 (0)20 7946 0018", "DE", "+442079460018"),
        ("0044 20 7946 0018", "FR", "+442079460018"),
        ("030 123456", "DE", "+4930123456"),
        ("512 345 678", "PL", "+48512345678"),
        ("131-2345-6789", "CN", "+8613123456789"),
        ("06 12 34 56 78", "FR", "+33612345678"),
    ],
)
def test_phone_numbers_are_stored_in_e164(raw: str, region: str, e164: str) -> None:
    assert normalize_phone(raw, region) == e164


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("", "must not be empty"),
        ("hello", "'hello' is not a phone number"),
        ("020 7946", "'020 7946' is not a valid phone number for GB"),
        ("1" * 41, "is too long to be a phone number"),
    ],
)
def test_bad_phone_numbers_name_the_rule(raw: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(raw, "GB", field="mobile phone")
    assert caught.value.field == "mobile phone"
    assert caught.value.rule == rule


def test_format_phone_is_readable() -> None:
    assert format_phone("+442079460018") == "+44 20 7946 0018"


def test_email_is_normalised() -> None:
    assert normalize_email("  Anna.Nowak@Example.PL ") == "Anna.Nowak@example.pl"


@pytest.mark.parametrize("raw", ["anna", "anna@", "anna@@example.com", "anna nowak@example.com"])
def test_bad_emails_are_rejected(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_email(raw)
    assert caught.value.field == "email"
    assert "is not a valid e-mail address" in caught.value.rule


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Müller", "muller"),
        ("MÜLLER", "muller"),
        ("Łukasz Wiśniewski", "lukasz wisniewski"),
        ("Weiß", "weiss"),
        ("Élodie Lefèvre", "elodie lefevre"),
        ("欧阳娜", "欧阳娜"),
    ],
)
def test_fold_ignores_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_clean_line_rejects_control_characters_and_length() -> None:
    assert clean_line("  Anna \n Nowak ", "name", max_length=20) == "Anna Nowak"
    with pytest.raises(ValidationError, match="name: must not contain control characters"):
        clean_line("Anna\x00", "name", max_length=20)
    with pytest.raises(ValidationError, match="name: must be at most 5 characters"):
        clean_line("Annabel", "name", max_length=5)


def test_an_email_domain_checked_before_gets_the_same_answer_again() -> None:
    """Domains are remembered (an import checks thousands of addresses at one domain): the
    second address at a domain, good or bad, is answered exactly as the first."""
    for _ in range(2):
        assert normalize_email("Ann.Lee@EXAMPLE.co.uk") == "Ann.Lee@example.co.uk"
        assert normalize_email("bo@xn--mnchen-3ya.de") == "bo@münchen.de"
        with pytest.raises(ValidationError) as raised:
            normalize_email("ann@exa_mple.com")
        assert raised.value.rule == (
            "'ann@exa_mple.com' is not a valid e-mail address (The part after the @-sign "
            "contains invalid characters: '_')"
        )
