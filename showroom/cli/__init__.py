"""The command line: ``showroom`` (the GUI) and its commands.

Every failure a user can cause prints one sentence to stderr and exits non-zero; anything
unexpected is written with its traceback to the log in the data folder, never to the screen.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from showroom.core.errors import ShowroomError, ValidationError
from showroom.storage.config import AppConfig, ensure_home, resolve_config

if TYPE_CHECKING:
    from showroom.kernel.document_kind import DocumentKind

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
        raise UsageError(
            "{message_text} (see '{prog} --help').", message_text=message, prog=self.prog
        )


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
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        help="the user who runs the command (the password is asked, or taken from "
        "SHOWROOM_PASSWORD); not needed to set up a new, empty database",
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
    demo.add_argument(
        "--force",
        action="store_true",
        help="add the demo to a database that holds data already (as an admin, --as)",
    )
    demo.add_argument(
        "--password",
        metavar="PW",
        help="the password of the demo staff it adds (default: a random one each, shown once)",
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
    bench.add_argument(
        "--sizes", metavar="LIST", default="", help="e.g. 10k,100k or 10000,100000 (full run only)"
    )
    bench.add_argument(
        "--only",
        metavar="LIST",
        default="",
        help="measure only these figures, e.g. search,import (of: search, today, card, week, "
        "bookings, window, sales, demo, handover, import)",
    )
    bench.add_argument(
        "--crash-kills",
        metavar="N",
        type=int,
        default=0,
        help="the crash test's long mode instead: kill a writer N times (e.g. 1000) on a new "
        "database and check it after every kill",
    )
    _add_print_parser(commands)
    _add_user_parser(commands)
    add_import_export_commands(commands)
    return parser


# --- showroom user add (issue 9) --------------------------------------------------------------
def _add_user_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    user = commands.add_parser("user", help="manage users")
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", parser_class=_Parser)
    actions.required = True
    add = actions.add_parser("add", help="create a user (asks for the password)")
    add.add_argument("name", help="the user name people sign in with")
    add.add_argument("--role", required=True, choices=["consultant", "manager", "admin"])
    add.add_argument("--display-name", default=None, help="the name shown in the app")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )


def _new_password(args: argparse.Namespace) -> str:
    from showroom.cli.identity import read_secret

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    how = "pipe it in with --password-stdin (e.g. printf '%s\\n' \"$PW\" | showroom user add ...)"
    what = "A password for the new user"
    password = read_secret(f"Password for {args.name}: ", what=what, how=how)
    if read_secret("The same password again: ", what=what, how=how) != password:
        raise UsageError("The two passwords differ; nothing was created.")
    return password


def _run_user(args: argparse.Namespace, config: AppConfig) -> int:
    """``user add``: as an admin (``--as``), except the first admin of a new database."""
    from showroom.admin.users import check_password, create_user
    from showroom.cli.identity import has_users, sign_in_for
    from showroom.kernel.permissions import Action
    from showroom.kernel.roles import Role
    from showroom.storage.migrate import open_database

    db = open_database(config)
    try:
        actor = None
        if has_users(db):
            actor = sign_in_for(db, args.as_user, Action.MANAGE_USERS)
        elif args.role != Role.ADMIN.value:
            raise UsageError(
                "This database has no users yet: its first user must be an admin (--role admin)."
            )
        password = check_password(_new_password(args))
        with db.session() as session:
            create_user(
                session,
                args.name,
                Role(args.role),
                args.display_name,
                password=password,
                actor_id=actor,
            )
    finally:
        db.dispose()
    print(f"Created the {args.role} {args.name!r}; they can sign in now.")
    return EXIT_OK


# --- showroom print (issue 8) -----------------------------------------------------------------
class _PrintableKinds:
    """The kinds ``showroom print`` knows, looked up only when a command line names one:
    importing the documents service (and with it every form) costs a large part of the GUI's
    start-up, which builds this parser too."""

    def _kinds(self) -> list[str]:
        from showroom.printing.registry import PRINTABLE, PRINTABLE_BY_DAY

        return [kind.value for kind in (*PRINTABLE, *PRINTABLE_BY_DAY)]

    def __contains__(self, item: object) -> bool:
        return item in self._kinds()

    def __iter__(self) -> Iterator[str]:
        return iter(self._kinds())


def _add_print_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    printing = commands.add_parser(
        "print", help="print a document to a PDF file and file it in the archive"
    )
    printing.add_argument(
        "kind",
        metavar="KIND",
        choices=_PrintableKinds(),
        help="the form",
    )
    printing.add_argument(
        "record_id",
        metavar="ID",
        nargs="?",
        help="whose form: a record number, or for daily-checklist the date (YYYY-MM-DD)",
    )
    printing.add_argument("-o", "--output", metavar="FILE.pdf", required=True, type=Path)
    whole_day = printing.add_mutually_exclusive_group()
    whole_day.add_argument(
        "--day",
        metavar="YYYY-MM-DD",
        help="instead of ID: every document of KIND for that day, in one PDF "
        "(test-drive-agreement, customer-card, next-steps); each is archived on its own",
    )
    whole_day.add_argument(
        "--today", action="store_true", help="instead of ID: the same, for today"
    )
    printing.add_argument(
        "--blank",
        action="store_true",
        help="daily-checklist only: the empty form for a clipboard, to fill in by hand",
    )


def _write_output(output: Path, data: bytes) -> None:
    """Write the whole file or nothing: a partial file next to it, renamed when complete."""
    if output.is_dir():
        raise ShowroomError(
            "Cannot write {output}: it is a folder; nothing was printed.", output=output
        )
    partial = output.with_name(f".{output.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, output)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ShowroomError(
            "Cannot write {output} ({value}); nothing was printed.",
            output=output,
            value=error.strerror or error,
        ) from None


def _run_print(args: argparse.Namespace, config: AppConfig) -> int:
    """Print, archive and write the PDF. The file is written inside the unit of work, so a
    file that cannot be written leaves nothing archived (and a failed commit, no file)."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from showroom.cli.identity import sign_in_for
    from showroom.core.ids import UserId
    from showroom.kernel.document_kind import DocumentKind
    from showroom.kernel.permissions import Action
    from showroom.kernel.settings_store import load_settings
    from showroom.printing.registry import PRINTABLE, PRINTABLE_BY_DAY
    from showroom.showroom_day.domain import parse_day
    from showroom.storage.migrate import open_database

    kind = DocumentKind(args.kind)
    by_day = kind in PRINTABLE_BY_DAY
    if args.day is not None or args.today:
        if args.record_id is not None:
            raise UsageError("Give either an ID or --day/--today, not both.")
        if not by_day:
            return _run_print_day(args, config, kind)
        args.record_id = args.day  # daily-checklist --day D is daily-checklist D
    today = by_day and args.today  # the showroom's today, once its time zone is read
    if args.record_id is None and not today:
        raise UsageError(
            "Name what to print: an ID, or --day YYYY-MM-DD / --today for a whole day."
        )
    if args.blank and not by_day:
        raise UsageError(
            "--blank: only the daily checklist has a blank form, not {value}.", value=kind.value
        )
    if today:
        day = None
    elif by_day:
        try:
            day = parse_day(args.record_id)
        except ValidationError as error:
            raise UsageError("{error}.", error=error) from None
    else:
        try:
            record_id = positive_int(args.record_id)
        except argparse.ArgumentTypeError as error:
            raise UsageError("ID {error} (see 'showroom print --help').", error=error) from None
    output: Path = args.output
    written = False
    db = open_database(config)
    try:
        user_id = sign_in_for(db, args.as_user, Action.PRINT_DOCUMENT)
        with db.session() as session:
            settings, now = load_settings(session), datetime.now(UTC)
            if by_day:
                if day is None:
                    day = now.astimezone(ZoneInfo(settings.timezone)).date()
                document = PRINTABLE_BY_DAY[kind](
                    session, day, UserId(user_id), settings, now, blank=args.blank
                )
            else:
                document = PRINTABLE[kind](session, record_id, UserId(user_id), settings, now)
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


