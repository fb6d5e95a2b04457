"""The rows of the timeline list: month headers, gaps and interactions, built page by page.

The planner hands out interactions newest first, one page at a time; ``RowBuilder``
turns each page into rows, starting a month header when the (local) month changes
and putting a gap row between two interactions that lie ``GAP_DAYS`` or more apart,
across page boundaries too. Plain Python, so it is tested without a view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from planner.timeline.months import GAP_DAYS, Gap, gaps_in, month_of, with_gaps
from planner.timeline.query import TimelineEntry


@dataclass(frozen=True)
class MonthRow:
    month: date


@dataclass(frozen=True)
class GapRow:
    gap: Gap


@dataclass(frozen=True)
class EntryRow:
    entry: TimelineEntry


Row = MonthRow | GapRow | EntryRow


class RowBuilder:
    """Remembers the last interaction and month seen, so the next page continues the list."""

    def __init__(self, *, now: datetime | None = None, min_days: int = GAP_DAYS) -> None:
        #: When set, a silence from the newest interaction up to ``now`` shows as an ongoing gap.
        self.now = now
        self.min_days = min_days
        self._last: TimelineEntry | None = None
        self._month: date | None = None

    def rows(self, entries: Sequence[TimelineEntry]) -> list[Row]:
        """The rows for the next (older) page of entries."""
        out: list[Row] = []
        if not entries:
            return out
        if self._last is None and self.now is not None:
            ongoing = gaps_in([entries[0].occurred_at], min_days=self.min_days, now=self.now)
            out += [GapRow(gap) for gap in ongoing]
        sequence = ([self._last] if self._last is not None else []) + list(entries)
        items = with_gaps(sequence, self.min_days)
        if self._last is not None:
            items = items[1:]  # the previous page's last entry is already shown
        for item in items:
            if isinstance(item, Gap):
                out.append(GapRow(item))
                continue
            month = month_of(item.occurred_at)
            if month != self._month:
                out.append(MonthRow(month))
                self._month = month
            out.append(EntryRow(item))
        self._last = entries[-1]
        return out
