"""Alert rules on the relationship: NPS drop, key people stale or gone, engagement drop.

Pure functions on plain facts; the service loads the facts set-wise.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from db.enums import SlaPeriod
from planner.alerts.model import AccountRef, Alert, AlertKind, Severity
from planner.alerts.params import AlertParams
from planner.alerts.rules_service import start_of
from planner.analytics.satisfaction import nps, nps_rounds
from planner.sla.facts import Evidence, SurveyFact
from planner.sla.periods import period_of, utc_day

#: Roles that make a person key: whose silence or departure puts the account at risk.
KEY_ROLES = ("economic_buyer", "decider", "champion")
#: Of those, the ones who sign: a long silence with them is more severe.
DECISION_ROLES = ("economic_buyer", "decider")


@dataclass(frozen=True)
class KeyPersonFact:
    """A stakeholder holding a key role (Miller Heiman, buying centre, or champion attitude)."""

    uuid: uuid.UUID
    account_id: int
    name: str
    roles: tuple[str, ...]
    title: str | None = None
    last_contact: datetime | None = None
    left_company: bool = False
    left_on: date | None = None
    left_to: str | None = None
    #: When the person was added: a never-contacted person is stale from then on.
    added_at: datetime | None = None


@dataclass(frozen=True)
class EngagementFact:
    """Client interactions of one account in the recent window and in the baseline before it."""

    account_id: int
    recent: int
    baseline: int
    last_interaction: datetime | None = None


def nps_drop_alerts(account: AccountRef, answers: Iterable[SurveyFact], now: datetime,
                    params: AlertParams) -> list[Alert]:
    """The latest NPS round far below the pooled rounds before it.

    Needs a recent latest round (``nps_recent_days``) with enough answers, and enough
    answers in the baseline; a round is a survey name, or a quarter for unnamed answers.
    """
    today = utc_day(now)
    rounds = nps_rounds(a for a in answers if a.responded_at <= now)
    if len(rounds) < 2:
        return []
    latest = rounds[-1]
    if (today - latest.last).days > params.nps_recent_days:
        return []
    before = rounds[-1 - params.nps_baseline_rounds:-1]
    baseline = nps(a for r in before for a in r.answers)
    if latest.score.responses < params.nps_min_recent or baseline.responses < params.nps_min_baseline:
        return []
    drop = baseline.nps - latest.score.nps
    if drop < params.nps_drop_points:
        return []
    high = drop >= params.nps_high_drop_points or latest.score.nps < 0
    evidence = tuple(
        Evidence("survey_response", a.uuid, a.person_name, utc_day(a.responded_at), {
            "score": a.score, "scale_max": a.scale_max, "person": a.person_name,
            "comment": a.comment, "survey": a.survey_name})
        for a in sorted(latest.answers, key=lambda a: (a.score / max(a.scale_max, 1), a.responded_at))
    )
    return [Alert(
        key=f"{AlertKind.NPS_DROP}:{account.uuid}:{latest.name}",
        kind=AlertKind.NPS_DROP,
        severity=Severity.HIGH if high else Severity.MEDIUM,
        account=account,
        created=max(a.responded_at for a in latest.answers),
        facts={
            "round": latest.name, "nps": latest.score.nps, "responses": latest.score.responses,
            "promoters": latest.score.promoters, "detractors": latest.score.detractors,
            "baseline_nps": baseline.nps, "baseline_responses": baseline.responses,
            "baseline_rounds": [r.name for r in before], "drop_points": round(drop, 1),
        },
        evidence=evidence,
    )]


def key_person_alerts(account: AccountRef, people: Iterable[KeyPersonFact], now: datetime,
                      params: AlertParams) -> list[Alert]:
    """A key person not contacted for ``stale_days`` (or never), or one who recently left."""
    today = utc_day(now)
    alerts = []
    for p in people:
        roles = [r for r in p.roles if r in KEY_ROLES]
        if not roles:
            continue
        decides = any(r in DECISION_ROLES for r in roles)
        person = Evidence("person", p.uuid, p.name, p.last_contact and utc_day(p.last_contact), {
            "name": p.name, "title": p.title, "roles": roles, "last_contact": p.last_contact,
            "left_on": p.left_on, "left_to": p.left_to})
        if p.left_company:
            if p.left_on is None or (today - p.left_on).days > params.left_within_days:
                continue
            alerts.append(Alert(
                key=f"{AlertKind.KEY_PERSON_LEFT}:{p.uuid}",
                kind=AlertKind.KEY_PERSON_LEFT,
                severity=Severity.HIGH,
                account=account,
                created=min(start_of(p.left_on), now),
                facts={"person_uuid": p.uuid, "person": p.name, "title": p.title, "roles": roles,
                       "left_on": p.left_on, "left_to": p.left_to,
                       "days_since": (today - p.left_on).days},
                evidence=(person,),
            ))
            continue
        days = None if p.last_contact is None else (today - utc_day(p.last_contact)).days
        if days is not None and days < params.stale_days:
            continue
        if days is None:
            since = p.added_at or now
            if (now - since).days < params.stale_days:
                continue
            began = since + timedelta(days=params.stale_days)
        else:
            began = start_of(utc_day(p.last_contact) + timedelta(days=params.stale_days))
        high = decides and (days is None or days >= params.stale_high_days)
        episode = "never" if p.last_contact is None else utc_day(p.last_contact).isoformat()
        alerts.append(Alert(
            key=f"{AlertKind.KEY_PERSON_STALE}:{p.uuid}:{episode}",
            kind=AlertKind.KEY_PERSON_STALE,
            severity=Severity.HIGH if high else Severity.MEDIUM,
            account=account,
            created=min(began, now),
            facts={"person_uuid": p.uuid, "person": p.name, "title": p.title, "roles": roles,
                   "last_contact": p.last_contact, "days_since_contact": days,
                   "threshold_days": params.stale_days},
            evidence=(person,),
        ))
    return alerts


def engagement_alerts(account: AccountRef, fact: EngagementFact | None, now: datetime,
                      params: AlertParams) -> list[Alert]:
    """Interactions of the last ``engagement_days`` far below the account's own usual rate."""
    if fact is None:
        return []
    expected = fact.baseline * params.engagement_days / params.baseline_days
    if expected < params.engagement_min_expected or fact.recent > params.engagement_ratio * expected:
        return []
    ratio = fact.recent / expected
    today = utc_day(now)
    window_start = today - timedelta(days=params.engagement_days)
    return [Alert(
        key=f"{AlertKind.ENGAGEMENT_DROP}:{account.uuid}:{period_of(today, SlaPeriod.QUARTER).label}",
        kind=AlertKind.ENGAGEMENT_DROP,
        severity=Severity.HIGH if ratio <= params.engagement_high_ratio else Severity.MEDIUM,
        account=account,
        created=start_of(window_start),
        facts={"recent": fact.recent, "window_days": params.engagement_days,
               "expected": round(expected, 1), "baseline": fact.baseline,
               "baseline_days": params.baseline_days, "ratio": round(ratio, 3),
               "last_interaction": fact.last_interaction},
        evidence=(Evidence("interactions", None, None, window_start, {
            "from": window_start, "to": today, "count": fact.recent,
            "expected": round(expected, 1)}),),
    )]


def engagement_windows(now: datetime, params: AlertParams) -> Sequence[datetime]:
    """(baseline start, recent start) instants, for the loader's one aggregate query."""
    recent = now - timedelta(days=params.engagement_days)
    return recent - timedelta(days=params.baseline_days), recent

