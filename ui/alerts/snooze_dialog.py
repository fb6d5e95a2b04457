"""Asking until which day to snooze an alert (the menu's "Until a Date…")."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.formatting import short_date

#: The day proposed: a week from today.
DEFAULT_DAYS = 7


class SnoozeDialog(QDialog):
    """A date from tomorrow on; the alert comes back as that day begins (UTC)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snoozeDialog")
        self.setWindowTitle(self.tr("Snooze Alert"))
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("Hide the alert until the chosen day; if it still holds then, it comes back."))
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        self.until = QDateEdit()
        self.until.setObjectName("snoozeUntil")
        self.until.setCalendarPopup(True)
        first = today + timedelta(days=1)
        self.until.setMinimumDate(QDate(first.year, first.month, first.day))
        proposed = today + timedelta(days=DEFAULT_DAYS)
        self.until.setDate(QDate(proposed.year, proposed.month, proposed.day))
        self.until.setAccessibleName(self.tr("Snooze until"))
        self.until.setToolTip(self.tr("From {date} on").format(date=short_date(first)))
        form.addRow(self.tr("&Until:"), self.until)
        column.addLayout(form)
        standard = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(standard.Ok | standard.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def chosen(self) -> date:
        value = self.until.date()
        return date(value.year(), value.month(), value.day())


def ask_snooze_end(parent: QWidget, today: date) -> date | None:
    dialog = SnoozeDialog(today, parent)
    try:
        return dialog.chosen() if dialog.exec() else None
    finally:
        dialog.deleteLater()