def _run_print_day(args: argparse.Namespace, config: AppConfig, kind: DocumentKind) -> int:
    """Print the day's documents of one kind into one PDF; each is archived on its own, all
    in one unit of work (a file that cannot be written leaves nothing archived)."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from showroom.cli.identity import sign_in_for
    from showroom.kernel.permissions import Action
    from showroom.kernel.settings_store import load_settings
    from showroom.printing.batch import check_batch_kind, print_day_batch
    from showroom.showroom_day.domain import parse_day
    from showroom.storage.migrate import open_database

    try:
        check_batch_kind(kind)
        day = parse_day(args.day) if args.day is not None else None
    except ValidationError as error:
        raise UsageError("{error}.", error=error) from None
    output: Path = args.output
    written = False
    db = open_database(config)
    try:
        user_id = sign_in_for(db, args.as_user, Action.PRINT_DOCUMENT)
        with db.session() as session:
            settings, now = load_settings(session), datetime.now(UTC)
            if day is None:
                day = now.astimezone(ZoneInfo(settings.timezone)).date()
            batch = print_day_batch(session, kind, day, user_id, settings, now)
            _write_output(output, batch.pdf)
            written = True
    except BaseException:
        if written:
            output.unlink(missing_ok=True)
        raise
    finally:
        db.dispose()
    count = len(batch.documents)
    print(
        f"Printed {count} {kind.value} document{'s' if count != 1 else ''} for {day.isoformat()} "
        f"({batch.numbers}, {batch.page_count} pages) to {output}."
        + (f" {batch.left_out_text.capitalize()}." if batch.left_out_text else "")
    )
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
        code = _run_command(args, config)
        sys.stdout.flush()  # a reader gone away shows here, not at the interpreter's exit
        return code
    except UsageError as error:
        print(f"showroom: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ShowroomError as error:
        print(f"showroom: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("showroom: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`showroom bench | head`): nothing to report
        # to it. Point stdout at /dev/null so that the interpreter's final flush is quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except Exception:
        if log_file is None:  # the data folder itself failed: log beside the temp files
            log_file = setup_logging_fallback()
        log.exception("unexpected error")
        where = f"; the details are in {log_file}" if log_file else ""
        print(f"showroom: an unexpected error stopped the command{where}.", file=sys.stderr)
        return EXIT_FAILED


def _run_command(args: argparse.Namespace, config: AppConfig) -> int:
    from showroom.storage.migrate import open_database

    if args.command in ("import", "export"):
        return run_import_export(args, config)
    if args.command == "demo":
        from showroom.cli.demo_command import run_demo

        return run_demo(args, config)
    if args.command == "backup":
        from showroom.admin.backups import backup_for_user
        from showroom.cli.identity import sign_in

        db = open_database(config)
        try:
            report = backup_for_user(
                db, sign_in(db, args.as_user), Path(args.output) if args.output else None
            )
        finally:
            db.dispose()
        if report.warning:
            print(f"showroom: {report.warning}", file=sys.stderr)
        print(report.describe(config.describe_database()))
        if not config.is_sqlite:
            print(f"Restore it with: showroom restore {report.path}")
        return EXIT_OK
    if args.command == "restore":
        from showroom.admin.backups import restore_for_user
        from showroom.cli.identity import sign_in

        restored = restore_for_user(
            config, Path(args.file), lambda db: sign_in(db, args.as_user, audit=False)
        )
        print(restored.describe(config.describe_database()))
        return EXIT_OK
    if args.command == "bench":
        from showroom.bench.runner import (
            FIGURE_GROUPS,
            TABLE_HEADER,
            format_row,
            growth_table,
            machine,
            run_bench,
        )

        postgres = None if config.is_sqlite else config.database_url.render_as_string(False)
        if args.crash_kills:
            return _run_crash_bench(args.crash_kills, postgres)
        only = frozenset(g.strip() for g in args.only.split(",") if g.strip())
        unknown = sorted(only - frozenset(FIGURE_GROUPS))
        if unknown:
            raise UsageError(
                "--only: {names} is not a figure of the benchmark (choose from {groups}).",
                names=", ".join(unknown),
                groups=", ".join(FIGURE_GROUPS),
            )
        out = Path(args.out)
        print(f"Showroom benchmark on {machine()} ({'PostgreSQL' if postgres else 'SQLite'})")
        figures = run_bench(
            args.quick,
            postgres,
            out,
            only_sizes=[s.strip() for s in args.sizes.split(",") if s.strip()] or None,
            only=only or None,
        )
        print()
        print(TABLE_HEADER)
        for figure in figures:
            print(format_row(figure))
        print()
        print(growth_table(figures))
        print(f"\nWrote {out}.")
        return EXIT_OK
    if args.command == "print":
        return _run_print(args, config)
    if args.command == "user":
        return _run_user(args, config)
    raise UsageError("Unknown command {command!r}.", command=args.command)


def _run_crash_bench(kills: int, postgres: str | None) -> int:
    """``showroom bench --crash-kills N``: the crash test's long mode. On PostgreSQL the URL
    must name an empty database that the test may fill."""
    import tempfile

    from showroom.bench.crash import run_crash_test

    if kills < 1:
        raise UsageError("--crash-kills: must be at least 1")
    with tempfile.TemporaryDirectory(prefix="showroom-crash-") as workdir:
        figures, seconds, note = run_crash_test(kills, Path(workdir), postgres)
    print(figures.line("PostgreSQL" if postgres else "SQLite", seconds) + note)
    for problem in figures.problems[:10]:
        print(f"  {problem}")
    broken = (figures.integrity_failures, figures.acknowledged_lost, figures.half_written)
    return EXIT_OK if broken == (0, 0, 0) else EXIT_FAILED


# === import / export customers =============================================================
# Self-contained: the parsers and handlers of `showroom import customers FILE` and
# `showroom export customers FILE`. The two hooks above (build_parser, _run_command) are the
# only lines outside this block.

EXIT_ROWS_LEFT_OUT = 3

_IMPORT_EPILOG = """\
The file's columns are matched to card fields by their names (English or Chinese, e.g.
Name, Full name, 姓名, Phone, Mobile, 手机, E-mail, 邮箱); other columns are ignored. Every
row is checked with the rules of the customer card. Rows that break a rule, and rows whose
phone or e-mail belongs to a customer on file or to an earlier row, are listed and left
out; all other rows are imported together, in one transaction.

