"""Importing customer cards from a CSV or XLSX file (the old customer spreadsheet).

The file's columns are mapped to card fields (:func:`guess_mapping` guesses from the header
names, in English or Chinese; the user may change it). Every row becomes a
:class:`CustomerDraft` and passes :func:`validate_customer`, the rules of the card form. Rows
that break a rule are reported with their line in the file, the field and the rule; rows
whose phone or e-mail belongs to a customer on file, or to an earlier row of the file, are
reported as duplicates. Neither is imported.

Invariants:

- The valid rows are written in the caller's one unit of work, or not at all: the function
  never commits, and any error (a damaged file discovered half-way, a database error, a
  cancelled progress callback) propagates so the caller's transaction rolls back whole.
- ``dry_run`` reads and checks exactly as an import would, and writes nothing.
- Duplicates are found in batches (one IN query per chunk of rows), never a query per row.
- Writes are the DBAPI cursor's ``executemany`` (PostgreSQL: COPY) in chunks, through
  Core's bind processors, never one ORM object per row: 100,000 rows take seconds.
- A big file (PARALLEL_ROWS), when a core is spare, is checked by spawned worker
  processes, chunk by chunk, while this process writes; results are taken in file order, so lines, duplicates and
  the report are those of a one-process import. Each imported customer gets its phones, its search text (as
  :func:`refresh_search_text` computes it) and one timeline note "Imported from FILE".
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import sys
import time
import types
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

import phonenumbers
from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session

from showroom.core.errors import ShowroomError, ValidationError, ValidationErrors
from showroom.core.ids import CustomerId, UserId
from showroom.core.text import fold
from showroom.customers.domain import (
    CustomerDraft,
    PhoneDraft,
    ValidCustomer,
    compose_search_text,
    normalize_phone,
    validate_customer,
)
from showroom.customers.tabular import Cell, Row, cell_text, open_table
from showroom.customers.tabular import Table as FileTable
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.models import Customer, CustomerPhone, Interaction, User
from showroom.storage.types import utc_now

CHUNK = 5_000
PARALLEL_ROWS = 20_000  # from this many rows (as the file estimates them), workers may check rows
_WORKERS = 2
LEGACY_ENCODINGS = frozenset({"cp1252", "gb18030"})
IN_BATCH = 5_000  # values per IN (…) list: well below SQLite's and PostgreSQL's limits
ProgressCallback = Callable[[int, int], None]


class CardField(StrEnum):
    """A field of the customer card that a file column can fill.

    The values are the field names validation uses in its messages, so a rejected row
    names the field as the user mapped it.
    """

    FULL_NAME = "full name"
    PHONE = "phone"
    PHONE_2 = "phone 2"
    PHONE_3 = "phone 3"
    PHONE_4 = "phone 4"
    PHONE_5 = "phone 5"
    EMAIL = "email"
    STATUS = "status"
    SOURCE = "source"
    CONSULTANT = "consultant"
    LANGUAGE = "language"
    PREFERRED_CHANNEL = "preferred channel"
    PREFERRED_TIME = "preferred time"
    ADDRESS = "address"
    MODELS_OF_INTEREST = "models of interest"
    BUDGET_MIN = "budget from"
    BUDGET_MAX = "budget to"
    TIMEFRAME = "timeframe"
    TRADE_IN_MAKE = "trade-in make"
    TRADE_IN_MODEL = "trade-in model"
    TRADE_IN_YEAR = "trade-in year"
    TRADE_IN_MILEAGE = "trade-in mileage"
    TRADE_IN_PLATE = "trade-in plate"
    TRADE_IN_VIN = "trade-in VIN"
    CONSENT = "consent"
    NOTES = "notes"


PHONE_FIELDS = (
    CardField.PHONE,
    CardField.PHONE_2,
    CardField.PHONE_3,
    CardField.PHONE_4,
    CardField.PHONE_5,
)

# The column names an export writes; the importer maps each of them back to its field.
FIELD_HEADERS: dict[CardField, str] = {
    CardField.FULL_NAME: "Full name",
    CardField.PHONE: "Phone",
    CardField.PHONE_2: "Phone 2",
    CardField.PHONE_3: "Phone 3",
    CardField.PHONE_4: "Phone 4",
    CardField.PHONE_5: "Phone 5",
    CardField.EMAIL: "E-mail",
    CardField.STATUS: "Status",
    CardField.SOURCE: "Source",
    CardField.CONSULTANT: "Consultant",
    CardField.LANGUAGE: "Language",
    CardField.PREFERRED_CHANNEL: "Preferred channel",
    CardField.PREFERRED_TIME: "Preferred time",
    CardField.ADDRESS: "Address",
    CardField.MODELS_OF_INTEREST: "Models of interest",
    CardField.BUDGET_MIN: "Budget from",
    CardField.BUDGET_MAX: "Budget to",
    CardField.TIMEFRAME: "Timeframe",
    CardField.TRADE_IN_MAKE: "Trade-in make",
    CardField.TRADE_IN_MODEL: "Trade-in model",
    CardField.TRADE_IN_YEAR: "Trade-in year",
    CardField.TRADE_IN_MILEAGE: "Trade-in mileage (km)",
    CardField.TRADE_IN_PLATE: "Trade-in plate",
    CardField.TRADE_IN_VIN: "Trade-in VIN",
    CardField.CONSENT: "Consent to contact",
    CardField.NOTES: "Notes",
}

# Header names recognised for each field, besides the field's own name and export header.
# Compared after header_key(): case, accents, spaces, punctuation and (…) are ignored.
_SYNONYMS: dict[CardField, tuple[str, ...]] = {
    CardField.FULL_NAME: (
        "name", "full name", "customer", "customer name", "client", "client name",
        "contact", "contact name", "person", "姓名", "名字", "客户", "客户姓名", "客户名称",
        "客户名", "联系人",
    ),
    CardField.PHONE: (
        "phone", "phone 1", "phone number", "telephone", "tel", "mobile", "mobile phone",
        "mobile number", "cell", "cell phone", "cellphone", "primary phone", "电话",
        "手机", "手机号", "手机号码", "电话号码", "联系电话", "移动电话",
    ),
    CardField.PHONE_2: (
        "phone 2", "second phone", "other phone", "alternative phone", "home phone",
        "work phone", "landline", "telephone 2", "mobile 2", "电话2", "手机2", "备用电话",
        "座机", "其他电话", "固定电话",
    ),
    CardField.PHONE_3: ("phone 3", "telephone 3", "电话3"),
    CardField.PHONE_4: ("phone 4", "telephone 4", "电话4"),
    CardField.PHONE_5: ("phone 5", "telephone 5", "电话5"),
    CardField.EMAIL: (
        "email", "e-mail", "e mail", "mail", "email address", "e-mail address", "邮箱",
        "电子邮件", "电子邮箱", "邮件", "邮箱地址",
    ),
    CardField.STATUS: ("status", "stage", "customer status", "状态", "客户状态"),
    CardField.SOURCE: ("source", "lead source", "customer source", "来源", "客户来源"),
    CardField.CONSULTANT: (
        "consultant", "sales consultant", "salesperson", "sales person", "salesman",
        "assigned to", "assigned consultant", "advisor", "顾问", "销售顾问", "销售",
        "负责人",
    ),
    CardField.LANGUAGE: ("language", "preferred language", "语言"),
    CardField.PREFERRED_CHANNEL: (
        "preferred channel", "contact channel", "contact method", "contact by",
        "联系渠道",
    ),
    CardField.PREFERRED_TIME: (
        "preferred time", "best time", "best time to call", "联系时间",
    ),
    CardField.ADDRESS: ("address", "street address", "postal address", "地址", "住址"),
    CardField.MODELS_OF_INTEREST: (
        "models of interest", "model of interest", "models", "model",
        "interested in", "vehicle of interest", "意向车型", "车型", "感兴趣车型",
    ),
    CardField.BUDGET_MIN: (
        "budget from", "budget min", "min budget", "minimum budget", "预算下限",
        "最低预算",
    ),
    CardField.BUDGET_MAX: (
        "budget to", "budget", "budget max", "max budget", "maximum budget", "预算",
        "预算上限", "最高预算",
    ),
    CardField.TIMEFRAME: (
        "timeframe", "time frame", "purchase timeframe", "buying timeframe",
        "购车时间", "计划购车时间",
    ),
    CardField.TRADE_IN_MAKE: ("trade-in make", "trade in make", "置换品牌"),
    CardField.TRADE_IN_MODEL: ("trade-in model", "trade in model", "置换车型"),
    CardField.TRADE_IN_YEAR: ("trade-in year", "trade in year", "置换年份"),
    CardField.TRADE_IN_MILEAGE: (
        "trade-in mileage", "trade in mileage", "trade-in km", "置换里程",
    ),
    CardField.TRADE_IN_PLATE: (
        "trade-in plate", "plate", "number plate", "registration", "reg", "车牌",
        "车牌号",
    ),
    CardField.TRADE_IN_VIN: ("trade-in vin", "vin", "车架号", "vin码"),
    CardField.CONSENT: (
        "consent", "consent to contact", "marketing consent", "contact consent",
        "opt in", "opt-in", "同意联系", "营销同意",
    ),
    CardField.NOTES: (
        "notes", "note", "comments", "comment", "remarks", "remark", "备注", "说明",
    ),
}  # fmt: skip

_BRACKETED = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")


def header_key(header: str) -> str:
    """A header name reduced for matching: no case, accents, brackets, spaces or punctuation."""
    folded = fold(_BRACKETED.sub("", header))
    return "".join(c for c in folded if c.isalnum())


_BY_KEY: dict[str, CardField] = {}
for _field, _names in _SYNONYMS.items():
    for _name in (*_names, _field.value, FIELD_HEADERS[_field]):
        _BY_KEY.setdefault(header_key(_name), _field)


def recognised_headers(target: CardField) -> tuple[str, ...]:
    """Column names recognised for a field: its export header first, then the synonyms."""
    names = [FIELD_HEADERS[target], *_SYNONYMS[target]]
    seen: set[str] = set()
    unique = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            unique.append(name)
    return tuple(unique)


def guess_field(header: str) -> CardField | None:
    """The card field a column of this name most likely holds, or None."""
    return _BY_KEY.get(header_key(header))


Mapping = Sequence[CardField | None]


def guess_mapping(headers: Sequence[str]) -> list[CardField | None]:
    """One field (or None: not imported) per column, guessed from the header names.

    A field is given to the first column that names it; a second phone-like column gets
    the next free phone field ('Mobile' and 'Phone' become phone and phone 2).
    """
    taken: set[CardField] = set()
    mapping: list[CardField | None] = []
    for header in headers:
        guess = guess_field(header)
        if guess in PHONE_FIELDS and guess in taken:
            guess = next((p for p in PHONE_FIELDS if p not in taken), None)
        if guess is None or guess in taken:
            mapping.append(None)
            continue
        taken.add(guess)
        mapping.append(guess)
    return mapping


class ImportFileError(ShowroomError):
    """The file, or the way its columns are mapped, cannot be imported at all."""


class ImportCancelled(ShowroomError):
    """Raised by a progress callback to stop an import; nothing is written."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


