"""Undo and redo in the window: Edit menu names the action, views follow each step."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.errors import ValidationError
from planner.services import accounts
from planner.services.accounts import AccountInput
from ui import main_window
from ui.main_window import MainWindow
from ui.models.portfolio import Column
from ui.undo import ServiceCommand, perform

from .conftest import ALPENMILCH, NORDWIND, URALSTAL

#: The shell is tested with the Overview tab only (the other tabs have their own tests).
pytestmark = pytest.mark.usefixtures("only_overview_tab")


@pytest.fixture
def window(qtbot, portfolio_db):
    win = MainWindow(portfolio_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


def names(window: MainWindow) -> list[str]:
    return [window.proxy.index(r, Column.NAME).data() for r in range(window.proxy.rowCount())]


def rename(db, account_uuid, name: str) -> ServiceCommand:
    before = accounts.get(db, account_uuid)
    old = AccountInput(**{f: getattr(before, f) for f in accounts.EDITABLE})
    new = replace(old, name=name)
    return ServiceCommand(
        f"Rename “{before.name}”",
        lambda: accounts.update(db, account_uuid, new),
        lambda: accounts.update(db, account_uuid, old),
    )


def test_an_edit_shows_at_once_and_ctrl_z_takes_it_back(qtbot, window, portfolio_db):
    uid = accounts.resolve(portfolio_db, URALSTAL).uuid
    window.select_account(uid)
    perform(window.undo_stack, rename(portfolio_db, uid, "Уралсталь Холдинг"))
    assert "Уралсталь Холдинг" in names(window)
    assert window.overview.ui.name.text() == "Уралсталь Холдинг"
    assert window.current_account() == uid
    assert window.ui.undo_action.text() == "&Undo Rename “Уралсталь”"
    assert window.ui.undo_action in window.ui.edit_menu.actions()

    qtbot.keyClick(window.ui.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert URALSTAL in names(window)
    assert window.overview.ui.name.text() == URALSTAL
    assert window.ui.redo_action.text() == "&Redo Rename “Уралсталь”"

    qtbot.keyClick(
        window.ui.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.overview.ui.name.text() == "Уралсталь Холдинг"


def test_an_invalid_edit_is_refused_and_leaves_nothing_to_undo(window, portfolio_db):
    uid = accounts.resolve(portfolio_db, NORDWIND).uuid
    with pytest.raises(ValidationError):
        perform(window.undo_stack, rename(portfolio_db, uid, ""))
    assert not window.ui.undo_action.isEnabled()
    assert NORDWIND in names(window)


def test_a_delete_is_one_undoable_step(window, portfolio_db):
    uid = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    window.select_account(uid)
    perform(
        window.undo_stack,
        ServiceCommand(
            "Delete “Alpenmilch”",
            lambda: accounts.delete(portfolio_db, uid),
            lambda: accounts.restore(portfolio_db, uid),
        ),
    )
    assert ALPENMILCH not in names(window)
    assert window.current_account() is not None  # the selection moved on
    window.ui.undo_action.trigger()
    assert ALPENMILCH in names(window)
    assert window.undo_stack.count() == 1 and window.undo_stack.index() == 0


def test_a_slow_portfolio_is_refreshed_in_a_worker(qtbot, window, portfolio_db, monkeypatch):
    from ui import portfolio_loader

    monkeypatch.setattr(portfolio_loader, "SLOW_SECONDS", -1.0)
    uid = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    perform(window.undo_stack, rename(portfolio_db, uid, "Alpenmilch eG"))
    assert window.statusBar().currentMessage() == "Refreshing the portfolio…"
    qtbot.waitUntil(lambda: "Alpenmilch eG" in names(window), timeout=5_000)
    assert window.statusBar().currentMessage() == ""


def test_an_undo_the_planner_refuses_is_reported(qtbot, window, portfolio_db, monkeypatch):
    shown = []
    monkeypatch.setattr(main_window, "show_error", lambda parent, error: shown.append(error))
    uid = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    perform(window.undo_stack, rename(portfolio_db, uid, "Renamed"))
    accounts.delete(portfolio_db, uid)
    window.ui.undo_action.trigger()
    assert [e.code for e in shown] == ["not_found"]
    assert window.undo_stack.count() == 0
