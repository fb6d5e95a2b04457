"""The Timeline tab: every interaction with the account, newest first, grouped by month.

Filters narrow it (channel, person, team member, direction, period, words); gaps
where nobody talked to the client show as rows of their own; the activity chart
above it flags an engagement drop. Ctrl+L logs a call or visit in a few keystrokes.
Search results route here: ``open_record(PERSON)`` shows that person's timeline,
``open_record(INTERACTION)`` scrolls to the interaction and selects it.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QSettings, QTimer
from PySide6.QtWidgets import QAbstractItemView, QWidget

from planner import records
from planner.changes import Entity
from planner.enums import TeamRole
from planner.errors import NotFound, PlannerError
from planner.services import overview
from planner.timeline.query import TimelineFilter
from ui import i18n
from ui.messages import show_error
from ui.timeline.model import TimelineModel
from ui.timeline.view import TimelineView
from ui.workspace import AccountTab, WorkspaceContext

try:  # the editing dialogs are a capability of their own; without them, no Edit/Delete
    from ui import editing
except ImportError:  # pragma: no cover - depends on the build
    editing = None

CHART_SHOWN_KEY = "timeline/chartShown"
#: How long after a switch of account the activity chart is built (ms).
CHART_AFTER_SWITCH_MS = 150


class TimelineTab(AccountTab):
    """The account's (or one person's) timeline, its chart, and the selected interaction."""

    entities = frozenset({Entity.ACCOUNT, Entity.INTERACTION, Entity.PERSON, Entity.TEAM_MEMBER})
    opens = frozenset({Entity.INTERACTION, Entity.PERSON})
    #: The day the engagement rule looks back from (None: today); fixed by tests and screenshots.
    as_of: date | None = None

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = TimelineView()
        self.ui.setup(self)
        self.model = TimelineModel(self)
        self.ui.list.setModel(self.model)
        self._people: list[tuple[uuid.UUID, str]] = []
        self._team: list[tuple[uuid.UUID, str]] = []
        self._colleagues: list[tuple[uuid.UUID, str]] = []
        self._owner: uuid.UUID | None = None
        # After a switch of account the chart waits until the user has settled on one:
        # building and drawing it is the slow part of a switch (arrowing through the
        # portfolio would build a chart for every account passed over).
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(CHART_AFTER_SWITCH_MS)
        self._chart_timer.timeout.connect(lambda: self._request_chart(self.model.filters))
        self.ui.filters.changed.connect(self._filters_changed)
        self.ui.list.selectionModel().currentChanged.connect(self._current_changed)
        self.ui.list.doubleClicked.connect(lambda _index: self.edit_selected())
        self.model.failed.connect(self._page_failed)
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        self.ui.activity.shown.connect(self._chart_shown)
        self.ui.quick_log_action.triggered.connect(self.quick_log)
        self.ui.edit_action.triggered.connect(self.edit_selected)
        self.ui.delete_action.triggered.connect(self.delete_selected)
        self.ui.detail.edit.clicked.connect(self.edit_selected)
        self.ui.detail.delete.clicked.connect(self.delete_selected)
        self.ui.chart_toggle.toggled.connect(self._chart_toggled)
        editable = editing is not None
        for widget in (self.ui.detail.edit, self.ui.detail.delete):
            widget.setVisible(editable)
        for action in (self.ui.edit_action, self.ui.delete_action):
            action.setVisible(editable)
            action.setEnabled(editable)
        shown = QSettings().value(CHART_SHOWN_KEY, True, type=bool)
        self.ui.chart_toggle.setChecked(shown)
        self.ui.activity.setVisible(shown)
        self._update_empty()

    # -- loading -------------------------------------------------------------------------

    def load(self, account_uuid: uuid.UUID) -> None:
        """Show the account (a refresh of the same one keeps the filters and the selection)."""
        moved = account_uuid != self.account_uuid
        people = records.people.list_for(self.db, account_uuid)
        roles = records.account_team.list_for(self.db, account_uuid)
        super().load(account_uuid)
        self._people = sorted(((p.uuid, p.full_name) for p in people), key=lambda p: p[1].casefold())
        team: dict[uuid.UUID, str] = {}
        self._owner = None
        for role in roles:
            team.setdefault(role.team_member, role.team_member_name or "")
            if role.role == TeamRole.ACCOUNT_MANAGER and self._owner is None:
                self._owner = role.team_member
        self._team = sorted(team.items(), key=lambda t: t[1].casefold())
        self._colleagues = []
        filters = self.ui.filters
        filters.blockSignals(True)
        if moved:
            filters.reset()
        filters.set_people(self._people)
        filters.set_team(self._team)
        filters.blockSignals(False)
        if moved:
            self.ui.detail.show_entry(None)
        self._reload(keep=not moved)

    def forget(self) -> None:
        super().forget()
        self._chart_timer.stop()
        self.model.clear()
        self.ui.activity.clear()
        self.ui.detail.show_entry(None)

    def _reload(self, *, keep: bool) -> None:
        """Read the timeline again under the bar's filters; keep what was loaded and selected."""
        if self.account_uuid is None:
            return
        filters = self.ui.filters.filters()
        selected = self.selected_uuid() if keep else None
        loaded = self.model.entries_loaded if keep and filters == self.model.filters else 0
        self.model.set_query(self.db, self.account_uuid, filters, keep=loaded)
        # The selection survives a refresh if it is still among what was loaded (never read on for it).
        if selected is None or not self.select(selected, fetch=False):
            self.ui.detail.show_entry(None)
        if keep:
            self._request_chart(filters)
        else:  # another account: no chart of the previous one meanwhile
            self.ui.activity.clear()
            if self.ui.chart_toggle.isChecked():
                self._chart_timer.start()

    def _request_chart(self, filters: TimelineFilter) -> None:
        self._chart_timer.stop()
        if self.account_uuid is None or not self.ui.chart_toggle.isChecked():
            return
        self.ui.activity.request(
            self.context.workers,
            self.db,
            self.account_uuid,
            filters,
            i18n.current_language() or "en",
            self.as_of or date.today(),
        )

    def _filters_changed(self, filters: TimelineFilter) -> None:
        if self.account_uuid is None:
            return
        try:
            self._reload(keep=False)
        except NotFound:
            self.refresh()  # a person or the account went away meanwhile: read them again

    def _chart_shown(self, data) -> None:
        filters = self.model.filters
        counts = data.counts if filters.since is None and filters.until is None else {}
        self.model.set_month_counts(counts)

    def _chart_toggled(self, shown: bool) -> None:
        QSettings().setValue(CHART_SHOWN_KEY, shown)
        self.ui.activity.setVisible(shown)
        if shown and self.account_uuid is not None:
            self._request_chart(self.model.filters)

    def _page_failed(self, error: PlannerError) -> None:
        if self.isVisible():
            show_error(self, error)

    def _update_empty(self, *_args) -> None:
        empty = self.model.rowCount() == 0
        if self.ui.filters.is_filtered():
            text = self.tr("No interactions match these filters.")
        else:
            text = self.tr("No interactions with this account yet. Press Ctrl+L to log a call or a visit.")
        self.ui.empty.setText(text)
        self.ui.list_stack.setCurrentWidget(self.ui.empty if empty else self.ui.list)

    # -- selecting and opening -----------------------------------------------------------

    def selected_uuid(self) -> uuid.UUID | None:
        entry = self.ui.detail.entry
        return entry.uuid if entry is not None else None

    def select(self, record_uuid: uuid.UUID, *, scroll: bool = True, moment=None, fetch: bool = True) -> bool:
        """Select an interaction, reading on until it is loaded (``fetch``); False if it is not there."""
        row = self.model.fetch_until(record_uuid, moment) if fetch else self.model.row_of(record_uuid)
        if row is None:
            return False
        index = self.model.index(row)
        selection = self.ui.list.selectionModel()
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll:
            self.ui.list.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def open_record(self, entity: Entity, record_uuid: uuid.UUID) -> bool:
        if self.account_uuid is None:
            return False
        if entity == Entity.PERSON:
            if not any(p == record_uuid for p, _ in self._people):
                return False
            return self.ui.filters.set_person(record_uuid)
        if entity != Entity.INTERACTION:
            return False
        try:
            found = overview.locate(self.db, entity, record_uuid)
        except PlannerError:
            return False
        if found.account_uuid != self.account_uuid:
            return False
        if self.select(record_uuid, moment=found.when):
            self.ui.list.setFocus()
            return True
        self.ui.filters.reset()  # hidden by the filters: show everything, then find it
        found_now = self.select(record_uuid, moment=found.when)
        if found_now:
            self.ui.list.setFocus()
        return found_now

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.ui.detail.show_entry(self.model.entry(current.row()) if current.isValid() else None)

    # -- actions -------------------------------------------------------------------------

    def quick_log(self):
        """Ctrl+L: open the quick log dialog (returned); the new interaction is selected once saved."""
        if self.account_uuid is None:
            return None
        from ui.timeline.quick_log import QuickLogDialog

        if not self._colleagues:
            self._colleagues = sorted(
                ((m.uuid, m.name) for m in records.team_members.list_for(self.db) if m.active),
                key=lambda t: t[1].casefold(),
            )
        dialog = QuickLogDialog(
            self.db,
            self.account_uuid,
            self.context.undo_stack,
            people=self._people,
            team=self._colleagues or self._team,
            owner=self._owner,
            bus=self.context.bus,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._logged(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _logged(self, dialog) -> None:
        created = dialog.command.interaction_uuid if dialog.command is not None else None
        if created is not None:
            self.open_record(Entity.INTERACTION, created)

    def edit_selected(self) -> bool:
        record = self.selected_uuid()
        if editing is None or record is None:
            return False
        return editing.edit_record(self.context, Entity.INTERACTION, record, self)

    def delete_selected(self) -> bool:
        record = self.selected_uuid()
        if editing is None or record is None:
            return False
        return editing.delete_record(self.context, Entity.INTERACTION, record, self)

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslate()
            self._update_empty()
            if self.model.rowCount():
                self.model.dataChanged.emit(self.model.index(0), self.model.index(self.model.rowCount() - 1))
            self.ui.list.doItemsLayout()
            if self.account_uuid is not None:
                self._request_chart(self.model.filters)
        super().changeEvent(event)


def register(workspace) -> None:
    workspace.register_tab(
        TimelineTab,
        lambda: QCoreApplication.translate("AccountWorkspace", "Timeline"),
        order=20,
        key="timeline",
    )
