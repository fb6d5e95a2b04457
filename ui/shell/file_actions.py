"""The File menu: new, open, recent, back up, restore, and the demo portfolio.

Opening goes through ``ui.shell.opening`` (lock first, then open; dialogs for
refusals), so the current database stays open whenever another cannot be.
Backup, restore and the demo build run in workers behind a progress dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from planner.changes import Changes, Entity
from planner.errors import PlannerError
from planner.paths import default_database, demo_database
from planner.services import maintenance
from ui.messages import show_error, show_failure
from ui.progress import TaskProgress
from ui.shell import demo
from ui.shell.opening import file_filter, open_with_dialogs
from ui.shell.recent import RecentFiles
from ui.workers import Worker

SUFFIX = ".sqlite"


class FileActions(QObject):
    """Wires the File menu of a ``MainWindow``; the window switches databases on request."""

    #: A backup was written (its path), a restore finished (the copy kept of the old content).
    backed_up = Signal(Path)
    restored = Signal(object)
    #: Building the demo portfolio ended: True if built (and opened), False if cancelled or failed.
    demo_finished = Signal(bool)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        ui = window.ui
        ui.new_action.triggered.connect(self.new_database)
        ui.open_action.triggered.connect(self.open_database)
        ui.recent_menu.chosen.connect(self.open_recent)
        ui.backup_action.triggered.connect(self.backup)
        ui.restore_action.triggered.connect(self.restore)
        ui.demo_action.triggered.connect(self.open_demo)
        self.remember(window.database)

    # -- opening -------------------------------------------------------------------

    def folder(self) -> Path:
        """Where file dialogs start: beside the open database, else the planner's data folder."""
        path = self.window.database.path
        return path.parent if path is not None else default_database().parent

    def new_database(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New Database"),
            str(self.folder() / f"accounts{SUFFIX}"),
            file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return False
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(SUFFIX)
        if target.exists():
            QMessageBox.warning(
                self.window,
                self.tr("New Database"),
                self.tr("{file} already exists. Choose another name, or open it with File ▸ Open.").format(
                    file=target
                ),
            )
            return False
        return self.open_target(target)

    def open_database(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open Database"), str(self.folder()), file_filter()
        )
        return bool(path) and self.open_target(Path(path))

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            QMessageBox.warning(
                self.window,
                self.tr("Open Recent"),
                self.tr("{file} no longer exists; it was removed from the list.").format(file=path),
            )
            RecentFiles().remove(path)
            return False
        return self.open_target(path)

    def open_target(self, target: Path | str) -> bool:
        """Open ``target`` in the window instead of the current database; False if it was not."""
        current = self.window.database.path
        if isinstance(target, Path):
            target = target.expanduser().resolve()
            if current is not None and target == current.resolve():
                return True  # already open here
        opened = open_with_dialogs(self.window, str(target))
        if opened is None:
            return False
        self.window.set_database(opened)
        self.remember(opened.db)
        return True

    def remember(self, db) -> None:
        if db.path is not None:
            RecentFiles().add(db.path)

    # -- backup and restore --------------------------------------------------------

    def backup(self) -> Worker | None:
        db = self.window.database
        stem = db.path.stem if db.path is not None else "planner"
        suggested = self.folder() / f"{stem}-backup-{date.today().isoformat()}{SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back Up Database"), str(suggested), file_filter()
        )
        if not path:
            return None
        return self.backup_to(Path(path))

    def backup_to(self, target: Path) -> Worker:
        """Write the backup in a worker; a message says where it went."""
        worker = Worker(maintenance.backup, self.window.database, target, overwrite=True)
        worker.signals.result.connect(self._backed_up)
        worker.signals.error.connect(self._failed)
        TaskProgress(
            self.window, worker, self.tr("Back Up"), self.tr("Backing up {file}…").format(file=target.name)
        )
        return self.window.workers.start(worker)

    def _backed_up(self, path: Path) -> None:
        self.window.statusBar().showMessage(self.tr("Backed up to {file}").format(file=path), 10_000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup Saved"), "", parent=self.window)
        box.setObjectName("backupSaved")
        box.setText(self.tr("The database was backed up."))
        box.setInformativeText(str(path))
        box.open()  # not modal to the flow: the work is done
        self.backed_up.emit(path)

    def restore(self) -> Worker | None:
        source, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from Backup"), str(self.folder()), file_filter()
        )
        if not source or not self.confirm_restore(Path(source)):
            return None
        return self.restore_from(Path(source))

    def confirm_restore(self, source: Path) -> bool:
        db = self.window.database
        box = QMessageBox(self.window)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Restore from Backup"))
        box.setText(self.tr("Replace everything in this database with the backup?"))
        box.setInformativeText(
            self.tr(
                "Everything in {database} will be replaced by the content of {backup}.\n\n"
                "A copy of the current content is kept beside the database, so you can go back to it. "
                "Undo history is cleared."
            ).format(database=db.display_name, backup=source)
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_from(self, source: Path) -> Worker:
        """Restore in a worker, then reload every view."""
        worker = Worker(maintenance.restore, self.window.database, source)
        worker.signals.result.connect(self._restored)
        worker.signals.error.connect(self._failed)
        TaskProgress(
            self.window,
            worker,
            self.tr("Restore"),
            self.tr("Restoring from {file}…").format(file=source.name),
        )
        return self.window.workers.start(worker)

    def _restored(self, kept: Path | None) -> None:
        self.window.undo_stack.clear()
        self.window.bus.publish(Changes(frozenset({Entity.DATABASE})))
        text = self.tr("The backup was restored.")
        if kept is not None:
            text += " " + self.tr("The previous content was kept in {file}.").format(file=kept)
        self.window.statusBar().showMessage(text, 15_000)
        self.restored.emit(kept)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PlannerError):
            show_error(self.window, error)
        else:
            show_failure(self.window, error)

    # -- the demo portfolio --------------------------------------------------------

    def open_demo(self) -> Worker | None:
        """Open the demo portfolio, building it first (in a worker) if it does not exist yet."""
        path = demo_database()
        if path.exists():
            ok = self.open_target(path)
            self.demo_finished.emit(ok)
            return None
        if not demo.demo_available():
            QMessageBox.information(
                self.window,
                self.tr("Demo Portfolio"),
                self.tr("This build of Key Account Planner does not include the demo portfolio."),
            )
            self.demo_finished.emit(False)
            return None
        worker = Worker(demo.build_demo_file, path)
        worker.signals.result.connect(self._demo_built)
        worker.signals.error.connect(self._demo_failed)
        worker.signals.cancelled.connect(self._demo_cancelled)
        TaskProgress(
            self.window,
            worker,
            self.tr("Demo Portfolio"),
            self.tr("Building the demo portfolio: sample accounts, people and their history…"),
        )
        return self.window.workers.start(worker)

    def _demo_built(self, path: Path | None) -> None:
        if path is None:
            self._demo_cancelled()
            return
        self.demo_finished.emit(self.open_target(path))

    def _demo_failed(self, error: BaseException) -> None:
        self._failed(error)
        self.demo_finished.emit(False)

    def _demo_cancelled(self) -> None:
        self.window.statusBar().showMessage(self.tr("The demo portfolio was not built."), 10_000)
        self.demo_finished.emit(False)
