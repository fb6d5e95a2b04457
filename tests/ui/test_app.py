"""Starting the app: names for QSettings, the main window, and a clear refusal of bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import app
from ui.main_window import MainWindow

#: The shell is tested with the Overview tab only (the other tabs have their own tests).
pytestmark = pytest.mark.usefixtures("only_overview_tab")

ROOT = Path(__file__).resolve().parents[2]


def when_shown(callback) -> None:
    """Run ``callback`` once a main window is up (polls: the database opens in a thread
    first, with an event loop of its own running meanwhile)."""

    def look() -> None:
        if any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()):
            callback()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def read_message_box(into: dict[str, str]) -> None:
    """Once a message box is up, copy its texts into ``into`` and close it (polls: exec() blocks)."""

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, look)
            return
        box = boxes[0]
        into.update(title=box.windowTitle(), text=box.text(), detail=box.informativeText())
        box.close()

    QTimer.singleShot(0, look)


def test_run_opens_the_main_window_on_the_database(qapp, tmp_path, portfolio_db):
    seen: dict[str, object] = {}

    def look_and_close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["titles"] = [w.windowTitle() for w in windows]
        seen["rows"] = [w.proxy.rowCount() for w in windows]
        for window in windows:
            window.close()  # the last window closed ends app.exec()

    when_shown(look_and_close)
    assert app.run(str(portfolio_db.path)) == 0
    assert seen == {"titles": ["planner.sqlite — Key Account Planner"], "rows": [3]}
    assert QCoreApplication.organizationName() == "KeyAccountPlanner"
    assert QCoreApplication.applicationName() == "Key Account Planner"


def test_a_file_that_is_not_a_planner_database_is_reported_and_run_returns_2(qapp, tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n", encoding="utf-8")
    shown: dict[str, str] = {}
    read_message_box(shown)
    assert app.run(str(notes)) == 2
    assert shown["title"] == "Key Account Planner"
    assert shown["text"] == "This is not a Key Account Planner database."
    assert "notes.txt" in shown["detail"]
    assert notes.read_text(encoding="utf-8") == "shopping list\n"
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_any_planner_error_on_open_is_shown_with_its_detail(qapp, monkeypatch, capsys):
    from planner.errors import ErrorCode, PlannerError

    def refuse(target):
        raise PlannerError(ErrorCode.NEWER_SCHEMA, f"{target} was written by a newer version")

    from ui.shell import opening

    monkeypatch.setattr(opening, "open_planner_database", refuse)
    shown: dict[str, str] = {}
    read_message_box(shown)
    assert app.run("team.sqlite") == 2
    assert shown == {
        "title": "Key Account Planner",
        "text": "This database was written by a newer version of Key Account Planner.",
        "detail": "team.sqlite was written by a newer version",
    }
    assert "Traceback" not in capsys.readouterr().err


def _loaded(module: str) -> list[str]:
    code = (
        f"import sys, json; sys.path.insert(0, {str(ROOT)!r}); import {module}; "
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_ui_package_itself_loads_no_qt():
    assert "PySide6" not in _loaded("ui")


def test_starting_the_app_loads_no_charting_or_analytics_libraries():
    loaded = _loaded("ui.app")
    assert "PySide6" in loaded
    assert not {"matplotlib", "pandas", "numpy"} & set(loaded)
