"""Imports and exports leave their trace in the audit trail, and imported customers say
where they came from (on SQLite and PostgreSQL: the ``db`` fixture runs both)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from showroom.admin.users import create_user
from showroom.core.ids import UserId
from showroom.customers.exporting import export_customers, log_export
from showroom.customers.importing import import_customer_file
from showroom.kernel.roles import Role
from showroom.kernel.settings import ShowroomSettings
from showroom.storage.database import Database
from showroom.storage.models import AuditEntry, Customer

SETTINGS = ShowroomSettings(default_region="GB")


def _manager(db: Database) -> UserId:
    with db.session() as session:
        return create_user(session, "mia.manager", Role.MANAGER, "Mia Manager")


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "autumn leads.csv"
    path.write_text(
        "Full name,Mobile,Source\n"
        "Ada Lovelace,07400 765432,\n"
        "Bea Brown,07400 765433,referral\n"
        "Bad Phone,12,\n"
        "Ada Again,07400 765432,\n",
        encoding="utf-8",
    )
    return path


def test_an_import_is_in_the_audit_trail_with_who_file_and_counts(
    db: Database, tmp_path: Path
) -> None:
    manager = _manager(db)
    path = _file(tmp_path)
    with db.session() as session:
        import_customer_file(session, path, SETTINGS, actor_id=manager, dry_run=True)
        import_customer_file(session, path, SETTINGS, actor_id=manager)
    with db.reader() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
        assert len(entries) == 1  # the dry run wrote nothing, not even an entry
        entry = entries[0]
        assert (entry.user_id, entry.user_name, entry.entity) == (
            manager,
            "Mia Manager",
            "customers",
        )
        assert entry.at is not None
        assert entry.summary == (
            "autumn leads.csv: 4 rows read, 2 imported, 1 rejected, 1 duplicate"
        )


def test_imported_customers_come_from_the_import_unless_the_file_says(
    db: Database, tmp_path: Path
) -> None:
    manager = _manager(db)
    with db.session() as session:
        import_customer_file(session, _file(tmp_path), SETTINGS, actor_id=manager)
    with db.reader() as session:
        sources = dict(session.execute(select(Customer.full_name, Customer.source)).all())
    assert sources == {"Ada Lovelace": "import", "Bea Brown": "referral"}


def test_an_export_is_in_the_audit_trail_with_its_filter(db: Database, tmp_path: Path) -> None:
    manager = _manager(db)
    with db.session() as session:
        import_customer_file(session, _file(tmp_path), SETTINGS, actor_id=manager)
    path = tmp_path / "all.csv"
    with db.reader() as session:
        report = export_customers(session, path, actor_id=manager)
    with db.session() as session:
        log_export(session, manager, report)
    with db.reader() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert (entry.user_id, entry.entity) == (manager, "customers")
    assert entry.summary == "2 customers to all.csv (filter: all customers)"
