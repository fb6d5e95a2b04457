"""Languages: building the Qt Linguist catalogues and switching the app's language live.

The Russian texts live in ``resources/translations/*_ru.ts`` (edited with Qt
Linguist or by hand): ``kap_ru.ts`` for the shell and everything no feature
catalogue claims, and one catalogue per feature that keeps its own (``editing_ru.ts``),
all loaded together. The compiled ``.qm`` files are not committed: the build runs
``resources/build_translations.py``, and at start the app compiles a catalogue
that is missing or older than its ``.ts`` when ``lrelease`` is at hand (it ships
with PySide6). Switching the language installs or removes the translators, which
sends every widget a LanguageChange event; the locale used for numbers, money and
dates follows the language.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
from enum import StrEnum
from html import unescape
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
#: The catalogue's file name stem: kap_ru.ts / kap_ru.qm.
CATALOGUE = "kap"
#: Languages the app is translated into (English is the source language; its
#: catalogues hold only plural forms, "%n day(s) ago").
TRANSLATED = ("ru",)


class Language(StrEnum):
    """The Preferences choice; SYSTEM follows the operating system's language."""

    SYSTEM = "system"
    ENGLISH = "en"
    RUSSIAN = "ru"


_installed: list[QTranslator] = []
_current: str | None = None


# -- the catalogues ------------------------------------------------------------------


def qt_tool(name: str) -> Path | None:
    """``lrelease`` / ``lupdate`` as shipped inside the PySide6 wheel, else on PATH."""
    try:
        import PySide6

        folder = Path(PySide6.__file__).parent
        for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "bin" / name):
            if candidate.is_file():
                return candidate
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    )
    return Path(found) if found else None


def ts_file(language: str, name: str = CATALOGUE) -> Path:
    return TRANSLATIONS / f"{name}_{language}.ts"


def qm_file(language: str, name: str = CATALOGUE) -> Path:
    return TRANSLATIONS / f"{name}_{language}.qm"


def catalogues(language: str) -> list[Path]:
    """Every ``<name>_<language>.ts``: ``kap`` first, then one per feature that keeps its own."""
    found = sorted(TRANSLATIONS.glob(f"*_{language}.ts"))
    return sorted(found, key=lambda ts: ts.stem != f"{CATALOGUE}_{language}")


def is_stale(language: str, name: str = CATALOGUE) -> bool:
    """Whether a compiled catalogue is missing or older than its source."""
    ts, qm = ts_file(language, name), qm_file(language, name)
    if not ts.exists():
        return False
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def compile_catalogue(language: str, name: str = CATALOGUE, *, quiet: bool = True) -> Path:
    """Run lrelease on ``<name>_<language>.ts``; returns the .qm file. Raises if it cannot."""
    tool = qt_tool("lrelease")
    if tool is None:
        raise FileNotFoundError("lrelease is not installed (it comes with PySide6)")
    ts, qm = ts_file(language, name), qm_file(language, name)
    command = [str(tool), str(ts), "-qm", str(qm)]
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, check=True, capture_output=quiet, timeout=120)
    return qm


def ensure_compiled(language: str) -> list[Path]:
    """The .qm files of ``language``, each compiled first if stale and lrelease is available."""
    compiled = []
    for ts in catalogues(language):
        name = ts.stem.removesuffix(f"_{language}")
        if is_stale(language, name):
            try:
                compile_catalogue(language, name)
            except (OSError, subprocess.SubprocessError) as error:
                log.warning("cannot compile %s: %s", ts.name, error)
        qm = qm_file(language, name)
        if qm.exists():
            compiled.append(qm)
    return compiled


def source_files() -> list[Path]:
    """Every Python file of the app whose strings go into the catalogues."""
    ui = ROOT / "ui"
    return sorted(p for p in ui.rglob("*.py") if "__pycache__" not in p.parts)


