"""Another PC's (or window's) commits are noticed; our own are not reported as theirs."""

from __future__ import annotations

import time

from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.storage.models import Customer
from showroom.storage.watch import ChangeWatcher


def noticed(watcher: ChangeWatcher, within: float = 2.0) -> bool:
    """Poll as the UI does until the change shows (a NOTIFY travels over the network)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if watcher.poll():
            return True
        time.sleep(0.05)
    return False


def test_commits_by_another_pc_are_noticed(config: AppConfig, db: Database) -> None:
    other_pc = open_database(config)
    watcher = ChangeWatcher(db)
    try:
        assert watcher.poll() is False  # first poll: sets the baseline
        assert watcher.poll() is False
        with other_pc.session() as session:
            session.add(Customer(full_name="Anna", name_folded="anna"))
        assert noticed(watcher)
        assert watcher.poll() is False  # reported once
        with other_pc.reader() as session:
            session.query(Customer).count()
        assert not noticed(watcher, within=0.3)  # reading changes nothing
    finally:
        watcher.close()
        other_pc.dispose()


def test_a_lost_connection_is_survived(config: AppConfig, db: Database) -> None:
    watcher = ChangeWatcher(db)
    watcher.poll()
    watcher.close()  # as if the server went away
    assert watcher.poll() is False  # reconnects quietly
    other_pc = open_database(config)
    try:
        with other_pc.session() as session:
            session.add(Customer(full_name="Ben", name_folded="ben"))
        assert noticed(watcher)
    finally:
        watcher.close()
        other_pc.dispose()
