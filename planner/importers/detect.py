"""Which format a file is in, from its first bytes rather than its name.

A renamed file (an .eml saved as .txt, a CSV called .xls) is still read the right
way; 100 MB of junk is refused after reading one small sample, never the whole file.
"""

from __future__ import annotations

import re
import zipfile
from enum import StrEnum
from pathlib import Path

from planner.importers.encodings import detect_encoding
from planner.importers.report import ImportFailure, Reason

SNIFF_BYTES = 64 * 1024


class Format(StrEnum):
    EML = "eml"
    MBOX = "mbox"
    MSG = "msg"
    ICS = "ics"
    VCF = "vcf"
    CSV = "csv"
    XLSX = "xlsx"


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:")
_MAIL_HEADERS = {
    b"from",
    b"to",
    b"subject",
    b"date",
    b"message-id",
    b"received",
    b"return-path",
    b"mime-version",
    b"delivered-to",
    b"content-type",
    b"x-mailer",
    b"cc",
    b"reply-to",
    b"x-received",
    b"dkim-signature",
    b"thread-topic",
    b"sender",
    b"x-original-to",
}
_MBOX_FROM = re.compile(rb"^From \S+ .*\d{4}")
#: Extensions only consulted when the content itself is ambiguous (plain text).
EXTENSION_HINTS = {
    ".eml": Format.EML,
    ".mbox": Format.MBOX,
    ".mbx": Format.MBOX,
    ".ics": Format.ICS,
    ".ical": Format.ICS,
    ".vcf": Format.VCF,
    ".vcard": Format.VCF,
    ".csv": Format.CSV,
    ".tsv": Format.CSV,
    ".txt": Format.CSV,
    ".msg": Format.MSG,
    ".xlsx": Format.XLSX,
}


def detect_format(path: Path) -> Format:
    """The format of ``path`` by content; raises ImportFailure for junk or unsupported files."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        raise ImportFailure(Reason.UNREADABLE, detail=exc.strerror or str(exc)) from exc
    if not head.strip():
        raise ImportFailure(Reason.EMPTY)
    return sniff(head, path)


def sniff(head: bytes, path: Path | None = None) -> Format:
    suffix = path.suffix.lower() if path is not None else ""
    if head.startswith(OLE_MAGIC):
        if suffix in (".xls", ".doc", ".ppt"):
            raise ImportFailure(Reason.UNSUPPORTED, detail="ole:" + suffix.lstrip("."))
        return Format.MSG
    if head.startswith(b"PAR1"):
        raise ImportFailure(Reason.UNSUPPORTED, detail="parquet")
    if head.startswith(ZIP_MAGIC):
        return _zip_format(path)
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFailure(Reason.BINARY)
    text_head = head.lstrip(b"\xef\xbb\xbf").lstrip()
    upper = text_head[:200].upper()
    if upper.startswith(b"BEGIN:VCALENDAR"):
        return Format.ICS
    if upper.startswith(b"BEGIN:VCARD"):
        return Format.VCF
    if _MBOX_FROM.match(text_head):
        return Format.MBOX
    if _looks_like_mail(text_head):
        return Format.EML
    if _looks_like_text(head):
        hint = EXTENSION_HINTS.get(suffix)
        if hint in (Format.EML, Format.MBOX, Format.ICS, Format.VCF):
            raise ImportFailure(Reason.UNKNOWN_FORMAT, detail="not " + hint.value)
        return Format.CSV
    raise ImportFailure(Reason.BINARY)


def _zip_format(path: Path | None) -> Format:
    if path is None:
        return Format.XLSX
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFailure(Reason.TRUNCATED, detail="zip: " + str(exc)) from exc
    if "xl/workbook.xml" in names:
        return Format.XLSX
    if "content.xml" in names:
        raise ImportFailure(Reason.UNSUPPORTED, detail="ods")
    raise ImportFailure(Reason.UNSUPPORTED, detail="zip")


def _looks_like_mail(head: bytes) -> bool:
    """At least two of the first header lines are well-known mail headers."""
    known = 0
    lines = head.splitlines()[:40]
    for line in lines:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        if not _HEADER_LINE.match(line):
            return known >= 2
        if line.split(b":", 1)[0].strip().lower() in _MAIL_HEADERS:
            known += 1
            if known >= 2:
                return True
    return known >= 2


def _looks_like_text(head: bytes) -> bool:
    """Mostly printable once decoded: control characters are rare in real text."""
    text = head.decode(detect_encoding(head), errors="replace")
    if not text:
        return False
    bad = sum(1 for ch in text if (ch < " " and ch not in "\r\n\t") or ch == "\ufffd")
    return bad / len(text) < 0.01
