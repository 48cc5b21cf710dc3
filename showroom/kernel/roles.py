"""Users of the app: consultants, the showroom manager and the admin."""

from __future__ import annotations

from enum import StrEnum

from showroom.core.errors import ValidationError
from showroom.core.text import shown


class Role(StrEnum):
    """What a user is allowed to do is decided by the role (permissions come with sign-in)."""

    CONSULTANT = "consultant"
    MANAGER = "manager"
    ADMIN = "admin"


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        allowed = ", ".join(r.value for r in Role)
        raise ValidationError(
            "role", "must be one of {allowed}, not {value}", allowed=allowed, value=shown(value)
        ) from None


def validate_username(value: str) -> str:
    """A user name is 1–40 characters with no spaces at either end and no control characters."""
    name = value.strip()
    if not name:
        raise ValidationError("user name", "must not be empty")
    if len(name) > 40:
        raise ValidationError("user name", "must be at most 40 characters")
    if any(ord(c) < 32 for c in name):
        raise ValidationError("user name", "must not contain control characters")
    return name
