"""The account workspace: tabs plugged in by registration, loaded lazily, refreshed only when affected."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtGui import QUndoStack

from planner.changes import Changes, Entity
from planner.services import accounts
from ui import tabs
from ui.undo import ChangeBus
from ui.workers import WorkerPool
from ui.workspace import AccountTab, AccountWorkspace, WorkspaceContext

from .conftest import ALPENMILCH, NORDWIND


class CountingTab(AccountTab):
    """Counts its loads; shows people."""

    entities = frozenset({Entity.PERSON})
    opens = frozenset({Entity.PERSON})

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.loads: list[uuid.UUID] = []
        self.opened: list[uuid.UUID] = []

    def load(self, account_uuid):
        super().load(account_uuid)
        self.loads.append(account_uuid)

    def open_record(self, entity, record_uuid):
        self.opened.append(record_uuid)
        return True


@pytest.fixture
def workspace(qtbot, portfolio_db, only_overview_tab):
    widget = AccountWorkspace()
    qtbot.addWidget(widget)
    tabs.install(widget)
    bus = ChangeBus.instance()
    widget.register_tab(CountingTab, "People", order=10, key="people")
    widget.set_context(WorkspaceContext(portfolio_db, QUndoStack(widget), bus, WorkerPool(widget)))
    widget.show()
    yield widget
    widget.detach()


def test_the_overview_is_the_first_tab_and_others_plug_in_by_order(workspace):
    assert workspace.keys == ["overview", "people"]
    assert workspace.tabs.tabText(0) == "Overview"
    assert workspace.tabs.tabText(1) == "People"
    with pytest.raises(ValueError, match="already registered"):
        workspace.register_tab(CountingTab, "People", order=5, key="people")


def test_only_the_tab_on_show_loads_and_the_others_catch_up(workspace, portfolio_db):
    nordwind = accounts.resolve(portfolio_db, NORDWIND).uuid
    alpen = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    people: CountingTab = workspace.tab("people")
    workspace.show_account(nordwind)
    workspace.show_account(alpen)
    assert workspace.tab("overview").account_uuid == alpen
    assert people.loads == []
    workspace.set_current("people")
    assert people.loads == [alpen]
    workspace.set_current("overview")
    workspace.set_current("people")
    assert people.loads == [alpen]  # nothing changed: no second read


def test_a_change_refreshes_only_the_affected_tab_for_its_account(workspace, portfolio_db):
    alpen = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    people: CountingTab = workspace.tab("people")
    workspace.set_current("people")
    workspace.show_account(alpen)
    bus = ChangeBus.instance()
    bus.publish(Changes(frozenset({Entity.ACCOUNT}), frozenset({alpen})))
    assert people.loads == [alpen]  # not a kind of record it shows
    bus.publish(Changes(frozenset({Entity.PERSON}), frozenset({uuid.uuid4()})))
    assert people.loads == [alpen]  # another account's people
    bus.publish(Changes(frozenset({Entity.PERSON}), frozenset({alpen})))
    assert people.loads == [alpen, alpen]
    bus.publish(Changes(frozenset({Entity.DATABASE})))
    assert people.loads == [alpen, alpen, alpen]


def test_records_open_in_the_specialised_tab_before_the_overview(workspace, portfolio_db):
    alpen = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    workspace.show_account(alpen)
    person = uuid.uuid4()
    assert workspace.open_record(Entity.PERSON, person)
    assert workspace.current_key() == "people"
    assert workspace.tab("people").opened == [person]
    assert not workspace.open_record(Entity.ORDER, uuid.uuid4())


def test_a_deleted_account_shows_a_hint(workspace, portfolio_db):
    alpen = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    workspace.show_account(alpen)
    accounts.delete(portfolio_db, alpen)
    ChangeBus.instance().publish(Changes(frozenset({Entity.ACCOUNT}), frozenset({alpen})))
    assert workspace.hint_text == "This account no longer exists."
    assert workspace.account_uuid is None


def test_a_factory_may_decline(qtbot, portfolio_db):
    widget = AccountWorkspace()
    qtbot.addWidget(widget)
    widget.register_tab(lambda context: None, "Nothing yet", order=1)
    widget.set_context(
        WorkspaceContext(portfolio_db, QUndoStack(widget), ChangeBus.instance(), WorkerPool(widget))
    )
    assert widget.keys == []
    widget.detach()


def test_every_tab_module_imports_and_registers():
    import importlib

    names = tabs.tab_modules()
    assert "ui.tabs.overview" in names
    for name in names:
        importlib.import_module(name)  # a tab that cannot be imported fails here, not silently
    workspace = AccountWorkspace()
    registered = tabs.install(workspace)
    assert registered == [n for n in names if hasattr(importlib.import_module(n), "register")]
