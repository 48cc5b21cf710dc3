"""Customers: status, source and the validation of their contact data."""

from __future__ import annotations

from enum import StrEnum

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from showroom.errors import ValidationError


class CustomerStatus(StrEnum):
    """Where a customer stands: lead → prospect → customer → owner, or lost."""

    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    OWNER = "owner"
    LOST = "lost"


class CustomerSource(StrEnum):
    """How the customer first came to the showroom."""

    WALK_IN = "walk_in"
    PHONE = "phone"
    WEB = "web"
    REFERRAL = "referral"
    EVENT = "event"


class InteractionKind(StrEnum):
    """What an entry of the customer's timeline records."""

    VISIT = "visit"
    CALL = "call"
    MESSAGE = "message"
    EMAIL = "email"
    TEST_DRIVE = "test_drive"
    DEAL_STEP = "deal_step"
    DELIVERY = "delivery"
    COMPLAINT = "complaint"
    NOTE = "note"


def normalize_phone(raw: str, default_region: str, field: str = "phone") -> str:
    """Parse a phone number as typed and return it in E.164 (``+4930123456``).

    A number without a leading ``+`` or ``00`` is read in ``default_region`` (the showroom's
    country from Settings). Raises :class:`ValidationError` naming ``field`` otherwise.
    """
    text = raw.strip()
    if not text:
        raise ValidationError(field, "must not be empty")
    if len(text) > 40:
        raise ValidationError(field, "is too long to be a phone number")
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, default_region.upper())
    except phonenumbers.NumberParseException:
        raise ValidationError(field, f"{raw.strip()!r} is not a phone number") from None
    if not phonenumbers.is_valid_number(number):
        region = phonenumbers.region_code_for_number(number) or default_region.upper()
        raise ValidationError(field, f"{raw.strip()!r} is not a valid phone number for {region}")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def phone_digits(e164: str) -> str:
    """The digits of a stored number, for matching any typed fragment of it."""
    return "".join(c for c in e164 if c.isdigit())


def format_phone(e164: str) -> str:
    """A stored E.164 number in the international format people read."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def normalize_email(raw: str, field: str = "email") -> str:
    """Check an e-mail address's form and return it normalised (domain lower-cased, IDNA).

    Deliverability (DNS) is not checked: a showroom PC may be offline.
    """
    text = raw.strip()
    if not text:
        raise ValidationError(field, "must not be empty")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as error:
        raise ValidationError(field, f"{text!r} is not a valid e-mail address ({error})") from None
    return str(result.normalized)
