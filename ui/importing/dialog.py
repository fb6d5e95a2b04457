"""The import dialog: choose or drop files, check spreadsheet columns if needed, run, read the report.

Sources → (column mapping for each spreadsheet the planner is unsure of) → the import,
in a worker, with a progress dialog whose Cancel rolls back the file in flight → the
report: one row per file with its counts and, beneath, every rejection and why; and
the unknown people the mail mentioned, to add with one undoable step.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QListWidgetItem, QProgressDialog, QWidget

from planner.database import Database
from planner.errors import PlannerError
from planner.importers.preview import SheetPreview, preview
from planner.importers.report import FileStatus, ImportReport
from planner.importers.service import expand
from planner.services import accounts
from ui import formatting
from ui.importing.commands import AddProposedPeople
from ui.importing.dialog_view import ImportDialogView
from ui.importing.mapping import MappingPage, is_uncertain
from ui.importing.report import Column, ReportModel, summary_text
from ui.importing.runner import SHEET_SUFFIXES, ImportPlan, SheetChoice, run_plan
from ui.messages import show_error, show_failure
from ui.undo import ChangeBus, perform
from ui.workers import Worker, WorkerPool

FOLDER_KEY = "importing/lastFolder"
PROGRESS_STEPS = 1000
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def local_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """The local files and folders a drag carries (nothing if it carries anything else)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [url.toLocalFile() for url in urls]


