"""Undo commands for editing records: one QUndoCommand per user intent, named for the Edit menu.

Built on ``ui.undo.ServiceCommand``: the first run happens in ``perform`` (a
refused edit raises and never enters the stack), and every later redo/undo calls
the same planner services. The state needed to go back is captured when the
command is built (``EditRecord``: the old read-model) or when it first runs
(``DeleteRecord``: the delete's snapshot), never read back at undo time.
"""

from __future__ import annotations

import uuid
from dataclasses import fields
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner import records
from planner.changes import Changes
from planner.database import Database
from planner.errors import PlannerError
from planner.records import Snapshot
from planner.services import accounts
from planner.services.accounts import AccountInput
from ui.editing.kinds import Kind
from ui.undo import ChangeBus, ServiceCommand

CONTEXT = "editing"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class CreateStep:
    """Adding a record: undone by deleting it, redone by bringing that very record back."""

    def __init__(self, db: Database, kind: Kind, parent_uuid: uuid.UUID | None, data: Any) -> None:
        self.db, self.kind, self.parent_uuid, self.data = db, kind, parent_uuid, data
        self.record_uuid: uuid.UUID | None = None
        self.snapshot: Snapshot | None = None

    def apply(self) -> Changes:
        if self.snapshot is not None:
            return records.undelete(self.db, self.snapshot)
        changes = self.kind.records.create(self.db, self.parent_uuid, self.data)
        self.record_uuid = changes.created[0]
        return changes

    def revert(self) -> Changes:
        deleted = self.kind.records.delete(self.db, self.record_uuid)
        self.snapshot = deleted.snapshot
        return deleted


class EditStep:
    """Writing new fields over a record; undone by writing back the read-model captured before."""

    def __init__(self, db: Database, kind: Kind, record_uuid: uuid.UUID, data: Any, old: Any) -> None:
        self.db, self.kind, self.record_uuid, self.data, self.old = db, kind, record_uuid, data, old

    def apply(self) -> Changes:
        return self.kind.records.update(self.db, self.record_uuid, self.data)

    def revert(self) -> Changes:
        return self.kind.records.update(self.db, self.record_uuid, self.old)


class DeleteStep:
    """Deleting a record; undone with the delete's snapshot (which also re-links what it cut)."""

    def __init__(self, db: Database, kind: Kind, record_uuid: uuid.UUID) -> None:
        self.db, self.kind, self.record_uuid = db, kind, record_uuid
        self.snapshot: Snapshot | None = None

    def apply(self) -> Changes:
        deleted = self.kind.records.delete(self.db, self.record_uuid)
        self.snapshot = deleted.snapshot
        return deleted

    def revert(self) -> Changes:
        assert self.snapshot is not None
        return records.undelete(self.db, self.snapshot)


class StepsCommand(ServiceCommand):
    """One user intent made of steps run in order (and undone last first).

    Steps are plain objects rather than child QUndoCommands: a parent command
    deleting its Python-owned children crashes PySide when the stack goes.
    Prefer one step (one transaction); several are for intents the planner has
    no single call for (replace a survey answer).
    """

    def __init__(self, text: str, steps: list, *, bus: ChangeBus | None = None) -> None:
        super().__init__(text, bus=bus)
        self.steps = list(steps)

    def apply(self) -> Changes:
        changes = Changes()
        done = []
        try:
            for step in self.steps:
                changes = changes | step.apply()
                done.append(step)
        except PlannerError:
            for step in reversed(done):  # each step was its own transaction: take back the ones made
                step.revert()
            raise
        return changes

    def revert(self) -> Changes:
        changes = Changes()
        for step in reversed(self.steps):
            changes = changes | step.revert()
        return changes


class CreateRecord(StepsCommand):
    """Add a record; undo deletes it, redo brings that very record back (same UUID)."""

    def __init__(
        self,
        db: Database,
        kind: Kind,
        parent_uuid: uuid.UUID | None,
        data: Any,
        *,
        bus: ChangeBus | None = None,
    ) -> None:
        self.step = CreateStep(db, kind, parent_uuid, data)
        super().__init__(_tr(kind.new_title), [self.step], bus=bus)
        self.kind = kind

    @property
    def record_uuid(self) -> uuid.UUID | None:
        return self.step.record_uuid

    def apply(self) -> Changes:
        first = self.step.record_uuid is None
        changes = super().apply()
        if first:  # named after the record as saved (with the names of what it refers to)
            record = self.kind.records.get(self.step.db, self.step.record_uuid)
            self.setText(self.kind.text(self.kind.create_text, record))
        return changes


