"""Undoable timeline edits: a quick-logged interaction (undo deletes it, redo restores it)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from planner.changes import Changes
from planner.database import Database
from planner.enums import Direction, InteractionKind
from planner.timeline import quicklog
from ui.labels import interaction_kind_label
from ui.undo import ChangeBus, ServiceCommand


class CreateInteraction(ServiceCommand):
    """Log one interaction; the first run creates it, undo soft-deletes it, redo brings it back."""

    def __init__(
        self,
        db: Database,
        account_uuid: uuid.UUID,
        kind: InteractionKind,
        subject: str | None,
        *,
        summary: str | None = None,
        occurred_at: datetime | None = None,
        people: Sequence[uuid.UUID] = (),
        team_members: Sequence[uuid.UUID] = (),
        direction: Direction = Direction.OUTBOUND,
        bus: ChangeBus | None = None,
    ) -> None:
        kind_text = interaction_kind_label(kind).lower()
        title = (" ".join((subject or "").split()) or " ".join((summary or "").split()))[:60]
        if title:
            text = QCoreApplication.translate("CreateInteraction", "Log {kind} “{subject}”").format(
                kind=kind_text, subject=title
            )
        else:
            text = QCoreApplication.translate("CreateInteraction", "Log {kind}").format(kind=kind_text)
        super().__init__(text, bus=bus)
        self.db = db
        self.account_uuid = account_uuid
        self.arguments = dict(
            kind=kind,
            subject=subject,
            summary=summary,
            occurred_at=occurred_at,
            people=tuple(people),
            team_members=tuple(team_members),
            direction=direction,
        )

    @property
    def interaction_uuid(self) -> uuid.UUID | None:
        return self.created[0] if self.created else None

    def apply(self) -> Changes:
        if self.created:
            return quicklog.restore_interaction(self.db, self.created[0])
        return quicklog.log_interaction(self.db, self.account_uuid, **self.arguments)

    def revert(self) -> Changes:
        return quicklog.delete_interaction(self.db, self.created[0])
