"""The Satisfaction page: NPS (promoters minus detractors), CSAT and CES of the last twelve
months and per quarter, the NPS trend chart, each person's latest answers, the verbatim
comments, and every answer (paged) for adding and deleting answers."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from planner import records
from planner.changes import Entity
from ui.service import charts, widgets, words
from ui.service.loading import ServiceData
from ui.service.record_actions import RecordActions
from ui.service.satisfaction_models import (
    AnswersModel,
    CommentsModel,
    PeopleModel,
    PeriodScoresModel,
    mean_text,
    nps_split,
    nps_text,
)


class SatisfactionPage(QWidget):
    """Survey results of one account."""

    def __init__(self, tab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("satisfactionPage")
        self.tab = tab
        self._data: ServiceData | None = None
        self._chart_for: tuple | None = None
        self._build()

    def _build(self) -> None:
        column = QVBoxLayout(self)
        self.window_heading = widgets.heading()
        column.addWidget(self.window_heading)
        scores = QGridLayout()
        scores.setHorizontalSpacing(16)
        self.score_names: dict[str, QLabel] = {}
        self.score_values: dict[str, QLabel] = {}
        for row, key in enumerate(("nps", "csat", "ces")):
            name = QLabel()
            value = widgets.value_label()
            value.setObjectName(f"{key}Headline")
            name.setBuddy(value)
            scores.addWidget(name, row, 0)
            scores.addWidget(value, row, 1)
            self.score_names[key], self.score_values[key] = name, value
        scores.setColumnStretch(1, 1)
        column.addLayout(scores)

        self.periods = widgets.table("satisfactionPeriods")
        self.periods_model = PeriodScoresModel(self)
        self.periods.setModel(self.periods_model)
        self.chart = charts.ChartPane("npsTrendChart")

        self.lists = QTabWidget()
        self.lists.setObjectName("satisfactionLists")
        self.lists.setDocumentMode(True)
        self.people = widgets.table("satisfactionPeople")
        self.people_model = PeopleModel(self)
        self.people.setModel(self.people_model)
        self.comments = widgets.table("verbatims", wrap=True)
        self.comments_model = CommentsModel(self)
        self.comments.setModel(self.comments_model)
        self.answers = widgets.table("surveyAnswers")
        self.answers_model = AnswersModel(self)
        self.answers.setModel(self.answers_model)
        self.answer_actions = RecordActions(
            self.tab, Entity.SURVEY, self.answers, lambda: self.tab.account_uuid, editable=False
        )
        self.answer_actions.watch_selection()
        answers_page = QWidget()
        answers_column = QVBoxLayout(answers_page)
        answers_column.setContentsMargins(0, 4, 0, 0)
        answers_column.addWidget(self.answers, 1)
        answers_column.addWidget(self.answer_actions.bar)
        for widget in (self.periods, self.people, self.comments, answers_page):
            self.lists.addTab(widget, "")

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.chart)
        split.addWidget(self.lists)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([450, 450])
        column.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.window_heading.setText(self.tr("Last twelve months"))
        self.score_names["nps"].setText(self.tr("Net Promoter Score:"))
        self.score_names["csat"].setText(self.tr("Satisfaction (CSAT, 1–5):"))
        self.score_names["ces"].setText(self.tr("Effort (CES, 1–7, lower is easier):"))
        self.periods.setAccessibleName(self.tr("Scores per quarter"))
        self.chart.setAccessibleName(self.tr("Net Promoter Score per quarter"))
        self.people.setAccessibleName(self.tr("Answers per person"))
        self.comments.setAccessibleName(self.tr("Comments"))
        self.answers.setAccessibleName(self.tr("All answers"))
        self.lists.setTabText(0, self.tr("By quarter"))
        self.lists.setTabText(1, self.tr("People"))
        self.lists.setTabText(2, self.tr("Comments"))
        self.lists.setTabText(3, self.tr("All answers"))
        self.answer_actions.retranslate()
        if self._data is not None:
            self._fill_scores(self._data)
        for model in (self.periods_model, self.people_model, self.comments_model, self.answers_model):
            model.refresh_texts()

    # -- data ----------------------------------------------------------------------

    def show_data(self, data: ServiceData) -> None:
        self._data = data
        report = data.satisfaction
        self._fill_scores(data)
        self.periods_model.set_rows(list(report.trend)[::-1])
        widgets.fit_columns(self.periods, stretch_last=False)
        self.people_model.set_rows(report.people)
        widgets.fit_columns(self.people, stretch=0)
        self.comments_model.set_rows(report.verbatims)
        self.comments.resizeColumnsToContents()
        header = self.comments.horizontalHeader()
        header.resizeSection(0, max(240, min(header.sectionSize(0), 460)))
        self.comments.resizeRowsToContents()
        db, account = self.tab.db, data.account_uuid
        self.answers_model.reset(
            data.answers_total,
            lambda offset, limit: records.surveys.list_for(db, account, limit=limit, offset=offset),
            data.answers_page,
        )
        widgets.fit_columns(self.answers)
        self._draw_chart()

    def _fill_scores(self, data: ServiceData) -> None:
        report = data.satisfaction
        if report.nps.nps is None:
            nps = self.tr("no answers")
        else:
            nps = self.tr("{nps} = {split}").format(nps=nps_text(report.nps), split=nps_split(report.nps))
        self.score_values["nps"].setText(nps)
        csat, ces = report.csat, report.ces
        if csat.mean is None:
            self.score_values["csat"].setText(self.tr("no answers"))
        else:
            text = self.tr("{mean} — {share} satisfied ({answers})")
            self.score_values["csat"].setText(
                text.format(
                    mean=words.number(csat.mean, 2),
                    share=words.percent(csat.satisfied_share),
                    answers=words.answers(csat.responses),
                )
            )
        if ces.mean is None:
            self.score_values["ces"].setText(self.tr("no answers"))
        else:
            text = self.tr("{mean} ({answers})").format(
                mean=mean_text(ces), answers=words.answers(ces.responses)
            )
            self.score_values["ces"].setText(text)

    def _draw_chart(self) -> None:
        data = self._data
        if data is None or not self.isVisible():
            return
        lang = charts.chart_language()
        key = (id(data), lang)
        if key == self._chart_for:
            return
        self._chart_for = key
        self.chart_worker = self.chart.build(
            self.tab.context.workers, charts.nps_trend_figure, data.satisfaction.trend, lang
        )

    def show_answer(self, answer_uuid: uuid.UUID) -> bool:
        row = self.answers_model.load_until(lambda answer: answer.uuid == answer_uuid)
        if row is None:
            return False
        self.lists.setCurrentIndex(3)
        index = self.answers_model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.answers.selectionModel().setCurrentIndex(index, flags)
        self.answers.scrollTo(index)
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._draw_chart()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._chart_for = None
            self.retranslate()
            self._draw_chart()
        super().changeEvent(event)
