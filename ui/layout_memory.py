"""Window geometry, splitter and portfolio columns as the user left them (QSettings).

On the first run the window takes a sensible share of the screen and the columns
are sized to their contents once the table has its real width; afterwards
everything comes back as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTableView

from ui.models.portfolio import Column

#: QSettings keys; the section names group what one widget restores.
GEOMETRY_KEY = "mainWindow/geometry"
STATE_KEY = "mainWindow/state"
SPLITTER_KEY = "mainWindow/splitter"
HEADER_KEY = "portfolio/header"

DEFAULT_SIZE = (1360, 820)
#: Percent of the window's width the portfolio gets at first; the overview reads well in the rest.
PORTFOLIO_SHARE = 60
#: Widest a column gets when sized to its contents the first time (long names elide).
MAX_INITIAL_COLUMN_WIDTH = 260
#: Columns shown only once the user asks for them (right-click on the header): the same
#: figures are on the Overview, and the portfolio reads better with room for the names.
HIDDEN_AT_FIRST = (Column.PEOPLE, Column.SHARE_OF_WALLET)
#: Where columns stand at first, by position: the alerts right after the name.
FIRST_ORDER = (Column.NAME, Column.ALERTS)
#: A shrink step that hides the column (the header's menu shows it again).
HIDE = -1
#: When the contents do not fit: which column gives up width, in this order, and down to
#: how many pixels (None: its header's width; never less; HIDE: gone). Figures are never
#: narrowed; the account's name keeps room before the industry, the least needed column.
SHRINK_STEPS: tuple[tuple[Column, int | None], ...] = (
    (Column.INDUSTRY, 110),
    (Column.NAME, 200),
    (Column.INDUSTRY, HIDE),
    (Column.NAME, 130),
    (Column.TIER, None),
    (Column.NAME, 100),
    (Column.STAGE, None),
    (Column.NAME, 80),
)


def restore_layout(window: QMainWindow, splitter: QSplitter, table: QTableView) -> bool:
    """Geometry, splitter and columns as saved; True if the columns were (no fitting needed)."""
    settings = QSettings()
    if not _restore(settings, GEOMETRY_KEY, window.restoreGeometry):
        default_geometry(window)
    _restore(settings, STATE_KEY, window.restoreState)
    if not _restore(settings, SPLITTER_KEY, splitter.restoreState):
        portfolio = window.width() * PORTFOLIO_SHARE // 100
        splitter.setSizes([portfolio, window.width() - portfolio])
    header = table.horizontalHeader()
    if _restore(settings, HEADER_KEY, header.restoreState):
        table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return True
    table.sortByColumn(Column.REVENUE, Qt.SortOrder.DescendingOrder)
    for column in HIDDEN_AT_FIRST:
        header.setSectionHidden(column, True)
    for position, column in enumerate(FIRST_ORDER):
        header.moveSection(header.visualIndex(column), position)
    return False


def save_layout(window: QMainWindow, splitter: QSplitter, table: QTableView) -> None:
    settings = QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    settings.setValue(SPLITTER_KEY, splitter.saveState())
    settings.setValue(HEADER_KEY, table.horizontalHeader().saveState())


def default_geometry(window: QMainWindow) -> None:
    width, height = DEFAULT_SIZE
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() * 9 // 10)
        height = min(height, available.height() * 9 // 10)
        window.resize(width, height)
        window.move(available.center() - window.rect().center())
    else:
        window.resize(width, height)


def fit_columns(table: QTableView) -> None:
    """Columns as wide as what they hold, narrowed step by step until they fit the table.

    Text columns give up width in ``SHRINK_STEPS`` order (their texts elide; the tooltip
    has them whole), the industry is hidden before names get short; figures are never
    cut. Only when there are no saved widths: later runs restore what the user set.
    """
    header = table.horizontalHeader()
    count = table.model().columnCount()
    headers = [header.sectionSizeHint(c) for c in range(count)]
    widths = [
        min(max(table.sizeHintForColumn(c), headers[c]), MAX_INITIAL_COLUMN_WIDTH) for c in range(count)
    ]
    wanted = list(widths)
    shown = [w for c, w in enumerate(widths) if not header.isSectionHidden(c)]
    excess = sum(shown) - table.viewport().width()
    for column, floor in SHRINK_STEPS:
        if excess <= 0:
            break
        if floor == HIDE:
            if not header.isSectionHidden(column):
                header.setSectionHidden(column, True)
                excess -= widths[column]
            continue
        limit = max(floor or 0, headers[column])  # a header is never cut
        give = min(excess, max(widths[column] - limit, 0))
        widths[column] -= give
        excess -= give
    if excess < 0:  # a hidden column freed more than was needed: the name takes it back first
        for column in (Column.NAME, Column.TIER, Column.STAGE):
            back = min(-excess, wanted[column] - widths[column])
            widths[column] += back
            excess += back
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)


def install_column_menu(table: QTableView) -> None:
    """Right-click on the header: show or hide columns (kept with the header's saved state)."""
    header = table.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(
        lambda point: column_menu(table).exec(header.mapToGlobal(point))
    )


def column_menu(table: QTableView) -> QMenu:
    """A menu with a checkable entry per column; the last visible column cannot be hidden."""
    header = table.horizontalHeader()
    model = table.model()
    menu = QMenu(table)
    menu.setObjectName("columnMenu")
    visible = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    for column in range(model.columnCount()):
        action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
        action.setCheckable(True)
        action.setChecked(column in visible)
        action.setEnabled(not (column in visible and len(visible) == 1))
        action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
    return menu


def _restore(settings: QSettings, key: str, apply) -> bool:
    """Apply a saved state if there is one and it still fits; False otherwise."""
    value = settings.value(key)
    return isinstance(value, QByteArray) and not value.isEmpty() and bool(apply(value))
