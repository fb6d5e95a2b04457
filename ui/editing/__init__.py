"""Editing every record of the data model through dialogs, each edit one undoable command.

The public entry points other tabs call::

    from ui.editing import create_record, delete_record, edit_record

    new = create_record(context, Entity.PERSON, account_uuid, self, full_name="Olga")
    edit_record(context, Entity.ORDER, order_uuid, self)
    delete_record(context, Entity.PLAN, action_uuid, self, kind="actions")

``entity`` is the record's ``planner.changes.Entity``; where several kinds share
one (plan goals, objectives and actions are all ``Entity.PLAN``; person links are
``PERSON``; account roles are ``TEAM_MEMBER``) ``kind`` names the
``planner.records`` collection ("goals", "objectives", "actions",
"person_links", "account_team"). ``parent_uuid`` is the account, the goal (for
objectives) or the objective (for actions), None for shared records (colleagues,
exchange rates). Accounts themselves: ``Entity.ACCOUNT`` (parent None).
Every save is at once and in its own transaction; nothing waits for a Save button.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QWidget

from planner.changes import Entity
from planner.errors import PlannerError
from ui.editing.kinds import KINDS, Kind, kind_for
from ui.messages import show_error
from ui.undo import perform
from ui.workspace import WorkspaceContext

__all__ = ["KINDS", "Kind", "create_record", "delete_record", "edit_record", "install", "kind_for"]


def edit_record(
    context: WorkspaceContext,
    entity: Entity,
    record_uuid: uuid.UUID,
    parent: QWidget,
    *,
    kind: str | None = None,
) -> bool:
    """Open the record's dialog; True if the user saved a change (one undo step)."""
    if entity is Entity.ACCOUNT:
        from ui.editing.accounts import edit_account

        return edit_account(context, record_uuid, parent)
    from ui.editing.dialog import RecordDialog

    try:
        dialog = RecordDialog(context, kind_for(entity, kind), record_uuid=record_uuid, parent=parent)
    except PlannerError as error:  # deleted meanwhile
        show_error(parent, error)
        return False
    return bool(dialog.exec())


def create_record(
    context: WorkspaceContext,
    entity: Entity,
    parent_uuid: uuid.UUID | None,
    parent: QWidget,
    *,
    kind: str | None = None,
    **defaults: Any,
) -> uuid.UUID | None:
    """Open an empty dialog (prefilled with ``defaults``); the new record's UUID once saved."""
    if entity is Entity.ACCOUNT:
        from ui.editing.accounts import new_account

        return new_account(context, parent)
    from ui.editing.dialog import RecordDialog

    try:
        dialog = RecordDialog(
            context, kind_for(entity, kind), parent_uuid=parent_uuid, defaults=defaults, parent=parent
        )
    except PlannerError as error:
        show_error(parent, error)
        return None
    return dialog.saved_uuid if dialog.exec() else None


def delete_record(
    context: WorkspaceContext,
    entity: Entity,
    record_uuid: uuid.UUID,
    parent: QWidget,
    *,
    kind: str | None = None,
) -> bool:
    """Ask "Delete person “Olga Smirnova”?", then delete it as one undoable step."""
    from ui.editing.accounts import confirm, delete_account
    from ui.editing.commands import DeleteRecord

    if entity is Entity.ACCOUNT:
        return delete_account(context, record_uuid, parent)
    try:
        command = DeleteRecord(context.db, kind_for(entity, kind), record_uuid, bus=context.bus)
    except PlannerError as error:
        show_error(parent, error)
        return False
    if not confirm(parent, command.text()):
        return False
    try:
        perform(context.undo_stack, command)
    except PlannerError as error:
        show_error(parent, error)
        return False
    return True


def install(window) -> Any:
    """Add the Account menu (New, Edit, Delete account; Our team; Exchange rates) to the main window."""
    from ui.editing.accounts import install as install_menu

    return install_menu(window)
