"""The records behind a figure or an alert (late deliveries, slow tickets, low scores…) as a table.

The planner's ``Evidence`` carries a kind and plain facts; the columns follow the
kind of the records shown (one SLA's or one alert's evidence is of one kind), and
every value is worded and formatted here, in the user's language.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from planner.sla.facts import Evidence
from ui import formatting
from ui.formatting import EMPTY
from ui.service import words

#: The Evidence itself, for whoever acts on a row.
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1

ROLE_NAMES = {
    "economic_buyer": QT_TRANSLATE_NOOP("EvidenceModel", "economic buyer"),
    "decider": QT_TRANSLATE_NOOP("EvidenceModel", "decider"),
    "champion": QT_TRANSLATE_NOOP("EvidenceModel", "champion"),
}


def role_names(roles: Sequence[str]) -> str:
    return ", ".join(
        QCoreApplication.translate("EvidenceModel", ROLE_NAMES[r]) if r in ROLE_NAMES else r for r in roles
    )


@dataclass(frozen=True)
class _Column:
    header: str
    value: Callable[[Evidence], str]
    numeric: bool = False


def _days(n: int | None) -> str:
    if n is None:
        return EMPTY
    if n == 0:
        return QCoreApplication.translate("EvidenceModel", "on time")
    return words.days(n)


def _delivered(e: Evidence) -> str:
    done = e.facts.get("delivered_on")
    if done:
        return formatting.short_date(done)
    return QCoreApplication.translate("EvidenceModel", "not yet delivered")


class EvidenceModel(QAbstractTableModel):
    """Read-only rows of ``Evidence``; ``set_evidence`` replaces them (and the columns)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Evidence] = []
        self._unit = "hours"
        self._columns: list[_Column] = []

    # -- data in -------------------------------------------------------------------

    def set_evidence(self, evidence: Sequence[Evidence], unit: str = "hours") -> None:
        """Show ``evidence``; ``unit`` is the SLA's, for ticket times."""
        self.beginResetModel()
        self._rows = list(evidence)
        self._unit = unit
        self._columns = self._columns_for(self._rows)
        self.endResetModel()

    def evidence(self, row: int) -> Evidence:
        return self._rows[row]

    def row_of(self, record_uuid: uuid.UUID) -> int | None:
        for row, e in enumerate(self._rows):
            if e.uuid == record_uuid:
                return row
        return None

    # -- Qt ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].header
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self._columns)):
            return None
        e = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.value(e)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == EVIDENCE_ROLE:
            return e
        return None

    def retranslate(self) -> None:
        """Rebuild the headers and texts in the current language."""
        self.set_evidence(self._rows, self._unit)

    # -- columns per kind ----------------------------------------------------------

    def _columns_for(self, rows: list[Evidence]) -> list[_Column]:
        if not rows:
            return []
        kind = rows[0].kind
        facts = [e.facts for e in rows]
        if kind == "delivery":
            return self._delivery_columns(facts)
        if kind == "ticket":
            return self._ticket_columns()
        if kind == "quality_record":
            return [
                _Column(self.tr("Product line"), lambda e: e.facts.get("product_line") or EMPTY),
                _Column(self.tr("Recorded"), lambda e: formatting.short_date(e.day)),
                _Column(
                    self.tr("Inspected"), lambda e: words.number(e.facts.get("units_inspected"), 0), True
                ),
                _Column(self.tr("Defects"), lambda e: words.number(e.facts.get("defects"), 0), True),
                _Column(self.tr("Rate"), lambda e: words.measure(e.facts.get("ppm"), "ppm"), True),
            ]
        if kind == "survey_response":
            return [
                _Column(self.tr("Answered"), lambda e: formatting.short_date(e.day)),
                _Column(self.tr("Person"), lambda e: e.facts.get("person") or self.tr("anonymous")),
                _Column(self.tr("Score"), _score, True),
                _Column(self.tr("Survey"), lambda e: e.facts.get("survey") or EMPTY),
                _Column(self.tr("Comment"), lambda e: e.facts.get("comment") or EMPTY),
            ]
        if kind == "person":
            return [
                _Column(self.tr("Name"), lambda e: e.facts.get("name") or e.label or EMPTY),
                _Column(self.tr("Title"), lambda e: e.facts.get("title") or EMPTY),
                _Column(self.tr("Role"), lambda e: role_names(e.facts.get("roles") or ())),
                _Column(
                    self.tr("Last contact"),
                    lambda e: (
                        formatting.short_date(e.facts.get("last_contact"))
                        if e.facts.get("last_contact")
                        else self.tr("never")
                    ),
                ),
            ]
        if kind == "interactions":
            return [
                _Column(self.tr("From"), lambda e: formatting.short_date(e.facts.get("from"))),
                _Column(self.tr("To"), lambda e: formatting.short_date(e.facts.get("to"))),
                _Column(self.tr("Interactions"), lambda e: words.number(e.facts.get("count"), 0), True),
                _Column(
                    self.tr("Usual a month"), lambda e: words.number(e.facts.get("baseline_monthly"), 1), True
                ),
            ]
        return [
            _Column(self.tr("Record"), lambda e: e.label or e.kind),
            _Column(self.tr("Date"), lambda e: formatting.short_date(e.day)),
        ]

    def _delivery_columns(self, facts: list[dict]) -> list[_Column]:
        columns = [
            _Column(self.tr("Order"), lambda e: e.facts.get("order_number") or e.label or EMPTY),
            _Column(self.tr("Product line"), lambda e: e.facts.get("product_line") or EMPTY),
            _Column(self.tr("Promised"), lambda e: formatting.short_date(e.facts.get("promised_on"))),
            _Column(self.tr("Delivered"), _delivered),
        ]
        if any(f.get("lead_days") is not None for f in facts):
            lead = _Column(self.tr("Lead time"), lambda e: _days_plain(e.facts.get("lead_days")), True)
            columns.append(lead)
        else:
            columns.append(_Column(self.tr("Days late"), lambda e: _days(e.facts.get("days_late")), True))
        if any(f.get("weight") is not None for f in facts):
            columns.append(_Column(self.tr("Weight"), lambda e: words.number(e.facts.get("weight"), 2), True))
        return columns

    def _ticket_columns(self) -> list[_Column]:
        unit = self._unit

        def elapsed(e: Evidence) -> str:
            f = e.facts
            if (
                f.get("overdue_hours") is not None
                and f.get("first_response_time") is None
                and f.get("resolution_time") is None
            ):
                return words.measure(f["overdue_hours"], "hours")
            value = f.get("first_response_time", f.get("resolution_time"))
            return words.measure(value, unit)

        def state(e: Evidence) -> str:
            f = e.facts
            if "first_response_time" in f:
                return self.tr("not yet answered") if f.get("pending") else self.tr("answered")
            if "resolution_time" in f:
                return self.tr("not yet resolved") if f.get("pending") else self.tr("resolved")
            return self.tr("still open") if f.get("resolved_at") is None else self.tr("resolved")

        return [
            _Column(self.tr("Ticket"), lambda e: e.facts.get("number") or e.label or EMPTY),
            _Column(self.tr("Subject"), lambda e: e.facts.get("subject") or EMPTY),
            _Column(self.tr("Severity"), lambda e: words.ticket_severity_label(e.facts.get("severity"))),
            _Column(self.tr("Opened"), lambda e: formatting.short_date(e.facts.get("opened_at"))),
            _Column(self.tr("Time taken"), elapsed, True),
            _Column(self.tr("State"), state),
        ]


def _days_plain(n: int | None) -> str:
    return EMPTY if n is None else words.days(n)


def _score(e: Evidence) -> str:
    f = e.facts
    score, top = f.get("score"), f.get("scale_max")
    if score is None:
        return EMPTY
    text = f"{score}/{top}" if top else str(score)
    kind = f.get("kind")
    return f"{words.survey_kind_label(kind)} {text}" if kind else text
