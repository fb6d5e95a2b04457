"""The search dialog (Ctrl+K): type, see the hits grouped, press Enter to open one.

Typing restarts a short debounce; the query then runs in a worker, and a result
that arrives after a newer query was started is dropped, so the list always
matches the text in the box. Opening a hit emits ``open_record(entity, uuid)``
for the main window to route, and hides the dialog (the text stays for next time).
"""

from __future__ import annotations

import time
import uuid

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.changes import Entity
from planner.database import Database
from planner.services.search import SearchResults, search
from ui import formatting
from ui.search.model import ENTITY_ROLE, RESULT_ROLE, Column, SearchResultsModel
from ui.workers import Worker, WorkerPool

DEBOUNCE_MS = 150
#: Hits per group.
LIMIT = 20


def timed_search(db: Database, query: str) -> tuple[SearchResults, float]:
    """The planner's search, with how long it took (seconds), for the status line."""
    started = time.perf_counter()
    results = search(db, query, limit=LIMIT)
    return results, time.perf_counter() - started


class SearchDialog(QDialog):
    """A modeless dialog with a search box over a grouped result tree."""

    #: Open this record: (Entity, UUID).
    open_record = Signal(object, object)
    #: The results now on show (after stale ones were dropped): for tests and the screenshots.
    results_shown = Signal(object)

    def __init__(self, db: Database, workers: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._workers = workers
        self._serial = 0
        self._running: Worker | None = None
        #: Enter was pressed before the results for the text had arrived.
        self._open_when_shown = False
        self.model = SearchResultsModel(self)
        self._build()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._run_query)
        self.box.textChanged.connect(self._text_changed)
        self.box.installEventFilter(self)
        self.tree.activated.connect(self.open_index)
        self.retranslate()

    def _build(self) -> None:
        self.setObjectName("searchDialog")
        self.setSizeGripEnabled(True)
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        font = self.box.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.box.setFont(font)
        layout.addWidget(self.box)
        self.tree = QTreeView()
        self.tree.setObjectName("searchResults")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.FOUND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.ACCOUNT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(Column.ACCOUNT, 200)
        layout.addWidget(self.tree, 1)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.box.setPlaceholderText(self.tr("Search accounts, people, interactions and notes…"))
        self.box.setAccessibleName(self.tr("Search"))
        self.tree.setAccessibleName(self.tr("Search results"))
        self._describe()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing -------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        """Search another database from now on (results of the old one are dropped)."""
        self._db = db
        self._serial += 1
        self.model.set_results(None)
        if self.box.text().strip():
            self.debounce.start()
        self._describe()

    def present(self) -> None:
        """Show (or bring back) the dialog with the box focused and its text selected."""
        parent = self.parentWidget()
        if parent is not None and not self.isVisible():
            geometry = parent.frameGeometry()
            self.move(geometry.center().x() - self.width() // 2, geometry.top() + geometry.height() // 8)
        self.show()
        self.raise_()
        self.activateWindow()
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    # -- querying ------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self._serial += 1  # whatever is running now is stale
        self._open_when_shown = False
        self.debounce.start()

    def run_now(self) -> None:
        """Skip the debounce (Enter pressed before it ran; tests)."""
        self.debounce.stop()
        self._run_query()

    def _run_query(self) -> None:
        self._serial += 1
        serial = self._serial
        query = self.box.text().strip()
        if not query:
            self.model.set_results(None)
            self._describe()
            return
        worker = Worker(timed_search, self._db, query)
        worker.signals.result.connect(lambda outcome: self._arrived(serial, *outcome))
        worker.signals.error.connect(lambda error: self._failed(serial, error))
        self._running = self._workers.start(worker)
        self._describe(searching=True)

    def _arrived(self, serial: int, results: SearchResults, seconds: float) -> None:
        if serial != self._serial:
            return  # a newer query has been started since
        self.model.set_results(results)
        self.tree.expandAll()
        first = self.model.first_result()
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self._describe(seconds=seconds)
        self.results_shown.emit(results)
        if self._open_when_shown:
            self._open_when_shown = False
            self.open_current()

    def _failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial:
            return
        self.model.set_results(None)
        self.status.setText(self.tr("The search failed: {error}").format(error=error))

    def _describe(self, *, searching: bool = False, seconds: float | None = None) -> None:
        query = self.box.text().strip()
        if not query:
            text = self.tr("Type a few letters of a name, a subject or any word in a note.")
        elif searching:
            text = self.tr("Searching…")
        elif self.model.total == 0:
            text = self.tr("Nothing found for “{query}”.").format(query=query)
        else:
            text = self.tr("Found: {count}. Enter opens the selected one.").format(
                count=formatting.integer(self.model.total)
            )
            if seconds is not None:
                text += " " + self.tr("({milliseconds} ms)").format(
                    milliseconds=formatting.integer(round(seconds * 1000))
                )
        self.status.setText(text)

    # -- opening -------------------------------------------------------------------

    def open_index(self, index: QModelIndex) -> bool:
        """Open the hit at ``index`` (on a group row: its first hit)."""
        if index.isValid() and not index.parent().isValid():
            index = self.model.index(0, 0, self.model.index(index.row(), 0))
        if not index.isValid():
            return False
        result = index.siblingAtColumn(0).data(RESULT_ROLE)
        entity: Entity = index.siblingAtColumn(0).data(ENTITY_ROLE)
        if result is None:
            return False
        self.hide()
        record: uuid.UUID = result.uuid
        self.open_record.emit(entity, record)
        return True

    def open_current(self) -> bool:
        """Open the selected hit; if the list is not up to date yet, as soon as it is."""
        if self.debounce.isActive() or self.model.query != self.box.text().strip():
            self._open_when_shown = True
            if self.debounce.isActive():
                self.run_now()
            return False
        index = self.tree.currentIndex()
        return self.open_index(index if index.isValid() else self.model.first_result())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.total:
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.tree.currentIndex().isValid():
                    self.tree.setCurrentIndex(self.model.first_result())
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter is the box's (event filter) or the tree's (``activated``): it never closes the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
