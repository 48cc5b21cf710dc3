"""Customers: status, source and the validation of their contact data."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, EmailSyntaxError, validate_email
from phonenumbers import PhoneMetadata
from phonenumbers.re_util import re_compile

from showroom.core.errors import ValidationError, ValidationErrors
from showroom.core.phrase import V_, Phrase
from showroom.core.text import clean_line, fold, has_control_characters, shown


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
    IMPORT = "import"  # came in a file; the card's timeline names the file


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
    answer = _plain_phone_answer(text, default_region)
    if answer is None:
        answer = _phone_answer(text, default_region)
    if answer.startswith("+"):
        return answer
    if answer == _NOT_A_NUMBER:
        raise ValidationError(field, "{value} is not a phone number", value=shown(raw))
    region = answer or default_region.strip().upper()
    if region:
        raise ValidationError(
            field,
            "{value} is not a valid phone number for {region}",
            value=shown(raw),
            region=region,
        )
    raise ValidationError(field, "{value} is not a valid phone number", value=shown(raw))


# What checking a number found: its E.164 form ('+…'), _NOT_A_NUMBER (phonenumbers could
# not parse it), or the region of an invalid number ('' when phonenumbers names none).
_NOT_A_NUMBER = "?"
_PLAIN_PHONE = re.compile(r"\+?[0-9 ()\-./]*")
_NOT_DIGITS = re.compile(r"[^0-9]")
_PHONE_ANSWERS: dict[tuple[str, str], str] = {}
_PHONE_ANSWERS_KEPT = 200_000


def _plain_phone_answer(text: str, region: str) -> str | None:
    """The answer for a number typed as ASCII digits, spaces and ( ) - . / with an optional
    leading '+' (and at least three digits), remembered per digits, '+' and region; None
    for any other text.

    For such text phonenumbers' answer depends only on the digits, the '+' and the region:
    it drops the punctuation before it looks at the number (tests compare both on many
    generated numbers). So '+44 7400 123456', '+44 (0)7400-123456' and a second file of
    the same customers share one check.
    """
    if not _PLAIN_PHONE.fullmatch(text):
        return None
    digits = _NOT_DIGITS.sub("", text)
    if len(digits) < 3:  # '1-2' is no number to phonenumbers, '12' is one
        return None
    canonical = "+" + digits if text[0] == "+" else digits
    key = (canonical, region)
    answer = _PHONE_ANSWERS.get(key)
    if answer is None:
        answer = _phone_answer(canonical, region)
        if len(_PHONE_ANSWERS) >= _PHONE_ANSWERS_KEPT:
            _PHONE_ANSWERS.clear()
        _PHONE_ANSWERS[key] = answer
    return answer


def _phone_answer(text: str, region: str) -> str:
    try:
        number = phonenumbers.parse(text, region.upper())
    except phonenumbers.NumberParseException:
        return _NOT_A_NUMBER
    if not _is_valid_number(number):
        return phonenumbers.region_code_for_number(number) or ""
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


_pnu = phonenumbers.phonenumberutil


def _match_desc(nsn: str, desc: Any) -> bool:
    """phonenumbers' ``_is_number_matching_desc``: a possible length, then the whole number
    matching the pattern (the library tries a match at the start first, which a full
    match implies), without its layers of helper calls."""
    if desc is None:
        return False
    lengths = desc.possible_length
    if lengths and len(nsn) not in lengths:
        return False
    pattern = desc.national_number_pattern
    if not pattern:
        return False
    return re_compile(pattern).fullmatch(nsn) is not None


def _has_type(nsn: str, metadata: Any) -> bool:
    """``_number_type_helper(nsn, metadata) != UNKNOWN`` without naming the type: the
    same disjunction, with fixed lines and mobiles (most numbers) tried first."""
    if not _match_desc(nsn, metadata.general_desc):
        return False
    if _match_desc(nsn, metadata.fixed_line):
        return True
    if not metadata.same_mobile_and_fixed_line_pattern and _match_desc(nsn, metadata.mobile):
        return True
    return any(
        _match_desc(nsn, desc)
        for desc in (
            metadata.premium_rate,
            metadata.toll_free,
            metadata.shared_cost,
            metadata.voip,
            metadata.personal_number,
            metadata.pager,
            metadata.uan,
            metadata.voicemail,
        )
    )


def _is_valid_number(number: phonenumbers.PhoneNumber) -> bool:
    """phonenumbers.is_valid_number, step by step as the library takes them (region of
    the number, its metadata, then the number types), asking only whether some type
    matches instead of which one."""
    country_code = number.country_code
    if country_code is None:
        return False
    regions = _pnu.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if regions is None:
        return False
    nsn = _pnu.national_significant_number(number)
    region: str | None = None
    if len(regions) == 1:
        region = regions[0]
    else:
        for candidate in regions:
            candidate_metadata = PhoneMetadata.metadata_for_region(candidate.upper(), None)
            if candidate_metadata is None:
                continue
            if candidate_metadata.leading_digits is not None:
                if re_compile(candidate_metadata.leading_digits).match(nsn):
                    region = candidate
                    break
            elif _has_type(nsn, candidate_metadata):
                region = candidate
                break
    if region is None:
        return False
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region.upper())
    if metadata is None or (
        region != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY
        and country_code != _pnu.country_code_for_valid_region(region)
    ):
        return False
    return _has_type(nsn, metadata)


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


# email-validator's most frequent explanations, marked so that the screens translate them
# (a reason not listed here shows in English).
EMAIL_REASONS = (
    V_("An email address must have an @-sign"),
    V_("There must be something after the @-sign"),
    V_("There must be something before the @-sign"),
    V_("The part after the @-sign is not valid. It should have a period"),
    V_("The part after the @-sign is not valid. It is not within a valid top-level domain"),
    V_("An email address cannot have two periods in a row"),
    V_("The email address contains invalid characters before the @-sign"),
    V_("The email address contains an invalid character"),
    V_("There can't be anything after the email address"),
)


def shown_reason(error: Exception, limit: int = 120) -> str:
    """A library's explanation, cut short: some quote the whole value back."""
    text = str(error).strip().rstrip(".")
    return text if len(text) <= limit else text[:limit] + "…"


