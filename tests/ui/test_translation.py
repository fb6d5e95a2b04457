"""Texts come from Qt translations under the contexts lupdate finds, and follow a language switch."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from ui.main_window import MainWindow
from ui.models.portfolio import Column

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name>MainWindow</name>
  <message><source>Filter accounts…</source><translation>Фильтр клиентов…</translation></message>
  <message><source>Accounts: {count}</source><translation>Клиентов: {count}</translation></message>
</context>
<context><name>PortfolioModel</name>
  <message><source>Name</source><translation>Название</translation></message>
</context>
<context><name>AccountOverview</name>
  <message><source>Industry</source><translation>Отрасль</translation></message>
</context>
<context><name>labels</name>
  <message><source>Growth</source><translation>Рост</translation></message>
</context>
</TS>
"""


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent)
    )
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return found


def test_a_language_switch_retranslates_the_open_window(qapp, qtbot, tmp_path, portfolio_db):
    ts = tmp_path / "kap_ru.ts"
    ts.write_text(TS, encoding="utf-8")
    qm = tmp_path / "kap_ru.qm"
    subprocess.run([lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)

    window = MainWindow(portfolio_db)
    qtbot.addWidget(window)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: window.ui.filter.placeholderText() == "Фильтр клиентов…")
        assert window.ui.count_label.text() == "Клиентов: 3"
        assert window.model.headerData(Column.NAME, Qt.Orientation.Horizontal) == "Название"
        assert window.proxy.index(0, Column.STAGE).data() == "Рост"
        assert window.overview.ui.fact_labels["industry"].text() == "Отрасль"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: window.ui.filter.placeholderText() == "Filter accounts…")
    assert window.proxy.index(0, Column.STAGE).data() == "Growth"
