"""The short cuts of phone and e-mail validation give exactly the libraries' answers.

``normalize_phone`` reads a number typed as digits and punctuation from its digits alone
(remembering the answer) and asks phonenumbers whether *some* number type matches instead
of which; ``normalize_email`` accepts a plain dot-atom at a domain email-validator accepted
without asking it again; phonenumbers' digit normalisation skips its Unicode table for
ASCII. Each is compared here with the plain library calls the card form made before, on
many generated inputs, valid and invalid, in several regions.
"""

from __future__ import annotations

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import example, given
from hypothesis import strategies as st
from phonenumbers import unicode_util

from showroom.core.errors import ValidationError
from showroom.core.text import shown
from showroom.customers import domain as customer
from showroom.customers.domain import FORMULA_START, normalize_email, normalize_phone, shown_reason

REGIONS = ("GB", "DE", "CN", "US", "FR", "PL", "IT", "AU", "IM", "CA", "JE", "IN", "BR")


def library_phone(raw: str, region: str, field: str = "phone") -> str:
    """normalize_phone as it was: phonenumbers' public calls, nothing remembered."""
    text = raw.strip()
    if not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > 40:
        raise ValidationError(field, "is too long to be a phone number")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region.upper())
    except phonenumbers.NumberParseException:
        raise ValidationError(field, "{value} is not a phone number", value=shown(raw)) from None
    if not phonenumbers.is_valid_number(number):
        found = phonenumbers.region_code_for_number(number) or region.strip().upper()
        if found:
            raise ValidationError(
                field,
                "{value} is not a valid phone number for {region}",
                value=shown(raw),
                region=found,
            )
        raise ValidationError(field, "{value} is not a valid phone number", value=shown(raw))
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def outcome(check: object, *args: str) -> tuple[str, object]:
    try:
        return "ok", check(*args)  # type: ignore[operator]
    except ValidationError as error:
        return "error", (error.field, error.rule, error.rule_template, error.values)


def example_numbers() -> list[str]:
    numbers = []
    for region in REGIONS:
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                numbers.append(
                    phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                )
    return numbers


EXAMPLES = example_numbers()
SEPARATORS = st.sampled_from(["", "", "", " ", "-", ".", "/", "(", ")", "  "])


@st.composite
def typed_numbers(draw: st.DrawFn) -> str:
    """A number as people type it: an example number of some region, maybe with digits
    changed, cut or added, written internationally (+ or 00) or nationally, with
    punctuation anywhere."""
    e164 = draw(st.sampled_from(EXAMPLES))
    digits = list(e164[1:])
    for _ in range(draw(st.integers(0, 3))):
        position = draw(st.integers(0, len(digits) - 1))
        action = draw(st.sampled_from(["change", "cut", "add"]))
        if action == "change":
            digits[position] = draw(st.sampled_from("0123456789"))
        elif action == "cut" and len(digits) > 1:
            del digits[position]
        else:
            digits.insert(position, draw(st.sampled_from("0123456789")))
    style = draw(st.sampled_from(["+", "00", "national", "bare", "short"]))
    if style == "national":
        number = phonenumbers.parse(e164, None)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        digits = [c for c in national if c.isdigit()] or digits
    elif style == "short":
        digits = digits[: draw(st.integers(0, 4))]
    typed = "".join(draw(SEPARATORS) + d for d in digits) + draw(SEPARATORS)
    prefix = {"+": "+", "00": "00"}.get(style, "")
    return draw(st.sampled_from(["", " ", "("])) + prefix + typed


@given(typed_numbers(), st.sampled_from(REGIONS))
@example("1-2", "GB")
@example("12", "GB")
@example("+44 (0)7400 123456", "GB")
@example("+1 (0) 12", "US")
@example("00 44 7400 123456", "DE")
@example("(((", "GB")
@example("+", "GB")
@example("0044", "GB")
def test_a_typed_number_gets_the_librarys_answer(raw: str, region: str) -> None:
    assert outcome(normalize_phone, raw, region, "phone 2") == outcome(
        library_phone, raw, region, "phone 2"
    )
    # Asked again (the answer is remembered now), the same.
    assert outcome(normalize_phone, raw, region, "phone 2") == outcome(
        library_phone, raw, region, "phone 2"
    )


