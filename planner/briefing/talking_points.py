"""Talking points, questions, aims and risks for a meeting, derived from the data by rules.

Each rule is a small pure function of the collected ``MeetingData`` that yields
``Point``s with the records they stand on, so a reader can check every claim
(which deliveries were late, which ticket is open, which answer was a 6). The
points are internal by nature; ``decide`` leaves them out for the client.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from db.enums import Attitude, MillerHeimanRole, PlanStatus, RoleFramework, SlaMetric, TicketSeverity
from planner.alerts.model import Alert, AlertKind
from planner.alerts.model import Severity as AlertSeverity
from planner.analytics.satisfaction import STANDARD_SCALE
from planner.briefing.facts import MeetingData, PersonFacts
from planner.briefing.model import Point, PointKind, Source, SourceKind
from planner.sla.status import SlaStatus
from planner.stakeholders.gaps import GapKind, is_decision_maker
from planner.stakeholders.gaps import Severity as GapSeverity

#: An attendee first met this recently is "new": ask about their priorities.
NEW_PERSON_DAYS = 90
#: Promised follow-ups this recent, from contacts with the attendees, are reported back on.
FOLLOW_UP_DAYS = 45
#: Plan actions due this soon after the meeting (or overdue) are raised.
ACTION_DAYS = 14
#: ... and actions overdue for longer than this are left to the plan.
STALE_ACTION_DAYS = 30
#: Opportunities expected to close this soon get their decision date confirmed.
DECISION_DAYS = 120
#: A contract is raised for renewal when its notice deadline is this close.
RENEWAL_NOTICE_DAYS = 180
#: A decision maker not at the meeting and not contacted this long is asked about.
ABSENT_STALE_DAYS = 60
#: Survey answers at or below these (standard scale) count as unhappy.
UNHAPPY = {"nps": 6, "csat": 2, "ces": 3}
MAX_POINTS = 8
MAX_QUESTIONS = 6
MAX_PER_RULE = 3
MAX_DECISIONS = 2
MAX_SOURCES = 40


@dataclass(frozen=True)
class Plan:
    """What the rules found: what to say, what to ask, what to achieve, what to watch."""

    points: tuple[Point, ...]
    questions: tuple[Point, ...]
    achieve: tuple[Point, ...]
    watch: tuple[Point, ...]


def plan(data: MeetingData) -> Plan:
    """Every rule over the meeting's data, each list ranked by weight and cut to size."""
    points = [*_late_deliveries(data), *_sla_breaches(data), *_tickets(data), *_follow_ups(data),
              *_concerns(data)]
    renewal = list(_renewals(data))
    actions = list(_actions(data))
    advances = list(_advances(data))
    points += renewal + actions
    questions = [*_decision_dates(data), *_priorities(data), *_detractors(data),
                 *_absent_decision_makers(data)]
    return Plan(
        points=_top(points, MAX_POINTS),
        questions=_top(questions, MAX_QUESTIONS),
        achieve=_varied(advances + actions + renewal, 3),
        watch=_varied(list(_watch(data)), 3),
    )


def _top(points: Iterable[Point], limit: int) -> tuple[Point, ...]:
    return tuple(sorted(points, key=lambda p: -p.weight)[:limit])


def _varied(points: list[Point], limit: int) -> tuple[Point, ...]:
    """The best of each kind first, then the next best of each: three aims or risks of
    three different kinds where the data has them, not three of the same."""
    by_kind: dict[PointKind, list[Point]] = {}
    for point in sorted(points, key=lambda p: -p.weight):
        by_kind.setdefault(point.kind, []).append(point)
    chosen: list[Point] = []
    while len(chosen) < limit and any(by_kind.values()):
        firsts = sorted((group.pop(0) for group in by_kind.values() if group), key=lambda p: -p.weight)
        chosen += firsts[:limit - len(chosen)]
    return tuple(chosen)


