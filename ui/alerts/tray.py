"""Desktop notifications of alerts: once the first list is computed, then for new urgent ones.

``AlertNotifier`` decides what to say (tested without a tray): on the first list of a
database, how many alerts are open; afterwards, only alerts of high or critical
severity that were not open before ("3 new alerts: …"). ``AlertTray`` shows that with
a ``QSystemTrayIcon`` where the desktop has a tray; clicking it opens the alert centre.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from planner.alerts.model import Alert, Severity
from ui.alerts import wording
from ui.alerts.feed import AlertFeed
from ui.service.words import settle_plural

#: Severities that interrupt the user when a new alert appears.
URGENT = (Severity.CRITICAL, Severity.HIGH)
#: How many new alerts a notification names before "and N more".
NAMED = 3
#: How long a notification stays (ms).
SHOW_MS = 10_000


class AlertNotifier(QObject):
    """Turns the feed's lists into notifications (``notify(title, text)``)."""

    notify = Signal(str, str)

    def __init__(self, feed: AlertFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self._seen: set[uuid.UUID] | None = None
        #: The last notification (title, text), for tests and the tray's tooltip.
        self.last: tuple[str, str] | None = None
        feed.updated.connect(self._updated)

    def _updated(self, _alerts) -> None:
        if not self.feed.computed:  # another database: its first list will be announced again
            self._seen = None
            return
        opened = self.feed.open_alerts
        if self._seen is None:
            self._seen = {a.uuid for a in opened}
            if opened:
                self._say(self.tr("Key Account Planner"), self._summary(opened))
            return
        new = [a for a in opened if a.uuid not in self._seen and a.severity in URGENT]
        self._seen |= {a.uuid for a in opened}
        if new:
            self._say(self.tr("Key Account Planner"), self._news(new))

    def _summary(self, opened: list[Alert]) -> str:
        urgent = sum(1 for a in opened if a.severity in URGENT)
        text = self.tr("Open alerts: {count}, of them high or critical: {urgent}.").format(
            count=len(opened), urgent=urgent
        )
        return text + "\n" + self._names([a for a in opened if a.severity in URGENT] or opened)

    def _news(self, new: list[Alert]) -> str:
        return settle_plural(self.tr("%n new alert(s): ", "", len(new)), len(new)) + self._names(new)

    def _names(self, alerts: list[Alert]) -> str:
        names = [
            self.tr("{account} — {kind}").format(account=a.account.name, kind=wording.kind_label(a.kind))
            for a in alerts[:NAMED]
        ]
        text = "; ".join(names)
        if len(alerts) > NAMED:
            text += self.tr(" and {count} more").format(count=len(alerts) - NAMED)
        return text

    def _say(self, title: str, text: str) -> None:
        self.last = (title, text)
        self.notify.emit(title, text)


def tray_icon() -> QIcon:
    """The application's icon, else a small bell-coloured disc with an exclamation mark."""
    app = QApplication.instance()
    if app is not None and not app.windowIcon().isNull():
        return app.windowIcon()
    icon = QIcon()
    for size in (16, 32, 64):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ef6c00"))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.setBrush(QColor("white"))
        width = max(2, size // 8)
        painter.drawRoundedRect((size - width) // 2, size // 5, width, size // 2, width / 2, width / 2)
        painter.drawEllipse((size - width) // 2, size * 3 // 4 - width // 2, width, width)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class AlertTray(QObject):
    """The tray icon: its tooltip counts the open alerts; a click opens the alert centre."""

    def __init__(
        self, notifier: AlertNotifier, open_centre: Callable[[], None], parent: QObject, window: QWidget
    ) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.open_centre = open_centre
        self.icon = QSystemTrayIcon(tray_icon(), self)
        # Owned by the window: the tray icon does not take ownership of its menu.
        self.menu = QMenu(window)
        self.open_action = self.menu.addAction("")
        self.open_action.triggered.connect(open_centre)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(open_centre)
        notifier.notify.connect(self._show)
        notifier.feed.updated.connect(lambda _alerts: self.retranslate())
        self.retranslate()
        self.icon.show()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open the Alert Centre"))
        count = len(self.notifier.feed.open_alerts)
        self.icon.setToolTip(self.tr("Key Account Planner: {count} open alerts").format(count=count))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_centre()

    def _show(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, SHOW_MS)

    def hide(self) -> None:
        self.icon.hide()
