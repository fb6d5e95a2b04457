"""``kap sla`` and ``kap alerts`` end to end: the JSON contract, acting on alerts, bad
input, and the planted demo stories found by the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner.database import open_planner_database
from tests.db.test_sla_service import Seed
from ui.entry import main as kap

AS_OF = "2026-11-27"


@pytest.fixture
def seeded_path(tmp_path) -> Path:
    path = tmp_path / "seeded.sqlite"
    db = open_planner_database(str(path))
    try:
        Seed(db)
    finally:
        db.close()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = kap(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def alerts_json(capsys, db: Path, *extra: str) -> list[dict]:
    status, out, err = run(capsys, "alerts", "--db", str(db), "--as-of", AS_OF, "--json", *extra)
    assert status == 0, err
    return json.loads(out)


def test_sla_json_contract(capsys, seeded_path):
    status, out, _ = run(capsys, "sla", "--db", str(seeded_path), "--account", "урал", "--as-of", AS_OF,
                         "--json")
    assert status == 0
    rows = json.loads(out)
    assert all({"metric", "period", "target", "value", "status"} <= set(r) for r in rows)
    otd = next(r for r in rows if r["metric"] == "on_time_delivery")
    assert (otd["period"], otd["target"], otd["value"], otd["status"]) == ("2026-11", 95, 70, "breached")
    assert otd["unit"] == "%" and otd["evidence_count"] == 3 and otd["complete"] is False
    assert {e["product_line"] for e in otd["evidence"]} == {"Гидравлика"}
    assert {r["status"] for r in rows} <= {"met", "at_risk", "breached", "no_data"}
    assert "\\u" not in out


def test_sla_period_trend_and_table(capsys, seeded_path):
    db = str(seeded_path)
    _, out, _ = run(capsys, "sla", "--db", db, "--account", "Уралсталь", "--period", "2026-10", "--as-of",
                    AS_OF, "--json")
    otd = next(r for r in json.loads(out) if r["metric"] == "on_time_delivery")
    assert otd["period"] == "2026-10" and otd["value"] == 90 and otd["complete"] is True
    _, out, _ = run(capsys, "sla", "--db", db, "--account", "Уралсталь", "--period", "2026-Q4", "--as-of",
                    AS_OF, "--json")
    assert {r["period"] for r in json.loads(out)} == {"2026-Q4"}
    status, out, _ = run(capsys, "sla", "--db", db, "--account", "Уралсталь", "--as-of", AS_OF,
                         "--evidence")
    assert status == 0 and "BREACHED" in out and "5 days late" in out and "Гидравлика" in out
    _, out, _ = run(capsys, "sla", "--db", db, "--account", "Уралсталь", "--as-of", AS_OF, "--trend", "4",
                    "--json")
    statuses = [r["status"] for r in json.loads(out) if r["metric"] == "on_time_delivery"]
    assert statuses == ["met", "met", "breached", "breached"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["--account", "Nowhere"], "no account"), (["--account", "Уралсталь", "--period", "2026-Q5"], "period"),
     (["--account", "Уралсталь", "--period", "Q3"], "2026-Q3")],
)
def test_sla_bad_input_exits_2(capsys, seeded_path, argv, message):
    status, _, err = run(capsys, "sla", "--db", str(seeded_path), *argv)
    assert status == 2 and message in err and err.count("\n") == 1


def test_sla_needs_an_account(capsys):
    with pytest.raises(SystemExit) as caught:
        kap(["sla"])
    assert caught.value.code == 2


def test_alerts_json_contract(capsys, seeded_path):
    alerts = alerts_json(capsys, seeded_path)
    keys = {"uuid", "account", "kind", "severity", "created", "message", "evidence"}
    assert alerts and all(keys <= set(a) for a in alerts)
    kinds = {a["kind"] for a in alerts}
    assert {"delivery_late", "sla_breached", "ticket_overdue", "nps_drop", "key_person_stale",
            "engagement_drop", "key_person_left"} <= kinds
    late = next(a for a in alerts if a["kind"] == "delivery_late")
    assert "PO-OPEN-1" in late["message"] and "likely to be late" in late["message"]
    assert late["evidence"] and late["evidence"][0]["kind"] == "delivery"
    assert all(a["created"].endswith("+00:00") for a in alerts)
    again = alerts_json(capsys, seeded_path)
    assert [a["uuid"] for a in again] == [a["uuid"] for a in alerts]
    only = alerts_json(capsys, seeded_path, "--account", "Nordwerk")
    assert only == []
    kind = alerts_json(capsys, seeded_path, "--kind", "nps_drop")
    assert [a["kind"] for a in kind] == ["nps_drop"]


def test_ack_snooze_and_reopen(capsys, seeded_path):
    db = str(seeded_path)
    first, second = alerts_json(capsys, seeded_path)[:2]
    status, _, err = run(capsys, "alerts", "--db", db, "--as-of", AS_OF, "--ack", first["uuid"],
                         "--note", "client informed")
    assert status == 0 and "Acknowledged" in err
    status, _, _ = run(capsys, "alerts", "--db", db, "--as-of", AS_OF, "--snooze", second["uuid"],
                       "--until", "2026-12-10")
    assert status == 0
    listed = {a["uuid"] for a in alerts_json(capsys, seeded_path)}
    assert first["uuid"] not in listed and second["uuid"] not in listed
    everything = {a["uuid"]: a for a in alerts_json(capsys, seeded_path, "--all")}
    assert everything[first["uuid"]]["status"] == "acknowledged"
    assert everything[first["uuid"]]["note"] == "client informed"
    assert everything[second["uuid"]]["status"] == "snoozed"
    assert everything[second["uuid"]]["snoozed_until"].startswith("2026-12-10T00:00:00")
    status, out, _ = run(capsys, "alerts", "--db", db, "--as-of", AS_OF, "--all")
    assert "[acknowledged]" in out and "[snoozed until 2026-12-10]" in out
    run(capsys, "alerts", "--db", db, "--as-of", AS_OF, "--reopen", first["uuid"])
    assert first["uuid"] in {a["uuid"] for a in alerts_json(capsys, seeded_path)}


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["--ack", "00000000-0000-0000-0000-000000000000"], "no alert"),
     (["--snooze", "00000000-0000-0000-0000-000000000000"], "--until"),
     (["--until", "2026-12-01"], "--snooze"),
     (["--account", "Nowhere"], "no account")],
)
def test_alerts_bad_input_exits_2(capsys, seeded_path, argv, message):
    status, _, err = run(capsys, "alerts", "--db", str(seeded_path), "--as-of", AS_OF, *argv)
    assert status == 2 and message in err


def test_draft_notice(capsys, seeded_path):
    late = next(a for a in alerts_json(capsys, seeded_path) if a["kind"] == "delivery_late")
    status, out, _ = run(capsys, "alerts", "--db", str(seeded_path), "--as-of", AS_OF, "--notice",
                         late["uuid"])
    assert status == 0
    assert out.startswith("To: Васильев Тимур Александрович <t.vasilev@ural.ru>")
    assert "Уважаемый Тимур Александрович!" in out and "«Насосы»" in out and "03.12.2026" in out
    status, out, _ = run(capsys, "alerts", "--db", str(seeded_path), "--as-of", AS_OF, "--notice",
                         late["uuid"], "--lang", "en", "--json")
    notice = json.loads(out)
    assert notice["language"] == "en" and notice["subject"] == "Revised delivery date for order PO-OPEN-1"


# --- The demo portfolio's planted stories ------------------------------------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A scale-1 demo as of 27.11.2026, with the stories it planted."""
    builder = pytest.importorskip("planner.demo")
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = open_planner_database(str(path))
    try:
        summary = builder.build_demo(db, scale=1, seed=7, as_of=date(2026, 11, 27))
    finally:
        db.close()
    return path, {story.kind.value: story for story in summary.stories}


