"""Edits made on the map: menus on cards and links, drops, drawn links, each an undo command.

``MapEditor`` turns what the user does on the map into commands from
``ui.stakeholders.commands`` and performs them; a refusal by the planner (a
reporting cycle, say) never enters the undo stack and is reported by ``refused``
for the tab to show. The full record opens in the editing dialogs of
``ui.editing`` when that module is present.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, Signal
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from planner.changes import Entity
from planner.enums import Attitude, LinkKind
from planner.errors import PlannerError, ValidationError
from planner.records import account_team
from planner.stakeholders.model import MapLink, MapPerson, StakeholderMap, View
from planner.stakeholders.palette import ATTITUDE_COLOURS
from ui.labels import error_label
from ui.stakeholders import commands, words
from ui.stakeholders.scene import MapScene
from ui.stakeholders.side_list import dot
from ui.undo import ServiceCommand, perform
from ui.workspace import WorkspaceContext

translate = QCoreApplication.translate

Point = tuple[float, float]


def record_editor() -> Callable | None:
    """``ui.editing.edit_record`` if the editing dialogs are part of this build."""
    try:
        from ui.editing import edit_record
    except ImportError:
        return None
    return edit_record


class MapEditor(QObject):
    """Performs the map's edits for the tab; says why when the planner refuses one."""

    #: A refused edit, in words for the message bar.
    refused = Signal(str)

    def __init__(self, context: WorkspaceContext, scene: MapScene, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.scene = scene
        self.widget = parent
        self.account: uuid.UUID | None = None
        #: The whole map of the account (the scene shows a filtered part of it).
        self.full: StakeholderMap | None = None

    @property
    def db(self):
        return self.context.db

    def person(self, person_uuid: uuid.UUID) -> MapPerson | None:
        return self.full.get(person_uuid) if self.full is not None else None

    def perform(self, command: ServiceCommand) -> bool:
        """Carry out ``command``; False (and ``refused``) if the planner says no."""
        try:
            perform(self.context.undo_stack, command)
        except PlannerError as error:
            self.refused.emit(refusal(error))
            return False
        return True

    # -- edits ------------------------------------------------------------------------------

    def change_attitude(self, person_uuid: uuid.UUID, attitude: Attitude) -> bool:
        person = self.person(person_uuid)
        if person is None or person.attitude == attitude:
            return False
        return self.perform(commands.change_attitude(self.db, person, attitude))

    def set_owner(self, person_uuid: uuid.UUID, owner: uuid.UUID | None) -> bool:
        person = self.person(person_uuid)
        if person is None or person.owner == owner:
            return False
        return self.perform(commands.set_owner(self.db, person, owner))

    def reports_to(self, person_uuid: uuid.UUID, manager: uuid.UUID | None) -> bool:
        person = self.person(person_uuid)
        if person is None or person.manager == manager:
            return False
        return self.perform(commands.set_reports_to(self.db, person, manager))

    def add_link(self, source: uuid.UUID, target: uuid.UUID, kind: LinkKind) -> bool:
        return self.perform(commands.AddLink(self.db, source, target, kind))

    def remove_link(self, link: MapLink) -> bool:
        return self.perform(commands.RemoveLink(self.db, link))

    def delete(self, people: Iterable[uuid.UUID]) -> bool:
        chosen = [p for p in (self.person(u) for u in people) if p is not None]
        if not chosen:
            return False
        return self.perform(commands.DeletePeople(self.db, [p.uuid for p in chosen]))

    def edit(self, person_uuid: uuid.UUID) -> bool:
        editor = record_editor()
        if editor is None:
            return False
        return bool(editor(self.context, Entity.PERSON, person_uuid, self.widget))

    def cards_dropped(self, moved: dict[uuid.UUID, tuple[QPointF, QPointF]]) -> bool:
        """Org chart: the cards stay where they were put. Grid: they take their new cell's values."""
        if self.account is None or self.full is None:
            return False
        people = {u: p for u in moved if (p := self.person(u)) is not None}
        if not people:
            return False
        if self.scene.view == View.GRID:
            drops = self.scene.grid_drop(people)
            return self.perform(commands.MoveOnGrid(self.db, self.account, drops, people))
        positions = {u: (after.x(), after.y()) for u, (_before, after) in moved.items() if u in people}
        before = {u: people[u].org_position for u in positions}
        return self.perform(commands.SavePositions(self.db, self.account, positions, before))

    def reset_layout(self, view: View) -> bool:
        """Forget the places the user gave cards on one view (undo brings them back)."""
        if self.account is None or self.full is None:
            return False
        saved = {p.uuid: (p.org_position if view == View.ORG else p.grid_position) for p in self.full.people}
        saved = {u: xy for u, xy in saved.items() if xy is not None}
        if not saved:
            return False
        return self.perform(commands.ResetLayout(self.db, self.account, view, saved))

    # -- menus ------------------------------------------------------------------------------

    def card_menu(self, person_uuid: uuid.UUID, parent: QWidget) -> QMenu:
        """Edit…, Change attitude ▸, Set owner ▸, Remove reporting line, Delete."""
        person = self.person(person_uuid)
        menu = QMenu(parent)
        menu.setObjectName("cardMenu")
        if person is None:
            return menu
        if record_editor() is not None:
            edit = menu.addAction(translate("MapEditor", "&Edit…"), lambda: self.edit(person_uuid))
            edit.setObjectName("editPerson")
            edit.setShortcut(QKeySequence("Return"))
            menu.setDefaultAction(edit)
        attitudes = menu.addMenu(translate("MapEditor", "Change &Attitude"))
        attitudes.setObjectName("attitudeMenu")
        group = QActionGroup(attitudes)
        for attitude in Attitude:
            action = attitudes.addAction(dot(ATTITUDE_COLOURS[attitude][0]), words.attitude(attitude))
            action.setObjectName(f"attitude_{attitude.value}")
            action.setCheckable(True)
            action.setChecked(attitude == person.attitude)
            group.addAction(action)
            action.triggered.connect(lambda _=False, a=attitude: self.change_attitude(person_uuid, a))
        owners = menu.addMenu(translate("MapEditor", "Set &Owner"))
        owners.setObjectName("ownerMenu")
        group = QActionGroup(owners)
        for member, name in [(None, translate("MapEditor", "No owner")), *self._team(person)]:
            action = owners.addAction(name)
            action.setCheckable(True)
            action.setChecked(member == person.owner)
            group.addAction(action)
            action.triggered.connect(lambda _=False, m=member: self.set_owner(person_uuid, m))
        if person.manager is not None:
            menu.addAction(
                translate("MapEditor", "&Remove Reporting Line"), lambda: self.reports_to(person_uuid, None)
            ).setObjectName("removeReporting")
        menu.addSeparator()
        delete = menu.addAction(
            translate("MapEditor", "&Delete"), lambda: self.delete(self._targets(person_uuid))
        )
        delete.setObjectName("deletePerson")
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        return menu

    def link_kind_menu(self, source: uuid.UUID, target: uuid.UUID, parent: QWidget) -> QMenu:
        """What the line just drawn from ``source`` to ``target`` means."""
        menu = QMenu(parent)
        menu.setObjectName("linkKindMenu")
        a, b = self.person(source), self.person(target)
        if a is None or b is None:
            return menu
        menu.addSection(f"{a.name} → {b.name}")
        menu.addAction(
            translate("MapEditor", "&Reports to"), lambda: self.reports_to(source, target)
        ).setObjectName("link_reports")
        labels = {
            LinkKind.INFLUENCE: translate("MapEditor", "&Influences"),
            LinkKind.ALLY: translate("MapEditor", "&Ally"),
            LinkKind.CONFLICT: translate("MapEditor", "In &conflict with"),
        }
        for kind, label in labels.items():
            action = menu.addAction(label, lambda k=kind: self.add_link(source, target, k))
            action.setObjectName(f"link_{kind}")
        return menu

    def link_menu(self, link: MapLink, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.setObjectName("linkMenu")
        menu.addAction(translate("MapEditor", "&Remove Link"), lambda: self.remove_link(link)).setObjectName(
            "removeLink"
        )
        return menu

    def _targets(self, person_uuid: uuid.UUID) -> list[uuid.UUID]:
        chosen = self.scene.selected_people()
        return chosen if person_uuid in chosen else [person_uuid]

    def _team(self, person: MapPerson) -> list[tuple[uuid.UUID, str]]:
        """The account team (each colleague once), and the person's owner if not on it."""
        found: dict[uuid.UUID, str] = {}
        if self.account is not None:
            for member in account_team.list_for(self.db, self.account, limit=200):
                found.setdefault(member.team_member, member.team_member_name or "?")
        if person.owner is not None and person.owner not in found:
            found[person.owner] = person.owner_name or "?"
        return sorted(found.items(), key=lambda item: item[1].casefold())


def refusal(error: PlannerError) -> str:
    """A planner refusal in the user's words, naming the rule where we know it."""
    if isinstance(error, ValidationError):
        if error.field == "manager" and "cycle" in error.reason:
            return translate(
                "MapEditor",
                "Not drawn: that reporting line would make a cycle "
                "(someone would end up reporting to their own report).",
            )
        if error.field == "manager":
            return translate("MapEditor", "Not drawn: a person cannot report to themselves.")
        if error.field == "kind" and "already" in error.reason:
            return translate("MapEditor", "These two people are already linked this way.")
        if error.field == "target":
            return translate("MapEditor", "A link joins two different people of the same account.")
    return f"{error_label(error.code)} {error.detail}"
