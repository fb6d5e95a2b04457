"""One instance per database file: a live holder is reported, a dead one's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import app
from ui.shell.lock import DatabaseInUse, DatabaseLock, lock_path, sqlite_file
from ui.shell.opening import InUseChoice, open_locked

#: The shell is tested with the Overview tab only (the other tabs have their own tests).
pytestmark = pytest.mark.usefixtures("only_overview_tab")

ROOT = Path(__file__).resolve().parents[2]


def test_targets_name_the_file_to_lock(tmp_path):
    assert sqlite_file(str(tmp_path / "a.sqlite")) == tmp_path / "a.sqlite"
    assert sqlite_file(f"sqlite:///{tmp_path}/b.sqlite") == tmp_path / "b.sqlite"
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("postgresql+psycopg://kam:secret@server/planner") is None
    assert lock_path(tmp_path / "a.sqlite") == tmp_path / "a.sqlite.lock"


def test_a_second_holder_is_refused_with_who_holds_it(tmp_path):
    path = tmp_path / "planner.sqlite"
    first = DatabaseLock.acquire(path)
    assert first is not None and first.is_locked()
    assert lock_path(path).exists()
    with pytest.raises(DatabaseInUse) as busy:
        DatabaseLock.acquire(path)
    assert busy.value.holder.pid == os.getpid()
    first.release()
    second = DatabaseLock.acquire(path)
    assert second is not None
    second.release()
    assert not lock_path(path).exists()


def test_the_lock_of_a_dead_process_is_taken_over(tmp_path):
    path = tmp_path / "planner.sqlite"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                sys.path.insert(0, {str(ROOT)!r})
                from pathlib import Path
                from ui.shell.lock import DatabaseLock
                lock = DatabaseLock.acquire(Path({str(path)!r}))
                print("locked", flush=True)
                time.sleep(60)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUse) as busy:
            DatabaseLock.acquire(path)
        assert busy.value.holder.pid == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    assert lock_path(path).exists()  # left behind by the killed process
    taken = DatabaseLock.acquire(path)
    assert taken is not None and taken.is_locked()
    taken.release()


def test_opening_locks_and_a_refused_file_leaves_no_lock(tmp_path, portfolio_db):
    opened = open_locked(str(tmp_path / "new.sqlite"))
    assert opened.lock is not None and lock_path(tmp_path / "new.sqlite").exists()
    opened.close()
    assert not lock_path(tmp_path / "new.sqlite").exists()

    notes = tmp_path / "notes.txt"
    notes.write_text("not a database", encoding="utf-8")
    from planner.errors import PlannerError

    with pytest.raises(PlannerError):
        open_locked(str(notes))
    assert not lock_path(notes).exists()


def test_starting_on_a_database_in_use_warns_and_can_quit(qapp, tmp_path, monkeypatch, portfolio_db):
    held = DatabaseLock.acquire(portfolio_db.path)
    seen = {}

    def answer(parent, busy, *, at_start):
        seen.update(path=busy.path, pid=busy.holder.pid, at_start=at_start)
        return InUseChoice.GIVE_UP

    from ui.shell import opening

    monkeypatch.setattr(opening, "warn_in_use", answer)
    try:
        assert app.run(str(portfolio_db.path)) == app.EXIT_BAD_INPUT
    finally:
        held.release()
    assert seen == {"path": portfolio_db.path, "pid": os.getpid(), "at_start": True}


def test_the_in_use_warning_offers_another_database(qapp, tmp_path, monkeypatch, portfolio_db):
    """The real dialog: its texts, and "Open Another Database…" leading to the file dialog."""
    from PySide6.QtCore import QTimer

    from ui.shell import opening

    held = DatabaseLock.acquire(portfolio_db.path)
    other = tmp_path / "other.sqlite"
    monkeypatch.setattr(opening, "ask_database_to_open", lambda parent, folder=None: other)
    shown = {}

    def click_another() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, click_another)
            return
        box = boxes[0]
        shown.update(text=box.text(), detail=box.informativeText())
        next(b for b in box.buttons() if b.text() == "Open Another Database…").click()

    QTimer.singleShot(0, click_another)
    try:
        opened = opening.open_with_dialogs(None, str(portfolio_db.path))
    finally:
        held.release()
    assert shown["text"] == "This database is already open in another Key Account Planner window."
    assert str(portfolio_db.path) in shown["detail"] and str(os.getpid()) in shown["detail"]
    assert opened is not None and opened.db.path == other
    opened.close()


def test_an_older_file_is_upgraded_in_a_thread_and_the_wait_is_explained(qtbot, tmp_path, monkeypatch):
    """Upgrading a large file takes seconds: the window stays alive and a dialog says why."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    from db.engine import resolve_url
    from db.store import head_revision, upgrade
    from planner import database
    from ui.shell import opening

    old = tmp_path / "old.sqlite"
    upgrade(resolve_url(old), "0004")
    assert database.will_upgrade(str(old))
    real_open = opening.open_planner_database
    main_thread = threading.get_ident()
    seen = {}

    def slow_open(target):
        seen["thread"] = threading.get_ident()
        time.sleep(opening.SHOW_AFTER_MS / 1000 + 0.4)
        return real_open(target)

    def look():
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QProgressDialog) and w.isVisible()]
        seen["label"] = shown[0].labelText() if shown else None

    monkeypatch.setattr(opening, "open_planner_database", slow_open)
    QTimer.singleShot(opening.SHOW_AFTER_MS + 250, look)
    opened = opening.open_locked(str(old))
    try:
        assert seen["thread"] != main_thread
        assert seen["label"].startswith("Upgrading old.sqlite for this version of the planner.")
        assert opened.db.upgraded_from == "0004" and opened.db.pre_migration_backup.exists()
        assert not database.will_upgrade(str(old))
        from db.store import current_revision

        assert current_revision(opened.db.engine) == head_revision()
    finally:
        opened.close()