def _remember_domains(check: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """``check`` (email-validator's domain-name check, a pure function of its arguments)
    with its answers remembered per domain.

    Two thirds of an address's check is its domain (IDNA and UTS-46 tables, character by
    character), and the addresses of an imported spreadsheet share a handful of domains.
    A rejected domain is remembered as its message and raised anew each time.
    """
    answers: dict[tuple[Any, ...], dict[str, Any] | str] = {}

    def remembered(domain: str, **options: Any) -> dict[str, Any]:
        key = (domain, *sorted(options.items()))
        answer = answers.get(key)
        if answer is None:
            try:
                answer = check(domain, **options)
            except EmailSyntaxError as error:
                answer = str(error)
            if len(answers) < 10_000:
                answers[key] = answer
        if isinstance(answer, str):
            raise EmailSyntaxError(answer)
        return dict(answer)

    return remembered


def _ascii_digits_first(normalize: Callable[..., str]) -> Callable[..., str]:
    """phonenumbers' ``normalize_digits_only`` with a short cut for ASCII text, whose only
    digits are 0-9 (each its own value): the library looks every character up in its
    Unicode table, a quarter of the time it takes to parse a number."""

    def normalized(number: Any, keep_non_digits: bool = False) -> str:
        if type(number) is str and number.isascii():
            return number if keep_non_digits else _NOT_DIGITS.sub("", number)
        return normalize(number, keep_non_digits)

    return normalized


_pnu.normalize_digits_only = _ascii_digits_first(_pnu.normalize_digits_only)

# phonenumbers compiles each metadata pattern again on every check unless told to keep them:
# a tenth of the time of checking a number.
phonenumbers.enable_pattern_cache()

# The module, not the function of the same name that the package exports.
_email_validation = importlib.import_module("email_validator.validate_email")
_DOMAIN_CHECK = "validate_email_domain_name"
setattr(
    _email_validation, _DOMAIN_CHECK, _remember_domains(getattr(_email_validation, _DOMAIN_CHECK))
)


# What a spreadsheet reads as the start of a formula (tab and carriage return included: some
# strip them and run what follows).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text: str) -> str:
    """``text`` made safe for a spreadsheet cell: one that would start a formula gets a
    leading apostrophe (shown as text; the importer removes it again)."""
    quoted = text.startswith("'") and text[1:].startswith((*FORMULA_START, "'"))
    return "'" + text if text.startswith(FORMULA_START) or quoted else text


def normalize_email(raw: str, field: str = "email") -> str:
    """Check an e-mail address's form and return it normalised (domain lower-cased, IDNA).

    Deliverability (DNS) is not checked: a showroom PC may be offline.
    """
    text = raw.strip()
    if not text:
        raise ValidationError(field, "must not be empty")
    plain = _plain_email(text)
    if plain is None:
        try:
            plain = str(validate_email(text, check_deliverability=False).normalized)
        except EmailNotValidError as error:
            raise ValidationError(
                field,
                "{value} is not a valid e-mail address ({reason})",
                value=shown(text),
                reason=Phrase.of(shown_reason(error)),
            ) from None
    _refuse_formula(text, field)
    return plain


def _refuse_formula(text: str, field: str) -> None:
    """An address valid by the RFC that a spreadsheet would run ('-cmd|...@example.com') is
    refused: no real customer's address starts like a formula or holds a |."""
    if text.startswith(FORMULA_START) or "|" in text:
        raise ValidationError(
            field,
            "{value} starts like a spreadsheet formula (= + - @) or holds a |; no real "
            "address does",
            value=shown(text),
        )


_PLAIN_EMAIL = re.compile(
    r"([A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)
_EMAIL_DOMAINS: dict[str, str | None] = {}  # domain as typed: normalised, or None if refused


def _plain_email(text: str) -> str | None:
    """The normalised form of an address whose local part is a plain ASCII dot-atom (letters,
    digits, _ + - between single dots) at an ASCII host name that email-validator accepts,
    else None (email-validator then checks it, and explains what is wrong).

    email-validator accepts such a local part as it is, whatever its options, and the
    verdict on the domain is the one it gives for 'a@' + the domain, asked once per domain.
    Tests compare both ways on many generated addresses.
    """
    match = _PLAIN_EMAIL.fullmatch(text)
    if match is None or len(text) > 254:
        return None
    local, domain = match.groups()
    if len(local) > 64:
        return None
    if domain in _EMAIL_DOMAINS:
        normalized = _EMAIL_DOMAINS[domain]
    else:
        try:
            normalized = str(validate_email("a@" + domain, check_deliverability=False).domain)
        except EmailNotValidError:
            normalized = None
        if len(_EMAIL_DOMAINS) >= 10_000:
            _EMAIL_DOMAINS.clear()
        _EMAIL_DOMAINS[domain] = normalized
    if normalized is None:
        return None
    address = local + "@" + normalized
    return address if len(address) <= 254 else None


class ContactChannel(StrEnum):
    """How a customer prefers to be reached."""

    PHONE = "phone"
    EMAIL = "email"
    MESSAGE = "message"


LANGUAGES = ("en", "zh")
MAX_PHONES = 5


@dataclass(frozen=True, slots=True)
class PhoneDraft:
    """A phone number as typed, with its label (mobile, home, work)."""

    number: str
    label: str = "mobile"


@dataclass(frozen=True, slots=True)
class CustomerDraft:
    """A customer card as typed in a form or read from an imported row: all text, unchecked.

    The first phone is the primary one.
    """

    full_name: str
    phones: tuple[PhoneDraft, ...] = ()
    email: str = ""
    status: str = "lead"
    source: str = "walk_in"
    assigned_consultant_id: int | None = None
    preferred_language: str = "en"
    preferred_channel: str = ""
    preferred_time: str = ""
    address: str = ""
    models_of_interest: str = ""
    budget_min: str = ""
    budget_max: str = ""
    timeframe: str = ""
    trade_in_make: str = ""
    trade_in_model: str = ""
    trade_in_year: str = ""
    trade_in_mileage_km: str = ""
    trade_in_plate: str = ""
    trade_in_vin: str = ""
    consent_contact: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ValidCustomer:
    """A customer card that passed every rule, in the form it is stored."""

    full_name: str
    name_folded: str
    phones: tuple[tuple[str, str], ...]  # (E.164, label); the first is primary
    email: str | None
    status: CustomerStatus
    source: CustomerSource
    assigned_consultant_id: int | None
    preferred_language: str
    preferred_channel: ContactChannel | None
    preferred_time: str | None
    address: str | None
    models_of_interest: str | None
    budget_min: Decimal | None
    budget_max: Decimal | None
    timeframe: str | None
    trade_in_make: str | None
    trade_in_model: str | None
    trade_in_year: int | None
    trade_in_mileage_km: int | None
    trade_in_plate: str | None
    trade_in_vin: str | None
    consent_contact: bool
    notes: str | None


def _optional_line(
    value: str, field: str, max_length: int, errors: list[ValidationError]
) -> str | None:
    if not value:  # most optional fields of an imported row are empty
        return None
    try:
        text = clean_line(value, field, max_length=max_length)
    except ValidationError as error:
        errors.append(error)
        return None
    return text or None


def _money(value: str, field: str, errors: list[ValidationError]) -> Decimal | None:
    text = value.strip().replace(",", "").replace(" ", "").replace("_", "")
    if not text:
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        errors.append(
            ValidationError(field, "{value} is not an amount of money", value=shown(value))
        )
        return None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("10000000000"):
        errors.append(ValidationError(field, "must be between 0 and 9,999,999,999.99"))
        return None
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _whole(
    value: str, field: str, low: int, high: int, errors: list[ValidationError]
) -> int | None:
    text = value.strip().replace(",", "").replace(" ", "").replace("_", "")
    if not text:
        return None
    if not text.isdecimal() or not text.isascii():
        errors.append(ValidationError(field, "{value} is not a whole number", value=shown(value)))
        return None
    if len(text.lstrip("0")) > len(str(high)):
        errors.append(
            ValidationError(field, "must be between {low:,} and {high:,}", low=low, high=high)
        )
        return None
    number = int(text)
    if not low <= number <= high:
        errors.append(
            ValidationError(field, "must be between {low:,} and {high:,}", low=low, high=high)
        )
        return None
    return number


_CHOSEN: dict[tuple[type[StrEnum], str], StrEnum] = {}  # (enum, as typed): the member


def _choice(value: str, field: str, enum: type[StrEnum], errors: list[ValidationError]) -> Any:
    member = _CHOSEN.get((enum, value))
    if member is not None:  # an imported file repeats a handful of words
        return member
    text = value.strip().lower().replace("-", "_").replace(" ", "_")
    try:
        member = enum(text)
        if len(_CHOSEN) < 10_000:
            _CHOSEN[(enum, value)] = member
        return member
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        errors.append(
            ValidationError(
                field, "must be one of {allowed}, not {value}", allowed=allowed, value=shown(value)
            )
        )
        return None


def validate_customer(draft: CustomerDraft, default_region: str, this_year: int) -> ValidCustomer:
    """Check every field of a card; raises :class:`ValidationErrors` listing each broken rule."""
    errors: list[ValidationError] = []
    name = _optional_line(draft.full_name, "full name", 200, errors)
    if name is None and not any(e.field == "full name" for e in errors):
        errors.append(ValidationError("full name", "must not be empty"))
    phones: list[tuple[str, str]] = []
    if sum(1 for p in draft.phones if p.number.strip()) > MAX_PHONES:
        errors.append(
            ValidationError(
                "phone", "at most {max_phones} numbers per customer", max_phones=MAX_PHONES
            )
        )
    for index, phone in enumerate(draft.phones[: MAX_PHONES * 2]):
        if not phone.number.strip():
            continue
        field = "phone" if index == 0 else f"phone {index + 1}"
        try:
            e164 = normalize_phone(phone.number, default_region, field=field)
        except ValidationError as error:
            errors.append(error)
            continue
        try:
            label = clean_line(phone.label, f"{field} label", max_length=20) or "mobile"
        except ValidationError as error:
            errors.append(error)
            continue
        if e164 not in (p[0] for p in phones):
            phones.append((e164, label))
    email: str | None = None
    if draft.email.strip():
        try:
            email = normalize_email(draft.email)
        except ValidationError as error:
            errors.append(error)
    status = _choice(draft.status or "lead", "status", CustomerStatus, errors)
    source = _choice(draft.source or "walk_in", "source", CustomerSource, errors)
    channel = (
        _choice(draft.preferred_channel, "preferred channel", ContactChannel, errors)
        if draft.preferred_channel.strip()
        else None
    )
    language = (draft.preferred_language or "en").strip().lower()
    if language not in LANGUAGES:
        errors.append(
            ValidationError("language", "must be one of {choices}", choices=", ".join(LANGUAGES))
        )
    budget_min = _money(draft.budget_min, "budget from", errors)
    budget_max = _money(draft.budget_max, "budget to", errors)
    if budget_min is not None and budget_max is not None and budget_min > budget_max:
        errors.append(ValidationError("budget to", "must not be below the budget from"))
    vin: str | None = None
    if draft.trade_in_vin.strip():
        from showroom.vehicles.domain import check_vin

        try:
            vin = check_vin(draft.trade_in_vin, field="trade-in VIN").vin
        except ValidationError as error:
            errors.append(error)
    plate = _optional_line(draft.trade_in_plate, "trade-in plate", 20, errors)
    valid = ValidCustomer(
        full_name=name or "",
        name_folded=fold(name or ""),
        phones=tuple(phones),
        email=email,
        status=status,
        source=source,
        assigned_consultant_id=draft.assigned_consultant_id,
        preferred_language=language,
        preferred_channel=channel,
        preferred_time=_optional_line(draft.preferred_time, "preferred time", 60, errors),
        address=_optional_line(draft.address, "address", 300, errors),
        models_of_interest=_optional_line(
            draft.models_of_interest, "models of interest", 300, errors
        ),
        budget_min=budget_min,
        budget_max=budget_max,
        timeframe=_optional_line(draft.timeframe, "timeframe", 40, errors),
        trade_in_make=_optional_line(draft.trade_in_make, "trade-in make", 60, errors),
        trade_in_model=_optional_line(draft.trade_in_model, "trade-in model", 60, errors),
        trade_in_year=_whole(draft.trade_in_year, "trade-in year", 1900, this_year + 1, errors),
        trade_in_mileage_km=_whole(
            draft.trade_in_mileage_km, "trade-in mileage", 0, 2_000_000, errors
        ),
        trade_in_plate=plate.upper() if plate else None,
        trade_in_vin=vin,
        consent_contact=draft.consent_contact,
        notes=_notes(draft.notes, errors),
    )
    if errors:
        raise ValidationErrors(errors)
    return valid


def _notes(value: str, errors: list[ValidationError]) -> str | None:
    text = value.strip()
    if len(text) > 10_000:
        errors.append(ValidationError("notes", "must be at most 10,000 characters"))
        return None
    if has_control_characters(text, allowed="\n\t"):
        errors.append(ValidationError("notes", "must not contain control characters"))
        return None
    return text or None


def search_document(
    name_folded: str,
    phones: list[str],
    email: str | None,
    plates: list[str],
    vins: list[str],
) -> str:
    """The text search looks in: folded name, phone digits (with and without the country
    code, so a national '0512…' fragment matches too), e-mail, plates and VINs."""
    pairs: list[tuple[str, str]] = []
    for e164 in phones:
        try:
            national = str(phonenumbers.parse(e164, None).national_number)
        except phonenumbers.NumberParseException:
            national = ""
        pairs.append((phone_digits(e164), national))
    return compose_search_text(name_folded, pairs, email, plates, vins)


def compose_search_text(
    name_folded: str,
    phones: list[tuple[str, str]],
    email: str | None,
    plates: list[str],
    vins: list[str],
) -> str:
    """search_document from phones already split into (all digits, national number)."""
    parts = [name_folded]
    for digits, national in phones:
        parts.append(digits)
        if national and national != digits:
            parts.append("0" + national)
    if email:
        parts.append(email.casefold())
    parts.extend(fold(p).replace(" ", "") for p in plates)
    parts.extend(v.casefold() for v in vins)
    return " ".join(p for p in parts if p)
