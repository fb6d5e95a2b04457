"""``kap map``: PNG and SVG export, gaps, baselines, and the bad-input paths (exit 2)."""

from __future__ import annotations

import json
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from planner.database import open_planner_database
from tests.db.test_stakeholder_service import AS_OF, seed_account
from ui.entry import main as kap

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def map_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("map") / "map.sqlite"
    db = open_planner_database(str(path))
    seed_account(db)
    db.close()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = kap(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def svg_texts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return ["".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")]


def test_png_of_the_org_chart(capsys, map_db, tmp_path):
    out = tmp_path / "org.png"
    status, _, err = run(capsys, "map", "--db", str(map_db), "--account", "уралсталь", "--out", str(out),
                         "--as-of", AS_OF.isoformat())
    assert status == 0, err
    width, height = png_size(out)
    assert 1000 < width < 20000 and 600 < height < 20000
    assert "5 people" in err


def test_svg_keeps_names_as_text_including_cyrillic(capsys, map_db, tmp_path):
    out = tmp_path / "org.svg"
    status, _, err = run(capsys, "map", "--db", str(map_db), "--account", "Уралсталь", "--out",
                         str(out), "--view", "org", "--lang", "ru")
    assert status == 0, err
    texts = svg_texts(out)
    assert "Владимир Кузнецов" in texts
    assert "Ivan Production" in texts and "Cara Champion" in texts
    assert any("Уралсталь" in t for t in texts)


def test_grid_view_svg_and_png(capsys, map_db, tmp_path):
    for suffix in ("svg", "png"):
        out = tmp_path / f"grid.{suffix}"
        status, _, err = run(capsys, "map", "--db", str(map_db), "--account", "Уралсталь", "--out",
                             str(out), "--view", "grid")
        assert status == 0, err
    assert "Olga Finance" in svg_texts(tmp_path / "grid.svg")
    assert png_size(tmp_path / "grid.png")[0] > 1000


def test_site_filter(capsys, map_db, tmp_path):
    out = tmp_path / "plant.svg"
    status, _, err = run(capsys, "map", "--db", str(map_db), "--account", "Уралсталь", "--out",
                         str(out), "--site", "Magnitogorsk")
    assert status == 0, err
    texts = svg_texts(out)
    assert "Ivan Production" in texts and "Olga Finance" not in texts
    status, _, err = run(capsys, "map", "--db", str(map_db), "--account", "Уралсталь", "--out",
                         str(out), "--site", "Atlantis")
    assert status == 2 and "Atlantis" in err


def test_gaps_json_names_the_champion_who_left(capsys, map_db):
    status, out, _ = run(capsys, "map", "--db", str(map_db), "--account", "Уралсталь", "--gaps",
                         "--json", "--as-of", AS_OF.isoformat())
    assert status == 0
    gaps = json.loads(out)["gaps"]
    left = next(g for g in gaps if g["kind"] == "champion_left")
    assert left["people"][0]["name"] == "Cara Champion" and left["days"] == 40
    assert left["next_step"] == "find_new_champion" and left["severity"] == "high"
    status, out, _ = run(capsys, "map", "--db", str(map_db), "--account", "Уралсталь", "--gaps",
                         "--as-of", AS_OF.isoformat())
    assert status == 0 and "Champion left the company" in out and "Cara Champion (left 40 d ago)" in out


def test_baseline_save_list_diff_and_highlight(capsys, map_db, tmp_path):
    common = ("map", "--db", str(map_db), "--account", "Уралсталь")
    status, _, err = run(capsys, *common, "--save-baseline", "Before QBR", "--as-of", "2026-09-01")
    assert status == 0, err
    status, out, _ = run(capsys, *common, "--baselines", "--json")
    assert [b["name"] for b in json.loads(out)] == ["Before QBR"]
    status, out, _ = run(capsys, *common, "--diff", "Before QBR", "--json", "--as-of", AS_OF.isoformat())
    assert status == 0
    changes = json.loads(out)["changes"]
    assert {"kind": "left", "name": "Cara Champion"}.items() <= changes[0].items()
    out_file = tmp_path / "diff.svg"
    status, _, err = run(capsys, *common, "--out", str(out_file), "--baseline", "Before QBR",
                         "--as-of", AS_OF.isoformat())
    assert status == 0, err
    assert "LEFT" in svg_texts(out_file)
    status, _, err = run(capsys, *common, "--diff", "Never saved")
    assert status == 2 and "Never saved" in err


def test_unknown_account_is_exit_2(capsys, map_db, tmp_path):
    status, _, err = run(capsys, "map", "--db", str(map_db), "--account", "Nobody GmbH", "--out",
                         str(tmp_path / "x.png"))
    assert status == 2 and "Nobody GmbH" in err and "Traceback" not in err
    assert not (tmp_path / "x.png").exists()


def test_bad_extension_is_exit_2(capsys, map_db, tmp_path):
    status, _, err = run(capsys, "map", "--db", str(map_db), "--account", "Уралсталь", "--out",
                         str(tmp_path / "map.pdf"))
    assert status == 2 and ".png or .svg" in err
    status, _, err = run(capsys, "map", "--db", str(map_db), "--account", "Уралсталь", "--out",
                         str(tmp_path / "missing" / "map.png"))
    assert status == 2


def test_an_action_is_required(capsys, map_db):
    with pytest.raises(SystemExit) as caught:
        kap(["map", "--db", str(map_db), "--account", "Уралсталь"])
    assert caught.value.code == 2


@pytest.mark.slow
def test_demo_planted_stories_show_on_the_map(capsys, tmp_path):
    """On the demo: the champion who left is a gap and a change since an earlier baseline,
    the account without a coach and the stale economic buyer are gaps, and every map renders."""
    from datetime import timedelta

    from planner.demo import StoryKind, build_demo
    from planner.stakeholders import baseline
    from planner.stakeholders.gaps import GapKind, find_gaps
    from planner.stakeholders.service import load_map

    path = tmp_path / "demo.sqlite"
    db = open_planner_database(str(path))
    try:
        summary = build_demo(db, as_of=AS_OF)
        stories = {s.kind: s for s in summary.stories}
        left = stories[StoryKind.CHAMPION_LEFT]
        gaps = find_gaps(load_map(db, left.account_uuid, as_of=AS_OF))
        assert any(g.kind == GapKind.CHAMPION_LEFT and g.people[0].name == left.person for g in gaps)
        baseline.save_baseline(db, left.account_uuid, "QBR", as_of=AS_OF - timedelta(days=60))
        diff = baseline.diff_since(db, left.account_uuid, "QBR", as_of=AS_OF)
        assert [(c.kind, c.name) for c in diff.changes] == [(baseline.ChangeKind.LEFT, left.person)]
        no_coach = stories[StoryKind.NO_COACH]
        gaps = find_gaps(load_map(db, no_coach.account_uuid, as_of=AS_OF))
        assert GapKind.NO_COACH in {g.kind for g in gaps}
        stale = stories[StoryKind.KEY_PERSON_STALE]
        gaps = find_gaps(load_map(db, stale.account_uuid, as_of=AS_OF))
        assert any(g.kind == GapKind.DECISION_MAKER_STALE and g.people[0].name == stale.person
                   for g in gaps)
    finally:
        db.close()
    for story in summary.stories:
        out = tmp_path / f"{story.kind}.png"
        status, _, err = run(capsys, "map", "--db", str(path), "--account", str(story.account_uuid),
                             "--out", str(out), "--as-of", AS_OF.isoformat())
        assert status == 0, err
        assert png_size(out)[0] > 1000
