"""Internet mail (.eml, and each message of an mbox) into interaction records.

Parsed with the standard library's compat32 policy: it never raises on broken
headers (raw 8-bit subjects, missing boundaries, folded 200 KB headers), and the
8-bit bytes it keeps are decoded here with the declared charset or by detection.
Attachments are not stored: only their names are listed in the summary, as text.
"""

from __future__ import annotations

import email
import hashlib
import re
from datetime import UTC, datetime
from email.header import decode_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from db.enums import InteractionKind, ParticipantRole
from planner.importers.encodings import decode_bytes, decode_with
from planner.importers.normalize import clean_text, normalize_email
from planner.importers.records import Address, InteractionRecord
from planner.importers.report import Reason, Rejection

SUMMARY_LIMIT = 4000
SUBJECT_LIMIT = 500
KEY_LIMIT = 900
_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_BLANKS = re.compile(r"\n\s*\n\s*\n+")
_ROLES = (("to", ParticipantRole.RECIPIENT), ("cc", ParticipantRole.CC))
_CHARSETS: dict[str, str | None] = {}
_CHARSETS_KEPT = 512
_UNKNOWN = object()
# An atom of RFC 5322 without the characters getaddresses treats specially ("." included, so
# "J. Smith" takes the long way); texts come from header_text, whitespace folded to one space.
_WORD = r'[^\s()<>@,:;."\[\]\\]+'
_ADDR_SPEC = rf"{_WORD}(?:\.{_WORD})*@{_WORD}(?:\.{_WORD})*"
_SIMPLE_ADDRESS = re.compile(
    rf"(?:(?P<name>{_WORD}(?: {_WORD})*) )?<(?P<address>{_ADDR_SPEC})>|(?P<bare>{_ADDR_SPEC})"
)


def parse_mail(raw: bytes, *, row: int | None = None) -> InteractionRecord | Rejection:
    """One message's bytes into a record, or a rejection when it has no usable date."""
    message = email.message_from_bytes(raw, policy=compat32)
    return record_from_message(message, raw, row=row)


def record_from_message(
    message: Message, raw: bytes, *, row: int | None = None
) -> InteractionRecord | Rejection:
    occurred = mail_date(message)
    if occurred is None:
        return Rejection(Reason.BAD_DATE, row, "Date", header_text(message.get("Date")))
    participants: list[tuple[Address, ParticipantRole]] = []
    sender = addresses(message.get_all("From") or message.get_all("Sender") or [])
    participants += [(a, ParticipantRole.SENDER) for a in sender[:1]]
    for name, role in _ROLES:
        known = {a.email for a, _ in participants}
        participants += [(a, role) for a in addresses(message.get_all(name) or []) if a.email not in known]
    subject = clean_text(header_text(message.get("Subject")), SUBJECT_LIMIT)
    return InteractionRecord(
        source_key=message_key(message, raw),
        kind=InteractionKind.EMAIL,
        occurred_at=occurred,
        subject=subject,
        summary=body_summary(message),
        participants=participants,
        row=row,
    )


def header_text(value: object) -> str | None:
    """A header as text: RFC 2047 words decoded, raw 8-bit bytes detected, whitespace folded."""
    if value is None:
        return None
    if value.__class__ is str and value.isascii() and "=?" not in value:
        return " ".join(value.split())  # the common case: nothing encoded
    try:
        chunks = decode_header(value)
    except Exception:  # noqa: BLE001 - a malformed encoded word: keep the raw text
        chunks = [(str(value), None)]
    parts = []
    for data, charset in chunks:
        if isinstance(data, bytes):
            known = charset if charset and charset != "unknown-8bit" else None
            parts.append(decode_with(data, known))
        else:
            parts.append(_unescape(data))
    return " ".join("".join(parts).split())


