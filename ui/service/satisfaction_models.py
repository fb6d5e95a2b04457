"""Tables of the Satisfaction section: scores per quarter, per person, the comments, all answers.

NPS is the planner's: the share of promoters minus the share of detractors, in
points from −100 to +100 (never a mean score); each NPS cell's tooltip shows the split.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from planner.analytics.satisfaction import MeanScore, NpsScore
from ui import formatting
from ui.formatting import EMPTY
from ui.service import words
from ui.service.table_model import Column, PagedRowsModel, RowsModel


def nps_text(score: NpsScore) -> str:
    return EMPTY if score.nps is None else words.number(score.nps, 1)


def nps_split(score: NpsScore) -> str:
    """ "57% promoters − 14% detractors (7 answers)"."""
    if not score.responses:
        return QCoreApplication.translate("SatisfactionTables", "No NPS answers")
    return QCoreApplication.translate(
        "SatisfactionTables", "{promoters} promoters − {detractors} detractors ({answers})"
    ).format(
        promoters=words.percent(score.promoters / score.responses),
        detractors=words.percent(score.detractors / score.responses),
        answers=words.answers(score.responses),
    )


def csat_text(score: MeanScore) -> str:
    if score.mean is None:
        return EMPTY
    return QCoreApplication.translate("SatisfactionTables", "{mean} ({share} satisfied)").format(
        mean=words.number(score.mean, 2), share=words.percent(score.satisfied_share)
    )


def mean_text(score: MeanScore) -> str:
    return EMPTY if score.mean is None else words.number(score.mean, 2)


class PeriodScoresModel(RowsModel):
    """NPS, CSAT and CES per quarter (``TrendPoint``s), newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Quarter"),
                    lambda p: words.period_name(p.period, capital=True),
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "NPS"),
                    lambda p: nps_text(p.nps),
                    numeric=True,
                    tooltip=lambda p: nps_split(p.nps),
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Promoters"),
                    lambda p: words.number(p.nps.promoters, 0),
                    numeric=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Passives"),
                    lambda p: words.number(p.nps.passives, 0),
                    numeric=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Detractors"),
                    lambda p: words.number(p.nps.detractors, 0),
                    numeric=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "CSAT (1–5)"),
                    lambda p: csat_text(p.csat),
                    numeric=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "CES (1–7)"),
                    lambda p: mean_text(p.ces),
                    numeric=True,
                ),
            ],
            parent,
        )


class PeopleModel(RowsModel):
    """Each respondent's latest answers (``PersonSatisfaction``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Person"),
                    lambda p: (
                        p.person_name or QCoreApplication.translate("SatisfactionTables", "Anonymous answers")
                    ),
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Latest NPS (0–10)"),
                    lambda p: words.number(p.latest_nps, 1),
                    numeric=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Latest CSAT (1–5)"),
                    lambda p: words.number(p.latest_csat, 1),
                    numeric=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Latest CES (1–7)"),
                    lambda p: words.number(p.latest_ces, 1),
                    numeric=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Answers"),
                    lambda p: words.number(p.responses, 0),
                    numeric=True,
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Last answered"),
                    lambda p: formatting.short_date(p.last_answered),
                ),
            ],
            parent,
        )


def _score(answer) -> str:
    return f"{words.survey_kind_label(answer.kind)} {answer.score}/{answer.scale_max}"


class CommentsModel(RowsModel):
    """Verbatim comments (``SurveyFact``s with a comment), newest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Comment"),
                    lambda a: f"“{a.comment.strip()}”",
                ),
                Column(lambda: QCoreApplication.translate("SatisfactionTables", "Score"), _score),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Who"),
                    lambda a: a.person_name or QCoreApplication.translate("SatisfactionTables", "anonymous"),
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Answered"),
                    lambda a: formatting.short_date(a.responded_at),
                ),
            ],
            parent,
        )


class AnswersModel(PagedRowsModel):
    """Every survey answer of the account, newest first (``planner.records.surveys``), paged."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Answered"),
                    lambda a: formatting.short_date(a.responded_at),
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Person"),
                    lambda a: a.person_name or QCoreApplication.translate("SatisfactionTables", "anonymous"),
                ),
                Column(lambda: QCoreApplication.translate("SatisfactionTables", "Score"), _score),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Survey"),
                    lambda a: a.survey_name or EMPTY,
                ),
                Column(
                    lambda: QCoreApplication.translate("SatisfactionTables", "Comment"),
                    lambda a: a.comment or EMPTY,
                ),
            ],
            parent,
        )
