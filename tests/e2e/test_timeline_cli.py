"""``kap timeline``: newest first, JSON keys of the contract, filters, bad input."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from db.enums import InteractionKind
from planner.database import open_planner_database
from planner.importers.service import import_files
from planner.timeline.quicklog import log_interaction
from tests.db.test_import_support import mail, seed
from ui.entry import main as kap


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "kap.sqlite"
    db = open_planner_database(str(path))
    portfolio = seed(db)
    inbox = tmp_path / "inbox"
    mail(
        inbox,
        "1.eml",
        sender="Anna <anna@uralsteel.ru>",
        to="max@ourcompany.com",
        subject="Старое письмо",
        when=datetime(2024, 1, 10, 9, tzinfo=UTC),
    )
    mail(
        inbox,
        "2.eml",
        sender="max@ourcompany.com",
        to="anna@uralsteel.ru",
        subject="Ответ",
        when=datetime(2024, 6, 1, 9, tzinfo=UTC),
    )
    mail(
        inbox,
        "3.eml",
        sender="klaus@nordwerk.de",
        to="max@ourcompany.com",
        subject="Other account",
        when=datetime(2024, 6, 2, 9, tzinfo=UTC),
    )
    import_files(db, [inbox])
    log_interaction(
        db,
        portfolio.ural,
        InteractionKind.SITE_VISIT,
        "Осмотр цеха",
        occurred_at=datetime(2024, 7, 1, 12, tzinfo=UTC),
        team_members=[portfolio.max],
    )
    db.close()
    return path


def run(capsys, *argv: str):
    status = kap(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_json_newest_first_with_the_contract_keys(capsys, db_path):
    status, out, err = run(capsys, "timeline", "--account", "урал", "--db", str(db_path), "--json")
    assert status == 0, err
    entries = json.loads(out)
    assert [e["subject"] for e in entries] == ["Осмотр цеха", "Ответ", "Старое письмо"]
    first = entries[0]
    assert {"uuid", "occurred_at", "kind", "direction", "subject", "summary", "people", "source"} <= set(
        first
    )
    assert first["kind"] == "site_visit" and first["source"] == "manual" and first["team"] == ["Max Team"]
    assert first["occurred_at"] == "2024-07-01T12:00:00+00:00"
    assert entries[1]["direction"] == "outbound" and entries[1]["people"] == ["Анна Петрова"]
    assert entries[2]["direction"] == "inbound" and entries[2]["source"] == "eml"
    assert "\\u" not in out


def test_filters(capsys, db_path):
    status, out, _ = run(
        capsys,
        "timeline",
        "--account",
        "Уралсталь",
        "--db",
        str(db_path),
        "--json",
        "--since",
        "2024-05-01",
        "--person",
        "Анна",
    )
    assert status == 0 and [e["subject"] for e in json.loads(out)] == ["Ответ"]
    status, out, _ = run(
        capsys,
        "timeline",
        "--account",
        "Уралсталь",
        "--db",
        str(db_path),
        "--json",
        "--kind",
        "email",
        "--limit",
        "1",
    )
    assert [e["subject"] for e in json.loads(out)] == ["Ответ"]
    status, out, _ = run(
        capsys, "timeline", "--account", "Уралсталь", "--db", str(db_path), "--json", "--search", "письма"
    )
    assert [e["subject"] for e in json.loads(out)] == ["Старое письмо"]


def test_text_shows_months_and_gaps(capsys, db_path):
    status, out, _ = run(capsys, "timeline", "--account", "Уралсталь", "--db", str(db_path))
    assert status == 0
    assert "July 2024" in out and "January 2024" in out
    assert "days without contact" in out and "Осмотр цеха" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--account", "Nobody"], "no account matches"),
        (["--account", "Урал", "--person", "Klaus"], "no person matches"),
    ],
)
def test_bad_input_exits_2(capsys, db_path, argv, message):
    status, _, err = run(capsys, "timeline", "--db", str(db_path), *argv)
    assert status == 2 and message in err


def test_bad_usage(capsys, db_path):
    with pytest.raises(SystemExit) as caught:
        kap(["timeline", "--db", str(db_path)])
    assert caught.value.code == 2
    with pytest.raises(SystemExit):
        kap(["timeline", "--account", "x", "--since", "01.02.2024", "--db", str(db_path)])
