"""Measurement periods (calendar month, quarter) and how records fall into them.

Periods are cut by UTC calendar date: an aware datetime is converted to UTC and
its date decides the period, so a delivery or ticket at 23:30 UTC on 30 September
counts in Q3 whatever zone it was entered in. Explicit and the same on every laptop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property

from db.enums import SlaPeriod
from planner.errors import ValidationError

_QUARTER = re.compile(r"^\s*(\d{4})-?[Qq]([1-4])\s*$")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Period:
    """One calendar month or quarter; ``index`` is the month (1–12) or quarter (1–4)."""

    kind: SlaPeriod
    year: int
    index: int

    @cached_property
    def start(self) -> date:
        month = self.index if self.kind is SlaPeriod.MONTH else 3 * self.index - 2
        return date(self.year, month, 1)

    @cached_property
    def end(self) -> date:
        """The first day after the period (exclusive bound)."""
        return self.next().start

    @property
    def label(self) -> str:
        if self.kind is SlaPeriod.MONTH:
            return f"{self.year}-{self.index:02d}"
        return f"{self.year}-Q{self.index}"

    def __str__(self) -> str:
        return self.label

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end

    def next(self) -> Period:
        size = 12 if self.kind is SlaPeriod.MONTH else 4
        if self.index == size:
            return Period(self.kind, self.year + 1, 1)
        return Period(self.kind, self.year, self.index + 1)

    def previous(self) -> Period:
        size = 12 if self.kind is SlaPeriod.MONTH else 4
        if self.index == 1:
            return Period(self.kind, self.year - 1, size)
        return Period(self.kind, self.year, self.index - 1)

    def is_complete(self, today: date) -> bool:
        """True once the whole period lies before ``today``."""
        return self.end <= today

    def start_at(self) -> datetime:
        return datetime.combine(self.start, time(0), tzinfo=UTC)

    def end_at(self) -> datetime:
        return datetime.combine(self.end, time(0), tzinfo=UTC)


def period_of(day: date, kind: SlaPeriod) -> Period:
    """The period of ``kind`` that contains ``day``."""
    if kind is SlaPeriod.MONTH:
        return Period(kind, day.year, day.month)
    return Period(kind, day.year, (day.month - 1) // 3 + 1)


def utc_day(moment: datetime) -> date:
    """The UTC calendar date of an aware datetime (naive ones are refused)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}")
    return moment.astimezone(UTC).date()


def periods_back(last: Period, count: int) -> list[Period]:
    """``count`` consecutive periods ending with ``last``, oldest first."""
    out = [last]
    while len(out) < count:
        out.append(out[-1].previous())
    return out[::-1]


def parse_period(text: str) -> Period:
    """``2026-Q3`` (quarter) or ``2026-09`` (month); anything else is a ValidationError."""
    match = _QUARTER.match(text)
    if match:
        return Period(SlaPeriod.QUARTER, int(match[1]), int(match[2]))
    match = _MONTH.match(text)
    if match and 1 <= int(match[2]) <= 12:
        return Period(SlaPeriod.MONTH, int(match[1]), int(match[2]))
    raise ValidationError("period", f"{text!r} is not a period such as 2026-Q3 or 2026-09")


def end_of_day(day: date) -> datetime:
    """The last instant of a UTC day: what "as of 27.11.2026" means for timestamps."""
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC) - timedelta(microseconds=1)


def moment_of(as_of: date | None, now: datetime | None = None) -> datetime:
    """The instant the rules judge at: now for today (or no date), else the end of that day."""
    now = now or datetime.now(UTC)
    if as_of is None or as_of == utc_day(now):
        return now
    return end_of_day(as_of)
