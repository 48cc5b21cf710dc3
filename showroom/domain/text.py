"""Text folding shared by validation and search."""

from __future__ import annotations

import unicodedata

from showroom.errors import ValidationError

# Letters that do not decompose into base letter + combining mark.
_SPECIAL_FOLDS = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
    }
)


def fold(text: str) -> str:
    """Lower-case, accent-free form for matching: 'MÜLLER', 'Müller' and 'muller' fold alike.

    Chinese and other scripts without case are kept as they are.
    """
    text = text.translate(_SPECIAL_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).casefold()


def clean_line(value: str, field: str, *, max_length: int) -> str:
    """One line of free text: trimmed, no control characters, at most ``max_length`` long."""
    text = " ".join(value.split())
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise ValidationError(field, "must not contain control characters")
    if len(text) > max_length:
        raise ValidationError(field, f"must be at most {max_length} characters")
    return text
