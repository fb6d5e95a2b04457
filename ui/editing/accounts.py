"""Creating, editing and deleting accounts: the profile dialog and the Account menu.

An edit that changes the lifecycle stage asks for the reason, which enters the
account's stage history. Deleting is soft (the account's history stays) and
undoable like any other edit.
"""

from __future__ import annotations

import uuid
import weakref
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from planner.errors import PlannerError
from planner.services import accounts
from planner.services.accounts import AccountInput
from ui.editing import commands
from ui.editing.dialog import FormDialog
from ui.editing.dialogs import account as account_form
from ui.editing.form import FormContext
from ui.messages import show_error
from ui.undo import ServiceCommand, perform
from ui.workspace import WorkspaceContext

CONTEXT = "editing"


class AccountDialog(FormDialog):
    """A new account (``account_uuid`` None) or an account's profile."""

    def __init__(
        self, context: WorkspaceContext, account_uuid: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        self.detail = accounts.get(context.db, account_uuid) if account_uuid is not None else None
        editing = self.detail is not None
        ctx = FormContext(context.db, account_uuid, self.detail)
        title = (
            QCoreApplication.translate("editing", "Edit account")
            if editing
            else QCoreApplication.translate("editing", "New account")
        )
        super().__init__(context, account_form.definition(editing=editing), ctx, title, parent)
        self.setObjectName("accountDialog")
        self.account_uuid = account_uuid
        if self.detail is not None:
            self.form.fill(commands.account_input(self.detail))
            stage = self.form.editors["stage"]
            stage.changed.connect(self._stage_changed)
            self._stage_changed()
        else:
            self.form.fill(None)
        #: The account saved (the new one's UUID after a create).
        self.saved_uuid: uuid.UUID | None = None

    def _stage_changed(self) -> None:
        changed = self.form.value("stage") != self.detail.stage
        self.form.editors["reason"].setEnabled(changed)

    def build_command(self, values: dict[str, Any]) -> ServiceCommand:
        reason = values.pop("reason", None)
        db, bus = self.context.db, self.context.bus
        if self.detail is None:
            defaults = {"name": None}
            return commands.CreateAccount(db, AccountInput(**{**defaults, **values}), bus=bus)
        base = commands.account_input(self.detail)
        data = AccountInput(**{**base.__dict__, **values})
        if data.stage == self.detail.stage:
            reason = None
        return commands.EditAccount(db, self.account_uuid, data, reason, bus=bus)

    def saved(self, command: ServiceCommand) -> None:
        self.saved_uuid = getattr(command, "account_uuid", None)


def new_account(context: WorkspaceContext, parent: QWidget) -> uuid.UUID | None:
    dialog = AccountDialog(context, None, parent)
    return dialog.saved_uuid if dialog.exec() else None


def edit_account(context: WorkspaceContext, account_uuid: uuid.UUID, parent: QWidget) -> bool:
    return bool(AccountDialog(context, account_uuid, parent).exec())


def delete_account(context: WorkspaceContext, account_uuid: uuid.UUID, parent: QWidget) -> bool:
    """Ask, then delete the account (undoable)."""
    try:
        command = commands.DeleteAccount(context.db, account_uuid, bus=context.bus)
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


def confirm(parent: QWidget, action: str) -> bool:
    """Ask before a delete: "Delete order 4500337261?" — it can be undone, and says so."""
    box = QMessageBox(parent)
    box.setObjectName("confirmDelete")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("editing", "Delete"))
    box.setText(QCoreApplication.translate("editing", "{action}?").format(action=action))
    box.setInformativeText(
        QCoreApplication.translate("editing", "You can take this back with Edit ▸ Undo (Ctrl+Z).")
    )
    delete = box.addButton(
        QCoreApplication.translate("editing", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QCoreApplication.translate("editing", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(delete)
    box.exec()
    return box.clickedButton() is delete


class AccountMenu(QObject):
    """The main window's Account menu: New account…, Edit account…, Delete account."""

    def __init__(self, window) -> None:
        super().__init__(window)
        # Weak: the window owns this menu; a strong reference back would make a cycle for the GC.
        self._window = weakref.ref(window)
        self.menu = QMenu(window)
        self.menu.setObjectName("accountMenu")
        self.new_action = QAction(window)
        self.new_action.setObjectName("newAccountAction")
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_action = QAction(window)
        self.edit_action.setObjectName("editAccountAction")
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.delete_action = QAction(window)
        self.delete_action.setObjectName("deleteAccountAction")
        self.delete_action.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        self.rates_action = QAction(window)
        self.rates_action.setObjectName("exchangeRatesAction")
        self.team_action = QAction(window)
        self.team_action.setObjectName("ourTeamAction")
        self.quality_action = QAction(window)
        self.quality_action.setObjectName("qualityRecordsAction")
        for action in (self.new_action, self.edit_action, self.delete_action):
            self.menu.addAction(action)
        self.menu.addAction(self.quality_action)
        self.menu.addSeparator()
        self.menu.addAction(self.team_action)
        self.menu.addAction(self.rates_action)
        self.new_action.triggered.connect(self.new)
        self.edit_action.triggered.connect(self.edit)
        self.delete_action.triggered.connect(self.delete)
        self.rates_action.triggered.connect(lambda: self._shared_list("fx_rates"))
        self.team_action.triggered.connect(lambda: self._shared_list("team_members"))
        self.quality_action.triggered.connect(self.quality)
        self.menu.aboutToShow.connect(self._update)
        window.ui.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        window.installEventFilter(self)
        self.retranslate()
        self._update()

    def window(self):
        """The main window this menu belongs to."""
        return self._window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window() and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def context(self) -> WorkspaceContext:
        w = self.window()
        return WorkspaceContext(
            db=w.database, undo_stack=w.undo_stack, bus=w.bus, workers=w.workers, open_record=w.open_record
        )

    def _update(self) -> None:
        selected = self.window().current_account() is not None
        self.edit_action.setEnabled(selected)
        self.delete_action.setEnabled(selected)
        self.quality_action.setEnabled(selected)

    def new(self) -> None:
        created = new_account(self.context(), self.window())
        if created is not None:
            self.window().reload()
            self.window().select_account(created, clear_filter=True)

    def edit(self) -> None:
        account = self.window().current_account()
        if account is not None:
            edit_account(self.context(), account, self.window())

    def delete(self) -> None:
        account = self.window().current_account()
        if account is not None:
            delete_account(self.context(), account, self.window())

    def _shared_list(self, key: str, account: uuid.UUID | None = None) -> None:
        from ui.editing.lists import SharedRecordsDialog

        SharedRecordsDialog(self.context(), key, self.window(), parent_uuid=account).exec()

    def quality(self) -> None:
        """The selected account's quality records (inspected and defective units)."""
        account = self.window().current_account()
        if account is not None:
            self._shared_list("quality_records", account)

    def retranslate(self) -> None:
        self.menu.setTitle(QCoreApplication.translate("editing", "&Account"))
        self.new_action.setText(QCoreApplication.translate("editing", "&New Account…"))
        self.new_action.setStatusTip(QCoreApplication.translate("editing", "Add an account to the portfolio"))
        self.edit_action.setText(QCoreApplication.translate("editing", "&Edit Account…"))
        self.edit_action.setStatusTip(
            QCoreApplication.translate("editing", "Edit the selected account’s profile")
        )
        self.delete_action.setText(QCoreApplication.translate("editing", "&Delete Account"))
        self.delete_action.setStatusTip(
            QCoreApplication.translate("editing", "Delete the selected account (can be undone)")
        )
        self.quality_action.setText(QCoreApplication.translate("editing", "&Quality Records…"))
        self.quality_action.setStatusTip(
            QCoreApplication.translate("editing", "Inspected and defective units of the selected account")
        )
        self.team_action.setText(QCoreApplication.translate("editing", "Our &Team…"))
        self.team_action.setStatusTip(
            QCoreApplication.translate("editing", "Colleagues who work on our accounts")
        )
        self.rates_action.setText(QCoreApplication.translate("editing", "E&xchange Rates…"))
        self.rates_action.setStatusTip(
            QCoreApplication.translate("editing", "Rates used to add up amounts in different currencies")
        )


def install(window) -> AccountMenu:
    """Add the Account menu to the main window (before Help); returns it."""
    account_menu = AccountMenu(window)
    help_menu = getattr(window.ui, "help_menu", None)
    bar = window.menuBar()
    if help_menu is not None:
        bar.insertMenu(help_menu.menuAction(), account_menu.menu)
    else:
        bar.addMenu(account_menu.menu)
    return account_menu
