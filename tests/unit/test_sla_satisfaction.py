"""Satisfaction analytics behind the satisfaction SLA and the NPS-drop alert."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from db.enums import SlaPeriod, SurveyKind
from planner.analytics.satisfaction import (
    ces,
    csat,
    nps,
    nps_rounds,
    per_person,
    trend,
    verbatims,
)
from planner.sla.facts import SurveyFact
from planner.sla.periods import Period

ANNA, BORIS = uuid.uuid4(), uuid.uuid4()


def a(kind, score, scale=None, when=(2026, 11, 10), person=None, name=None, comment=None, round_=None):
    scale = scale or {SurveyKind.NPS: 10, SurveyKind.CSAT: 5, SurveyKind.CES: 7}[kind]
    return SurveyFact(uuid.uuid4(), 1, kind, score, scale, datetime(*when, tzinfo=UTC), person, name,
                      comment, round_)


def test_nps_is_promoters_minus_detractors_not_an_average():
    answers = [a(SurveyKind.NPS, s) for s in (10, 10, 9, 8, 7, 6, 0)]
    score = nps(answers)
    assert (score.promoters, score.passives, score.detractors, score.responses) == (3, 2, 2, 7)
    assert score.nps == pytest.approx(round(100 * 1 / 7, 1))
    assert nps([]).nps is None
    assert nps([a(SurveyKind.NPS, 6)] * 3).nps == -100.0


def test_other_scales_are_rescaled():
    assert nps([a(SurveyKind.NPS, 5, scale=5)]).promoters == 1          # 5/5 → 10
    assert nps([a(SurveyKind.NPS, 3, scale=5)]).detractors == 1         # 3/5 → 6
    assert csat([a(SurveyKind.CSAT, 8, scale=10)]).mean == 4.0
    assert ces([a(SurveyKind.CES, 5, scale=5)]).mean == 7.0


def test_csat_mean_and_share_and_ces():
    result = csat([a(SurveyKind.CSAT, s) for s in (5, 4, 4, 2, 1)] + [a(SurveyKind.NPS, 10)])
    assert result.mean == 3.2 and result.responses == 5 and result.satisfied_share == 0.6
    assert ces([a(SurveyKind.CES, s) for s in (7, 5, 3)]).mean == 5.0
    assert csat([]).mean is None and ces([]).responses == 0


def test_rounds_by_name_else_quarter_in_time_order():
    answers = [
        a(SurveyKind.NPS, 9, when=(2026, 2, 10), round_="NPS Q1 2026"),
        a(SurveyKind.NPS, 3, when=(2026, 11, 2)),
        a(SurveyKind.NPS, 10, when=(2026, 5, 12), round_="NPS Q2 2026"),
        a(SurveyKind.NPS, 8, when=(2026, 5, 20), round_="NPS Q2 2026"),
        a(SurveyKind.CES, 2, when=(2026, 6, 1)),
    ]
    rounds = nps_rounds(answers)
    assert [r.name for r in rounds] == ["NPS Q1 2026", "NPS Q2 2026", "2026-Q4"]
    assert rounds[1].score.responses == 2 and rounds[1].first.isoformat() == "2026-05-12"


def test_trend_per_period_by_utc_date():
    answers = [a(SurveyKind.NPS, 10, when=(2026, 9, 30, 23, 30)), a(SurveyKind.NPS, 0, when=(2026, 10, 1))]
    q3, q4 = Period(SlaPeriod.QUARTER, 2026, 3), Period(SlaPeriod.QUARTER, 2026, 4)
    points = trend(answers, [q3, q4])
    assert [p.nps.nps for p in points] == [100.0, -100.0]
    assert trend([], [q3])[0].nps.nps is None


def test_per_person_latest_answers_and_verbatims():
    answers = [
        a(SurveyKind.NPS, 9, when=(2026, 5, 1), person=ANNA, name="Анна"),
        a(SurveyKind.NPS, 4, when=(2026, 11, 1), person=ANNA, name="Анна", comment="Сроки срываются"),
        a(SurveyKind.CSAT, 5, when=(2026, 10, 1), person=BORIS, name="Boris", comment="  "),
        a(SurveyKind.CES, 6, when=(2026, 10, 5), comment="Easy"),
    ]
    rows = per_person(answers)
    assert [(r.person_name, r.latest_nps, r.latest_csat, r.responses) for r in rows] == [
        ("Boris", None, 5.0, 1), ("Анна", 4.0, None, 2), (None, None, None, 1)]
    assert [v.comment for v in verbatims(answers)] == ["Сроки срываются", "Easy"]
