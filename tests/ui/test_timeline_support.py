"""Shared by the timeline and import UI tests: one demo database per test session.

The demo (``build_demo(scale=1, seed=7, as_of=AS_OF)``, 5,000+ interactions per
account) is built once into a temporary folder on first use; modules open it read-only
or copy the file for tests that write. Also: a check that the demo holds what the
timeline tests rely on.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

AS_OF = date(2026, 11, 27)
#: The demo account whose engagement drops as of AS_OF (the rule fires).
DROPPING = "Brenner Fahrzeugtechnik"
#: A Russian demo account, for searching Cyrillic words.
RUSSIAN = "Староуральская сталь"

_built: dict[str, Path] = {}


def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's demo database file (built on the first call)."""
    path = _built.get("demo")
    if path is not None and path.exists():
        return path
    from db.store import open_database
    from planner.demo import build_demo

    path = tmp_path_factory.mktemp("timeline-demo") / "demo.sqlite"
    db = open_database(path)
    try:
        build_demo(db, scale=1, seed=7, as_of=AS_OF)
    finally:
        db.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    _built["demo"] = path
    return path


def copy_of(source: Path, folder: Path) -> Path:
    target = folder / "planner.sqlite"
    shutil.copyfile(source, target)
    return target


def account_uuid(db, name: str):
    from planner.services import accounts

    return accounts.resolve(db, name).uuid


def test_the_demo_has_thousands_of_interactions_per_account(tmp_path_factory):
    from db.store import open_database
    from planner.timeline import query

    db = open_database(demo_file(tmp_path_factory))
    try:
        page = query.timeline(db, account_uuid(db, DROPPING), limit=1000)
        assert len(page.entries) == 1000 and page.next_cursor is not None
    finally:
        db.close()
