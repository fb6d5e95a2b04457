"""Registers the Briefing tab (order 50): from a meeting to a Word document in one click."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.briefing.tab import BriefingTab


def register(workspace) -> None:
    workspace.register_tab(
        BriefingTab,
        lambda: QCoreApplication.translate("AccountWorkspace", "Briefing"),
        order=50,
        key="briefing",
    )
