"""Layout of the main window: splitter, portfolio table, menus, actions and status bar.

Built like a Qt Designer form: ``setup`` creates the widgets and ``retranslate``
(re)sets every fixed text. What the widgets do is ``MainWindow``'s job.
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


class MainWindowView:
    """The main window's widgets; the account overview is built by the caller and placed here."""

    def setup(self, window: QMainWindow, overview: QWidget) -> None:
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
        self.splitter.addWidget(overview)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)

        self.quit_action = QAction(window)
        self.quit_action.setObjectName("quitAction")
        # Spelled out: QKeySequence.StandardKey.Quit is empty on Windows.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = QAction(window)
        self.find_action.setObjectName("findAction")
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.about_action = QAction(window)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        menu_bar = window.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = menu_bar.addMenu("")
        self.edit_menu.addAction(self.find_action)
        self.help_menu = menu_bar.addMenu("")
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
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.find_action.setText(QCoreApplication.translate("MainWindow", "&Filter Accounts"))
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About Key Account Planner"))
