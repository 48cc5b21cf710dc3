"""Hypothesis strategies for hostile input: what a consultant, a pasted spreadsheet or an
imported file can put into a field.

Unicode of every script (and lone surrogates, which Qt or a badly decoded file can hand
over), control and format characters, 10,000-character strings, SQL- and search-syntax-looking
text, phone numbers of every region mutated, near-valid VINs, dates at DST changes and leap
days, negative and huge amounts.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import phonenumbers
from hypothesis import strategies as st
from sqlalchemy import Engine, inspect, text

from showroom.core.errors import DomainError, ShowroomError, ValidationError, ValidationErrors
from showroom.customers.domain import CustomerDraft, PhoneDraft
from showroom.vehicles.domain import vin_check_digit

SCRIPTS = [
    "Zoë Walker",
    "Łukasz Wiśniewski",
    "Jürgen Groß",
    "王小明",
    "李",
    "Σωκράτης Παπαδόπουλος",
    "Дмитрий Иванов",
    "محمد الأحمد",
    "דוד כהן",
    "अमित शर्मा",
    "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
    "สมชาย ใจดี",
    "김민준",
    "佐藤 花子",
    "ნინო ბერიძე",
    "Արամ Պետրոսյան",
    "አበበ ቢቂላ",
    "ᏣᎳᎩ",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝕄𝕒𝕥𝕙",
    "👨‍👩‍👧‍👦 😀",
    "﷽",
    "Zalgo Z̸̢̛͎͈̈́a̷̧͓̓l̵̰͆g̶̣̓o̵̗͐",
    "\u202eevil RTL override\u202c",
    "zero\u200bwidth\u200djoiner",
    "O'Brien-Smith",
]
SQL_LOOKING = [
    "'; DROP TABLE customers; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM users;--",
    "%",
    "_",
    "%_%",
    "\\",
    "\\%",
    "*",
    '"',
    '""',
    "NEAR(a b)",
    "a OR b",
    "a AND NOT b",
    "^start",
    "col:value",
    "customers_fts MATCH 'x'",
    "':*",
    "a & b | !c",
    "(",
    ")",
    "{}",
    "$1",
    ":name",
    "?",
    "NULL",
    "\x00",
    "x\x00y",
    "1e400",
]
LONG = st.builds(
    lambda unit, n: unit * n,
    st.sampled_from(["a", "王", "😀", " ", "é", "ab ", "1", "\n", "\x00"]),
    st.integers(9_990, 10_010),
)
EVERY_CHARACTER = st.characters(exclude_categories=())  # surrogates too
CONTROL = st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs", "Cs", "Co"])

hostile_text = st.one_of(
    st.text(EVERY_CHARACTER, max_size=40),
    st.text(CONTROL, max_size=12),
    st.sampled_from(SCRIPTS),
    st.sampled_from(SQL_LOOKING),
    LONG,
    st.builds(
        lambda a, b, c: a + b + c,
        st.sampled_from(SCRIPTS + SQL_LOOKING),
        st.text(CONTROL, max_size=3),
        st.sampled_from(SCRIPTS + SQL_LOOKING),
    ),
)

# --- phone numbers of every region, mutated ----------------------------------------------------
EXAMPLE_NUMBERS: list[str] = []
for _region in sorted(phonenumbers.SUPPORTED_REGIONS):
    for _type in (None, phonenumbers.PhoneNumberType.MOBILE):
        _number = (
            phonenumbers.example_number(_region)
            if _type is None
            else phonenumbers.example_number_for_type(_region, _type)
        )
        if _number is not None:
            EXAMPLE_NUMBERS.append(
                phonenumbers.format_number(_number, phonenumbers.PhoneNumberFormat.E164)
            )
            EXAMPLE_NUMBERS.append(
                phonenumbers.format_number(_number, phonenumbers.PhoneNumberFormat.NATIONAL)
            )
FULLWIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@st.composite
def phone_numbers(draw: st.DrawFn) -> str:
    number = draw(st.sampled_from(EXAMPLE_NUMBERS))
    mutation = draw(
        st.sampled_from(
            [
                "none",
                "drop",
                "insert",
                "swap",
                "double",
                "00",
                "spaces",
                "letters",
                "fullwidth",
                "arabic",
                "extension",
                "truncate",
                "hostile",
            ]
        )
    )
    if mutation == "none" or len(number) < 3:
        return number
    at = draw(st.integers(1, len(number) - 1))
    if mutation == "drop":
        return number[:at] + number[at + 1 :]
    if mutation == "insert":
        return number[:at] + draw(st.sampled_from("0123456789 -()./xX#*")) + number[at:]
    if mutation == "swap":
        return number[: at - 1] + number[at] + number[at - 1] + number[at + 1 :]
    if mutation == "double":
        return number + number
    if mutation == "00":
        return "00" + number.lstrip("+")
    if mutation == "spaces":
        return " ".join(number)
    if mutation == "letters":
        return number[:at] + "ABC" + number[at:]
    if mutation == "fullwidth":
        return number.translate(FULLWIDTH)
    if mutation == "arabic":
        return number.translate(ARABIC)
    if mutation == "extension":
        return number + " ext. 1234"
    if mutation == "truncate":
        return number[:at]
    return number[:at] + draw(hostile_text) + number[at:]


# --- VINs -----------------------------------------------------------------------------------------
VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
LOOKALIKES = {
    "A": "А",
    "B": "В",
    "E": "Е",
    "K": "К",
    "M": "М",
    "H": "Н",
    "P": "Р",
    "C": "С",
    "T": "Т",
    "X": "Х",
    "0": "О",
    "1": "Ⅰ",
}


@st.composite
def valid_vins(draw: st.DrawFn) -> str:
    body = draw(st.text(st.sampled_from(VIN_CHARS), min_size=17, max_size=17))
    return body[:8] + vin_check_digit(body) + body[9:]


@st.composite
def near_vins(draw: st.DrawFn) -> str:
    vin = draw(valid_vins())
    at = draw(st.integers(0, 16))
    mutation = draw(
        st.sampled_from(
            [
                "none",
                "ioq",
                "lower",
                "lookalike",
                "fullwidth",
                "space",
                "drop",
                "add",
                "check",
                "zero-width",
                "hostile",
            ]
        )
    )
    if mutation == "ioq":
        return vin[:at] + draw(st.sampled_from("IOQioq")) + vin[at + 1 :]
    if mutation == "lower":
        return vin.lower()
    if mutation == "lookalike":
        return "".join(LOOKALIKES.get(c, c) for c in vin)
    if mutation == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in vin)
    if mutation == "space":
        return vin[:at] + " " + vin[at:]
    if mutation == "drop":
        return vin[:at] + vin[at + 1 :]
    if mutation == "add":
        return vin + draw(st.sampled_from(VIN_CHARS))
    if mutation == "check":
        wrong = "0" if vin[8] != "0" else "1"
        return vin[:8] + wrong + vin[9:]
    if mutation == "zero-width":
        return vin[:at] + "\u200b" + vin[at:]
    if mutation == "hostile":
        return vin[:at] + draw(hostile_text) + vin[at:]
    return vin


# --- money, numbers, dates ------------------------------------------------------------------
money_text = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(-(10**30), 10**30).map(str),
    st.floats().map(str),
    st.sampled_from(
        [
            "",
            " ",
            "-0",
            "0",
            "0.005",
            "9999999999.99",
            "10000000000",
            "-1",
            "1e999999999",
            "1e-999999999",
            "NaN",
            "sNaN",
            "-Infinity",
            "1,000,000.005",
            "12 345,67",
            "١٢٣٤",
            "１２３",
            "0x1F",
            "1_000",
            "£35,000",
            "35k",
            "35.000,00",
            "- 5",
            "+5",
            "1e3",
        ]
    ),
    hostile_text,
)
number_text = st.one_of(
    st.integers(-(10**20), 10**20).map(str),
    st.sampled_from(["²", "١٩٩٩", "１９９９", "2016.0", "-0", " 2016 ", "2,016", "1_999", "⅓"]),
    hostile_text,
)
big_ints = st.one_of(
    st.integers(-(2**70), 2**70),
    st.sampled_from([0, -1, 2**31 - 1, 2**31, 2**63 - 1, 2**63, 10**30]),
)

DST_ZONES = [
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Pacific/Chatham",
    "Asia/Kathmandu",
    "Asia/Shanghai",
    "America/Sao_Paulo",
    "Pacific/Kiritimati",
    "America/St_Johns",
]
# DST changes (UTC instants) and local midnights around leap days.
EDGES = [
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC),  # London springs forward
    datetime(2026, 10, 25, 1, 0, tzinfo=UTC),  # London falls back
    datetime(2026, 3, 8, 7, 0, tzinfo=UTC),  # New York
    datetime(2026, 11, 1, 6, 0, tzinfo=UTC),
    datetime(2026, 4, 4, 16, 0, tzinfo=UTC),  # Sydney
    datetime(2026, 10, 3, 16, 0, tzinfo=UTC),
    datetime(2026, 4, 4, 14, 0, tzinfo=UTC),  # Chatham (+13:45 / +12:45)
    datetime(2024, 2, 29, 0, 0, tzinfo=UTC),
    datetime(2028, 2, 28, 23, 59, tzinfo=UTC),
    datetime(2028, 2, 29, 12, 0, tzinfo=UTC),
    datetime(2028, 3, 1, 0, 0, tzinfo=UTC),
    datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC),
]
moments = st.builds(
    lambda edge, minutes: edge + timedelta(minutes=minutes),
    st.sampled_from(EDGES),
    st.integers(-24 * 60, 24 * 60),
)
dates = st.one_of(
    st.builds(lambda m, d: m.date() + timedelta(days=d), moments, st.integers(-3, 400)),
    st.sampled_from([date(2028, 2, 29), date(2024, 2, 29), date.min, date.max, date(1970, 1, 1)]),
)
budgets = st.builds(Decimal, st.integers(0, 10**9))

# --- customer cards -------------------------------------------------------------------------------
CUSTOMER_FIELDS = (
    {
        "full name",
        "email",
        "status",
        "source",
        "preferred channel",
        "language",
        "budget from",
        "budget to",
        "trade-in VIN",
        "trade-in plate",
        "preferred time",
        "address",
        "models of interest",
        "timeframe",
        "trade-in make",
        "trade-in model",
        "trade-in year",
        "trade-in mileage",
        "notes",
        "consultant",
    }
    | {"phone"}
    | {f"phone {n}" for n in range(2, 11)}
    | {"phone label"}
    | {f"phone {n} label" for n in range(2, 11)}
)


def clean_text(value: str) -> bool:
    """Stored text: no control characters (bar newline and tab in notes), no surrogates."""
    return not any(unicodedata.category(c) in ("Cc", "Cs") and c not in "\n\t" for c in value)


NOTHING: st.SearchStrategy[int] = st.nothing()


@st.composite
def drafts(draw: st.DrawFn, consultant_ids: st.SearchStrategy[int] = NOTHING) -> CustomerDraft:
    """A card where one field, a few, or every field is hostile, so that both acceptance
    and each field's rejection are explored."""
    mode = draw(st.sampled_from(["one", "few", "all"]))
    target = draw(st.integers(0, 19))

    def either(index: int, hostile: st.SearchStrategy[str], plain: list[str]) -> str:
        bad = {"one": index == target, "few": draw(st.integers(0, 4)) == 0, "all": True}[mode]
        return draw(hostile) if bad else draw(st.sampled_from(plain))

    phones = []
    for index in range(draw(st.integers(0, 7))):
        number = draw(
            st.one_of(phone_numbers(), st.sampled_from(["07400 123456", "+49 30 901820"]))
        )
        phones.append(PhoneDraft(number, either(19, hostile_text, ["mobile", "work", ""])))
        del index
    return CustomerDraft(
        full_name=either(0, hostile_text, ["Zoë Walker", "王小明", "Łukasz O'Brien-Wiśniewski"]),
        phones=tuple(phones),
        email=either(
            1,
            hostile_text,
            ["", "zoe@example.com", "ZOE@EXAMPLE.CO.UK", "a@b", "@", "a@@b.c", "名字@例子.中国"],
        ),
        status=either(2, hostile_text, ["lead", "Prospect", "owner ", "lost"]),
        source=either(3, hostile_text, ["walk-in", "web", "Referral"]),
        assigned_consultant_id=draw(st.one_of(st.none(), consultant_ids, big_ints)),
        preferred_language=either(4, hostile_text, ["en", "zh", "EN", ""]),
        preferred_channel=either(5, hostile_text, ["", "phone", "e-mail", "email"]),
        preferred_time=either(6, hostile_text, ["mornings", ""]),
        address=either(7, hostile_text, ["1 High Street", ""]),
        models_of_interest=either(8, hostile_text, ["X5, i4", ""]),
        budget_min=either(9, money_text, ["", "25000", "25,000.50"]),
        budget_max=either(10, money_text, ["", "61500", "1,000,000"]),
        timeframe=either(11, hostile_text, ["3 months", ""]),
        trade_in_make=either(12, hostile_text, ["Audi", ""]),
        trade_in_model=either(13, hostile_text, ["A4", ""]),
        trade_in_year=either(14, number_text, ["", "2016", " 2019 "]),
        trade_in_mileage_km=either(15, number_text, ["", "84,000", "0"]),
        trade_in_plate=either(16, hostile_text, ["AB12 CDE", ""]),
        trade_in_vin=either(17, st.one_of(near_vins(), hostile_text), ["", "WBA5R1C50SFT12345"]),
        consent_contact=draw(st.booleans()),
        notes=either(18, hostile_text, ["Wants a towbar.\nCall after 5.", ""]),
    )


