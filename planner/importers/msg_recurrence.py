"""Outlook's recurring appointments (.msg): the occurrences of a series, from its
PidLidAppointmentRecur property ([MS-OXOCAL] 2.2.1.44, AppointmentRecurrencePattern).

extract-msg hands over the property's bytes; the structure is read here because the
library stops after the pattern (the time of day and the moved occurrences come after
it) and reads the fields of monthly patterns in the wrong order. Dates in it are
minutes since 1601-01-01 in the series' own zone; the pattern becomes a dateutil
rule expanded in that zone, so 10:00 stays 10:00 across daylight-saving changes.
"""

from __future__ import annotations

import struct
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta

_EPOCH = datetime(1601, 1, 1)
#: Occurrences walked at most per series (a daily series over 270 years).
MAX_STEPS = 100_000
#: RecurFrequency.
DAILY, WEEKLY, MONTHLY, YEARLY = 0x200A, 0x200B, 0x200C, 0x200D
#: PatternType.
DAY, WEEK, MONTH, MONTH_NTH, MONTH_END = 0x0, 0x1, 0x2, 0x3, 0x4
HJ_MONTH, HJ_MONTH_NTH, HJ_MONTH_END = 0xA, 0xB, 0xC
#: EndType.
END_AFTER_DATE, END_AFTER_COUNT = 0x2021, 0x2022
#: OverrideFlags of an exception, in the order their fields follow, with their sizes
#: (None: a length-prefixed ANSI string).
_OVERRIDES = (
    (0x0001, None),  # subject
    (0x0002, 4),  # meeting type
    (0x0004, 4),  # reminder delta
    (0x0008, 4),  # reminder set
    (0x0010, None),  # location
    (0x0020, 4),  # busy status
    (0x0040, 4),  # attachment
    (0x0080, 4),  # subtype
    (0x0100, 4),  # appointment colour
)


def minutes_to_local(minutes: int) -> datetime:
    """A naive local time from minutes since 1601-01-01 (the structure's unit)."""
    return _EPOCH + timedelta(minutes=minutes)


@dataclass(frozen=True)
class Moved:
    """An occurrence moved from its slot: its original day and its new local times."""

    original_day: datetime
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Series:
    """The parts of an AppointmentRecurrencePattern the occurrences are computed from."""

    frequency: int
    pattern_type: int
    calendar_type: int
    period: int
    #: Week: a mask of days (bit 0 Sunday); Month: the day; MonthNth: (mask, nth week).
    specific: int | tuple[int, int] | None
    end_type: int
    occurrence_count: int
    first_day_of_week: int
    deleted_days: frozenset[datetime]
    first_day: datetime
    last_day: datetime
    start_offset: int
    end_offset: int
    moved: tuple[Moved, ...]

    @property
    def first_start(self) -> datetime:
        return self.first_day + timedelta(minutes=self.start_offset)

    @property
    def duration(self) -> timedelta:
        return timedelta(minutes=max(0, self.end_offset - self.start_offset))


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def take(self, size: int) -> bytes:
        if self.at + size > len(self.data):
            raise ValueError("the recurrence is cut short")
        chunk = self.data[self.at:self.at + size]
        self.at += size
        return chunk

    def u16(self) -> int:
        return struct.unpack("<H", self.take(2))[0]

    def u32(self) -> int:
        return struct.unpack("<I", self.take(4))[0]


