"""The portfolio's Alerts column: open alerts per account, and the most severe one's colour.

Computing alerts reads much of the database (about a second on the 25× demo), so
``load_alert_summaries`` runs in a worker and the column fills in when it is done.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from planner.database import Database

#: Severities from the most to the least urgent, with the colour of their dot.
SEVERITY_COLOURS = {"critical": "#c62828", "high": "#ef6c00", "medium": "#f9a825", "low": "#9e9e9e"}
SEVERITIES: dict[str, str] = {
    "critical": QT_TRANSLATE_NOOP("labels", "Critical"),
    "high": QT_TRANSLATE_NOOP("labels", "High"),
    "medium": QT_TRANSLATE_NOOP("labels", "Medium"),
    "low": QT_TRANSLATE_NOOP("labels", "Low"),
}


@dataclass(frozen=True)
class AlertSummary:
    """How many open alerts an account has and the most severe of them."""

    count: int
    worst: str | None

    @property
    def urgency(self) -> int:
        """Sorts accounts by their worst alert, then by how many: larger is more urgent."""
        if not self.count or self.worst not in SEVERITY_COLOURS:
            return 0
        rank = list(SEVERITY_COLOURS).index(self.worst)
        return (len(SEVERITY_COLOURS) - rank) * 10_000 + self.count


def summarize(alerts: Iterable) -> dict[uuid.UUID, AlertSummary]:
    """Group alerts (``planner.alerts`` ``Alert``s) by account."""
    counts: dict[uuid.UUID, int] = {}
    worst: dict[uuid.UUID, StrEnum] = {}
    for alert in alerts:
        account = alert.account.uuid
        counts[account] = counts.get(account, 0) + 1
        if account not in worst or alert.severity.rank < worst[account].rank:
            worst[account] = alert.severity
    return {account: AlertSummary(n, str(worst[account])) for account, n in counts.items()}


def load_alert_summaries(db: Database) -> dict[uuid.UUID, AlertSummary]:
    """Every account's open alerts as of now (call it in a worker)."""
    from planner.alerts.service import list_alerts

    return summarize(list_alerts(db))


def severity_label(severity: str | None) -> str:
    source = SEVERITIES.get(severity or "")
    return QCoreApplication.translate("labels", source) if source else str(severity)


@cache
def severity_icon(severity: str) -> QIcon:
    """A small filled dot in the severity's colour."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SEVERITY_COLOURS.get(severity, "#9e9e9e")))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)