exit status:
  0  every row was imported (with --dry-run: every row can be)
  3  some rows were left out (rejected or duplicates); the others were imported
  1  the file cannot be imported at all (missing, unreadable, not CSV or XLSX, empty,
     no column for the name); nothing was written
  2  a wrong argument
"""


def add_import_export_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    importing = commands.add_parser(
        "import",
        help="import customers from a CSV or XLSX file",
        description="Import customers: showroom import customers FILE (see its --help).",
    )
    what = importing.add_subparsers(
        dest="what", metavar="customers", parser_class=_Parser, required=True
    )
    customers = what.add_parser(
        "customers",
        help="customer cards from a CSV or XLSX file",
        description="Import customer cards from a CSV or XLSX file.",
        epilog=_IMPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    customers.add_argument("file", metavar="FILE", type=Path, help="a .csv or .xlsx file")
    customers.add_argument(
        "--dry-run",
        action="store_true",
        help="check every row and report as an import would, but write nothing",
    )

    exporting = commands.add_parser(
        "export",
        help="export customers to a CSV or XLSX file",
        description="Export customers: showroom export customers FILE (see its --help).",
    )
    what = exporting.add_subparsers(
        dest="what", metavar="customers", parser_class=_Parser, required=True
    )
    customers = what.add_parser(
        "customers",
        help="every customer card, to a .csv or .xlsx file",
        description=(
            "Export every customer card to FILE: CSV (UTF-8, opens in Excel) or XLSX, by the "
            "file's extension. The importer reads the file back."
        ),
    )
    customers.add_argument("file", metavar="FILE", type=Path, help="a .csv or .xlsx file")


def _progress_printer(verb: str) -> Callable[[int, int], None] | None:
    """Progress on the terminal (stderr), only when a person is watching it."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{verb} {done:,} of {total:,} rows…", end=end, file=sys.stderr, flush=True)

    return show


