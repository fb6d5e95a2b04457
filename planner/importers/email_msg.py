"""Outlook .msg files (extract-msg): mails, appointments, contacts and sticky notes.

A recurring appointment becomes one meeting per occurrence, as a calendar file's
series does (``planner.importers.msg_recurrence`` reads Outlook's pattern): deleted
occurrences are left out, moved ones are at their new time, each keyed by the series
and its original start so that re-importing changes nothing.

ANSI (non-Unicode) .msg files are re-opened with the code page they declare
(PR_INTERNET_CPID), because extract-msg otherwise reads them as ISO-8859-15 and
Japanese or Russian text becomes mojibake. Attachments are never saved.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from email.utils import getaddresses
from pathlib import Path

from db.enums import ContactKind, Direction, InteractionKind, ParticipantRole
from planner.importers.normalize import clean_text, normalize_email
from planner.importers.records import Address, ContactRecord, InteractionRecord
from planner.importers.report import ImportFailure, Reason, Rejection

SUMMARY_LIMIT = 4000
_CPID = "3FDE0003"
_MODIFIED = "30080040"
_CREATED = "30070040"
_PHONES = (
    ("businessTelephoneNumber", ContactKind.PHONE, "work"),
    ("mobileTelephoneNumber", ContactKind.MOBILE, "mobile"),
    ("homeTelephoneNumber", ContactKind.PHONE, "home"),
)


def open_msg(path: Path):
    """Open a .msg, re-opened with its declared code page when its strings are ANSI."""
    import extract_msg

    try:
        msg = extract_msg.openMsg(str(path))
    except Exception as exc:  # noqa: BLE001 - any library failure means an unreadable file
        raise ImportFailure(Reason.TRUNCATED, detail=f"{type(exc).__name__}: {exc}") from exc
    if not getattr(msg, "areStringsUnicode", True):
        encoding = ansi_encoding(getattr(msg.props.get(_CPID), "value", None))
        if encoding is not None:
            msg.close()
            try:
                msg = extract_msg.openMsg(str(path), overrideEncoding=encoding)
            except Exception as exc:  # noqa: BLE001
                raise ImportFailure(Reason.TRUNCATED, detail=f"{type(exc).__name__}: {exc}") from exc
    return msg


#: Internet code pages (how the mail went over the wire) -> the Windows ANSI code page
#: Outlook stored its strings in.
_ANSI = {
    50220: "cp932",
    50221: "cp932",
    50222: "cp932",
    51932: "cp932",
    20932: "cp932",
    20866: "cp1251",
    21866: "cp1251",
    28595: "cp1251",
    28591: "cp1252",
    28605: "cp1252",
    20127: "cp1252",
    936: "gbk",
    54936: "gb18030",
    52936: "gbk",
    51949: "cp949",
    50225: "cp949",
}


def ansi_encoding(codepage: object) -> str | None:
    """The Python codec for a .msg's declared code page, None when unknown or Unicode."""
    import codecs

    if not isinstance(codepage, int) or codepage in (0, 1200, 65001):
        return None
    name = _ANSI.get(codepage, f"cp{codepage}")
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def parse_msg(
    path: Path, raw_sha256: str
) -> tuple[str, Iterator[InteractionRecord | ContactRecord | Rejection]]:
    """(kind, records) of one .msg: kind is email, calendar or contacts."""
    msg = open_msg(path)
    try:
        class_type = (getattr(msg, "classType", "") or "").upper()
        if class_type.startswith("IPM.CONTACT"):
            return "contacts", iter([_contact(msg)])
        if class_type.startswith(("IPM.APPOINTMENT", "IPM.SCHEDULE.MEETING")):
            return "calendar", iter(_appointment(msg, raw_sha256))
        if class_type.startswith(("IPM.NOTE", "IPM.STICKYNOTE", "REPORT.", "IPM.POST")) or not class_type:
            return "email", iter([_mail(msg, raw_sha256, note=class_type.startswith("IPM.STICKYNOTE"))])
        raise ImportFailure(Reason.UNSUPPORTED, detail="msg:" + class_type.lower())
    finally:
        msg.close()