class EditRecord(StepsCommand):
    """Replace a record's fields with ``data``; undo writes back the read-model captured now."""

    def __init__(
        self,
        db: Database,
        kind: Kind,
        record_uuid: uuid.UUID,
        data: Any,
        *,
        old: Any = None,
        text: str | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        old = old if old is not None else kind.records.get(db, record_uuid)
        super().__init__(
            text or kind.text(kind.edit_text, old), [EditStep(db, kind, record_uuid, data, old)], bus=bus
        )
        self.old, self.data, self.record_uuid = old, data, record_uuid


class DeleteRecord(StepsCommand):
    """Delete a record; undo restores it with everything the delete cut (its snapshot)."""

    def __init__(
        self, db: Database, kind: Kind, record_uuid: uuid.UUID, *, bus: ChangeBus | None = None
    ) -> None:
        self.record = kind.records.get(db, record_uuid)
        text = kind.text(kind.delete_text, self.record)
        super().__init__(text, [DeleteStep(db, kind, record_uuid)], bus=bus)
        self.record_uuid = record_uuid


class ReplaceRecord(StepsCommand):
    """Correct a record that is history and never rewritten (a survey answer): add anew, delete it.

    The new one is added first, so a refused correction leaves the old one untouched. On
    undo the new record goes and the old one is back; the new one's UUID is ``record_uuid``.
    """

    def __init__(
        self, db: Database, kind: Kind, record_uuid: uuid.UUID, data: Any, *, bus: ChangeBus | None = None
    ) -> None:
        old = kind.records.get(db, record_uuid)
        self.added = CreateStep(db, kind, old.parent_uuid, data)
        super().__init__(
            kind.text(kind.edit_text, old), [self.added, DeleteStep(db, kind, record_uuid)], bus=bus
        )

    @property
    def record_uuid(self) -> uuid.UUID | None:
        return self.added.record_uuid


class ReorderRecords(ServiceCommand):
    """Give siblings (goals, objectives or actions) the positions of ``ordered``: one intent,
    one transaction. Only records whose position changes are written; undo puts every old
    position back, as captured here."""

    def __init__(
        self, db: Database, kind: Kind, ordered: list[Any], text: str, *, bus: ChangeBus | None = None
    ) -> None:
        super().__init__(text, bus=bus)
        self.db, self.kind = db, kind
        moved = [(position, record) for position, record in enumerate(ordered) if record.position != position]
        self.new = {record.uuid: position for position, record in moved}
        self.old = {record.uuid: record.position for _, record in moved}

    def apply(self) -> Changes:
        return self.kind.records.reorder(self.db, self.new)

    def revert(self) -> Changes:
        return self.kind.records.reorder(self.db, self.old)


def account_input(detail: Any) -> AccountInput:
    """The editable profile of an ``AccountDetail`` (or any object with those fields)."""
    return AccountInput(**{f.name: getattr(detail, f.name) for f in fields(AccountInput)})


class CreateAccount(ServiceCommand):
    """Add an account; undo deletes it (softly), redo restores that same account."""

    def __init__(self, db: Database, data: AccountInput, *, bus: ChangeBus | None = None) -> None:
        text = QCoreApplication.translate("editing", "Add account “{name}”").format(name=data.name.strip())
        super().__init__(text, bus=bus)
        self.db, self.data = db, data
        self.account_uuid: uuid.UUID | None = None

    def apply(self) -> Changes:
        if self.account_uuid is not None:
            return accounts.restore(self.db, self.account_uuid)
        changes = accounts.create(self.db, self.data)
        self.account_uuid = changes.created[0]
        return changes

    def revert(self) -> Changes:
        return accounts.delete(self.db, self.account_uuid)


class EditAccount(ServiceCommand):
    """Replace an account's profile; a stage change enters the stage history with its reason."""

    def __init__(
        self,
        db: Database,
        account_uuid: uuid.UUID,
        data: AccountInput,
        reason: str | None = None,
        *,
        bus: ChangeBus | None = None,
    ) -> None:
        self.old = account_input(accounts.get(db, account_uuid))
        text = QCoreApplication.translate("editing", "Edit account “{name}”").format(name=self.old.name)
        super().__init__(text, bus=bus)
        self.db, self.account_uuid, self.data, self.reason = db, account_uuid, data, reason

    def apply(self) -> Changes:
        return accounts.update(self.db, self.account_uuid, self.data, reason=self.reason)

    def revert(self) -> Changes:
        reason = (
            QCoreApplication.translate("editing", "Stage change undone")
            if self.old.stage != self.data.stage
            else None
        )
        return accounts.update(self.db, self.account_uuid, self.old, reason=reason)


class DeleteAccount(ServiceCommand):
    """Delete an account (softly: its history stays); undo restores it."""

    def __init__(self, db: Database, account_uuid: uuid.UUID, *, bus: ChangeBus | None = None) -> None:
        name = accounts.get(db, account_uuid).name
        super().__init__(
            QCoreApplication.translate("editing", "Delete account “{name}”").format(name=name), bus=bus
        )
        self.db, self.account_uuid = db, account_uuid

    def apply(self) -> Changes:
        return accounts.delete(self.db, self.account_uuid)

    def revert(self) -> Changes:
        return accounts.restore(self.db, self.account_uuid)
