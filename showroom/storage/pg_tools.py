"""PostgreSQL's own tools for backups: pg_dump, pg_restore and psql.

The tools are looked up in SHOWROOM_PG_BIN (a folder) if it is set, else on PATH, then in
the usual install folders (newest version first, since pg_dump refuses a server newer than
itself). The password never appears on a command line (other users can read those): it is
handed over in the PGPASSWORD environment variable.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from glob import glob
from pathlib import Path

from sqlalchemy.engine import URL

from showroom.core.errors import StorageError

_INSTALL_GLOBS = (
    "/usr/lib/postgresql/*/bin",  # Debian, Ubuntu
    "/usr/pgsql-*/bin",  # RHEL, Fedora (PGDG)
    "/opt/homebrew/opt/postgresql@*/bin",
    "/opt/homebrew/opt/libpq/bin",
    "/usr/local/opt/libpq/bin",
    "/Applications/Postgres.app/Contents/Versions/*/bin",
    "C:/Program Files/PostgreSQL/*/bin",
)
_LIST_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (\S+) (\S+) ")


class PgToolMissingError(StorageError):
    """pg_dump, pg_restore or psql is not installed on this PC."""


def _version_key(folder: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", folder)) or (0,)


def find_pg_tool(name: str) -> Path:
    """The path of a PostgreSQL client tool; PgToolMissingError with one sentence if none."""
    exe = name + (".exe" if sys.platform == "win32" else "")
    override = os.environ.get("SHOWROOM_PG_BIN", "").strip()
    if override:
        candidate = Path(override) / exe
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
        raise PgToolMissingError(
            "{name}, a PostgreSQL client tool Showroom needs for this, is not in SHOWROOM_PG_BIN ({override}); point SHOWROOM_PG_BIN at the folder that holds it.",
            name=name,
            override=override,
        )
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    folders: list[str] = []
    for pattern in _INSTALL_GLOBS:
        folders.extend(glob(pattern))
    for folder in sorted(folders, key=_version_key, reverse=True):
        candidate = Path(folder) / exe
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise PgToolMissingError(
        "{name}, a PostgreSQL client tool Showroom needs for this, is not installed on this PC (looked on PATH and in the usual PostgreSQL folders); install the PostgreSQL client tools (e.g. apt-get install postgresql-client) or set SHOWROOM_PG_BIN to their folder.",
        name=name,
    )


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def conninfo(url: URL) -> str:
    """A libpq connection string for ``url`` without its password."""
    parts = {
        "host": url.host,
        "port": str(url.port) if url.port else None,
        "user": url.username,
        "dbname": url.database,
    }
    for key, value in url.query.items():
        if isinstance(value, str):
            parts[key] = value
    return " ".join(f"{key}={_quote(value)}" for key, value in parts.items() if value)


def _environment(url: URL, extra: dict[str, str] | None = None) -> dict[str, str]:
    environ = dict(os.environ)
    environ.pop("PGPASSWORD", None)
    if url.password:
        environ["PGPASSWORD"] = str(url.password)
    environ["PGCONNECT_TIMEOUT"] = "10"
    environ.update(extra or {})
    return environ


def _first_error_line(stderr: str) -> str:
    for line in stderr.splitlines():
        line = line.strip()
        if line:
            return re.sub(r"^(pg_dump|pg_restore|psql): (error: )?", "", line)
    return "it stopped without saying why"


def run_pg_dump(url: URL, target: Path) -> Path:
    """Dump the database to ``target`` in pg_dump's custom format (compressed, restorable
    table by table), written under a temporary name and renamed when complete."""
    tool = find_pg_tool("pg_dump")
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    result = subprocess.run(
        [str(tool), "--format=custom", "--no-password", f"--file={partial}", conninfo(url)],
        capture_output=True,
        text=True,
        env=_environment(url),
        check=False,
    )
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise StorageError(
            "pg_dump could not back up the database: {first_error_line}.",
            first_error_line=_first_error_line(result.stderr),
        )
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    return target


@dataclass(frozen=True, slots=True)
class PgArchive:
    """What a pg_dump custom-format archive holds: its tables and Showroom schema revision."""

    tables: frozenset[str]
    revision: str | None


def read_pg_archive(archive: Path) -> PgArchive:
    """Read an archive's table of contents and its alembic_version row, without restoring."""
    tool = find_pg_tool("pg_restore")
    if not archive.is_file():
        raise StorageError("There is no file {archive}; nothing was changed.", archive=archive)
    listing = subprocess.run(
        [str(tool), "--list", str(archive)], capture_output=True, text=True, check=False
    )
    if listing.returncode != 0:
        raise StorageError(
            "The file {archive} is not a PostgreSQL backup made by 'showroom backup' ({first_error_line}); nothing was changed.",
            archive=archive,
            first_error_line=_first_error_line(listing.stderr),
        )
    tables = frozenset(
        match.group(2)
        for line in listing.stdout.splitlines()
        if (match := _LIST_TABLE.match(line)) is not None
    )
    revision: str | None = None
    if "alembic_version" in tables:
        data = subprocess.run(
            [str(tool), "--data-only", "--table=alembic_version", "--file=-", str(archive)],
            capture_output=True,
            text=True,
            check=False,
        )
        lines = data.stdout.splitlines()
        for index, line in enumerate(lines):
            if line.startswith("COPY ") and "alembic_version" in line:
                value = lines[index + 1] if index + 1 < len(lines) else "\\."
                revision = None if value == "\\." else value.strip()
                break
    return PgArchive(tables, revision)


