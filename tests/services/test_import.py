"""Importing customers from messy CSV and XLSX files, on a real SQLite file and PostgreSQL.

Every file is made here, byte by byte where the encoding matters, the way other programs
write them: Excel's UTF-8 with a BOM and semicolons, a Chinese GB18030 export with tabs,
an old Windows-1252 file, an XLSX whose phones were typed as numbers.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from showroom.admin.users import create_user
from showroom.core.errors import ShowroomError
from showroom.core.ids import UserId
from showroom.customers.domain import CustomerDraft, PhoneDraft, search_document
from showroom.customers.importing import (
    CardField,
    DuplicateRow,
    ImportCancelled,
    ImportFileError,
    ImportReport,
    RejectedRow,
    check_mapping,
    guess_mapping,
    import_customer_file,
    import_customers,
    open_customer_file,
)
from showroom.customers.search import CustomerFilter, search_customers
from showroom.customers.service import create_customer
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.config import AppConfig
from showroom.storage.database import Database
from showroom.storage.migrate import open_database
from showroom.storage.models import Customer, CustomerPhone, Interaction

SETTINGS = ShowroomSettings(default_region="GB")
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def write(path: Path, content: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(content.encode(encoding))
    return path


def run(db: Database, path: Path, *, dry_run: bool = False, **kwargs: Any) -> ImportReport:
    with db.session() as session:
        return import_customer_file(session, path, SETTINGS, dry_run=dry_run, now=NOW, **kwargs)


def counts(db: Database) -> tuple[int, int, int]:
    with db.reader() as session:
        return (
            session.scalar(select(func.count(Customer.id))) or 0,
            session.scalar(select(func.count(CustomerPhone.id))) or 0,
            session.scalar(select(func.count(Interaction.id))) or 0,
        )


def customers(db: Database) -> dict[str, Customer]:
    with db.reader() as session:
        found = session.scalars(select(Customer).order_by(Customer.id)).all()
        for customer in found:
            _ = customer.phones
        return {c.full_name: c for c in found}


# --- messy files ----------------------------------------------------------------------------
def test_excel_utf8_with_bom_semicolons_quotes_newlines_and_bad_rows(
    db: Database, tmp_path: Path
) -> None:
    long_notes = "x" * 10_000
    content = (
        "\ufeffName;Mobile;E-mail;Status;Address;Notes;Shoe size\r\n"  # 1, extra column
        "Zoë Walker;07400 123456; Zoe.Walker@Example.CO.UK ;Prospect;"  # 2
        '"1 High Street; Flat 2, London";"Wants a test drive;\r\nthen a call";42\r\n'  # 3
        "\r\n"  # 4: empty line
        "Bad Phone;12;;;;;\r\n"  # 5
        'Ann Lee;+44 7400 123457;ann@example.com;lead;;"' + long_notes + '"\r\n'  # 6
        'Too Long;+44 7400 123458;;;;"' + long_notes + 'y"\r\n'  # 7
        "Bell\x07Ringer;+44 7400 123459\r\n"  # 8: control character, missing columns
        ";+44 7400 123460;nobody@example.com\r\n"  # 9: no name
        ";;;;\r\n"  # 10: only separators = empty
        "Many Faults;+44 12;not-an-email;happy\r\n"  # 11
    )
    path = write(tmp_path / "excel.csv", content)
    table = open_customer_file(path)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ";")
    assert table.headers[0] == "Name"  # the BOM is not part of the first header

    report = run(db, path)

    assert report.rows_read == 7
    assert report.imported == 2
    assert report.rejected == [
        RejectedRow(5, "phone", "'12' is not a valid phone number for GB"),
        RejectedRow(7, "notes", "must be at most 10,000 characters"),
        RejectedRow(8, "full name", "must not contain control characters"),
        RejectedRow(9, "full name", "must not be empty"),
        RejectedRow(11, "phone", "'+44 12' is not a valid phone number for GB"),
        RejectedRow(
            11,
            "email",
            "'not-an-email' is not a valid e-mail address (An email address must have an @-sign)",
        ),
        RejectedRow(
            11, "status", "must be one of lead, prospect, customer, owner, lost, not 'happy'"
        ),
    ]
    assert report.rejected_rows == 5
    assert report.duplicates == []
    assert report.ignored_columns == ("Shoe size",)

    cards = customers(db)
    assert set(cards) == {"Zoë Walker", "Ann Lee"}
    zoe = cards["Zoë Walker"]
    assert zoe.primary_phone == "+447400123456"
    assert [(p.e164, p.label, p.is_primary) for p in zoe.phones] == [
        ("+447400123456", "mobile", True)
    ]
    assert zoe.email == "Zoe.Walker@example.co.uk"
    assert zoe.status == "prospect"
    assert zoe.address == "1 High Street; Flat 2, London"
    assert zoe.notes == "Wants a test drive;\nthen a call"  # Windows line break kept as one
    assert zoe.created_at == NOW
    assert cards["Ann Lee"].notes == long_notes
    assert counts(db) == (2, 2, 2)
    with db.reader() as session:
        summaries = session.scalars(select(Interaction.summary)).all()
    assert summaries == ["Imported from excel.csv"] * 2


def test_gb18030_with_chinese_headers_and_tabs(db: Database, tmp_path: Path) -> None:
    content = (
        "姓名\t手机\t邮箱\t状态\t来源\t意向车型\t预算\t备注\n"
        "王伟\t+86 131 2345 6789\twang.wei@example.cn\t潜在客户\t到店\t比亚迪 汉\t250000\t周末来店\n"
        "欧阳娜\t+86 139 1111 2222\t\t线索\t转介绍\t\t\t\n"
        "陈静\t13123456789\t\t\t\t\t\t\n"  # no '+': not a valid number for GB
        "李堃\t+86 137 0000 1111\t\t\t\t\t\t喆\n"  # characters outside GB2312 survive
    )
    path = write(tmp_path / "客户.txt", content, "gb18030")
    table = open_customer_file(path)
    assert (table.encoding, table.delimiter) == ("gb18030", "\t")
    assert guess_mapping(table.headers) == [
        CardField.FULL_NAME,
        CardField.PHONE,
        CardField.EMAIL,
        CardField.STATUS,
        CardField.SOURCE,
        CardField.MODELS_OF_INTEREST,
        CardField.BUDGET_MAX,
        CardField.NOTES,
    ]

    report = run(db, path)

    assert report.rejected == [
        RejectedRow(4, "phone", "'13123456789' is not a valid phone number for GB")
    ]
    cards = customers(db)
    assert set(cards) == {"王伟", "欧阳娜", "李堃"}
    wang = cards["王伟"]
    assert (wang.primary_phone, wang.status, wang.source) == (
        "+8613123456789",
        "prospect",
        "walk_in",
    )
    assert (wang.models_of_interest, wang.budget_max, wang.notes) == (
        "比亚迪 汉",
        Decimal("250000.00"),
        "周末来店",
    )
    assert (cards["欧阳娜"].status, cards["欧阳娜"].source) == ("lead", "referral")
    assert cards["李堃"].notes == "喆"
    assert _names(db, "欧阳") == ["欧阳娜"]


def test_windows_1252_keeps_accents_and_flags_letters_it_lost(db: Database, tmp_path: Path) -> None:
    # 'ą' does not exist in Windows-1252: the program that wrote the file put '?' instead.
    content = (
        "Full name,Phone,Notes\r\n"
        "Thomas Müller,+49 151 23456789,Café owner\r\n"
        "Amélie Lefèvre,+33 6 12 34 56 78,\r\n"
        "Anna Dąbrowska,+48 512 345 678,\r\n"
    )
    path = tmp_path / "old.csv"
    path.write_bytes(content.encode("cp1252", errors="replace"))
    assert b"D?browska" in path.read_bytes()
    assert open_customer_file(path).encoding == "cp1252"

    report = run(db, path)

    assert report.rejected == [
        RejectedRow(
            4,
            "full name",
            "'Anna D?browska' has '?' in place of a letter: the file lost characters when it "
            "was saved; save it as UTF-8 (in Excel: CSV UTF-8) and import it again",
        )
    ]
    cards = customers(db)
    assert set(cards) == {"Thomas Müller", "Amélie Lefèvre"}
    assert cards["Thomas Müller"].notes == "Café owner"
    assert cards["Thomas Müller"].name_folded == "thomas muller"
    assert _names(db, "muller") == ["Thomas Müller"]


def test_xlsx_with_numbers_typed_as_numbers_and_an_empty_row(db: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Customers"
    sheet.append(["Name", "Phone", "Budget", "Trade-in year", "Trade-in mileage", "Consent"])
    sheet.append(["Int International", 447400123456, 35000, 2019, 45000.0, True])  # 2
    sheet.append(["Lost Zero", 7400123457, 35000.5, None, None, False])  # 3
    sheet.append([None, None, None, None, None, None])  # 4: empty
    sheet.append(["Chinese Int", 8613123456789, None, None, None, "yes"])  # 5
    sheet.append(["Float Phone", 447400123458.0, "£40,000", None, None, "maybe"])  # 6
    sheet.append(["Too Short", 12345, None, 1850, None, None])  # 7
    path = tmp_path / "customers.xlsx"
    book.save(path)

    report = run(db, path)

    assert report.rejected == [
        RejectedRow(6, "consent", "must be yes or no, not 'maybe'"),
        RejectedRow(7, "phone", "'12345' is not a valid phone number for GB"),
        RejectedRow(7, "trade-in year", "must be between 1,900 and 2,027"),
    ]
    cards = customers(db)
    assert set(cards) == {"Int International", "Lost Zero", "Chinese Int"}
    first = cards["Int International"]
    assert first.primary_phone == "+447400123456"
    assert (first.budget_max, first.trade_in_year, first.trade_in_mileage_km) == (
        Decimal("35000.00"),
        2019,
        45000,
    )
    assert first.consent_contact is True
    assert first.consent_at == NOW
    lost_zero = cards["Lost Zero"]
    assert (lost_zero.primary_phone, lost_zero.budget_max) == ("+447400123457", Decimal("35000.50"))
    assert lost_zero.consent_contact is False
    assert lost_zero.consent_at is None
    assert cards["Chinese Int"].primary_phone == "+8613123456789"


def test_duplicates_of_customers_on_file_and_of_earlier_rows(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        anna = create_customer(
            session,
            CustomerDraft("Anna Nowak", (PhoneDraft("+48 512 345 678"),), "anna@example.pl"),
            None,
            SETTINGS,
            now=NOW,
        )
    content = (
        "Name,Phone,Phone 2,Email\n"
        "Anna N.,0048 512 345 678,,\n"  # 2: same phone as Anna, written differently
        "A. Nowak,,,ANNA@Example.PL\n"  # 3: same e-mail, other case
        "Ben Carter,+44 7400 111111,,ben@example.com\n"  # 4: new
        "Benjamin Carter,,07400 111111,\n"  # 5: phone 2 = line 4's phone
        "B. Carter,,,Ben@Example.com\n"  # 6: line 4's e-mail
        "Cara Diaz,+44 7400 222222,+48 512 345 678,\n"  # 7: second phone is Anna's
        "Bad Dup,12,,anna@example.pl\n"  # 8: invalid: rejected, not a duplicate
    )
    path = write(tmp_path / "dups.csv", content)
    before = counts(db)

    checked = run(db, path, dry_run=True)
    assert counts(db) == before
    report = run(db, path)

    expected = [
        DuplicateRow(2, "phone", "+48512345678", anna, "Anna Nowak", None),
        DuplicateRow(3, "email", "ANNA@example.pl", anna, "Anna Nowak", None),
        DuplicateRow(5, "phone", "+447400111111", None, None, 4),
        DuplicateRow(6, "email", "Ben@example.com", None, None, 4),
        DuplicateRow(7, "phone", "+48512345678", anna, "Anna Nowak", None),
    ]
    assert report.duplicates == expected
    assert checked.duplicates == expected
    assert [r.line for r in report.rejected] == [8]
    assert (report.imported, checked.imported) == (1, 1)
    assert str(expected[0]) == (
        f"line 2: duplicate: Anna Nowak (customer {anna}) has the same phone +48512345678"
    )
    assert str(expected[2]) == "line 5: duplicate: line 4 has the same phone +447400111111"
    assert set(customers(db)) == {"Anna Nowak", "Ben Carter"}


def test_dry_run_reports_like_the_import_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path / "c.csv",
        "Name,Phone\nAnn Lee,+44 7400 123457\nBad,12\nBob Ray,+44 7400 123458\n",
    )
    before = counts(db)
    checked = run(db, path, dry_run=True)
    assert counts(db) == before
    assert checked.dry_run
    assert (checked.rows_read, checked.imported, checked.rejected_rows) == (3, 2, 1)
    assert checked.first_id is None
    assert "nothing was written" in checked.summary()
    report = run(db, path)
    assert (report.imported, report.rejected) == (checked.imported, checked.rejected)
    assert counts(db) == (before[0] + 2, before[1] + 2, before[2] + 2)


def _big_file(path: Path, rows: int, start: int = 0) -> Path:
    lines = ["Name,Phone,Email"]
    lines += [
        f"Customer {i:05d},+44 7400 {i:06d},customer{i}@example.com"
        for i in range(start, start + rows)
    ]
    return write(path, "\n".join(lines) + "\n")


@pytest.mark.parametrize("failure", [RuntimeError("disk on fire"), ImportCancelled()])
def test_a_failure_half_way_leaves_the_database_as_it_was(
    db: Database, tmp_path: Path, failure: Exception
) -> None:
    path = _big_file(tmp_path / "big.csv", 700)
    before = counts(db)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 3:  # two chunks are written by now
            raise failure

    table = open_customer_file(path)
    with pytest.raises(type(failure)), db.session() as session:
        import_customers(
            session,
            table,
            guess_mapping(table.headers),
            SETTINGS,
            progress=progress,
            chunk_size=200,
        )
    assert calls == [(200, 700), (400, 700), (600, 700)]
    assert counts(db) == before
    if db.is_sqlite:
        with db.reader() as session:
            assert _fts_trigger(session) is not None, "the search trigger came back"
    report = run(db, path)  # and the file imports fine afterwards
    assert report.imported == 700


def _fts_trigger(session: Session) -> str | None:
    return session.execute(
        text(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'customers_fts_insert'"
        )
    ).scalar()


def _names(db: Database, query: str) -> list[str]:
    with db.reader() as session:
        return [r.full_name for r in search_customers(session, CustomerFilter(text=query))]


def test_a_big_import_is_searchable_and_uses_few_statements(db: Database, tmp_path: Path) -> None:
    path = _big_file(tmp_path / "big.csv", 1_200)
    trigger_before = None
    if db.is_sqlite:
        with db.reader() as session:
            trigger_before = _fts_trigger(session)
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.session() as session:
            report = import_customers(
                session,
                open_customer_file(path),
                [CardField.FULL_NAME, CardField.PHONE, CardField.EMAIL],
                SETTINGS,
                chunk_size=500,
                now=NOW,
            )
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert report.imported == 1_200
    # three chunks: an id query, two duplicate queries and three inserts each, plus a few
    # statements around them; never one per row
    assert len(statements) < 40, statements

    assert _names(db, "customer 00123") == ["Customer 00123"]
    assert _names(db, "7400 001199") == ["Customer 01199"]
    assert _names(db, "customer1000@example") == ["Customer 01000"]
    with db.reader() as session:
        stored = session.execute(
            select(
                Customer.name_folded, Customer.primary_phone, Customer.email, Customer.search_text
            )
            .order_by(Customer.id)
            .limit(5)
        ).all()
        for name, phone, email, search_text in stored:
            assert search_text == search_document(name, [phone], email, [], [])
        if db.is_sqlite:
            assert _fts_trigger(session) == trigger_before
            session.execute(
                text("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')")
            )
            session.execute(
                text("INSERT INTO customers_words(customers_words) VALUES ('integrity-check')")
            )
    # the trigger still indexes a card added afterwards
    with db.session() as session:
        create_customer(session, CustomerDraft("Zebedee Quill"), None, SETTINGS)
    assert _names(db, "zebedee") == ["Zebedee Quill"]


# --- columns --------------------------------------------------------------------------------
def test_columns_are_guessed_from_english_and_chinese_headers() -> None:
    headers = [
        "Customer No.",
        "Full name",
        "Mobile",
        "Phone",
        "E-Mail",
        "Trade-in mileage (km)",
        "VIN",
        "电话2",
        "Something else",
        "姓名",
        "邮箱",
    ]
    assert guess_mapping(headers) == [
        None,
        CardField.FULL_NAME,
        CardField.PHONE,
        CardField.PHONE_2,  # a second phone-like column takes the next phone field
        CardField.EMAIL,
        CardField.TRADE_IN_MILEAGE,
        CardField.TRADE_IN_VIN,
        CardField.PHONE_3,
        None,
        None,  # the name is mapped already
        None,
    ]


def test_a_mapping_needs_a_name_column_and_each_field_once(tmp_path: Path) -> None:
    table = open_customer_file(write(tmp_path / "c.csv", "Client ref,Tel\n1,+44 7400 123456\n"))
    mapping = guess_mapping(table.headers)
    assert mapping == [None, CardField.PHONE]
    with pytest.raises(
        ImportFileError, match=r"None of the columns of c\.csv .* holds the customer's name"
    ):
        check_mapping(table, mapping)
    with pytest.raises(ImportFileError, match="'Client ref' and 'Tel' are both mapped to phone"):
        check_mapping(table, [CardField.PHONE, CardField.PHONE])
    check_mapping(table, [CardField.FULL_NAME, CardField.PHONE])


def test_consultants_phone_labels_and_phone_2_are_read(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        ben: UserId = create_user(session, "ben.carter", Role.CONSULTANT, "Ben Carter")
        create_user(session, "sam.one", Role.CONSULTANT, "Sam Lee")
        create_user(session, "sam.two", Role.CONSULTANT, "Sam Lee")
    content = (
        "Name,Phone,Phone 2,Salesperson,Language,Source\n"
        "Ann Lee,020 7946 0018 (work),+44 7400 123456 (home),BEN CARTER,English,Website\n"
        "Bob Ray,,12,ben.carter,,\n"
        "Cy Twombly,+44 7400 123457,,Nobody,,\n"
        "Di Prima,+44 7400 123458,,Sam Lee,中文,\n"
    )
    report = run(db, write(tmp_path / "c.csv", content))
    assert report.rejected == [
        RejectedRow(3, "phone 2", "'12' is not a valid phone number for GB"),
        RejectedRow(4, "consultant", "there is no user named 'Nobody'"),
        RejectedRow(5, "consultant", "'Sam Lee' names more than one user"),
    ]
    ann = customers(db)["Ann Lee"]
    assert [(p.e164, p.label) for p in ann.phones] == [
        ("+442079460018", "work"),
        ("+447400123456", "home"),
    ]
    assert (ann.assigned_consultant_id, ann.preferred_language, ann.source) == (ben, "en", "web")


# --- files that cannot be imported ----------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "c.pdf",
            b"%PDF-1.4",
            "c.pdf cannot be imported: Showroom reads .csv and .xlsx files, not .pdf files.",
        ),
        ("c.xls", b"\xd0\xcf\x11\xe0", "not .xls files"),
        ("empty.csv", b"", "empty.csv is empty."),
        ("blank.csv", b"\xef\xbb\xbf\r\n \r\n", "blank.csv is empty."),
        (
            "header.csv",
            b"Name,Phone\r\n\r\n",
            "header.csv has a header row but no customers below it.",
        ),
        ("book.csv", b"PK\x03\x04rest of a zip", "book.csv is not a CSV file: it is a zip archive"),
        ("bin.csv", b"Name\x00\x00\x00\x01\x02" * 50, "bin.csv is not a text (CSV) file."),
        (
            "broken.xlsx",
            b"PK\x03\x04 not really a zip",
            "broken.xlsx is not an Excel workbook (.xlsx), or it is damaged.",
        ),
        (
            "text.xlsx",
            b"Name,Phone\nAnn,1\n",
            "text.xlsx is not an Excel workbook (.xlsx), or it is damaged.",
        ),
        (
            "noname.csv",
            b"Ref,Tel\n1,2\n",
            "None of the columns of noname.csv ('Ref', 'Tel') holds the customer's name",
        ),
    ],
)
def test_files_that_cannot_be_imported_say_why_and_change_nothing(
    db: Database, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = counts(db)
    with pytest.raises(ShowroomError) as caught:
        run(db, path)
    assert message in str(caught.value)
    assert counts(db) == before


def test_a_missing_file_and_a_folder(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ShowroomError, match=r"There is no file .*nothing\.csv"):
        run(db, tmp_path / "nothing.csv")
    (tmp_path / "dir.csv").mkdir()
    with pytest.raises(ShowroomError, match=r"dir\.csv is a folder, not a file"):
        run(db, tmp_path / "dir.csv")


def test_a_damaged_workbook_part_is_reported(db: Database, tmp_path: Path) -> None:
    import zipfile

    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.active.append(["Ann Lee"])
    book.save(good)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.endswith("sheet1.xml"):
                data = data[: len(data) // 2]  # cut off half-way
            target.writestr(item, data)
    before = counts(db)
    with pytest.raises(ShowroomError, match=r"bad\.xlsx is damaged"):
        run(db, bad)
    assert counts(db) == before


def test_a_quote_left_open_names_its_line_and_imports_nothing(db: Database, tmp_path: Path) -> None:
    # Without strict reading, the open quote would swallow lines 3-5 into one Notes field.
    path = write(
        tmp_path / "c.csv",
        'Name,Notes\nAnn Lee,short\nBob Ray,"open quote\nCat Doe,x\nDan Fox,y\n',
    )
    before = counts(db)
    with pytest.raises(ShowroomError, match=r"Line 3 of c.csv cannot be read as CSV"):
        run(db, path)
    assert counts(db) == before


def test_search_stays_consistent_even_if_a_caller_commits_after_a_failure(
    sqlite_config: AppConfig, tmp_path: Path
) -> None:
    db = open_database(sqlite_config)
    try:
        path = _big_file(tmp_path / "big.csv", 700)
        table = open_customer_file(path)

        def fail_late(done: int, total: int) -> None:
            if done >= 400:
                raise RuntimeError("stop")

        # a careless caller: swallows the error and commits what was written
        with db.session() as session, contextlib.suppress(RuntimeError):
            import_customers(
                session,
                table,
                guess_mapping(table.headers),
                SETTINGS,
                progress=fail_late,
                chunk_size=200,
            )
        assert counts(db)[0] == 400
        with db.reader() as session:
            assert _fts_trigger(session) is not None
            session.execute(
                text("INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')")
            )
        assert _names(db, "customer 00399") == ["Customer 00399"]
        with db.session() as session:
            create_customer(session, CustomerDraft("Zebedee Quill"), None, SETTINGS)
        assert _names(db, "zebedee") == ["Zebedee Quill"]
    finally:
        db.dispose()


def test_a_field_over_the_csv_modules_limit_rejects_only_its_row(
    db: Database, tmp_path: Path
) -> None:
    huge = "x" * 200_000  # over the csv module's default limit of 131,072
    path = write(
        tmp_path / "huge.csv",
        "Name,Phone,Notes\n"
        "Anna Small,+44 7400 100001,fine\n"
        f'Bob Huge,+44 7400 100002,"{huge}"\n'
        f"Cy Huge Name{huge},+44 7400 100003,\n"
        "Dora Small,+44 7400 100004,also fine\n",
    )
    report = run(db, path)
    assert report.imported == 2
    assert sorted({r.line for r in report.rejected}) == [3, 4]
    messages = [str(r) for r in report.problems()]
    assert any("line 3" in m and "10,000 characters" in m for m in messages), messages
    assert set(customers(db)) == {"Anna Small", "Dora Small"}
