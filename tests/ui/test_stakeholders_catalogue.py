"""The Stakeholders tab's Russian catalogue is current and its menus' shortcut keys do not clash
(``test_i18n_catalogue.py`` checks every catalogue's translations).

After changing texts in ui/tabs/stakeholders.py or ui/stakeholders/, refresh the catalogue::

    .venv/bin/pyside6-lupdate ui/tabs/stakeholders.py ui/stakeholders/*.py -locations none \\
        -no-obsolete -source-language en -target-language ru \\
        -ts resources/translations/stakeholders_ru.ts

and translate the new (unfinished) messages.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "stakeholders_ru.ts"
SOURCES = [ROOT / "ui" / "tabs" / "stakeholders.py", *sorted((ROOT / "ui" / "stakeholders").glob("*.py"))]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_menu_shortcuts_do_not_clash_within_a_menu():
    found = messages(CATALOGUE)
    menus = {
        "card": ["&Edit…", "Change &Attitude", "Set &Owner", "&Remove Reporting Line", "&Delete"],
        "link kind": ["&Reports to", "&Influences", "&Ally", "In &conflict with"],
    }
    for name, sources in menus.items():
        keys = []
        for source in sources:
            text = found[("MapEditor", source)].find("translation").text
            keys.append(text[text.index("&") + 1].casefold())
        assert len(keys) == len(set(keys)), f"the {name} menu repeats a shortcut key: {keys}"


def test_lupdate_finds_nothing_missing(tmp_path):
    tool = i18n.qt_tool("lupdate")
    if tool is None:
        pytest.skip("lupdate is not installed")
    copy = tmp_path / CATALOGUE.name
    shutil.copyfile(CATALOGUE, copy)
    subprocess.run(
        [
            str(tool),
            *map(str, SOURCES),
            "-locations",
            "none",
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "ru",
            "-ts",
            str(copy),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    fresh, committed = set(messages(copy)), set(messages(CATALOGUE))
    assert not fresh - committed, f"texts without a translation: {sorted(fresh - committed)}"
    assert not committed - fresh, f"translations of texts no longer used: {sorted(committed - fresh)}"