def _unescape(text: str) -> str:
    """compat32 keeps undecodable bytes as surrogates: turn them back into bytes and decode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return decode_bytes(text.encode("utf-8", "surrogateescape"))
    return text


def addresses(values: list) -> list[Address]:
    found = []
    seen = set()
    texts = [header_text(v) or "" for v in values]
    for name, raw in _name_address_pairs(texts):
        address = normalize_email(raw)
        if address is None or address in seen:
            continue
        seen.add(address)
        found.append(Address(address, clean_text(name, 200)))
    return found


def _name_address_pairs(texts: list[str]) -> list[tuple[str, str]]:
    """``email.utils.getaddresses(texts)``, answered by a regular expression when every text is
    a plain "Name <local@domain>" or "local@domain" (no quotes, comments, groups or dots in the
    name), which is what nearly all mail carries; anything else goes to getaddresses itself.
    tests/unit/test_import_shortcuts.py checks both give the same answer."""
    pairs = []
    for text in texts:
        match = _SIMPLE_ADDRESS.fullmatch(text)
        if match is None:
            return getaddresses(texts)
        bare = match["bare"]
        pairs.append(("", bare) if bare else (match["name"] or "", match["address"]))
    return pairs


def mail_date(message: Message) -> datetime | None:
    """When the mail was sent (Date), else when it was received (last Received hop), in UTC."""
    candidates = [message.get("Date")]
    candidates += [str(r).rpartition(";")[2] for r in reversed(message.get_all("Received") or [])]
    for value in candidates:
        text = header_text(value)
        if not text:
            continue
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        if 1980 <= moment.year <= 2200:
            return moment.astimezone(UTC)
    return None


def message_key(message: Message, raw: bytes) -> str:
    """Message-ID, else a hash of the bytes: the same mail from two exports is the same key."""
    message_id = header_text(message.get("Message-ID")) or ""
    message_id = message_id.strip().strip("<>").strip()
    if message_id and len(message_id) <= KEY_LIMIT and " " not in message_id:
        return "mid:" + message_id
    return "mail-sha256:" + hashlib.sha256(raw).hexdigest()


def body_summary(message: Message) -> str | None:
    """The first plain-text part (else the first HTML part, tags stripped), plus attachment names."""
    plain = html = None
    attachments: list[str] = []
    for part in _walk(message):
        try:
            raw_disposition = part.get("Content-Disposition")
            disposition = (raw_disposition or "").split(";")[0].strip().lower()
            filename = _filename(part, raw_disposition)
            ctype = part.get_content_type()
        except Exception:  # noqa: BLE001 - a part with unreadable headers is passed over
            continue
        if filename or disposition == "attachment":
            if filename:
                attachments.append(header_text(filename) or "")
            continue
        if ctype == "text/plain" and plain is None:
            plain = _payload_text(part)
        elif ctype == "text/html" and html is None:
            html = _payload_text(part)
    text = plain if plain and plain.strip() else (_strip_html(html) if html else None)
    if attachments:
        names = ", ".join(clean_text(a, 120) or "?" for a in attachments[:20])
        text = f"{text or ''}\n\n[attachments: {names}]".strip()
    if not text:
        return None
    return clean_text(_BLANKS.sub("\n\n", text.replace("\r\n", "\n")), SUMMARY_LIMIT)


def _filename(part: Message, disposition: object) -> str | None:
    """``part.get_filename()``, without parsing the headers' parameters when neither can name a
    file: no Content-Disposition, and no "name" anywhere in Content-Type (most text parts)."""
    if disposition is None and "name" not in str(part.get("Content-Type", "")).lower():
        return None
    return part.get_filename()


def _walk(message: Message):
    """Parts of a message, not descending into attached messages (their text is theirs)."""
    if not message.is_multipart():
        yield message
        return
    payload = message.get_payload()
    if not isinstance(payload, list):
        yield message
        return
    for part in payload:
        if not isinstance(part, Message):
            continue
        if part.get_content_maintype() == "message":
            name = part.get_filename() or "message.eml"
            part.set_param("name", name) if not part.get_filename() else None
            yield part
            continue
        yield from _walk(part)


def _payload_text(part: Message) -> str | None:
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - broken transfer encoding: skip the part
        return None
    if data is None:
        payload = part.get_payload()
        return payload if isinstance(payload, str) else None
    try:
        charset = _charset(part)
    except Exception:  # noqa: BLE001
        charset = None
    return decode_with(data, charset)


def _charset(part: Message) -> str | None:
    """``part.get_content_charset()``, remembered per Content-Type text: a folder of mail repeats
    a handful of them, and parsing the parameters each time costs more than the lookup."""
    header = part.get("Content-Type")
    if header.__class__ is not str:
        return part.get_content_charset()
    found = _CHARSETS.get(header, _UNKNOWN)
    if found is _UNKNOWN:
        if len(_CHARSETS) >= _CHARSETS_KEPT:
            _CHARSETS.clear()
        found = _CHARSETS[header] = part.get_content_charset()
    return found


def _strip_html(html: str) -> str:
    import html as html_lib

    text = _TAGS.sub(" ", html)
    text = html_lib.unescape(text)
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
