"""The Overview tab: the account's profile, key figures, recent activity and open items.

Adds to ``AccountOverview`` an "Edit account…" button beside the account's name,
which opens the profile dialog (one undoable edit).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.account_overview import AccountOverview
from ui.workspace import WorkspaceContext


class OverviewTab(AccountOverview):
    """The overview with its account editable."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editAccountButton")
        self.edit_button.clicked.connect(self.edit_account)
        layout = self.ui.profile.layout()
        at = layout.indexOf(self.ui.name)
        layout.removeWidget(self.ui.name)
        row = QHBoxLayout()
        row.addWidget(self.ui.name, 1)
        row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.insertLayout(at, row)
        self._retranslate_edit()

    def edit_account(self) -> bool:
        if self.account_uuid is None:
            return False
        from ui.editing.accounts import edit_account

        return edit_account(self.context, self.account_uuid, self)

    def _retranslate_edit(self) -> None:
        self.edit_button.setText(QCoreApplication.translate("editing", "Edit account…"))
        tip = QCoreApplication.translate("editing", "Edit the account’s profile (Ctrl+E)")
        self.edit_button.setToolTip(tip)
        self.edit_button.setAccessibleName(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_edit()
        super().changeEvent(event)


def register(workspace) -> None:
    workspace.register_tab(
        OverviewTab,
        lambda: QCoreApplication.translate("AccountWorkspace", "Overview"),
        order=0,
        key="overview",
    )
