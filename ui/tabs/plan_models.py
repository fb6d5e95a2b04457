"""The Plan tab's models: the account plan as a tree, and the columns of its record tables.

``PlanTreeModel`` holds goals → objectives → actions, read whole (a plan has
tens of items, not thousands); its Status column is editable in place and asks
for the change through ``status_edited`` rather than writing itself, so the
model stays a thin adapter and every change is one undo command. Overdue
actions and objectives are shown in red with the date they fell due.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from planner import enums
from ui import formatting
from ui.editing.labels import enum_label
from ui.editing.table import UUID_ROLE, Column
from ui.labels import opportunity_stage_label

ModelIndex = QModelIndex | QPersistentModelIndex
#: The record kind of a node ("goals", "objectives", "actions").
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
#: A status's enum value, for the in-place editor.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE = QColor("#c62828")
FINISHED = (enums.PlanStatus.DONE, enums.PlanStatus.CANCELLED)


class PlanColumn(IntEnum):
    TITLE = 0
    OWNER = 1
    DUE = 2
    STATUS = 3


HEADERS = {
    PlanColumn.TITLE: QT_TRANSLATE_NOOP("columns", "Goal, objective, action"),
    PlanColumn.OWNER: QT_TRANSLATE_NOOP("columns", "Owner"),
    PlanColumn.DUE: QT_TRANSLATE_NOOP("columns", "Due"),
    PlanColumn.STATUS: QT_TRANSLATE_NOOP("columns", "Status"),
}


@dataclass(eq=False)
class Node:
    """One goal, objective or action, with its place in the tree."""

    kind: str
    record: Any
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    @property
    def row(self) -> int:
        siblings = self.parent.children if self.parent is not None else []
        return siblings.index(self) if self.parent is not None else 0


def is_overdue(kind: str, record: Any, today: date) -> bool:
    due = getattr(record, "due_on", None)
    return kind != "goals" and due is not None and due < today and record.status not in FINISHED


class PlanTreeModel(QAbstractItemModel):
    """Goals, their objectives and the objectives' actions, in plan order."""

    #: The user picked another status in place: (kind, record, new status).
    status_edited = Signal(str, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = Node("root", None)
        self.today = date.today()

    def set_plan(
        self, goals: list[tuple[Any, list[tuple[Any, list[Any]]]]], today: date | None = None
    ) -> None:
        """``goals`` as [(goal, [(objective, [action, ...]), ...]), ...]."""
        self.beginResetModel()
        self.today = today or date.today()
        root = Node("root", None)
        for goal, objectives in goals:
            goal_node = Node("goals", goal, root)
            root.children.append(goal_node)
            for objective, actions in objectives:
                objective_node = Node("objectives", objective, goal_node)
                goal_node.children.append(objective_node)
                objective_node.children = [Node("actions", action, objective_node) for action in actions]
        self._root = root
        self.endResetModel()

    def node(self, index: ModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index_of(self, record_uuid: uuid.UUID) -> QModelIndex:
        """The index of the item with this UUID (invalid if not in the plan)."""
        stack = list(self._root.children)
        while stack:
            node = stack.pop()
            if node.record.uuid == record_uuid:
                return self.createIndex(node.row, 0, node)
            stack.extend(node.children)
        return QModelIndex()

    def overdue_count(self) -> int:
        count, stack = 0, list(self._root.children)
        while stack:
            node = stack.pop()
            count += node.kind == "actions" and is_overdue(node.kind, node.record, self.today)
            stack.extend(node.children)
        return count

    # -- QAbstractItemModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row])

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(PlanColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(PlanColumn)
        ):
            return QCoreApplication.translate("columns", HEADERS[PlanColumn(section)])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PlanColumn.STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        record, column = node.record, PlanColumn(index.column())
        overdue = is_overdue(node.kind, record, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == Qt.ItemDataRole.EditRole and column == PlanColumn.STATUS:
            return str(record.status)
        if role == UUID_ROLE:
            return record.uuid
        if role == KIND_ROLE:
            return node.kind
        if role == STATUS_ROLE:
            return record.status
        emphasised = column in (PlanColumn.TITLE, PlanColumn.DUE)
        if role == Qt.ItemDataRole.ForegroundRole and overdue and emphasised:
            return QBrush(OVERDUE)
        bold = node.kind == "goals" or overdue
        if role == Qt.ItemDataRole.FontRole and bold and column == PlanColumn.TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, overdue)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != PlanColumn.STATUS or role != Qt.ItemDataRole.EditRole:
            return False
        node: Node = index.internalPointer()
        try:
            status = enums.PlanStatus(value)
        except ValueError:
            return False
        if status != node.record.status:
            # Asked for, not written: the tab runs one undo command and the plan refreshes.
            self.status_edited.emit(node.kind, node.record, status)
        return True

    def _text(self, node: Node, column: PlanColumn) -> str:
        record = node.record
        if column == PlanColumn.TITLE:
            return record.title
        if column == PlanColumn.OWNER:
            return getattr(record, "owner_name", None) or ""
        if column == PlanColumn.DUE:
            if node.kind == "goals":
                return record.horizon or ""
            return formatting.short_date(record.due_on) if record.due_on else ""
        return enum_label(record.status)

    def _tooltip(self, node: Node, overdue: bool) -> str | None:
        record = node.record
        lines = [record.title]  # the title may be elided in the column
        if overdue:
            lines.append(
                QCoreApplication.translate("plan", "Overdue since {date}").format(
                    date=formatting.short_date(record.due_on)
                )
            )
        detail = (
            getattr(record, "measure", None)
            or getattr(record, "notes", None)
            or getattr(record, "description", None)
        )
        if detail:
            lines.append(detail)
        return "\n".join(lines)


# -- tables ------------------------------------------------------------------------------

OPEN_STAGES = tuple(
    s for s in enums.OpportunityStage if s not in (enums.OpportunityStage.WON, enums.OpportunityStage.LOST)
)


def weighted(opportunity: Any) -> Decimal:
    return (opportunity.value * opportunity.probability / Decimal(100)).quantize(Decimal("0.01"))


def weighted_pipeline(found: list[Any]) -> dict[str, Decimal]:
    """Value × probability of the open opportunities, summed per currency."""
    totals: dict[str, Decimal] = {}
    for opportunity in found:
        if opportunity.stage in OPEN_STAGES:
            currency = opportunity.currency
            totals[currency] = totals.get(currency, Decimal(0)) + weighted(opportunity)
    return totals


def _money(amount: Decimal | None, currency: str) -> str:
    return formatting.money(amount, currency, decimals=0)


OPPORTUNITY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Opportunity"), lambda o: o.name),
    Column(
        QT_TRANSLATE_NOOP("columns", "Stage"),
        lambda o: opportunity_stage_label(o.stage),
        sort=lambda o: list(enums.OpportunityStage).index(o.stage),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Probability"),
        lambda o: formatting.percent(o.probability / 100, decimals=0),
        sort=lambda o: o.probability,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Value"),
        lambda o: _money(o.value, o.currency),
        sort=lambda o: o.value,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Weighted"),
        lambda o: _money(weighted(o), o.currency),
        sort=weighted,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Expected close"),
        lambda o: formatting.short_date(o.expected_close) if o.expected_close else "",
        sort=lambda o: o.expected_close,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Owner"), lambda o: o.owner_name or ""),
]


def risk_score(risk: Any) -> int:
    return risk.probability * risk.impact


def risk_colour(risk: Any) -> QColor | None:
    """Red from 15, amber from 8, green below (a 5 × 5 matrix); closed risks uncoloured."""
    if risk.status == enums.RiskStatus.CLOSED:
        return None
    score = risk_score(risk)
    if score >= 15:
        return QColor("#ef9a9a")
    if score >= 8:
        return QColor("#ffe082")
    return QColor("#a5d6a7")


RISK_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Risk"), lambda r: r.title),
    Column(
        QT_TRANSLATE_NOOP("columns", "Score"),
        lambda r: str(risk_score(r)),
        sort=risk_score,
        right=True,
        background=risk_colour,
        foreground=lambda r: QColor("#000000") if risk_colour(r) else None,
        tooltip=lambda r: QCoreApplication.translate("plan", "Probability × impact"),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Probability"),
        lambda r: str(r.probability),
        sort=lambda r: r.probability,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Impact"), lambda r: str(r.impact), sort=lambda r: r.impact, right=True
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda r: enum_label(r.status)),
    Column(QT_TRANSLATE_NOOP("columns", "Category"), lambda r: r.category or ""),
    Column(QT_TRANSLATE_NOOP("columns", "Owner"), lambda r: r.owner_name or ""),
    Column(
        QT_TRANSLATE_NOOP("columns", "Review on"),
        lambda r: formatting.short_date(r.review_on) if r.review_on else "",
        sort=lambda r: r.review_on,
    ),
]

SITE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Site"), lambda s: s.name),
    Column(QT_TRANSLATE_NOOP("columns", "Kind"), lambda s: s.kind or ""),
    Column(QT_TRANSLATE_NOOP("columns", "City"), lambda s: s.city or ""),
    Column(QT_TRANSLATE_NOOP("columns", "Country"), lambda s: s.country or ""),
    Column(QT_TRANSLATE_NOOP("columns", "Part of"), lambda s: s.parent_name or ""),
]

