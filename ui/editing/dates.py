"""Date editors of a form: a date typed the way the locale writes it or picked from a calendar.

An optional date has a true empty state (an empty field) rather than a sentinel
date; a moment is a local date and time of day, handed to the planner in UTC.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QTimeEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ui import formatting
from ui.editing.problems import FieldProblem


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's short date pattern with a four-digit year (as ``formatting.short_date``)."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """A date typed in the locale's short form (or ISO ``2026-12-31``); None for an empty text."""
    text = text.strip()
    if not text:
        return None
    locale = locale or QLocale()
    patterns = (date_pattern(locale), locale.dateFormat(QLocale.FormatType.ShortFormat), "yyyy-MM-dd")
    for pattern in patterns:
        parsed = locale.toDate(text, pattern)
        if parsed.isValid():
            if parsed.year() < 100:
                parsed = parsed.addYears(2000)
            return date(parsed.year(), parsed.month(), parsed.day())
    raise FieldProblem(
        QCoreApplication.translate("editing", "Write the date as {example}.").format(
            example=example_date(locale)
        )
    )


def example_date(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(date.today().year, 12, 31), date_pattern(locale))


class DateEdit(QWidget):
    """A date typed in the locale's form or picked from a calendar; empty means none."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(
            QCoreApplication.translate("editing", "e.g. {example}").format(example=example_date())
        )
        self.line.setClearButtonEnabled(True)
        self.line.textEdited.connect(lambda _text: self.changed.emit())
        self.line.editingFinished.connect(self._tidy)
        self.pick = QToolButton()
        self.pick.setText("…")
        self.pick.setAccessibleName(QCoreApplication.translate("editing", "Pick a date from the calendar"))
        self.pick.setToolTip(QCoreApplication.translate("editing", "Pick a date from the calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._before_calendar)
        self.pick.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.pick)
        self.setFocusProxy(self.line)
        # Wide enough for the hint ("e.g. 31.12.2026") and the clear button beside a typed date.
        hint = self.line.placeholderText()
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance(hint) + 40)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def value(self) -> date | None:
        return parse_date(self.line.text())

    def set_value(self, value: date | None) -> None:
        if isinstance(value, datetime):
            value = value.date()
        self.line.setText(formatting.short_date(value) if value is not None else "")

    def _tidy(self) -> None:
        with contextlib.suppress(FieldProblem):  # left as typed: saving shows the problem
            self.set_value(self.value())

    def _before_calendar(self) -> None:
        try:
            current = self.value()
        except FieldProblem:
            current = None
        current = current or date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, day: QDate) -> None:
        self.set_value(date(day.year(), day.month(), day.day()))
        self.pick.menu().hide()
        self.changed.emit()


class DateTimeEdit(QWidget):
    """A moment: a date and a local time of day; the value is an aware UTC datetime."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = DateEdit()
        self.time = QTimeEdit()
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setAccessibleName(QCoreApplication.translate("editing", "Time of day"))
        self.day.changed.connect(self.changed.emit)
        self.time.timeChanged.connect(lambda _t: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day, 1)
        row.addWidget(self.time)
        self.setFocusProxy(self.day)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def value(self) -> datetime | None:
        day = self.day.value()
        if day is None:
            return None
        moment = self.time.time()
        local = datetime.combine(day, time(moment.hour(), moment.minute())).astimezone()
        return local.astimezone(UTC)

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.day.set_value(None)
            self.time.setTime(QTime(9, 0))
            return
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        local = value.astimezone()
        self.day.set_value(local.date())
        self.time.setTime(QTime(local.hour, local.minute))
