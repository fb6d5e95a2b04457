"""Create, edit and delete records through ``ui.editing`` — when that module exists.

The record dialogs and their undoable commands are ``ui.editing``'s
(``create_record``/``edit_record``/``delete_record(context, Entity.X, ...)``). Until it
is part of the build, ``available()`` is False and the tab hides its editing actions
instead of offering buttons that do nothing.
"""

from __future__ import annotations

import importlib
import uuid
from types import ModuleType

from PySide6.QtWidgets import QWidget

from planner.changes import Entity
from ui.workspace import WorkspaceContext

MODULE = "ui.editing"
OPERATIONS = ("create_record", "edit_record", "delete_record")


def module() -> ModuleType | None:
    """``ui.editing`` if it is importable and offers the three operations, else None."""
    try:
        found = importlib.import_module(MODULE)
    except ImportError:
        return None
    if not all(callable(getattr(found, name, None)) for name in OPERATIONS):
        return None
    return found


def available() -> bool:
    return module() is not None


def _call(name: str, context: WorkspaceContext, entity: Entity, record: uuid.UUID, parent: QWidget):
    editing = module()
    if editing is None:
        return None
    return getattr(editing, name)(context, entity, record, parent)


def create(context: WorkspaceContext, entity: Entity, account_uuid: uuid.UUID, parent: QWidget):
    """Open the dialog for a new record of ``entity`` under the account."""
    return _call("create_record", context, entity, account_uuid, parent)


def edit(context: WorkspaceContext, entity: Entity, record_uuid: uuid.UUID, parent: QWidget):
    return _call("edit_record", context, entity, record_uuid, parent)


def delete(context: WorkspaceContext, entity: Entity, record_uuid: uuid.UUID, parent: QWidget):
    return _call("delete_record", context, entity, record_uuid, parent)
