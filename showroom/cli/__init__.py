"""The command line: ``showroom`` (the GUI) and its commands.

Every failure a user can cause prints one sentence to stderr and exits non-zero; anything
unexpected is written with its traceback to the log in the data folder, never to the screen.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import NoReturn

from showroom.config import AppConfig, ensure_home, resolve_config
from showroom.errors import ShowroomError

log = logging.getLogger("showroom")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class UsageError(ShowroomError):
    """A command-line argument broke a rule."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument as one sentence, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("argument "):
            message = message.removeprefix("argument ").replace(": ", " ", 1)
        raise UsageError(f"{message} (see '{self.prog} --help').")


def positive_int(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive whole number, not {text!r}")
    return value


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="showroom", description="Showroom: the car dealership showroom app.")
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="PostgreSQL database shared by several PCs (or SHOWROOM_DATABASE_URL)",
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="data folder (or SHOWROOM_HOME); default: per-user data folder",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--customers", type=positive_int, default=5_000, metavar="N")
    demo.add_argument("--seed", type=whole_number, default=1, metavar="S")
    demo.add_argument(
        "--interactions",
        type=positive_int,
        default=10,
        metavar="N",
        help="average timeline entries per customer (default 10)",
    )
    backup = commands.add_parser(
        "backup", help="a consistent copy of the database (SQLite file, or pg_dump archive)"
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write it (a file or a folder); default: the backup folder",
    )
    restore = commands.add_parser(
        "restore",
        help="put a backup in place of the database (checked first; the current "
        "database is kept as a backup)",
    )
    restore.add_argument("file", metavar="FILE", help="a backup made by 'showroom backup'")
    bench = commands.add_parser(
        "bench", help="the performance benchmark (builds its own databases)"
    )
    bench.add_argument("--quick", action="store_true", help="a small smoke run (what CI runs)")
    bench.add_argument(
        "--out", metavar="FILE", default="bench-results/latest.json", help="where to write the JSON"
    )
    bench.add_argument("--sizes", metavar="LIST", default="", help="e.g. 10k,100k (full run only)")
    return parser


def setup_logging(home: Path) -> Path:
    log_dir = ensure_home(home / "logs")
    log_file = log_dir / "showroom.log"
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file


def setup_logging_fallback() -> Path:
    import tempfile

    log_file = Path(tempfile.gettempdir()) / "showroom-error.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    return log_file


def run(argv: Sequence[str] | None = None, gui: Callable[[AppConfig], int] | None = None) -> int:
    """Run a command, or ``gui`` when no command is given; returns the process exit code.

    The GUI is passed in by main.py so that showroom/ never imports ui/ (or Qt).
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    log_file: Path | None = None
    try:
        args = parser.parse_args(args_list)
        config = resolve_config(args.home, args.database_url)
        log_file = setup_logging(ensure_home(config.home))
        if args.command is None:
            if gui is None:
                raise UsageError("Name a command (see 'showroom --help').")
            return gui(config)
        return _run_command(args, config)
    except UsageError as error:
        print(f"showroom: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ShowroomError as error:
        print(f"showroom: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("showroom: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
    except Exception:
        if log_file is None:  # the data folder itself failed: log beside the temp files
            log_file = setup_logging_fallback()
        log.exception("unexpected error")
        where = f"; the details are in {log_file}" if log_file else ""
        print(f"showroom: an unexpected error stopped the command{where}.", file=sys.stderr)
        return EXIT_FAILED


def _run_command(args: argparse.Namespace, config: AppConfig) -> int:
    from showroom.storage.migrate import open_database

    if args.command == "demo":
        from showroom.services.demo import generate_demo
        from showroom.storage.database import run_in_transaction

        db = open_database(config)
        try:
            started = time.perf_counter()
            summary = run_in_transaction(
                db,
                lambda session: generate_demo(
                    session,
                    customers=args.customers,
                    seed=args.seed,
                    interactions_per_customer=args.interactions,
                ),
            )
            elapsed = time.perf_counter() - started
        finally:
            db.dispose()
        print(
            f"Added {summary.customers:,} customers, {summary.interactions:,} timeline entries, "
            f"{summary.walk_ins:,} walk-ins, {summary.follow_ups:,} follow-ups, "
            f"{summary.vehicles} vehicles and {summary.users} staff to {db.describe()} "
            f"in {elapsed:.1f} s."
        )
        return EXIT_OK
    if args.command == "backup":
        from showroom.services.backups import backup_database

        report = backup_database(config, Path(args.output) if args.output else None)
        if report.warning:
            print(f"showroom: {report.warning}", file=sys.stderr)
        print(report.describe(config.describe_database()))
        if not config.is_sqlite:
            print(f"Restore it with: showroom restore {report.path}")
        return EXIT_OK
    if args.command == "restore":
        from showroom.services.backups import restore_database

        restored = restore_database(config, Path(args.file))
        print(restored.describe(config.describe_database()))
        return EXIT_OK
    if args.command == "bench":
        from showroom.bench.runner import TABLE_HEADER, format_row, machine, run_bench

        postgres = None if config.is_sqlite else config.database_url.render_as_string(False)
        out = Path(args.out)
        print(f"Showroom benchmark on {machine()} ({'PostgreSQL' if postgres else 'SQLite'})")
        figures = run_bench(
            args.quick,
            postgres,
            out,
            only_sizes=[s.strip() for s in args.sizes.split(",") if s.strip()] or None,
        )
        print()
        print(TABLE_HEADER)
        for figure in figures:
            print(format_row(figure))
        print(f"\nWrote {out}.")
        return EXIT_OK
    raise UsageError(f"Unknown command {args.command!r}.")
