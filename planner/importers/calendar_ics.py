"""iCalendar (.ics) meetings into interaction records, recurring series expanded.

Rules: each occurrence is its own interaction keyed by UID + recurrence id (its
original start in UTC), so a moved occurrence replaces its slot and re-importing
an updated calendar updates rather than duplicates. Series are expanded from
their start up to EXPAND_AHEAD_DAYS after today, keeping the latest MAX_OCCURRENCES;
EXDATEs and cancelled occurrences are left out (and an earlier import of them is
removed). TZIDs may be IANA names, Windows names ("W. Europe Standard Time") or
defined by the file's own VTIMEZONE.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from db.enums import Direction, InteractionKind, ParticipantRole
from planner.importers.normalize import clean_text, normalize_email
from planner.importers.records import Address, InteractionRecord, Skipped
from planner.importers.report import ImportFailure, Reason, Rejection

EXPAND_AHEAD_DAYS = 90
MAX_OCCURRENCES = 500
#: Occurrences walked at most per series (a daily rule over 270 years).
MAX_STEPS = 100_000
_VIDEO_HINTS = ("teams.microsoft", "zoom.us", "meet.google", "webex", "skype", "телемост")


def parse_ics(text: str, *, today: date | None = None) -> Iterator[InteractionRecord | Rejection | Skipped]:
    """Every meeting occurrence of a calendar file."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(text)
    except Exception as exc:  # noqa: BLE001 - the library raises ValueError and others
        raise ImportFailure(Reason.TRUNCATED, detail=f"{type(exc).__name__}: {exc}") from exc
    horizon = datetime.combine((today or date.today()) + timedelta(days=EXPAND_AHEAD_DAYS), time(), UTC)
    zones = _local_zones(calendar)
    series: dict[str, list] = defaultdict(list)
    for number, event in enumerate(calendar.walk("VEVENT"), start=1):
        uid = str(event.get("UID") or f"no-uid-{number}")
        series[uid].append((number, event))
    if not series:
        skipped = sum(1 for c in calendar.subcomponents if c.name in ("VTODO", "VJOURNAL", "VFREEBUSY"))
        if skipped:
            yield from (Skipped(None, "not a meeting") for _ in range(skipped))
            return
        raise ImportFailure(Reason.EMPTY, detail="no events")
    for uid, events in series.items():
        yield from _series(uid, events, horizon, zones)


def _series(uid: str, events: list, horizon: datetime, zones: dict[str, tzinfo]):
    masters = [(n, e) for n, e in events if e.get("RECURRENCE-ID") is None]
    overrides = {}
    for number, event in events:
        rid = event.get("RECURRENCE-ID")
        if rid is not None:
            moment = _to_utc(rid.dt, rid.params.get("TZID"), zones)
            if moment is not None:
                overrides[moment] = (number, event)
    for number, master in masters[:1]:
        start = _start(master, zones)
        if start is None:
            yield Rejection(Reason.BAD_DATE, number, "DTSTART", str(master.get("DTSTART", "")))
            continue
        if _status(master) == "CANCELLED":
            yield Skipped(number, "cancelled")
            continue
        for moment in _occurrences(master, start, horizon, zones):
            if moment in overrides:
                continue
            yield _record(uid, moment, master, number, zones, start=moment)
    for moment, (number, event) in overrides.items():
        if _status(event) == "CANCELLED":
            yield _record(uid, moment, event, number, zones, start=moment, cancelled=True)
            continue
        start = _start(event, zones) or moment
        yield _record(uid, moment, event, number, zones, start=start)


def _status(event) -> str:
    return str(event.get("STATUS") or "").upper()


def _occurrences(master, start: datetime, horizon: datetime, zones) -> list[datetime]:
    """Start times (UTC) of a series: RRULE and RDATE expanded in the event's own zone
    (so 10:00 stays 10:00 across daylight-saving changes), minus EXDATE."""
    rule = master.get("RRULE")
    dtstart = master.get("DTSTART").dt
    local_start = _as_datetime(dtstart, master.get("DTSTART").params.get("TZID"), zones)
    found: list[datetime] = [start] if rule is None else []
    if rule is not None:
        from dateutil.rrule import rrulestr

        rules = rule if isinstance(rule, list) else [rule]
        for one in rules:
            text = one.to_ical().decode()
            try:
                recurrence = rrulestr(text, dtstart=local_start, ignoretz=False)
            except (ValueError, TypeError):
                try:
                    recurrence = rrulestr(_until_as_local(text), dtstart=local_start)
                except (ValueError, TypeError):
                    continue
            latest: deque[datetime] = deque(maxlen=MAX_OCCURRENCES)
            for count, moment in enumerate(recurrence):
                utc = moment.astimezone(UTC)
                if utc > horizon or count >= MAX_STEPS:
                    break
                latest.append(utc)
            found.extend(latest)
    for rdate in _date_list(master.get("RDATE")):
        moment = _to_utc(rdate.dt, rdate.params.get("TZID"), zones) if hasattr(rdate, "dt") else None
        if moment is not None and moment <= horizon:
            found.append(moment)
    excluded = set()
    for exdate in _date_list(master.get("EXDATE")):
        for value in getattr(exdate, "dts", [exdate]):
            moment = _to_utc(
                value.dt, exdate.params.get("TZID") if hasattr(exdate, "params") else None, zones
            )
            if moment is not None:
                excluded.add(moment)
    return sorted({m for m in found if m not in excluded})


