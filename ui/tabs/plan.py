"""The Plan tab: the account plan (goals → objectives → actions), opportunities, risks, team and sites.

Everything here is edited in place or through the editing dialogs, and every
change is one undo command: add, edit, delete, reorder, and the status changed
right in the tree. The tab refreshes from the change bus, reading again only the
sections a change touched.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from planner import enums, records
from planner.changes import Changes, Entity
from planner.errors import PlannerError
from ui import formatting
from ui.editing import commands, create_record, delete_record, edit_record
from ui.editing.kinds import KINDS
from ui.editing.labels import enum_label
from ui.editing.table import UUID_ROLE
from ui.messages import show_error
from ui.tabs.plan_models import KIND_ROLE, PlanColumn, PlanTreeModel, weighted_pipeline
from ui.tabs.plan_view import PlanView
from ui.undo import perform
from ui.workspace import AccountTab, WorkspaceContext

#: Which sections each kind of change refreshes (owners' names follow the team).
SECTIONS = {
    "plan": {Entity.PLAN, Entity.TEAM_MEMBER},
    "opportunities": {Entity.OPPORTUNITY, Entity.TEAM_MEMBER, Entity.PERSON},
    "risks": {Entity.RISK, Entity.TEAM_MEMBER},
    "sites": {Entity.SITE},
    "team": {Entity.TEAM_MEMBER},
    "contracts": {Entity.CONTRACT},
    "competitors": {Entity.COMPETITOR},
}
PAGE = {
    Entity.PLAN: 0,
    Entity.OPPORTUNITY: 1,
    Entity.RISK: 2,
    Entity.SITE: 3,
    Entity.CONTRACT: 3,
    Entity.COMPETITOR: 3,
}


class PlanTab(AccountTab):
    """The account plan and what it is built on."""

    entities = frozenset(
        {
            Entity.PLAN,
            Entity.OPPORTUNITY,
            Entity.RISK,
            Entity.SITE,
            Entity.TEAM_MEMBER,
            Entity.CONTRACT,
            Entity.COMPETITOR,
        }
    )
    opens = frozenset(
        {Entity.PLAN, Entity.OPPORTUNITY, Entity.RISK, Entity.SITE, Entity.CONTRACT, Entity.COMPETITOR}
    )

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The day actions fall overdue against (None: today); tests and demos pin it.
        self.today: date | None = None
        self._pending: set[Entity] = set()
        self._expanded: set[uuid.UUID] | None = None
        self.ui = PlanView()
        self.ui.setup(self, context)
        self.tree_model = PlanTreeModel(self)
        self.tree_model.status_edited.connect(self.set_status, Qt.ConnectionType.QueuedConnection)
        self.ui.tree.setModel(self.tree_model)
        self.ui.fit_tree()
        self.ui.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.ui.tree.doubleClicked.connect(self._double_clicked)
        self.ui.tree.expanded.connect(lambda index: self._remember(index, True))
        self.ui.tree.collapsed.connect(lambda index: self._remember(index, False))
        ui = self.ui
        ui.new_goal.triggered.connect(lambda: self.add("goals"))
        ui.new_objective.triggered.connect(lambda: self.add("objectives"))
        ui.new_action.triggered.connect(lambda: self.add("actions"))
        ui.edit_item.triggered.connect(self.edit_current)
        ui.delete_item.triggered.connect(self.delete_current)
        ui.move_up.triggered.connect(lambda: self.move(-1))
        ui.move_down.triggered.connect(lambda: self.move(1))
        ui.add_here.triggered.connect(self._add_here)
        ui.new_colleague.triggered.connect(self.new_colleague)
        ui.edit_colleague.triggered.connect(self.edit_colleague)
        ui.team.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # -- loading -----------------------------------------------------------------------

    def affected_by(self, changes: Changes) -> bool:
        affected = super().affected_by(changes)
        if affected:
            self._pending |= set(changes.entities)
        return affected

    def load(self, account_uuid: uuid.UUID) -> None:
        moved = account_uuid != self.account_uuid
        pending, self._pending = self._pending, set()
        everything = moved or not pending or Entity.DATABASE in pending
        wanted = {name for name, kinds in SECTIONS.items() if everything or kinds & pending}
        db = self.db
        found = {}
        if "plan" in wanted:
            found["plan"] = [
                (
                    goal,
                    [
                        (objective, records.actions.list_for(db, objective.uuid))
                        for objective in records.objectives.list_for(db, goal.uuid)
                    ],
                )
                for goal in records.goals.list_for(db, account_uuid)
            ]
        super().load(account_uuid)
        if moved:
            self._expanded = None
        if "plan" in wanted:
            self._fill_plan(found["plan"])
        panels = {
            "opportunities": self.ui.opportunities,
            "risks": self.ui.risks,
            "sites": self.ui.sites,
            "team": self.ui.team,
            "contracts": self.ui.contracts,
            "competitors": self.ui.competitors,
        }
        for name, panel in panels.items():
            if name in wanted:
                panel.load(account_uuid)
        if "opportunities" in wanted:
            self._fill_pipeline()
        if moved:
            currency = self._currency()
            for panel in panels.values():
                panel.fit_columns()
            self.ui.opportunities.defaults = dict(currency)
            self.ui.contracts.defaults = dict(currency)
        self._update_buttons()

    def forget(self) -> None:
        super().forget()
        self.tree_model.set_plan([])
        for panel in self.ui.panels:
            panel.model.set_records([])

    def _fill_plan(self, plan: list) -> None:
        keep = self.current_uuid()
        self.tree_model.set_plan(plan, self.today)
        if self._expanded is None:
            self.ui.tree.expandAll()
            self._expanded = set()
            self._collect_expanded(QModelIndex())
        else:
            for record_uuid in list(self._expanded):
                index = self.tree_model.index_of(record_uuid)
                if index.isValid():
                    self.ui.tree.setExpanded(index, True)
        if keep is not None:
            self.select(keep)
        overdue = self.tree_model.overdue_count()
        if not plan:
            text = QCoreApplication.translate("plan", "The account has no plan yet: start with a goal.")
        elif overdue:
            text = QCoreApplication.translate("plan", "Overdue actions: {count} (shown in red)").format(
                count=formatting.integer(overdue)
            )
        else:
            text = QCoreApplication.translate("plan", "No action is overdue.")
        self.ui.plan_summary.setText(text)

    def _collect_expanded(self, parent: QModelIndex) -> None:
        for row in range(self.tree_model.rowCount(parent)):
            index = self.tree_model.index(row, 0, parent)
            if self.ui.tree.isExpanded(index):
                self._expanded.add(index.data(UUID_ROLE))
            self._collect_expanded(index)

    def _remember(self, index: QModelIndex, expanded: bool) -> None:
        if self._expanded is None:
            return
        key = index.data(UUID_ROLE)
        if expanded:
            self._expanded.add(key)
        else:
            self._expanded.discard(key)

    def _fill_pipeline(self) -> None:
        found = self.ui.opportunities.model.records
        totals = weighted_pipeline(found)
        open_count = sum(
            1 for o in found if o.stage not in (enums.OpportunityStage.WON, enums.OpportunityStage.LOST)
        )
        amount = " + ".join(
            formatting.money(v, c, decimals=0) for c, v in sorted(totals.items())
        ) or formatting.money(0, self._currency().get("currency", "EUR"), decimals=0)
        self.ui.opportunities.footer.setText(
            QCoreApplication.translate(
                "plan", "Weighted pipeline: {amount} · open opportunities: {count}"
            ).format(amount=amount, count=formatting.integer(open_count))
        )

    def _currency(self) -> dict[str, Any]:
        if self.account_uuid is None:
            return {}
        from planner.services import accounts

        return {"currency": accounts.get(self.db, self.account_uuid).currency}

    # -- selection -------------------------------------------------------------------------

    def current_index(self) -> QModelIndex:
        index = self.ui.tree.currentIndex()
        return index.siblingAtColumn(0) if index.isValid() else QModelIndex()

    def current_uuid(self) -> uuid.UUID | None:
        index = self.current_index()
        return index.data(UUID_ROLE) if index.isValid() else None

    def select(self, record_uuid: uuid.UUID) -> bool:
        index = self.tree_model.index_of(record_uuid)
        if not index.isValid():
            return False
        self.ui.tree.scrollTo(index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.ui.tree.selectionModel().setCurrentIndex(index, flags)
        return True

    def open_record(self, entity: Entity, record_uuid: uuid.UUID) -> bool:
        page = PAGE.get(entity)
        if page is None:
            return False
        self.ui.sections.setCurrentIndex(page)
        if entity == Entity.PLAN:
            return self.select(record_uuid)
        panel = {
            Entity.OPPORTUNITY: self.ui.opportunities,
            Entity.RISK: self.ui.risks,
            Entity.SITE: self.ui.sites,
            Entity.CONTRACT: self.ui.contracts,
            Entity.COMPETITOR: self.ui.competitors,
        }[entity]
        return panel.select(record_uuid)

    def _update_buttons(self) -> None:
        index = self.current_index()
        kind = index.data(KIND_ROLE) if index.isValid() else None
        ui = self.ui
        ui.new_goal.setEnabled(self.account_uuid is not None)
        ui.new_objective.setEnabled(kind is not None)
        ui.new_action.setEnabled(kind in ("objectives", "actions"))
        for button in (ui.edit_item, ui.delete_item):
            button.setEnabled(kind is not None)
        rows = self.tree_model.rowCount(index.parent()) if index.isValid() else 0
        ui.move_up.setEnabled(index.isValid() and index.row() > 0)
        ui.move_down.setEnabled(index.isValid() and index.row() < rows - 1)
        ui.edit_colleague.setEnabled(ui.team.current_uuid() is not None)

    # -- plan edits ------------------------------------------------------------------------

    def _parent_for(self, kind: str) -> uuid.UUID | None:
        """Where a new goal, objective or action goes, from the selection."""
        if kind == "goals":
            return self.account_uuid
        index = self.current_index()
        chain = []
        while index.isValid():
            chain.append(index)
            index = index.parent()
        wanted = {"objectives": "goals", "actions": "objectives"}[kind]
        for candidate in chain:
            if candidate.data(KIND_ROLE) == wanted:
                return candidate.data(UUID_ROLE)
        return None

    def add(self, kind: str) -> uuid.UUID | None:
        parent_uuid = self._parent_for(kind)
        if parent_uuid is None:
            return None
        siblings = KINDS[kind].records.count_for(self.db, parent_uuid)
        created = create_record(self.context, Entity.PLAN, parent_uuid, self, kind=kind, position=siblings)
        if created is not None:
            if self._expanded is not None and parent_uuid != self.account_uuid:
                self._expanded.add(parent_uuid)
                self.ui.tree.setExpanded(self.tree_model.index_of(parent_uuid), True)
            self.select(created)
        return created

    def _add_here(self) -> None:
        kind = self.current_index().data(KIND_ROLE)
        self.add({None: "goals", "goals": "objectives"}.get(kind, "actions"))

    def edit_current(self) -> None:
        index = self.current_index()
        if index.isValid():
            edit_record(self.context, Entity.PLAN, index.data(UUID_ROLE), self, kind=index.data(KIND_ROLE))

    def delete_current(self) -> None:
        index = self.current_index()
        if index.isValid():
            delete_record(self.context, Entity.PLAN, index.data(UUID_ROLE), self, kind=index.data(KIND_ROLE))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == PlanColumn.STATUS:
            self.ui.tree.edit(index)
        else:
            self.edit_current()

    def move(self, delta: int) -> None:
        """Move the selected item up or down among its siblings (one undo step)."""
        index = self.current_index()
        if not index.isValid():
            return
        node = self.tree_model.node(index)
        siblings = [n.record for n in (node.parent.children if node.parent else [])]
        row = index.row()
        target = row + delta
        if not 0 <= target < len(siblings):
            return
        siblings[row], siblings[target] = siblings[target], siblings[row]
        text = (
            QCoreApplication.translate("plan", "Move “{name}” up")
            if delta < 0
            else QCoreApplication.translate("plan", "Move “{name}” down")
        ).format(name=node.record.title)
        command = commands.ReorderRecords(self.db, KINDS[node.kind], siblings, text, bus=self.context.bus)
        self._run(command)
        self.select(node.record.uuid)

    def set_status(self, kind: str, record: Any, status: enums.PlanStatus) -> None:
        """The status picked in the tree, as one undo command (an action done today gets its date)."""
        try:
            current = KINDS[kind].records.get(self.db, record.uuid)
        except PlannerError as error:
            show_error(self, error)
            return
        data = replace(current, status=status)
        if kind == "actions" and status == enums.PlanStatus.DONE and current.done_on is None:
            data = replace(data, done_on=self.today or date.today())
        text = QCoreApplication.translate("plan", "Set “{name}” to {status}").format(
            name=current.title, status=enum_label(status)
        )
        self._run(
            commands.EditRecord(
                self.db, KINDS[kind], record.uuid, data, old=current, text=text, bus=self.context.bus
            )
        )
        self.select(record.uuid)

    def _run(self, command) -> None:
        try:
            perform(self.context.undo_stack, command)
        except PlannerError as error:
            show_error(self, error)

    # -- our team --------------------------------------------------------------------------

    def new_colleague(self) -> None:
        created = create_record(self.context, Entity.TEAM_MEMBER, None, self, kind="team_members")
        if created is not None and self.account_uuid is not None:
            role = create_record(
                self.context,
                Entity.TEAM_MEMBER,
                self.account_uuid,
                self,
                kind="account_team",
                team_member=created,
            )
            if role is not None:
                self.ui.team.select(role)

    def edit_colleague(self) -> None:
        current = self.ui.team.current_uuid()
        if current is None:
            return
        row = self.ui.team.model.row_of(current)
        member = self.ui.team.model.record(row).team_member
        edit_record(self.context, Entity.TEAM_MEMBER, member, self, kind="team_members")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslate()
            if self.account_uuid is not None:
                self._pending = set()
                self.refresh()
        super().changeEvent(event)


def register(workspace) -> None:
    workspace.register_tab(
        PlanTab,
        lambda: QCoreApplication.translate("AccountWorkspace", "Plan"),
        order=40,
        key="plan",
    )