def run_import_export(args: argparse.Namespace, config: AppConfig) -> int:
    from showroom.cli.identity import sign_in_for
    from showroom.customers.exporting import (
        ExportFormatError,
        export_customers,
        export_format,
        log_export,
    )
    from showroom.customers.importing import (
        check_mapping,
        guess_mapping,
        import_customers,
        open_customer_file,
    )
    from showroom.kernel.permissions import Action
    from showroom.kernel.settings_store import load_settings
    from showroom.storage.migrate import open_database

    path: Path = args.file
    if args.command == "export":
        try:
            export_format(path)
        except ExportFormatError as error:
            raise UsageError(str(error)) from None
        db = open_database(config)
        try:
            actor = sign_in_for(db, args.as_user, Action.EXPORT_CUSTOMERS)
            with db.reader() as session:
                exported = export_customers(session, path, progress=_progress_printer("Exported"))
            with db.session() as session:
                log_export(session, actor, exported)
        finally:
            db.dispose()
        noun = "customer" if exported.customers == 1 else "customers"
        print(
            f"Exported {exported.customers:,} {noun} from {db.describe()} to {path} "
            f"in {exported.elapsed:.1f} s."
        )
        return EXIT_OK

    # The file is read and its columns checked before the database is even opened: a file
    # that cannot be imported leaves the database exactly as it was.
    table = open_customer_file(path)
    mapping = guess_mapping(table.headers)
    check_mapping(table, mapping)
    db = open_database(config)
    try:
        # A dry run writes nothing, not even the sign-in.
        actor = sign_in_for(db, args.as_user, Action.IMPORT_CUSTOMERS, audit=not args.dry_run)
        unit = db.reader() if args.dry_run else db.session()
        with unit as session:
            report = import_customers(
                session,
                table,
                mapping,
                load_settings(session),
                actor_id=actor,
                dry_run=args.dry_run,
                progress=_progress_printer("Checked" if args.dry_run else "Read"),
            )
    finally:
        db.dispose()
    print(report.summary(into=db.describe()))
    details = [table.describe(), f"{report.rows_read:,} rows in {report.elapsed:.1f} s"]
    if report.rows_read >= 1_000:
        details[-1] += f" ({report.rows_per_second:,.0f} rows/s)"
    if report.ignored_columns:
        details.append(f"columns not imported: {', '.join(report.ignored_columns)}")
    print("; ".join(details) + ".")
    for problem in report.problems():
        print(problem)
    return EXIT_ROWS_LEFT_OUT if report.rejected or report.duplicates else EXIT_OK
