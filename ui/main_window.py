"""The main window: the portfolio on the left, the selected account's workspace on the right.

It owns the open database (and can switch to another), loads the portfolio from
the planner, keeps the table's selection and the workspace in step, refreshes
what a ``Changes`` on the bus affects, and routes records opened from the search.
The File menu is ``FileActions``'s; layout memory is ``ui.layout_memory``'s.
"""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from planner.changes import Changes, Entity
from planner.database import Database
from planner.errors import PlannerError
from planner.services import overview
from ui import alerts, editing, importing, layout_memory, tabs
from ui.main_window_view import MainWindowView
from ui.messages import show_error
from ui.models.portfolio import UUID_ROLE, Column, PortfolioModel, PortfolioProxy
from ui.portfolio_loader import PortfolioLoader
from ui.shell.file_actions import FileActions
from ui.shell.lock import DatabaseLock
from ui.shell.opening import OpenedDatabase
from ui.undo import ChangeBus, UndoActions
from ui.workers import Worker, WorkerPool
from ui.workspace import AccountWorkspace, WorkspaceContext

log = logging.getLogger(__name__)

#: What the portfolio's columns show: a change to these refreshes the table.
PORTFOLIO_ENTITIES = (Entity.ACCOUNT, Entity.PERSON, Entity.INTERACTION)


