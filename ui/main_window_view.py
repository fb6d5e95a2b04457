"""Layout of the main window: splitter, portfolio table, menus, actions and status bar.

Built like a Qt Designer form: ``setup`` creates the widgets and actions, and
``retranslate`` (re)sets every fixed text. What they do is wired up by
``MainWindow`` and ``FileActions``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.shell.recent import RecentMenu
from ui.undo import UndoActions


def _action(window: QMainWindow, name: str, shortcut: str | None = None) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    if shortcut:
        # Spelled out rather than QKeySequence.StandardKey: several of those are empty on
        # some platforms (Quit on Windows, Preferences outside macOS).
        action.setShortcut(QKeySequence(shortcut))
    return action


class MainWindowView:
    """The main window's widgets; the workspace is built by the caller and placed here."""

    def setup(self, window: QMainWindow, workspace: QWidget, undo: UndoActions) -> None:
        window.setObjectName("mainWindow")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        window.setCentralWidget(self.splitter)

        portfolio = QWidget()
        portfolio.setObjectName("portfolioPane")
        column = QVBoxLayout(portfolio)
        column.setContentsMargins(6, 6, 0, 0)
        column.setSpacing(6)
        self.filter = QLineEdit()
        self.filter.setObjectName("portfolioFilter")
        self.filter.setClearButtonEnabled(True)
        column.addWidget(self.filter)

        self.table = QTableView()
        self.table.setObjectName("portfolioTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        column.addWidget(self.table)

        self.splitter.addWidget(portfolio)
        self.splitter.addWidget(workspace)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        # Tab goes filter → portfolio → the account's tabs.
        QWidget.setTabOrder(self.filter, self.table)
        QWidget.setTabOrder(self.table, workspace)

        self.new_action = _action(window, "newDatabaseAction", "Ctrl+N")
        self.open_action = _action(window, "openDatabaseAction", "Ctrl+O")
        self.backup_action = _action(window, "backupAction")
        self.restore_action = _action(window, "restoreAction")
        self.demo_action = _action(window, "openDemoAction")
        self.quit_action = _action(window, "quitAction", "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = undo.undo
        self.redo_action = undo.redo
        self.search_action = _action(window, "searchAction", "Ctrl+K")
        self.find_action = _action(window, "findAction", "Ctrl+F")
        self.preferences_action = _action(window, "preferencesAction", "Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.shortcuts_action = _action(window, "shortcutsAction", "F1")
        self.about_action = _action(window, "aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        menu_bar = window.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.recent_menu = RecentMenu(window)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = menu_bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        self.help_menu = menu_bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

        status = window.statusBar()
        self.count_label = QLabel()
        self.count_label.setObjectName("accountCount")
        status.addWidget(self.count_label)
        self.location_label = QLabel()
        self.location_label.setObjectName("databaseLocation")
        self.location_label.setTextFormat(Qt.TextFormat.PlainText)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addPermanentWidget(self.location_label)

        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(QCoreApplication.translate("MainWindow", "Filter accounts…"))
        self.filter.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "Shows the accounts whose name, industry or region contains the text"
            )
        )
        self.filter.setAccessibleName(QCoreApplication.translate("MainWindow", "Filter accounts"))
        self.table.setAccessibleName(QCoreApplication.translate("MainWindow", "Portfolio"))
        self.table.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Every key account; select one to see it on the right")
        )
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.new_action.setText(QCoreApplication.translate("MainWindow", "&New Database…"))
        self.new_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Create an empty planner database and open it")
        )
        self.open_action.setText(QCoreApplication.translate("MainWindow", "&Open…"))
        self.open_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Open another planner database")
        )
        self.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "Open &Recent"))
        self.backup_action.setText(QCoreApplication.translate("MainWindow", "&Back Up…"))
        self.backup_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Save a consistent copy of the open database")
        )
        self.restore_action.setText(QCoreApplication.translate("MainWindow", "Re&store from Backup…"))
        self.restore_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Replace the open database's content with a backup")
        )
        self.demo_action.setText(QCoreApplication.translate("MainWindow", "Open &Demo Portfolio"))
        self.demo_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Explore the planner on a sample portfolio, kept apart")
        )
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.search_action.setText(QCoreApplication.translate("MainWindow", "&Search…"))
        self.search_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Find accounts, people, interactions and notes")
        )
        self.find_action.setText(QCoreApplication.translate("MainWindow", "&Filter Accounts"))
        self.preferences_action.setText(QCoreApplication.translate("MainWindow", "&Preferences…"))
        self.shortcuts_action.setText(QCoreApplication.translate("MainWindow", "&Keyboard Shortcuts"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About Key Account Planner"))
