"""The Briefing tab: meeting choice, outline preview, writing the document off the UI thread."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from db.store import open_database
from planner.services import accounts
from ui.briefing.tab import BriefingTab
from ui.undo import ChangeBus
from ui.workers import WorkerPool
from ui.workspace import WorkspaceContext

AS_OF = "2026-11-27"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from planner.demo import build_demo

    path = tmp_path_factory.mktemp("brief-demo") / "demo.sqlite"
    database = open_database(path)
    build_demo(database, scale=1, seed=7, as_of=date.fromisoformat(AS_OF))
    database.close()
    return path


@pytest.fixture
def tab(qtbot, demo_file, tmp_path, monkeypatch):
    monkeypatch.setenv("KAP_AS_OF", AS_OF)
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    database = open_database(path)
    workers = WorkerPool()
    context = WorkspaceContext(database, QUndoStack(), ChangeBus.instance(), workers)
    widget = BriefingTab(context)
    widget.ui.open_after.setChecked(False)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    workers.shutdown()
    database.close()


def _load(tab, qtbot, name: str) -> None:
    tab.load(accounts.resolve(tab.db, name).uuid)
    qtbot.waitUntil(lambda: tab.ui.outline.topLevelItemCount() > 0, timeout=20_000)


def test_recent_meetings_are_offered_and_previewed(tab, qtbot):
    _load(tab, qtbot, "Староуральская")
    assert tab.ui.meetings.count() > 0 and tab.ui.from_timeline.isChecked()
    assert tab.ui.language.currentData() == "ru"  # the account's own language by default
    titles = [tab.ui.outline.topLevelItem(i).text(0) for i in range(tab.ui.outline.topLevelItemCount())]
    assert len(titles) >= 4


def test_writes_a_client_briefing_by_date_and_attendees(tab, qtbot, tmp_path):
    _load(tab, qtbot, "Lumisight")
    tab.ui.from_date.setChecked(True)
    tab.ui.attendees.item(0).setCheckState(Qt.CheckState.Checked)
    tab.ui.audience.setCurrentIndex(tab.ui.audience.findData("client"))
    tab.ui.language.setCurrentIndex(tab.ui.language.findData("en"))
    out = tmp_path / "client.docx"
    tab.write(out)
    qtbot.waitUntil(lambda: tab.last_written == out, timeout=30_000)
    with zipfile.ZipFile(out) as document:
        body = document.read("word/document.xml").decode("utf-8")
    assert "Lumisight" in body
    assert str(out) in tab.ui.message.text()


def test_a_bad_request_is_explained_not_written(tab, qtbot, tmp_path):
    _load(tab, qtbot, "Lumisight")
    tab.ui.from_date.setChecked(True)
    for i in range(tab.ui.attendees.count()):
        tab.ui.attendees.item(i).setCheckState(Qt.CheckState.Unchecked)
    missing_template = tmp_path / "nowhere.docx"
    from PySide6.QtCore import QSettings

    QSettings().setValue("briefing/template", str(missing_template))
    tab.write(tmp_path / "never.docx")
    assert "template" in tab.ui.message.text()
    assert not (tmp_path / "never.docx").exists()
