"""Periods: parsing, bounds, and which period a moment falls in (by UTC date)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from db.enums import SlaPeriod
from planner.errors import ValidationError
from planner.sla.periods import (
    Period,
    end_of_day,
    moment_of,
    parse_period,
    period_of,
    periods_back,
    utc_day,
)

Q = SlaPeriod.QUARTER
M = SlaPeriod.MONTH


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-Q3", Period(Q, 2026, 3)), ("2026q1", Period(Q, 2026, 1)), (" 2026-09 ", Period(M, 2026, 9)),
     ("2026-1", Period(M, 2026, 1))],
)
def test_parse(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["2026-Q5", "2026-13", "Q3 2026", "", "2026-00", "26-Q1"])
def test_parse_rejects(text):
    with pytest.raises(ValidationError) as caught:
        parse_period(text)
    assert caught.value.field == "period"


def test_bounds_and_labels():
    q4 = Period(Q, 2026, 4)
    assert (q4.start, q4.end, q4.label) == (date(2026, 10, 1), date(2027, 1, 1), "2026-Q4")
    dec = Period(M, 2026, 12)
    assert (dec.start, dec.end, dec.label) == (date(2026, 12, 1), date(2027, 1, 1), "2026-12")
    assert dec.next() == Period(M, 2027, 1) and Period(M, 2027, 1).previous() == dec
    assert Period(Q, 2027, 1).previous() == q4
    assert q4.contains(date(2026, 12, 31)) and not q4.contains(date(2027, 1, 1))


def test_period_of_and_back():
    assert period_of(date(2026, 9, 30), Q) == Period(Q, 2026, 3)
    assert period_of(date(2026, 10, 1), Q) == Period(Q, 2026, 4)
    assert [p.label for p in periods_back(Period(M, 2026, 2), 3)] == ["2025-12", "2026-01", "2026-02"]


def test_completeness():
    q3 = Period(Q, 2026, 3)
    assert not q3.is_complete(date(2026, 9, 30))
    assert q3.is_complete(date(2026, 10, 1))


def test_boundary_by_utc_date():
    """23:30 UTC on the quarter's last day is Q3; so is 01:30 at +03:00 on 1 October."""
    late = datetime(2026, 9, 30, 23, 30, tzinfo=UTC)
    assert period_of(utc_day(late), Q).label == "2026-Q3"
    moscow = timezone(timedelta(hours=3))
    assert period_of(utc_day(datetime(2026, 10, 1, 1, 30, tzinfo=moscow)), Q).label == "2026-Q3"
    new_york = timezone(timedelta(hours=-5))
    assert period_of(utc_day(datetime(2026, 9, 30, 20, 0, tzinfo=new_york)), Q).label == "2026-Q4"
    with pytest.raises(ValueError):
        utc_day(datetime(2026, 9, 30, 23, 30))


def test_moment_of():
    now = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    assert moment_of(None, now) == now
    assert moment_of(date(2026, 11, 27), now) == now
    past = moment_of(date(2026, 11, 1), now)
    assert past == end_of_day(date(2026, 11, 1)) and utc_day(past) == date(2026, 11, 1)
