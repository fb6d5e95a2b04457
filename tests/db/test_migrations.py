"""Migrations: empty → head, every revision → head with data kept, refusals that touch nothing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

import db.store as store
from db.base import Base
from db.errors import NewerSchema, NotAPlannerDatabase
from db.search import is_search_object
from db.store import APPLICATION_ID, alembic_config, head_revision, open_database, upgrade

EXTRA_REVISION = '''
"""Test-only revision: adds a column, as a real later migration would."""
import sqlalchemy as sa
from alembic import op

revision = "t0002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


def downgrade():
    with op.batch_alter_table("account") as batch:
        batch.drop_column("nickname")
'''


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _seed(url: str) -> None:
    """Rows written with the columns of the first revision, so every later one must keep them."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO account (id, uuid, created_at, updated_at, name, tier, stage, currency,"
                " language) VALUES (1, :u, '2025-01-01 00:00:00', '2025-01-01 00:00:00',"
                " 'Уралсталь', 'key', 'growth', 'RUB', 'ru')"
            ),
            {"u": "0" * 31 + "1"},
        )
        conn.execute(
            text(
                "INSERT INTO person (id, uuid, created_at, updated_at, account_id, full_name,"
                " influence, interest, attitude, relationship_strength, left_company)"
                " VALUES (1, :u, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1, 'Иван', 5, 4,"
                " 'champion', 3, false)"
            ),
            {"u": "0" * 31 + "2"},
        )
    engine.dispose()


def test_empty_to_head_matches_the_models(any_db):
    with any_db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": lambda obj, name, *_: not is_search_object(name)}
        )
        assert context.get_current_revision() == head_revision()
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations disagree: {diff}"


@pytest.mark.parametrize("start", _revisions())
def test_every_revision_upgrades_to_head_keeping_data(tmp_path, start):
    path = tmp_path / "old.sqlite"
    url = f"sqlite:///{path}"
    upgrade(store.resolve_url(path), start)
    # An older planner marked its file too.
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    _seed(url)
    database = open_database(path)
    try:
        with database.engine.connect() as conn:
            rows = conn.execute(text("SELECT a.name, p.full_name FROM account a JOIN person p"
                                     " ON p.account_id = a.id")).all()
        assert rows == [("Уралсталь", "Иван")]
    finally:
        database.close()


@pytest.fixture
def later_migrations(tmp_path, monkeypatch) -> Path:
    """A copy of the migrations with one extra revision, as the next release would ship."""
    folder = tmp_path / "migrations"
    shutil.copytree(store.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "t0002_extra.py").write_text(
        EXTRA_REVISION.format(head=head_revision()), encoding="utf-8"
    )
    monkeypatch.setattr(store, "MIGRATIONS", folder)
    return folder


def test_upgrade_takes_a_backup_first_and_keeps_data(tmp_path, monkeypatch, later_migrations):
    path = tmp_path / "planner.sqlite"
    monkeypatch.setattr(store, "MIGRATIONS", Path(store.__file__).with_name("migrations"))
    shipped_head = head_revision()
    open_database(path).close()
    _seed(f"sqlite:///{path}")
    before = _digest(path)
    monkeypatch.setattr(store, "MIGRATIONS", later_migrations)

    database = open_database(path)
    try:
        assert database.upgraded_from == shipped_head
        assert database.pre_migration_backup is not None
        assert _digest(database.pre_migration_backup) != ""  # a complete, readable copy
        with sqlite3.connect(database.pre_migration_backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (shipped_head,)
            assert old.execute("SELECT name FROM account").fetchone() == ("Уралсталь",)
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT name, nickname FROM account")).one() == ("Уралсталь", None)
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "t0002"
    finally:
        database.close()
    assert before  # the original content was hashed before the upgrade


def test_newer_database_is_refused_and_unchanged(tmp_path, monkeypatch, later_migrations):
    path = tmp_path / "newer.sqlite"
    open_database(path).close()  # written by the "newer" planner (with t0002)
    monkeypatch.setattr(store, "MIGRATIONS", Path(store.__file__).with_name("migrations"))
    before = _digest(path)
    with pytest.raises(NewerSchema, match="newer version"):
        open_database(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("newer")) == [
        "newer.sqlite"
    ]


@pytest.mark.parametrize(
    "content",
    [b"name;revenue\nA;1\n", b"", b"SQLite format 3\x00" + b"\x00" * 50],
    ids=["csv", "empty-is-new", "truncated-sqlite"],
)
def test_files_that_are_not_planner_databases(tmp_path, content):
    path = tmp_path / "thing.sqlite"
    path.write_bytes(content)
    if content == b"":
        open_database(path).close()  # an empty file is simply a new database
        return
    with pytest.raises(NotAPlannerDatabase):
        open_database(path)
    assert path.read_bytes() == content


def test_another_applications_sqlite_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('ACME')")
    before = _digest(path)
    with pytest.raises(NotAPlannerDatabase, match="did not write"):
        open_database(path)
    assert _digest(path) == before


def test_postgres_schema_with_foreign_tables_is_refused(pg_url):
    from sqlalchemy import create_engine

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    engine.dispose()
    with pytest.raises(NotAPlannerDatabase):
        open_database(pg_url)


def test_revision_graph_agrees_with_alembic():
    """The start-up path reads revisions without Alembic; it must see what Alembic sees."""
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert store.known_revisions() == {rev.revision for rev in script.walk_revisions()}