def _text(value: object, limit: int | None = None) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return clean_text(str(value).replace("\x00", "") if value is not None else None, limit)


def _when(msg) -> datetime | None:
    for name in ("date", "receivedTime"):
        try:
            value = getattr(msg, name, None)
        except Exception:  # noqa: BLE001 - a property the library cannot parse
            value = None
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=UTC)
    for key in (_MODIFIED, _CREATED):
        prop = msg.props.get(key)
        value = getattr(prop, "value", None)
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=UTC)
    return None


def _participants(msg) -> list[tuple[Address, ParticipantRole]]:
    found: list[tuple[Address, ParticipantRole]] = []
    seen: set[str] = set()

    def add(name: str | None, email: str | None, role: ParticipantRole) -> None:
        address = normalize_email(email)
        if address and address not in seen:
            seen.add(address)
            found.append((Address(address, _text(name, 200)), role))

    sender = _text(getattr(msg, "sender", None)) or ""
    for name, email in getaddresses([sender]):
        add(name, email, ParticipantRole.SENDER)
    for recipient in getattr(msg, "recipients", []) or []:
        kind = getattr(getattr(recipient, "type", None), "value", 1)
        role = ParticipantRole.CC if kind == 2 else ParticipantRole.RECIPIENT
        add(getattr(recipient, "name", None), getattr(recipient, "email", None), role)
    return found


def _body(msg) -> str | None:
    try:
        body = msg.body
    except Exception:  # noqa: BLE001 - broken RTF/HTML bodies: keep the mail without text
        body = None
    if not body:
        try:
            html = msg.htmlBody
        except Exception:  # noqa: BLE001
            html = None
        if html:
            from planner.importers.email_eml import _strip_html

            body = _strip_html(html.decode("utf-8", "replace") if isinstance(html, bytes) else html)
    return _text(body, SUMMARY_LIMIT)


def _key(msg, raw_sha256: str) -> str:
    message_id = (_text(getattr(msg, "messageId", None)) or "").strip("<> ")
    if message_id and len(message_id) <= 900:
        return "mid:" + message_id  # the same key as the .eml of the same mail
    return "msg-sha256:" + raw_sha256


def _mail(msg, raw_sha256: str, *, note: bool) -> InteractionRecord | Rejection:
    occurred = _when(msg)
    if occurred is None:
        return Rejection(Reason.BAD_DATE, None, "date")
    return InteractionRecord(
        source_key=_key(msg, raw_sha256),
        kind=InteractionKind.NOTE if note else InteractionKind.EMAIL,
        occurred_at=occurred.astimezone(UTC),
        subject=_text(getattr(msg, "subject", None), 500),
        summary=_body(msg),
        participants=[] if note else _participants(msg),
        direction=Direction.INTERNAL if note else None,
    )


