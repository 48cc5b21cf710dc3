"""Who runs a command: ``--as USER``, checked like a sign-in to the app.

Every command that reads or changes a showroom's data acts as a named user: the password is
taken from ``SHOWROOM_PASSWORD`` (for scripts) or asked on the terminal, checked by the same
:func:`showroom.admin.users.authenticate` as the sign-in screen (and the same sign-in guard),
and the user's role is then checked by each service against the permission table. The only
command that runs without one is setting up a new, empty database (its first admin).
"""

from __future__ import annotations

import getpass
import os
import sys

from showroom.core.errors import ShowroomError
from showroom.core.ids import UserId
from showroom.kernel.access import require
from showroom.kernel.permissions import Action
from showroom.storage.database import Database

PASSWORD_VARIABLE = "SHOWROOM_PASSWORD"


class SignInNeeded(ShowroomError):
    """The command needs ``--as USER`` and a password."""


def read_secret(prompt: str, *, what: str, how: str) -> str:
    """A password from the terminal; without one, a sentence saying how to give it."""
    if not sys.stdin.isatty():
        raise SignInNeeded(
            "{what} is needed and there is no terminal to ask it on; {how}.", what=what, how=how
        )
    return getpass.getpass(prompt)


def sign_in(db: Database, username: str | None, *, audit: bool = True) -> UserId:
    """The id of ``username`` once their password is checked; the sign-in is audited unless
    ``audit`` is False (a restore, which records itself in the restored database and must
    leave the current one as it is when it refuses)."""
    from showroom.admin.sign_in_guard import sign_in as guarded_sign_in

    if not username:
        raise SignInNeeded(
            "Say who runs this command: --as USER (the password is asked, or taken from "
            "{variable}).",
            variable=PASSWORD_VARIABLE,
        )
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = read_secret(
            f"Password for {username}: ",
            what=f"The password of --as {username}",
            how=f"set {PASSWORD_VARIABLE}",
        )
    return guarded_sign_in(db, username, password, record_success=audit)


def sign_in_for(
    db: Database, username: str | None, action: Action, *, audit: bool = True
) -> UserId:
    """:func:`sign_in`, then the permission table's answer for ``action``."""
    user_id = sign_in(db, username, audit=audit)
    with db.reader() as session:
        require(session, user_id, action)
    return user_id


def has_users(db: Database) -> bool:
    """Whether anyone can sign in to this database (if not, it is being set up)."""
    from showroom.admin.users import sign_in_choices

    with db.reader() as session:
        return bool(sign_in_choices(session))
