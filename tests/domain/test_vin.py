"""VIN validation against published VINs and every single-character change of them."""

from __future__ import annotations

import pytest

from showroom.core.errors import ValidationError
from showroom.vehicles.domain import _TRANSLITERATION, check_vin, vin_check_digit

# Published VINs with correct check digits (the first is the worked example of 49 CFR 565's
# check-digit calculation as reproduced on Wikipedia; its check digit is 'X').
PUBLISHED = ["1M8GDM9AXKP042788", "11111111111111111", "1HGCM82633A004352"]
ALPHABET = sorted(_TRANSLITERATION)


@pytest.mark.parametrize("vin", PUBLISHED)
def test_published_vins_pass(vin: str) -> None:
    result = check_vin(vin)
    assert result.vin == vin
    assert result.check_digit_ok


def test_worked_example_check_digit_is_x() -> None:
    assert vin_check_digit("1M8GDM9AXKP042788") == "X"


@pytest.mark.parametrize("vin", PUBLISHED)
def test_every_single_character_change(vin: str) -> None:
    """A change at a weighted position is caught unless both characters have the same value
    (e.g. A and J both count 1); a change of the check digit itself is always caught."""
    for position in range(17):
        for char in ALPHABET:
            if char == vin[position]:
                continue
            changed = vin[:position] + char + vin[position + 1 :]
            result = check_vin(changed)
            same_value = _TRANSLITERATION[char] == _TRANSLITERATION[vin[position]]
            if position == 8:
                # Only the one right digit passes; 'X' vs '10' does not exist in the alphabet.
                assert not result.check_digit_ok, changed
            elif same_value:
                assert result.check_digit_ok, changed
            else:
                assert not result.check_digit_ok, changed


def test_lower_case_and_spaces_are_normalised() -> None:
    assert check_vin(" 1m8gdm9axkp 042788 ").vin == "1M8GDM9AXKP042788"


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("1M8GDM9AXKP04278", "must be 17 characters, not 16"),
        ("1M8GDM9AXKP0427888", "must be 17 characters, not 18"),
        ("1M8GDM9AXKP04278O", "must not contain the letters I, O or Q ('O' at position 17)"),
        ("IM8GDM9AXKP042788", "must not contain the letters I, O or Q ('I' at position 1)"),
        ("1M8GDM9AXKP04278-", "may hold only letters and digits ('-' at position 17)"),
        ("1M8GDM9AXKP04278é", "may hold only letters and digits ('É' at position 17)"),
    ],
)
def test_malformed_vins_name_field_and_rule(raw: str, rule: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_vin(raw)
    assert caught.value.field == "VIN"
    assert caught.value.rule == rule
