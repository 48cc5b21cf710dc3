"""Text the screens compose from message ids, so that showroom/ (which imports no Qt) can
say something the screens show in the user's language.

``N_("...")`` marks a message id for the translation catalogue (ui/i18n/catalogue.py files
every ``N_`` call of showroom/ under the "Dashboard" context); a :class:`Phrase` is a few
such ids with their values, joined. The screens call ``phrase.text(translate)``; anything
else (logs, the command line, tests) gets the English from ``str(phrase)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass


def N_(text: str) -> str:
    """Marks a message id that the screens translate; returns it unchanged."""
    return text


def F_(text: str) -> str:
    """Marks a field name given to a ValidationError through a variable (a setting's label),
    filed under "DomainFields"; returns it unchanged."""
    return text


def M_(text: str) -> str:
    """Marks a sentence of a message (a booking conflict's "The {car} is booked {span}."),
    filed under "DomainMessages"; returns it unchanged."""
    return text


def V_(text: str) -> str:
    """Marks a value word that a message shows inside its sentence (what a permission lets
    one do, "open this customer's card"), filed under "DomainValues"; returns it unchanged.
    Pass it as ``Phrase.of(word)`` to an error so that the screens translate it."""
    return text


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Phrase:
    """Message ids with the values of their ``{placeholders}``, shown joined."""

    parts: tuple[tuple[str, Mapping[str, object]], ...]
    separator: str = " · "

    @classmethod
    def of(cls, message_id: str, **values: object) -> Phrase:
        return cls(((message_id, values),))

    def text(self, translate: Callable[[str], str] = _same) -> str:
        return self.separator.join(
            translate(message_id).format(
                **{
                    key: value.text(translate) if isinstance(value, Phrase) else value
                    for key, value in values.items()
                }
            )
            for message_id, values in self.parts
        )

    def __str__(self) -> str:
        return self.text()
