"""Satisfaction: NPS, CSAT and CES per account and per person, their trend and verbatims.

NPS is computed properly: the share of promoters (9–10) minus the share of
detractors (0–6), in points from −100 to +100 — never an average score. Answers on
another scale are first rescaled to the standard one (0–10 NPS, 1–5 CSAT, 1–7 CES).
CSAT is reported as its mean and as the share of satisfied answers (4 or 5 of 5).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from sqlalchemy import select

from db.enums import SlaPeriod, SurveyKind
from db.models import Account
from db.store import Database
from planner.errors import NotFound
from planner.sla.facts import SurveyFact
from planner.sla.loading import load_surveys
from planner.sla.periods import Period, moment_of, period_of, utc_day

STANDARD_SCALE = {SurveyKind.NPS: 10, SurveyKind.CSAT: 5, SurveyKind.CES: 7}


def normalised(answer: SurveyFact) -> float:
    """The score on its kind's standard scale (so a 0–5 NPS answer of 5 reads as 10)."""
    top = STANDARD_SCALE[answer.kind]
    if answer.scale_max == top or answer.scale_max <= 0:
        return float(answer.score)
    return answer.score * top / answer.scale_max


@dataclass(frozen=True)
class NpsScore:
    nps: float | None
    promoters: int
    passives: int
    detractors: int

    @property
    def responses(self) -> int:
        return self.promoters + self.passives + self.detractors


@dataclass(frozen=True)
class MeanScore:
    """CSAT or CES: the mean on the standard scale; ``satisfied_share`` for CSAT (0–1)."""

    mean: float | None
    responses: int
    satisfied_share: float | None = None


def nps(answers: Iterable[SurveyFact]) -> NpsScore:
    promoters = passives = detractors = 0
    for answer in answers:
        if answer.kind is not SurveyKind.NPS:
            continue
        score = round(normalised(answer))
        if score >= 9:
            promoters += 1
        elif score >= 7:
            passives += 1
        else:
            detractors += 1
    total = promoters + passives + detractors
    value = None if total == 0 else round(100 * (promoters - detractors) / total, 1)
    return NpsScore(value, promoters, passives, detractors)


def csat(answers: Iterable[SurveyFact]) -> MeanScore:
    scores = [normalised(a) for a in answers if a.kind is SurveyKind.CSAT]
    if not scores:
        return MeanScore(None, 0, None)
    satisfied = sum(1 for s in scores if s >= 4 - 1e-9)
    return MeanScore(round(sum(scores) / len(scores), 2), len(scores), satisfied / len(scores))


def ces(answers: Iterable[SurveyFact]) -> MeanScore:
    scores = [normalised(a) for a in answers if a.kind is SurveyKind.CES]
    if not scores:
        return MeanScore(None, 0)
    return MeanScore(round(sum(scores) / len(scores), 2), len(scores))


@dataclass(frozen=True)
class NpsRound:
    """One survey round: answers sharing a survey name, else a calendar quarter."""

    name: str
    first: date
    last: date
    score: NpsScore
    answers: tuple[SurveyFact, ...]


def nps_rounds(answers: Iterable[SurveyFact]) -> list[NpsRound]:
    """NPS answers grouped into rounds, oldest first (by the round's median answer date)."""
    groups: dict[str, list[SurveyFact]] = defaultdict(list)
    for answer in answers:
        if answer.kind is SurveyKind.NPS:
            key = answer.survey_name or period_of(answer.day, SlaPeriod.QUARTER).label
            groups[key].append(answer)
    rounds = []
    for name, group in groups.items():
        group.sort(key=lambda a: a.responded_at)
        days = [a.day for a in group]
        middle = median(d.toordinal() for d in days)
        rounds.append((middle, NpsRound(name, days[0], days[-1], nps(group), tuple(group))))
    rounds.sort(key=lambda pair: (pair[0], pair[1].name))
    return [r for _, r in rounds]


