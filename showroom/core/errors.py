"""Errors a user may see.

Every error that reaches a person derives from :class:`ShowroomError` and carries one
sentence in plain words. The GUI and the command line show ``str(error)`` and nothing else:
no traceback ever reaches a user.

A message may be a template with ``{placeholders}`` and their values, given as keywords:
``DomainError("Deal {deal} is completed.", deal=12)``. ``str(error)`` is the English text,
formatted as it always was; the template (``.template``) and the values (``.values``) stay on
the error so that the screens can show the message in the user's language: ui/i18n/catalogue.py
files every literal template passed to these errors (context "DomainMessages"; a
ValidationError's field name under "DomainFields") and ui/i18n/messages.py translates them.
No Qt here.

The four kinds a screen reacts to, each one class (the UI shows them in one way,
ui/widgets/errors.py ``show_domain_error``):

- :class:`Invalid` (``field``, ``rule``): a value broke a rule; shown beside the field.
- :class:`Conflict`: the record changed elsewhere since it was read.
- :class:`Forbidden`: the signed-in user's role does not allow the action.
- :class:`NotFound`: the record asked for does not exist (any more).

``ValidationError`` and ``ConflictError`` are the older names of ``Invalid`` and
``Conflict``: aliases of the same classes, not classes of their own.
"""

from __future__ import annotations

from collections.abc import Mapping


def _fill(template: str, values: Mapping[str, object]) -> str:
    return template.format(**values) if values else template


class ShowroomError(Exception):
    """An error with a message meant for a consultant, a manager or an admin."""

    def __init__(self, message: str, **values: object) -> None:
        text = _fill(message, values)
        super().__init__(text)
        self.message = text
        self.template = message
        self.values: Mapping[str, object] = values

    def __str__(self) -> str:
        return self.message


class ConfigurationError(ShowroomError):
    """The data folder, the database URL or another start-up setting cannot be used."""


class StorageError(ShowroomError):
    """The database cannot be opened, read or written; nothing was changed."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer Showroom than this one."""


class DatabaseDamagedError(StorageError):
    """The SQLite file is damaged (or is no database at all); it was left untouched.

    ``path`` is the damaged file, so that a caller can offer to set it aside and restore a
    backup.
    """

    def __init__(self, message: str, path: str | None = None, **values: object) -> None:
        super().__init__(message, **values)
        self.path = path


class TransientDatabaseError(StorageError):
    """A unit of work lost a race (serialization failure, deadlock, busy database) and was
    rolled back as a whole; running it again is safe."""


class ConnectionLostError(StorageError):
    """The connection to the database server broke; the unit of work was not saved."""


class Invalid(ShowroomError):
    """A value broke a rule. ``field`` names the field, ``rule`` says what the rule is.

    ``rule`` may be a template whose values come as keywords (``ValidationError("duration",
    "must be from {low} to {high} minutes", low=15, high=480)``): ``.rule`` is then the
    formatted English, ``.rule_template`` and ``.values`` what the screens translate.
    """

    def __init__(self, field: str, rule: str, **values: object) -> None:
        text = _fill(rule, values)
        super().__init__(f"{field}: {text}")
        self.field = field
        self.rule = text
        self.rule_template = rule
        self.values = values


ValidationError = Invalid


class DomainError(ShowroomError):
    """An action is not allowed in the record's current state."""


class NotFound(DomainError):
    """The record asked for does not exist (it was never there, or it was erased)."""


class Forbidden(DomainError):
    """The signed-in user's role (or closed account) does not allow the action."""


class ValidationErrors(ShowroomError):
    """Several fields broke their rules at once; ``errors`` lists each field and its rule."""

    def __init__(self, errors: list[Invalid]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str, str]:
        return {e.field: e.rule for e in self.errors}


class Conflict(ShowroomError):
    """The record was changed elsewhere (another PC or window) since it was read."""


ConflictError = Conflict