def story_alerts(capsys, path, story, kind):
    return [a for a in alerts_json(capsys, path, "--account", str(story.account_uuid or story.account))
            if a["kind"] == kind]


def test_demo_sla_slips_met_at_risk_breached(capsys, demo):
    path, stories = demo
    story = stories["sla_slipping"]
    status, out, _ = run(capsys, "sla", "--db", str(path), "--account", story.account, "--as-of", AS_OF,
                         "--trend", "6", "--json")
    assert status == 0
    otd = [r for r in json.loads(out) if r["metric"] == "on_time_delivery"]
    statuses = [r["status"] for r in otd]
    assert statuses[0] == "met" and "at_risk" in statuses and statuses[-1] == "breached"
    assert statuses.index("at_risk") < len(statuses) - 1 - statuses[::-1].index("breached")
    late = [e for r in otd if r["status"] == "breached" for e in r["evidence"]]
    on_line = sum(e["product_line"] == story.product_line for e in late)
    assert on_line > len(late) / 2
    breached = story_alerts(capsys, path, story, "sla_breached")
    assert any(a["facts"]["metric"] == "on_time_delivery" and a["evidence"] for a in breached)


def test_demo_late_delivery_predicted_before_its_date(capsys, demo):
    path, stories = demo
    story = stories["late_delivery_predictable"]
    predicted = [a for a in story_alerts(capsys, path, story, "delivery_late") if not a["facts"]["overdue"]]
    assert predicted
    assert all(a["facts"]["product_line"] == story.product_line for a in predicted)
    assert all(a["facts"]["promised_on"] >= AS_OF and a["facts"]["probability"] >= 0.5 for a in predicted)


@pytest.mark.parametrize(
    ("story_kind", "alert_kind"),
    [("nps_drop", "nps_drop"), ("engagement_drop", "engagement_drop"),
     ("key_person_stale", "key_person_stale"), ("champion_left", "key_person_left")],
)
def test_demo_relationship_stories(capsys, demo, story_kind, alert_kind):
    path, stories = demo
    story = stories[story_kind]
    found = story_alerts(capsys, path, story, alert_kind)
    assert found, f"no {alert_kind} alert for {story.account}"
    if story.person:
        assert story.person in {a["facts"]["person"] for a in found}


def test_demo_cli_lists_what_the_service_lists(capsys, demo):
    from planner.alerts import service

    path, _ = demo
    printed = [a["uuid"] for a in alerts_json(capsys, path)]
    db = open_planner_database(str(path))
    try:
        listed = [str(a.uuid) for a in service.list_alerts(db, as_of=date(2026, 11, 27))]
    finally:
        db.close()
    assert printed == listed
