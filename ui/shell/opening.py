"""Opening a database for the window: lock it first, then open (and migrate) it.

Failures become dialogs here, so callers get either an open database with its
lock or None: a file that is not a planner database is refused with the planner's
message; a file another instance has open is refused with who has it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from planner.database import Database, open_planner_database, will_upgrade
from planner.errors import PlannerError
from ui.messages import show_error
from ui.progress import SHOW_AFTER_MS
from ui.shell.lock import DatabaseInUse, DatabaseLock, sqlite_file

#: How often the UI thread looks whether the opening thread is done (ms).
POLL_MS = 15


def file_filter() -> str:
    """The file dialogs' filter for planner databases."""
    return QCoreApplication.translate("opening", "Planner databases (*.sqlite *.db);;All files (*)")


@dataclass
class OpenedDatabase:
    """An open database and the lock that keeps a second instance off it (None for a server)."""

    db: Database
    lock: DatabaseLock | None

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()


class InUseChoice(Enum):
    OPEN_ANOTHER = auto()
    GIVE_UP = auto()


def open_locked(target: str, parent: QWidget | None = None) -> OpenedDatabase:
    """Lock and open ``target``; raises DatabaseInUse or PlannerError (lock released then)."""
    path = sqlite_file(target)
    lock = DatabaseLock.acquire(path) if path is not None else None
    try:
        db = open_in_worker(target, parent)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return OpenedDatabase(db, lock)


def open_in_worker(target: str, parent: QWidget | None = None) -> Database:
    """Open (and migrate) ``target`` in a thread of its own while the event loop runs on.

    Opening takes a fraction of a second, but upgrading a large file from an older
    version (a backup copy, then the migrations) takes seconds: a dialog says what is
    happening when it takes longer than a moment, instead of a window that seems hung.
    A plain thread, not the worker relay: this is also called from a worker's report
    (File ▸ Open Demo), while the relay is busy delivering it.
    """
    name = Path(target).name if sqlite_file(target) is not None else target
    if will_upgrade(target):
        label = QCoreApplication.translate(
            "opening",
            "Upgrading {name} for this version of the planner. A copy of the file as it was "
            "is kept beside it.",
        ).format(name=name)
    else:
        label = QCoreApplication.translate("opening", "Opening {name}…").format(name=name)
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["db"] = open_planner_database(target)
        except BaseException as error:  # noqa: BLE001 - raised again in the UI thread below
            outcome["error"] = error

    thread = threading.Thread(target=run, name="kap-open-database", daemon=True)
    dialog = QProgressDialog("", "", 0, 0, parent)
    text = QLabel(label)
    text.setWordWrap(True)
    dialog.setLabel(text)
    dialog.setObjectName("openingProgress")
    dialog.setWindowTitle(QCoreApplication.translate("opening", "Opening Database"))
    dialog.setCancelButton(None)  # an upgrade runs in one transaction: it is not stopped halfway
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setMinimumWidth(420)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: loop.quit() if not thread.is_alive() else dialog.setValue(0))
    thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["db"]


def open_with_dialogs(
    parent: QWidget | None, target: str, *, at_start: bool = False
) -> OpenedDatabase | None:
    """Open ``target``, telling the user why not if it cannot be; None if nothing was opened.

    When the file is in use, the user may pick another database instead, or (at start)
    quit, or (from a running window) keep the current one.
    """
    while True:
        try:
            return open_locked(target, parent)
        except DatabaseInUse as busy:
            if warn_in_use(parent, busy, at_start=at_start) is InUseChoice.GIVE_UP:
                return None
            chosen = ask_database_to_open(parent)
            if chosen is None:
                return None
            target = str(chosen)
        except PlannerError as error:
            show_error(parent, error)
            return None


def warn_in_use(parent: QWidget | None, busy: DatabaseInUse, *, at_start: bool) -> InUseChoice:
    box = QMessageBox(parent)
    box.setObjectName("databaseInUse")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("opening", "Database in Use"))
    box.setText(
        QCoreApplication.translate(
            "opening", "This database is already open in another Key Account Planner window."
        )
    )
    holder = busy.holder
    where = (
        QCoreApplication.translate("opening", "It is open in process {pid} on {host}.").format(
            pid=holder.pid, host=holder.hostname
        )
        if holder is not None
        else ""
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "opening",
            "{file}\n\n{where} Working on one database from two windows at once could lose changes: "
            "close it there, or open another database.",
        ).format(file=busy.path, where=where)
    )
    another = box.addButton(
        QCoreApplication.translate("opening", "Open Another Database…"), QMessageBox.ButtonRole.AcceptRole
    )
    give_up = box.addButton(
        QCoreApplication.translate("opening", "Quit")
        if at_start
        else QCoreApplication.translate("opening", "Cancel"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(another)
    box.setEscapeButton(give_up)
    box.exec()
    return InUseChoice.OPEN_ANOTHER if box.clickedButton() is another else InUseChoice.GIVE_UP


def ask_database_to_open(parent: QWidget | None, folder: Path | None = None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("opening", "Open Database"),
        str(folder or Path.home()),
        file_filter(),
    )
    return Path(path) if path else None
