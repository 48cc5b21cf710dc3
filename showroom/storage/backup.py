"""Consistent copies of an SQLite database, taken with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from showroom.errors import StorageError


def backup_sqlite_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` while other connections may be writing.

    The copy is written to a temporary name and renamed, so a half-written backup never
    carries the final name.
    """
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        raise StorageError(f"The backup to {target} failed: {error}.") from None
    return target
