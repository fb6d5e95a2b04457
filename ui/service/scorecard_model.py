"""The SLA scorecard as a table: metric, period, target, measured value, status, sample, misses.

One row per SLA definition (``planner.sla`` ``SlaResult``). The status is a word with
its mark and a faint tint (never colour alone); the row's ``SlaResult`` is under
``RESULT_ROLE`` for the evidence and the trend chart.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from planner.sla.scorecard import SlaResult
from ui.service import status_style, words

RESULT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The status value (met, at_risk, breached, no_data), for tests and delegates.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class Column(IntEnum):
    METRIC = 0
    PERIOD = 1
    TARGET = 2
    VALUE = 3
    STATUS = 4
    SAMPLE = 5
    MISSES = 6


class ScorecardModel(QAbstractTableModel):
    """Rows of ``SlaResult`` for one account and one choice of period."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SlaResult] = []

    def set_results(self, results: Sequence[SlaResult]) -> None:
        self.beginResetModel()
        self._rows = list(results)
        self.endResetModel()

    def result(self, row: int) -> SlaResult:
        return self._rows[row]

    @property
    def results(self) -> list[SlaResult]:
        return list(self._rows)

    def row_of(self, sla_uuid: uuid.UUID) -> int | None:
        for row, result in enumerate(self._rows):
            if result.sla_uuid == sla_uuid:
                return row
        return None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.METRIC: self.tr("Metric"),
                Column.PERIOD: self.tr("Period"),
                Column.TARGET: self.tr("Target"),
                Column.VALUE: self.tr("Measured"),
                Column.STATUS: self.tr("Status"),
                Column.SAMPLE: self.tr("Sample"),
                Column.MISSES: self.tr("Misses"),
            }[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                Column.SAMPLE: self.tr("How many records the value stands on"),
                Column.MISSES: self.tr("Records that miss the target themselves (select a row to list them)"),
            }.get(Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (Column.SAMPLE, Column.MISSES):
            return _RIGHT
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        r = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS:
            return status_style.icon(str(r.status))
        if role == Qt.ItemDataRole.BackgroundRole and column in (Column.STATUS, Column.VALUE):
            return status_style.tint(str(r.status))
        if role == Qt.ItemDataRole.FontRole and column == Column.STATUS and str(r.status) == "breached":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.VALUE,
            Column.TARGET,
            Column.SAMPLE,
            Column.MISSES,
        ):
            return _RIGHT
        if role == RESULT_ROLE:
            return r
        if role == STATUS_ROLE:
            return str(r.status)
        return None

    def _text(self, r: SlaResult, column: Column) -> str:
        match column:
            case Column.METRIC:
                return words.sla_title(r.metric, r.name, r.product_line)
            case Column.PERIOD:
                name = words.period_name(r.period, capital=True)
                return name if r.complete else self.tr("{period}, to date").format(period=name)
            case Column.TARGET:
                return words.target(r.target, r.unit, r.direction)
            case Column.VALUE:
                return words.measure(r.value, r.unit)
            case Column.STATUS:
                return words.status_label(r.status)
            case Column.SAMPLE:
                return words.number(r.sample_size, 0)
            case Column.MISSES:
                return words.number(len(r.evidence), 0)
        return ""

    def _tooltip(self, r: SlaResult, column: Column) -> str | None:
        if column == Column.TARGET:
            text = self.tr("{direction} {target}").format(
                direction=words.direction_text(r.direction), target=words.measure(r.target, r.unit)
            )
            if r.warning_threshold is not None:
                text += "\n" + self.tr("At risk from {threshold}").format(
                    threshold=words.measure(r.warning_threshold, r.unit)
                )
            return text
        if column == Column.PERIOD and not r.complete:
            return self.tr("The period is still running: the value counts what is known so far.")
        return self._text(r, column)
