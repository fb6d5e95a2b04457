"""The import service on a small portfolio: matching, de-duplication, one transaction per file,
cancel, dry run, proposals and new people, contacts merging, spreadsheets and calendars."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from db.enums import Direction, ParticipantRole
from db.models import (
    ContactPoint,
    ImportedFile,
    ImportMapping,
    Interaction,
    InteractionParticipant,
    Order,
    OrderLine,
    Person,
)
from planner.errors import NotFound, PlannerError
from planner.importers.report import FileStatus, Reason
from planner.importers.service import import_files
from tests.db.test_import_support import count, mail, seed


@pytest.fixture
def db(any_db):
    """SQLite, and PostgreSQL where a server is configured (KAP_TEST_PG_URL)."""
    return any_db


@pytest.fixture
def portfolio(db):
    return seed(db)


@pytest.fixture
def tmp(tmp_path):
    """A folder of its own (the database file lives in tmp_path)."""
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


def test_mail_is_matched_to_people_accounts_and_team(db, portfolio, tmp):
    mail(
        tmp,
        "a.eml",
        sender="Anna <anna@uralsteel.ru>",
        to="max@ourcompany.com",
        cc="Boris <boris@uralsteel.ru>",
        subject="Поставка",
    )
    mail(tmp, "b.eml", sender="Max <max@ourcompany.com>", to="klaus@nordwerk.de", subject="Offer")
    report = import_files(db, [tmp])
    assert [f.status for f in report.files] == [FileStatus.IMPORTED] * 2
    assert report.changes.accounts == {portfolio.ural, portfolio.nord}
    with db.session.begin() as session:
        rows = {i.subject: i for i in session.scalars(select(Interaction))}
        assert rows["Поставка"].direction is Direction.INBOUND
        assert rows["Offer"].direction is Direction.OUTBOUND
        roles = session.execute(
            select(
                InteractionParticipant.role,
                InteractionParticipant.person_id,
                InteractionParticipant.team_member_id,
            ).where(InteractionParticipant.interaction_id == rows["Поставка"].id)
        ).all()
    assert {r.role for r in roles} == {ParticipantRole.SENDER, ParticipantRole.RECIPIENT}
    # Boris is unknown at a known domain: offered, not created.
    proposals = report.proposals
    assert [(p.email, p.name, p.account_name) for p in proposals] == [
        ("boris@uralsteel.ru", "Boris", "Уралсталь")
    ]
    assert count(db, Person) == 2


def test_add_people_creates_them_and_they_match_next_time(db, portfolio, tmp):
    mail(tmp, "a.eml", sender="Boris Orlov <boris@uralsteel.ru>", to="max@ourcompany.com", subject="x")
    report = import_files(db, [tmp], add_people=True)
    assert report.files[0].people_added == 1 and not report.proposals
    with db.session.begin() as session:
        boris = session.scalar(select(Person).where(Person.full_name == "Boris Orlov"))
        assert boris is not None
        assert (
            session.scalar(select(ContactPoint.value_normalized).where(ContactPoint.person_id == boris.id))
            == "boris@uralsteel.ru"
        )


def test_reimport_changes_nothing_and_message_id_dedupes_across_files(db, portfolio, tmp):
    first = mail(
        tmp / "in",
        "a.eml",
        sender="anna@uralsteel.ru",
        to="max@ourcompany.com",
        subject="One",
        message_id="<same@x>",
    )
    import_files(db, [first])
    again = import_files(db, [first])
    assert again.files[0].status is FileStatus.UNCHANGED
    copy = mail(
        tmp / "other",
        "copy.eml",
        sender="anna@uralsteel.ru",
        to="max@ourcompany.com",
        subject="One (forwarded copy)",
        message_id="<same@x>",
    )
    report = import_files(db, [copy])
    assert report.files[0].status is FileStatus.UNCHANGED and report.files[0].duplicates == 1
    assert count(db, Interaction) == 1


def test_mail_without_an_account_is_rejected_unless_account_given(db, portfolio, tmp):
    path = mail(tmp, "a.eml", sender="news@elsewhere.com", to="max@ourcompany.com", subject="Ad")
    report = import_files(db, [path])
    item = report.files[0]
    assert item.status is FileStatus.FAILED and item.error.reason is Reason.NOTHING_IMPORTABLE
    assert item.rejected[0].reason is Reason.NO_ACCOUNT and item.rejected[0].value == "news@elsewhere.com"
    report = import_files(db, [path], account="nord")
    assert report.files[0].status is FileStatus.IMPORTED


def test_a_bad_file_leaves_the_database_as_it_was_and_the_batch_goes_on(db, portfolio, tmp):
    good = mail(tmp, "1.eml", sender="anna@uralsteel.ru", to="max@ourcompany.com", subject="ok")
    bad = tmp / "2.csv"
    bad.write_text("Дата;Сумма\n01.02.2025;12\n", encoding="cp1251")  # no product, no quantity
    junk = tmp / "3.xlsx"
    junk.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    report = import_files(db, [bad, good, junk])
    statuses = {f.path.rsplit("/", 1)[-1]: f for f in report.files}
    assert statuses["2.csv"].status is FileStatus.FAILED
    assert statuses["2.csv"].error.reason is Reason.MISSING_COLUMNS
    assert statuses["3.xlsx"].status is FileStatus.FAILED
    assert statuses["1.eml"].status is FileStatus.IMPORTED
    assert count(db, ImportedFile) == 1 and count(db, Interaction) == 1


def test_cancel_rolls_back_the_file_in_flight(db, portfolio, tmp):
    rows = "\n".join(f"{i};01.02.2025;Уралсталь;Сталь;1;10" for i in range(2500))
    sheet = tmp / "orders.csv"
    sheet.write_text("Номер;Дата;Клиент;Товар;Кол-во;Цена\n" + rows, encoding="utf-8")
    other = mail(tmp, "z.eml", sender="anna@uralsteel.ru", to="max@ourcompany.com", subject="later")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # during the sheet: after its first batch

    report = import_files(db, [sheet, other], cancelled=cancelled)
    assert [f.status for f in report.files] == [FileStatus.CANCELLED, FileStatus.NOT_STARTED]
    assert report.cancelled
    assert count(db, Order) == 0 and count(db, OrderLine) == 0
    assert count(db, ImportedFile) == 0


def test_progress_and_dry_run(db, portfolio, tmp):
    for i in range(3):
        mail(tmp, f"{i}.eml", sender="anna@uralsteel.ru", to="max@ourcompany.com", subject=str(i))
    seen = []
    report = import_files(db, [tmp], dry_run=True, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert report.dry_run and report.total("added") == 3 and not report.changes.entities
    assert count(db, Interaction) == 0 and count(db, ImportedFile) == 0


def test_unknown_account_is_an_error_before_any_file(db, portfolio, tmp):
    with pytest.raises(NotFound):
        import_files(db, [tmp], account="Nobody")
    with pytest.raises(PlannerError):
        import_files(db, [tmp], kind="spreadsheet")


VCARDS = """BEGIN:VCARD
VERSION:3.0
FN:Anna Petrova
EMAIL;TYPE=WORK:anna@uralsteel.ru
TEL;TYPE=CELL:+7 912 000-00-00
TITLE:Head of purchasing
END:VCARD
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9C=D0=B5=D0=B9=D0=B5=D1=80;Klaus;;;
FN:Klaus Meyer
ORG:Nordwerk Automotive
TEL;WORK:+49 30 1234
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Olga Smirnova
EMAIL:olga@uralsteel.ru
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Nobody Known
EMAIL:nobody@elsewhere.org
END:VCARD
"""


def test_contacts_merge_by_email_or_close_name_and_never_duplicate(db, portfolio, tmp):
    path = tmp / "people.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    report = import_files(db, [path])
    item = report.files[0]
    assert (item.added, item.merged, item.rejected_count) == (1, 2, 1)
    assert item.rejected[0].reason is Reason.NO_ACCOUNT
    with db.session.begin() as session:
        names = sorted(session.scalars(select(Person.full_name)))
        anna = session.scalar(select(Person).where(Person.full_name == "Анна Петрова"))
        assert anna.title == "Head of purchasing"
        kinds = sorted(
            k.value
            for k in session.scalars(select(ContactPoint.kind).where(ContactPoint.person_id == anna.id))
        )
    assert names == sorted(["Klaus Meier", "Olga Smirnova", "Анна Петрова"])
    assert kinds == ["email", "mobile"]
    # The same cards again, in another file: nothing new.
    copy = tmp / "copy.vcf"
    copy.write_text(VCARDS + "\n", encoding="utf-8")
    again = import_files(db, [copy]).files[0]
    assert (again.added, again.merged, again.duplicates) == (0, 0, 3)
    assert count(db, Person) == 3


def test_russian_order_export_in_cp1251_with_decimal_commas(db, portfolio, tmp):
    text = (
        "Выгрузка заказов за март\n"
        "Номер заказа;Дата;Контрагент;Номенклатура;Кол-во;Цена;Сумма, руб\n"
        "З-001;03.03.2025;Уралсталь;Лист стальной;1 200;1 234,50;1 481 400,00\n"
        "З-001;03.03.2025;Уралсталь;Уголок;10;99,9;999,00\n"
        "З-002;31.02.2025;Уралсталь;Уголок;1;1;1\n"
        "З-003;05.03.2025;Уралсталь;Возврат;-5;10;-50\n"
        "З-004;06.03.2025;Рога и копыта;Уголок;1;1;1\n"
    )
    path = tmp / "заказы.csv"
    path.write_bytes(text.encode("cp1251"))
    report = import_files(db, [path])
    item = report.files[0]
    assert item.kind == "orders" and item.status is FileStatus.IMPORTED
    assert item.added == 2
    reasons = [(r.row, r.column, r.value, r.reason) for r in item.rejected]
    assert reasons == [
        (5, "Дата", "31.02.2025", Reason.BAD_DATE),
        (6, "Кол-во", "-5", Reason.NEGATIVE),
        (7, "account", "Рога и копыта", Reason.UNKNOWN_ACCOUNT),
    ]
    with db.session.begin() as session:
        order = session.scalar(select(Order))
        assert order.currency == "RUB" and order.number == "З-001"
        amounts = sorted(line.amount for line in order.lines)
    assert [str(a) for a in amounts] == ["999.00", "1481400.00"]
    assert count(db, ImportMapping) == 1
    # Re-exported with one new order: only that one is added.
    path2 = tmp / "заказы-2.csv"
    path2.write_bytes((text + "З-005;07.03.2025;Уралсталь;Уголок;2;5;10\n").encode("cp1251"))
    item = import_files(db, [path2]).files[0]
    assert (item.added, item.duplicates) == (1, 2)


def test_remembered_mapping_is_used_for_the_same_layout(db, portfolio, tmp):
    first = tmp / "a.csv"
    first.write_text("When;Who;What;Notes\n01.03.2025;Anna;Call;pricing\n", encoding="utf-8")
    mapping = {"When": "occurred_at", "Who": "person", "What": "kind", "Notes": "summary"}
    item = import_files(db, [first], kind="interactions", mapping=mapping, account="Урал").files[0]
    assert item.status is FileStatus.IMPORTED and item.mapping == mapping
    second = tmp / "b.csv"
    second.write_text("When;Who;What;Notes\n02.03.2025;Анна Петрова;Визит;склад\n", encoding="utf-8")
    item = import_files(db, [second], account="Урал").files[0]
    assert item.status is FileStatus.IMPORTED and item.mapping == mapping
    with db.session.begin() as session:
        visit = session.scalar(select(Interaction).where(Interaction.summary == "склад"))
        assert visit.kind.value == "site_visit" and len(visit.participants) == 1


ICS = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:series-1
SUMMARY:Weekly sync
DTSTART;TZID=Russian Standard Time:20250303T100000
DTEND;TZID=Russian Standard Time:20250303T110000
RRULE:FREQ=WEEKLY;COUNT=3
ORGANIZER;CN=Max:mailto:max@ourcompany.com
ATTENDEE;CN=Anna:mailto:anna@uralsteel.ru
END:VEVENT
{extra}END:VCALENDAR
"""
MOVED = """BEGIN:VEVENT
UID:series-1
RECURRENCE-ID;TZID=Russian Standard Time:20250310T100000
SUMMARY:Weekly sync (moved)
DTSTART;TZID=Russian Standard Time:20250311T150000
DTEND;TZID=Russian Standard Time:20250311T160000
END:VEVENT
BEGIN:VEVENT
UID:series-1
RECURRENCE-ID;TZID=Russian Standard Time:20250317T100000
STATUS:CANCELLED
DTSTART;TZID=Russian Standard Time:20250317T100000
END:VEVENT
"""