TEAM_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Colleague"), lambda m: m.team_member_name or ""),
    Column(QT_TRANSLATE_NOOP("columns", "Role on the account"), lambda m: enum_label(m.role)),
]

CONTRACT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Contract"), lambda c: c.title),
    Column(QT_TRANSLATE_NOOP("columns", "Number"), lambda c: c.number or ""),
    Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda c: enum_label(c.status)),
    Column(
        QT_TRANSLATE_NOOP("columns", "Ends on"),
        lambda c: formatting.short_date(c.ends_on) if c.ends_on else "",
        sort=lambda c: c.ends_on,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Value per year"),
        lambda c: _money(c.annual_value, c.currency) if c.annual_value is not None else "",
        sort=lambda c: c.annual_value,
        right=True,
    ),
]

COMPETITOR_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("columns", "Competitor"), lambda c: c.name),
    Column(QT_TRANSLATE_NOOP("columns", "Product line"), lambda c: c.product_line or ""),
    Column(
        QT_TRANSLATE_NOOP("columns", "Share"),
        lambda c: formatting.percent(float(c.share_pct) / 100, decimals=0) if c.share_pct is not None else "",
        sort=lambda c: c.share_pct,
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Strengths"), lambda c: (c.strengths or "").replace("\n", " ")),
]
