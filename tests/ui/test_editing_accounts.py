"""Accounts: the profile dialog (a stage change asks why), delete with undo, and the Account menu."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from planner import enums
from planner.services import accounts
from ui.editing import accounts as account_editing
from ui.editing.accounts import AccountDialog
from ui.editing.commands import DeleteAccount
from ui.undo import perform

from .conftest import ALPENMILCH
from .test_editing_support import context_for


@pytest.fixture
def context(qapp, portfolio_db):
    return context_for(portfolio_db)


def test_a_new_account_is_one_undoable_step(qtbot, context, portfolio_db):
    dialog = AccountDialog(context)
    qtbot.addWidget(dialog)
    assert "reason" not in dialog.form.editors  # nothing to explain for a new account
    dialog.form.editors["name"].setText("Сибирский цемент")
    dialog.form.set_value("currency", "RUB")
    dialog.form.editors["annual_revenue"].line.setText("2,500,000")
    dialog.accept()
    created = dialog.saved_uuid
    detail = accounts.get(portfolio_db, created)
    assert (detail.name, detail.currency, detail.annual_revenue) == (
        "Сибирский цемент",
        "RUB",
        Decimal(2500000),
    )
    assert context.undo_stack.undoText() == "Add account “Сибирский цемент”"
    context.undo_stack.undo()
    assert created not in {a.uuid for a in accounts.list_accounts(portfolio_db)}
    context.undo_stack.redo()
    assert accounts.get(portfolio_db, created).name == "Сибирский цемент"


def test_a_stage_change_asks_for_its_reason_which_enters_the_history(qtbot, context, portfolio_db):
    account = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    dialog = AccountDialog(context, account)
    qtbot.addWidget(dialog)
    reason = dialog.form.editors["reason"]
    assert not reason.isEnabled()
    dialog.form.set_value("stage", enums.LifecycleStage.ONBOARDING)
    assert reason.isEnabled()
    reason.setText("Pilot order placed")
    dialog.accept()
    detail = accounts.get(portfolio_db, account)
    assert detail.stage is enums.LifecycleStage.ONBOARDING
    assert detail.stage_history[-1].reason == "Pilot order placed"
    assert context.undo_stack.undoText() == f"Edit account “{ALPENMILCH}”"
    context.undo_stack.undo()
    assert accounts.get(portfolio_db, account).stage is enums.LifecycleStage.PROSPECT


def test_a_refused_profile_shows_the_reason_under_the_field(qtbot, context, portfolio_db):
    account = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    dialog = AccountDialog(context, account)
    qtbot.addWidget(dialog)
    dialog.form.editors["wallet_spend"].line.setText("10")
    dialog.accept()
    assert dialog.form.problem("wallet_spend").startswith("The client’s spend in our categories")
    assert dialog.result() != QDialog.DialogCode.Accepted and context.undo_stack.count() == 0


def test_deleting_an_account_asks_and_can_be_undone(qtbot, context, portfolio_db, monkeypatch):
    account = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    monkeypatch.setattr(
        account_editing, "confirm", lambda parent, text: text == f"Delete account “{ALPENMILCH}”"
    )
    assert account_editing.delete_account(context, account, None)
    assert account not in {a.uuid for a in accounts.list_accounts(portfolio_db)}
    context.undo_stack.undo()
    assert accounts.get(portfolio_db, account).name == ALPENMILCH
    perform(context.undo_stack, DeleteAccount(portfolio_db, account, bus=context.bus))
    context.undo_stack.undo()
    assert accounts.get(portfolio_db, account).name == ALPENMILCH


def test_the_account_menu_creates_edits_and_deletes(qtbot, portfolio_db, monkeypatch):
    from ui import editing
    from ui.main_window import MainWindow

    window = MainWindow(portfolio_db)
    qtbot.addWidget(window)
    menu = editing.install(window)
    assert menu.menu.title() == "&Account"
    assert window.menuBar().actions().index(menu.menu.menuAction()) < window.menuBar().actions().index(
        window.ui.help_menu.menuAction()
    )
    assert menu.edit_action.isEnabled() and menu.delete_action.isEnabled()

    def save_new(dialog):
        if dialog.detail is None:
            dialog.form.editors["name"].setText("Ostsee Reederei")
        else:
            dialog.form.editors["industry"].setText("Shipping")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AccountDialog, "exec", save_new)
    menu.new_action.trigger()
    created = accounts.resolve(portfolio_db, "Ostsee Reederei").uuid
    assert window.current_account() == created  # the new account is selected
    menu.edit_action.trigger()
    assert accounts.get(portfolio_db, created).industry == "Shipping"
    monkeypatch.setattr(account_editing, "confirm", lambda parent, text: True)
    menu.delete_action.trigger()
    assert created not in {a.uuid for a in accounts.list_accounts(portfolio_db)}
    assert window.undo_stack.undoText() == "Delete account “Ostsee Reederei”"
    window.close()


def test_the_overview_edits_its_account(qtbot, context, portfolio_db, monkeypatch):
    from ui.tabs.overview import OverviewTab

    tab = OverviewTab(context)
    qtbot.addWidget(tab)
    account = accounts.resolve(portfolio_db, ALPENMILCH).uuid
    tab.load(account)
    assert tab.edit_button.text() == "Edit account…"

    def rename(dialog):
        dialog.form.editors["name"].setText("Alpenmilch AG")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AccountDialog, "exec", rename)
    tab.edit_button.click()
    assert accounts.get(portfolio_db, account).name == "Alpenmilch AG"
    assert context.undo_stack.undoText() == f"Edit account “{ALPENMILCH}”"
