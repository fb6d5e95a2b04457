"""The ``kap`` command line: every command's happy path and its bad-input path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from planner import __version__
from planner.database import open_planner_database
from planner.services import accounts
from planner.services.accounts import AccountInput
from ui.entry import main as kap


@pytest.fixture
def small_db(tmp_path) -> Path:
    path = tmp_path / "small.sqlite"
    db = open_planner_database(str(path))
    accounts.create(db, AccountInput(name="Уралсталь", currency="RUB", industry="Steel",
                                     annual_revenue=Decimal("1000000"),
                                     wallet_spend=Decimal("4000000")))
    accounts.create(db, AccountInput(name="Nordwerk Automotive", annual_revenue=Decimal("500000")))
    accounts.create(db, AccountInput(name="Nordic Vision", annual_revenue=Decimal("250000")))
    db.close()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = kap(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as caught:
        kap(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"kap {__version__}"


def test_accounts_table_and_json(capsys, small_db):
    status, out, _ = run(capsys, "accounts", "--db", str(small_db))
    assert status == 0
    assert "Уралсталь" in out and "1 000 000 RUB" in out
    status, out, _ = run(capsys, "--db", str(small_db), "accounts", "--json")
    assert status == 0
    listed = json.loads(out)
    # Reported in the most common currency (EUR); RUB has no rate here, so it cannot rank.
    assert [a["name"] for a in listed] == ["Nordwerk Automotive", "Nordic Vision", "Уралсталь"]
    assert listed[0]["share_of_portfolio"] == pytest.approx(2 / 3)
    first = listed[2]
    assert {"uuid", "name", "industry", "stage", "tier", "revenue", "currency"} <= set(first)
    assert first["revenue"] == "1000000.00" and first["currency"] == "RUB"
    assert first["share_of_wallet"] == 0.25
    assert "\\u" not in out  # UTF-8, not ASCII-escaped


def test_kap_db_environment_variable(capsys, small_db, monkeypatch):
    monkeypatch.setenv("KAP_DB", str(small_db))
    status, out, _ = run(capsys, "accounts", "--json")
    assert status == 0 and len(json.loads(out)) == 3


def test_default_database_lives_in_the_data_folder(capsys, isolated_paths):
    status, out, err = run(capsys, "accounts")
    assert status == 0 and "kap demo" in err
    assert (isolated_paths / "planner.sqlite").exists()


def test_postgres_url(capsys, pg_url):
    db = open_planner_database(pg_url)
    accounts.create(db, AccountInput(name="Server Account"))
    db.close()
    status, out, _ = run(capsys, "accounts", "--db", pg_url, "--json")
    assert status == 0 and json.loads(out)[0]["name"] == "Server Account"


def test_check(capsys, small_db):
    status, out, _ = run(capsys, "check", "--db", str(small_db))
    assert status == 0 and out.strip().endswith("ok")
    status, out, _ = run(capsys, "check", "--db", str(small_db), "--json")
    report = json.loads(out)
    assert report["ok"] is True and report["problems"] == []
    assert report["schema_revision"] == report["head_revision"]


def test_check_does_not_create_a_missing_database(capsys, tmp_path):
    missing = tmp_path / "missing.sqlite"
    status, _, err = run(capsys, "check", "--db", str(missing))
    assert status == 2 and "does not exist" in err
    assert not missing.exists()


@pytest.mark.parametrize("command", [["accounts"], ["check"], ["backup", "--out", "x.sqlite"]])
def test_not_a_planner_database(capsys, tmp_path, command):
    bogus = tmp_path / "orders.csv"
    bogus.write_text("date;amount\n2026-01-01;1,5\n", encoding="utf-8")
    status, out, err = run(capsys, *command, "--db", str(bogus))
    assert status == 2
    assert "not a planner database" in err and err.count("\n") == 1
    assert bogus.read_text(encoding="utf-8") == "date;amount\n2026-01-01;1,5\n"


def test_backup_and_restore(capsys, small_db, tmp_path):
    copy = tmp_path / "copy.sqlite"
    status, _, err = run(capsys, "backup", "--db", str(small_db), "--out", str(copy))
    assert status == 0 and str(copy) in err
    status, _, err = run(capsys, "backup", "--db", str(small_db), "--out", str(copy))
    assert status == 2 and "--force" in err

    fresh = tmp_path / "fresh.sqlite"
    status, _, err = run(capsys, "restore", str(copy), "--db", str(fresh))
    assert status == 0
    status, out, _ = run(capsys, "accounts", "--db", str(fresh), "--json")
    assert len(json.loads(out)) == 3


def test_restore_refuses_a_bad_file(capsys, small_db, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    status, _, err = run(capsys, "restore", str(bad), "--db", str(small_db))
    assert status == 2 and "not a planner database" in err
    status, out, _ = run(capsys, "accounts", "--db", str(small_db), "--json")
    assert len(json.loads(out)) == 3


def test_restore_of_a_missing_file(capsys, small_db, tmp_path):
    status, _, err = run(capsys, "restore", str(tmp_path / "nope.sqlite"), "--db", str(small_db))
    assert status == 2 and "does not exist" in err


@pytest.mark.parametrize(
    "argv",
    [["frobnicate"], ["demo", "--scale", "0"], ["demo", "--scale", "many"], ["backup"],
     ["demo", "--as-of", "27.11.2026"]],
)
def test_bad_usage_exits_2(capsys, argv):
    with pytest.raises(SystemExit) as caught:
        kap(argv)
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_unexpected_failure_is_one_line(capsys, small_db, monkeypatch):
    def explode(db):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(accounts, "list_accounts", explode)
    status, _, err = run(capsys, "accounts", "--db", str(small_db))
    assert status == 1
    assert "disk on fire" in err and "Traceback" not in err


def test_real_process_prints_no_traceback(tmp_path):
    """The installed console script: one plain line on stderr and exit 2."""
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello", encoding="utf-8")
    env = {**os.environ, "KAP_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "ui.entry", "accounts", "--db", str(bogus)],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("kap: ") and "Traceback" not in done.stderr
    assert done.stdout == ""


def test_output_cut_short_by_a_pipe_is_quiet(small_db, tmp_path):
    """`kap accounts --json | head -c 1`: no 'BrokenPipeError' on stderr, no failure."""
    from db.models import Account

    db = open_planner_database(str(small_db))
    with db.engine.begin() as conn:  # far more output than a pipe buffer holds
        conn.execute(Account.__table__.insert(), [
            {"name": f"Account {i}", "currency": "EUR", "tier": "key", "stage": "growth",
             "language": "en", "description": "x" * 200} for i in range(2000)
        ])
    db.close()
    env = {**os.environ, "KAP_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        f"'{sys.executable}' -m ui.entry accounts --json --db '{small_db}' | head -c 1",
        shell=True, capture_output=True, text=True, env=env, timeout=60,
    )
    assert done.stdout == "["
    assert "Error" not in done.stderr and "error" not in done.stderr


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """One demo portfolio for the demo tests of this module (built through the CLI)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert kap(["demo", "--db", str(path), "--as-of", "2026-11-27"]) == 0
    return path


