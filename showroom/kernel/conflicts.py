"""Turning a lost optimistic-locking race into a message a person understands."""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from showroom.core.errors import ConflictError


def flush_checked(session: Session, message: str) -> None:
    """Flush; if another PC saved one of the rows since it was read (its version moved
    between our check and our UPDATE), raise ConflictError(message) instead of
    StaleDataError. The caller's unit of work then rolls back: nothing is written."""
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(message) from None
