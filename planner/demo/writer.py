"""Fast, ordered bulk inserts for the demo builder.

Rows are buffered per table as plain dicts with integer keys assigned here, so
children can point at parents without a round trip. A flush writes every
buffered table parent-first in chunks of Core ``executemany`` inserts; the
caller owns the transaction.

On SQLite the per-value type processing of SQLAlchemy (aware datetimes to UTC
text, UUIDs to hex) costs more than SQLite's own work, so there the writer
executes the table's compiled INSERT with values converted exactly as those
column types store them. The result is byte-identical to the typed path
(``tests/db/test_demo.py`` checks), which every other backend uses.

The two hot tables (a million interactions, two million participants) skip
even the dicts: their generator appends tuples whose UUIDs and times it
encoded with ``new_uuid_value`` / ``encode_time``, already in stored form on
the fast path and plain Python objects otherwise.
"""

from __future__ import annotations

import operator
import random
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Date, DateTime, Numeric, Table, Uuid, func, select

import db.models  # noqa: F401  (registers every table on the metadata)
from db.base import Base
from db.types import UTCDateTime

CHUNK_ROWS = 20_000
#: Tables whose rows carry an integer ``id`` that the demo assigns itself.
ID_TABLES = tuple(t.name for t in Base.metadata.sorted_tables if "id" in t.c)

_UUID = uuid.UUID
_SAFE = uuid.SafeUUID.unknown
#: Version 4 and the RFC 4122 variant, as ``uuid.UUID(int=..., version=4)`` sets them.
_V4_CLEAR = ~(0xF000 << 64) & ~(0xC000 << 48) & ((1 << 128) - 1)
_V4_SET = (0x4000 << 64) | (0x8000 << 48)


def _uuid_v4_fast(bits: int) -> uuid.UUID:
    """``uuid.UUID(int=bits, version=4)`` at half the cost (skips argument checking)."""
    made = object.__new__(_UUID)
    object.__setattr__(made, "int", (bits & _V4_CLEAR) | _V4_SET)
    object.__setattr__(made, "is_safe", _SAFE)
    return made


def _uuid_v4_plain(bits: int) -> uuid.UUID:
    return _UUID(int=bits, version=4)


def _pick_uuid_maker():
    try:
        if _uuid_v4_fast(12345 << 64) == _uuid_v4_plain(12345 << 64):
            return _uuid_v4_fast
    except (AttributeError, TypeError):  # a future uuid.UUID without these slots
        pass
    return _uuid_v4_plain


make_uuid = _pick_uuid_maker()


#: Whether SQLite gets the pre-converted fast path (tests switch it off to compare).
FAST_SQLITE = True


def _sqlite_converter(column) -> Callable | None:
    """How a column type stores a Python value in SQLite, or None if it stores it as is."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _utc_text
    if isinstance(kind, Uuid):
        return _uuid_hex
    if isinstance(kind, DateTime):
        raise TypeError(f"{column}: only UTCDateTime columns are expected")
    if isinstance(kind, Date):
        return date.isoformat
    if isinstance(kind, Numeric):
        return float
    return None


def _uuid_hex(value: uuid.UUID) -> str:
    return value.hex


class _SqliteInsert:
    """One table's compiled INSERT and the conversions its values need on SQLite."""

    def __init__(self, conn: Connection, table: Table, columns: tuple[str, ...]) -> None:
        compiled = table.insert().compile(dialect=conn.dialect, column_keys=list(columns))
        self.sql = str(compiled)
        order = compiled.positiontup
        self.getter = operator.itemgetter(*order)
        self.single = len(order) == 1
        converters = [(i, _sqlite_converter(table.c[name])) for i, name in enumerate(order)]
        self.converters = [(i, convert) for i, convert in converters if convert is not None]

    def params(self, rows: list[dict]) -> list[tuple]:
        getter = self.getter
        if not self.converters:
            return [(getter(r),) if self.single else getter(r) for r in rows]
        converters = self.converters
        out = []
        for row in rows:
            values = list(getter(row))
            for i, convert in converters:
                if values[i] is not None:
                    values[i] = convert(values[i])
            out.append(tuple(values))
        return out


