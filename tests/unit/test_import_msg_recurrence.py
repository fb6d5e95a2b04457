"""Outlook's recurrence structure ([MS-OXOCAL] AppointmentRecurrencePattern) read and expanded:
weekly, daily, monthly by day and by weekday, yearly; ends by date, by count or never;
deleted and moved occurrences; broken bytes refused."""

from __future__ import annotations

import struct
from datetime import datetime, timedelta

import pytest

from planner.importers import msg_recurrence as mr

FAR = datetime(2030, 1, 1)


def minutes(moment: datetime) -> int:
    return int((moment - datetime(1601, 1, 1)).total_seconds() // 60)


def pattern(frequency, kind, period, specific, first: datetime, *, end_type=0x2023, count=10,
            last: datetime | None = None, deleted=(), moved=(), start=600, end=660) -> bytes:
    """The bytes Outlook writes, from readable parts (times local, naive)."""
    out = struct.pack("<HHHHH", 0x3004, 0x3004, frequency, kind, 0)
    out += struct.pack("<III", 0, period, 0)
    for value in specific:
        out += struct.pack("<I", value)
    out += struct.pack("<III", end_type, count, 1)  # weeks start on Monday
    gone = sorted(set(deleted) | {m[0] for m in moved})
    out += struct.pack("<I", len(gone)) + b"".join(struct.pack("<I", minutes(d)) for d in gone)
    out += struct.pack("<I", len(moved)) + b"".join(
        struct.pack("<I", minutes(new.replace(hour=0, minute=0))) for _, new in moved)
    out += struct.pack("<II", minutes(first), minutes(last or datetime(4500, 8, 31)))
    out += struct.pack("<IIII", 0x3006, 0x3009, start, end)
    out += struct.pack("<H", len(moved))
    for original, new in moved:
        out += struct.pack("<IIIH", minutes(new), minutes(new + timedelta(minutes=90)),
                           minutes(original + timedelta(minutes=start)), 0x0011)
        out += struct.pack("<HH", 6, 5) + b"Moved"  # a subject override
        out += struct.pack("<HH", 5, 4) + b"Here"  # a location override
    return out + struct.pack("<II", 0, 0)


def starts(data: bytes, until=FAR, limit=500):
    return [(o, s) for o, s, _ in mr.local_occurrences(mr.parse(data), until, limit)]


def test_weekly_on_two_days_with_a_deleted_and_a_moved_occurrence():
    monday = datetime(2026, 3, 2)
    data = pattern(0x200B, 0x1, 1, [0b0100100], monday, end_type=0x2022, count=6,  # Tue and Fri
                   deleted=[datetime(2026, 3, 6)], moved=[(datetime(2026, 3, 10), datetime(2026, 3, 11, 15))])
    series = mr.parse(data)
    assert series.first_start == datetime(2026, 3, 2, 10) and series.duration == timedelta(hours=1)
    found = mr.local_occurrences(series, FAR, 500)
    assert [s for _, s, _ in found] == [
        datetime(2026, 3, 3, 10), datetime(2026, 3, 11, 15), datetime(2026, 3, 13, 10),
        datetime(2026, 3, 17, 10), datetime(2026, 3, 20, 10)]
    original, start, end = found[1]
    assert original == datetime(2026, 3, 10, 10) and end - start == timedelta(minutes=90)


def test_daily_every_other_day_until_a_date():
    data = pattern(0x200A, 0x0, 2 * 1440, [], datetime(2026, 1, 1), end_type=0x2021,
                   last=datetime(2026, 1, 9))
    assert [s.day for _, s in starts(data)] == [1, 3, 5, 7, 9]


def test_monthly_on_the_31st_falls_on_shorter_months_last_day():
    data = pattern(0x200C, 0x2, 1, [31], datetime(2026, 1, 31), end_type=0x2022, count=4)
    assert [s.date().isoformat() for _, s in starts(data)] == [
        "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]


def test_monthly_on_the_last_friday_and_yearly_on_the_second_monday():
    last_friday = pattern(0x200C, 0x3, 1, [0b0100000, 5], datetime(2026, 1, 1), end_type=0x2022, count=3)
    assert [s.day for _, s in starts(last_friday)] == [30, 27, 27]
    yearly = pattern(0x200D, 0x3, 12, [0b0000010, 2], datetime(2026, 3, 1), end_type=0x2022, count=2)
    assert [s.date().isoformat() for _, s in starts(yearly)] == ["2026-03-09", "2027-03-08"]


def test_a_series_without_end_stops_at_the_horizon_keeping_the_latest():
    data = pattern(0x200B, 0x1, 1, [0b0000010], datetime(2020, 1, 6))
    found = starts(data, until=datetime(2026, 12, 1), limit=10)
    assert len(found) == 10 and found[-1][1] == datetime(2026, 11, 30, 10)


MOVED = [(datetime(2026, 1, 12), datetime(2026, 1, 13))]


@pytest.mark.parametrize("broken", [
    b"", b"\x04\x30\x04\x30", b"\x00" * 80,
    pattern(0x200B, 0x1, 1, [2], datetime(2026, 1, 5))[:50],
    pattern(0x200B, 0x1, 1, [2], datetime(2026, 1, 5), moved=MOVED)[:-20],
])
def test_broken_bytes_are_refused(broken):
    with pytest.raises(ValueError):
        mr.parse(broken)


def test_a_hijri_series_is_refused_rather_than_guessed():
    data = bytearray(pattern(0x200C, 0x2, 1, [5], datetime(2026, 1, 5)))
    data[8:10] = struct.pack("<H", 6)  # CalendarType: Hijri
    with pytest.raises(ValueError):
        mr.local_occurrences(mr.parse(bytes(data)), FAR, 10)