@dataclass(frozen=True)
class TrendPoint:
    period: Period
    nps: NpsScore
    csat: MeanScore
    ces: MeanScore


def trend(answers: Sequence[SurveyFact], periods: Sequence[Period]) -> list[TrendPoint]:
    """NPS, CSAT and CES in each period (UTC date of the answer decides its period)."""
    points = []
    for period in periods:
        inside = [a for a in answers if period.contains(a.day)]
        points.append(TrendPoint(period, nps(inside), csat(inside), ces(inside)))
    return points


@dataclass(frozen=True)
class PersonSatisfaction:
    person_uuid: uuid.UUID | None
    person_name: str | None
    #: The person's latest answer of each kind (standard scale), with its date.
    latest_nps: float | None
    latest_csat: float | None
    latest_ces: float | None
    last_answered: date
    responses: int


def per_person(answers: Iterable[SurveyFact]) -> list[PersonSatisfaction]:
    """Each respondent's latest answers; anonymous answers are grouped as one row."""
    groups: dict[uuid.UUID | None, list[SurveyFact]] = defaultdict(list)
    for answer in answers:
        groups[answer.person_uuid].append(answer)
    rows = []
    for person, group in groups.items():
        group.sort(key=lambda a: a.responded_at)

        def latest(kind: SurveyKind, group=group) -> float | None:
            found = [a for a in group if a.kind is kind]
            return round(normalised(found[-1]), 1) if found else None

        rows.append(
            PersonSatisfaction(
                person,
                group[-1].person_name,
                latest(SurveyKind.NPS),
                latest(SurveyKind.CSAT),
                latest(SurveyKind.CES),
                group[-1].day,
                len(group),
            )
        )
    rows.sort(key=lambda r: (r.person_uuid is None, (r.person_name or "").casefold()))
    return rows


def verbatims(answers: Iterable[SurveyFact], limit: int = 50) -> list[SurveyFact]:
    """Answers with a comment, newest first."""
    with_text = [a for a in answers if a.comment and a.comment.strip()]
    with_text.sort(key=lambda a: a.responded_at, reverse=True)
    return with_text[:limit]


@dataclass(frozen=True)
class SatisfactionReport:
    account_uuid: uuid.UUID
    as_of: date
    nps: NpsScore
    csat: MeanScore
    ces: MeanScore
    trend: tuple[TrendPoint, ...]
    rounds: tuple[NpsRound, ...]
    people: tuple[PersonSatisfaction, ...]
    verbatims: tuple[SurveyFact, ...]


def account_satisfaction(
    db: Database, account_uuid: uuid.UUID, as_of: date | None = None, *, quarters: int = 8,
    window_days: int = 365,
) -> SatisfactionReport:
    """The satisfaction picture of one account: headline scores over ``window_days``,
    the quarterly trend over ``quarters`` quarters, rounds, people and verbatims."""
    from planner.sla.periods import periods_back

    now = moment_of(as_of)
    today = utc_day(now)
    periods = periods_back(period_of(today, SlaPeriod.QUARTER), quarters)
    with db.session.begin() as session:
        account_id = session.scalar(
            select(Account.id).where(Account.uuid == account_uuid, Account.deleted_at.is_(None))
        )
        if account_id is None:
            raise NotFound("account", str(account_uuid))
        answers = load_surveys(session, [account_id], periods[0].start_at(), now)
    recent_from = today - timedelta(days=window_days)
    recent = [a for a in answers if utc_day(a.responded_at) > recent_from]
    return SatisfactionReport(
        account_uuid=account_uuid,
        as_of=today,
        nps=nps(recent),
        csat=csat(recent),
        ces=ces(recent),
        trend=tuple(trend(answers, periods)),
        rounds=tuple(nps_rounds(answers)),
        people=tuple(per_person(recent)),
        verbatims=tuple(verbatims(answers)),
    )
