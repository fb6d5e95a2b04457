"""The stakeholder map's edits as undo commands over ``planner.stakeholders``.

Each command is one user intent, with the old state captured when it is built;
redo and undo each call the planner and return its ``Changes`` (``ServiceCommand``
publishes them). Where taking an edit back needs two calls (values, then saved
positions), both run and their changes are published together.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from planner.changes import Changes
from planner.database import Database
from planner.enums import Attitude, LinkKind
from planner.stakeholders import baseline, service
from planner.stakeholders.model import MapLink, MapPerson, View
from ui.undo import ServiceCommand

translate = QCoreApplication.translate

Point = tuple[float, float]


def change_attitude(db: Database, person: MapPerson, attitude: Attitude) -> ServiceCommand:
    old = person.attitude
    return ServiceCommand(
        translate("MapCommands", "Change Attitude"),
        lambda: service.update_person(db, person.uuid, attitude=attitude),
        lambda: service.update_person(db, person.uuid, attitude=old),
    )


def set_owner(db: Database, person: MapPerson, owner: uuid.UUID | None) -> ServiceCommand:
    old = person.owner
    return ServiceCommand(
        translate("MapCommands", "Set Owner"),
        lambda: service.update_person(db, person.uuid, owner=owner),
        lambda: service.update_person(db, person.uuid, owner=old),
    )


def set_reports_to(db: Database, person: MapPerson, manager: uuid.UUID | None) -> ServiceCommand:
    """Draw (or, with None, remove) a reporting line; the planner refuses a cycle."""
    old = person.manager
    text = (
        translate("MapCommands", "Draw Reporting Line")
        if manager is not None
        else translate("MapCommands", "Remove Reporting Line")
    )
    return ServiceCommand(
        text,
        lambda: service.set_reports_to(db, person.uuid, manager),
        lambda: service.set_reports_to(db, person.uuid, old),
    )


class DeletePeople(ServiceCommand):
    """Delete people from the map (soft: undo restores them with their lines and links)."""

    def __init__(self, db: Database, people: list[uuid.UUID]) -> None:
        text = (
            translate("MapCommands", "Delete People")
            if len(people) > 1
            else translate("MapCommands", "Delete Person")
        )
        super().__init__(text)
        self.db, self.people = db, list(people)

    def apply(self) -> Changes:
        changes = Changes()
        for person in self.people:
            changes = changes | service.delete_person(self.db, person)
        return changes

    def revert(self) -> Changes:
        changes = Changes()
        for person in reversed(self.people):
            changes = changes | service.restore_person(self.db, person)
        return changes


class AddLink(ServiceCommand):
    """A new informal link; undo removes it, redo draws it again (a new record each time)."""

    def __init__(
        self,
        db: Database,
        source: uuid.UUID,
        target: uuid.UUID,
        kind: LinkKind,
        *,
        strength: int = 3,
        note: str | None = None,
    ) -> None:
        super().__init__(translate("MapCommands", "Add Link"))
        self.db, self.source, self.target, self.kind = db, source, target, kind
        self.strength, self.note = strength, note
        self.link: uuid.UUID | None = None

    def apply(self) -> Changes:
        changes = service.add_link(
            self.db, self.source, self.target, self.kind, strength=self.strength, note=self.note
        )
        self.link = changes.created[0]
        return changes

    def revert(self) -> Changes:
        assert self.link is not None
        return service.remove_link(self.db, self.link)


class RemoveLink(ServiceCommand):
    """Remove a link; undo draws it again with its kind, strength and note."""

    def __init__(self, db: Database, link: MapLink) -> None:
        super().__init__(translate("MapCommands", "Remove Link"))
        self.db, self.original = db, link
        self.link = link.uuid

    def apply(self) -> Changes:
        return service.remove_link(self.db, self.link)

    def revert(self) -> Changes:
        link = self.original
        changes = service.add_link(
            self.db, link.source, link.target, link.kind, strength=link.strength, note=link.note
        )
        self.link = changes.created[0]
        return changes


class SavePositions(ServiceCommand):
    """Cards dragged on the org chart stay where they were put; undo puts back the old places."""

    def __init__(
        self,
        db: Database,
        account: uuid.UUID,
        positions: Mapping[uuid.UUID, Point],
        before: Mapping[uuid.UUID, Point | None],
        view: View = View.ORG,
    ) -> None:
        text = (
            translate("MapCommands", "Move Cards")
            if len(positions) > 1
            else translate("MapCommands", "Move Card")
        )
        super().__init__(text)
        self.db, self.account, self.view = db, account, view
        self.positions = dict(positions)
        self.before = dict(before)

    def apply(self) -> Changes:
        return service.save_positions(self.db, self.account, self.view, self.positions)

    def revert(self) -> Changes:
        return _restore_positions(self.db, self.account, self.view, self.before)


class ResetLayout(ServiceCommand):
    """Back to the automatic layout of one view; undo brings the saved places back."""

    def __init__(
        self, db: Database, account: uuid.UUID, view: View, saved: Mapping[uuid.UUID, Point]
    ) -> None:
        super().__init__(translate("MapCommands", "Reset Layout"))
        self.db, self.account, self.view, self.saved = db, account, view, dict(saved)

    def apply(self) -> Changes:
        return service.clear_positions(self.db, self.account, self.view)

    def revert(self) -> Changes:
        return service.save_positions(self.db, self.account, self.view, self.saved)


class MoveOnGrid(ServiceCommand):
    """Cards dropped on the power/interest grid take the influence and interest of their cell."""

    def __init__(
        self,
        db: Database,
        account: uuid.UUID,
        drops: Mapping[uuid.UUID, Point],
        people: Mapping[uuid.UUID, MapPerson],
    ) -> None:
        super().__init__(translate("MapCommands", "Move on Grid"))
        self.db, self.account = db, account
        self.drops = dict(drops)
        self.values = {p: (people[p].influence, people[p].interest) for p in self.drops}
        self.before = {p: people[p].grid_position for p in self.drops}

    def apply(self) -> Changes:
        changes = Changes()
        for person, (x, y) in self.drops.items():
            changes = changes | service.move_on_grid(self.db, person, x, y)
        return changes

    def revert(self) -> Changes:
        changes = Changes()
        for person, (influence, interest) in self.values.items():
            changes = changes | service.update_person(self.db, person, influence=influence, interest=interest)
        return changes | _restore_positions(self.db, self.account, View.GRID, self.before)


class SaveBaseline(ServiceCommand):
    """Freeze the map under a name; undo deletes that baseline."""

    def __init__(self, db: Database, account: uuid.UUID, name: str, as_of=None) -> None:
        super().__init__(translate("MapCommands", "Save Baseline"))
        self.db, self.account, self.name, self.as_of = db, account, name, as_of
        self.baseline: uuid.UUID | None = None

    def apply(self) -> Changes:
        changes = baseline.save_baseline(self.db, self.account, self.name, as_of=self.as_of)
        self.baseline = changes.created[0]
        return changes

    def revert(self) -> Changes:
        assert self.baseline is not None
        return baseline.delete_baseline(self.db, self.baseline)


def _restore_positions(
    db: Database, account: uuid.UUID, view: View, before: Mapping[uuid.UUID, Point | None]
) -> Changes:
    placed = {p: xy for p, xy in before.items() if xy is not None}
    automatic = [p for p, xy in before.items() if xy is None]
    changes = Changes()
    if placed:
        changes = changes | service.save_positions(db, account, view, placed)
    if automatic:
        changes = changes | service.clear_positions(db, account, view, automatic)
    return changes