def evidence_sources(evidence: Iterable, limit: int = 5) -> tuple[Source, ...]:
    """The records behind an SLA figure or an alert, as sources (kinds the briefing can name)."""
    kinds = {"delivery": SourceKind.DELIVERY, "ticket": SourceKind.TICKET, "person": SourceKind.PERSON,
             "survey_response": SourceKind.SURVEY}
    found = [Source(kinds[e.kind], e.uuid, e.label or "—", e.day) for e in evidence if e.kind in kinds]
    return tuple(found[:limit])


def _name(data: MeetingData, person) -> str | None:
    found = data.people.get(person)
    return found.name if found else None


# --------------------------------------------------------------------------- what to say


def _late_deliveries(data: MeetingData) -> Iterable[Point]:
    late = data.late_deliveries
    if not late:
        return
    months = Counter((d.promised_on.year, d.promised_on.month) for d in late)
    on_time = next((r for r in data.scorecard if r.metric is SlaMetric.ON_TIME_DELIVERY
                    and r.value is not None and r.status is SlaStatus.BREACHED), None)
    sources = [Source(SourceKind.DELIVERY, d.uuid, d.order_number or "—", d.promised_on) for d in late]
    if on_time is not None:
        sources.insert(0, Source(SourceKind.SLA, on_time.sla_uuid, on_time.name or on_time.metric.value,
                                 period=on_time.period))
    yield Point(PointKind.ACKNOWLEDGE_LATE,
                {"count": len(late), "months": tuple(sorted(months.items())),
                 "on_time": on_time.value if on_time else None,
                 "target": on_time.target if on_time else None},
                tuple(sources[:MAX_SOURCES]), weight=90 + min(len(late), 9))


def _sla_breaches(data: MeetingData) -> Iterable[Point]:
    covered = SlaMetric.ON_TIME_DELIVERY if data.late_deliveries else None
    for r in data.scorecard:
        if r.status is not SlaStatus.BREACHED or r.value is None or r.metric is covered:
            continue
        yield Point(PointKind.EXPLAIN_SLA, {"result": r},
                    (Source(SourceKind.SLA, r.sla_uuid, r.name or r.metric.value, period=r.period),
                     *evidence_sources(r.evidence)), weight=80)


def _tickets(data: MeetingData) -> Iterable[Point]:
    """Open tickets the attendees raised, then the account's severe ones; oldest first."""
    attending = set(data.meeting.client)
    rank = {TicketSeverity.CRITICAL: 0, TicketSeverity.HIGH: 1, TicketSeverity.MEDIUM: 2,
            TicketSeverity.LOW: 3}
    chosen = [t for t in data.tickets if t.open and (
        t.raised_by in attending or rank[t.severity] <= 1)]
    chosen.sort(key=lambda t: (t.raised_by not in attending, rank[t.severity], t.opened_at))
    for t in chosen[:MAX_PER_RULE]:
        days = max(0, (data.as_of - t.opened_at.date()).days)
        mine = t.raised_by in attending
        yield Point(PointKind.TICKET_UPDATE,
                    {"ticket": t, "days": days, "raised_by": _name(data, t.raised_by) if mine else None},
                    (Source(SourceKind.TICKET, t.uuid, t.number or t.subject, t.opened_at.date()),),
                    weight=(75 if mine else 60) - rank[t.severity])


def _follow_ups(data: MeetingData) -> Iterable[Point]:
    attending = set(data.meeting.client)
    since = data.as_of - timedelta(days=FOLLOW_UP_DAYS)
    seen = set()
    for c in data.recent:
        if len(seen) >= MAX_PER_RULE:
            return
        step = (c.next_step or "").strip()
        if not step or c.at.date() < since or not attending & set(c.people) or step.casefold() in seen:
            continue
        seen.add(step.casefold())
        yield Point(PointKind.REPORT_BACK, {"step": step, "day": c.at.date()},
                    (Source(SourceKind.INTERACTION, c.uuid, c.subject or "—", c.at.date()),), weight=70)