class ImportDialog(QDialog):
    """One batch: sources and options, the mapping step, the run, the report."""

    def __init__(
        self,
        db: Database,
        workers: WorkerPool,
        *,
        bus: ChangeBus | None = None,
        undo_stack=None,
        paths: Iterable[str | Path] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.workers, self.bus, self.undo_stack = (
            db,
            workers,
            bus or ChangeBus.instance(),
            undo_stack,
        )
        self.mapping_page = MappingPage(db)
        self.ui = ImportDialogView()
        self.ui.setup(self, self.mapping_page)
        self.model = ReportModel(self)
        self.ui.report.setModel(self.model)
        self.ui.report.header().setSectionResizeMode(Column.FILE, QHeaderView.ResizeMode.Stretch)
        self.setAcceptDrops(True)
        #: The last report (None until an import has run).
        self.report: ImportReport | None = None
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self._stop = threading.Event()
        self._files: list[Path] = []
        self._pending: list[SheetPreview] = []
        self._choices: dict[str, SheetChoice] = {}
        self._position = 0
        self._fill_accounts()
        self.ui.add_files.clicked.connect(self.choose_files)
        self.ui.add_folder.clicked.connect(self.choose_folder)
        self.ui.remove.clicked.connect(self.remove_selected)
        self.ui.start.clicked.connect(self.start)
        self.ui.cancel.clicked.connect(self.reject)
        self.ui.back.clicked.connect(self._mapping_back)
        self.ui.next.clicked.connect(self._mapping_next)
        self.mapping_page.completeness_changed.connect(self.ui.next.setEnabled)
        self.ui.add_proposed.clicked.connect(self.add_ticked_people)
        self.ui.again.clicked.connect(self.import_more)
        self.ui.close.clicked.connect(self.accept)
        self.ui.sources.model().rowsInserted.connect(self._sources_changed)
        self.ui.sources.model().rowsRemoved.connect(self._sources_changed)
        self.add_paths(paths)
        self._sources_changed()

    # -- sources -------------------------------------------------------------------------

    def _fill_accounts(self) -> None:
        combo = self.ui.account
        combo.clear()
        combo.addItem(self.tr("Find it from the content (mail domains, names in the file)"), None)
        for summary in sorted(accounts.list_accounts(self.db), key=lambda a: a.name.casefold()):
            combo.addItem(summary.name, summary.uuid)

    def set_account(self, account_uuid: uuid.UUID | None) -> None:
        for index in range(self.ui.account.count()):
            if self.ui.account.itemData(index) == account_uuid:
                self.ui.account.setCurrentIndex(index)
                return

    def paths(self) -> list[str]:
        return [self.ui.sources.item(i).data(PATH_ROLE) for i in range(self.ui.sources.count())]

    def add_paths(self, paths: Iterable[str | Path]) -> None:
        known = set(self.paths())
        for given in paths:
            path = str(Path(given))
            if path in known:
                continue
            known.add(path)
            item = QListWidgetItem(path)
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.ui.sources.addItem(item)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Files to Import"),
            self._folder(),
            self.tr("Mail, calendars, contacts, spreadsheets")
            + " (*.eml *.msg *.mbox *.ics *.vcf *.csv *.tsv *.txt *.xlsx);;"
            + self.tr("All files")
            + " (*)",
        )
        if names:
            QSettings().setValue(FOLDER_KEY, str(Path(names[0]).parent))
            self.add_paths(names)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to Import"), self._folder())
        if folder:
            QSettings().setValue(FOLDER_KEY, folder)
            self.add_paths([folder])

    def _folder(self) -> str:
        return str(QSettings().value(FOLDER_KEY, str(Path.home())))

    def remove_selected(self) -> None:
        for item in self.ui.sources.selectedItems():
            self.ui.sources.takeItem(self.ui.sources.row(item))

    def _sources_changed(self, *_args) -> None:
        has = self.ui.sources.count() > 0
        self.ui.start.setEnabled(has)
        self.ui.remove.setEnabled(has)
        self.ui.sources_message.hide()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event) and self.ui.stack.currentWidget() is self.ui.sources_page:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event)
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()

    # -- the mapping step ----------------------------------------------------------------

    def start(self) -> None:
        """Look at the spreadsheets first; ask about their columns where needed, then import."""
        self._files = expand(self.paths())
        if not self._files:
            self.ui.sources_message.setText(self.tr("There are no files to import in what you chose."))
            self.ui.sources_message.show()
            return
        review = self.ui.review.isChecked()
        self._pending, self._choices = [], {}
        for path in self._files:
            if path.suffix.lower() not in SHEET_SUFFIXES:
                continue
            found = preview(self.db, path)
            if found.error is None and found.format in ("csv", "xlsx") and (review or is_uncertain(found)):
                self._pending.append(found)
        if self._pending:
            self._position = 0
            self._show_sheet()
        else:
            self.run()

    def _show_sheet(self) -> None:
        found = self._pending[self._position]
        self.mapping_page.show_sheet(found, self._position + 1, len(self._pending))
        last = self._position == len(self._pending) - 1
        self.ui.next.setText(self.tr("&Import") if last else self.tr("&Next"))
        self.ui.next.setEnabled(self.mapping_page.is_complete())
        self.ui.stack.setCurrentWidget(self.ui.mapping_page)

    def _mapping_back(self) -> None:
        if self._position == 0:
            self.ui.stack.setCurrentWidget(self.ui.sources_page)
            return
        self._position -= 1
        self._show_sheet()

    def _mapping_next(self) -> None:
        if not self.mapping_page.is_complete():
            return
        self._choices[self._pending[self._position].path] = self.mapping_page.choice()
        if self._position < len(self._pending) - 1:
            self._position += 1
            self._show_sheet()
        else:
            self.run()

    # -- the run -------------------------------------------------------------------------

    def plan(self) -> ImportPlan:
        return ImportPlan(
            files=tuple(self._files),
            account=self.ui.account.currentData(),
            add_people=self.ui.add_people.isChecked(),
            sheets={path: choice for path, choice in self._choices.items()},
        )

    def run(self) -> Worker:
        """Import in a worker; the progress dialog's Cancel stops it after rolling back the file in flight."""
        plan = self.plan()
        self._stop = threading.Event()
        worker = Worker(run_plan, self.db, plan, self._stop)
        worker.context = self
        worker.signals.progress.connect(self._progress)
        worker.signals.result.connect(self.show_report)
        worker.signals.error.connect(self._failed)
        worker.signals.finished.connect(self._finished)
        progress = QProgressDialog(self)
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.tr("Importing"))
        progress.setLabelText(
            self.tr("Importing {count} files…").format(count=formatting.integer(len(plan.files)))
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setRange(0, PROGRESS_STEPS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(300)
        progress.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.canceled.connect(self.cancel_import)
        self.progress = progress
        self.worker = self.workers.start(worker)
        self.ui.start.setEnabled(False)
        self.ui.next.setEnabled(False)
        return worker

    def cancel_import(self) -> None:
        """Stop: the file in flight is rolled back, the ones before it stay imported."""
        self._stop.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling: rolling back the file being imported…"))
            self.progress.show()

    def _progress(self, name: str, fraction: float) -> None:
        if self.progress is None or self._stop.is_set():
            return
        self.progress.setValue(round(fraction * PROGRESS_STEPS))
        if name:
            self.progress.setLabelText(self.tr("Imported {name}").format(name=name))

    def _finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        self.worker = None
        self.ui.start.setEnabled(self.ui.sources.count() > 0)

    def _failed(self, error: BaseException) -> None:
        self.ui.stack.setCurrentWidget(self.ui.sources_page)
        if isinstance(error, PlannerError):
            show_error(self, error)
        else:
            show_failure(self, error)

    # -- the report ----------------------------------------------------------------------

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.bus.publish(report.changes)  # the portfolio and the tabs refresh what the files touched
        self.model.set_report(report)
        view = self.ui.report
        for row in range(self.model.rowCount()):
            parent = self.model.index(row, 0)
            for child in range(self.model.rowCount(parent)):
                view.setFirstColumnSpanned(child, parent, True)
            item = self.model.file(row)
            view.setExpanded(parent, item.status is FileStatus.FAILED and self.model.rowCount(parent) <= 12)
        self.ui.summary.setText(summary_text(report))
        self.ui.cancelled_note.setVisible(report.cancelled)
        self.ui.cancelled_note.setText(
            self.tr(
                "Cancelled. The file being imported when you cancelled was rolled back and left no trace; "
                "the files before it are imported, the ones after it were not started."
            )
        )
        self._fill_proposals(report)
        self.ui.stack.setCurrentWidget(self.ui.report_page)
        self.ui.close.setFocus()

    def _fill_proposals(self, report: ImportReport) -> None:
        self.ui.proposals.clear()
        for proposal in report.proposals:
            name = f"{proposal.name} <{proposal.email}>" if proposal.name else proposal.email
            text = self.tr("{person} at {account} (records: {count})").format(
                person=name, account=proposal.account_name, count=formatting.integer(proposal.seen)
            )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(PATH_ROLE, proposal)
            self.ui.proposals.addItem(item)
        self.ui.proposals_box.setVisible(bool(report.proposals))
        self.ui.add_proposed.setEnabled(bool(report.proposals))

    def ticked_proposals(self) -> list:
        return [
            self.ui.proposals.item(i).data(PATH_ROLE)
            for i in range(self.ui.proposals.count())
            if self.ui.proposals.item(i).checkState() == Qt.CheckState.Checked
            and self.ui.proposals.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
        ]

    def add_ticked_people(self) -> bool:
        """Add the ticked people as contacts of their accounts: one undoable step."""
        proposals = self.ticked_proposals()
        if not proposals:
            return False
        command = AddProposedPeople(self.db, proposals, bus=self.bus)
        try:
            if self.undo_stack is not None:
                perform(self.undo_stack, command)
            else:
                command.first_run()
        except PlannerError as error:
            show_error(self, error)
            return False
        for i in range(self.ui.proposals.count()):
            item = self.ui.proposals.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(self.tr("{person} — added").format(person=item.text()))
        return True

    def import_more(self) -> None:
        self.ui.sources.clear()
        self.report = None
        self.ui.stack.setCurrentWidget(self.ui.sources_page)

    # -- closing and language ------------------------------------------------------------

    def reject(self) -> None:
        if self.worker is not None:  # closing while importing means cancel first
            self.cancel_import()
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslate(self)
            self.ui.account.setItemText(
                0, self.tr("Find it from the content (mail domains, names in the file)")
            )
            if self.report is not None:
                self.model.set_report(self.report)
                self.ui.summary.setText(summary_text(self.report))
        super().changeEvent(event)
