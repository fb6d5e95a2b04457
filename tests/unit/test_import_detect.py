"""Formats are told by content, not by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.importers.detect import Format, sniff
from planner.importers.report import ImportFailure, Reason


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"From: a@b.ru\r\nTo: c@d.ru\r\nSubject: x\r\n\r\nbody", Format.EML),
        (b"  \r\nReceived: from x\r\n\tby y\r\nFrom: a@b\r\nSubject: s\r\n\r\n", Format.EML),
        (b"From someone@example.com Sat Jan  3 01:05:34 1996\nFrom: a@b\n", Format.MBOX),
        (b"\xef\xbb\xbfBEGIN:VCARD\r\nVERSION:3.0\r\n", Format.VCF),
        (b"BEGIN:VCALENDAR\nVERSION:2.0\n", Format.ICS),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, Format.MSG),
        ("Дата;Сумма\n01.01.2025;1\n".encode("cp1251"), Format.CSV),
        (b"Date,Amount\n2025-01-01,1\n", Format.CSV),
    ],
)
def test_sniff(head, expected):
    assert sniff(head) is expected


def test_content_beats_the_name():
    assert sniff(b"From: a@b.ru\nTo: c@d.ru\nSubject: x\n\nhi", Path("letter.txt")) is Format.EML
    assert sniff(b"BEGIN:VCARD\nEND:VCARD\n", Path("contacts.csv")) is Format.VCF


@pytest.mark.parametrize(
    ("head", "name", "reason"),
    [
        (b"\x00\x01\x02\x03" * 100, "x.csv", Reason.BINARY),
        (bytes(range(256)) * 10, "x.eml", Reason.BINARY),
        (b"PAR1\x15\x04", "x.parquet", Reason.UNSUPPORTED),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 10, "old.xls", Reason.UNSUPPORTED),
        (b"just some words", "x.eml", Reason.UNKNOWN_FORMAT),
    ],
)
def test_refused(head, name, reason):
    with pytest.raises(ImportFailure) as caught:
        sniff(head, Path(name))
    assert caught.value.rejection.reason is reason
