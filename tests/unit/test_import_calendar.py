"""Calendars: Windows zone names, daylight saving, recurrence with exceptions, moved and
cancelled occurrences, all-day events, and files that are not calendars."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from db.enums import InteractionKind, ParticipantRole
from planner.importers.calendar_ics import MAX_OCCURRENCES, parse_ics
from planner.importers.records import InteractionRecord, Skipped
from planner.importers.report import ImportFailure

CAL = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:weekly-1
SUMMARY:Weekly sync
DTSTART;TZID=W. Europe Standard Time:20250306T100000
DTEND;TZID=W. Europe Standard Time:20250306T103000
RRULE:FREQ=WEEKLY;COUNT=6
EXDATE;TZID=W. Europe Standard Time:20250313T100000
ORGANIZER;CN=Anna Petrova:mailto:anna@client.ru
ATTENDEE;CN=Me:mailto:ME@us.com
LOCATION:https://teams.microsoft.com/l/abc
END:VEVENT
BEGIN:VEVENT
UID:weekly-1
RECURRENCE-ID;TZID=W. Europe Standard Time:20250320T100000
SUMMARY:Weekly sync (moved)
DTSTART;TZID=W. Europe Standard Time:20250321T140000
DTEND;TZID=W. Europe Standard Time:20250321T143000
END:VEVENT
BEGIN:VEVENT
UID:weekly-1
RECURRENCE-ID;TZID=W. Europe Standard Time:20250327T100000
STATUS:CANCELLED
DTSTART;TZID=W. Europe Standard Time:20250327T100000
END:VEVENT
BEGIN:VEVENT
UID:allday
SUMMARY:Site visit
DTSTART;VALUE=DATE:20250401
DTEND;VALUE=DATE:20250402
END:VEVENT
BEGIN:VEVENT
UID:gone
STATUS:CANCELLED
SUMMARY:Called off
DTSTART:20250402T120000Z
END:VEVENT
BEGIN:VEVENT
UID:forever
SUMMARY:Daily stand-up
DTSTART:20200101T080000Z
DURATION:PT15M
RRULE:FREQ=DAILY
END:VEVENT
END:VCALENDAR
"""


def records(text=CAL):
    return list(parse_ics(text, today=date(2025, 6, 1)))


def test_series_with_exceptions_in_a_windows_zone():
    weekly = [
        r for r in records() if isinstance(r, InteractionRecord) and r.source_key.startswith("ics:weekly")
    ]
    live = sorted((r.occurred_at, r.subject) for r in weekly if not r.cancelled)
    assert live == [
        (datetime(2025, 3, 6, 9, tzinfo=UTC), "Weekly sync"),  # CET
        (datetime(2025, 3, 21, 13, tzinfo=UTC), "Weekly sync (moved)"),  # moved a day, CET
        (datetime(2025, 4, 3, 8, tzinfo=UTC), "Weekly sync"),  # CEST: still 10:00 local
        (datetime(2025, 4, 10, 8, tzinfo=UTC), "Weekly sync"),
    ]
    cancelled = [r for r in weekly if r.cancelled]
    assert [r.source_key for r in cancelled] == ["ics:weekly-1|20250327T090000Z"]
    first = weekly[0]
    assert first.timezone == "Europe/Berlin" and first.duration_minutes == 30
    assert first.kind is InteractionKind.VIDEO_CALL
    assert [(a.email, r) for a, r in first.participants] == [
        ("anna@client.ru", ParticipantRole.ORGANIZER),
        ("me@us.com", ParticipantRole.ATTENDEE),
    ]


def test_all_day_cancelled_and_endless_series():
    found = records()
    allday = next(r for r in found if isinstance(r, InteractionRecord) and r.subject == "Site visit")
    assert allday.kind is InteractionKind.MEETING and allday.duration_minutes == 24 * 60
    assert sum(isinstance(r, Skipped) for r in found) == 1  # the cancelled single event
    daily = [r for r in found if isinstance(r, InteractionRecord) and r.source_key.startswith("ics:forever")]
    # The latest occurrences are kept, up to 90 days ahead of today.
    assert len(daily) == MAX_OCCURRENCES
    assert max(r.occurred_at for r in daily) == datetime(2025, 8, 29, 8, tzinfo=UTC)


def test_broken_calendars_fail():
    with pytest.raises(ImportFailure):
        records("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2025")
    with pytest.raises(ImportFailure):
        records("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n")
