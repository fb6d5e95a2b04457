"""The account workspace's tabs: every module here with a ``register(workspace)`` adds its tab.

To add a tab, create ``ui/tabs/<name>.py``::

    from PySide6.QtCore import QCoreApplication

    from ui.workspace import AccountTab, AccountWorkspace, WorkspaceContext


    class StakeholdersTab(AccountTab):
        entities = frozenset({Entity.PERSON})
        opens = frozenset({Entity.PERSON})

        def load(self, account_uuid):
            super().load(account_uuid)
            ...  # read through a planner service, fill the widgets


    def register(workspace: AccountWorkspace) -> None:
        workspace.register_tab(
            StakeholdersTab,
            lambda: QCoreApplication.translate("AccountWorkspace", "Stakeholders"),
            order=10,
            key="stakeholders",
        )

Nothing else needs editing: ``install`` finds the module. Order: Overview 0,
Stakeholders 10, Timeline 20, Orders & SLA 30, Plan 40, Briefing 50.

Texts: a feature may keep its own catalogue (``resources/translations/<feature>_ru.ts``,
holding only its own strings; all are loaded). Plural forms in a class that may be
subclassed need ``QCoreApplication.translate("Context", "%n ...", "", n)``: ``self.tr``
looks in the subclass's context first and returns "3 day(s)" untranslated from there.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil

log = logging.getLogger(__name__)


def tab_modules() -> list[str]:
    """The names of the tab modules, sorted (their ``order`` decides the tab order)."""
    return sorted(f"{__name__}.{info.name}" for info in pkgutil.iter_modules(__path__) if not info.ispkg)


def install(workspace) -> list[str]:
    """Register every tab module's tab on ``workspace``; returns the modules registered.

    A module that cannot be imported (its planner capability is missing from this
    build) is skipped with a warning rather than taking the app down.
    """
    registered = []
    for name in tab_modules():
        try:
            module = importlib.import_module(name)
        except ImportError as error:
            log.warning("workspace tab %s is unavailable: %s", name, error)
            continue
        register = getattr(module, "register", None)
        if register is None:
            continue
        register(workspace)
        registered.append(name)
    return registered
