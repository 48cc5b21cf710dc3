"""Signing in with a growing delay after wrong passwords, per account and per PC.

After ``FREE_ATTEMPTS`` failures in a row (of one account name, or from one PC) the next
attempt must wait ``FIRST_DELAY``, doubling with each further failure up to ``MAX_DELAY``;
a successful sign-in clears the account's and the PC's count. Every failure and every
lockout is written to the audit trail (actions ``sign_in_failed`` and ``sign_in_locked``),
where managers see them. The failures live in ``sign_in_failures`` (migration 0015), so the
delay holds across restarts and, on PostgreSQL, across PCs for one account.
"""

from __future__ import annotations

import platform
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from showroom.admin.users import SignInFailed, authenticate
from showroom.core.ids import UserId
from showroom.kernel.audit import record
from showroom.storage.database import Database
from showroom.storage.models import SignInFailure, User
from showroom.storage.types import utc_now

FREE_ATTEMPTS = 5
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=15)


class SignInLocked(SignInFailed):
    """Too many wrong passwords: the next attempt must wait."""


def this_workstation() -> str:
    return (platform.node() or "unknown PC")[:120]


def delay_after(failures: int) -> timedelta:
    """How long the next attempt waits after ``failures`` failures in a row."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    doublings = min(failures - FREE_ATTEMPTS, 20)  # 2**20 x 30 s is far past the cap
    delay: timedelta = min(FIRST_DELAY * 2**doublings, MAX_DELAY)
    return delay


def wait_needed(session: Session, username: str, workstation: str, now: datetime) -> timedelta:
    """How long ``username`` on ``workstation`` must still wait (0: may try now)."""
    longest = timedelta(0)
    for column, value in (
        (SignInFailure.username, username),
        (SignInFailure.workstation, workstation),
    ):
        count, last = session.execute(
            select(func.count(SignInFailure.id), func.max(SignInFailure.at)).where(column == value)
        ).one()
        if count and last is not None:
            longest = max(longest, last + delay_after(int(count)) - now)
    return longest


def _user_id(session: Session, username: str) -> int | None:
    return session.scalar(select(User.id).where(User.username == username))


def _minutes(wait: timedelta) -> str:
    seconds = max(1, int(wait.total_seconds() + 0.999))
    return f"{seconds} seconds" if seconds < 120 else f"{(seconds + 59) // 60} minutes"


def sign_in(
    db: Database,
    username: str,
    password: str,
    *,
    workstation: str | None = None,
    now: datetime | None = None,
    record_success: bool = True,
) -> UserId:
    """Check ``password`` for ``username`` unless a delay is due; each outcome is committed
    (a failure too, though the call then raises SignInFailed or SignInLocked). With
    ``record_success`` False a success writes nothing (a dry run, a restore's check);
    a refusal is still recorded, so such checks cannot be used to guess freely."""
    name, pc, at = username.strip(), workstation or this_workstation(), now or utc_now()
    with db.reader() as session:
        wait = wait_needed(session, name, pc, at)
    if wait > timedelta(0):
        with db.session() as session:
            record(
                session, None, "sign_in_locked", "user", _user_id(session, name),
                f"Sign-in as {name} on {pc} refused: locked for {_minutes(wait)} more",
            )  # fmt: skip
    if wait > timedelta(0):
        raise SignInLocked(
            "Too many wrong passwords; wait {wait} before trying again.", wait=_minutes(wait)
        )
    try:
        with db.session() if record_success else db.reader() as session:
            user = authenticate(session, name, password)
            session.execute(
                delete(SignInFailure).where(
                    or_(SignInFailure.username == name, SignInFailure.workstation == pc)
                )
            )
            return UserId(user.id)
    except SignInFailed:
        with db.session() as session:
            session.add(SignInFailure(at=at, username=name[:80], workstation=pc))
            user_id = _user_id(session, name)
            record(session, None, "sign_in_failed", "user", user_id, f"{name} on {pc}")
            session.flush()
            locked = wait_needed(session, name, pc, at)
            if locked > timedelta(0):
                record(
                    session, None, "sign_in_locked", "user", user_id,
                    f"{name} on {pc} locked for {_minutes(locked)} after wrong passwords",
                )  # fmt: skip
        raise