class MainWindow(QMainWindow):
    """The portfolio and the selected account, for one open database at a time."""

    #: Another database is open now (after File ▸ Open, New, Recent, Demo).
    database_changed = Signal(object)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        lock: DatabaseLock | None = None,
        owns_database: bool = False,
    ) -> None:
        super().__init__(parent)
        self._opened = OpenedDatabase(db, lock)
        self._owns_database = owns_database
        self.bus = ChangeBus.instance()
        self.undo_stack = QUndoStack(self)
        self.undo_actions = UndoActions(self.undo_stack, self)
        self.workers = WorkerPool(self)
        self.workspace = AccountWorkspace()
        self.ui = MainWindowView()
        self.ui.setup(self, self.workspace, self.undo_actions)

        self.model = PortfolioModel(self)
        self.proxy = PortfolioProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui.table.setModel(self.proxy)
        layout_memory.install_column_menu(self.ui.table)
        self.loader = PortfolioLoader(self.model, self.workers, self)
        self.loader.loaded.connect(self._show_accounts)
        self.loader.busy.connect(self._loader_busy)
        self.loader.failed.connect(self._loader_failed)

        self.ui.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.ui.filter.textChanged.connect(self._filter_changed)
        self.ui.filter.installEventFilter(self)
        self.ui.find_action.triggered.connect(self.focus_filter)
        self.ui.search_action.triggered.connect(self.show_search)
        self.ui.preferences_action.triggered.connect(self.show_preferences)
        self.ui.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.about_action.triggered.connect(self.show_about)
        self.bus.changed.connect(self._changed)
        self.bus.failed.connect(self._undo_failed)

        self.file_actions = FileActions(self)
        self._search = None
        self._closed = False
        tabs.install(self.workspace)
        self.workspace.set_context(self._context())
        self.account_menu = editing.install(self)  # the Account menu
        importing.install(self)  # File ▸ Import… and dropping files on the window
        alerts.install(self)  # View ▸ Alerts, the alert dock and the tray notifications
        self.alert_centre.feed_portfolio(self.model)
        self._describe_database()
        #: The first run sizes the columns to their contents once the table has its width.
        self._fit_columns_when_shown = not layout_memory.restore_layout(self, self.ui.splitter, self.ui.table)
        self.reload()
        self.ui.table.setFocus()

    # -- the database --------------------------------------------------------------

    @property
    def database(self) -> Database:
        return self._opened.db

    @property
    def lock(self) -> DatabaseLock | None:
        return self._opened.lock

    @property
    def overview(self):
        """The Overview tab of the workspace (an ``AccountOverview``)."""
        return self.workspace.tab("overview")

    def set_database(self, opened: OpenedDatabase) -> None:
        """Work on another database from now on; the previous one is closed if this window opened it."""
        self.workers.shutdown()
        self.undo_stack.clear()
        self.loader.forget()
        previous, self._opened = self._opened, opened
        if self._owns_database:
            previous.close()
        elif previous.lock is not None:
            previous.lock.release()
        self._owns_database = True
        self.ui.filter.clear()
        self.workspace.set_context(self._context())
        if self._search is not None:
            self._search.set_database(opened.db)
        self._describe_database()
        self.reload()
        self._select_first()
        self.database_changed.emit(opened.db)

    def _context(self) -> WorkspaceContext:
        return WorkspaceContext(
            db=self.database,
            undo_stack=self.undo_stack,
            bus=self.bus,
            workers=self.workers,
            open_record=self.open_record,
        )

    # -- data ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the portfolio again (here and now), keeping the selected account if it is still there."""
        self._show_accounts(self.loader.load_now(self.database))

    def refresh_portfolio(self) -> Worker | None:
        """Reload after a change: at once if the portfolio reads fast, else in a worker."""
        return self.loader.refresh(self.database)

    def _loader_busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Refreshing the portfolio…"))
        else:
            self.statusBar().clearMessage()

    def _loader_failed(self, error: BaseException) -> None:
        if isinstance(error, PlannerError) and self.isVisible():
            show_error(self, error)
        elif not isinstance(error, PlannerError):
            log.error("reading the portfolio failed", exc_info=error)

    def _show_accounts(self, summaries) -> None:
        keep = self.current_account()
        self.model.set_accounts(summaries)
        self._update_count()
        if keep is None or not self.select_account(keep):
            self._select_first()
        if not self.ui.table.currentIndex().isValid():
            self._show_hint()

    def current_account(self) -> uuid.UUID | None:
        index = self.ui.table.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def select_account(self, account_uuid: uuid.UUID, *, clear_filter: bool = False) -> bool:
        """Make the account current if it is listed (and passes the filter, unless cleared)."""
        row = self.model.row_of(account_uuid)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() and clear_filter and self.ui.filter.text():
            self.ui.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._make_current(index)
        return True

    def open_record(self, entity: Entity, record_uuid: uuid.UUID) -> bool:
        """Select the record's account and open the record in the workspace (search, links)."""
        try:
            found = overview.locate(self.database, entity, record_uuid)
        except PlannerError as error:
            show_error(self, error)
            return False
        if not self.select_account(found.account_uuid, clear_filter=True):
            return False
        return self.workspace.open_record(entity, record_uuid)

    def _select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self._make_current(self.proxy.index(0, 0))

    def _make_current(self, index: QModelIndex) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.ui.table.selectionModel().setCurrentIndex(index, flags)
        self.ui.table.scrollTo(index)

    # -- reactions -----------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self._show_hint()
            return
        account = current.data(UUID_ROLE)
        if account != self.workspace.account_uuid:  # same account: the workspace refreshes itself
            self.workspace.show_account(account)

    def _changed(self, changes: Changes) -> None:
        # The Alerts column is fed by the alert centre, which recomputes after every change.
        if any(changes.touches(entity) for entity in PORTFOLIO_ENTITIES):
            self.refresh_portfolio()
        if Entity.DATABASE in changes.entities:
            self.undo_stack.clear()  # the commands refer to data that was replaced

    def _undo_failed(self, error: PlannerError) -> None:
        if self.isVisible():
            show_error(self, error)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        current = self.ui.table.currentIndex()
        if current.isValid():
            self._make_current(current)  # the filter may have moved the current row
        else:
            self._select_first()
        self._update_count()
        if not self.ui.table.currentIndex().isValid():
            self._show_hint()

    def _show_hint(self) -> None:
        if self.model.rowCount() == 0:
            self.workspace.show_hint(
                self.tr(
                    "This database holds no accounts yet.\n\n"
                    "To explore the planner, open the demo portfolio: it is kept in a file of its own."
                ),
                actions=[self.ui.demo_action],
            )
        elif self.proxy.rowCount() == 0:
            self.workspace.show_hint(
                self.tr("No account’s name, industry or region contains “{text}”.").format(
                    text=self.ui.filter.text().strip()
                )
            )
        else:
            self.workspace.show_hint(self.tr("Select an account on the left."))

    def focus_filter(self) -> None:
        self.ui.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the filter box, Down or Enter goes to the matches and Escape clears the filter.
        if watched is self.ui.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self.ui.table.currentIndex().isValid():
                    self._select_first()
                self.ui.table.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.ui.filter.text():
                self.ui.filter.clear()
                return True
        return super().eventFilter(watched, event)

    # -- dialogs -------------------------------------------------------------------

    def show_search(self) -> None:
        """Ctrl+K: the search box over accounts, people, interactions and notes."""
        if self._search is None:
            from ui.search.dialog import SearchDialog

            self._search = SearchDialog(self.database, self.workers, self)
            self._search.open_record.connect(self.open_record)
        self._search.present()

    @property
    def search_dialog(self):
        return self._search

    def show_preferences(self) -> None:
        from ui.shell.preferences_dialog import PreferencesDialog

        PreferencesDialog(self).exec()

    def show_shortcuts(self) -> None:
        from ui.shell.help import show_shortcuts

        show_shortcuts(self)

    def show_about(self) -> None:
        from ui.shell.help import show_about

        show_about(self)

    # -- texts ---------------------------------------------------------------------

    def _describe_database(self) -> None:
        db = self.database
        name = db.path.name if db.path is not None else db.display_name
        self.setWindowTitle(self.tr("{database} — Key Account Planner").format(database=name))
        self.setWindowFilePath(str(db.path) if db.path is not None else "")
        self.ui.location_label.setText(db.display_name)
        self.ui.location_label.setToolTip(
            self.tr("The open database: {location}").format(location=db.display_name)
        )

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("Accounts: {count}").format(count=total)
        else:
            text = self.tr("Accounts: {shown} of {count}").format(shown=shown, count=total)
        self.ui.count_label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslate()
            self.undo_actions.retranslate()
            self.ui.recent_menu.rebuild()
            self._describe_database()
            self._update_count()
            self.proxy.follow_locale()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
            if self.model.rowCount():
                self.model.dataChanged.emit(
                    self.model.index(0, 0), self.model.index(self.model.rowCount() - 1, len(Column) - 1)
                )
            if not self.ui.table.currentIndex().isValid():
                self._show_hint()
        super().changeEvent(event)

    # -- layout memory and closing -------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_columns_when_shown:
            self._fit_columns_when_shown = False
            # Once the pending layout has run: only then has the table its final width.
            QTimer.singleShot(0, self, self.fit_columns)

    def fit_columns(self) -> None:
        layout_memory.fit_columns(self.ui.table)

    def save_layout(self) -> None:
        layout_memory.save_layout(self, self.ui.splitter, self.ui.table)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.workers.shutdown()
        if not self._closed:
            self._closed = True
            self.workspace.detach()
            self.bus.changed.disconnect(self._changed)
            self.bus.failed.disconnect(self._undo_failed)
            if self._owns_database:
                self._opened.close()
            elif self._opened.lock is not None:
                self._opened.lock.release()
        if self._search is not None:
            self._search.close()
        super().closeEvent(event)