def restore_pg_archive(url: URL, archive: Path, drop_tables: list[str], work_dir: Path) -> None:
    """Replace the database's tables with the archive's, in ONE transaction.

    pg_restore turns the archive into an SQL script; psql runs ``DROP TABLE … CASCADE`` of
    ``drop_tables`` and then that script with ``--single-transaction`` and ON_ERROR_STOP:
    either every table is replaced, or the database stays exactly as it was. A lock timeout
    makes a PC that still holds a lock fail the restore instead of hanging it.
    """
    pg_restore = find_pg_tool("pg_restore")
    psql = find_pg_tool("psql")
    work_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    script = work_dir / "restore.sql"
    prelude = work_dir / "prelude.sql"
    try:
        made = subprocess.run(
            [
                str(pg_restore),
                "--no-owner",
                "--no-privileges",
                f"--file={script}",
                str(archive),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if made.returncode != 0:
            raise StorageError(
                "pg_restore could not read {archive} ({first_error_line}); nothing was changed.",
                archive=archive,
                first_error_line=_first_error_line(made.stderr),
            )
        statements = ["SET lock_timeout = '15s';"]
        if drop_tables:
            names = ", ".join('public."' + name.replace('"', '""') + '"' for name in drop_tables)
            statements.append(f"DROP TABLE IF EXISTS {names} CASCADE;")
            # Trigger functions of Showroom's own migrations live outside the tables.
            statements.append("DROP FUNCTION IF EXISTS public.audit_log_append_only() CASCADE;")
        prelude.write_text("\n".join(statements) + "\n", encoding="utf-8")
        result = subprocess.run(
            [
                str(psql),
                "--no-psqlrc",
                "--no-password",
                "--quiet",
                "--single-transaction",
                "--set=ON_ERROR_STOP=1",
                f"--file={prelude}",
                f"--file={script}",
                conninfo(url),
            ],
            capture_output=True,
            text=True,
            env=_environment(url),
            check=False,
        )
        if result.returncode != 0:
            raise StorageError(
                "The restore failed and was rolled back, so the database is as it was: {first_error_line}.",
                first_error_line=_first_error_line(result.stderr),
            )
    finally:
        script.unlink(missing_ok=True)
        prelude.unlink(missing_ok=True)
