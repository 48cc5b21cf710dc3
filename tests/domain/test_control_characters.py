"""The control-character rule of every text field, checked for every Unicode code point."""

from __future__ import annotations

import sys
import unicodedata

from showroom.core.errors import ValidationErrors
from showroom.core.text import CONTROL_CHARACTERS, CONTROL_CHARACTERS_BUT_TAB_NEWLINE
from showroom.customers.domain import CustomerDraft, validate_customer


def test_the_patterns_match_exactly_unicodes_control_characters() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        control = unicodedata.category(char) == "Cc"
        assert bool(CONTROL_CHARACTERS.search(char)) is control, hex(code)
        assert bool(CONTROL_CHARACTERS_BUT_TAB_NEWLINE.search(char)) is (
            control and char not in "\t\n"
        ), hex(code)


def test_notes_keep_lines_and_tabs_but_refuse_other_control_characters() -> None:
    valid = validate_customer(CustomerDraft("Ann Lee", notes="a\n\tb"), "GB", 2026)
    assert valid.notes == "a\n\tb"
    for bad in ("a\rb", "a\x0bb", "a\x85b", "a\x00b"):
        try:
            validate_customer(CustomerDraft("Ann Lee", notes=bad), "GB", 2026)
        except ValidationErrors as errors:
            assert errors.by_field() == {"notes": "must not contain control characters"}
        else:
            raise AssertionError(f"{bad!r} was accepted")
    try:
        validate_customer(CustomerDraft("Ann\x1bLee"), "GB", 2026)
    except ValidationErrors as errors:
        assert errors.by_field() == {"full name": "must not contain control characters"}
    else:
        raise AssertionError("a name with ESC was accepted")


def test_has_control_characters_is_unicodes_cc_and_cs_categories_for_every_code_point() -> None:
    from showroom.core.text import has_control_characters

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        unstorable = unicodedata.category(char) in ("Cc", "Cs")
        assert has_control_characters(f"a{char}b") is unstorable, hex(code)
        for allowed in ("\n\t", "\n"):
            expected = unstorable and char not in allowed
            assert has_control_characters(f"a{char}b", allowed=allowed) is expected, hex(code)
