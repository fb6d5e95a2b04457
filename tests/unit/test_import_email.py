"""Mail parsing: encoded and raw 8-bit headers, keys, dates, bodies; mailboxes split right."""

from __future__ import annotations

from datetime import UTC, datetime

from db.enums import InteractionKind, ParticipantRole
from planner.importers.email_eml import header_text, parse_mail
from planner.importers.mbox import messages, parse_mbox
from planner.importers.records import InteractionRecord
from planner.importers.report import Reason, Rejection

MAIL = (
    b"From: =?utf-8?B?0JDQvdC90LA=?= <Anna@UralSteel.ru>\r\n"
    b'To: max@ourcompany.com, "Boris" <boris@uralsteel.ru>\r\n'
    b"Cc: anna@uralsteel.ru\r\n"
    b"Subject: =?koi8-r?B?8M/T1MHXy8E=?= 42\r\n"
    b"Date: Tue, 4 Mar 2025 13:00:00 +0300\r\n"
    b"Message-ID: <abc.123@uralsteel.ru>\r\n"
    b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n"
    b"--XX\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n"
    b"<p>\xcf\xf0\xe8\xe2\xe5\xf2 &amp; <b>bye</b></p>\r\n"
    b'--XX\r\nContent-Type: application/pdf; name="../../etc/passwd.pdf"\r\n'
    b'Content-Disposition: attachment; filename="../../etc/passwd.pdf"\r\n\r\nJVBERi0=\r\n--XX--\r\n'
)


def test_a_mail_becomes_one_record():
    record = parse_mail(MAIL)
    assert isinstance(record, InteractionRecord)
    assert record.kind is InteractionKind.EMAIL
    assert record.source_key == "mid:abc.123@uralsteel.ru"
    assert record.subject == "Поставка 42"
    assert record.occurred_at == datetime(2025, 3, 4, 10, 0, tzinfo=UTC)
    assert [(a.email, a.name, r) for a, r in record.participants] == [
        ("anna@uralsteel.ru", "Анна", ParticipantRole.SENDER),
        ("max@ourcompany.com", None, ParticipantRole.RECIPIENT),
        ("boris@uralsteel.ru", "Boris", ParticipantRole.RECIPIENT),
    ]
    # HTML only: tags stripped, charset honoured; the attachment is only named, as text.
    assert record.summary.startswith("Привет & bye")
    assert "[attachments: ../../etc/passwd.pdf]" in record.summary


def test_raw_8bit_headers_are_decoded():
    raw = (
        b"From: a@b.ru\nSubject: \xcf\xee\xf1\xf2\xe0\xe2\xea\xe0 \xef\xf0\xee\xea\xe0\xf2\xe0\n"
        b"Date: Tue, 4 Mar 2025 13:00:00 +0300\n\nx"
    )
    assert parse_mail(raw).subject == "Поставка проката"
    assert header_text(None) is None


def test_keys_and_dates_fall_back():
    no_id = b"From: a@b.ru\nSubject: s\nDate: Tue, 4 Mar 2025 13:00:00 -0000\n\nbody"
    record = parse_mail(no_id)
    assert record.source_key.startswith("mail-sha256:") and record.source_key == parse_mail(no_id).source_key
    assert record.occurred_at.tzinfo is not None
    received = b"Received: from x by y; Wed, 5 Mar 2025 08:00:00 +0100\nFrom: a@b.ru\nSubject: s\n\nbody"
    assert parse_mail(received).occurred_at == datetime(2025, 3, 5, 7, tzinfo=UTC)
    undated = parse_mail(b"From: a@b.ru\nSubject: s\n\nbody", row=7)
    assert undated == Rejection(Reason.BAD_DATE, 7, "Date", None)


def test_mbox_is_split_and_unescaped(tmp_path):
    box = tmp_path / "in.mbox"
    box.write_bytes(
        b"From a@b.ru Tue Mar  4 13:00:00 2025\nFrom: a@b.ru\nSubject: one\n"
        b"Date: Tue, 4 Mar 2025 13:00:00 +0000\n\n"
        b">From the start\n\n"
        b"From c@d.ru Tue Mar  4 14:00:00 2025\nFrom: c@d.ru\nSubject: two\n"
        b"Date: Tue, 4 Mar 2025 14:00:00 +0000\n\nx\n"
    )
    found = list(messages(box))
    assert [n for n, _ in found] == [1, 2]
    assert b"\nFrom the start" in found[0][1]
    assert [r.subject for r in parse_mbox(box)] == ["one", "two"]
