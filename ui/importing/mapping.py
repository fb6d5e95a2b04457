"""The column-mapping step for a spreadsheet the planner is not sure about.

Shows the header row and a few sample rows, with a choice of planner field above each
column; the planner's proposal (remembered for this layout, or recognised from the
English or Russian headers) is preselected. The mapping the user confirms is sent with
the import, and the planner remembers it for the next file of the same layout.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.database import Database
from planner.importers.columns import TARGETS
from planner.importers.preview import SheetPreview, preview, target_fields
from ui.importing.runner import SheetChoice
from ui.importing.texts import field_text, kind_text, required_text

#: Sample rows shown under the header.
SAMPLE_ROWS = 8


def is_uncertain(found: SheetPreview) -> bool:
    """Whether the user should check the columns before importing.

    Not for a layout whose mapping the planner remembers; otherwise when nothing fits,
    a required field is missing, or half the named columns or more were not recognised.
    """
    if found.error is not None or found.format not in ("csv", "xlsx"):
        return False
    if found.remembered:
        return False
    if found.target is None or found.missing:
        return True
    named = [h for h in found.headers if h.strip()]
    return len(named) - len(found.mapping) >= len(named) / 2


class MappingPage(QWidget):
    """One spreadsheet's columns and the field each one fills."""

    #: The mapping became complete or incomplete (bool).
    completeness_changed = Signal(bool)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingPage")
        self.db = db
        self.preview: SheetPreview | None = None
        self._combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("mappingTitle")
        self.title.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.target_label = QLabel()
        self.target = QComboBox()
        self.target.setObjectName("mappingTarget")
        for target in TARGETS:
            self.target.addItem("", target)
        self.target_label.setBuddy(self.target)
        self.target.currentIndexChanged.connect(self._target_changed)
        row.addWidget(self.target_label)
        row.addWidget(self.target)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget()
        self.table.setObjectName("mappingTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.missing = QLabel()
        self.missing.setObjectName("mappingMissing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.missing)
        self.retranslate()

    def retranslate(self) -> None:
        self.target_label.setText(self.tr("The file holds:"))
        self.target.setAccessibleName(self.tr("What the spreadsheet holds"))
        self.table.setAccessibleName(self.tr("Columns and the fields they fill"))
        for index in range(self.target.count()):
            self.target.setItemText(index, kind_text(self.target.itemData(index)))
        if self.preview is not None:
            self._describe()
            self._fill_combos(self.mapping())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing a sheet -----------------------------------------------------------------

    def show_sheet(self, found: SheetPreview, position: int = 1, count: int = 1) -> None:
        self.preview = found
        self._position = (position, count)
        target = found.target or TARGETS[0]
        self.target.blockSignals(True)
        self.target.setCurrentIndex(max(self.target.findData(target), 0))
        self.target.blockSignals(False)
        headers = list(found.headers)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(1 + min(SAMPLE_ROWS, len(found.sample)))
        self.table.setHorizontalHeaderLabels(headers)
        self._combos = []
        for column in range(len(headers)):
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setAccessibleName(self.tr("Field for the column “{column}”").format(column=headers[column]))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(0, column, combo)
            self._combos.append(combo)
        for row, values in enumerate(found.sample[:SAMPLE_ROWS], start=1):
            for column in range(len(headers)):
                text = values[column] if column < len(values) else ""
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._fill_combos(dict(found.mapping))
        self.table.resizeColumnsToContents()
        for column, combo in enumerate(self._combos):  # room for the longest field name
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), combo.sizeHint().width()))
        self._describe()
        self._changed()

    def _describe(self) -> None:
        found = self.preview
        position, count = self._position
        name = Path(found.path).name
        if count > 1:
            self.title.setText(self.tr("<b>{name}</b> (spreadsheet {position} of {count})").format(
                name=escape(name), position=position, count=count))  # fmt: skip
        else:
            self.title.setText(self.tr("<b>{name}</b>").format(name=escape(name)))
        if found.remembered:
            self.note.setText(self.tr("These are the columns you chose for this layout last time."))
        elif found.target is None:
            self.note.setText(
                self.tr(
                    "The planner does not recognise these columns. "
                    "Say what the file holds and which column is which."
                )
            )
        elif found.missing:
            self.note.setText(
                self.tr(
                    "Some columns the planner needs were not recognised. Check the choices above the columns."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Several columns were not recognised. Check the choices above the columns: "
                    "the planner remembers them for the next file like this one."
                )
            )

    def _fill_combos(self, mapping: dict[str, str]) -> None:
        target = self.target.currentData()
        fields, _required = target_fields(target)
        headers = list(self.preview.headers)
        for column, combo in enumerate(self._combos):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), None)
            for name in fields:
                combo.addItem(field_text(target, name), name)
            chosen = mapping.get(headers[column])
            index = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _target_changed(self, _index: int) -> None:
        """Another target: ask the planner what it would map for it."""
        if self.preview is None:
            return
        proposal = preview(self.db, self.preview.path, kind=self.target.currentData())
        self._fill_combos(dict(proposal.mapping))
        self._changed()

    # -- the result ----------------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        if self.preview is None:
            return {}
        headers = list(self.preview.headers)
        return {
            headers[c]: combo.currentData() for c, combo in enumerate(self._combos) if combo.currentData()
        }

    def choice(self) -> SheetChoice:
        return SheetChoice(self.target.currentData(), self.mapping())

    def problems(self) -> list[str]:
        """What keeps the mapping from being usable, worded for the user (empty: it is complete)."""
        if self.preview is None:
            return []
        target = self.target.currentData()
        chosen = self.mapping()
        used = set(chosen.values())
        problems = []
        _fields, required = target_fields(target)
        missing = [group for group in required if not used & set(group.split("|"))]
        if missing:
            problems.append(
                self.tr("Still needed: {fields}.").format(
                    fields="; ".join(required_text(target, group) for group in missing)
                )
            )
        twice = [name for name, n in Counter(chosen.values()).items() if n > 1]
        if twice:
            problems.append(
                self.tr("Chosen for more than one column: {fields}.").format(
                    fields=", ".join(field_text(target, name) for name in twice)
                )
            )
        return problems

    def is_complete(self) -> bool:
        return not self.problems()

    def _changed(self, *_args) -> None:
        problems = self.problems()
        self.missing.setText(" ".join(problems))
        self.missing.setVisible(bool(problems))
        self.completeness_changed.emit(not problems)