def _until_as_local(text: str) -> str:
    """dateutil refuses a UTC UNTIL with a floating start: drop the Z."""
    return text.replace("Z;", ";").rstrip("Z") if "UNTIL" in text else text


def _date_list(value) -> list:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        dts = getattr(item, "dts", None)
        if dts:
            for dt in dts:
                dt.params = getattr(item, "params", {})
                out.append(dt)
        else:
            out.append(item)
    return out


def _record(
    uid: str, original: datetime, event, number: int, zones, *, start: datetime, cancelled: bool = False
) -> InteractionRecord:
    summary = clean_text(event.get("DESCRIPTION"), 4000)
    location = clean_text(event.get("LOCATION"), 300)
    subject = clean_text(event.get("SUMMARY"), 500)
    end = event.get("DTEND")
    duration = None
    if end is not None:
        end_utc = _to_utc(end.dt, end.params.get("TZID"), zones)
        own_start = _start(event, zones)
        if end_utc is not None and own_start is not None:
            duration = max(0, int((end_utc - own_start).total_seconds() // 60))
    elif event.get("DURATION") is not None:
        duration = max(0, int(event.get("DURATION").dt.total_seconds() // 60))
    participants: list[tuple[Address, ParticipantRole]] = []
    organizer = event.get("ORGANIZER")
    if organizer is not None:
        address = normalize_email(str(organizer))
        if address:
            participants.append(
                (Address(address, clean_text(organizer.params.get("CN"), 200)), ParticipantRole.ORGANIZER)
            )
    attendees = event.get("ATTENDEE") or []
    for attendee in attendees if isinstance(attendees, list) else [attendees]:
        address = normalize_email(str(attendee))
        if address and all(a.email != address for a, _ in participants):
            participants.append(
                (Address(address, clean_text(attendee.params.get("CN"), 200)), ParticipantRole.ATTENDEE)
            )
    text = " ".join(filter(None, [location, summary])).lower()
    kind = InteractionKind.VIDEO_CALL if any(h in text for h in _VIDEO_HINTS) else InteractionKind.MEETING
    tzid = event.get("DTSTART").params.get("TZID") if event.get("DTSTART") is not None else None
    return InteractionRecord(
        source_key=f"ics:{uid}|{original.strftime('%Y%m%dT%H%M%SZ')}",
        kind=kind,
        occurred_at=start,
        timezone=_zone_name(tzid),
        duration_minutes=duration,
        subject=subject,
        summary=summary,
        location=location,
        participants=participants,
        direction=Direction.MUTUAL,
        cancelled=cancelled,
        row=number,
    )


def _start(event, zones) -> datetime | None:
    dtstart = event.get("DTSTART")
    if dtstart is None:
        return None
    return _to_utc(dtstart.dt, dtstart.params.get("TZID"), zones)


def zone(tzid: str | None, zones: dict[str, tzinfo] | None = None) -> tzinfo | None:
    """A tzinfo for a TZID: IANA, Windows ("Russian Standard Time"), or the file's VTIMEZONE."""
    if not tzid:
        return None
    tzid = tzid.strip().strip('"')
    iana = _zone_name(tzid)
    if iana:
        try:
            return ZoneInfo(iana)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    if zones and tzid in zones:
        return zones[tzid]
    return None


def _zone_name(tzid: str | None) -> str | None:
    """The IANA name of a TZID, None when it is neither IANA nor a known Windows name."""
    if not tzid:
        return None
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    tzid = tzid.strip().strip('"')
    if tzid in WINDOWS_TO_OLSON:
        return WINDOWS_TO_OLSON[tzid]
    try:
        ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return tzid


def _local_zones(calendar) -> dict[str, tzinfo]:
    zones = {}
    for component in calendar.walk("VTIMEZONE"):
        tzid = str(component.get("TZID") or "")
        try:
            zones[tzid] = component.to_tz()
        except Exception:  # noqa: BLE001 - a broken definition: fall back to names
            continue
    return zones


def _as_datetime(value, tzid: str | None, zones) -> datetime:
    """A DTSTART value as a datetime in its own zone (floating and all-day: this computer's zone)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            tz = zone(tzid, zones)
            return value.replace(tzinfo=tz) if tz else value.astimezone()
        return value
    if isinstance(value, date):
        return datetime.combine(value, time()).astimezone()
    raise ValueError("not a date")


def _to_utc(value, tzid: str | None, zones) -> datetime | None:
    try:
        return _as_datetime(value, tzid, zones).astimezone(UTC)
    except (ValueError, TypeError, OverflowError):
        return None
