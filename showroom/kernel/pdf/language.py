"""Documents in the customer's language: the words from a catalogue, the dates, times and
money from Babel for that language's locale, the layout unchanged.

Every form writes its words in English and passes them through :func:`t` (the blocks do it
for section titles, labels, table headers and signers, so a new form is mostly translated
by the blocks alone). :func:`issue_document` renders a customer's document inside
:func:`document_language` with :func:`settings_for_language`, so every form, including
those added later, prints in the customer's language with no code of its own. English is
the source: it needs no catalogue. A word missing from a catalogue prints in English and is
remembered in :data:`MISSES` (the completeness test renders every form and checks it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace

from showroom.kernel.pdf.catalogue_zh import ZH
from showroom.kernel.settings import ShowroomSettings

# The customer's language code (Customer.preferred_language) -> Babel locale of the paper.
LOCALES = {"en": "en", "zh": "zh_CN"}
CATALOGUES: dict[str, dict[str, str]] = {"zh": ZH}
MISSES: set[str] = set()

_language: ContextVar[str] = ContextVar("document_language", default="en")


def normalise(code: str | None) -> str:
    """A customer's language as a document language: ``zh``, ``zh_CN``, ``zh-Hans`` are
    Chinese; anything unknown prints in English."""
    text = (code or "en").strip().lower().replace("-", "_")
    return "zh" if text.startswith("zh") else "en"


def current() -> str:
    return _language.get()


@contextmanager
def document_language(code: str | None) -> Iterator[str]:
    """Render the documents built inside this block in ``code``'s language."""
    token = _language.set(normalise(code))
    try:
        yield _language.get()
    finally:
        _language.reset(token)


def _has_chinese(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in text)


def t(text: str, *, known_only: bool = False) -> str:
    """``text`` in the current document language (itself in English). ``known_only`` for
    texts that come from data (a checklist step typed by a manager): translated when the
    catalogue knows them (the default steps), else printed as typed, not reported."""
    language = _language.get()
    if language == "en" or not text:
        return text
    found = CATALOGUES[language].get(text)
    if found is not None:
        return found
    # Composed already in the language (a heading with a name in it): nothing to do.
    if (
        not known_only
        and not _has_chinese(text)
        and any(ch.isascii() and ch.isalpha() for ch in text)
    ):
        MISSES.add(text)
    return text


def settings_for_language(settings: ShowroomSettings, code: str | None) -> ShowroomSettings:
    """The showroom's settings as a document in ``code`` uses them: English keeps the
    showroom's own locale (its date and number habits); another language uses its locale and
    its version of the texts kept in both languages (the test-drive terms)."""
    language = normalise(code)
    if language == "en":
        return settings
    return replace(
        settings,
        locale=LOCALES[language],
        test_drive_terms=settings.test_drive_terms_zh.strip() or settings.test_drive_terms,
    )
