"""The alert centre: every account's early warnings, why they fired, and what to do about them.

``install(window)`` puts it into the main window: a dock (View ▸ Alerts, Ctrl+Shift+A),
a tray icon with notifications where the desktop has a tray, and the feed that
computes the alerts in a worker (once the window shows, after every change, every
30 minutes). The day
judged is today, or ``KAP_AS_OF`` (see ``ui.service.clock``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QSystemTrayIcon, QWidget

from planner.alerts.model import Alert, AlertKind
from planner.changes import Entity
from ui.alerts.centre import AlertCentre
from ui.alerts.feed import AlertFeed
from ui.alerts.tray import AlertNotifier, AlertTray

SHORTCUT = "Ctrl+Shift+A"
#: Whether the alert centre was open when the app last ran.
VISIBLE_KEY = "alertCentre/visible"
#: Kinds whose "Go to" opens the Orders & SLA tab on the record.
SERVICE_KINDS = (
    AlertKind.SLA_AT_RISK,
    AlertKind.SLA_BREACHED,
    AlertKind.DELIVERY_LATE,
    AlertKind.TICKET_OVERDUE,
)
SERVICE_TAB = "orders_sla"
#: The share of the window's height the docked alert centre takes when it opens.
DOCK_SHARE = 0.45
#: The first computation waits this long after the window shows: it reads much of the
#: database in threads of its own, and started with the window it held up the first
#: paint of a large portfolio by half a second.
AFTER_SHOW_MS = 250
#: ...or this long for a window that is not shown (tests, a window built hidden).
UNSHOWN_MS = 1000


class AlertDock(QDockWidget):
    """The dock holding the alert centre; its title and menu action follow the language."""

    def __init__(self, centre: AlertCentre, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("alertCentreDock")
        self.setWidget(centre)
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea
            | Qt.DockWidgetArea.TopDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
        )
        action = self.toggleViewAction()
        action.setObjectName("alertCentreAction")
        action.setShortcut(QKeySequence(SHORTCUT))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Alerts"))
        action = self.toggleViewAction()
        action.setText(self.tr("&Alerts"))
        action.setStatusTip(self.tr("Show or hide the alert centre: every account's early warnings"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ViewMenu(QMenu):
    """A View menu for windows that have none yet."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("viewMenu")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&View"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AlertCentreInstallation(QObject):
    """What ``install`` added to a window: ``feed``, ``centre``, ``dock``, ``action``, ``tray``."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.feed = AlertFeed(window.database, window.workers, window.bus, self)
        self.centre = AlertCentre(self.feed, window.undo_stack)
        self.dock = AlertDock(self.centre, window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        # Docked where the window's saved state puts it; shown if it was open when the app last ran.
        window.restoreDockWidget(self.dock)
        self.dock.setVisible(str(QSettings().value(VISIBLE_KEY, "false")).lower() == "true")
        self.action = self.dock.toggleViewAction()
        self.action.toggled.connect(lambda shown: QSettings().setValue(VISIBLE_KEY, shown))
        self.menu = self._view_menu()
        self.menu.addAction(self.action)
        self.centre.go_to.connect(self.go_to)
        self.notifier = AlertNotifier(self.feed, self)
        self.tray: AlertTray | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = AlertTray(self.notifier, self.show_centre, self, window)
        if hasattr(window, "database_changed"):
            window.database_changed.connect(self.feed.set_database)
        self._start_pending = False
        window.installEventFilter(self)

    def start_soon(self) -> None:
        """Start computing once the window is on screen (at once if it is already)."""
        if self.window.isVisible():
            self.feed.start()
            return
        self._start_pending = True
        QTimer.singleShot(UNSHOWN_MS, self, self._start_pending_feed)

    def _start_pending_feed(self) -> None:
        if self._start_pending:
            self._start_pending = False
            self.feed.start()

    def _view_menu(self) -> QMenu:
        bar = self.window.menuBar()
        found = self.window.findChild(QMenu, "viewMenu")
        if found is not None:
            found.addSeparator()
            return found
        menu = ViewMenu(self.window)
        help_menu = self.window.findChild(QMenu, "helpMenu")
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        return menu

    def show_centre(self) -> None:
        """Bring the alert centre forward (the tray's click, a notification's)."""
        if self.window.isMinimized():
            self.window.showNormal()
        else:
            self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        if self.dock.isHidden():
            self.dock.show()
            if not self.dock.isFloating() and self.window.height() > 0:
                self.window.resizeDocks(
                    [self.dock], [int(self.window.height() * DOCK_SHARE)], Qt.Orientation.Vertical
                )
        self.dock.raise_()
        self.centre.ui.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to(self, alert: Alert) -> bool:
        """Select the alert's account and show what it is about (the record, else the account)."""
        window = self.window
        account = alert.account.uuid
        if hasattr(window, "select_account"):
            if not window.select_account(account, clear_filter=True):
                return False
        elif not window.open_record(Entity.ACCOUNT, account):
            return False
        workspace = getattr(window, "workspace", None)
        if workspace is None:
            return True
        tab = workspace.tab(SERVICE_TAB)
        if alert.kind in SERVICE_KINDS and tab is not None:
            workspace.set_current(SERVICE_TAB)
            return tab.show_alert(alert)
        person = alert.facts.get("person_uuid")
        if person is not None and workspace.open_record(Entity.PERSON, person):
            return True
        return workspace.open_record(Entity.ACCOUNT, account)

    def feed_portfolio(self, model) -> None:
        """Fill the portfolio's Alerts column from this feed (``model.set_alerts``), computing once."""
        self.feed.updated.connect(
            lambda _alerts: model.set_alerts(self.feed.open_counts() if self.feed.computed else None)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and self._start_pending:
            QTimer.singleShot(AFTER_SHOW_MS, self, self._start_pending_feed)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._start_pending = False
            self.feed.detach()
            if self.tray is not None:
                self.tray.hide()
        return super().eventFilter(watched, event)


def install(window: QMainWindow) -> AlertCentreInstallation:
    """Add the alert centre to ``window`` (a ``ui.main_window.MainWindow``) and start computing.

    Needs ``window.database``, ``workers``, ``bus``, ``undo_stack``, ``menuBar()``;
    uses ``select_account``, ``workspace`` and ``database_changed`` when present.
    The installation is kept as ``window.alert_centre`` and returned.
    """
    installation = AlertCentreInstallation(window)
    window.alert_centre = installation
    installation.start_soon()
    return installation