def _appointment(msg, raw_sha256: str) -> list[InteractionRecord | Rejection]:
    """The appointment, or each occurrence of a recurring series (as a calendar import
    expands an .ics one), keyed by the series and its original start."""
    start = getattr(msg, "appointmentStartWhole", None) or getattr(msg, "startDate", None)
    end = getattr(msg, "appointmentEndWhole", None) or getattr(msg, "endDate", None)
    if not isinstance(start, datetime):
        return [Rejection(Reason.BAD_DATE, None, "start")]
    start = start if start.tzinfo else start.replace(tzinfo=UTC)
    duration = None
    if isinstance(end, datetime):
        end = end if end.tzinfo else end.replace(tzinfo=UTC)
        duration = max(0, int((end - start).total_seconds() // 60))
    participants = _participants(msg)
    if participants and participants[0][1] is ParticipantRole.SENDER:
        participants[0] = (participants[0][0], ParticipantRole.ORGANIZER)
    participants = [
        (a, ParticipantRole.ORGANIZER if r is ParticipantRole.ORGANIZER else ParticipantRole.ATTENDEE)
        for a, r in participants
    ]
    key = _key(msg, raw_sha256) if getattr(msg, "messageId", None) else "msg-sha256:" + raw_sha256
    meeting = InteractionRecord(
        source_key=key,
        kind=InteractionKind.MEETING,
        occurred_at=start.astimezone(UTC),
        duration_minutes=duration,
        subject=_text(getattr(msg, "subject", None), 500),
        summary=_body(msg),
        location=_text(getattr(msg, "location", None), 300),
        participants=participants,
        direction=Direction.MUTUAL,
    )
    occurrences = _occurrences(msg, start)
    if occurrences is None:
        return [meeting]
    return [
        replace(meeting, source_key=f"{key}|{original:%Y%m%dT%H%M%SZ}", occurred_at=moment,
                duration_minutes=minutes if minutes is not None else duration, timezone=zone_name)
        for original, moment, minutes, zone_name in occurrences
    ]


def _occurrences(msg, first: datetime):
    """(original start, start, minutes, zone) in UTC of a recurring series' occurrences up
    to EXPAND_AHEAD_DAYS from today (the latest MAX_OCCURRENCES); None for a single
    appointment or a pattern that cannot be read (then it is imported once)."""
    from extract_msg.constants import ps

    from planner.importers import msg_recurrence
    from planner.importers.calendar_ics import EXPAND_AHEAD_DAYS, MAX_OCCURRENCES, zone

    raw = msg.getNamedProp("8216", ps.PSETID_APPOINTMENT)
    if not isinstance(raw, bytes):
        return None
    try:
        series = msg_recurrence.parse(raw)
    except ValueError:
        return None
    definition = getattr(msg, "appointmentTimeZoneDefinitionRecur", None)
    zone_name = _text(getattr(definition, "keyName", None), 64)
    local = zone(zone_name) if zone_name else None
    try:  # without a zone the series keeps the offset of its first occurrence
        fixed = timezone(series.first_start - first.astimezone(UTC).replace(tzinfo=None))
    except ValueError:  # more than a day apart: the pattern does not belong to this start
        return None
    horizon = datetime.now(UTC) + timedelta(days=EXPAND_AHEAD_DAYS)
    until = horizon.astimezone(local or fixed).replace(tzinfo=None)

    def utc(moment: datetime) -> datetime:
        return moment.replace(tzinfo=local or fixed).astimezone(UTC)

    try:
        found = msg_recurrence.local_occurrences(series, until, MAX_OCCURRENCES)
    except ValueError:
        return None
    out = []
    for original, start, end in found:
        minutes = max(0, int((end - start).total_seconds() // 60))
        out.append((utc(original), utc(start), minutes, getattr(local, "key", None)))
    return out or None


def _contact(msg) -> ContactRecord | Rejection:
    emails = []
    for n in (1, 2, 3):
        address = normalize_email(getattr(msg, f"email{n}EmailAddress", None))
        if address:
            emails.append((address, None))
    phones = []
    for attr, kind, label in _PHONES:
        value = _text(getattr(msg, attr, None), 60)
        if value:
            phones.append((value, kind, label))
    name = _text(getattr(msg, "displayName", None), 200) or " ".join(
        p for p in (_text(getattr(msg, "givenName", None)), _text(getattr(msg, "surname", None))) if p
    )
    if not name and not emails:
        return Rejection(Reason.NO_NAME)
    birthday = getattr(msg, "birthday", None)
    return ContactRecord(
        full_name=name or None,
        emails=emails,
        phones=phones,
        title=_text(getattr(msg, "jobTitle", None), 200),
        department=_text(getattr(msg, "departmentName", None), 200),
        organization=_text(getattr(msg, "companyName", None), 200),
        birthday=birthday.date() if isinstance(birthday, datetime) and birthday.year > 1900 else None,
    )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