def check_mapping(table: FileTable, mapping: Mapping) -> None:
    """Refuse a mapping that cannot work: no name column, or one field given twice."""
    if len(mapping) != len(table.headers):
        raise ImportFileError(
            "The column mapping has {count} entries but {name} has {columns} columns.",
            count=len(mapping),
            name=table.name,
            columns=len(table.headers),
        )
    seen: dict[CardField, str] = {}
    for header, target in zip(table.headers, mapping, strict=True):
        if target is None:
            continue
        if target in seen:
            raise ImportFileError(
                "The columns '{other}' and '{header}' are both mapped to {target}; map one of them to another field or leave it out.",
                other=seen[target],
                header=header,
                target=target.value,
            )
        seen[target] = header
    if CardField.FULL_NAME not in seen:
        shown = ", ".join(f"'{h}'" for h in table.headers[:8])
        more = ", …" if len(table.headers) > 8 else ""
        raise ImportFileError(
            "None of the columns of {name} ({value}{more}) holds the customer's name: name one 'Name', 'Full name' or '姓名', or choose the column in the import dialog.",
            name=table.name,
            value=shown,
            more=more,
        )


# --- the report -----------------------------------------------------------------------------
class RejectedRow(NamedTuple):
    """A broken rule of one row: the line in the file (header = 1), the field, the rule."""

    line: int
    field: str
    rule: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.rule}"


