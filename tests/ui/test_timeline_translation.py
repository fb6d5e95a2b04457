"""The timeline and import catalogue (resources/translations/timeline_ru.ts) is complete and current.

After changing texts in ui/timeline, ui/importing or ui/tabs/timeline.py, run lupdate
over those files into the catalogue and translate the new messages (see the
report of the first test below for the command).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "timeline_ru.ts"
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%L?\d")
SAME_IN_RUSSIAN = {"<b>{name}</b>", "{source}: {file}"}


def sources() -> list[Path]:
    files = [ROOT / "ui" / "tabs" / "timeline.py"]
    for folder in ("timeline", "importing"):
        files += sorted((ROOT / "ui" / folder).glob("*.py"))
    return files


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name"), m.findtext("source")): m for c in root.iter("context") for m in c.iter("message")
    }


def texts(message: ET.Element) -> list[str]:
    element = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


def test_every_message_is_translated_keeping_placeholders_and_shortcut_markers():
    problems = []
    for (context, source), message in messages(CATALOGUE).items():
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is not finished")
            continue
        forms = texts(message)
        if message.get("numerus") == "yes" and len(forms) != 3:
            problems.append(f"{context}: {source!r} needs three plural forms")
        for text in forms:
            if not text.strip():
                problems.append(f"{context}: {source!r} is empty")
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"{context}: {source!r} → {text!r} (placeholders)")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{context}: {source!r} → {text!r} (shortcut marker)")
            if text == source and source not in SAME_IN_RUSSIAN:
                problems.append(f"{context}: {source!r} is left in English")
    assert not problems, "\n".join(problems)


def test_lupdate_finds_nothing_missing_or_stale(tmp_path):
    tool = i18n.qt_tool("lupdate")
    if tool is None:
        pytest.skip("lupdate is not installed")
    copy = tmp_path / CATALOGUE.name
    shutil.copyfile(CATALOGUE, copy)
    command = [str(tool), *map(str, sources()), "-locations", "none", "-no-obsolete", "-ts", str(copy)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    fresh, committed = set(messages(copy)), set(messages(CATALOGUE))
    assert not fresh - committed, f"untranslated (run: {' '.join(command[:1])} … -ts {CATALOGUE}): " + repr(
        sorted(fresh - committed)
    )
    assert not committed - fresh, "no longer in the code: " + repr(sorted(committed - fresh))


def test_the_catalogue_compiles_and_words_a_gap_in_russian(tmp_path):
    tool = i18n.qt_tool("lrelease")
    if tool is None:
        pytest.skip("lrelease is not installed")
    qm = tmp_path / "timeline_ru.qm"
    subprocess.run([str(tool), "-silent", str(CATALOGUE), "-qm", str(qm)], check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        from ui.timeline.model import TimelineModel

        model = TimelineModel()
        assert model.tr("No contact for %n days", "", 34) == "Нет контакта 34 дня"
        assert model.tr("No contact for %n days", "", 45) == "Нет контакта 45 дней"
        assert model.tr("No contact for %n days", "", 31) == "Нет контакта 31 день"
    finally:
        QCoreApplication.removeTranslator(translator)
