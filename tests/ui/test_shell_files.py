"""The File menu: new, open (and refusing what is not a planner database), recent, backup, restore, demo."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner.services import accounts
from planner.services.accounts import AccountInput
from ui.main_window import MainWindow
from ui.shell import demo, file_actions, opening
from ui.shell.lock import lock_path
from ui.shell.recent import LIMIT, RecentFiles

from .conftest import ALPENMILCH, NORDWIND

#: The shell is tested with the Overview tab only (the other tabs have their own tests).
pytestmark = pytest.mark.usefixtures("only_overview_tab")


@pytest.fixture
def window(qtbot, portfolio_db):
    win = MainWindow(portfolio_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


class MessageBoxes:
    """Closes every message box that comes up (they block in exec()) and keeps their texts."""

    def __init__(self) -> None:
        self.seen: list[dict[str, str]] = []
        self.click: str | None = None
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox) and box.isVisible():
                self.seen.append(
                    {"title": box.windowTitle(), "text": box.text(), "detail": box.informativeText()}
                )
                wanted = [b for b in box.buttons() if self.click and b.text() == self.click]
                if wanted:
                    wanted[0].click()
                else:
                    box.close()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def boxes(qapp):
    watcher = MessageBoxes()
    yield watcher
    watcher.stop()


def choose_file(monkeypatch, path: Path | None) -> None:
    """The next file dialog (open or save) returns ``path``."""
    answer = (str(path) if path else "", "")
    monkeypatch.setattr(file_actions.QFileDialog, "getOpenFileName", lambda *a, **k: answer)
    monkeypatch.setattr(file_actions.QFileDialog, "getSaveFileName", lambda *a, **k: answer)


def test_open_switches_to_another_database_and_remembers_it(window, tmp_path, monkeypatch, portfolio_db):
    other = tmp_path / "other.sqlite"
    choose_file(monkeypatch, other)
    window.ui.open_action.trigger()
    assert window.database.path == other
    assert window.windowTitle() == "other.sqlite — Key Account Planner"
    assert window.proxy.rowCount() == 0
    assert lock_path(other).exists()
    assert RecentFiles().paths()[:2] == [other, portfolio_db.path]
    # The first database belongs to the test, not to the window: it is still usable.
    assert accounts.resolve(portfolio_db, NORDWIND)

    window.file_actions.open_recent(portfolio_db.path)
    assert window.database.path == portfolio_db.path
    assert not lock_path(other).exists()  # the window closed what it had opened
    assert window.proxy.rowCount() == 3


def test_open_refuses_a_file_that_is_not_a_planner_database(
    window, tmp_path, monkeypatch, portfolio_db, boxes
):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n", encoding="utf-8")
    choose_file(monkeypatch, notes)
    window.ui.open_action.trigger()
    assert boxes.seen and boxes.seen[0]["text"] == "This is not a Key Account Planner database."
    assert "notes.txt" in boxes.seen[0]["detail"]
    assert window.database is portfolio_db
    assert window.proxy.rowCount() == 3
    assert notes.read_text(encoding="utf-8") == "shopping list\n"
    assert notes not in RecentFiles().paths()


def test_new_database_creates_and_opens_an_empty_one(window, tmp_path, monkeypatch, boxes):
    choose_file(monkeypatch, tmp_path / "fresh")
    window.ui.new_action.trigger()
    assert window.database.path == tmp_path / "fresh.sqlite"
    assert (tmp_path / "fresh.sqlite").exists()
    assert window.model.rowCount() == 0
    assert "no accounts" in window.workspace.hint_text

    # An existing file is never overwritten by "New".
    window.ui.new_action.trigger()
    assert "already exists" in boxes.seen[-1]["text"]
    assert window.database.path == tmp_path / "fresh.sqlite"


def test_recent_files_keep_the_last_eight_and_grey_out_missing_ones(window, tmp_path):
    recent = RecentFiles()
    recent.clear()
    files = []
    for i in range(LIMIT + 2):
        path = tmp_path / f"db{i}.sqlite"
        path.touch()
        files.append(path)
        recent.add(path)
    assert recent.paths() == list(reversed(files))[:LIMIT]
    files[-1].unlink()
    menu = window.ui.recent_menu
    menu.rebuild()
    first = menu.actions()[0]
    assert first.text() == "&1 db9.sqlite (missing)" and not first.isEnabled()
    assert menu.actions()[1].isEnabled()
    assert [a.text() for a in menu.actions() if a.text()][-2:] == ["Remove Missing Files", "Clear List"]
    recent.prune()
    assert files[-1] not in recent.paths()


def test_backup_runs_in_a_worker_and_says_where(qtbot, window, tmp_path, boxes):
    target = tmp_path / "copies" / "backup.sqlite"
    with qtbot.waitSignal(window.file_actions.backed_up, timeout=10_000) as done:
        window.file_actions.backup_to(target)
    assert done.args == [target]
    assert target.exists()
    qtbot.waitUntil(lambda: any(s["text"] == "The database was backed up." for s in boxes.seen))
    assert str(target) in window.statusBar().currentMessage()


def test_restore_replaces_the_content_and_reloads_the_views(qtbot, window, tmp_path, portfolio_db, boxes):
    backup = tmp_path / "backup.sqlite"
    with qtbot.waitSignal(window.file_actions.backed_up, timeout=10_000):
        window.file_actions.backup_to(backup)
    alpen = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    accounts.delete(portfolio_db, alpen)
    window.reload()
    assert window.proxy.rowCount() == 2

    boxes.click = "Restore"
    assert window.file_actions.confirm_restore(backup)
    confirm = next(seen for seen in boxes.seen if seen["title"] == "Restore from Backup")
    assert "will be replaced" in confirm["detail"]
    assert "copy of the current content is kept" in confirm["detail"]
    with qtbot.waitSignal(window.file_actions.restored, timeout=10_000) as done:
        window.file_actions.restore_from(backup)
    kept = done.args[0]
    assert kept is None or Path(kept).exists()
    assert window.proxy.rowCount() == 3
    assert window.undo_stack.count() == 0


def test_restore_can_be_declined(window, tmp_path, boxes):
    boxes.click = "Cancel"
    assert not window.file_actions.confirm_restore(tmp_path / "backup.sqlite")


class FakeDemo:
    """Stands in for planner.demo.build_demo: quick, reports progress, honours cancel."""

    def __init__(self, *, wait_for_cancel: bool = False) -> None:
        self.wait_for_cancel = wait_for_cancel
        self.started = threading.Event()

    def __call__(self, db, *, scale, seed, progress, cancelled, as_of=None):
        progress("accounts", 0.1)
        self.started.set()
        if self.wait_for_cancel:
            while not cancelled():
                threading.Event().wait(0.005)
            raise RuntimeError("cancelled")  # like DemoCancelled
        accounts.create(db, AccountInput(name="Demo Account"))
        progress("done", 1.0)


def test_open_demo_builds_it_in_a_worker_and_opens_it(qtbot, window, monkeypatch, isolated_paths):
    fake = FakeDemo()
    monkeypatch.setattr(demo, "_builder", lambda: fake)
    with qtbot.waitSignal(window.file_actions.demo_finished, timeout=10_000) as done:
        window.ui.demo_action.trigger()
    assert done.args == [True]
    assert window.database.path == isolated_paths / "demo.sqlite"
    assert [window.model.account_at(r).name for r in range(window.model.rowCount())] == ["Demo Account"]
    # A second time it is simply opened.
    window.file_actions.open_recent(RecentFiles().paths()[1])
    with qtbot.waitSignal(window.file_actions.demo_finished, timeout=5_000) as again:
        window.ui.demo_action.trigger()
    assert again.args == [True] and window.database.path == isolated_paths / "demo.sqlite"


def test_cancelling_the_demo_build_leaves_nothing_behind(qtbot, window, monkeypatch, isolated_paths):
    fake = FakeDemo(wait_for_cancel=True)
    monkeypatch.setattr(demo, "_builder", lambda: fake)
    worker = window.file_actions.open_demo()
    assert fake.started.wait(5)
    with qtbot.waitSignal(window.file_actions.demo_finished, timeout=10_000) as done:
        worker.cancel()
    assert done.args == [False]
    assert not (isolated_paths / "demo.sqlite").exists()
    assert list(isolated_paths.glob(".demo.sqlite.building-*")) == []
    assert window.database.path.name == "planner.sqlite"


@pytest.mark.slow
def test_the_real_demo_portfolio_opens(qtbot, window, isolated_paths):
    if not demo.demo_available():
        pytest.skip("planner.demo is not there yet")
    with qtbot.waitSignal(window.file_actions.demo_finished, timeout=300_000) as done:
        window.ui.demo_action.trigger()
    assert done.args == [True]
    assert window.model.rowCount() > 0


def test_the_in_use_dialog_from_a_running_window_keeps_the_current_database(
    window, tmp_path, monkeypatch, portfolio_db
):
    from ui.shell.lock import DatabaseLock

    other = tmp_path / "busy.sqlite"
    held = DatabaseLock.acquire(other)
    asked = {}

    def answer(parent, busy, *, at_start):
        asked["at_start"] = at_start
        return opening.InUseChoice.GIVE_UP

    monkeypatch.setattr(opening, "warn_in_use", answer)
    try:
        assert not window.file_actions.open_target(other)
    finally:
        held.release()
    assert asked == {"at_start": False}
    assert window.database is portfolio_db
