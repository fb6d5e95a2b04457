"""Editors of a record's collections: e-mails and phones, buying roles, participants, order lines.

Each is replaced wholesale by the planner on save, so an editor simply shows the
whole collection and hands back the whole collection (``value()``), with a
``FieldProblem`` naming the row when a row cannot be read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import enums, records
from ui.editing.labels import choices, enum_label
from ui.editing.widgets import FieldProblem, format_decimal, parse_decimal

CONTEXT = "editing"
_KEY = Qt.ItemDataRole.UserRole
CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _table(columns: int, stretch: int = -1) -> QTableWidget:
    """A table whose column ``stretch`` takes the width left (default: the last)."""
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch < 0:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 4)
    table.setTabKeyNavigation(False)
    return table


def _combo(enum: type, value: Any) -> QComboBox:
    combo = QComboBox()
    for member, label in choices(enum):
        combo.addItem(label, str(member))
    combo.setCurrentIndex(max(combo.findData(str(value)), 0))
    return combo


class _RowsEditor(QWidget):
    """A table with Add / Remove buttons under it."""

    changed = Signal()

    def __init__(
        self, headers: list[str], add_labels: list[str], parent: QWidget | None = None, stretch: int = -1
    ) -> None:
        super().__init__(parent)
        self.table = _table(len(headers), stretch)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_buttons = []
        buttons = QHBoxLayout()
        for text in add_labels:
            button = QPushButton(text)
            self.add_buttons.append(button)
            buttons.addWidget(button)
        self.remove_button = QPushButton(QCoreApplication.translate("editing", "Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self.setFocusProxy(self.table)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""


class ContactsEditor(_RowsEditor):
    """A person's e-mail addresses, phones and messengers, one marked primary per kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("editing", "Kind"),
                QCoreApplication.translate("editing", "Address or number"),
                QCoreApplication.translate("editing", "Label"),
                QCoreApplication.translate("editing", "Primary"),
            ],
            [
                QCoreApplication.translate("editing", "Add e-mail"),
                QCoreApplication.translate("editing", "Add phone"),
            ],
            parent,
            stretch=1,
        )
        self.table.setAccessibleName(QCoreApplication.translate("editing", "E-mails and phones"))
        self.add_buttons[0].clicked.connect(lambda: self.add(enums.ContactKind.EMAIL))
        self.add_buttons[1].clicked.connect(lambda: self.add(enums.ContactKind.PHONE))

    def add(
        self,
        kind: enums.ContactKind,
        value: str = "",
        label: str | None = None,
        primary: bool = False,
        *,
        edit: bool = True,
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = _combo(enums.ContactKind, kind)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.table.setCellWidget(row, 0, combo)
        self.table.setItem(row, 1, QTableWidgetItem(value))
        self.table.setItem(row, 2, QTableWidgetItem(label or ""))
        check = QTableWidgetItem()
        check.setFlags(CHECKABLE)
        check.setCheckState(Qt.CheckState.Checked if primary else Qt.CheckState.Unchecked)
        self.table.setItem(row, 3, check)
        if edit:
            self.table.setCurrentCell(row, 1)
            self.table.editItem(self.table.item(row, 1))
        self.changed.emit()

    def value(self) -> tuple[records.ContactInput, ...]:
        contacts = []
        for row in range(self.table.rowCount()):
            text = self._text(row, 1)
            if not text:
                continue
            kind = enums.ContactKind(self.table.cellWidget(row, 0).currentData())
            primary = self.table.item(row, 3).checkState() == Qt.CheckState.Checked
            contacts.append(records.ContactInput(kind, text, self._text(row, 2) or None, primary))
        return tuple(contacts)

    def set_value(self, contacts: tuple[records.ContactInput, ...]) -> None:
        self.table.setRowCount(0)
        for contact in contacts or ():
            self.add(contact.kind, contact.value, contact.label, contact.is_primary, edit=False)


class RolesEditor(QWidget):
    """Buying roles under both frameworks: one checkable list each, side by side."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.lists: dict[enums.RoleFramework, QListWidget] = {}
        for column, framework in enumerate(enums.RoleFramework):
            heading = QLabel(enum_label(framework))
            listing = QListWidget()
            listing.setAccessibleName(enum_label(framework))
            for role, label in choices(enums.ROLES_BY_FRAMEWORK[framework]):
                item = QListWidgetItem(label)
                item.setData(_KEY, role)
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                listing.addItem(item)
            rows = listing.count()
            listing.setFixedHeight(listing.sizeHintForRow(0) * rows + 2 * listing.frameWidth() + 4)
            listing.itemChanged.connect(lambda _item: self.changed.emit())
            grid.addWidget(heading, 0, column)
            grid.addWidget(listing, 1, column, Qt.AlignmentFlag.AlignTop)
            self.lists[framework] = listing
        self.setFocusProxy(self.lists[enums.RoleFramework.MILLER_HEIMAN])

    def value(self) -> tuple[records.RoleInput, ...]:
        roles = []
        for framework, listing in self.lists.items():
            for row in range(listing.count()):
                item = listing.item(row)
                if item.checkState() == Qt.CheckState.Checked:
                    roles.append(records.RoleInput(framework, str(item.data(_KEY))))
        return tuple(roles)

    def set_value(self, roles: tuple[records.RoleInput, ...]) -> None:
        held = {(role.framework, str(role.role)) for role in roles or ()}
        for framework, listing in self.lists.items():
            for row in range(listing.count()):
                item = listing.item(row)
                on = (framework, str(item.data(_KEY))) in held
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


@dataclass(frozen=True)
class Party:
    """Somebody who can take part: a client person or one of our team."""

    key: uuid.UUID
    name: str
    ours: bool


class ParticipantsEditor(QWidget):
    """Who took part: every person of the account and every colleague, ticked, each with a role."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("editing", "Find a participant…"))
        self.search.setAccessibleName(QCoreApplication.translate("editing", "Find a participant"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = _table(3, stretch=0)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("editing", "Name"),
                QCoreApplication.translate("editing", "Side"),
                QCoreApplication.translate("editing", "Role"),
            ]
        )
        self.table.setAccessibleName(QCoreApplication.translate("editing", "Participants"))
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 7)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.table)
        self.setFocusProxy(self.search)
        self._parties: list[Party] = []

    def set_parties(self, parties: list[Party]) -> None:
        """Who can be ticked (nobody is, until ``set_value``)."""
        self._parties = list(parties)
        self.set_value(())

    def set_value(self, participants: tuple[records.ParticipantInput, ...]) -> None:
        chosen = {(p.person or p.team_member): p.role for p in participants or ()}
        ordered = [p for p in self._parties if p.key in chosen] + [
            p for p in self._parties if p.key not in chosen
        ]
        known = {p.key for p in self._parties}
        for participant in participants or ():  # somebody deleted since: still shown, still ticked
            key = participant.person or participant.team_member
            if key not in known:
                ordered.insert(0, Party(key, str(key), participant.person is None))
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for party in ordered:
            row = self.table.rowCount()
            self.table.insertRow(row)
            name = QTableWidgetItem(party.name)
            name.setData(_KEY, party)
            name.setFlags(CHECKABLE)
            name.setCheckState(Qt.CheckState.Checked if party.key in chosen else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, name)
            side = QTableWidgetItem(
                QCoreApplication.translate("editing", "Our team")
                if party.ours
                else QCoreApplication.translate("editing", "Client")
            )
            side.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 1, side)
            combo = _combo(enums.ParticipantRole, chosen.get(party.key, enums.ParticipantRole.ATTENDEE))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.table.setCellWidget(row, 2, combo)
        self.table.blockSignals(False)
        self._filter(self.search.text())

    def value(self) -> tuple[records.ParticipantInput, ...]:
        chosen = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            party: Party = item.data(_KEY)
            role = enums.ParticipantRole(self.table.cellWidget(row, 2).currentData())
            if party.ours:
                chosen.append(records.ParticipantInput(team_member=party.key, role=role))
            else:
                chosen.append(records.ParticipantInput(person=party.key, role=role))
        return tuple(chosen)

    def check(self, key: uuid.UUID, on: bool = True) -> None:
        """Tick (or untick) somebody by UUID."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.data(_KEY).key == key:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            ticked = item.checkState() == Qt.CheckState.Checked
            visible = not wanted or wanted in item.text().casefold() or ticked
            self.table.setRowHidden(row, not visible)


class LinesEditor(_RowsEditor):
    """An order's lines: product line, product, quantity, unit and the line's amount."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("editing", "Product line"),
                QCoreApplication.translate("editing", "Product"),
                QCoreApplication.translate("editing", "Quantity"),
                QCoreApplication.translate("editing", "Unit"),
                QCoreApplication.translate("editing", "Amount"),
            ],
            [QCoreApplication.translate("editing", "Add line")],
            parent,
            stretch=1,
        )
        self.table.setAccessibleName(QCoreApplication.translate("editing", "Order lines"))
        self.add_buttons[0].clicked.connect(lambda: self.add(None))

    def add(self, line: records.OrderLineInput | None, *, edit: bool = True) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = ["", "", "", "", ""]
        if line is not None:
            texts = [
                line.product_line,
                line.product or "",
                format_decimal(line.quantity),
                line.unit or "",
                format_decimal(line.amount, min_decimals=2),
            ]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column in (2, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.table.item(row, 0).setData(_KEY, line.uuid if line is not None else None)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def value(self) -> tuple[records.OrderLineInput, ...]:
        lines = []
        for row in range(self.table.rowCount()):
            texts = [self._text(row, column) for column in range(5)]
            if not any(texts):
                continue
            try:
                quantity = parse_decimal(texts[2])
                amount = parse_decimal(texts[4])
            except FieldProblem:
                raise FieldProblem(
                    QCoreApplication.translate(
                        "editing", "Row {row}: the quantity and the amount are numbers."
                    ).format(row=row + 1)
                ) from None
            if not texts[0] or quantity is None or amount is None:
                raise FieldProblem(
                    QCoreApplication.translate(
                        "editing", "Row {row}: a product line, a quantity and an amount are needed."
                    ).format(row=row + 1)
                )
            lines.append(
                records.OrderLineInput(
                    texts[0],
                    quantity,
                    amount,
                    texts[1] or None,
                    texts[3] or None,
                    self.table.item(row, 0).data(_KEY),
                )
            )
        return tuple(lines)

    def set_value(self, lines: tuple[records.OrderLineInput, ...]) -> None:
        self.table.setRowCount(0)
        for line in lines or ():
            self.add(line, edit=False)
