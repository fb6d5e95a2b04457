"""Integrity check, backup and restore on both backends; bad backups change nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import text

from planner.errors import ErrorCode, PlannerError
from planner.services import accounts, maintenance
from planner.services.accounts import AccountInput


def _names(db) -> list[str]:
    return sorted(a.name for a in accounts.list_accounts(db))


def test_check_reports_a_healthy_database(any_db):
    accounts.create(any_db, AccountInput(name="Уралсталь", currency="RUB"))
    report = maintenance.check(any_db)
    assert report.ok and report.problems == ()
    assert report.schema_revision == report.head_revision
    assert report.tables["account"] == 1


def test_check_finds_broken_references(sqlite_db):
    with sqlite3.connect(sqlite_db.path) as conn:  # another tool, foreign keys off
        conn.execute(
            "INSERT INTO site (uuid, created_at, updated_at, account_id, name)"
            " VALUES ('00000000000000000000000000000009', '2025-01-01', '2025-01-01', 42, 'Ghost')"
        )
    report = maintenance.check(sqlite_db)
    assert not report.ok
    assert [p.kind for p in report.problems] == ["broken_reference"]


def test_backup_and_restore_round_trip(any_db, tmp_path):
    accounts.create(any_db, AccountInput(name="Уралсталь", currency="RUB",
                                         annual_revenue=Decimal("10.50")))
    backup = maintenance.backup(any_db, tmp_path / "copy.sqlite")
    accounts.create(any_db, AccountInput(name="Added after the backup"))
    assert _names(any_db) == ["Added after the backup", "Уралсталь"]

    kept = maintenance.restore(any_db, backup)
    assert _names(any_db) == ["Уралсталь"]
    assert accounts.list_accounts(any_db)[0].revenue == Decimal("10.50")
    if any_db.path is not None:
        # What the restore replaced is kept beside the database.
        with sqlite3.connect(kept) as conn:
            assert conn.execute("SELECT count(*) FROM account").fetchone() == (2,)
    # New records still get fresh keys after a restore (sequences follow on PostgreSQL).
    accounts.create(any_db, AccountInput(name="After the restore"))
    assert len(_names(any_db)) == 2


@pytest.mark.parametrize(
    "content", [b"", b"not a database at all", b"SQLite format 3\x00garbage"],
    ids=["empty", "text", "truncated"],
)
def test_restore_refuses_what_is_not_a_backup(sqlite_db, tmp_path, content):
    accounts.create(sqlite_db, AccountInput(name="Keep me"))
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    before = hashlib.sha256(sqlite_db.path.read_bytes()).hexdigest()
    with pytest.raises(PlannerError) as caught:
        maintenance.restore(sqlite_db, bad)
    assert caught.value.code == ErrorCode.NOT_A_PLANNER_DATABASE
    assert _names(sqlite_db) == ["Keep me"]
    assert hashlib.sha256(sqlite_db.path.read_bytes()).hexdigest() == before
    assert bad.read_bytes() == content


def test_restore_refuses_another_applications_database(sqlite_db, tmp_path):
    other = tmp_path / "crm.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(PlannerError, match="not a planner database"):
        maintenance.restore(sqlite_db, other)


def test_backup_never_overwrites_a_foreign_file(sqlite_db, tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"PK\x03\x04 important document")
    for force in (False, True):
        with pytest.raises(PlannerError):
            maintenance.backup(sqlite_db, target, overwrite=force)
    assert target.read_bytes() == b"PK\x03\x04 important document"


def test_backup_replaces_an_older_backup_only_when_forced(sqlite_db, tmp_path):
    target = maintenance.backup(sqlite_db, tmp_path / "b.sqlite")
    with pytest.raises(PlannerError, match="--force"):
        maintenance.backup(sqlite_db, target)
    accounts.create(sqlite_db, AccountInput(name="Newer"))
    maintenance.backup(sqlite_db, target, overwrite=True)
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT name FROM account").fetchall() == [("Newer",)]


def test_backup_is_consistent_while_a_write_is_open(sqlite_db, tmp_path):
    """The online backup copies committed data only, never a half-written transaction."""
    accounts.create(sqlite_db, AccountInput(name="Committed"))
    with sqlite_db.engine.connect() as conn:
        conn.execute(text("UPDATE account SET name = 'uncommitted'"))
        target = maintenance.backup(sqlite_db, tmp_path / "during.sqlite")
        conn.rollback()
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT name FROM account").fetchall() == [("Committed",)]