# --- checking rejections and the database ---------------------------------------------------
REJECTIONS = (ValidationError, ValidationErrors, DomainError)


def named_rules(error: ShowroomError, fields: set[str]) -> list[tuple[str, str]]:
    """The (field, rule) pairs of a rejection; asserts each names a known field and states its
    rule as a short sentence."""
    assert isinstance(error, REJECTIONS), f"{type(error).__name__}: {error}"
    if isinstance(error, ValidationErrors):
        pairs = [(e.field, e.rule) for e in error.errors]
        assert pairs, "an empty list of errors"
    elif isinstance(error, ValidationError):
        pairs = [(error.field, error.rule)]
    else:
        pairs = [("", str(error))]
    for field, rule in pairs:
        if field:
            assert field in fields, f"unknown field {field!r}"
        assert rule.strip() and rule == rule.strip(), repr(rule)
        assert len(rule) <= 300, f"a rule of {len(rule)} characters: {rule[:80]!r}…"
        assert "Traceback" not in rule
    return pairs


def database_fingerprint(engine: Engine) -> str:
    """A digest of every row of every table: equal before and after means unchanged."""
    digest = hashlib.sha256()
    with engine.connect() as conn:
        inspector = inspect(conn)
        for table in sorted(inspector.get_table_names()):
            if table.startswith("customers_fts") or table.startswith("customers_words"):
                continue
            key = inspector.get_pk_constraint(table)["constrained_columns"]
            order = ", ".join(f'"{c}"' for c in key) or "1"
            digest.update(table.encode())
            for row in conn.execute(text(f'SELECT * FROM "{table}" ORDER BY {order}')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()
