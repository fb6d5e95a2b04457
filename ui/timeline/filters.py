"""The timeline's filter bar: search (debounced), channels, person, team member, direction, period.

It only builds a ``TimelineFilter`` and says when it changed; the tab hands it to
the model, so searching runs through the planner's full-text index.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.enums import Direction
from planner.timeline import channels
from planner.timeline.query import TimelineFilter
from ui.flow_layout import flow_widget
from ui.labels import direction_label, interaction_kind_label
from ui.timeline.glyphs import channel_icon

#: Typing pauses this long (ms) before the search runs.
SEARCH_DELAY_MS = 300

ALL_TIME, LAST_30_DAYS, LAST_3_MONTHS, LAST_12_MONTHS, THIS_YEAR, CUSTOM = range(6)


def find_data(combo: QComboBox, value: object) -> int:
    """The index of the item holding ``value`` (compared in Python: ``findData`` misses UUIDs)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


class StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while the user ticks several with the mouse."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


def period_bounds(choice: int, today: date, start: date, end: date) -> tuple[date | None, date | None]:
    """The (since, until) dates a period choice means on ``today``."""
    match choice:
        case 1:
            return today - timedelta(days=30), None
        case 2:
            return QDate(today).addMonths(-3).toPython(), None
        case 3:
            return QDate(today).addYears(-1).toPython(), None
        case 4:
            return date(today.year, 1, 1), None
        case 5:
            return min(start, end), max(start, end)
    return None, None