def parse(data: bytes) -> Series:
    """Read the property's bytes; ValueError when they are not a recurrence Outlook wrote."""
    r = _Reader(data)
    if (r.u16(), r.u16()) != (0x3004, 0x3004):
        raise ValueError("not a recurrence pattern")
    frequency, pattern_type, calendar_type = r.u16(), r.u16(), r.u16()
    r.u32()  # FirstDateTime: derived from the start, not needed
    period = r.u32()
    r.u32()  # SlidingFlag: tasks only
    specific: int | tuple[int, int] | None = None
    if pattern_type in (WEEK, MONTH, MONTH_END, HJ_MONTH, HJ_MONTH_END):
        specific = r.u32()
    elif pattern_type in (MONTH_NTH, HJ_MONTH_NTH):
        specific = (r.u32(), r.u32())
    elif pattern_type != DAY:
        raise ValueError(f"unknown pattern type {pattern_type:#x}")
    end_type, occurrence_count, first_dow = r.u32(), r.u32(), r.u32()
    deleted = frozenset(minutes_to_local(r.u32()) for _ in range(r.u32()))
    for _ in range(r.u32()):  # ModifiedInstanceDates: the moved ones' new days, read below
        r.u32()
    first_day, last_day = minutes_to_local(r.u32()), minutes_to_local(r.u32())
    r.u32()
    r.u32()  # ReaderVersion2, WriterVersion2
    start_offset, end_offset = r.u32(), r.u32()
    moved = []
    for _ in range(r.u16()):
        start, end, original = r.u32(), r.u32(), r.u32()
        flags = r.u16()
        for flag, size in _OVERRIDES:
            if flags & flag:
                if size is None:
                    r.u16()
                    r.take(r.u16())
                else:
                    r.take(size)
        moved.append(Moved(minutes_to_local(original).replace(hour=0, minute=0),
                           minutes_to_local(start), minutes_to_local(end)))
    return Series(frequency, pattern_type, calendar_type, period, specific, end_type, occurrence_count,
                  first_dow, deleted, first_day, last_day, start_offset, end_offset, tuple(moved))


def _weekdays(mask: int) -> list:
    from dateutil.rrule import FR, MO, SA, SU, TH, TU, WE

    days = (SU, MO, TU, WE, TH, FR, SA)  # bit 0 is Sunday
    return [day for bit, day in enumerate(days) if mask & (1 << bit)]


def _rule(series: Series, until: datetime):
    """The series as a dateutil rule from its first start (naive local times)."""
    from dateutil import rrule

    if series.calendar_type not in (0, 1):  # the Gregorian calendar only (0: default)
        raise ValueError(f"calendar type {series.calendar_type} is not supported")
    options: dict = {"dtstart": series.first_start, "wkst": (series.first_day_of_week - 1) % 7}
    if series.end_type == END_AFTER_COUNT:
        options["count"] = max(1, series.occurrence_count)
    else:
        end = series.last_day + timedelta(days=1) if series.end_type == END_AFTER_DATE else until
        options["until"] = min(end, until)
    kind = series.pattern_type
    if kind == DAY:
        return rrule.rrule(rrule.DAILY, interval=max(1, series.period // 1440), **options)
    if kind == WEEK:
        days = _weekdays(int(series.specific or 0)) or None
        return rrule.rrule(rrule.WEEKLY, interval=max(1, series.period), byweekday=days, **options)
    interval = max(1, series.period)  # in months, also for a yearly series (12)
    if kind == MONTH:
        # Day 31 in a 30-day month is its last day: the earlier of the day and the month's end.
        return rrule.rrule(rrule.MONTHLY, interval=interval, bymonthday=(int(series.specific), -1),
                           bysetpos=1, **options)
    if kind == MONTH_END:
        return rrule.rrule(rrule.MONTHLY, interval=interval, bymonthday=-1, **options)
    if kind == MONTH_NTH:
        mask, nth = series.specific
        return rrule.rrule(rrule.MONTHLY, interval=interval, byweekday=_weekdays(mask),
                           bysetpos=-1 if nth >= 5 else nth, **options)
    raise ValueError(f"pattern type {kind:#x} is not supported")


def local_occurrences(
    series: Series, until: datetime, limit: int
) -> list[tuple[datetime, datetime, datetime]]:
    """(original start, start, end) of the latest ``limit`` occurrences up to ``until``
    (naive local times): deleted ones left out, moved ones at their new times."""
    moved = {m.original_day: m for m in series.moved}
    found: deque[tuple[datetime, datetime, datetime]] = deque(maxlen=limit)
    for step, start in enumerate(_rule(series, until)):
        if start > until or step >= MAX_STEPS:
            break
        day = start.replace(hour=0, minute=0, second=0)
        if day in moved:
            found.append((start, moved[day].start, moved[day].end))
        elif day not in series.deleted_days:
            found.append((start, start, start + series.duration))
    return list(found)
