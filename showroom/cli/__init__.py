"""The command line: ``showroom`` (the GUI) and its commands.

Every failure a user can cause prints one sentence to stderr and exits non-zero; anything
unexpected is written with its traceback to the log in the data folder, never to the screen.
"""

from __future__ import annotations

import argparse
import logging
import os
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
    bench = commands.add_parser(
        "bench", help="the performance benchmark (builds its own databases)"
    )
    bench.add_argument("--quick", action="store_true", help="a small smoke run (what CI runs)")
    bench.add_argument(
        "--out", metavar="FILE", default="bench-results/latest.json", help="where to write the JSON"
    )
    bench.add_argument("--sizes", metavar="LIST", default="", help="e.g. 10k,100k (full run only)")
    _add_print_parser(commands)
    return parser


# --- showroom print (issue 8) -----------------------------------------------------------------
def _add_print_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    from showroom.services.documents import PRINTABLE

    printing = commands.add_parser(
        "print", help="print a document to a PDF file and file it in the archive"
    )
    printing.add_argument(
        "kind", metavar="KIND", choices=[kind.value for kind in PRINTABLE], help="the form"
    )
    printing.add_argument("record_id", metavar="ID", type=positive_int, help="whose form")
    printing.add_argument("-o", "--output", metavar="FILE.pdf", required=True, type=Path)


def _write_output(output: Path, data: bytes) -> None:
    """Write the whole file or nothing: a partial file next to it, renamed when complete."""
    if output.is_dir():
        raise ShowroomError(f"Cannot write {output}: it is a folder; nothing was printed.")
    partial = output.with_name(f".{output.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, output)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ShowroomError(
            f"Cannot write {output} ({error.strerror or error}); nothing was printed."
        ) from None


def _run_print(args: argparse.Namespace, config: AppConfig) -> int:
    """Print, archive and write the PDF. The file is written inside the unit of work, so a
    file that cannot be written leaves nothing archived (and a failed commit, no file)."""
    import getpass
    from datetime import UTC, datetime

    from showroom.domain.document import DocumentKind
    from showroom.domain.ids import UserId
    from showroom.services.documents import PRINTABLE
    from showroom.services.settings import load_settings
    from showroom.services.users import ensure_desk_user
    from showroom.storage.migrate import open_database

    output: Path = args.output
    written = False
    db = open_database(config)
    try:
        with db.session() as session:
            user = ensure_desk_user(session, getpass.getuser())
            document = PRINTABLE[DocumentKind(args.kind)](
                session, args.record_id, UserId(user.id), load_settings(session), datetime.now(UTC)
            )
            _write_output(output, document.pdf)
            written = True
    except BaseException:
        if written:
            output.unlink(missing_ok=True)
        raise
    finally:
        db.dispose()
    pages = "page" if document.page_count == 1 else "pages"
    print(f"Printed {document.number} ({document.page_count} {pages}) to {output}.")
    return EXIT_OK


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

        db = open_database(config)
        try:
            started = time.perf_counter()
            with db.session() as session:
                summary = generate_demo(
                    session,
                    customers=args.customers,
                    seed=args.seed,
                    interactions_per_customer=args.interactions,
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
    if args.command == "print":
        return _run_print(args, config)
    raise UsageError(f"Unknown command {args.command!r}.")
