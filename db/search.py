"""Full-text search over accounts, people and interactions, one interface for both backends.

SQLite: FTS5 external-content tables kept current by triggers (the unicode61
tokenizer folds case for Cyrillic too: "поставка" finds "Поставка").
PostgreSQL: GIN indexes on ``to_tsvector('simple', ...)`` expressions, queried
with the same expressions. The index is derived data: ``ensure`` (re)creates it
after every migration, since SQLite table rebuilds drop triggers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, text

#: Searchable text of each entity: the table, its columns and the column shown as title.
SOURCES: dict[str, tuple[str, tuple[str, ...]]] = {
    "account": ("account", ("name", "legal_name", "industry", "description", "strategic_goals")),
    "person": ("person", ("full_name", "title", "department", "priorities", "internal_notes")),
    "interaction": ("interaction", ("subject", "summary")),
}
INDEX_PREFIXES = ("fts_", "ix_search_")
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    """One match: which record, its account, and how well it matched (lower is better)."""

    entity: str
    id: int
    account_id: int | None
    rank: float


def is_search_object(name: str | None) -> bool:
    """Whether a table or index belongs to the search index (skipped by schema comparisons)."""
    return bool(name) and name.startswith(INDEX_PREFIXES)


def tokens(query: str) -> list[str]:
    """The words of a query, each reduced to a stem where that stem is a prefix of it.

    Matching stems as prefixes lets "поставка" find "поставки" and "поставку";
    a stem that is not a prefix ("delivery" → "deliveri") is not used.
    """
    return [_stem(word.lower()) for word in _TOKEN.findall(query)[:8]]


def _stem(word: str) -> str:
    if len(word) < 5:
        return word
    stemmer = _stemmer("russian" if re.search("[а-яё]", word) else "english")
    stem = stemmer.stemWord(word)
    return stem if len(stem) >= 3 and word.startswith(stem) else word


@lru_cache(maxsize=2)
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer(language)


def ensure(conn: Connection) -> None:
    """Create the index if missing (and fill it); cheap when it is already in place."""
    if conn.dialect.name == "sqlite":
        _ensure_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        _ensure_postgres(conn)


def _ensure_sqlite(conn: Connection) -> None:
    existing = {
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
        )
    }
    for entity, (table, columns) in SOURCES.items():
        fts = f"fts_{entity}"
        cols = ", ".join(columns)
        new_values = ", ".join(f"new.{c}" for c in columns)
        old_values = ", ".join(f"old.{c}" for c in columns)
        fresh = fts not in existing
        if fresh:
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
                "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
            )
        triggers = {
            f"{fts}_ai": f"AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new_values}); END",
            f"{fts}_ad": f"AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old_values}); END",
            f"{fts}_au": f"AFTER UPDATE OF {cols} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old_values}); "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new_values}); END",
        }
        missing = [name for name in triggers if name not in existing]
        for name in missing:
            conn.exec_driver_sql(f"CREATE TRIGGER {name} {triggers[name]}")
        if fresh or missing:
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _pg_vector(columns: tuple[str, ...]) -> str:
    joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    return f"to_tsvector('simple', {joined})"


def _ensure_postgres(conn: Connection) -> None:
    for entity, (table, columns) in SOURCES.items():
        conn.exec_driver_sql(
            f'CREATE INDEX IF NOT EXISTS ix_search_{entity} ON "{table}" '
            f"USING gin ({_pg_vector(columns)})"
        )


def suspend(conn: Connection) -> None:
    """Drop the SQLite triggers before a bulk load; ``ensure`` afterwards rebuilds the index."""
    if conn.dialect.name != "sqlite":
        return
    for entity in SOURCES:
        for suffix in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS fts_{entity}_{suffix}")


def search(conn: Connection, query: str, *, entity: str, limit: int = 20) -> list[Hit]:
    """Records of one entity matching every word of ``query`` as a prefix: accounts and people
    best first, interactions newest first."""
    words = tokens(query)
    if not words:
        return []
    table, columns = SOURCES[entity]
    live = "AND t.deleted_at IS NULL"
    account = "t.id" if entity == "account" else "t.account_id"
    # Interactions come newest first: what a manager looks for, and ranking every match of a
    # common word across a million interactions costs 5x more (330 ms against 60 ms).
    newest = entity == "interaction"
    if conn.dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
        rows = conn.execute(
            text(
                f"SELECT t.id, {account}, {'0' if newest else f'bm25(fts_{entity})'} AS rank "
                f"FROM fts_{entity} JOIN {table} t ON t.id = fts_{entity}.rowid "
                f"WHERE fts_{entity} MATCH :match {live} "
                f"ORDER BY {'t.occurred_at DESC' if newest else 'rank'} LIMIT :limit"
            ),
            {"match": match, "limit": limit},
        )
    else:
        tsquery = " & ".join(f"{w}:*" for w in words)
        vector = _pg_vector(tuple(f"t.{c}" for c in columns))
        rows = conn.execute(
            text(
                f"SELECT t.id, {account}, {'0' if newest else f'-ts_rank({vector}, q)'} AS rank "
                f'FROM "{table}" t, '
                f"to_tsquery('simple', :q) q WHERE {vector} @@ q {live} "
                f"ORDER BY {'t.occurred_at DESC' if newest else 'rank'} LIMIT :limit"
            ),
            {"q": tsquery, "limit": limit},
        )
    return [Hit(entity, row[0], row[1], float(row[2])) for row in rows]
