"""vCard 2.1, 3.0 and 4.0 contacts, read by a tolerant parser of our own.

vobject fails on several real exports (Android and Outlook 2.1 quoted-printable
with soft line breaks, iPhone item groups, Lotus Notes nested AGENT cards,
cards glued together without a newline), so this module reads vCards itself:
unfolding, QP soft breaks, CHARSET parameters, item groups, 2.1 bare TYPE
parameters, 3.0 escaping; nested cards are skipped; binary PHOTO/KEY values ignored.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from db.enums import ContactKind
from planner.importers.encodings import decode_with
from planner.importers.normalize import clean_text, normalize_email, parse_date
from planner.importers.records import ContactRecord, Skipped
from planner.importers.report import ImportFailure, Reason, Rejection

_GLUED = re.compile(rb"(END:VCARD)[ \t]*(?=BEGIN:VCARD)", re.IGNORECASE)
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}


@dataclass
class Property:
    name: str
    params: dict[str, list[str]] = field(default_factory=dict)
    value: str = ""

    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}


def parse_vcf(data: bytes) -> Iterator[ContactRecord | Rejection | Skipped]:
    """Contacts of a .vcf file's bytes; one card that cannot be used is one rejection."""
    cards = list(read_cards(data))
    if not cards:
        raise ImportFailure(Reason.EMPTY, detail="no vCard")
    for number, (props, complete) in enumerate(cards, start=1):
        if not complete:
            yield Rejection(Reason.TRUNCATED, number, "END:VCARD")
            continue
        yield contact_from(props, number)


def read_cards(data: bytes) -> Iterator[tuple[list[Property], bool]]:
    """Each top-level card's properties, and whether it was closed by END:VCARD."""
    data = _GLUED.sub(rb"\1\r\n", data.lstrip(b"\xef\xbb\xbf"))
    depth = 0
    props: list[Property] = []
    for line in logical_lines(data):
        prop = parse_line(line)
        if prop is None:
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            depth += 1
            if depth == 1:
                props = []
            continue
        if prop.name == "AGENT" and prop.value.strip().upper().startswith("BEGIN:VCARD"):
            depth += 1  # 2.1 inline agent: its card follows and is not this person
            continue
        if prop.name == "END" and prop.value.strip().upper() == "VCARD":
            depth -= 1
            if depth == 0:
                yield props, True
            depth = max(depth, 0)
            continue
        if depth == 1:
            props.append(prop)
    if depth > 0:
        yield props, False


def logical_lines(data: bytes) -> Iterator[bytes]:
    """Physical lines joined back: folding (a leading space or tab) and QP soft breaks (a trailing =)."""
    current: bytes | None = None
    quoted = False
    for raw in data.splitlines():
        if current is not None and quoted and current.endswith(b"="):
            current = current[:-1] + raw
            continue
        if current is not None and raw[:1] in (b" ", b"\t"):
            current += raw[1:]
            continue
        if current is not None:
            yield current
        current = raw
        head = raw.split(b":", 1)[0].upper()
        quoted = b"QUOTED-PRINTABLE" in head
    if current is not None:
        yield current


def parse_line(line: bytes) -> Property | None:
    if b":" not in line:
        return None
    head, _, value = line.partition(b":")
    parts = _split_params(head.decode("ascii", "replace"))
    name = parts[0].rpartition(".")[2].strip().upper()  # "item1.EMAIL" -> EMAIL
    if not name:
        return None
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, eq, val = part.partition("=")
        if not eq:
            key, val = "TYPE", key  # vCard 2.1: bare "WORK", "PREF", "QUOTED-PRINTABLE"
            if val.upper() in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"):
                key = "ENCODING"
        params.setdefault(key.strip().upper(), []).extend(
            v.strip().strip('"') for v in val.split(",") if v.strip()
        )
    if name in _BINARY:
        return Property(name, params, "")
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    charset = (params.get("CHARSET") or [None])[0]
    if "QUOTED-PRINTABLE" in encoding:
        text = decode_with(quopri.decodestring(value), charset)
    elif encoding & {"B", "BASE64"}:
        text = ""
    else:
        text = decode_with(value, charset)
    return Property(name, params, text)


def _split_params(head: str) -> list[str]:
    """Split "TEL;TYPE=\"work,voice\";PREF" on semicolons outside quotes."""
    parts, current, quoted = [], [], False
    for ch in head:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def unescape(text: str) -> str:
    return (
        text.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\:", ":")
        .replace("\\\\", "\\")
    )


def components(text: str) -> list[str]:
    """A structured value (N, ORG, ADR) split on unescaped semicolons."""
    return [unescape(p).strip() for p in re.split(r"(?<!\\);", text)]


def contact_from(props: list[Property], number: int) -> ContactRecord | Rejection | Skipped:
    full_name = None
    structured = None
    emails: list[tuple[str, str | None]] = []
    phones: list[tuple[str, ContactKind, str | None]] = []
    fields: dict[str, str] = {}
    for prop in props:
        if prop.name == "FN":
            full_name = full_name or clean_text(unescape(prop.value), 200)
        elif prop.name == "N":
            parts = components(prop.value) + [""] * 5
            family, given, middle, prefix, suffix = parts[:5]
            structured = " ".join(p for p in (given, middle, family) if p) or None
        elif prop.name == "EMAIL":
            address = normalize_email(unescape(prop.value))
            if address and address not in [e for e, _ in emails]:
                emails.append((address, _label(prop.types())))
        elif prop.name == "TEL":
            number_text = clean_text(unescape(prop.value).removeprefix("tel:"), 60)
            if number_text and any(ch.isdigit() for ch in number_text):
                types = prop.types()
                if "fax" in types:
                    continue
                kind = ContactKind.MOBILE if types & {"cell", "mobile", "iphone"} else ContactKind.PHONE
                phones.append((number_text, kind, _label(types)))
        elif prop.name in ("ORG", "TITLE", "ROLE", "BDAY", "NOTE") and prop.name not in fields:
            fields[prop.name] = prop.value
    name = full_name or clean_text(structured, 200)
    if not name and not emails:
        return Skipped(number, "empty card") if not phones else Rejection(Reason.NO_NAME, number, "FN")
    org = components(fields.get("ORG", ""))
    birthday = None
    if fields.get("BDAY"):
        try:
            birthday = (
                parse_date(fields["BDAY"].strip()[:10])
                if "-" in fields["BDAY"]
                else parse_date(_compact_date(fields["BDAY"].strip()))
            )
        except ValueError:
            birthday = None
    return ContactRecord(
        full_name=name,
        emails=emails,
        phones=phones,
        title=clean_text(unescape(fields.get("TITLE") or fields.get("ROLE") or ""), 200),
        organization=clean_text(org[0] if org else None, 200),
        department=clean_text(org[1] if len(org) > 1 else None, 200),
        birthday=birthday,
        note=clean_text(unescape(fields.get("NOTE", "")), 2000),
        row=number,
    )


def _compact_date(text: str) -> str:
    """vCard "19800321" -> "1980-03-21"."""
    digits = text[:8]
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) == 8 and digits.isdigit() else text


def _label(types: set[str]) -> str | None:
    for label in ("work", "home", "mobile", "cell", "other"):
        if label in types:
            return "mobile" if label == "cell" else label
    return None
