"""Showroom-wide settings shared by every PC, with their defaults.

They live in the ``settings`` table so that all PCs on one PostgreSQL server agree on the
showroom's country (for phone numbers), currency, time zone and letterhead.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from showroom.core.phrase import F_, M_
from showroom.core.text import clean_line


def _is_small_number(text: str) -> bool:
    """0-9 only (not '²' or other digits int() refuses) and short enough to convert."""
    return text.isascii() and text.isdecimal() and len(text) <= 6


@dataclass(frozen=True, slots=True)
class ShowroomSettings:
    """The settings of one showroom. Every field has a sensible default."""

    dealership_name: str = "Showroom Motors"
    dealership_address: str = "1 High Street, London"
    dealership_phone: str = "+44 20 7946 0000"
    default_region: str = "GB"
    currency: str = "GBP"
    timezone: str = "Europe/London"
    locale: str = "en_GB"
    test_drive_minutes: int = 30
    # When test drives may be booked, in the showroom's time zone: one range for every day
    # ("08:00-20:00") or per weekday ("Mon-Fri 08:00-20:00; Sat 09:00-17:00; Sun closed");
    # see kernel.clock.parse_week_hours. The booking service refuses a drive outside them.
    test_drive_hours: str = "08:00-20:00"
    # How many drives of one car one customer may book on one day.
    test_drives_per_car_per_day: int = 2
    # The conditions printed above the signatures of the test-drive agreement; paragraphs are
    # separated by a blank line and {dealer} stands for the dealership's name.
    test_drive_terms: str = (
        "The driver holds a full driving licence that is valid for this vehicle and has shown "
        "it to the consultant. The driver is not under the influence of alcohol, drugs or "
        "medicines that impair driving.\n\n"
        "The driver keeps to the traffic laws and to the route agreed with the consultant, lets "
        "no one else drive, and brings the vehicle back to {dealer} by the planned return time "
        "in the condition in which it was handed over.\n\n"
        "Fines and charges incurred during the test drive (speeding, parking, tolls, congestion "
        "charges) are the driver's. Any accident or damage is reported to {dealer} at once. The "
        "vehicle is insured by {dealer}; the driver pays the insurance excess for damage caused "
        "by gross negligence or by breaking these terms.\n\n"
        "{dealer} keeps the details of this agreement and of the driving licence only to run "
        "the test drive and for as long as the law requires."
    )
    # The same terms in Chinese, printed for a customer whose language is Chinese (empty:
    # they get the English terms).
    test_drive_terms_zh: str = (
        "驾驶人持有对本车有效的正式驾驶证，并已向销售顾问出示。驾驶人未受酒精、毒品或影响驾驶的"
        "药物影响。\n\n"
        "驾驶人遵守交通法规及与销售顾问约定的路线，不让他人驾驶，并在计划还车时间前将车辆按交车时"
        "的状况交还{dealer}。\n\n"
        "试驾期间产生的罚款和费用（超速、停车、通行费、拥堵费）由驾驶人承担。如发生任何事故或损坏，"
        "应立即告知{dealer}。车辆由{dealer}投保；因重大过失或违反本条款造成的损坏，由驾驶人承担保险"
        "免赔额。\n\n"
        "{dealer}仅为办理本次试驾并在法律要求的期限内保存本协议及驾驶证信息。"
    )
    paper_size: str = "A4"
    # Follow-up cadences: days after the event on which a follow-up falls due.
    followup_days_walk_in: str = "1"
    followup_days_test_drive: str = "1"
    followup_days_delivery: str = "1,7,30,90"
    # Days between follow-ups of a prospect by intent level (showroom.sales: H, A, B, C and
    # O for ordered); a manager edits them within 1-90 days.
    intent_days_h: int = 2
    intent_days_a: int = 4
    intent_days_b: int = 7
    intent_days_c: int = 15
    intent_days_o: int = 3
    # Minutes without use after which a PC locks itself (0: never).
    lock_after_minutes: int = 10
    # Letterhead of printed documents: a logo image file (PNG/JPEG, empty for none) and the
    # brand colour of headings and rules, as #RRGGBB.
    letterhead_logo: str = ""
    brand_colour: str = "#1F4E79"
    # Where backups go: a folder on a USB drive or a network share; empty means the data
    # folder's backups/. An unavailable folder falls back to the data folder with a warning.
    backup_folder: str = ""
    # Deliveries: the bays a ceremony can be held in, its usual length, and the templates a
    # new delivery copies (entries separated by ';').
    delivery_bays: str = "Bay 1;Bay 2;Handover lounge"
    delivery_minutes: int = 60
    delivery_ceremony_template: str = (
        "Car washed and covered;Ribbon or bow;Flowers;Welcome board with the customer's name;"
        "Photo;Key handover;Gift;Service department introduction;"
        "Connected features set up (phone pairing, app)"
    )
    delivery_pdi_template: str = (
        "Exterior;Interior;Fluids;Tyres;Accessories installed as ordered;Documents present;"
        "Fuel / charge level;Plates fitted"
    )
    delivery_documents_template: str = (
        "Owner's manual;Invoice;Registration certificate;Insurance policy;"
        "Warranty and service book;Certificate of conformity"
    )

    def cadence(self, event: str) -> list[int]:
        """The days after ``event`` (walk_in, test_drive, delivery) that follow-ups fall due."""
        raw = str(getattr(self, f"followup_days_{event}", ""))
        parts = raw.replace(" ", "").split(",")
        return sorted({int(part) for part in parts if _is_small_number(part)})

    @classmethod
    def from_mapping(cls, values: dict[str, str]) -> ShowroomSettings:
        settings = cls()
        changes: dict[str, Any] = {}
        for field in fields(cls):
            if field.name in values:
                raw = values[field.name]
                default = getattr(settings, field.name)
                changes[field.name] = int(raw) if isinstance(default, int) else raw
        return replace(settings, **changes)

    def to_mapping(self) -> dict[str, str]:
        return {field.name: str(getattr(self, field.name)) for field in fields(self)}


SETTING_LABELS = {
    "dealership_name": F_("dealership name"),
    "dealership_address": F_("dealership address"),
    "dealership_phone": F_("dealership phone"),
    "default_region": F_("country for phone numbers"),
    "currency": F_("currency"),
    "timezone": F_("time zone"),
    "locale": F_("locale"),
    "test_drive_minutes": F_("test-drive length"),
    "test_drive_hours": F_("test-drive hours"),
    "test_drives_per_car_per_day": F_("drives of one car per customer and day"),
    "test_drive_terms": F_("test-drive terms"),
    "test_drive_terms_zh": F_("test-drive terms in Chinese"),
    "paper_size": F_("paper size"),
    "lock_after_minutes": F_("lock after"),
    "followup_days_walk_in": F_("follow-ups after a walk-in"),
    "followup_days_test_drive": F_("follow-ups after a test drive"),
    "followup_days_delivery": F_("follow-ups after a delivery"),
    "backup_folder": F_("backup folder"),
    "delivery_bays": F_("delivery bays"),
    "delivery_minutes": F_("delivery length"),
    "delivery_ceremony_template": F_("ceremony plan template"),
    "delivery_pdi_template": F_("PDI template"),
    "delivery_documents_template": F_("documents handed over template"),
}


def validate_settings(values: dict[str, str]) -> ShowroomSettings:
    """Check settings typed by a manager; raises ValidationErrors naming each broken rule."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    import phonenumbers
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_currency_name

    from showroom.core.errors import ValidationError, ValidationErrors
    from showroom.core.text import has_control_characters, shown
    from showroom.storage.backup import is_absolute_path_text

    errors: list[ValidationError] = []
    # Multi-line texts keep their paragraphs (blank lines); every other value is one line.
    paragraphs = {"test_drive_terms", "test_drive_terms_zh"}
    clean = {
        key: " ".join(str(value).split()) for key, value in values.items() if key not in paragraphs
    }
    for key in paragraphs & set(values):
        blocks = [" ".join(block.split()) for block in str(values[key]).split("\n\n")]
        clean[key] = "\n\n".join(block for block in blocks if block)
    if "backup_folder" in values:  # a path: spaces inside it are meaningful
        clean["backup_folder"] = str(values["backup_folder"]).strip()

    def fail(key: str, rule: str, **values: object) -> None:
        """``rule`` is an M_-marked template, so that the screens translate it."""
        errors.append(ValidationError(SETTING_LABELS.get(key, key), rule, **values))

    for key in SETTING_LABELS:
        if key not in (
            "backup_folder",
            "test_drive_terms",
            "test_drive_terms_zh",
        ) and has_control_characters(clean.get(key, "")):
            fail(key, M_("must not contain control characters"))
            clean[key] = str(getattr(ShowroomSettings(), key))  # one message per field
    for key in ("dealership_name", "dealership_address", "dealership_phone"):
        if key in clean and len(clean[key]) > 200:
            fail(key, M_("must be at most 200 characters"))
    if not clean.get("dealership_name", "x"):
        fail("dealership_name", M_("must not be empty"))
    region = clean.get("default_region", "GB").upper()
    clean["default_region"] = region
    if region not in phonenumbers.SUPPORTED_REGIONS:
        fail(
            "default_region",
            M_("{value} is not a two-letter country code such as GB, DE or CN"),
            value=shown(region),
        )
    currency = clean.get("currency", "GBP").upper()
    clean["currency"] = currency
    if len(currency) != 3 or get_currency_name(currency) == currency:
        fail(
            "currency",
            M_("{value} is not a currency code such as GBP, EUR or CNY"),
            value=shown(currency),
        )
    try:
        ZoneInfo(clean.get("timezone", "Europe/London"))
    except (ZoneInfoNotFoundError, ValueError, OSError):
        fail(
            "timezone",
            M_("{value} is not a time zone such as Europe/London"),
            value=shown(clean.get("timezone", "")),
        )
    try:
        Locale.parse(clean.get("locale", "en_GB"))
    except (UnknownLocaleError, ValueError):
        fail(
            "locale",
            M_("{value} is not a locale such as en_GB or zh_CN"),
            value=shown(clean.get("locale", "")),
        )
    minutes = clean.get("test_drive_minutes", "30")
    if not _is_small_number(minutes) or not 10 <= int(minutes) <= 240:
        fail("test_drive_minutes", M_("must be a whole number of minutes from 10 to 240"))
    lock = clean.get("lock_after_minutes", "10")
    if not (lock.isascii() and lock.isdigit() and len(lock) <= 3) or int(lock) > 480:
        fail("lock_after_minutes", M_("must be a whole number of minutes from 0 (never) to 480"))
    per_day = clean.get("test_drives_per_car_per_day", "2")
    if not _is_small_number(per_day) or not 1 <= int(per_day) <= 20:
        fail("test_drives_per_car_per_day", M_("must be a whole number from 1 to 20"))
    if "test_drive_hours" in clean:
        from showroom.kernel.clock import parse_week_hours

        try:
            parse_week_hours(clean["test_drive_hours"])
        except ValidationError as error:
            fail("test_drive_hours", error.rule_template, **error.values)
    if "test_drive_terms" in clean:
        terms = clean["test_drive_terms"]
        if not terms:
            fail("test_drive_terms", M_("must not be empty: the customer signs them"))
        elif len(terms) > 6000:
            fail("test_drive_terms", M_("must be at most 6,000 characters (about one page)"))
        elif has_control_characters(terms, allowed="\n"):
            fail("test_drive_terms", M_("must not contain control characters"))
    if "test_drive_terms_zh" in clean:  # may be empty: the English terms print instead
        terms = clean["test_drive_terms_zh"]
        if len(terms) > 6000:
            fail("test_drive_terms_zh", M_("must be at most 6,000 characters (about one page)"))
        elif has_control_characters(terms, allowed="\n"):
            fail("test_drive_terms_zh", M_("must not contain control characters"))
    if clean.get("paper_size", "A4") not in ("A4", "Letter"):
        fail("paper_size", M_("must be A4 or Letter"))
    for key in ("followup_days_walk_in", "followup_days_test_drive", "followup_days_delivery"):
        parts = [p for p in clean.get(key, "").replace(" ", "").split(",") if p]
        if any(not _is_small_number(p) or not 0 < int(p) <= 365 for p in parts):
            fail(key, M_("must list days from 1 to 365 separated by commas, e.g. 1, 7, 30"))
        else:
            clean[key] = ",".join(str(d) for d in sorted({int(p) for p in parts}))

    for key in INTENT_DAY_KEYS:
        days = clean.get(key, "1")
        if not _is_small_number(days) or not 1 <= int(days) <= 90:
            fail(key, M_("must be a whole number of days from 1 to 90"))
    for key in (
        "delivery_bays",
        "delivery_ceremony_template",
        "delivery_pdi_template",
        "delivery_documents_template",
    ):
        if key not in clean:
            continue
        try:
            entries = parse_list(clean[key], SETTING_LABELS[key])
        except ValidationError as error:
            fail(key, error.rule_template, **error.values)
            continue
        if not entries:
            fail(key, M_("must list at least one entry; separate entries with ';'"))
        elif len(entries) > 40:
            fail(key, M_("may list at most 40 entries"))
        elif key == "delivery_bays" and any(len(e) > MAX_BAY for e in entries):
            fail(key, M_("each bay's name must be at most {max_bay} characters"), max_bay=MAX_BAY)
        else:
            clean[key] = ";".join(entries)
    delivery_minutes = clean.get("delivery_minutes", "60")
    if not _is_small_number(delivery_minutes) or not 15 <= int(delivery_minutes) <= 480:
        fail("delivery_minutes", M_("must be a whole number of minutes from 15 to 480"))
    folder = clean.get("backup_folder", "")
    if len(folder) > 500:
        fail("backup_folder", M_("must be at most 500 characters"))
    elif has_control_characters(folder):
        fail("backup_folder", M_("must not contain control characters"))
    elif folder and not is_absolute_path_text(folder):
        fail(
            "backup_folder",
            M_(
                "must be a full folder path such as E:\\Showroom backups or /media/usb/backups, "
                "or empty for the data folder"
            ),
        )
    if errors:
        raise ValidationErrors(errors)
    return ShowroomSettings.from_mapping(clean)


MAX_BAY = 40
INTENT_DAY_KEYS = (
    "intent_days_h",
    "intent_days_a",
    "intent_days_b",
    "intent_days_c",
    "intent_days_o",
)
LIST_SEPARATOR = ";"
MAX_LIST_ENTRY = 200


def parse_list(raw: str, field: str, *, max_length: int = MAX_LIST_ENTRY) -> tuple[str, ...]:
    """A template or the bay list as stored in Settings: entries separated by ';'."""
    entries: list[str] = []
    seen: set[str] = set()
    for part in str(raw).split(LIST_SEPARATOR):
        entry = clean_line(part, field, max_length=max_length)
        if entry and entry.casefold() not in seen:
            seen.add(entry.casefold())
            entries.append(entry)
    return tuple(entries)
