"""Reading spreadsheet-like files: CSV (and other delimited text) and XLSX workbooks.

A file is opened once (:func:`open_table`) to learn its columns and how it is encoded; its
rows can then be read as often as needed (a preview, a check, the import) without holding
the whole sheet in memory as cells. Anything that makes a file unreadable raises
:class:`TableFileError` with one sentence naming the file; nothing here touches a database.

Text files: the encoding is UTF-8 (with or without a byte-order mark), UTF-16 with a
byte-order mark (Excel's "Unicode text"), GB18030 or Windows-1252, detected in that order
(see :func:`decode_text`); the delimiter is a comma, a semicolon or a tab (see
:func:`detect_delimiter`).
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from showroom.core.errors import ShowroomError

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
DELIMITERS = ",;\t"
SNIFF_CHARS = 64 * 1024
MAX_FILE_BYTES = 512 * 1024 * 1024

# A cell is what a reader yields: text from a CSV file, or a typed value from a workbook
# (str, int, float, bool, datetime…, or None for an empty cell).
Cell = object
Row = Sequence[Cell]


class TableFileError(ShowroomError):
    """The file cannot be read as a table: missing, unreadable, of another kind, or empty."""


# Windows-1252 leaves five bytes undefined. Windows itself maps them to the C1 control
# characters of the same number, and so do we: a row holding one is then refused by the
# "no control characters" rule, instead of the whole file being refused or the byte being
# silently replaced.
def _c1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return chr(error.object[error.start]), error.start + 1


codecs.register_error("showroom-c1", _c1_fallback)

ENCODING_NAMES = {
    "utf-8-sig": "UTF-8",
    "utf-16": "UTF-16",
    "gb18030": "GB18030 (Chinese)",
    "cp1252": "Windows-1252 (Western European)",
}


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF  # CJK Unified Ideographs
        or 0x3400 <= code <= 0x4DBF  # Extension A
        or 0x20000 <= code <= 0x3134F  # Extensions B–G
        or 0xF900 <= code <= 0xFAFF  # Compatibility Ideographs
    )


def _looks_chinese(text: str) -> bool:
    """Whether text decoded as GB18030 reads as Chinese rather than as mis-decoded Latin.

    Windows-1252 text with accents often decodes as GB18030 too: 'Müller' is the bytes
    4D FC 6C 6C 65 72, and FC 6C is a valid GBK pair, so it reads 'M黮ler'. Two signs tell
    the two apart:

    - Real Chinese is overwhelmingly made of the 6,763 common characters of GB2312, whose
      two bytes are both 0xA1 or above. An accented letter is mostly followed by an ASCII
      letter, which makes a rare GBK-extension ideograph instead ('黮').
    - When two accented letters do make a common ideograph ('créée' reads 'cr殚e',
      'Íñigo' reads '婉igo'), it sits in a Latin word, touching an ASCII letter, where
      Chinese text puts few of its characters ('iPhone用户' has one of two).

    So the text counts as Chinese when it holds ideographs, at least half of them from
    GB2312, and fewer than half of them touching an ASCII letter.
    """
    ideographs = common = in_words = 0
    last = len(text) - 1
    for index, char in enumerate(text):
        if char.isascii() or not _is_cjk(char):
            continue
        ideographs += 1
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            pass
        else:
            common += 1
        if (index > 0 and _ascii_letter(text[index - 1])) or (
            index < last and _ascii_letter(text[index + 1])
        ):
            in_words += 1
    return ideographs > 0 and common * 2 >= ideographs and in_words * 2 < ideographs


def _ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; returns (text, codec name).

    UTF-16 is recognised by its byte-order mark. Otherwise UTF-8 (a BOM is dropped) is tried
    strictly first: text that is valid UTF-8 is almost never anything else. Then GB18030,
    only if the bytes decode cleanly *and* read as Chinese (see :func:`_looks_chinese`).
    Anything else is Windows-1252, which never fails (see ``_c1_fallback``).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_chinese(text):
            return text, "gb18030"
    return data.decode("cp1252", errors="showroom-c1"), "cp1252"


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


def _consistency(sample: str, delimiter: str) -> tuple[int, int]:
    """How well a delimiter splits the sample: (records with the header's width, width)."""
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    width = 0
    same = 0
    try:
        for index, record in enumerate(reader):
            if not record:
                continue
            if width == 0:
                width = len(record)
            elif len(record) == width:
                same += 1
            if index > 50:
                break
    except csv.Error:
        return 0, 0
    return (same if width > 1 else 0), width


def detect_delimiter(text: str) -> str:
    """The delimiter of a CSV text: a comma, a semicolon or a tab.

    csv.Sniffer, restricted to those three, has the first word; its guess is kept only if
    it splits the header into several columns and the rows below into as many. Otherwise
    (the Sniffer gives up or guesses badly, e.g. on commas inside quoted fields) the
    delimiter that splits the most rows into the header's width wins; a file of one
    column has no delimiter at all, and reads the same with a comma.
    """
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    scores = {d: _consistency(sample, d) for d in DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in scores and scores[sniffed][1] > 1:
        best = max(scores.values())
        if scores[sniffed][0] >= best[0]:
            return sniffed
    best_delimiter = max(DELIMITERS, key=lambda d: scores[d])
    if scores[best_delimiter][1] > 1:
        return best_delimiter
    header = _first_line(text)
    counts = {d: header.count(d) for d in DELIMITERS}
    chosen = max(DELIMITERS, key=lambda d: counts[d])
    return chosen if counts[chosen] else ","


def cell_text(value: Cell) -> str:
    """A cell as the text a person sees: numbers without a needless '.0' or exponent,
    dates as ISO dates, booleans as yes/no, an empty cell as ''."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class Table:
    """An opened file: its header, how it was read, and a way to read its data rows."""

    path: Path
    kind: str  # "csv" or "xlsx"
    headers: tuple[str, ...]
    header_line: int
    encoding: str | None  # codec of a text file
    delimiter: str | None  # of a text file
    sheet: str | None  # the worksheet read from a workbook
    estimated_rows: int  # data rows below the header (exact for most files; 0 if unknown)
    _reader: Callable[[], Iterator[tuple[int, Row]]] = field(repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.path.name

    def rows(self) -> Iterator[tuple[int, Row]]:
        """(line number, cells) of every data row, header = line 1 as in the file.

        Empty rows are skipped but keep their place in the numbering; a row shorter than
        the header simply lacks the last cells.
        """
        return self._reader()

    def preview(self, count: int = 10) -> list[tuple[int, list[str]]]:
        """The first ``count`` data rows as text, for showing the file before importing."""
        rows: list[tuple[int, list[str]]] = []
        for line, cells in self.rows():
            rows.append((line, [cell_text(c) for c in cells]))
            if len(rows) >= count:
                break
        return rows

    def describe(self) -> str:
        """How the file was read, e.g. 'CSV, UTF-8, separated by semicolons'."""
        if self.kind == "xlsx":
            return f"Excel workbook, sheet '{self.sheet}'"
        separator = {",": "commas", ";": "semicolons", "\t": "tabs"}.get(
            self.delimiter or ",", "commas"
        )
        encoding = ENCODING_NAMES.get(self.encoding or "", self.encoding or "")
        return f"CSV, {encoding}, separated by {separator}"


def _is_blank(cells: Row) -> bool:
    first = cells[0] if cells else None
    if type(first) is str and first.strip():  # most rows: a name in the first column
        return False
    return all(c is None or (type(c) is str and not c.strip()) for c in cells)


def _column_names(raw: Row) -> tuple[str, ...]:
    names: list[str] = []
    for index, cell in enumerate(raw, start=1):
        text = " ".join(cell_text(cell).split())
        names.append(text or f"Column {index}")
    while len(names) > 1 and raw[len(names) - 1] in (None, "") and names[-1].startswith("Column "):
        names.pop()  # trailing empty header cells: spreadsheets often leave a few
    return tuple(names)


def open_table(path: Path) -> Table:
    """Open a CSV or XLSX file and read its header (the first non-empty row)."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES | WORKBOOK_SUFFIXES:
        kind = f"{suffix} files" if suffix else "files without an extension"
        raise TableFileError(
            "{name} cannot be imported: Showroom reads .csv and .xlsx files, not {kind}.",
            name=path.name,
            kind=kind,
        )
    if not path.exists():
        raise TableFileError("There is no file {file}.", file=path)
    if path.is_dir():
        raise TableFileError("{file} is a folder, not a file.", file=path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise TableFileError(
            "{file} cannot be read ({value}).", file=path, value=error.strerror or error
        ) from None
    if size == 0:
        raise TableFileError("{name} is empty.", name=path.name)
    if size > MAX_FILE_BYTES:
        raise TableFileError(
            "{name} is larger than {value} MB; split it into smaller files.",
            name=path.name,
            value=MAX_FILE_BYTES // 2**20,
        )
    if suffix in WORKBOOK_SUFFIXES:
        return _open_workbook(path)
    return _open_text(path)


# --- text files -----------------------------------------------------------------------------
def _open_text(path: Path) -> Table:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TableFileError(
            "{file} cannot be read ({value}).", file=path, value=error.strerror or error
        ) from None
    if data.startswith(b"PK\x03\x04"):
        raise TableFileError(
            "{name} is not a CSV file: it is a zip archive, perhaps an Excel workbook (give it the .xlsx extension).",
            name=path.name,
        )
    if data.startswith(b"%PDF"):
        raise TableFileError("{name} is not a CSV file but a PDF document.", name=path.name)
    text, encoding = decode_text(data)
    head = text[:8192]
    if head.count("\x00") > max(2, len(head) // 100):
        raise TableFileError("{name} is not a text (CSV) file.", name=path.name)
    if not text.strip():
        raise TableFileError("{name} is empty.", name=path.name)
    delimiter = detect_delimiter(text)
    # The csv module refuses a field over 131,072 characters by stopping the whole file; the
    # text is in memory already, so any field of it may be read, and the row that holds an
    # over-long one is refused by its field's length rule, with its line number.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))

    def records() -> Iterator[tuple[int, list[str]]]:
        # strict: a quote left open does not swallow the rest of the file into one field.
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        start = 1
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise TableFileError(
                    "Line {line_num} of {name} cannot be read as CSV ({error}).",
                    line_num=start,
                    name=path.name,
                    error=error,
                ) from None
            yield start, record
            start = reader.line_num + 1

    header_line, header = 0, list[str]()
    for line, record in records():
        if not _is_blank(record):
            header_line, header = line, record
            break
    if not header:
        raise TableFileError("{name} is empty.", name=path.name)

    def data_rows() -> Iterator[tuple[int, Row]]:
        for line, record in records():
            if line > header_line and not _is_blank(record):
                yield line, record

    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    return Table(
        path=path,
        kind="csv",
        headers=_column_names(header),
        header_line=header_line,
        encoding=encoding,
        delimiter=delimiter,
        sheet=None,
        estimated_rows=max(0, lines - header_line),
        _reader=data_rows,
    )


# --- workbooks ------------------------------------------------------------------------------
def _load_workbook(path: Path) -> Any:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException):
        raise TableFileError(
            "{name} is not an Excel workbook (.xlsx), or it is damaged.", name=path.name
        ) from None
    except PermissionError as error:
        raise TableFileError(
            "{file} cannot be read ({value}).", file=path, value=error.strerror or error
        ) from None
    except Exception:
        # A workbook is a zip of XML parts written by any program: whatever openpyxl trips
        # over inside it (bad XML, a missing part, a wrong value) means a damaged file.
        log.info("cannot open workbook %s", path, exc_info=True)
        raise TableFileError(
            "{name} is damaged and cannot be read as a workbook.", name=path.name
        ) from None


def _worksheet(workbook: Any) -> Any:
    sheet = workbook.active
    if sheet is None or not hasattr(sheet, "iter_rows"):
        sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
        sheet = sheets[0] if sheets else None
    return sheet


def _open_workbook(path: Path) -> Table:
    workbook = _load_workbook(path)
    try:
        sheet = _worksheet(workbook)
        if sheet is None:
            raise TableFileError("{name} has no worksheet.", name=path.name)
        title = str(sheet.title)
        declared_rows = sheet.max_row if isinstance(sheet.max_row, int) else 0
        header_line = 0
        header_cells: Row = ()
        for line, cells in _sheet_rows(sheet, path):
            if not _is_blank(cells):
                header_line, header_cells = line, cells
                break
    finally:
        workbook.close()
    if not header_cells:
        raise TableFileError("{name} is empty.", name=path.name)

    def data_rows() -> Iterator[tuple[int, Row]]:
        book = _load_workbook(path)
        try:
            ws = book[title]
            for line, cells in _sheet_rows(ws, path):
                if line > header_line and not _is_blank(cells):
                    yield line, cells
        finally:
            book.close()

    return Table(
        path=path,
        kind="xlsx",
        headers=_column_names(header_cells),
        header_line=header_line,
        encoding=None,
        delimiter=None,
        sheet=title,
        estimated_rows=max(0, declared_rows - header_line),
        _reader=data_rows,
    )


def _sheet_rows(sheet: Any, path: Path) -> Iterator[tuple[int, Row]]:
    # The declared dimensions of a sheet written by another program may be wrong (some
    # write 'A1'); forget them and read every row there is.
    sheet.reset_dimensions()
    rows = enumerate(sheet.iter_rows(values_only=True), start=1)
    while True:
        try:
            line, cells = next(rows)
        except StopIteration:
            return
        except Exception:
            log.info("cannot read workbook %s", path, exc_info=True)
            raise TableFileError("{name} is damaged and cannot be read.", name=path.name) from None
        yield line, cells
