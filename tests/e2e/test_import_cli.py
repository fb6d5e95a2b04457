"""``kap import``: the report as text and JSON, exit codes, options; broken files made on
purpose (junk, truncated, wrong encoding, missing columns) leave the database as it was."""

from __future__ import annotations

import json
import os
import tracemalloc
from pathlib import Path

import pytest

from planner.database import open_planner_database
from planner.importers.service import import_files
from tests.db.test_import_support import mail, seed
from ui.entry import main as kap


@pytest.fixture
def db_path(tmp_path) -> Path:
    path = tmp_path / "kap.sqlite"
    db = open_planner_database(str(path))
    seed(db)
    db.close()
    return path


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    mail(
        folder,
        "1.eml",
        sender="Anna <anna@uralsteel.ru>",
        to="max@ourcompany.com",
        cc="Boris <boris@uralsteel.ru>",
        subject="Поставка",
    )
    mail(folder / "sub", "2.eml", sender="max@ourcompany.com", to="klaus@nordwerk.de", subject="Offer")
    return folder


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = kap(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_folder_import_json_and_reimport(capsys, db_path, inbox):
    status, out, err = run(capsys, "import", str(inbox), "--db", str(db_path), "--json")
    assert status == 0, err
    report = json.loads(out)
    files = report["files"]
    assert len(files) == 2 and {f["status"] for f in files} == {"imported"}
    assert set(files[0]) >= {"path", "kind", "status", "added", "merged", "duplicates", "rejected", "error"}
    assert files[0]["kind"] == "email" and files[0]["error"] is None
    assert report["proposals"][0]["email"] == "boris@uralsteel.ru"
    status, out, _ = run(capsys, "import", str(inbox), "--db", str(db_path), "--json")
    assert status == 0 and {f["status"] for f in json.loads(out)["files"]} == {"unchanged"}


def test_text_report_and_partial_failure(capsys, db_path, inbox, tmp_path):
    bad = tmp_path / "inbox" / "orders.csv"
    bad.write_bytes("Дата;Сумма\n01.02.2025;1\n".encode("koi8_r"))
    status, out, err = run(capsys, "import", str(inbox), "--db", str(db_path))
    assert status == 1
    assert "failed" in out and "required columns not found" in out
    assert "boris@uralsteel.ru" in out and "--add-people" in out
    assert "3 file(s): 2 imported, 1 failed" in err


def test_rejected_rows_are_named(capsys, db_path, tmp_path):
    sheet = tmp_path / "orders.csv"
    sheet.write_text(
        "Номер;Дата;Товар;Кол-во;Сумма\nЗ-1;03.03.2025;Лист;1;10\nЗ-2;30.02.2025;Лист;1;10\n",
        encoding="utf-8-sig",
    )
    status, out, _ = run(capsys, "import", str(sheet), "--db", str(db_path), "--account", "урал", "--json")
    assert status == 0
    [item] = json.loads(out)["files"]
    assert item["kind"] == "orders" and item["added"] == 1
    assert item["rejected"] == [
        {
            "row": 3,
            "column": "Дата",
            "value": "30.02.2025",
            "reason": "row 3, column 'Дата', value '30.02.2025': not a date",
            "code": "bad_date",
        }
    ]


def test_options(capsys, db_path, inbox, tmp_path):
    status, out, _ = run(capsys, "import", str(inbox), "--db", str(db_path), "--dry-run", "--json")
    assert status == 0 and json.loads(out)["dry_run"] is True
    status, out, _ = run(capsys, "import", str(inbox), "--db", str(db_path), "--add-people", "--json")
    report = json.loads(out)
    assert report["totals"]["people_added"] == 1 and report["proposals"] == []
    sheet = tmp_path / "log.csv"
    sheet.write_text("When;What;Notes\n01.03.2025;Call;pricing\n", encoding="utf-8")
    status, out, err = run(
        capsys,
        "import",
        str(sheet),
        "--db",
        str(db_path),
        "--kind",
        "interactions",
        "--account",
        "Nordwerk",
        "--mapping",
        "When=occurred_at;What=kind;Notes=summary",
    )
    assert status == 0, out + err
    status, _, err = run(capsys, "import", str(sheet), "--db", str(db_path), "--mapping", "nonsense")
    assert status == 2 and "Column=field" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--account", "Nobody"], "no account matches"),
        (["--account", ""], "matches several"),
    ],
)
def test_bad_account_exits_2(capsys, db_path, inbox, argv, message):
    status, _, err = run(capsys, "import", str(inbox), "--db", str(db_path), *argv)
    assert status == 2 and message in err and err.count("\n") == 1


def test_nothing_to_import_exits_2(capsys, db_path, tmp_path):
    status, _, err = run(capsys, "import", str(tmp_path / "missing.eml"), "--db", str(db_path), "--json")
    assert status == 2
    (tmp_path / "empty").mkdir()
    status, _, err = run(capsys, "import", str(tmp_path / "empty"), "--db", str(db_path))
    assert status == 2 and "no files" in err


def _database_bytes(path: Path) -> int:
    db = open_planner_database(str(path))
    try:
        with db.engine.connect() as conn:
            return sum(
                conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar()
                for t in (
                    "interaction",
                    "person",
                    "contact_point",
                    "sales_order",
                    "order_line",
                    "imported_file",
                    "import_mapping",
                )
            )
    finally:
        db.close()


