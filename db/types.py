"""Column types shared by every model.

Times are stored in UTC and always come back timezone-aware, whatever the
backend: SQLite keeps no offset, PostgreSQL keeps ``timestamptz``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Numeric
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A datetime that must be aware on the way in and is aware (UTC) on the way out."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: give it a time zone")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    """The current time, aware, in UTC: the default for every timestamp column."""
    return datetime.now(UTC)


#: Money is exact: amounts in the smallest sensible unit with two decimals.
Money = Numeric(18, 2, asdecimal=True)
#: Quantities may be fractional (tonnes, metres).
Quantity = Numeric(18, 3, asdecimal=True)
#: Scores, rates and targets (99.5 %, 250 ppm, NPS 42).
Measure = Numeric(12, 4, asdecimal=True)
