"""Records no tab shows, managed in a dialog of their own: our team, exchange rates, quality records.

A ``RecordsPanel`` over the kind (shared by all accounts, or one account's),
refreshed from the change bus (so an undo from the Edit menu shows at once), with Close.
"""

from __future__ import annotations

import contextlib
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from planner.changes import Changes
from ui import formatting
from ui.editing.table import Column, RecordsPanel
from ui.editing.widgets import format_decimal
from ui.workspace import WorkspaceContext

COLUMNS: dict[str, list[Column]] = {
    "team_members": [
        Column(QT_TRANSLATE_NOOP("columns", "Name"), lambda m: m.name),
        Column(QT_TRANSLATE_NOOP("columns", "Job title"), lambda m: m.title or ""),
        Column(QT_TRANSLATE_NOOP("columns", "Department"), lambda m: m.department or ""),
        Column(QT_TRANSLATE_NOOP("columns", "E-mail"), lambda m: m.email or ""),
        Column(QT_TRANSLATE_NOOP("columns", "Phone"), lambda m: m.phone or ""),
        Column(
            QT_TRANSLATE_NOOP("columns", "Active"),
            lambda m: (
                QCoreApplication.translate("editing", "yes")
                if m.active
                else QCoreApplication.translate("editing", "no")
            ),
        ),
    ],
    "fx_rates": [
        Column(QT_TRANSLATE_NOOP("columns", "Currency"), lambda r: r.currency),
        Column(QT_TRANSLATE_NOOP("columns", "In currency"), lambda r: r.base),
        Column(
            QT_TRANSLATE_NOOP("columns", "Rate"),
            lambda r: format_decimal(r.rate),
            sort=lambda r: r.rate,
            right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Valid from"),
            lambda r: formatting.short_date(r.as_of),
            sort=lambda r: r.as_of,
        ),
    ],
    "quality_records": [
        Column(
            QT_TRANSLATE_NOOP("columns", "Recorded on"),
            lambda q: formatting.short_date(q.recorded_on),
            sort=lambda q: q.recorded_on,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Product line"), lambda q: q.product_line or ""),
        Column(
            QT_TRANSLATE_NOOP("columns", "Units inspected"),
            lambda q: format_decimal(q.units_inspected),
            sort=lambda q: q.units_inspected,
            right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("columns", "Defective"),
            lambda q: format_decimal(q.defects),
            sort=lambda q: q.defects,
            right=True,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Notes"), lambda q: (q.notes or "").replace("\n", " ")),
    ],
}

TITLES = {
    "team_members": QT_TRANSLATE_NOOP("editing", "Our team"),
    "fx_rates": QT_TRANSLATE_NOOP("editing", "Exchange rates"),
    "quality_records": QT_TRANSLATE_NOOP("editing", "Quality records"),
}


class SharedRecordsDialog(QDialog):
    """Our colleagues, the exchange rates, or an account's quality records: add, edit, delete (undoable)."""

    def __init__(
        self,
        context: WorkspaceContext,
        key: str,
        parent: QWidget | None = None,
        parent_uuid: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_uuid = parent_uuid
        self.setObjectName(f"{key}ListDialog")
        self.setWindowTitle(QCoreApplication.translate("editing", TITLES[key]))
        self.context = context
        self.panel = RecordsPanel(context, key, COLUMNS[key], parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("editing", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.panel.load(parent_uuid)
        self.panel.fit_columns()
        self.resize(760, 440)
        context.bus.changed.connect(self._changed)
        self.finished.connect(self._detach)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(self.panel.kind.entity):
            self.panel.load(self.parent_uuid)

    def _detach(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.context.bus.changed.disconnect(self._changed)
