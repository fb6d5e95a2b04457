"""The tolerant vCard reader on what real address books write."""

from __future__ import annotations

from datetime import date

import pytest

from db.enums import ContactKind
from planner.importers.contacts_vcf import parse_vcf, read_cards
from planner.importers.records import ContactRecord, Skipped
from planner.importers.report import ImportFailure, Reason, Rejection

OUTLOOK_21 = (
    (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:=CF=E5=F2=F0=EE=E2=E0;=C0=ED=ED=E0;;;\r\n"
        "FN;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:=C0=ED=ED=E0 =CF=E5=F2=F0=EE=E2=E0=\r\n"
        " (=D3=F0=E0=EB)\r\n"
        "ORG:Уралсталь;Снабжение\r\n"
        "TEL;WORK;VOICE:+7 343 000-00-00\r\n"
        "TEL;CELL:+7 912 000-00-00\r\n"
        "TEL;WORK;FAX:+7 343 000-00-01\r\n"
        "EMAIL;PREF;INTERNET:Anna@UralSteel.ru\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:line one=0D=0Aline=\r\ntwo\r\n"
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n    /9j/4AAQSkZJRgABAQAAAQABAAD\r\n    AAgAAYdpAAQAAAABA\r\n\r\n"
        "BDAY:19800321\r\n"
        "END:VCARD\r\n"
    )
    .encode()
    .replace("Уралсталь".encode(), "Уралсталь".encode())
)


def test_outlook_21_quoted_printable_with_charset_and_soft_breaks():
    [card] = list(parse_vcf(OUTLOOK_21))
    assert isinstance(card, ContactRecord)
    assert card.full_name == "Анна Петрова (Урал)"
    assert card.organization == "Уралсталь" and card.department == "Снабжение"
    assert card.emails == [("anna@uralsteel.ru", None)]
    assert [(v, k) for v, k, _ in card.phones] == [
        ("+7 343 000-00-00", ContactKind.PHONE),
        ("+7 912 000-00-00", ContactKind.MOBILE),
    ]
    assert card.note == "line one\r\nlinetwo" or card.note.startswith("line one")
    assert card.birthday == date(1980, 3, 21)


def test_iphone_groups_escapes_and_folding():
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;;Mr.;\nFN:John Doe\n"
        b"item1.EMAIL;type=INTERNET;type=pref:john@example.com\nitem1.X-ABLabel:_$!<Other>!$_\n"
        b"ORG:Acme\\, Inc.;Sales\nTITLE:Head of\n  Sales\nBDAY;value=date:1975-04-02\nEND:VCARD\n"
    )
    [card] = list(parse_vcf(data))
    assert card.emails == [("john@example.com", None)]
    assert card.organization == "Acme, Inc." and card.department == "Sales"
    assert card.title == "Head of Sales" and card.birthday == date(1975, 4, 2)


def test_glued_cards_nested_agent_and_v4():
    data = (
        b"BEGIN:VCARD\nVERSION:3.0\nFN:One\nEMAIL:one@x.ru\nEND:VCARDBEGIN:VCARD\nVERSION:2.1\n"
        b"FN:Two\nAGENT:BEGIN:VCARD\nFN:Assistant\nEMAIL:assistant@x.ru\nEND:VCARD\nEMAIL:two@x.ru\nEND:VCARD\n"
        b'BEGIN:VCARD\nVERSION:4.0\nFN:Three\nEMAIL;TYPE=work:three@x.ru\nTEL;TYPE="cell,voice";VALUE=uri:tel:+49-30-1\n'
        b"END:VCARD\n"
    )
    cards = list(parse_vcf(data))
    assert [c.full_name for c in cards] == ["One", "Two", "Three"]
    assert cards[1].emails == [("two@x.ru", None)]
    assert cards[2].emails == [("three@x.ru", "work")]
    assert cards[2].phones == [("+49-30-1", ContactKind.MOBILE, "mobile")]


def test_empty_truncated_and_not_a_card():
    data = b"BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\nBEGIN:VCARD\nFN:Cut\nEMAIL:cut@x.ru\n"
    found = list(parse_vcf(data))
    assert isinstance(found[0], Skipped)
    assert found[1] == Rejection(Reason.TRUNCATED, 2, "END:VCARD")
    only_phone = list(parse_vcf(b"BEGIN:VCARD\nTEL:123\nEND:VCARD\n"))
    assert only_phone[0].reason is Reason.NO_NAME
    with pytest.raises(ImportFailure):
        list(parse_vcf(b"hello"))
    assert list(read_cards(b"")) == []
