"""Masking of licence and ID numbers: only the last four characters are ever shown unless
a role allowed to unmask asks (and the unmasking is audited)."""

from __future__ import annotations

MASK = "•"
SENSITIVE_FIELDS = frozenset({"licence_number", "id_number", "password_hash"})


def mask_identifier(value: str | None, keep: int = 4) -> str:
    """'DL-123456789' → '•••••••••6789'; short values are masked entirely."""
    if not value:
        return ""
    text = "".join(value.split())
    if len(text) <= keep:
        return MASK * len(text)
    return MASK * (len(text) - keep) + text[-keep:]
