"""The main window: the portfolio on the left, the selected account's overview on the right.

It owns the open database, loads the portfolio from the planner, keeps the table's
selection and the overview in step, and remembers its geometry between runs.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

import planner
from planner.database import Database
from planner.services import accounts
from ui.account_overview import AccountOverview
from ui.main_window_view import MainWindowView
from ui.models.portfolio import UUID_ROLE, Column, PortfolioModel, PortfolioProxy

#: QSettings keys; the section names group what one widget restores.
GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"
SPLITTER_KEY = "mainWindow/splitter"
HEADER_KEY = "portfolio/header"

DEFAULT_SIZE = (1360, 820)
#: Percent of the window's width the portfolio gets at first; the overview reads well in the rest.
PORTFOLIO_SHARE = 64
#: Widest a column gets when sized to its contents the first time (long names elide).
MAX_INITIAL_COLUMN_WIDTH = 260
#: Columns that give up width, in this order, when the contents do not fit; and how far.
ELASTIC_COLUMNS = (Column.INDUSTRY, Column.NAME)
MIN_ELASTIC_WIDTH = 110


class MainWindow(QMainWindow):
    """The portfolio and the selected account, for one open database."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.overview = AccountOverview(db)
        self.ui = MainWindowView()
        self.ui.setup(self, self.overview)

        self.model = PortfolioModel(self)
        self.proxy = PortfolioProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui.table.setModel(self.proxy)

        self.ui.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.ui.filter.textChanged.connect(self._filter_changed)
        self.ui.filter.installEventFilter(self)
        self.ui.find_action.triggered.connect(self.focus_filter)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.about_action.triggered.connect(self.show_about)

        self._describe_database()
        #: The first run sizes the columns to their contents once the table has its width.
        self._fit_columns_when_shown = not self._restore_layout()
        self.reload()
        self.ui.table.setFocus()

    # -- data ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the portfolio again, keeping the selected account if it is still there."""
        keep = self.current_account()
        self.model.set_accounts(accounts.list_accounts(self._db))
        self._update_count()
        if keep is None or not self.select_account(keep):
            self._select_first()
        if not self.ui.table.currentIndex().isValid():
            self._show_hint()

    def current_account(self) -> uuid.UUID | None:
        index = self.ui.table.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def select_account(self, account_uuid: uuid.UUID) -> bool:
        """Make the account current if it is listed and passes the filter; False if not."""
        row = self.model.row_of(account_uuid)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._make_current(index)
        return True

    def _select_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self._make_current(self.proxy.index(0, 0))

    def _make_current(self, index: QModelIndex) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.ui.table.selectionModel().setCurrentIndex(index, flags)
        self.ui.table.scrollTo(index)

    # -- reactions -----------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if current.isValid():
            self.overview.show_account(current.data(UUID_ROLE))
        else:
            self._show_hint()

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
            if self._db.path is not None:
                command = f'kap demo --db "{self._db.path}" --open'
            else:
                command = "kap demo --db URL --open"
            self.overview.show_hint(
                self.tr(
                    "This database holds no accounts yet.\n\n"
                    "To explore the planner with a sample portfolio, "
                    "quit and build the demo portfolio from a terminal:"
                ),
                command,
            )
        elif self.proxy.rowCount() == 0:
            self.overview.show_hint(
                self.tr("No account’s name, industry or region contains “{text}”.").format(
                    text=self.ui.filter.text().strip()
                )
            )
        else:
            self.overview.show_hint(self.tr("Select an account on the left."))

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

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Key Account Planner"),
            self.tr(
                "<h3>Key Account Planner</h3>"
                "<p>Version {version}</p>"
                "<p>Plans, stakeholders and the history of your key accounts, "
                "kept on your own computer.</p>"
            ).format(version=planner.__version__),
        )

    # -- texts ---------------------------------------------------------------------

    def _describe_database(self) -> None:
        db = self._db
        name = db.path.name if db.path is not None else db.display_name
        self.setWindowTitle(self.tr("{database} — Key Account Planner").format(database=name))
        if db.path is not None:
            self.setWindowFilePath(str(db.path))
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
            self._describe_database()
            self._update_count()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
            if not self.ui.table.currentIndex().isValid():
                self._show_hint()
        super().changeEvent(event)

    # -- layout memory -------------------------------------------------------------

    def _restore_layout(self) -> bool:
        """Geometry, splitter and columns as the user left them; True if the columns were."""
        settings = QSettings()
        if not _restore(settings, GEOMETRY_KEY, self.restoreGeometry):
            self._default_geometry()
        _restore(settings, STATE_KEY, self.restoreState)
        if not _restore(settings, SPLITTER_KEY, self.ui.splitter.restoreState):
            portfolio = self.width() * PORTFOLIO_SHARE // 100
            self.ui.splitter.setSizes([portfolio, self.width() - portfolio])
        header = self.ui.table.horizontalHeader()
        if _restore(settings, HEADER_KEY, header.restoreState):
            self.ui.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
            return True
        self.ui.table.sortByColumn(Column.REVENUE, Qt.SortOrder.DescendingOrder)
        return False

    def _default_geometry(self) -> None:
        width, height = DEFAULT_SIZE
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() * 9 // 10)
            height = min(height, available.height() * 9 // 10)
            self.resize(width, height)
            self.move(available.center() - self.rect().center())
        else:
            self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_columns_when_shown:
            self._fit_columns_when_shown = False
            # Once the pending layout has run: only then has the table its final width.
            QTimer.singleShot(0, self._fit_columns)

    def _fit_columns(self) -> None:
        """Columns as wide as what they hold, the text columns narrowed if that overflows.

        Only when there are no saved widths: later runs restore what the user set.
        """
        table = self.ui.table
        header = table.horizontalHeader()
        count = self.proxy.columnCount()
        widths = [
            min(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)), MAX_INITIAL_COLUMN_WIDTH)
            for c in range(count)
        ]
        excess = sum(widths) - table.viewport().width()
        for column in ELASTIC_COLUMNS:
            if excess <= 0:
                break
            give = min(excess, max(widths[column] - MIN_ELASTIC_WIDTH, 0))
            widths[column] -= give
            excess -= give
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(SPLITTER_KEY, self.ui.splitter.saveState())
        settings.setValue(HEADER_KEY, self.ui.table.horizontalHeader().saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)


def _restore(settings: QSettings, key: str, apply) -> bool:
    """Apply a saved state if there is one and it still fits; False otherwise."""
    value = settings.value(key)
    return isinstance(value, QByteArray) and not value.isEmpty() and bool(apply(value))
