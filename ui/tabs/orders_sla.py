"""The Orders & SLA tab: SLA scorecard and evidence, orders and deliveries, satisfaction, tickets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.service.tab import ServiceTab


def register(workspace) -> None:
    workspace.register_tab(
        ServiceTab,
        lambda: QCoreApplication.translate("AccountWorkspace", "Orders && SLA"),
        order=30,
        key="orders_sla",
    )
