"""Adding the people an import proposed (unknown addresses at a client's domain), as one undo step.

There is no bulk service for people, so the command creates them one by one; if one
is refused, the ones already created are removed again before the error is shown,
so the step is all or nothing. Undo deletes them, redo restores those very records.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from planner import records
from planner.changes import Changes
from planner.database import Database
from planner.enums import ContactKind
from planner.importers.report import Proposal
from planner.records import ContactInput, PersonInput, Snapshot
from ui.undo import ChangeBus, ServiceCommand


def person_input(proposal: Proposal) -> PersonInput:
    """A new person from a proposal: the name the mail gave, else the address."""
    name = (proposal.name or "").strip() or proposal.email
    return PersonInput(
        full_name=name, contacts=(ContactInput(ContactKind.EMAIL, proposal.email, is_primary=True),)
    )


class AddProposedPeople(ServiceCommand):
    """Create a person per proposal at its account; undo deletes them, redo restores them."""

    def __init__(self, db: Database, proposals: Sequence[Proposal], *, bus: ChangeBus | None = None) -> None:
        text = QCoreApplication.translate("AddProposedPeople", "Add {count} people from the import").format(
            count=len(proposals)
        )
        if len(proposals) == 1:
            name = (proposals[0].name or proposals[0].email).strip()
            text = QCoreApplication.translate("AddProposedPeople", "Add person “{name}”").format(name=name)
        super().__init__(text, bus=bus)
        self.db = db
        self.proposals = tuple(proposals)
        self._snapshots: list[Snapshot] = []

    def apply(self) -> Changes:
        if self._snapshots:
            changes = Changes()
            for snapshot in self._snapshots:
                changes = changes | records.undelete(self.db, snapshot)
            self._snapshots = []
            return changes
        changes = Changes()
        try:
            for proposal in self.proposals:
                changes = changes | records.people.create(
                    self.db, proposal.account_uuid, person_input(proposal)
                )
        except Exception:
            for created in reversed(changes.created):
                records.people.delete(self.db, created)
            raise
        return changes

    def revert(self) -> Changes:
        changes = Changes()
        snapshots = []
        for created in reversed(self.created):
            deleted = records.people.delete(self.db, created)
            snapshots.append(deleted.snapshot)
            changes = changes | Changes(deleted.entities, deleted.accounts)
        self._snapshots = list(reversed(snapshots))
        return changes
