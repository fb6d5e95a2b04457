"""Months and silences: the timeline grouped by month, and the gaps where nobody talked
to the client, so the view can show them instead of hiding them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from sqlalchemy import select

from db.models import Interaction
from db.store import Database
from planner.timeline.query import NO_FILTER, TimelineEntry, TimelineFilter, _account_id, conditions

#: A silence at least this long is a gap worth showing.
GAP_DAYS = 30


@dataclass(frozen=True)
class Gap:
    """No contact between ``start`` (the last before) and ``end`` (the next one, or now)."""

    start: datetime
    end: datetime
    #: True when the silence is still going on (``end`` is now).
    ongoing: bool = False

    @property
    def days(self) -> int:
        return (self.end - self.start).days


@dataclass(frozen=True)
class MonthGroup:
    month: date
    entries: tuple[TimelineEntry, ...]


def month_of(moment: datetime, tz: tzinfo | None = None) -> date:
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return date(local.year, local.month, 1)


def group_by_month(entries: Sequence[TimelineEntry], tz: tzinfo | None = None) -> list[MonthGroup]:
    """Consecutive entries of the same (local) month together, in the order given."""
    groups: list[MonthGroup] = []
    current: list[TimelineEntry] = []
    month = None
    for entry in entries:
        this = month_of(entry.occurred_at, tz)
        if month is not None and this != month:
            groups.append(MonthGroup(month, tuple(current)))
            current = []
        month = this
        current.append(entry)
    if current:
        groups.append(MonthGroup(month, tuple(current)))
    return groups


def with_gaps(entries: Sequence[TimelineEntry], min_days: int = GAP_DAYS) -> list[TimelineEntry | Gap]:
    """Entries (newest first) with a Gap between two of them that lie ``min_days`` or more apart."""
    out: list[TimelineEntry | Gap] = []
    for newer, older in zip(entries, entries[1:], strict=False):
        out.append(newer)
        if (newer.occurred_at - older.occurred_at).days >= min_days:
            out.append(Gap(older.occurred_at, newer.occurred_at))
    if entries:
        out.append(entries[-1])
    return out


def gaps_in(
    moments: Sequence[datetime], *, min_days: int = GAP_DAYS, now: datetime | None = None
) -> list[Gap]:
    """Silences of ``min_days`` or more between ascending moments, the ongoing one included."""
    found = [Gap(a, b) for a, b in zip(moments, moments[1:], strict=False) if (b - a).days >= min_days]
    if moments and now is not None and (now - moments[-1]).days >= min_days:
        found.append(Gap(moments[-1], now, ongoing=True))
    return found


def silences(
    db: Database,
    account_uuid: uuid.UUID,
    filters: TimelineFilter = NO_FILTER,
    *,
    min_days: int = GAP_DAYS,
    now: datetime | None = None,
) -> list[Gap]:
    """Every gap of ``min_days`` or more in the account's (filtered) contacts, oldest first.

    Streams only the timestamps, in index order: cheap even for a million interactions.
    """
    now = now or datetime.now(UTC)
    found: list[Gap] = []
    previous: datetime | None = None
    with db.session.begin() as session:
        account_id = _account_id(session, account_uuid)
        query = (
            select(Interaction.occurred_at)
            .where(Interaction.account_id == account_id, *conditions(session, filters))
            .order_by(Interaction.occurred_at)
            .execution_options(yield_per=5000)
        )
        for moment in session.scalars(query):
            if previous is not None and (moment - previous).days >= min_days:
                found.append(Gap(previous, moment))
            previous = moment
    if previous is not None and (now - previous).days >= min_days:
        found.append(Gap(previous, now, ongoing=True))
    return found