def _concerns(data: MeetingData) -> Iterable[Point]:
    for p in data.attendees:
        if p.attitude in (Attitude.SCEPTIC, Attitude.BLOCKER) and p.priorities:
            yield Point(PointKind.ADDRESS_CONCERNS,
                        {"name": p.name, "attitude": p.attitude, "priorities": p.priorities},
                        (Source(SourceKind.PERSON, p.uuid, p.name),),
                        weight=65 + (p.attitude is Attitude.BLOCKER) * 5 + p.influence)


def _renewals(data: MeetingData) -> Iterable[Point]:
    for c in data.contracts:
        if c.ends_on is None:
            continue
        notice = c.ends_on - timedelta(days=c.notice_days)
        if (notice - data.as_of).days > RENEWAL_NOTICE_DAYS:
            continue
        yield Point(PointKind.RAISE_RENEWAL, {"contract": c, "notice": notice},
                    (Source(SourceKind.CONTRACT, c.uuid, c.number or c.title, c.ends_on),),
                    weight=85 if (notice - data.as_of).days <= 90 else 55)


def _actions(data: MeetingData) -> Iterable[Point]:
    """Plan actions due around the meeting: up to ACTION_DAYS after it, or lately overdue
    (an action blocked or overdue for months is the plan's problem, not this meeting's)."""
    horizon = data.meeting.day + timedelta(days=ACTION_DAYS)
    stale = data.as_of - timedelta(days=STALE_ACTION_DAYS)
    due = [a for a in data.actions if a.due_on is not None and stale <= a.due_on <= horizon
           and a.status is not PlanStatus.BLOCKED]
    for a in due[:MAX_PER_RULE]:
        overdue = a.due_on < data.as_of
        yield Point(PointKind.MOVE_ACTION, {"action": a, "overdue": overdue},
                    (Source(SourceKind.PLAN_ACTION, a.uuid, a.title, a.due_on),),
                    weight=58 if overdue else 52)


def _advances(data: MeetingData) -> Iterable[Point]:
    """Open opportunities with a next step: the biggest weighted value closing soonest first."""
    steps = [o for o in data.opportunities if o.next_step]
    steps.sort(key=lambda o: (o.expected_close or data.as_of + timedelta(days=3650),
                              -float(o.value) * o.probability))
    for i, o in enumerate(steps[:MAX_PER_RULE]):
        yield Point(PointKind.ADVANCE_OPPORTUNITY, {"opportunity": o},
                    (Source(SourceKind.OPPORTUNITY, o.uuid, o.name, o.expected_close),), weight=95 - i)


# --------------------------------------------------------------------------- what to ask


def _decision_dates(data: MeetingData) -> Iterable[Point]:
    attending = set(data.meeting.client)
    horizon = data.as_of + timedelta(days=DECISION_DAYS)
    chosen = [o for o in data.opportunities if o.expected_close is not None and (
        o.expected_close <= horizon or o.decision_maker in attending)]
    chosen.sort(key=lambda o: (o.decision_maker not in attending, o.expected_close))
    for o in chosen[:MAX_DECISIONS]:
        sources = [Source(SourceKind.OPPORTUNITY, o.uuid, o.name, o.expected_close)]
        if o.decision_maker in attending:
            sources.append(Source(SourceKind.PERSON, o.decision_maker, o.decision_maker_name or "—"))
        yield Point(PointKind.CONFIRM_DECISION_DATE,
                    {"opportunity": o, "overdue": o.expected_close < data.as_of,
                     "maker": o.decision_maker_name if o.decision_maker in attending else None},
                    tuple(sources), weight=80 + (o.decision_maker in attending) * 5)


def _priorities(data: MeetingData) -> Iterable[Point]:
    new_since = data.as_of - timedelta(days=NEW_PERSON_DAYS)
    for p in data.attendees:
        if p.left:
            continue
        if p.first_contact is None:
            why = "never"
        elif p.first_contact >= new_since:
            why = "new"
        elif not p.priorities:
            why = "unknown"
        else:
            continue
        yield Point(PointKind.ASK_PRIORITIES, {"person": p, "why": why},
                    (Source(SourceKind.PERSON, p.uuid, p.name, p.first_contact),),
                    weight=88 if why != "unknown" else 60)


