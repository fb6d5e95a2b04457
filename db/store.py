"""Opening a planner database safely: recognise it, back it up, migrate it to head.

A file that is not a planner database is refused and never written; a database
written by a newer planner is refused and left untouched; an older one is copied
aside before its schema is upgraded.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from db import search
from db.engine import make_engine, make_session_factory, resolve_url, sqlite_path
from db.errors import DatabaseUnavailable, NewerSchema, NotAPlannerDatabase

#: Written into every planner SQLite file's header ("KAP1"), so the file says what it is.
APPLICATION_ID = 0x4B415031
APPLICATION_NAME = "key-account-planner"
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")
FOREIGN_TABLES = "it holds tables that the planner did not write"


@dataclass
class Database:
    """An open planner database: where it is, its engine and its session factory."""

    url: URL
    engine: Engine
    session: sessionmaker[Session]
    #: The SQLite file, or None for a server database.
    path: Path | None
    #: The copy taken before an upgrade, if this opening migrated the schema.
    pre_migration_backup: Path | None = None
    upgraded_from: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        """What the window title and messages call this database (never shows a password)."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def alembic_config():
    """Alembic's configuration, pointed at the shipped migrations (imported only when needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


_REVISION_LINE = re.compile(
    r"^(down_revision|revision)\s*=\s*['\"]?([\w-]+|None)['\"]?", re.MULTILINE
)


def _revision_graph() -> dict[str, str | None]:
    """revision → down_revision, read from the migration files without importing Alembic.

    Opening a database happens at every start; Alembic costs a third of a second
    to import, and is only needed when a migration actually runs.
    """
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(path.read_text("utf-8"))}
        if "revision" in found:
            down = found.get("down_revision")
            graph[found["revision"]] = None if down in (None, "None") else down
    return graph


def head_revision() -> str:
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    if len(heads) != 1:
        raise DatabaseUnavailable(f"the shipped migrations have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(_revision_graph())


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database (by its header), before any driver sees it."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseUnavailable(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(header) == 0:
        return  # an empty file is a new database
    if not header.startswith(SQLITE_MAGIC):
        raise NotAPlannerDatabase(f"{path} is not a planner database (not an SQLite file)")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise NotAPlannerDatabase(
            f"{path} is not a planner database (another application's SQLite file)"
        )


def sqlite_file_revision(path: Path) -> str | None:
    """Read-only look at an SQLite file: its schema revision, None if it has no tables yet.

    Runs before any engine opens the file, because switching a file to WAL mode
    already rewrites its header: a foreign file must be refused untouched.
    """
    check_sqlite_file(path)
    if path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return None
            if not {"kap_meta", "alembic_version"} <= tables:
                raise NotAPlannerDatabase(f"{path} is not a planner database: {FOREIGN_TABLES}")
            marker = conn.execute("SELECT value FROM kap_meta WHERE key='application'").fetchone()
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotAPlannerDatabase(f"{path} is not a planner database ({exc})") from exc
    if marker is None or marker[0] != APPLICATION_NAME:
        raise NotAPlannerDatabase(f"{path} is not a planner database: {FOREIGN_TABLES}")
    return revision[0] if revision else None


def pending_upgrade(target: str | Path) -> str | None:
    """The revision an SQLite file will be upgraded from when opened, None if it will not be
    (a server, a new, current or unreadable file: opening tells what is wrong with those)."""
    path = sqlite_path(resolve_url(target))
    if path is None or not path.is_file():
        return None
    try:
        revision = sqlite_file_revision(path)
    except NotAPlannerDatabase:
        return None
    if revision is None or revision == head_revision() or revision not in known_revisions():
        return None
    return revision


def current_revision(engine: Engine) -> str | None:
    """The schema revision of a planner database, None if it is empty; refuses foreign data."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                return None
            if "alembic_version" not in tables or "kap_meta" not in tables:
                raise NotAPlannerDatabase(FOREIGN_TABLES)
            marker = conn.execute(
                text("SELECT value FROM kap_meta WHERE key = 'application'")
            ).scalar()
            if marker != APPLICATION_NAME:
                raise NotAPlannerDatabase(FOREIGN_TABLES)
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, DatabaseError) as exc:
        if isinstance(exc.orig, sqlite3.DatabaseError):
            raise NotAPlannerDatabase(f"it is not a readable database ({exc.orig})") from exc
        raise DatabaseUnavailable(str(exc.orig or exc)) from exc


def open_database(target: str | Path, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (and if needed create or upgrade) the planner database at a path or URL.

    ``migrate=False`` opens a database as it is, for inspection (``kap check``).
    """
    url = resolve_url(target)
    path = sqlite_path(url)
    if path is not None:
        if path.exists():
            if path.is_dir():
                raise DatabaseUnavailable(f"{path} is a folder, not a database file")
            sqlite_file_revision(path)
        elif not create:
            raise DatabaseUnavailable(f"{path} does not exist")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(f"cannot create {path.parent}: {exc.strerror}") from exc

    engine = make_engine(url)
    try:
        try:
            revision = current_revision(engine)
        except NotAPlannerDatabase as exc:
            raise NotAPlannerDatabase(f"{_name(url, path)} is not a planner database: {exc}") from exc
        database = Database(url=url, engine=engine, session=make_session_factory(engine), path=path)
        head = head_revision()
        if revision is not None and revision not in known_revisions():
            raise NewerSchema(
                f"{_name(url, path)} was written by a newer version of the planner "
                f"(schema {revision}); update the planner to open it. The file was not changed.",
                revision,
            )
        if revision != head and migrate:
            if revision is not None and path is not None:
                database.pre_migration_backup = backup_before_migration(path, revision)
            database.upgraded_from = revision
            upgrade(url)
        if migrate:
            with engine.begin() as conn:
                marked = path is None or (
                    conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
                )
                if not marked:
                    conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                search.ensure(conn)
        return database
    except BaseException:
        engine.dispose()
        raise


def upgrade(url: URL, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction, foreign keys off (SQLite rebuilds)."""
    from alembic import command

    engine = make_engine(url, foreign_keys=False)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            search.ensure(conn)
            if url.get_backend_name() == "sqlite":
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseUnavailable(
                        f"migration left {len(broken)} broken references; nothing was changed"
                    )
    finally:
        engine.dispose()


def backup_before_migration(path: Path, revision: str) -> Path:
    """Copy an SQLite database aside (online backup API) before its schema changes."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix or '.sqlite'}")
    copy_sqlite(path, target)
    return target


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database, written aside and renamed into place."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)


def _name(url: URL, path: Path | None) -> str:
    return str(path) if path is not None else url.render_as_string(hide_password=True)