def test_demo_then_accounts_lists_the_portfolio(capsys, demo_db):
    status, out, _ = run(capsys, "accounts", "--db", str(demo_db), "--json")
    listed = json.loads(out)
    assert status == 0 and len(listed) >= 8
    assert any(any("а" <= ch <= "я" for ch in a["name"].lower()) for a in listed)  # Russian accounts
    assert all(a["people"] >= 10 and a["last_contact"] for a in listed)
    status, out, _ = run(capsys, "check", "--db", str(demo_db), "--json")
    assert json.loads(out)["ok"] is True


def test_demo_refuses_a_database_with_data(capsys, demo_db):
    before = demo_db.stat().st_mtime_ns
    status, _, err = run(capsys, "demo", "--db", str(demo_db))
    assert status == 2 and "--replace" in err
    assert demo_db.stat().st_mtime_ns == before


def test_demo_reuse_keeps_it(capsys, demo_db):
    status, _, err = run(capsys, "demo", "--db", str(demo_db), "--reuse")
    assert status == 0 and "Keeping the demo portfolio" in err


def test_demo_replace_rebuilds_the_same_portfolio(capsys, tmp_path):
    path = tmp_path / "again.sqlite"
    assert run(capsys, "demo", "--db", str(path), "--as-of", "2026-11-27", "--json")[0] == 0
    _, first, _ = run(capsys, "accounts", "--db", str(path), "--json")
    status, out, _ = run(capsys, "demo", "--db", str(path), "--as-of", "2026-11-27", "--replace", "--json")
    assert status == 0 and json.loads(out)["accounts"] >= 8
    _, second, _ = run(capsys, "accounts", "--db", str(path), "--json")
    assert json.loads(first) == json.loads(second)  # deterministic by seed, UUIDs included
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.sqlite"]  # no staging left over


def test_demo_never_touches_a_foreign_file(capsys, tmp_path):
    sheet = tmp_path / "orders.sqlite"
    sheet.write_bytes(b"not sqlite at all")
    status, _, err = run(capsys, "demo", "--db", str(sheet), "--replace")
    assert status == 2 and "not a planner database" in err
    assert sheet.read_bytes() == b"not sqlite at all"
