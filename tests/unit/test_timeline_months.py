"""Month grouping and visible gaps on constructed timeline entries."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone

from db.enums import Direction, InteractionKind
from planner.timeline.months import Gap, gaps_in, group_by_month, month_of, with_gaps
from planner.timeline.query import TimelineEntry, decode_cursor, encode_cursor


def entry(moment: datetime) -> TimelineEntry:
    return TimelineEntry(
        uuid.uuid4(),
        uuid.uuid4(),
        moment,
        InteractionKind.CALL,
        Direction.OUTBOUND,
        "s",
        None,
        None,
        None,
        None,
        None,
        None,
        "manual",
        None,
        (),
        (),
    )


def test_months_group_in_the_given_zone():
    moscow = timezone(timedelta(hours=3))
    entries = [
        entry(datetime(2025, 3, 1, 2, tzinfo=UTC)),
        entry(datetime(2025, 2, 28, 22, tzinfo=UTC)),
        entry(datetime(2025, 1, 5, tzinfo=UTC)),
    ]
    groups = group_by_month(entries, tz=moscow)
    assert [(g.month, len(g.entries)) for g in groups] == [(date(2025, 3, 1), 2), (date(2025, 1, 1), 1)]
    assert month_of(datetime(2025, 2, 28, 22, tzinfo=UTC), UTC) == date(2025, 2, 1)
    assert group_by_month([]) == []


def test_gaps_between_entries():
    a, b, c = (
        datetime(2025, 5, 1, tzinfo=UTC),
        datetime(2025, 4, 20, tzinfo=UTC),
        datetime(2025, 1, 1, tzinfo=UTC),
    )
    items = with_gaps([entry(a), entry(b), entry(c)], min_days=30)
    assert [type(i).__name__ for i in items] == ["TimelineEntry", "TimelineEntry", "Gap", "TimelineEntry"]
    assert items[2] == Gap(c, b) and items[2].days == 109
    now = datetime(2025, 8, 1, tzinfo=UTC)
    found = gaps_in([c, b, a], min_days=30, now=now)
    assert found == [Gap(c, b), Gap(a, now, ongoing=True)]
    assert gaps_in([], now=now) == []


def test_cursor_round_trip():
    moment = datetime(2025, 3, 1, 12, 30, 15, 123456, tzinfo=UTC)
    assert decode_cursor(encode_cursor(moment, 42)) == (moment, 42)
