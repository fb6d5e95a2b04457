"""The Russian catalogue is complete and current: every string in ui/ has a finished translation.

If a test here fails after you added or changed texts in ui/, run
``.venv/bin/python resources/build_translations.py --update`` and translate the new
(unfinished) messages in ``resources/translations/kap_ru.ts`` with Qt Linguist.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n

PLACEHOLDER = re.compile(r"\{\w*\}|%n|%L?\d")
#: Plural forms Qt expects in a Russian catalogue (1, 2–4, 5+).
RUSSIAN_FORMS = 3
ENGLISH_FORMS = 2
#: Texts that read the same in Russian: key names and the product's name.
SAME_IN_RUSSIAN = {"Enter", "Esc", "Key Account Planner", "{database} — Key Account Planner"}


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def translations(message: ET.Element) -> list[str]:
    element = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


@pytest.fixture(scope="module")
def lupdate():
    if i18n.qt_tool("lupdate") is None:
        pytest.skip("lupdate is not installed")


def all_catalogues() -> list[tuple[Path, int]]:
    """Every catalogue with the number of plural forms its language has."""
    forms = {"ru": RUSSIAN_FORMS, "en": ENGLISH_FORMS}
    return [(ts, n) for language, n in forms.items() for ts in i18n.catalogues(language)]


@pytest.mark.parametrize(("ts", "forms"), all_catalogues(), ids=[ts.name for ts, _ in all_catalogues()])
def test_every_message_has_a_finished_translation(ts, forms):
    found = messages(ts)
    assert found, "the catalogue is empty"
    problems = []
    for (context, source), message in found.items():
        element = message.find("translation")
        if element.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {element.get('type')}")
            continue
        texts = translations(message)
        if message.get("numerus") == "yes" and len(texts) != forms:
            problems.append(f"{context}: {source!r} has {len(texts)} plural forms, needs {forms}")
        if any(not text.strip() for text in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, f"{ts.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_no_message_is_in_two_catalogues(language):
    seen: dict[tuple[str, str], str] = {}
    twice = []
    for ts in i18n.catalogues(language):
        for key in messages(ts):
            if key in seen:
                twice.append(f"{key[0]}: {key[1]!r} in {seen[key]} and {ts.name}")
            seen[key] = ts.name
    assert not twice, "\n".join(twice)


@pytest.mark.parametrize("ts", i18n.catalogues("ru"), ids=lambda ts: ts.name)
def test_translations_keep_the_placeholders_and_shortcut_markers(ts):
    problems = []
    for (context, source), message in messages(ts).items():
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in translations(message):
            if sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{context}: {source!r} → {text!r}")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"{context}: {source!r} → {text!r} (menu shortcut marker)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", i18n.catalogues("ru"), ids=lambda ts: ts.name)
def test_the_russian_texts_are_russian(ts):
    """A forgotten copy of the English source would pass the checks above."""
    untranslated = [
        f"{context}: {source!r}"
        for (context, source), message in messages(ts).items()
        for text in translations(message)
        if text == source
        and re.search("[a-z]{3}", PLACEHOLDER.sub("", source))
        and source not in SAME_IN_RUSSIAN
    ]
    assert not untranslated, "\n".join(untranslated)


@pytest.mark.parametrize("language", ["ru", "en"])
def test_lupdate_finds_no_string_missing_from_the_catalogues(lupdate, tmp_path, language):
    committed = i18n.ts_file(language)
    copy = tmp_path / committed.name
    shutil.copyfile(committed, copy)
    i18n.update_catalogue(language, target=copy)
    # The copy now holds what lupdate finds in ui/ that no feature catalogue (editing_ru.ts...) holds.
    fresh = set(messages(copy))
    held = set().union(*(messages(ts) for ts in i18n.catalogues(language)[1:]))
    missing = sorted(fresh - set(messages(committed)))
    assert not missing, (
        "strings in ui/ without a translation (run resources/build_translations.py --update):\n"
        + ("\n".join(f"  {context}: {source!r}" for context, source in missing))
    )
    stale = sorted(set(messages(committed)) - fresh - held)  # held twice: see the test above
    assert not stale, "translations of strings no longer in ui/:\n" + (
        "\n".join(f"  {context}: {source!r}" for context, source in stale)
    )


def test_a_missing_or_stale_catalogue_is_compiled(tmp_path, monkeypatch):
    if i18n.qt_tool("lrelease") is None:
        pytest.skip("lrelease is not installed")
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    shutil.copyfile(i18n.ROOT / "resources" / "translations" / "kap_ru.ts", tmp_path / "kap_ru.ts")
    assert i18n.is_stale("ru")
    (qm,) = i18n.ensure_compiled("ru")
    assert qm == tmp_path / "kap_ru.qm" and qm.stat().st_size > 1000
    assert not i18n.is_stale("ru")
    import os

    earlier = (tmp_path / "kap_ru.ts").stat().st_mtime - 10
    os.utime(qm, (earlier, earlier))  # the source was edited after the last build
    assert i18n.is_stale("ru")
    i18n.ensure_compiled("ru")
    assert not i18n.is_stale("ru")


def test_the_build_script_compiles_every_catalogue(tmp_path, monkeypatch):
    if i18n.qt_tool("lrelease") is None:
        pytest.skip("lrelease is not installed")
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_translations", i18n.ROOT / "resources" / "build_translations.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    for name in ("kap_ru.ts", "kap_en.ts"):
        shutil.copyfile(i18n.ROOT / "resources" / "translations" / name, tmp_path / name)
    assert script.languages() == ["en", "ru"]
    assert script.main([]) == 0
    assert (tmp_path / "kap_ru.qm").exists() and (tmp_path / "kap_en.qm").exists()


FEATURE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Overview</source>
        <translation>Сводка</translation>
    </message>
</context>
</TS>
"""


def test_a_feature_catalogue_keeps_its_strings_and_is_loaded(lupdate, tmp_path, monkeypatch, qapp):
    if i18n.qt_tool("lrelease") is None:
        pytest.skip("lrelease is not installed")
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    shutil.copyfile(i18n.ROOT / "resources" / "translations" / "kap_ru.ts", tmp_path / "kap_ru.ts")
    (tmp_path / "feature_ru.ts").write_text(FEATURE_TS, encoding="utf-8")
    assert [ts.name for ts in i18n.catalogues("ru")] == ["kap_ru.ts", "feature_ru.ts"]
    # The catch-all catalogue gives up what the feature catalogue holds.
    i18n.update_catalogue("ru")
    assert ("AccountWorkspace", "Overview") not in messages(tmp_path / "kap_ru.ts")
    assert ("AccountWorkspace", "This account no longer exists.") in messages(tmp_path / "kap_ru.ts")
    # Both are compiled and installed.
    i18n.apply_language("ru")
    try:
        assert QCoreApplication.translate("AccountWorkspace", "Overview") == "Сводка"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Файл"
    finally:
        monkeypatch.undo()
        i18n.apply_language("en")
