"""The Stakeholders tab's Russian catalogue is complete, current, and keeps placeholders and shortcuts.

After changing texts in ui/tabs/stakeholders.py or ui/stakeholders/, refresh the catalogue::

    .venv/bin/pyside6-lupdate ui/tabs/stakeholders.py ui/stakeholders/*.py -locations none \\
        -no-obsolete -source-language en -target-language ru \\
        -ts resources/translations/stakeholders_ru.ts

and translate the new (unfinished) messages.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "stakeholders_ru.ts"
SOURCES = [ROOT / "ui" / "tabs" / "stakeholders.py", *sorted((ROOT / "ui" / "stakeholders").glob("*.py"))]
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%L?\d")
#: Texts that read the same in Russian.
SAME = {"{name} · {date}", "{source} — {kind} — {target}", "{zoom} %"}


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_message_is_translated_keeping_placeholders_and_shortcuts():
    problems = []
    for (context, source), message in messages(CATALOGUE).items():
        element = message.find("translation")
        text = element.text or ""
        if element.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
            problems.append(f"{context}: {source!r} → {text!r} (placeholders)")
        if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            problems.append(f"{context}: {source!r} → {text!r} (shortcut marker)")
        if text == source and re.search("[a-z]{3}", PLACEHOLDER.sub("", source)) and source not in SAME:
            problems.append(f"{context}: {source!r} is left in English")
    assert not problems, "\n".join(problems)


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
