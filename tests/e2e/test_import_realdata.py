"""Every real-world file of ../shared/realdata through the importer: what imports, what is
refused and why; and importing it all again changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import ContactPoint, Interaction, OrderLine, Person
from planner.importers.report import FileStatus, Reason
from planner.importers.service import import_files
from planner.services import accounts
from planner.services.accounts import AccountInput

#: Real mails without any date (neither Date nor Received): honestly rejected.
UNDATED = {"flanker__encoded-header.eml", "flanker__missing-final-boundary.eml"}


@pytest.fixture
def db(sqlite_db):
    accounts.create(sqlite_db, AccountInput(name="Real World Ltd", currency="GBP"))
    return sqlite_db


def by_name(report):
    return {Path(f.path).name: f for f in report.files}


def test_mail_calendar_items_and_contacts(db, realdata):
    report = import_files(db, [realdata / "eml", realdata / "msg", realdata / "vcf"], account="Real World")
    files = by_name(report)
    assert len(files) == 17 + 17 + 11
    for name, item in files.items():
        if name in UNDATED:
            assert item.status is FileStatus.FAILED, name
            assert item.rejected[0].reason is Reason.BAD_DATE and item.rejected[0].column == "Date"
        else:
            assert item.status in (FileStatus.IMPORTED, FileStatus.UNCHANGED), (name, item.error)
    assert files["flanker__bilingual-simple.eml"].kind == "email"
    assert files["msgreader__A_weekly_1.msg"].kind == "calendar"
    assert files["msgreader__contactUnicode.msg"].kind == "contacts"
    assert files["ez-vcard__gmail-list.vcf"].added == 3  # cards glued without a newline
    with db.session.begin() as session:
        subjects = set(session.scalars(select(Interaction.subject)))
        emails = set(session.scalars(select(ContactPoint.value_normalized)))
        people = session.scalar(select(func.count()).select_from(Person))
    assert "Simple text. How are you? Как ты поживаешь?" in subjects  # RFC 2047, Russian
    assert "日本語 Non Unicode タイトル" in subjects  # ANSI cp932 .msg, re-read in its code page
    assert "Microsoft Outlook テスト メッセージ" in subjects  # trailing NUL dropped
    assert {"john.doe@ibm.com", "asmithk@gmail.com", "test@example.com"} <= emails
    assert people >= 10
    # Everything again: nothing changes.
    again = import_files(db, [realdata / "eml", realdata / "msg", realdata / "vcf"], account="Real World")
    assert {f.status for f in again.files} <= {FileStatus.UNCHANGED, FileStatus.FAILED}
    assert again.total("added") == 0 and again.total("merged") == 0


def test_an_outlook_recurring_series_is_expanded_like_a_calendar(db, realdata):
    """Lunch every Friday of 2023 at 12:00 Tokyo time: 52 Fridays, the first deleted, the
    second moved to Thursday; each occurrence its own meeting, once."""
    from datetime import UTC, datetime

    path = realdata / "msg" / "msgreader__Lanch_time_every_friday_in_2023_chgs2.msg"
    first = import_files(db, [path], account="Real World")
    assert first.files[0].kind == "calendar" and first.files[0].added == 51
    with db.session.begin() as session:
        rows = session.execute(select(Interaction.occurred_at, Interaction.timezone)).all()
    moments = sorted(moment for moment, _ in rows)
    assert {zone for _, zone in rows} == {"Asia/Tokyo"}
    assert moments[0] == datetime(2023, 1, 12, 3, tzinfo=UTC)  # moved from Friday the 13th
    assert datetime(2023, 1, 6, 3, tzinfo=UTC) not in moments  # deleted
    assert all(m.weekday() == 4 and m.hour == 3 for m in moments[1:])
    assert moments[-1] == datetime(2023, 12, 29, 3, tzinfo=UTC)
    again = import_files(db, [path], account="Real World")
    assert again.files[0].status is FileStatus.UNCHANGED and again.total("added") == 0


def test_without_an_account_unrelated_mail_is_rejected_not_guessed(db, realdata):
    report = import_files(db, [realdata / "eml" / "flanker__iphone.eml"])
    item = report.files[0]
    assert item.status is FileStatus.FAILED and item.rejected[0].reason is Reason.NO_ACCOUNT


def test_parquet_is_refused_with_a_reason(db, realdata):
    report = import_files(db, [realdata / "orders"])
    item = report.files[0]
    assert item.status is FileStatus.FAILED
    assert item.error.reason is Reason.UNSUPPORTED and item.error.detail == "parquet"


@pytest.mark.slow
def test_the_online_retail_orders_as_csv(db, realdata, tmp_path):
    """The UCI export as the retailer would send it (CSV, US dates): returns and blank
    descriptions rejected row by row, everything else imported, the last cut row included."""
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    frame = pandas.read_parquet(realdata / "orders" / "online_retail_2010-12_to_2011-06.parquet")
    path = tmp_path / "online_retail.csv"
    frame.to_csv(path, index=False)
    item = import_files(db, [path], account="Real World").files[0]
    assert item.status is FileStatus.IMPORTED and item.kind == "orders"
    reasons = {r.reason for r in item.rejected}
    assert reasons <= {Reason.NEGATIVE, Reason.MISSING_VALUE}
    assert item.added + item.rejected_count == len(frame)
    with db.session.begin() as session:
        assert session.scalar(select(func.count()).select_from(OrderLine)) == item.added


def test_a_slice_of_the_online_retail_orders_as_xlsx(db, realdata, tmp_path):
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    frame = pandas.read_parquet(realdata / "orders" / "online_retail_2010-12_to_2011-06.parquet")
    part = frame.iloc[:3000].copy()
    part["InvoiceDate"] = pandas.to_datetime(part["InvoiceDate"], format="%m/%d/%y %H:%M")
    path = tmp_path / "retail.xlsx"
    part.to_excel(path, index=False)
    item = import_files(db, [path], account="Real World").files[0]
    assert item.status is FileStatus.IMPORTED
    assert item.added + item.rejected_count == 3000 and item.rejected_count > 0
    assert all(r.column in ("Quantity", "Description") for r in item.rejected)
