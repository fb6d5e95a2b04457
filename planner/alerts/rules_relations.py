"""Alert rules on the relationship: NPS drop, key people stale or gone, engagement drop.

Pure functions on plain facts; the service loads the facts set-wise.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.alerts.model import AccountRef, Alert, AlertKind, Severity
from planner.alerts.params import AlertParams
from planner.alerts.rules_service import start_of
from planner.analytics.satisfaction import nps, nps_rounds
from planner.sla.facts import Evidence, SurveyFact
from planner.sla.periods import utc_day
from planner.timeline import engagement

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


def engagement_alerts(account: AccountRef, monthly: dict[date, int] | None, now: datetime,
                      params: AlertParams) -> list[Alert]:
    """The timeline's engagement rule (recent complete months far below the account's own baseline)."""
    today = utc_day(now)
    months = engagement.month_range(engagement_first_month(today), date(today.year, today.month, 1))
    totals = [(monthly or {}).get(m, 0) for m in months]
    verdict = engagement.engagement_drop(months, totals, as_of=today)
    if not verdict.drop:
        return []
    window_start, window_end = verdict.recent_months[0], engagement.add_months(verdict.recent_months[-1], 1)
    return [Alert(
        key=f"{AlertKind.ENGAGEMENT_DROP}:{account.uuid}:{window_start:%Y-%m}",
        kind=AlertKind.ENGAGEMENT_DROP,
        severity=Severity.HIGH if (verdict.ratio or 0) <= params.engagement_high_ratio else Severity.MEDIUM,
        account=account,
        created=start_of(window_end),
        facts={"recent_monthly": round(verdict.recent, 1), "baseline_monthly": round(verdict.baseline, 1),
               "ratio": round(verdict.ratio or 0, 3), "recent_months": list(verdict.recent_months),
               "baseline_months": list(verdict.baseline_months)},
        evidence=(Evidence("interactions", None, None, window_start, {
            "from": window_start, "to": window_end - timedelta(days=1),
            "count": sum((monthly or {}).get(m, 0) for m in verdict.recent_months),
            "baseline_monthly": round(verdict.baseline, 1)}),),
    )]


def engagement_first_month(today: date) -> date:
    """The first month the rule looks at: its baseline and recent months before the current one."""
    current = date(today.year, today.month, 1)
    return engagement.add_months(current, -(engagement.BASELINE_MONTHS + engagement.RECENT_MONTHS))