class DuplicateRow(NamedTuple):
    """A row not imported because its phone or e-mail is already someone's.

    The match is a customer on file (``customer_id`` and ``customer_name``) or an earlier
    line of the same file (``earlier_line``).
    """

    line: int
    matched_on: str  # "phone" or "email"
    value: str
    customer_id: CustomerId | None
    customer_name: str | None
    earlier_line: int | None

    def describe(self) -> str:
        what = "phone" if self.matched_on == "phone" else "e-mail"
        if self.earlier_line is not None:
            whose = f"line {self.earlier_line}"
        else:
            whose = f"{self.customer_name} (customer {self.customer_id})"
        return f"duplicate: {whose} has the same {what} {self.value}"

    def __str__(self) -> str:
        return f"line {self.line}: {self.describe()}"


@dataclass(frozen=True)
class ImportReport:
    """What an import (or a dry run) did with each row of the file."""

    file_name: str
    rows_read: int
    imported: int  # rows written; on a dry run, rows that would be
    rejected: list[RejectedRow]
    duplicates: list[DuplicateRow]
    elapsed: float  # seconds
    dry_run: bool = False
    ignored_columns: tuple[str, ...] = ()
    first_id: CustomerId | None = None  # the new customers' ids, in file order
    last_id: CustomerId | None = None

    @property
    def rejected_rows(self) -> int:
        """How many rows broke at least one rule."""
        return len({r.line for r in self.rejected})

    @property
    def rows_per_second(self) -> float:
        return self.rows_read / self.elapsed if self.elapsed > 0 else 0.0

    def problems(self) -> list[RejectedRow | DuplicateRow]:
        """Every rejected rule and duplicate, in file order."""
        merged: list[RejectedRow | DuplicateRow] = [*self.rejected, *self.duplicates]
        return sorted(merged, key=lambda p: p.line)

    def summary(self, into: str = "") -> str:
        """One sentence: 'Imported 97 of 100 rows from x.csv: 2 rejected, 1 duplicate.'"""
        rejected, duplicates = self.rejected_rows, len(self.duplicates)
        tail = (
            f"{rejected:,} rejected, {duplicates:,} duplicate{'s' if duplicates != 1 else ''}"
            if rejected or duplicates
            else "nothing rejected"
        )
        if self.dry_run:
            return (
                f"Checked {self.rows_read:,} rows of {self.file_name}: {self.imported:,} can "
                f"be imported, {tail}; nothing was written."
            )
        where = f" into {into}" if into else ""
        return (
            f"Imported {self.imported:,} of {self.rows_read:,} rows from {self.file_name}"
            f"{where}: {tail}."
        )


# --- turning cells into drafts --------------------------------------------------------------
_TRUE = frozenset(
    {"yes", "y", "true", "t", "1", "x", "✓", "✔", "on", "ja", "oui", "是", "同意", "有"}
)
_FALSE = frozenset(
    {"", "no", "n", "false", "f", "0", "off", "-", "nein", "non", "否", "不同意", "无"}
)
_STATUS_WORDS = {
    "线索": "lead", "潜客": "prospect", "潜在客户": "prospect", "意向客户": "prospect",
    "成交客户": "customer", "客户": "customer", "车主": "owner", "战败": "lost",
    "流失": "lost", "已流失": "lost",
}  # fmt: skip
_SOURCE_WORDS = {
    "到店": "walk_in", "自然到店": "walk_in", "walkin": "walk_in", "电话": "phone",
    "来电": "phone", "call": "phone", "网络": "web", "网站": "web", "线上": "web",
    "website": "web", "internet": "web", "online": "web", "转介绍": "referral",
    "推荐": "referral", "介绍": "referral", "活动": "event", "车展": "event",
}  # fmt: skip
_LANGUAGE_WORDS = {
    "english": "en", "英文": "en", "英语": "en", "engb": "en", "enus": "en",
    "chinese": "zh", "mandarin": "zh", "中文": "zh", "汉语": "zh", "普通话": "zh",
    "zhcn": "zh", "zhhans": "zh", "zhtw": "zh", "zhhant": "zh",
}  # fmt: skip
_CURRENCY = "£$€¥￥ "
_PHONE_LABEL = re.compile(r"^(.*?)\s*\(([^\W\d_]+(?:[ -][^\W\d_]+)*)\)$")
_FORMULA_START = ("'=", "'+", "'-", "'@", "''")


def _text(value: Cell) -> str:
    return value if type(value) is str else cell_text(value)