def test_broken_files_leave_the_database_as_it_was(capsys, db_path, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    good = "Номер;Дата;Товар;Кол-во;Сумма\n" + "З-1;03.03.2025;Лист;1;10\n" * 50
    (broken / "truncated.xlsx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + os.urandom(300))
    (broken / "cut.ics").write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nDTSTART:2025", encoding="utf-8")
    (broken / "missing-columns.csv").write_text("Дата;Сумма\n01.02.2025;1\n", encoding="utf-8")
    (broken / "no-rows.csv").write_text("Дата;Комментарий\n", encoding="utf-8")
    mixed = good.encode("utf-8") * 200 + "З-9;03.03.2025;Лист;1;10\n".encode("cp1251")
    (broken / "wrong-encoding.csv").write_bytes(mixed)
    (broken / "empty.vcf").write_bytes(b"")
    (broken / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    before = _database_bytes(db_path)
    status, out, _ = run(capsys, "import", str(broken), "--db", str(db_path), "--account", "Урал", "--json")
    assert status == 2
    files = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert {f["status"] for f in files.values()} == {"failed"}
    codes = {name: f["error_code"] for name, f in files.items()}
    assert codes == {
        "truncated.xlsx": "truncated",
        "cut.ics": "truncated",
        "missing-columns.csv": "missing_columns",
        "wrong-encoding.csv": "encoding",
        "empty.vcf": "empty",
        "old.xls": "unsupported",
        "no-rows.csv": "empty",
    }
    assert "row" in files["wrong-encoding.csv"]["error"]
    assert _database_bytes(db_path) == before


def test_100_mb_of_junk_is_refused_quickly_without_reading_it(tmp_path, db_path):
    junk = tmp_path / "export.csv"
    block = os.urandom(1 << 20)
    with junk.open("wb") as handle:
        for _ in range(100):
            handle.write(block)
    text_junk = tmp_path / "export2.csv"
    with text_junk.open("wb") as handle:
        for _ in range(100):
            handle.write(b"a" * (1 << 20))
    db = open_planner_database(str(db_path))
    try:
        tracemalloc.start()
        report = import_files(db, [junk, text_junk])
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        db.close()
    assert [f.status.value for f in report.files] == ["failed", "failed"]
    assert [f.error.reason.value for f in report.files] == ["binary", "binary"]
    assert peak < 16 * 1024 * 1024  # 200 MB refused from samples, never read whole


SCENARIO_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:qbr-2025
SUMMARY:Квартальный обзор
DTSTART;TZID=Russian Standard Time:20250310T110000
DTEND;TZID=Russian Standard Time:20250310T123000
LOCATION:Екатеринбург, завод
ORGANIZER;CN=Max Team:mailto:max@ourcompany.com
ATTENDEE;CN=Анна Петрова:mailto:anna@uralsteel.ru
ATTENDEE;CN=Oleg Sidorov:mailto:oleg@uralsteel.ru
END:VEVENT
END:VCALENDAR
"""


def test_a_dropped_mix_makes_one_clean_timeline(capsys, db_path, tmp_path):
    """Done when: mail folder, calendar export, vCard file and a Russian Excel order export
    in one go give one timeline and an honest report."""
    from openpyxl import Workbook

    drop = tmp_path / "drop"
    mail(drop / "Входящие", "1.eml", sender="Анна <anna@uralsteel.ru>", to="max@ourcompany.com",
         subject="Рекламация по партии 15")
    mail(drop / "Входящие", "2.eml", sender="news@spam.example", to="max@ourcompany.com", subject="Sale!")
    (drop / "calendar.ics").write_text(SCENARIO_ICS, encoding="utf-8")
    (drop / "contacts.vcf").write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=A1=D0=B8=D0=B4=D0=BE="
        b"\r\n=D1=80=D0=BE=D0=B2;=D0=9E=D0=BB=D0=B5=D0=B3;;;\r\nEMAIL;INTERNET:oleg@uralsteel.ru\r\n"
        b"TITLE:Buyer\r\nEND:VCARD\r\n")
    book = Workbook()
    sheet = book.active
    sheet.append(["Отчёт по заказам за март 2025"])
    sheet.append([])
    sheet.append(["Номер", "Дата", "Контрагент", "Номенклатура", "Количество", "Сумма, руб."])
    sheet.append(["З-101", "03.03.2025", "Уралсталь", "Лист 2 мм", "1 200", "1 481 400,00"])
    sheet.append(["З-102", "31.03.2025", "Уралсталь", "Уголок", "-3", "-300,00"])
    book.save(drop / "Заказы.xlsx")

    status, out, err = run(capsys, "import", str(drop), "--db", str(db_path), "--json")
    report = {Path(f["path"]).name: f for f in json.loads(out)["files"]}
    assert status == 1, err  # the newsletter has no account: that file failed, the rest imported
    assert report["1.eml"]["status"] == "imported"
    assert report["2.eml"]["status"] == "failed" and report["2.eml"]["rejected"][0]["code"] == "no_account"
    assert report["calendar.ics"]["added"] == 1
    assert report["contacts.vcf"]["added"] == 1  # Oleg, new
    orders = report["Заказы.xlsx"]
    assert (orders["kind"], orders["added"], orders["rejected"][0]["code"]) == ("orders", 1, "negative")

    status, out, _ = run(capsys, "timeline", "--account", "Уралсталь", "--db", str(db_path), "--json")
    timeline = json.loads(out)
    assert [e["subject"] for e in timeline] == ["Квартальный обзор", "Рекламация по партии 15"]
    meeting = timeline[0]
    assert meeting["kind"] == "meeting" and meeting["occurred_at"] == "2025-03-10T08:00:00+00:00"
    assert meeting["team"] == ["Max Team"]
    # The calendar came before the vCard (files in name order): Oleg was proposed, then added.
    assert set(meeting["people"]) == {"Анна Петрова"}
