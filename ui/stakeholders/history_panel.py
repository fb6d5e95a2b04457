"""Map history beside the map: save a baseline, compare with one, list what changed since.

A baseline is a frozen picture of the account's people (``planner.stakeholders.
baseline``); saving one is an undoable command. Comparing diffs it with today's
map: the changes are listed here (joined, left, attitude and influence moves,
coverage gained or lost ...) and, through ``comparison_changed``, highlighted on
the map by the tab.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.changes import Changes
from planner.errors import NotFound
from planner.stakeholders import baseline
from planner.stakeholders.baseline import BaselineInfo, ChangeKind, MapChange, MapDiff, Snapshot
from planner.stakeholders.model import StakeholderMap
from ui import formatting
from ui.stakeholders import words
from ui.stakeholders.commands import SaveBaseline
from ui.stakeholders.side_list import SideList
from ui.undo import perform
from ui.workspace import WorkspaceContext

translate = QCoreApplication.translate

GOOD, BAD, MOVE, GONE = "#1b7f3b", "#c62828", "#2f5fa7", "#7d8590"
COLOURS = {
    ChangeKind.JOINED: GOOD,
    ChangeKind.RETURNED: GOOD,
    ChangeKind.ATTITUDE_WARMED: GOOD,
    ChangeKind.COVERAGE_GAINED: GOOD,
    ChangeKind.RELATIONSHIP_STRONGER: GOOD,
    ChangeKind.LEFT: BAD,
    ChangeKind.ATTITUDE_COOLED: BAD,
    ChangeKind.COVERAGE_LOST: BAD,
    ChangeKind.RELATIONSHIP_WEAKER: BAD,
    ChangeKind.REMOVED: GONE,
}


class HistoryPanel(QWidget):
    """Baselines of the account, and the changes since the one compared."""

    #: The comparison started, ended or was recomputed: read ``diff`` and ``baseline_name``.
    comparison_changed = Signal()
    people_chosen = Signal(object)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stakeholderHistory")
        self.context = context
        self.account: uuid.UUID | None = None
        self.as_of: date | None = None
        self.baselines: tuple[BaselineInfo, ...] = ()
        self.compared: uuid.UUID | None = None
        self.diff: MapDiff | None = None
        self._snapshots: dict[uuid.UUID, Snapshot] = {}
        self._build()
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveBaseline")
        self.save_button.clicked.connect(self.ask_and_save)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.compare_label = QLabel()
        layout.addWidget(self.compare_label)
        self.combo = QComboBox()
        self.combo.setObjectName("baselineCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.compare_label.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(self._combo_changed)
        layout.addWidget(self.combo)
        self.summary = QLabel()
        self.summary.setObjectName("historySummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = SideList()
        self.list.setObjectName("changesList")
        self.list.people_chosen.connect(self.people_chosen)
        layout.addWidget(self.list, 1)

    @property
    def baseline_name(self) -> str | None:
        info = next((b for b in self.baselines if b.uuid == self.compared), None)
        return info.name if info else None

    # -- loading ------------------------------------------------------------------------------

    def show_account(self, account: uuid.UUID, full_map: StakeholderMap, as_of: date | None) -> None:
        """The account's baselines; an ongoing comparison is recomputed against ``full_map``."""
        if account != self.account:
            self.compared, self.diff, self._snapshots = None, None, {}
        self.account, self.as_of, self._map = account, as_of, full_map
        self.baselines = baseline.list_baselines(self.context.db, account)
        if self.compared not in {b.uuid for b in self.baselines}:
            self.compared = None
        self._fill_combo()
        self._recompute()

    def compare(self, baseline_uuid: uuid.UUID | None) -> None:
        """Compare the map with a baseline (None: stop comparing)."""
        self.compared = baseline_uuid
        self._fill_combo()
        self._recompute()

    def _recompute(self) -> None:
        self.diff = None
        if self.compared is not None and self.account is not None:
            snap = self._snapshots.get(self.compared)
            if snap is None:
                try:
                    _info, snap = baseline.load_baseline(self.context.db, self.account, str(self.compared))
                except NotFound:
                    self.compared = None
                else:
                    self._snapshots[self.compared] = snap
            if snap is not None and self.compared is not None:
                self.diff = baseline.diff(snap, self._map)
        self._fill_changes()
        self.comparison_changed.emit()

    # -- saving -------------------------------------------------------------------------------

    def save_baseline(self, name: str) -> Changes:
        """Save the map as a baseline (undoable); ValidationError for an empty name."""
        assert self.account is not None
        command = SaveBaseline(self.context.db, self.account, name, self.as_of)
        return perform(self.context.undo_stack, command)

    def ask_and_save(self) -> None:
        if self.account is None:
            return
        suggestion = self.tr("Baseline {date}").format(date=formatting.short_date(self.as_of or date.today()))
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save Baseline"),
            self.tr("Name of the baseline, for example “Before the quarterly review”:"),
            text=suggestion,
        )
        if ok and name.strip():
            self.save_baseline(name)

    # -- showing ------------------------------------------------------------------------------

    def _fill_combo(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("No comparison"), None)
        for info in self.baselines:
            self.combo.addItem(
                self.tr("{name} · {date}").format(name=info.name, date=formatting.short_date(info.as_of)),
                info.uuid,
            )
        index = self.combo.findData(self.compared) if self.compared is not None else 0
        self.combo.setCurrentIndex(max(0, index))
        self.combo.setEnabled(bool(self.baselines))
        self.combo.blockSignals(False)

    def _combo_changed(self, index: int) -> None:
        self.compare(self.combo.itemData(index))

    def _fill_changes(self) -> None:
        self.list.clear()
        diff = self.diff
        if diff is None:
            self.summary.setText(
                self.tr(
                    "Save a baseline now, and compare with it later to see who "
                    "joined or left and whose attitude or influence moved."
                )
                if not self.baselines
                else self.tr("Choose a baseline to see what changed.")
            )
            return
        self.summary.setText(
            self.tr(
                "Since “{name}” of {date} — changes: {n}; people: {before} → {after}; "
                "with an owner: {owned_before} → {owned_after}."
            ).format(
                name=self.baseline_name or "",
                date=formatting.short_date(diff.baseline_as_of),
                n=formatting.integer(len(diff.changes)),
                before=diff.people_before,
                after=diff.people_after,
                owned_before=diff.covered_before,
                owned_after=diff.covered_after,
            )
        )
        for change in diff.changes:
            people = [change.person] + ([change.other] if change.other else [])
            self.list.add_entry(change.name, describe(change), people, COLOURS.get(change.kind, MOVE))
        self.list.placeholder = self.tr("Nothing changed since this baseline.")

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save Baseline…"))
        self.save_button.setToolTip(self.tr("Freeze the map as it is now, to compare with later"))
        self.compare_label.setText(self.tr("&Compare with:"))
        self.combo.setAccessibleName(self.tr("Baseline to compare with"))
        self.list.setAccessibleName(self.tr("Changes since the baseline"))
        if self.account is not None:
            self._fill_combo()
            self._fill_changes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def describe(change: MapChange) -> str:
    """One change in words: what moved, from what to what."""
    title = words.change_title(change.kind)
    before, after = change.before, change.after
    kind = change.kind
    if kind in (ChangeKind.ATTITUDE_WARMED, ChangeKind.ATTITUDE_COOLED):
        before, after = words.attitude(str(before)), words.attitude(str(after))
    elif kind in (ChangeKind.JOINED, ChangeKind.RETURNED):
        return f"{title} ({words.attitude(str(after))})"
    elif kind in (ChangeKind.LEFT, ChangeKind.REMOVED):
        return translate("HistoryPanel", "{title} (was {attitude})").format(
            title=title, attitude=words.attitude(str(before))
        )
    elif kind in (ChangeKind.ROLE_GAINED, ChangeKind.ROLE_LOST):
        return f"{title}: {words.stored_role(str(after if kind == ChangeKind.ROLE_GAINED else before))}"
    elif kind in (ChangeKind.LINK_ADDED, ChangeKind.LINK_REMOVED):
        return f"{title}: {words.link_kind(str(after))} — {change.other_name or '?'}"
    elif kind == ChangeKind.COVERAGE_GAINED:
        return translate("HistoryPanel", "{title}: owned by {owner}").format(title=title, owner=after or "?")
    elif kind == ChangeKind.COVERAGE_LOST:
        return translate("HistoryPanel", "{title}: was owned by {owner}").format(
            title=title, owner=before or "?"
        )
    nobody = translate("HistoryPanel", "nobody")
    return f"{title}: {before if before is not None else nobody} → {after if after is not None else nobody}"
