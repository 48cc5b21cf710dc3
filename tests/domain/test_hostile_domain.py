"""Hostile input to the pure validators: they return a clean value or reject it naming the
field and the rule; they never crash."""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from showroom.core.errors import ValidationError, ValidationErrors
from showroom.customers.domain import (
    CustomerDraft,
    PhoneDraft,
    normalize_email,
    normalize_phone,
    validate_customer,
)
from showroom.customers.search import search_terms
from showroom.kernel.settings import SETTING_LABELS, ShowroomSettings, validate_settings
from showroom.vehicles.domain import VIN_LENGTH, check_vin
from tests.hostile import (
    CUSTOMER_FIELDS,
    VIN_CHARS,
    clean_text,
    drafts,
    hostile_text,
    named_rules,
    near_vins,
    number_text,
    phone_numbers,
)


@settings(max_examples=200, deadline=None)
@given(drafts(), st.sampled_from(["GB", "DE", "CN", "US", "gb", "XX", ""]))
def test_validate_customer_accepts_clean_values_or_names_each_rule(
    draft: CustomerDraft, region: str
) -> None:
    try:
        valid = validate_customer(draft, region, 2026)
    except ValidationErrors as error:
        named_rules(error, CUSTOMER_FIELDS)
        return
    assert valid.full_name and len(valid.full_name) <= 200
    for value in (
        valid.full_name,
        valid.address or "",
        valid.notes or "",
        valid.trade_in_plate or "",
    ):
        assert clean_text(value)
    for e164, label in valid.phones:
        assert phonenumbers.is_valid_number(phonenumbers.parse(e164)) and len(label) <= 20
        assert clean_text(label)
    assert len(valid.phones) <= 5
    for amount in (valid.budget_min, valid.budget_max):
        assert amount is None or 0 <= amount < 10**10
    if valid.trade_in_vin is not None:
        assert len(valid.trade_in_vin) == VIN_LENGTH and set(valid.trade_in_vin) <= set(VIN_CHARS)


@settings(max_examples=150, deadline=None)
@given(st.lists(hostile_text, min_size=1, max_size=3))
def test_phone_labels_are_clean_or_rejected(labels: list[str]) -> None:
    numbers = ["07400 123456", "07400 654321", "+49 30 901820"]
    draft = CustomerDraft("Zoë Walker", tuple(map(PhoneDraft, numbers, labels)))
    try:
        valid = validate_customer(draft, "GB", 2026)
    except ValidationErrors as error:
        fields = {field for field, _ in named_rules(error, CUSTOMER_FIELDS)}
        assert fields <= {"phone label", "phone 2 label", "phone 3 label"}
        return
    for _, label in valid.phones:
        assert clean_text(label) and 0 < len(label) <= 20


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(phone_numbers(), hostile_text),
    st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)),
)
def test_normalize_phone_of_every_region(raw: str, region: str) -> None:
    try:
        e164 = normalize_phone(raw, region)
    except ValidationError as error:
        named_rules(error, {"phone"})
        return
    assert e164.startswith("+") and e164[1:].isdigit() and e164.isascii() and len(e164) <= 16
    assert phonenumbers.is_valid_number(phonenumbers.parse(e164))


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_normalize_email(raw: str) -> None:
    try:
        email = normalize_email(raw)
    except ValidationError as error:
        named_rules(error, {"email"})
        return
    assert "@" in email and clean_text(email) and len(email) <= 254


@settings(max_examples=500, deadline=None)
@given(st.one_of(near_vins(), hostile_text))
def test_check_vin(raw: str) -> None:
    try:
        result = check_vin(raw)
    except ValidationError as error:
        named_rules(error, {"VIN"})
        return
    assert len(result.vin) == VIN_LENGTH and set(result.vin) <= set(VIN_CHARS)
    assert result.vin == "".join(raw.split()).upper()


SETTING_KEYS = sorted(SETTING_LABELS)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.one_of(st.sampled_from(SETTING_KEYS), hostile_text),
        st.one_of(
            hostile_text,
            number_text,
            st.sampled_from(["GB", "EUR", "Europe/London", "30", "1,7", "A4"]),
        ),
        max_size=6,
    )
)
def test_validate_settings(values: dict[str, str]) -> None:
    current = ShowroomSettings().to_mapping()
    current.update(values)
    try:
        settings_ = validate_settings(current)
    except ValidationErrors as error:
        named_rules(error, set(SETTING_LABELS.values()))
        return
    for value in settings_.to_mapping().values():
        assert clean_text(value)
    assert 10 <= settings_.test_drive_minutes <= 240
    for event in ("walk_in", "test_drive", "delivery"):
        assert all(1 <= d <= 365 for d in settings_.cadence(event))


@settings(max_examples=300, deadline=None)
@given(hostile_text)
def test_search_terms_never_raise_and_are_clean(query: str) -> None:
    terms = search_terms(query)
    assert len(terms) <= 10
    for term in terms:
        assert term and clean_text(term) and '"' not in term
