"""The timeline and import catalogue (resources/translations/timeline_ru.ts) is current and words
a gap in Russian (``test_i18n_catalogue.py`` checks every catalogue's translations).

After changing texts in ui/timeline, ui/importing or ui/tabs/timeline.py, run lupdate
over those files into the catalogue and translate the new messages (see the
report of the lupdate test below for the command).
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "timeline_ru.ts"


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