class FilterBar(QWidget):
    """Two rows: the search box (and whatever the tab adds beside it), then the choices."""

    #: The filters changed (a TimelineFilter).
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person_locked: uuid.UUID | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self._build()
        self.retranslate()

    # -- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.top_row = QHBoxLayout()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("timelineSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.top_row.addWidget(self.search_label)
        self.top_row.addWidget(self.search, 1)
        outer.addLayout(self.top_row)

        self.choices, row = flow_widget()
        self.channels = QPushButton()
        self.channels.setObjectName("timelineChannels")
        self.channel_menu = StayOpenMenu(self.channels)
        self.all_channels = QAction(self.channel_menu)
        self.all_channels.triggered.connect(self._all_channels)
        self.channel_menu.addAction(self.all_channels)
        self.channel_menu.addSeparator()
        self.channel_actions: dict[str, QAction] = {}
        for kind in channels.ORDER:
            action = QAction(channel_icon(kind), "", self.channel_menu)
            action.setCheckable(True)
            action.setData(kind)
            action.toggled.connect(self._channels_toggled)
            self.channel_menu.addAction(action)
            self.channel_actions[kind] = action
        self.channels.setMenu(self.channel_menu)
        row.addWidget(self.channels)

        self.person = self._combo("timelinePerson", 14)
        self.team = self._combo("timelineTeamMember", 12)
        self.direction = self._combo("timelineDirection", 0)
        self.period = self._combo("timelinePeriod", 0)
        self.since = self._date("timelineSince")
        self.until = self._date("timelineUntil")
        self.dash = QLabel("–")
        for widget in (
            self.person,
            self.team,
            self.direction,
            self.period,
            self.since,
            self.dash,
            self.until,
        ):
            row.addWidget(widget)
        self.clear = QToolButton()
        self.clear.setObjectName("timelineClearFilters")
        self.clear.clicked.connect(self.reset)
        row.addWidget(self.clear)
        outer.addWidget(self.choices)

        self.person.addItem("", None)
        self.team.addItem("", None)
        self.direction.addItem("", None)
        for direction in Direction:
            self.direction.addItem("", direction)
        for _ in range(6):
            self.period.addItem("")
        self.person.currentIndexChanged.connect(self._emit)
        self.team.currentIndexChanged.connect(self._emit)
        self.direction.currentIndexChanged.connect(self._emit)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.since.dateChanged.connect(self._emit)
        self.until.dateChanged.connect(self._emit)
        self._show_custom(False)
        self._update_clear()

    def _combo(self, name: str, length: int) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        if length:  # names: as wide as ``length`` characters, longer ones elided
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(length)
        else:  # a short fixed list: as wide as its longest entry
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDate(QDate.currentDate())
        return edit

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Words in subjects and notes…"))
        self.search.setAccessibleName(self.tr("Search the timeline"))
        self.all_channels.setText(self.tr("All channels"))
        for kind, action in self.channel_actions.items():
            action.setText(interaction_kind_label(kind))
        self.channels.setAccessibleName(self.tr("Channels"))
        self.channels.setToolTip(self.tr("Show only some channels"))
        self._update_channels_text()
        self.person.setItemText(0, self.tr("All contacts"))
        self.person.setAccessibleName(self.tr("Person"))
        self.person.setToolTip(self.tr("One person's timeline"))
        self.team.setItemText(0, self.tr("Whole team"))
        self.team.setAccessibleName(self.tr("Team member"))
        self.team.setToolTip(self.tr("Only interactions one of our team took part in"))
        self.direction.setItemText(0, self.tr("Any direction"))
        for index in range(1, self.direction.count()):
            self.direction.setItemText(index, direction_label(self.direction.itemData(index)))
        self.direction.setAccessibleName(self.tr("Direction"))
        texts = (
            self.tr("All time"),
            self.tr("Last 30 days"),
            self.tr("Last 3 months"),
            self.tr("Last 12 months"),
            self.tr("This year"),
            self.tr("Custom period"),
        )
        for index, text in enumerate(texts):
            self.period.setItemText(index, text)
        self.period.setAccessibleName(self.tr("Period"))
        self.since.setAccessibleName(self.tr("From"))
        self.until.setAccessibleName(self.tr("To"))
        self.clear.setText(self.tr("Clear filters"))
        self.clear.setAccessibleName(self.tr("Clear filters"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choices -------------------------------------------------------------------------

    def set_people(self, people: Iterable[tuple[uuid.UUID, str]]) -> None:
        """The account's people for the person choice (keeps the chosen one if still there)."""
        self._refill(self.person, people)

    def set_team(self, members: Iterable[tuple[uuid.UUID, str]]) -> None:
        self._refill(self.team, members)

    def _refill(self, combo: QComboBox, items: Iterable[tuple[uuid.UUID, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for item_uuid, name in items:
            combo.addItem(name, item_uuid)
        found = find_data(combo, chosen) if chosen is not None else -1
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if chosen is not None and found < 0:
            self._emit()

    def set_person(self, person_uuid: uuid.UUID | None) -> bool:
        """Show one person's timeline (None: everyone); False if the person is not listed."""
        index = 0 if person_uuid is None else find_data(self.person, person_uuid)
        if index < 0:
            return False
        self.person.setCurrentIndex(index)
        return True

    def reset(self) -> None:
        """Every filter off; one change is reported."""
        widgets = (
            self.search,
            self.person,
            self.team,
            self.direction,
            self.period,
            *self.channel_actions.values(),
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.person, self.team, self.direction, self.period):
            combo.setCurrentIndex(0)
        for action in self.channel_actions.values():
            action.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._timer.stop()
        self._show_custom(False)
        self._update_channels_text()
        self._emit()

    def filters(self, today: date | None = None) -> TimelineFilter:
        """What the bar asks for now."""
        today = today or date.today()
        since, until = period_bounds(
            self.period.currentIndex(), today, self.since.date().toPython(), self.until.date().toPython()
        )
        direction = self.direction.currentData()
        return TimelineFilter(
            person=self.person.currentData(),
            team_member=self.team.currentData(),
            kinds=frozenset(kind for kind, action in self.channel_actions.items() if action.isChecked()),
            directions=frozenset({direction}) if direction is not None else frozenset(),
            since=since,
            until=until,
            text=self.search.text().strip() or None,
        )

    def is_filtered(self) -> bool:
        return self.filters() != TimelineFilter()

    # -- reactions -----------------------------------------------------------------------

    def _search_now(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._emit()

    def _emit(self, *_args) -> None:
        self._timer.stop()
        self._update_clear()
        self.changed.emit(self.filters())

    def _all_channels(self) -> None:
        for action in self.channel_actions.values():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._channels_toggled()

    def _channels_toggled(self, *_args) -> None:
        self._update_channels_text()
        self._emit()

    def _update_channels_text(self) -> None:
        chosen = [kind for kind, action in self.channel_actions.items() if action.isChecked()]
        if not chosen:
            self.channels.setText(self.tr("All channels"))
        elif len(chosen) <= 2:
            self.channels.setText(", ".join(interaction_kind_label(kind) for kind in chosen))
        else:
            self.channels.setText(self.tr("Channels: {count}").format(count=len(chosen)))
        self.channels.setIcon(channel_icon(chosen[0]) if len(chosen) == 1 else QIcon())
        self.all_channels.setEnabled(bool(chosen))

    def _period_changed(self, index: int) -> None:
        self._show_custom(index == CUSTOM)
        if index == CUSTOM and self.since.date() == self.until.date():
            self.since.blockSignals(True)
            self.since.setDate(QDate.currentDate().addMonths(-1))
            self.since.blockSignals(False)
        self._emit()

    def _show_custom(self, shown: bool) -> None:
        for widget in (self.since, self.dash, self.until):
            widget.setVisible(shown)

    def _update_clear(self) -> None:
        self.clear.setVisible(self.is_filtered())