def _unescaped(text: str) -> str:
    """A CSV export escapes a cell that a spreadsheet would run as a formula with a leading
    apostrophe (as Excel itself shows them); take it off again."""
    return text[1:] if text.startswith(_FORMULA_START) else text


def _word(value: str, words: dict[str, str], cache: dict[str, str]) -> str:
    """A status, source or language word in the form validation knows ('到店' → walk_in)."""
    known = cache.get(value)
    if known is None:
        known = cache[value] = words.get(header_key(value), value)
    return known


def _phone_draft(value: Cell, region: str) -> PhoneDraft:
    """A phone cell as a draft number with its label ('+44 7400 123456 (home)').

    A number typed into a spreadsheet cell loses its '+' and leading zeros. Such a cell is
    read as digits: as a national number of the showroom's country if it is valid as one,
    else as an international number whose '+' was lost, if it is valid as one. Text cells
    are read exactly as typed, with the card form's rules.
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = cell_text(value)
        if digits.isdigit():
            for candidate in (digits, "+" + digits):
                try:
                    normalize_phone(candidate, region)
                except ValidationError:
                    continue
                return PhoneDraft(candidate)
        return PhoneDraft(digits)
    text = _text(value).strip().removeprefix("'")  # '07400…: Excel's way to keep a zero
    if text.endswith(")"):
        match = _PHONE_LABEL.match(text)
        if match:
            return PhoneDraft(match.group(1), match.group(2))
    return PhoneDraft(text)


class _Consultants:
    """Users by user name or display name, any case or accents."""

    def __init__(self, session: Session) -> None:
        self._ids: dict[str, int | None] = {}
        for uid, username, display in session.execute(
            select(User.id, User.username, User.display_name).order_by(User.id)
        ):
            for key in {fold(username).strip(), fold(display).strip()}:
                self._ids[key] = None if self._ids.get(key, uid) != uid else uid

    def find(self, name: str) -> int:
        key = fold(" ".join(name.split()))
        if key not in self._ids:
            raise ValidationError(
                "consultant", "there is no user named {name!r}", name=name.strip()
            )
        uid = self._ids[key]
        if uid is None:
            raise ValidationError(
                "consultant", "{name!r} names more than one user", name=name.strip()
            )
        return uid


class _RowReader:
    """Turns the cells of one row into a CustomerDraft, following the column mapping."""

    def __init__(
        self, table: FileTable, mapping: Mapping, session: Session, settings: ShowroomSettings
    ) -> None:
        self.plan = [(i, f) for i, f in enumerate(mapping) if f is not None]
        self.unescape = table.kind == "csv"
        # A program that saves text in an encoding lacking a letter writes '?' instead
        # (Windows-1252 has no 'ą'; GBK lacks some rare characters). In such a file a '?'
        # in a name is a lost letter. In UTF-8 and workbooks it is what was typed.
        self.lost_letters = table.encoding in LEGACY_ENCODINGS
        self.region = settings.default_region
        self.consultants = _Consultants(session) if CardField.CONSULTANT in mapping else None
        self.words: dict[CardField, dict[str, str]] = {
            CardField.STATUS: {},
            CardField.SOURCE: {},
            CardField.LANGUAGE: {},
        }

    def draft(self, cells: Row) -> tuple[CustomerDraft, list[CardField], list[ValidationError]]:
        """The draft, which field each of its phones came from, and rules broken already."""
        # A customer read from a file came from the import, unless its own column says.
        kwargs: dict[str, Any] = {"full_name": "", "source": "import"}
        phones: list[PhoneDraft] = []
        phone_fields: list[CardField] = []
        errors: list[ValidationError] = []
        width = len(cells)
        for index, target in self.plan:
            if index >= width:
                continue
            value = cells[index]
            if value is None or value == "":
                continue
            if target in PHONE_FIELDS:
                phone = _phone_draft(value, self.region)
                if phone.number:
                    phones.append(phone)
                    phone_fields.append(target)
                continue
            text = _text(value)
            if self.unescape:
                text = _unescaped(text)
            if target is CardField.FULL_NAME:
                kwargs["full_name"] = text
                if self.lost_letters and ("?" in text or "\ufffd" in text):
                    shown = " ".join(text.split())
                    shown = shown if len(shown) <= 60 else shown[:59] + "…"
                    errors.append(
                        ValidationError(
                            "full name",
                            "{value!r} has '?' in place of a letter: the file lost characters when it was saved; save it as UTF-8 (in Excel: CSV UTF-8) and import it again",
                            value=shown,
                        )
                    )
            elif target is CardField.EMAIL:
                kwargs["email"] = text
            elif target is CardField.STATUS:
                kwargs["status"] = _word(text, _STATUS_WORDS, self.words[target])
            elif target is CardField.SOURCE:
                kwargs["source"] = _word(text, _SOURCE_WORDS, self.words[target])
            elif target is CardField.LANGUAGE:
                kwargs["preferred_language"] = _word(text, _LANGUAGE_WORDS, self.words[target])
            elif target is CardField.CONSULTANT:
                if text.strip() and self.consultants is not None:
                    try:
                        kwargs["assigned_consultant_id"] = self.consultants.find(text)
                    except ValidationError as error:
                        errors.append(error)
            elif target is CardField.CONSENT:
                answer = text.strip().lower()
                if answer in _TRUE:
                    kwargs["consent_contact"] = True
                elif answer not in _FALSE:
                    errors.append(
                        ValidationError(
                            "consent", "must be yes or no, not {value!r}", value=text.strip()
                        )
                    )
            elif target is CardField.NOTES:
                kwargs["notes"] = text.replace("\r\n", "\n").replace("\r", "\n")
            elif target in (CardField.BUDGET_MIN, CardField.BUDGET_MAX):
                kwargs[_ATTRIBUTES[target]] = text.strip(_CURRENCY)
            else:
                kwargs[_ATTRIBUTES[target]] = text
        return CustomerDraft(phones=tuple(phones), **kwargs), phone_fields, errors


_ATTRIBUTES: dict[CardField, str] = {
    CardField.PREFERRED_CHANNEL: "preferred_channel",
    CardField.PREFERRED_TIME: "preferred_time",
    CardField.ADDRESS: "address",
    CardField.MODELS_OF_INTEREST: "models_of_interest",
    CardField.BUDGET_MIN: "budget_min",
    CardField.BUDGET_MAX: "budget_max",
    CardField.TIMEFRAME: "timeframe",
    CardField.TRADE_IN_MAKE: "trade_in_make",
    CardField.TRADE_IN_MODEL: "trade_in_model",
    CardField.TRADE_IN_YEAR: "trade_in_year",
    CardField.TRADE_IN_MILEAGE: "trade_in_mileage_km",
    CardField.TRADE_IN_PLATE: "trade_in_plate",
    CardField.TRADE_IN_VIN: "trade_in_vin",
}


def _phone_field_name(field_name: str, phone_fields: list[CardField]) -> str:
    """Validation names a draft's phones 'phone', 'phone 2'… in the order they were typed;
    name them after the columns they came from instead."""
    if field_name == "phone":
        index = 0
    elif field_name.startswith("phone ") and field_name[6:].isdigit():
        index = int(field_name[6:]) - 1
    else:
        return field_name
    return phone_fields[index].value if index < len(phone_fields) else field_name


# --- writing --------------------------------------------------------------------------------
def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


_CUSTOMERS, _PHONES, _INTERACTIONS = _table(Customer), _table(CustomerPhone), _table(Interaction)
_COUNTRY_CODES = frozenset(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def _split_e164(e164: str) -> tuple[str, str]:
    """(all digits, national number) of a stored number, as search_document computes them,
    without parsing it again: country calling codes are prefix-free."""
    digits = e164[1:]
    for length in (1, 2, 3):
        if int(digits[:length]) in _COUNTRY_CODES:
            national = digits[length:]
            return digits, str(int(national)) if national else ""
    return digits, ""


_CUSTOMER_COLUMNS = (
    "id", "full_name", "name_folded", "email", "primary_phone", "status", "source",
    "assigned_consultant_id", "preferred_language", "preferred_channel", "preferred_time",
    "address", "models_of_interest", "budget_min", "budget_max", "timeframe", "trade_in_make",
    "trade_in_model", "trade_in_year", "trade_in_mileage_km", "trade_in_plate", "trade_in_vin",
    "consent_contact", "consent_at", "notes", "search_text", "created_at", "updated_at",
    "version",
)  # fmt: skip
_PHONE_COLUMNS = ("customer_id", "e164", "label", "is_primary")
_NOTE_COLUMNS = ("customer_id", "user_id", "kind", "occurred_at", "summary")


def _customer_values(valid: ValidCustomer, customer_id: int, now: datetime) -> tuple[Any, ...]:
    """The row of a new customer, in the order of _CUSTOMER_COLUMNS."""
    return (
        customer_id,
        valid.full_name,
        valid.name_folded,
        valid.email,
        valid.phones[0][0] if valid.phones else None,
        valid.status.value,
        valid.source.value,
        valid.assigned_consultant_id,
        valid.preferred_language,
        valid.preferred_channel.value if valid.preferred_channel else None,
        valid.preferred_time,
        valid.address,
        valid.models_of_interest,
        valid.budget_min,
        valid.budget_max,
        valid.timeframe,
        valid.trade_in_make,
        valid.trade_in_model,
        valid.trade_in_year,
        valid.trade_in_mileage_km,
        valid.trade_in_plate,
        valid.trade_in_vin,
        valid.consent_contact,
        now if valid.consent_contact else None,
        valid.notes,
        compose_search_text(
            valid.name_folded,
            [_split_e164(e164) for e164, _ in valid.phones],
            valid.email,
            [valid.trade_in_plate] if valid.trade_in_plate else [],
            [valid.trade_in_vin] if valid.trade_in_vin else [],
        ),
        now,
        now,
        1,
    )


_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


class _BulkWriter:
    """Rows of one table written by the DBAPI cursor's own ``executemany`` (PostgreSQL:
    psycopg's COPY), as positional tuples: SQLAlchemy's per-row parameter processing costs
    more than the insert itself.

    The values go through the very bind processors Core would apply to each column (the
    UTCDateTime storage form, SQLite's booleans and Decimals), so the stored rows are the
    ones a Core insert stores. A driver whose placeholder style is not known here gets a
    Core insert instead.
    """

    def __init__(self, conn: Connection, table: Table, columns: tuple[str, ...]) -> None:
        dialect = conn.dialect
        self.conn, self.table, self.columns = conn, table, columns
        self.processors: list[tuple[int, Callable[[Any], Any]]] = []
        for index, name in enumerate(columns):
            column_type = table.c[name].type.dialect_impl(dialect)
            processor = column_type.bind_processor(dialect)
            if processor is not None:
                self.processors.append((index, processor))
        mark = _PLACEHOLDERS.get(dialect.paramstyle)
        quote = dialect.identifier_preparer
        names = f"{quote.format_table(table)} ({', '.join(quote.quote(n) for n in columns)})"
        self.sql: str | None = None
        if mark is not None:
            self.sql = f"INSERT INTO {names} VALUES ({', '.join([mark] * len(columns))})"
        # psycopg's COPY: the rows stream to PostgreSQL in one statement, each value adapted
        # as a bound parameter would be (triggers and constraints apply as to an INSERT).
        self.copy_sql = f"COPY {names} FROM STDIN" if dialect.name == "postgresql" else None

    def write(self, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.sql is None:  # Core applies the processors itself
            values = [dict(zip(self.columns, row, strict=True)) for row in rows]
            self.conn.execute(insert(self.table), values)
            return
        if self.processors:
            rows = self._processed(rows)
        cursor = self.conn.connection.cursor()
        try:
            if self.copy_sql is not None and hasattr(cursor, "copy"):
                with cursor.copy(self.copy_sql) as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                cursor.executemany(self.sql, rows)
        finally:
            cursor.close()

    def _processed(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        columns = [list(column) for column in zip(*rows, strict=True)]
        for index, processor in self.processors:
            column = columns[index]
            last: Any = None
            stored: Any = None
            for position, value in enumerate(column):
                if value is None:
                    continue
                if value is not last:  # one `now` for every row of the import
                    last, stored = value, processor(value)
                column[position] = stored
        return list(zip(*columns, strict=True))


def _allocate_ids(conn: Connection, count: int) -> list[int]:
    """Ids for ``count`` new customers, ascending.

    PostgreSQL: taken from the table's sequence, so another PC adding a customer meanwhile
    can never collide. SQLite: the write lock (BEGIN IMMEDIATE) is held by this unit of work,
    so nobody else can insert in between.
    """
    if conn.dialect.name == "postgresql":
        ids = conn.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('customers', 'id')) "
                "FROM generate_series(1, :count)"
            ),
            {"count": count},
        ).scalars()
        return sorted(int(i) for i in ids)
    first = int(conn.execute(select(func.coalesce(func.max(_CUSTOMERS.c.id), 0))).scalar_one())
    return list(range(first + 1, first + 1 + count))


# Migration 0002 keeps SQLite's two full-text indexes in step with one AFTER INSERT trigger.
# Fired row by row it costs ~60 µs per customer, ten times the insert itself; the same index
# entries written with one INSERT … SELECT after the rows take ~7 µs. So a big import drops
# that trigger inside its own transaction, writes, fills the indexes in one statement and
# re-creates the trigger from its stored SQL. SQLite's DDL is transactional and the unit
# of work holds the write lock: nobody sees the table without its trigger, and a rollback
# brings the trigger back. If the trigger is not exactly the one expected (a later
# migration changed it), the import leaves it alone and lets it fire.
_FTS_TRIGGER = "customers_fts_insert"
_FTS_TRIGGER_SQL = """CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts(rowid, search_text) VALUES (new.id, new.search_text);
    INSERT INTO customers_words(rowid, search_text) VALUES (new.id, new.search_text);
END"""
_FTS_CATCH_UP = (
    "INSERT INTO customers_fts(rowid, search_text) "
    "SELECT id, search_text FROM customers WHERE id >= :first",
    "INSERT INTO customers_words(rowid, search_text) "
    "SELECT id, search_text FROM customers WHERE id >= :first",
)
_BULK_SEARCH_INDEX_ROWS = 500  # below this, the trigger is cheaper than the detour


def _squash(sql: str) -> str:
    return " ".join(sql.replace("(", " ( ").replace(")", " ) ").split()).lower()


class _SqliteSearchIndex:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.trigger_sql: str | None = None
        self.first_id: int | None = None

    def suspend(self, first_id: int) -> None:
        if self.trigger_sql is not None or self.conn.dialect.name != "sqlite":
            return
        stored = self.conn.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
            {"name": _FTS_TRIGGER},
        ).scalar()
        if stored is None or _squash(str(stored)) != _squash(_FTS_TRIGGER_SQL):
            return
        self.conn.exec_driver_sql(f"DROP TRIGGER {_FTS_TRIGGER}")
        self.trigger_sql = str(stored)
        self.first_id = first_id

    def resume(self) -> None:
        if self.trigger_sql is None:
            return
        for statement in _FTS_CATCH_UP:
            self.conn.execute(text(statement), {"first": self.first_id})
        self.conn.exec_driver_sql(self.trigger_sql)
        self.trigger_sql = None


# --- the import -----------------------------------------------------------------------------
@dataclass
class _Seen:
    """Phones and e-mails of the rows accepted so far, with their lines."""

    phones: dict[str, int] = field(default_factory=dict)
    emails: dict[str, int] = field(default_factory=dict)


def _chunks(rows: Iterator[tuple[int, Row]], size: int) -> Iterator[list[tuple[int, Row]]]:
    chunk: list[tuple[int, Row]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _batches(values: Iterable[str], size: int = IN_BATCH) -> Iterator[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def _on_file(
    session: Session, phones: Iterable[str], emails: Iterable[str], up_to_id: int
) -> tuple[dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
    """Customers on file before the import (id <= ``up_to_id``) holding any of these phones
    or lower-cased e-mails, by one IN query per kind and batch of values.

    Customers this import adds are left out: the rows they came from are matched in memory,
    so the checks cost the same whether earlier chunks were written or not (a dry run).
    """
    by_phone: dict[str, tuple[int, str]] = {}
    by_email: dict[str, tuple[int, str]] = {}
    if up_to_id <= 0:
        return by_phone, by_email
    for batch in _batches(phones):
        query = (
            select(CustomerPhone.e164, Customer.id, Customer.full_name)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(CustomerPhone.e164.in_(batch), Customer.id <= up_to_id)
            .order_by(Customer.id)
        )
        for e164, cid, name in session.execute(query):
            by_phone.setdefault(e164, (cid, name))
    lowered = func.lower(Customer.email)
    for batch in _batches(emails):
        query = (
            select(lowered, Customer.id, Customer.full_name)
            .where(Customer.id <= up_to_id, lowered.in_(batch))
            .order_by(Customer.id)
        )
        for email, cid, name in session.execute(query):
            by_email.setdefault(str(email), (cid, name))
    return by_phone, by_email


class _Valid(NamedTuple):
    """A valid row as the import needs it: phones and e-mail for the duplicate checks, and
    its customers row (_CUSTOMER_COLUMNS) with id 0 until ids are allocated."""

    phones: tuple[tuple[str, str], ...]
    email: str | None
    values: tuple[Any, ...]


_Checked = tuple[list[tuple[int, _Valid]], list[RejectedRow]]


def _spare_core() -> bool:
    """Whether worker processes would find a core to run on. Workers spend a third more CPU
    in all than this process alone would (starting, passing rows and results), so on a
    machine whose cores are busy with other work they only slow the import down. The
    load average counts this process too; where the system does not give one, a core is
    assumed free."""
    cores = os.cpu_count() or 1
    if cores < 2:
        return False
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return True
    return load < cores - 0.5


def _check_rows(
    reader: _RowReader, chunk: list[tuple[int, Row]], region: str, now: datetime
) -> _Checked:
    """The valid rows of a chunk, with their lines, and the rules the others broke."""
    valid_rows: list[tuple[int, _Valid]] = []
    year = now.year
    rejected: list[RejectedRow] = []
    for line, cells in chunk:
        draft, phone_fields, errors = reader.draft(cells)
        try:
            valid = validate_customer(draft, region, year)
        except ValidationErrors as broken:
            errors.extend(broken.errors)
        if errors:
            rejected.extend(
                RejectedRow(line, _phone_field_name(e.field, phone_fields), e.rule) for e in errors
            )
            continue
        values = _customer_values(valid, 0, now)
        valid_rows.append((line, _Valid(valid.phones, valid.email, values)))
    return valid_rows, rejected


# A worker process's reader, region and year, given once when it starts.
_WORKER: tuple[_RowReader, str, datetime] | None = None


def _start_worker(reader: _RowReader, region: str, now: datetime) -> None:
    global _WORKER
    _WORKER = (reader, region, now)


def _check_in_worker(chunk: list[tuple[int, Row]]) -> _Checked:
    assert _WORKER is not None
    return _check_rows(_WORKER[0], chunk, _WORKER[1], _WORKER[2])


@contextlib.contextmanager
def _without_main_script() -> Iterator[None]:
    """While workers are spawned: a spawned process runs the parent's main script again
    (as __mp_main__) unless it is started from a module, and a script that imports a file
    at its top level, without the ``if __name__ == "__main__"`` guard, would import it
    again in each worker. The workers need nothing of the main script: they are shown a
    bare stand-in instead."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def _checked_chunks(
    table: FileTable,
    reader: _RowReader,
    region: str,
    now: datetime,
    chunk_size: int,
    *,
    parallel: bool,
) -> Generator[tuple[int, _Checked], None, None]:
    """(rows read, what checking them found) for each chunk of the file, in file order.

    With ``parallel``, _WORKERS processes check the chunks while this one reads the file
    and writes the rows checked so far. They are spawned, never forked: the GUI imports
    off its GUI thread, and a fork copies a threaded process's locks mid-use. Closing this
    generator (an error, a cancelled import) cancels the chunks not checked yet and ends
    the workers before it returns.
    """
    chunks = _chunks(table.rows(), chunk_size)
    if not parallel:
        for chunk in chunks:
            yield len(chunk), _check_rows(reader, chunk, region, now)
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        _WORKERS, mp_context=context, initializer=_start_worker, initargs=(reader, region, now)
    )
    pending: deque[tuple[int, Future[_Checked]]] = deque()
    try:
        for chunk in chunks:
            with _without_main_script() if len(pending) < _WORKERS else contextlib.nullcontext():
                future = pool.submit(_check_in_worker, chunk)  # the first ones start workers
            pending.append((len(chunk), future))
            while pending and (len(pending) > 2 * _WORKERS or pending[0][1].done()):
                count, future = pending.popleft()
                yield count, future.result()
        while pending:
            count, future = pending.popleft()
            yield count, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def import_customers(
    session: Session,
    table: FileTable,
    mapping: Mapping,
    settings: ShowroomSettings,
    *,
    actor_id: UserId | None = None,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    now: datetime | None = None,
    chunk_size: int = CHUNK,
    workers: bool | None = None,
) -> ImportReport:
    """Check every row of ``table`` and, unless ``dry_run``, add the valid, new ones.

    ``mapping`` gives each column's field (None: not imported). ``progress(done, total)``
    is called after each chunk of rows (``total`` 0 when the file does not say); it may raise (e.g. :class:`ImportCancelled`) to stop,
    and the caller's rollback then leaves the database as it was. ``workers``: check the
    rows in worker processes (True), in this one (False), or decide (None: a big file
    and a spare core).
    """
    from showroom.kernel.access import require
    from showroom.kernel.permissions import Action

    started = time.perf_counter()
    require(session, actor_id, Action.IMPORT_CUSTOMERS)
    check_mapping(table, mapping)
    now = now or utc_now()
    reader = _RowReader(table, mapping, session, settings)
    region = settings.default_region
    summary = f"Imported from {table.name}"[:500]
    conn = session.connection()
    search_index = _SqliteSearchIndex(conn)
    up_to_id = int(conn.execute(select(func.coalesce(func.max(_CUSTOMERS.c.id), 0))).scalar_one())
    seen = _Seen()
    rejected: list[RejectedRow] = []
    duplicates: list[DuplicateRow] = []
    rows_read = imported = 0
    first_id: int | None = None
    last_id: int | None = None
    total = table.estimated_rows

    parallel = workers if workers is not None else total >= PARALLEL_ROWS and _spare_core()
    checked = contextlib.closing(
        _checked_chunks(table, reader, region, now, chunk_size, parallel=parallel)
    )
    try:
        with checked as chunks:
            for count, (valid_rows, broken) in chunks:
                rows_read += count
                rejected.extend(broken)

                by_phone, by_email = _on_file(
                    session,
                    (e164 for _, v in valid_rows for e164, _ in v.phones),
                    (v.email.lower() for _, v in valid_rows if v.email),
                    up_to_id,
                )
                accepted: list[_Valid] = []
                for line, valid in valid_rows:
                    duplicate = _duplicate(line, valid, seen, by_phone, by_email)
                    if duplicate is not None:
                        duplicates.append(duplicate)
                        continue
                    for e164, _ in valid.phones:
                        seen.phones[e164] = line
                    if valid.email:
                        seen.emails[valid.email.lower()] = line
                    accepted.append(valid)

                imported += len(accepted)
                if accepted and not dry_run:
                    ids = _allocate_ids(conn, len(accepted))
                    if first_id is None:
                        first_id = ids[0]
                        if (total or count) >= _BULK_SEARCH_INDEX_ROWS:
                            search_index.suspend(first_id)
                    last_id = ids[-1]
                    _insert(conn, accepted, ids, actor_id, now, summary)
                if progress is not None:
                    progress(rows_read, total if total >= rows_read else 0)  # 0: not known

    except BaseException:
        # The caller's rollback brings the trigger back. Should a caller commit anyway,
        # the search index must still match the table: put the trigger back now.
        with contextlib.suppress(Exception):
            search_index.resume()
        raise
    search_index.resume()
    if rows_read == 0:
        raise ImportFileError("{name} has a header row but no customers below it.", name=table.name)
    if not dry_run:
        _audit_import(session, actor_id, table.name, rows_read, imported, rejected, duplicates)
    ignored = tuple(h for h, f in zip(table.headers, mapping, strict=True) if f is None)
    return ImportReport(
        file_name=table.name,
        rows_read=rows_read,
        imported=imported,
        rejected=rejected,
        duplicates=duplicates,
        elapsed=time.perf_counter() - started,
        dry_run=dry_run,
        ignored_columns=ignored,
        first_id=CustomerId(first_id) if first_id is not None else None,
        last_id=CustomerId(last_id) if last_id is not None else None,
    )