def message_keys(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a .ts file."""
    root = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def update_catalogue(language: str, target: Path | None = None) -> Path:
    """Run lupdate over ui/ into ``kap_<language>.ts`` (or a copy at ``target``).

    ``kap`` is the catch-all catalogue: it takes every string that no feature catalogue
    (``editing_ru.ts``, say) holds. New strings arrive as unfinished translations,
    strings no longer in the code are dropped, and finished translations are kept.
    The English catalogue holds only the messages with plural forms.
    """
    tool = qt_tool("lupdate")
    if tool is None:
        raise FileNotFoundError("lupdate is not installed (it comes with PySide6)")
    target = target or ts_file(language)
    command = [
        str(tool),
        *map(str, source_files()),
        "-locations",
        "none",
        "-no-obsolete",
        *(["-pluralonly"] if language == Language.ENGLISH else []),
        "-source-language",
        "en",
        "-target-language",
        language,
        "-ts",
        str(target),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    _drop_extracomments(target)
    others = set().union(*(message_keys(ts) for ts in catalogues(language)[1:] if ts != target))
    if others:
        _drop_messages(target, others)
    return target


def _drop_messages(ts: Path, keys: set[tuple[str, str]]) -> None:
    """Remove the messages another catalogue holds (and contexts left empty)."""
    text = ts.read_text(encoding="utf-8")

    def context(match: re.Match) -> str:
        block = match.group(0)
        name = re.search(r"<name>(.*?)</name>", block, re.DOTALL)
        context_name = unescape(name.group(1)) if name else ""

        def message(found: re.Match) -> str:
            source = re.search(r"<source>(.*?)</source>", found.group(0), re.DOTALL)
            key = (context_name, unescape(source.group(1)) if source else "")
            return "" if key in keys else found.group(0)

        block = re.sub(r"\n\s*<message[ >].*?</message>", message, block, flags=re.DOTALL)
        return "" if "<message" not in block else block

    cleaned = re.sub(r"<context>.*?</context>\n?", context, text, flags=re.DOTALL)
    if cleaned != text:
        ts.write_text(cleaned, encoding="utf-8")


def _drop_extracomments(ts: Path) -> None:
    """Remove the comments lupdate took from ``#:`` lines: they document code, not texts.

    lupdate reads a Python ``#:`` comment as a note for translators and attaches it to
    the next message, while this code base uses ``#:`` to document constants.
    """
    text = ts.read_text(encoding="utf-8")
    cleaned = re.sub(r"\n\s*<extracomment>.*?</extracomment>", "", text, flags=re.DOTALL)
    if cleaned != text:
        ts.write_text(cleaned, encoding="utf-8")


# -- switching -----------------------------------------------------------------------


def system_language() -> str:
    """The OS language if we have a catalogue for it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in TRANSLATED else Language.ENGLISH.value


def effective_language(choice: str | Language) -> str:
    """The language a Preferences choice means on this computer: "en" or "ru"."""
    choice = str(choice)
    if choice == Language.SYSTEM:
        return system_language()
    return choice if choice in (Language.ENGLISH, *TRANSLATED) else Language.ENGLISH.value


def locale_for(language: str) -> QLocale:
    """Numbers and dates follow the language; the system's own territory where it matches."""
    system = QLocale.system()
    if system.name().split("_")[0] == language and system.language() != QLocale.Language.C:
        return system
    if language == Language.RUSSIAN:
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def current_language() -> str | None:
    """The language last applied with ``apply_language`` (None before the first)."""
    return _current


def apply_language(choice: str | Language) -> str:
    """Make ``choice`` the app's language now; returns the effective language.

    Widgets retranslate in their ``changeEvent(LanguageChange)``; the event is sent
    even when no catalogue changes (English → System on an English system), since the
    number and date formats may still have.
    """
    global _current
    app = QCoreApplication.instance()
    language = effective_language(choice)
    QLocale.setDefault(locale_for(language))
    changed = bool(_installed)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for translator in _load(language):
        if QCoreApplication.installTranslator(translator):
            _installed.append(translator)
            changed = True
    _current = language
    if not changed and app is not None:
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return language


def _load(language: str) -> list[QTranslator]:
    translators: list[QTranslator] = []
    for qm in ensure_compiled(language):
        ours = QTranslator()
        if ours.load(str(qm)):
            translators.append(ours)
        else:
            log.warning("cannot load %s", qm)
    if language not in TRANSLATED:
        return translators
    # Qt's own texts: standard buttons, file dialogs, the context menus of text fields.
    qt = QTranslator()
    if qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt)
    return translators
