"""The SLA page: the scorecard over a chosen period, the selected metric's trend and the
records behind its value (which deliveries were late and by how many days, which tickets
were slow…).

The scorecard comes with the tab's data (``ServiceData``) for the period chosen; another
period is read in a worker. Selecting a row shows its evidence at once and draws its
trend (a planner Figure) in a worker.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from planner.changes import Entity
from planner.enums import SlaPeriod
from planner.sla.periods import Period, parse_period, period_of, periods_back
from planner.sla.scorecard import SlaResult
from ui.service import charts, widgets, words
from ui.service.evidence_model import EVIDENCE_ROLE, EvidenceModel
from ui.service.loading import ServiceData, load_scorecard
from ui.service.record_actions import RecordActions
from ui.service.scorecard_model import RESULT_ROLE, ScorecardModel

#: From this width on, the trend chart and the evidence sit side by side.
WIDE = 1000
MONTHS_BACK = 12
QUARTERS_BACK = 8


def period_choices(today: date) -> list[Period]:
    """The periods offered: this and the previous months, then this and the previous quarters."""
    months = periods_back(period_of(today, SlaPeriod.MONTH), MONTHS_BACK)[::-1]
    quarters = periods_back(period_of(today, SlaPeriod.QUARTER), QUARTERS_BACK)[::-1]
    return months + quarters


class SlaPage(QWidget):
    """Scorecard, trend and evidence of one account's SLAs."""

    def __init__(self, tab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaPage")
        self.tab = tab
        self._data: ServiceData | None = None
        self._trends: dict[uuid.UUID, list[SlaResult]] = {}
        self._wanted: uuid.UUID | None = None
        self._chart_for: tuple | None = None
        self._serial = 0
        self._build()

    # -- layout --------------------------------------------------------------------

    def _build(self) -> None:
        column = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period_label = QLabel()
        self.period = QComboBox()
        self.period.setObjectName("slaPeriod")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_label.setBuddy(self.period)
        bar.addWidget(self.period_label)
        bar.addWidget(self.period)
        self.period_note = widgets.note()
        bar.addWidget(self.period_note, 1)
        column.addLayout(bar)

        self.scorecard = widgets.table("slaScorecard")
        self.model = ScorecardModel(self)
        self.scorecard.setModel(self.model)
        self.actions = RecordActions(
            self.tab,
            Entity.SLA,
            self.scorecard,
            lambda: self.tab.account_uuid,
            record_of=lambda index: index.data(RESULT_ROLE).sla_uuid,
        )
        self.actions.watch_selection()
        self.scorecard.selectionModel().currentRowChanged.connect(self._row_changed)

        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addWidget(self.scorecard, 1)
        top_column.addWidget(self.actions.bar)

        below = widgets.AdaptiveSplitter(WIDE)
        self.chart = charts.ChartPane("slaTrendChart")
        below.addWidget(self.chart)
        evidence = QWidget()
        evidence_column = QVBoxLayout(evidence)
        evidence_column.setContentsMargins(0, 0, 0, 0)
        self.evidence_heading = widgets.heading()
        self.evidence_heading.setObjectName("evidenceHeading")
        self.evidence = widgets.table("slaEvidence")
        self.evidence_model = EvidenceModel(self)
        self.evidence.setModel(self.evidence_model)
        self.evidence.activated.connect(self._evidence_activated)
        evidence_column.addWidget(self.evidence_heading)
        evidence_column.addWidget(self.evidence, 1)
        below.addWidget(evidence)
        below.setStretchFactor(0, 1)
        below.setStretchFactor(1, 1)
        below.setSizes([500, 500])

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(top)
        split.addWidget(below)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        column.addWidget(split, 1)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.setTabOrder(self.period, self.scorecard)
        self.setTabOrder(self.scorecard, self.evidence)
        self.retranslate()

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("&Period:"))
        self.period.setAccessibleName(self.tr("Period"))
        self.period.setToolTip(self.tr("Which period the scorecard measures"))
        self.scorecard.setAccessibleName(self.tr("SLA scorecard"))
        self.evidence.setAccessibleName(self.tr("Records behind the selected value"))
        self.chart.setAccessibleName(self.tr("Trend of the selected SLA"))
        self.actions.retranslate()
        if self._data is not None:
            self._fill_periods(self._data.as_of)
            self._show_selected()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.model.rowCount():
            last = self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1)
            self.model.dataChanged.emit(self.model.index(0, 0), last)

    # -- data ----------------------------------------------------------------------

    def chosen_period(self) -> Period | None:
        """The period chosen, or None for each SLA's current one."""
        label = self.period.currentData()
        return parse_period(label) if label else None

    def show_data(self, data: ServiceData) -> None:
        self._data = data
        self._trends = data.trends
        self._fill_periods(data.as_of)
        if data.period == self.chosen_period():
            self._serial += 1  # a period read still on its way is older than this
            self._set_results(list(data.scorecard.results))
        else:
            self._period_changed()

    def _fill_periods(self, today: date) -> None:
        keep = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Current period"), None)
        self.period.setItemData(
            0, self.tr("Each SLA over its own current month or quarter"), Qt.ItemDataRole.ToolTipRole
        )
        kinds = None
        for choice in period_choices(today):
            if kinds != choice.kind:
                self.period.insertSeparator(self.period.count())
                kinds = choice.kind
            self.period.addItem(words.period_name(choice, capital=True), choice.label)
        found = self.period.findData(keep) if keep else 0
        self.period.setCurrentIndex(max(0, found))
        self.period.blockSignals(False)

    def choose_period(self, label: str | None) -> None:
        """Show the scorecard over ``label`` (``2026-10``, ``2026-Q4``; None for the current)."""
        index = self.period.findData(label) if label else 0
        if index < 0:
            period = parse_period(label)
            self.period.addItem(words.period_name(period, capital=True), label)
            index = self.period.count() - 1
        if index == self.period.currentIndex():
            return
        self.period.setCurrentIndex(index)

    def _period_changed(self, *_args) -> None:
        account = self.tab.account_uuid
        if account is None:
            return
        self._serial += 1
        serial = self._serial
        self.period_note.setText(self.tr("Measuring…"))
        worker = self.tab.context.workers.run(
            load_scorecard, self.tab.db, account, self.chosen_period(), self.tab.as_of
        )
        worker.context = self
        worker.signals.result.connect(lambda card: self._scorecard_arrived(serial, card))
        worker.signals.error.connect(lambda error: self.tab.report_error(error))
        self.pending_worker = worker

    def _scorecard_arrived(self, serial: int, card) -> None:
        if serial == self._serial:
            self._set_results(list(card.results))

    def _set_results(self, results: list[SlaResult]) -> None:
        current = self.scorecard.currentIndex()
        keep = self._wanted or (current.data(RESULT_ROLE).sla_uuid if current.isValid() else None)
        self._wanted = None
        self.model.set_results(results)
        if not results:
            self.period_note.setText(self.tr("No SLA is in force for this account in this period."))
        else:
            self.period_note.setText("")
        widgets.fit_columns(self.scorecard, stretch=0)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and results:
            row = 0
        if row is not None:
            self.select_row(row)
        else:
            self._show_selected()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.scorecard.selectionModel().setCurrentIndex(index, flags)
        self.scorecard.scrollTo(index)
        self._show_selected()

    def show_sla(self, sla_uuid: uuid.UUID, period_label: str | None = None) -> bool:
        """Select an SLA (over ``period_label`` if given): what an alert's "Go to" opens."""
        self._wanted = sla_uuid
        before = self.period.currentIndex()
        self.choose_period(period_label)
        if self.period.currentIndex() == before:
            row = self.model.row_of(sla_uuid)
            self._wanted = None
            if row is None:
                return False
            self.select_row(row)
        return True

    def selected(self) -> SlaResult | None:
        index = self.scorecard.currentIndex()
        return index.data(RESULT_ROLE) if index.isValid() else None

    def _row_changed(self, *_args) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        result = self.selected()
        if result is None:
            self.evidence_heading.setText("")
            self.evidence_model.set_evidence([])
            self.chart.set_note(self.tr("Select an SLA to see its trend."))
            self._chart_for = None
            return
        self.evidence_heading.setText(self.evidence_summary(result))
        self.evidence_model.set_evidence(result.evidence, result.unit)
        widgets.fit_columns(self.evidence, cap=260)
        self._draw_chart()

    def evidence_summary(self, r: SlaResult) -> str:
        title = words.sla_title(r.metric, r.name, r.product_line)
        where = self.tr("{title}, {period}").format(title=title, period=words.period_name(r.period))
        n, sample = len(r.evidence), r.sample_size
        metric = str(r.metric)
        if r.value is None:
            return self.tr("{where}: no records to measure yet.").format(where=where)
        if not n:
            return self.tr("{where}: nothing missed the target.").format(where=where)
        if metric == "on_time_delivery":
            text = self.tr("{where}: {count} of {sample} deliveries late")
        elif metric == "order_lead_time":
            text = self.tr("{where}: {count} of {sample} deliveries took longer than the target")
        elif metric in ("first_response_time", "resolution_time"):
            text = self.tr("{where}: {count} of {sample} tickets over the target")
        elif metric == "defect_ppm":
            text = self.tr("{where}: {count} inspection records over the target")
        elif metric == "satisfaction":
            text = self.tr("{where}: {count} of {sample} answers below the target")
        else:
            text = self.tr("{where}: {count} records miss the target")
        return text.format(where=where, count=words.number(n, 0), sample=words.number(sample, 0))

    # -- the trend chart -------------------------------------------------------------

    def _draw_chart(self) -> None:
        result = self.selected()
        if result is None or not self.isVisible():
            return
        lang = charts.chart_language()
        key = (result.sla_uuid, lang, id(self._trends))
        if key == self._chart_for:
            return
        self._chart_for = key
        trend = self._trends.get(result.sla_uuid, [])
        title = self.tr("{title}: trend").format(
            title=words.sla_title(result.metric, result.name, result.product_line)
        )
        self.chart_worker = self.chart.build(
            self.tab.context.workers, charts.sla_trend_figure, trend, lang, title
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._draw_chart()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._chart_for = None
            self.retranslate()
        super().changeEvent(event)

    def _evidence_activated(self, index) -> None:
        e = index.data(EVIDENCE_ROLE)
        if e is None or e.uuid is None:
            return
        kinds = {"ticket": Entity.TICKET, "delivery": Entity.DELIVERY, "survey_response": Entity.SURVEY}
        entity = kinds.get(e.kind)
        if entity is not None:
            self.tab.open_record(entity, e.uuid)