def _audit_import(
    session: Session,
    actor_id: UserId | None,
    file_name: str,
    rows_read: int,
    imported: int,
    rejected: list[RejectedRow],
    duplicates: list[DuplicateRow],
) -> None:
    """The audit entry of an import (who and when: the entry's own columns)."""
    from showroom.kernel.audit import record

    bad = len({r.line for r in rejected})
    summary = (
        f"{file_name}: {rows_read:,} rows read, {imported:,} imported, {bad:,} rejected, "
        f"{len(duplicates):,} duplicate{'s' if len(duplicates) != 1 else ''}"
    )
    record(session, actor_id, "import", "customers", None, summary[:300])  # the column holds 300


def _duplicate(
    line: int,
    valid: _Valid,
    seen: _Seen,
    by_phone: dict[str, tuple[int, str]],
    by_email: dict[str, tuple[int, str]],
) -> DuplicateRow | None:
    """The first match of a valid row: an earlier row of the file, else a customer on file.

    Earlier rows come first so that a dry run and an import (whose earlier chunks are in the
    database by then) report the same thing.
    """
    email = valid.email.lower() if valid.email else None
    for e164, _ in valid.phones:
        if e164 in seen.phones:
            return DuplicateRow(line, "phone", e164, None, None, seen.phones[e164])
    if email is not None and email in seen.emails:
        return DuplicateRow(line, "email", valid.email or "", None, None, seen.emails[email])
    for e164, _ in valid.phones:
        if e164 in by_phone:
            cid, name = by_phone[e164]
            return DuplicateRow(line, "phone", e164, CustomerId(cid), name, None)
    if email is not None and email in by_email:
        cid, name = by_email[email]
        return DuplicateRow(line, "email", valid.email or "", CustomerId(cid), name, None)
    return None