@given(st.text(alphabet="0123456789 +()-./x#,;*ext٣５", max_size=30), st.sampled_from(REGIONS))
def test_any_text_gets_the_librarys_answer(raw: str, region: str) -> None:
    assert outcome(normalize_phone, raw, region) == outcome(library_phone, raw, region)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=20), st.booleans())
@example("+44 (0) 7400", False)
@example("٣٤٥ 12", True)
def test_ascii_digit_normalisation_is_the_librarys(text: str, keep_non_digits: bool) -> None:
    expected = ""
    for c in text:
        d = unicode_util.digit(c, -1)
        if d != -1:
            expected += str(d)
        elif keep_non_digits:
            expected += c
    assert phonenumbers.normalize_digits_only(text, keep_non_digits) == expected


def test_the_remembered_answer_is_per_region() -> None:
    assert normalize_phone("07400 123456", "GB") == "+447400123456"
    assert normalize_phone("07400 123456", "DE") == "+497400123456"
    with pytest.raises(ValidationError) as refused:
        normalize_phone("07400 123456", "CN")
    assert refused.value.values["region"] == "CN"


# --- e-mail ---------------------------------------------------------------------------------
def library_email(raw: str, field: str = "email") -> str:
    text = raw.strip()
    if not text:
        raise ValidationError(field, "must not be empty")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as error:
        raise ValidationError(
            field,
            "{value} is not a valid e-mail address ({reason})",
            value=shown(text),
            reason=shown_reason(error),
        ) from None
    if text.startswith(FORMULA_START) or "|" in text:
        # The product's one rule on top of the library's: a valid address that a spreadsheet
        # would run as a formula is refused.
        raise ValidationError(field, "starts like a spreadsheet formula")
    return str(result.normalized)


def email_outcome(check: object, raw: str) -> tuple[str, object]:
    try:
        return "ok", check(raw)  # type: ignore[operator]
    except ValidationError as error:
        rule = error.rule
        return "error", (error.field, "formula" if "spreadsheet formula" in rule else rule)


DOMAINS = (
    "example.com", "Example.CO.UK", "gmail.com", "qq.com", "example.local", "localhost",
    "test", "invalid.invalid", "a.b", "x-.com", "-x.com", "xn--bcher-kva.de", "xn--zz.com",
    "mail.example.onion", "123.com", "1.2.3.4", "sub.domain.example.org", "EXAMPLE.DE",
    "a" * 64 + ".com", "b" * 63 + ".com", ("c" * 60 + ".") * 4 + "com", "example.arpa",
    "example.com.", "exa_mple.com", "example..com", "bücher.de",
)  # fmt: skip
LOCAL = st.text(alphabet="abcXYZ019._+-'!#~\"é ", min_size=0, max_size=70)


@given(LOCAL, st.sampled_from(DOMAINS), st.sampled_from(["", " ", "\t"]))
@example("zoe.walker", "Example.CO.UK", "")
@example("a" * 64, "example.com", "")
@example("a" * 65, "example.com", "")
@example(".a", "example.com", "")
@example("a..b", "example.com", "")
@example("a" * 64, ("c" * 60 + ".") * 3 + "c" * 60 + ".com", "")
def test_an_address_gets_the_librarys_answer(local: str, domain: str, space: str) -> None:
    raw = space + local + "@" + domain + space
    assert email_outcome(normalize_email, raw) == email_outcome(library_email, raw)
    assert email_outcome(normalize_email, raw) == email_outcome(library_email, raw)


def test_a_plain_address_takes_the_short_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    assert normalize_email("Zoe.Walker@Example.CO.UK") == "Zoe.Walker@example.co.uk"

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("email-validator asked again")

    monkeypatch.setattr(customer, "validate_email", refuse)
    assert normalize_email("ann+cars@Example.CO.UK") == "ann+cars@example.co.uk"
    assert normalize_email(" li_na-2@Example.CO.UK ") == "li_na-2@example.co.uk"


@given(st.sampled_from(REGIONS), st.text(alphabet="0123456789", min_size=0, max_size=14))
def test_matching_a_number_type_is_the_librarys(region: str, nsn: str) -> None:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    assert metadata is not None
    for desc in (metadata.general_desc, metadata.fixed_line, metadata.mobile, metadata.voip, None):
        assert customer._match_desc(
            nsn, desc
        ) == phonenumbers.phonenumberutil._is_number_matching_desc(nsn, desc)
