"""Service commands: saved at once, undone and redone through the planner, broadcast on the bus."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QUndoStack

from planner.changes import Changes, Entity
from planner.errors import ValidationError
from planner.services import accounts
from planner.services.accounts import AccountInput
from ui.undo import ChangeBus, ServiceCommand, UndoActions, perform

from .conftest import ALPENMILCH


@pytest.fixture
def bus(qapp):
    return ChangeBus.instance()


def rename_command(db, account_uuid, new_name: str) -> ServiceCommand:
    before = accounts.get(db, account_uuid)
    old = AccountInput(**{name: getattr(before, name) for name in accounts.EDITABLE})
    new = replace(old, name=new_name)
    return ServiceCommand(
        "Rename Account",
        lambda: accounts.update(db, account_uuid, new),
        lambda: accounts.update(db, account_uuid, old),
    )


def test_an_edit_is_saved_at_once_and_undone_and_redone(qapp, bus, portfolio_db):
    stack = QUndoStack()
    seen: list[Changes] = []
    bus.changed.connect(seen.append)
    uid = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    try:
        changes = perform(stack, rename_command(portfolio_db, uid, "Alpenmilch AG"))
        assert changes.accounts == {uid}
        assert accounts.get(portfolio_db, uid).name == "Alpenmilch AG"
        assert stack.count() == 1 and stack.undoText() == "Rename Account"
        assert len(seen) == 1 and Entity.ACCOUNT in seen[0].entities

        stack.undo()
        assert accounts.get(portfolio_db, uid).name == ALPENMILCH
        stack.redo()
        assert accounts.get(portfolio_db, uid).name == "Alpenmilch AG"
        assert len(seen) == 3
    finally:
        bus.changed.disconnect(seen.append)


def test_a_refused_edit_raises_and_is_not_stacked(qapp, bus, portfolio_db):
    stack = QUndoStack()
    uid = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    with pytest.raises(ValidationError) as refused:
        perform(stack, rename_command(portfolio_db, uid, "   "))
    assert refused.value.field == "name"
    assert stack.count() == 0
    assert accounts.get(portfolio_db, uid).name == ALPENMILCH


def test_a_delete_is_undone_by_restoring(qapp, bus, portfolio_db):
    stack = QUndoStack()
    uid = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    perform(
        stack,
        ServiceCommand(
            "Delete Account",
            lambda: accounts.delete(portfolio_db, uid),
            lambda: accounts.restore(portfolio_db, uid),
        ),
    )
    assert uid not in {a.uuid for a in accounts.list_accounts(portfolio_db)}
    stack.undo()
    assert uid in {a.uuid for a in accounts.list_accounts(portfolio_db)}


def test_a_macro_publishes_its_children_changes_once(qapp, bus, portfolio_db):
    stack = QUndoStack()
    uid = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    seen: list[Changes] = []
    bus.changed.connect(seen.append)
    try:
        macro = ServiceCommand("Rename Twice")
        before = accounts.get(portfolio_db, uid)
        old = AccountInput(**{name: getattr(before, name) for name in accounts.EDITABLE})
        step1, step2 = replace(old, name="Step 1"), replace(old, name="Step 2")
        ServiceCommand(
            "a",
            lambda: accounts.update(portfolio_db, uid, step1),
            lambda: accounts.update(portfolio_db, uid, old),
            parent=macro,
        )
        ServiceCommand(
            "b",
            lambda: accounts.update(portfolio_db, uid, step2),
            lambda: accounts.update(portfolio_db, uid, step1),
            parent=macro,
        )
        perform(stack, macro)
        assert accounts.get(portfolio_db, uid).name == "Step 2"
        assert len(seen) == 1
        stack.undo()
        assert accounts.get(portfolio_db, uid).name == ALPENMILCH
        assert len(seen) == 2
    finally:
        bus.changed.disconnect(seen.append)


def test_an_undo_the_planner_refuses_is_reported_and_dropped(qapp, bus, portfolio_db):
    stack = QUndoStack()
    uid = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    perform(stack, rename_command(portfolio_db, uid, "Renamed"))
    accounts.delete(portfolio_db, uid)  # gone meanwhile, e.g. from the command line
    failures = []
    bus.failed.connect(failures.append)
    try:
        stack.undo()
    finally:
        bus.failed.disconnect(failures.append)
    assert len(failures) == 1 and failures[0].code == "not_found"
    assert stack.count() == 0


def test_batches_publish_one_union(qapp, bus):
    seen: list[Changes] = []
    bus.changed.connect(seen.append)
    try:
        with bus.batch():
            bus.publish(Changes(frozenset({Entity.PERSON})))
            with bus.batch():
                bus.publish(Changes(frozenset({Entity.ACCOUNT})))
        bus.publish(Changes())  # nothing changed: nothing sent
    finally:
        bus.changed.disconnect(seen.append)
    assert seen == [Changes(frozenset({Entity.PERSON, Entity.ACCOUNT}))]


def test_undo_actions_name_the_command(qapp, portfolio_db):
    from PySide6.QtCore import QObject

    owner = QObject()
    stack = QUndoStack(owner)
    actions = UndoActions(stack, owner)
    assert actions.undo.text() == "&Undo" and not actions.undo.isEnabled()
    uid = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    perform(stack, rename_command(portfolio_db, uid, "Alpenmilch AG"))
    assert actions.undo.text() == "&Undo Rename Account" and actions.undo.isEnabled()
    assert actions.undo.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [k.toString() for k in actions.redo.shortcuts()]
    stack.undo()
    assert actions.redo.text() == "&Redo Rename Account"
    assert actions.undo.text() == "&Undo"


def test_macros_are_freed_once(tmp_path):
    """A macro's children belong to it alone: freeing the stack must not free them twice."""
    import os
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    script = tmp_path / "macros.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import gc, sys
            sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
            from PySide6.QtGui import QGuiApplication, QUndoStack
            from planner.changes import Changes
            from ui.undo import ServiceCommand, perform
            app = QGuiApplication([])
            for _ in range(100):
                stack = QUndoStack()
                macro = ServiceCommand("macro")
                for i in range(3):
                    ServiceCommand(str(i), Changes, Changes, parent=macro)
                perform(stack, macro)
                stack.undo()
                stack.redo()
                del macro, stack
                gc.collect()
            print("ok")
            """
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