class BulkWriter:
    """Buffers rows per table and writes them parent-first in large Core inserts."""

    def __init__(
        self,
        conn: Connection,
        rng: random.Random,
        *,
        chunk_rows: int = CHUNK_ROWS,
        on_flush: Callable[[], None] | None = None,
    ) -> None:
        self.conn = conn
        self.rng = rng
        self.chunk_rows = chunk_rows
        self.on_flush = on_flush
        self._tables: dict[str, Table] = {t.name: t for t in Base.metadata.sorted_tables}
        self._order = [t.name for t in Base.metadata.sorted_tables]
        self._buffers: dict[str, list[dict]] = {name: [] for name in self._order}
        self._tuples: dict[str, list[tuple]] = {name: [] for name in self._order}
        self._tuple_columns: dict[str, tuple[str, ...]] = {}
        self._next_id: dict[str, int] = {}
        self.counts: Counter[str] = Counter()
        self.fast = FAST_SQLITE and conn.dialect.name == "sqlite"
        self._compiled: dict[tuple[str, tuple[str, ...]], _SqliteInsert] = {}
        #: A new UUID in stored form (hex on the fast path), and an aware datetime likewise.
        self.new_uuid_value: Callable[[], object] = self._uuid_hex if self.fast else self.uuid
        self.encode_time: Callable[[datetime], object] = _utc_text if self.fast else _same

    def start_ids(self) -> None:
        """Continue after the highest id already present in each table."""
        for name in ID_TABLES:
            table = self._tables[name]
            highest = self.conn.execute(select(func.max(table.c.id))).scalar()
            self._next_id[name] = (highest or 0) + 1

    def new_id(self, table: str) -> int:
        value = self._next_id[table]
        self._next_id[table] = value + 1
        return value

    def take(self, table: str, count: int) -> int:
        """Reserve ``count`` consecutive ids; returns the first."""
        first = self._next_id[table]
        self._next_id[table] = first + count
        return first

    def peek(self, table: str) -> int:
        return self._next_id[table]

    def uuid(self) -> uuid.UUID:
        """A version-4 UUID drawn from the seeded generator, so builds repeat exactly."""
        return make_uuid(self.rng.getrandbits(128))

    def _uuid_hex(self) -> str:
        """The hex form of what ``uuid()`` would return, without building the object."""
        return "%032x" % ((self.rng.getrandbits(128) & _V4_CLEAR) | _V4_SET)  # noqa: UP031 (fastest)

    def add(self, table: str, row: dict) -> None:
        self._buffers[table].append(row)

    def tuples(self, table: str, columns: tuple[str, ...]) -> list[tuple]:
        """The buffer of pre-encoded tuple rows of a table, in ``columns`` order."""
        if self._tuple_columns.setdefault(table, columns) != columns:
            raise ValueError(f"{table}: tuple rows already use other columns")
        return self._tuples[table]

    def pending(self) -> int:
        return sum(map(len, self._buffers.values())) + sum(map(len, self._tuples.values()))

    def maybe_flush(self) -> None:
        if self.pending() >= self.chunk_rows:
            self.flush()

    def flush(self) -> None:
        """Write every buffered row, parents before children."""
        for name in self._order:
            rows, encoded = self._buffers[name], self._tuples[name]
            if not rows and not encoded:
                continue
            for start in range(0, len(rows), self.chunk_rows):
                self._insert(name, rows[start : start + self.chunk_rows])
            for start in range(0, len(encoded), self.chunk_rows):
                self._insert_tuples(name, encoded[start : start + self.chunk_rows])
            self.counts[name] += len(rows) + len(encoded)
            rows.clear()
            encoded.clear()
            if self.on_flush is not None:
                self.on_flush()

    def _insert(self, name: str, rows: list[dict]) -> None:
        table = self._tables[name]
        if not self.fast:
            self.conn.execute(table.insert(), rows)
            return
        key = (name, tuple(rows[0]))
        statement = self._compiled.get(key)
        if statement is None:
            statement = self._compiled[key] = _SqliteInsert(self.conn, table, key[1])
        self.conn.exec_driver_sql(statement.sql, statement.params(rows))

    def _insert_tuples(self, name: str, rows: list[tuple]) -> None:
        columns = self._tuple_columns[name]
        table = self._tables[name]
        if not self.fast:
            self.conn.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])
            return
        quote = self.conn.dialect.identifier_preparer.quote
        sql = (f"INSERT INTO {quote(name)} ({', '.join(quote(c) for c in columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        self.conn.exec_driver_sql(sql, rows)

    def written(self) -> list[str]:
        """Tables that received rows (for bumping PostgreSQL sequences)."""
        return [name for name in self._order if self.counts[name] and name in ID_TABLES]


def _utc_text(moment: datetime) -> str:
    """An aware datetime as UTCDateTime stores it in SQLite (naive UTC, microseconds)."""
    if moment.tzinfo is not UTC:
        if moment.tzinfo is None:
            raise ValueError(f"naive datetime {moment!r}: give it a time zone")
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None).isoformat(" ", "microseconds")


def _same(value):
    return value
