"""Integrity checks, backups and restores of a planner database.

SQLite files are copied with SQLite's online backup API, so a backup taken while
the planner runs is consistent. A server database is backed up into a planner
SQLite file (table by table, at the same schema revision) and restored from one,
so a team can carry its data to a laptop and back.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, select, text

import db.models  # noqa: F401  (registers every table on the metadata)
from db.base import Base
from db.engine import make_engine, resolve_url
from db.errors import DatabaseUnavailable, NotAPlannerDatabase
from db.store import (
    Database,
    copy_sqlite,
    current_revision,
    head_revision,
    known_revisions,
    open_database,
    sqlite_file_revision,
)

COPY_CHUNK = 10_000


@dataclass(frozen=True)
class Problem:
    """One finding of the integrity check: a machine-readable kind and a detail."""

    kind: str
    detail: str


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    schema_revision: str | None
    head_revision: str
    backend: str
    problems: tuple[Problem, ...]
    tables: dict[str, int]


def check(database: Database) -> CheckReport:
    """Storage-level integrity: the file's own check, references, and the schema revision."""
    problems: list[Problem] = []
    head = head_revision()
    revision = current_revision(database.engine)
    if revision != head:
        problems.append(Problem("schema_not_at_head", f"schema {revision}, expected {head}"))
    backend = database.url.get_backend_name()
    counts: dict[str, int] = {}
    with database.engine.connect() as conn:
        if backend == "sqlite":
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").fetchall():
                if line != "ok":
                    problems.append(Problem("integrity", line))
            for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(
                    Problem("broken_reference", f"{table} row {rowid} points to a missing {parent}")
                )
        existing = set(inspect(conn).get_table_names())
        missing = sorted(set(Base.metadata.tables) - existing)
        for name in missing:
            problems.append(Problem("missing_table", name))
        for name, table in Base.metadata.tables.items():
            if name in existing:
                counts[name] = conn.execute(select(text("count(*)")).select_from(table)).scalar_one()
    return CheckReport(
        ok=not problems,
        schema_revision=revision,
        head_revision=head,
        backend=backend,
        problems=tuple(problems),
        tables=counts,
    )


def verify_backup_file(path: Path) -> str:
    """The schema revision of a planner backup file; refuses anything else, touching nothing."""
    if not path.is_file():
        raise DatabaseUnavailable(f"{path} does not exist or is not a file")
    revision = sqlite_file_revision(path)
    if revision is None:
        raise NotAPlannerDatabase(f"{path} is empty, not a planner backup")
    if revision not in known_revisions():
        raise NotAPlannerDatabase(
            f"{path} was written by a newer version of the planner (schema {revision})"
        )
    return revision


def backup(database: Database, target: Path) -> Path:
    """Write a complete, consistent copy of the database to ``target`` (an SQLite file)."""
    target = target.expanduser().resolve()
    if database.path is not None and target == database.path.resolve():
        raise DatabaseUnavailable("the backup file cannot be the database itself")
    if target.is_dir():
        raise DatabaseUnavailable(f"{target} is a folder; give a file name for the backup")
    target.parent.mkdir(parents=True, exist_ok=True)
    if database.path is not None:
        copy_sqlite(database.path, target)
        return target
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    copy = open_database(partial)
    try:
        _copy_rows(database.engine, copy.engine)
    finally:
        copy.close()
    _checkpoint(partial)
    partial.replace(target)
    return target


def restore(database: Database, source: Path) -> Path | None:
    """Replace the database's content with a backup; returns the copy kept of what was replaced.

    The backup is verified first and migrated to head in a scratch copy, so a bad
    or old backup never leaves the live database half-written.
    """
    source = source.expanduser().resolve()
    verify_backup_file(source)
    if database.path is not None and source == database.path.resolve():
        raise DatabaseUnavailable("cannot restore a database onto itself")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    scratch = Path(f"{source}.restoring-{stamp}")
    if database.path is not None:
        scratch = database.path.with_name(f".{database.path.name}.restoring-{stamp}")
    try:
        copy_sqlite(source, scratch)
        staged = open_database(scratch, create=False)  # migrates an older backup to head
        staged.close()
        _checkpoint(scratch)
        if database.path is not None:
            kept = database.path.with_name(
                f"{database.path.stem}.before-restore-{stamp}{database.path.suffix or '.sqlite'}"
            )
            copy_sqlite(database.path, kept)
            _sqlite_restore(scratch, database.path)
            return kept
        staged_engine = make_engine(resolve_url(scratch))
        try:
            _copy_rows(staged_engine, database.engine, replace=True)
        finally:
            staged_engine.dispose()
        return None
    finally:
        for leftover in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
            leftover.unlink(missing_ok=True)


def _sqlite_restore(source: Path, target: Path) -> None:
    """Overwrite a live SQLite database page by page with the online backup API."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _copy_rows(source: Engine, target: Engine, *, replace: bool = False) -> None:
    """Copy every planner table, parents first, in one transaction on the target."""
    if current_revision(source) != current_revision(target):
        raise DatabaseUnavailable("source and target are at different schema revisions")
    tables = Base.metadata.sorted_tables
    with source.connect() as src, target.begin() as dst:
        if replace:
            for table in reversed(tables):
                dst.execute(table.delete())
        else:
            # A fresh target already holds the planner marker written by its first migration.
            dst.execute(text("DELETE FROM kap_meta"))
        for table in tables:
            result = src.execution_options(yield_per=COPY_CHUNK).execute(select(table))
            for chunk in result.mappings().partitions(COPY_CHUNK):
                dst.execute(table.insert(), [dict(row) for row in chunk])
        if target.dialect.name == "postgresql":
            for table in tables:
                if "id" in table.c:
                    dst.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', 'id'), "
                            f"COALESCE((SELECT max(id) FROM \"{table.name}\"), 0) + 1, false)"
                        )
                    )