def test_calendar_reimport_moves_and_cancels_occurrences(db, portfolio, tmp):
    first = tmp / "cal.ics"
    first.write_text(ICS.format(extra=""), encoding="utf-8")
    item = import_files(db, [first]).files[0]
    assert item.added == 3 and item.kind == "calendar"
    updated = tmp / "cal-updated.ics"
    updated.write_text(ICS.format(extra=MOVED), encoding="utf-8")
    item = import_files(db, [updated]).files[0]
    assert (item.added, item.merged, item.duplicates) == (0, 2, 1)
    with db.session.begin() as session:
        live = session.execute(
            select(Interaction.occurred_at, Interaction.subject, Interaction.direction)
            .where(Interaction.deleted_at.is_(None))
            .order_by(Interaction.occurred_at)
        ).all()
    assert [(m.astimezone(UTC).strftime("%d %H:%M"), s) for m, s, _ in live] == [
        ("03 07:00", "Weekly sync"),
        ("11 12:00", "Weekly sync (moved)"),
    ]
    assert live[0].direction is Direction.MUTUAL
    assert datetime(2025, 3, 3, 7, tzinfo=UTC) == live[0][0]


def test_preview_proposes_and_then_remembers(db, portfolio, tmp):
    from planner.importers.preview import preview, target_fields

    sheet = tmp / "export.csv"
    sheet.write_bytes("Клиент;Дата;Тема;Итог\nУралсталь;01.03.2025;Звонок;ok\n".encode("cp1251"))
    first = preview(db, sheet)
    assert (first.target, first.encoding, first.remembered) == ("interactions", "cp1251", False)
    assert first.mapping == {"Клиент": "account", "Дата": "occurred_at", "Тема": "subject", "Итог": "summary"}
    assert first.sample == (("Уралсталь", "01.03.2025", "Звонок", "ok"),)
    fields, required = target_fields("interactions")
    assert "kind" in fields and required == ("occurred_at", "kind|subject|summary")
    mapping = {"Клиент": "account", "Дата": "occurred_at", "Тема": "kind", "Итог": "summary"}
    assert import_files(db, [sheet], mapping=mapping, kind="interactions").files[0].added == 1
    again = preview(db, sheet)
    assert again.remembered and again.mapping == mapping
    assert preview(db, tmp / "missing.csv").error.reason is Reason.UNREADABLE


def test_the_database_itself_is_never_imported(sqlite_db, tmp_path):
    seed(sqlite_db)
    mail(tmp_path, "a.eml", sender="anna@uralsteel.ru", to="max@ourcompany.com", subject="here")
    report = import_files(sqlite_db, [tmp_path])
    assert [Path(f.path).name for f in report.files] == ["a.eml"]
