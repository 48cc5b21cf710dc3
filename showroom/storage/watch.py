"""Noticing that another PC (or another window on this PC) changed the database.

SQLite: ``PRAGMA data_version`` on a connection of our own changes whenever any other
connection commits. PostgreSQL: every writing unit of work ends with a NOTIFY on
``showroom_changes`` carrying its origin; we LISTEN and ignore our own. The caller polls
(about once a second); each poll costs microseconds and never blocks.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from typing import Any

from showroom.storage.database import BUSY_TIMEOUT_MS, CHANGE_CHANNEL, Database

log = logging.getLogger(__name__)


class ChangeWatcher:
    """``poll()`` is True when someone else committed since the last poll."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._sqlite: sqlite3.Connection | None = None
        self._pg: Any = None
        self._last_version: int | None = None

    # --- SQLite ---------------------------------------------------------------------------
    def _sqlite_poll(self) -> bool:
        path = self.db.sqlite_path
        assert path is not None
        if self._sqlite is None:
            self._sqlite = sqlite3.connect(
                f"file:{path}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
        version = int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])
        changed = self._last_version is not None and version != self._last_version
        self._last_version = version
        return changed

    # --- PostgreSQL -----------------------------------------------------------------------
    def _pg_poll(self) -> bool:
        import psycopg

        if self._pg is None:
            url = self.db.url.set(drivername="postgresql")
            self._pg = psycopg.connect(
                url.render_as_string(hide_password=False), autocommit=True, connect_timeout=5
            )
            self._pg.execute(f"LISTEN {CHANGE_CHANNEL}")
            return False
        changed = False
        for notify in self._pg.notifies(timeout=0, stop_after=1000):
            if notify.payload != self.db.origin:
                changed = True
        return changed

    def poll(self) -> bool:
        """True if another connection committed since the last poll; never raises."""
        try:
            return self._sqlite_poll() if self.db.is_sqlite else self._pg_poll()
        except Exception as error:  # a lost server must not break the screen: retry later
            log.warning("change watcher: %s", error)
            self.close()
            return False

    def absorb_own_commit(self) -> None:
        """This window just committed (and told its pages): don't report that commit as
        someone else's at the next poll. PostgreSQL's notices carry their origin, so only
        SQLite needs it: ``data_version`` moves for any other connection, ours included.
        A commit by another process in the same instant is absorbed with it; the pages that
        reload for our own change read it anyway, and the next change brings the rest."""
        if self.db.is_sqlite and self._sqlite is not None:
            self.poll()

    def close(self) -> None:
        for conn in (self._sqlite, self._pg):
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
        self._sqlite = None
        self._pg = None
        self._last_version = None
