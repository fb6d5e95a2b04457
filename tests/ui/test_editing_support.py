"""Shared by the editing and Plan tab tests: one demo database per session, copied per test.

The demo takes a few seconds to build, so it is built once (the first test
module asking for it) and each test works on its own copy of the file.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from PySide6.QtGui import QUndoStack

from planner.services import accounts
from ui.undo import ChangeBus
from ui.workers import WorkerPool
from ui.workspace import WorkspaceContext

AS_OF = date(2026, 11, 27)
#: The demo account the tests edit: Russian names, a full plan, orders and tickets.
ACCOUNT = "Староуральская сталь"
_template: Path | None = None


def demo_template(factory) -> Path:
    """The demo database file, built on first use in this test session."""
    global _template
    if _template is None or not _template.exists():
        from db.store import open_database
        from planner.demo import build_demo

        path = factory.mktemp("editing-demo") / "demo.sqlite"
        database = open_database(path)
        build_demo(database, scale=1, seed=7, as_of=AS_OF)
        database.close()
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        _template = path
    return _template


def open_copy(template: Path, folder: Path):
    """A database of the test's own: a copy of the template, opened."""
    from db.store import open_database

    path = folder / "planner.sqlite"
    shutil.copyfile(template, path)
    return open_database(path)


def context_for(db, parent=None) -> WorkspaceContext:
    return WorkspaceContext(db, QUndoStack(parent), ChangeBus.instance(), WorkerPool(parent))


_account = None


def account_uuid(db):
    """The demo account's UUID (the same in every copy; the portfolio is slow to list, so asked once)."""
    global _account
    if _account is None:
        _account = accounts.resolve(db, ACCOUNT).uuid
    return _account


def test_the_demo_template_has_the_account(tmp_path_factory, tmp_path):
    db = open_copy(demo_template(tmp_path_factory), tmp_path)
    try:
        assert accounts.get(db, account_uuid(db)).currency == "RUB"
    finally:
        db.close()
