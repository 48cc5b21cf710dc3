"""The errors of showroom/ in the user's language.

showroom/ imports no Qt: its errors carry an English template and its values
(showroom/errors.py). The catalogue files every literal template under "DomainMessages" and
every ValidationError field name under "DomainFields" (ui/i18n/catalogue.py); here the
screens translate them and fill in the values. A message with no translation (an f-string
nobody converted, a rare internal one) shows in English, exactly as ``str(error)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from PySide6.QtCore import QCoreApplication

from showroom.core.errors import ShowroomError, ValidationError, ValidationErrors
from showroom.core.phrase import Phrase
from ui.i18n.catalogue import value_word

FIELDS = "DomainFields"
MESSAGES = "DomainMessages"
VALUES = "DomainValues"


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _word(text: str) -> str:
    """A message id of a Phrase: marked V_ (DomainValues), M_ (DomainMessages) or N_
    (Dashboard); as it is when none has it."""
    for context in (VALUES, MESSAGES, "Dashboard"):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def phrase_text(phrase: Phrase) -> str:
    """A Phrase of showroom/ (a booking conflict's sentence) in the user's language."""
    try:
        return phrase.text(_word)
    except (KeyError, IndexError, ValueError):
        return str(phrase)


def _value(key: str, value: object) -> object:
    if isinstance(value, Phrase):
        return phrase_text(value)
    word = None
    if isinstance(value, Enum) and isinstance(value.value, str):
        # A status or a role ("completed", "in stock"): catalogue.extract_enum_values.
        word = value_word(value.value)
    elif key == "status" and isinstance(value, str):
        word = value_word(value)
    if word is not None:
        translated = QCoreApplication.translate(VALUES, word)
        if translated != word:
            return translated
    return value  # untranslated: exactly what str(error) shows


def _fill(template: str, values: Mapping[str, object], english: str) -> str:
    translated = QCoreApplication.translate(MESSAGES, template)
    if not values:
        return translated
    try:
        return translated.format(**{key: _value(key, value) for key, value in values.items()})
    except (KeyError, IndexError, ValueError):
        return english  # a broken translation never hides the message


def field_text(field: str) -> str:
    """A field name of a ValidationError ("phone"), translated."""
    return QCoreApplication.translate(FIELDS, field)


def rule_text(error: ValidationError) -> str:
    """What the rule of ``error`` says, without the field name (shown beside the field)."""
    template = getattr(error, "rule_template", error.rule)
    return _fill(template, getattr(error, "values", {}), error.rule)


def error_text(error: BaseException) -> str:
    """The whole message of ``error`` (the field named), as ``str(error)`` in English."""
    if isinstance(error, ValidationErrors):
        return tr("; ").join(error_text(item) for item in error.errors)
    if isinstance(error, ValidationError):
        return tr("{field}: {rule}").format(field=field_text(error.field), rule=rule_text(error))
    phrase = getattr(error, "phrase", None)
    if isinstance(phrase, Phrase):  # a message of several sentences (a delivery conflict)
        return phrase_text(phrase)
    if isinstance(error, ShowroomError):
        template = getattr(error, "template", None)
        if template is None:
            return str(error)
        return _fill(template, getattr(error, "values", {}), str(error))
    return str(error)