def _detractors(data: MeetingData) -> Iterable[Point]:
    seen = set()
    for a in data.surveys:  # newest first
        if a.person in seen:
            continue
        top = STANDARD_SCALE[a.kind]
        score = a.score * top / a.scale_max if a.scale_max and a.scale_max != top else a.score
        if score > UNHAPPY[a.kind.value]:
            continue
        seen.add(a.person)
        yield Point(PointKind.ASK_DETRACTOR, {"name": _name(data, a.person), "answer": a},
                    (Source(SourceKind.SURVEY, a.uuid, a.survey_name or a.kind.value.upper(), a.day),),
                    weight=78)


def _absent_decision_makers(data: MeetingData) -> Iterable[Point]:
    if data.smap is None:
        return
    attending = set(data.meeting.client)
    if any(g.kind is GapKind.NO_ECONOMIC_BUYER for g in data.gaps):
        yield Point(PointKind.ASK_ECONOMIC_BUYER, {"account": data.account.name},
                    (Source(SourceKind.GAP, None, GapKind.NO_ECONOMIC_BUYER.value),), weight=82)
    for person in data.smap.active_people:
        if person.uuid in attending or not is_decision_maker(person):
            continue
        if person.days_since is not None and person.days_since <= ABSENT_STALE_DAYS:
            continue
        facts = data.people.get(person.uuid)
        yield Point(PointKind.ASK_DECISION_MAKER,
                    {"person": facts, "days": person.days_since},
                    (Source(SourceKind.PERSON, person.uuid, person.name),),
                    weight=76 + person.is_economic_buyer * 6)


# --------------------------------------------------------------------------- what to watch


def _watch(data: MeetingData) -> Iterable[Point]:
    """The account's own risk register first, then severe alerts (one per subject), then gaps."""
    for r in data.risks:
        yield Point(PointKind.RISK, {"risk": r}, (Source(SourceKind.RISK, r.uuid, r.title),),
                    weight=(90 if r.score >= 9 else 60) + r.score)
    seen = set()
    for a in data.alerts:  # by severity, newest first
        subject = (a.kind, a.facts.get("sla_uuid") or a.facts.get("person_uuid") or a.key)
        if a.severity.rank > AlertSeverity.HIGH.rank or subject in seen:
            continue
        seen.add(subject)
        yield Point(PointKind.ALERT, {"alert": a}, evidence_sources(a.evidence, 3),
                    weight=80 - a.severity.rank + _alert_bonus(a))
    for g in data.gaps:
        if g.severity is GapSeverity.HIGH:
            yield Point(PointKind.GAP, {"gap": g},
                        (Source(SourceKind.GAP, None, g.kind.value),), weight=70)


def _alert_bonus(alert: Alert) -> int:
    """Among equally severe alerts, those about people and SLAs first (deliveries are many)."""
    return {AlertKind.KEY_PERSON_LEFT: 3, AlertKind.KEY_PERSON_STALE: 2, AlertKind.SLA_BREACHED: 2,
            AlertKind.NPS_DROP: 2, AlertKind.ENGAGEMENT_DROP: 1}.get(alert.kind, 0)


def roles_of(person: PersonFacts) -> tuple[str, ...]:
    """The person's Miller Heiman roles first, then buying-centre roles (as values)."""
    mh = [r.role for r in person.roles if r.framework is RoleFramework.MILLER_HEIMAN]
    bc = [r.role for r in person.roles if r.framework is not RoleFramework.MILLER_HEIMAN]
    order = {m.value: i for i, m in enumerate(MillerHeimanRole)}
    return (*sorted(mh, key=lambda r: order.get(r, 99)), *bc)
