"""Where Showroom keeps its data, and which database it uses.

The data folder is, in order: ``--home DIR``, ``SHOWROOM_HOME``, the per-user data folder of
the platform (platformdirs). The database is, in order: ``--database-url URL``,
``SHOWROOM_DATABASE_URL``, an SQLite file ``showroom.sqlite`` in the data folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from showroom.core.errors import ConfigurationError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

APP_NAME = "Showroom"
DATABASE_FILE = "showroom.sqlite"
_URL_HELP = "write it as postgresql+psycopg://USER:PASSWORD@HOST:PORT/DATABASE or sqlite:///PATH"


@dataclass(frozen=True)
class AppConfig:
    """The resolved data folder and database URL of one run.

    The URL is parsed (and checked) on first use, so that the GUI can paint its window
    before SQLAlchemy is even imported.
    """

    home: Path
    url_text: str | None = field(default=None)

    @cached_property
    def database_url(self) -> URL:
        if self.url_text:
            return parse_database_url(self.url_text)
        from sqlalchemy.engine import URL

        return URL.create("sqlite+pysqlite", database=str(self.home / DATABASE_FILE))

    @property
    def is_sqlite(self) -> bool:
        if self.url_text is None:
            return True
        return self.database_url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.database_url.database:
            return None
        return Path(self.database_url.database)

    def describe_database(self) -> str:
        """A short, password-free description for the status bar and messages."""
        return describe_url(self.database_url)


def describe_url(url: URL) -> str:
    if url.get_backend_name() == "sqlite":
        return f"SQLite: {url.database}"
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"PostgreSQL: {url.database or ''} on {host}{port}"


def default_home() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_config(
    home: str | None = None,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> AppConfig:
    """Resolve the data folder and database URL from arguments, then the environment."""
    env = os.environ if environ is None else environ
    home_text = home or env.get("SHOWROOM_HOME") or ""
    home_path = Path(home_text).expanduser() if home_text else default_home()
    url_text = database_url or env.get("SHOWROOM_DATABASE_URL") or None
    return AppConfig(home=home_path.absolute(), url_text=url_text)


def parse_database_url(text: str) -> URL:
    """Parse and check a database URL; PostgreSQL URLs are pointed at psycopg 3."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError):
        raise ConfigurationError(
            "The database URL {text!r} is not valid: {url_help}.", text=text, url_help=_URL_HELP
        ) from None
    backend, _, driver = url.drivername.partition("+")
    if backend in ("postgres", "postgresql"):
        if driver not in ("psycopg", ""):
            raise ConfigurationError(
                "The database URL uses the driver {driver!r}, which Showroom does not ship: {url_help}.",
                driver=driver,
                url_help=_URL_HELP,
            )
        url = url.set(drivername="postgresql+psycopg")
        if not url.database:
            raise ConfigurationError(
                "The database URL names no database: {url_help}.", url_help=_URL_HELP
            )
    elif backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ConfigurationError(
                "The SQLite database URL names no file: {url_help}.", url_help=_URL_HELP
            )
        url = url.set(drivername="sqlite+pysqlite")
    else:
        raise ConfigurationError(
            "Showroom works with SQLite or PostgreSQL, not {backend!r}: {url_help}.",
            backend=backend,
            url_help=_URL_HELP,
        )
    return url


def ensure_home(home: Path) -> Path:
    """Create the data folder (0700) if needed and prove that it can be written."""
    try:
        home.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not home.is_dir():
            raise NotADirectoryError(f"{home} is not a folder")
        with tempfile.NamedTemporaryFile(dir=home, prefix=".write-test-"):
            pass
    except OSError as error:
        reason = error.strerror or str(error)
        raise ConfigurationError(
            "The data folder {home} cannot be used: {reason}.", home=home, reason=reason
        ) from None
    return home