def _insert(
    conn: Connection,
    accepted: list[_Valid],
    ids: list[int],
    actor_id: UserId | None,
    now: datetime,
    summary: str,
) -> None:
    customers = [(cid, *v.values[1:]) for v, cid in zip(accepted, ids, strict=True)]
    phones = [
        (cid, e164, label, index == 0)
        for v, cid in zip(accepted, ids, strict=True)
        for index, (e164, label) in enumerate(v.phones)
    ]
    notes = [(cid, actor_id, "note", now, summary) for cid in ids]
    _BulkWriter(conn, _CUSTOMERS, _CUSTOMER_COLUMNS).write(customers)
    _BulkWriter(conn, _PHONES, _PHONE_COLUMNS).write(phones)
    _BulkWriter(conn, _INTERACTIONS, _NOTE_COLUMNS).write(notes)


def open_customer_file(path: Path) -> FileTable:
    """Open a CSV or XLSX file for import (see :func:`showroom.customers.tabular.open_table`)."""
    return open_table(path)


def import_customer_file(
    session: Session,
    path: Path,
    settings: ShowroomSettings,
    *,
    actor_id: UserId | None = None,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    now: datetime | None = None,
) -> ImportReport:
    """Open a file, map its columns by their names, and import it (the command line's way)."""
    table = open_customer_file(path)
    mapping = guess_mapping(table.headers)
    return import_customers(
        session,
        table,
        mapping,
        settings,
        actor_id=actor_id,
        dry_run=dry_run,
        progress=progress,
        now=now,
    )
