"""Measuring one SLA metric over one period from plain facts, with the records behind it.

Each metric counts what is known at ``now`` (later data is ignored), so the same
function serves a closed period, the running one and "as of" a past day:

- on-time delivery (%): deliveries promised in the period and due by now; on time
  when delivered on or before the promised date. One still open after its date is
  late (by the days so far); one promised today or later is not yet due.
- order lead time (days): order date to delivery, for deliveries made in the period.
- first response / resolution time (hours by default, or the SLA's unit): tickets
  opened in the period. A ticket not yet answered (resolved) counts with its elapsed
  time only once that already exceeds the target: it is then a known failure, while a
  young open ticket would only flatter the mean.
- defect rate (ppm): defects per million inspected units over the quality records.
- satisfaction: NPS if the SLA's unit or name says so, CES likewise, else CSAT — as
  the share of satisfied answers for a unit of %, otherwise the mean on the 1–5 scale.
- custom metrics have no source in the data model yet: always no data.

Evidence lists the records whose own value misses the target, worst first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from db.enums import SlaMetric, SurveyKind
from planner.analytics import satisfaction
from planner.sla.facts import AccountData, Evidence, SlaSpec, SurveyFact, TicketFact
from planner.sla.periods import Period, utc_day
from planner.sla.status import fails

HOURS_PER_UNIT = {
    "min": 1 / 60, "mins": 1 / 60, "minute": 1 / 60, "minutes": 1 / 60, "мин": 1 / 60,
    "h": 1.0, "hr": 1.0, "hrs": 1.0, "hour": 1.0, "hours": 1.0, "ч": 1.0,
    "d": 24.0, "day": 24.0, "days": 24.0, "дн": 24.0, "дней": 24.0, "сут": 24.0,
}
DEFAULT_UNIT = {
    SlaMetric.ON_TIME_DELIVERY: "%",
    SlaMetric.ORDER_LEAD_TIME: "days",
    SlaMetric.FIRST_RESPONSE_TIME: "hours",
    SlaMetric.RESOLUTION_TIME: "hours",
    SlaMetric.DEFECT_PPM: "ppm",
    SlaMetric.SATISFACTION: "points",
    SlaMetric.CUSTOM: "",
}


@dataclass(frozen=True)
class Measurement:
    value: Decimal | None
    #: How many records the value stands on (deliveries, tickets, answers, units).
    sample: int
    evidence: tuple[Evidence, ...] = ()


def unit_of(spec: SlaSpec) -> str:
    return (spec.unit or DEFAULT_UNIT[spec.metric]).strip()


def to_decimal(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).quantize(Decimal("0.01"))


def measure(spec: SlaSpec, data: AccountData, period: Period, now: datetime) -> Measurement:
    """The metric of ``spec`` over ``period`` as known at ``now``."""
    return MEASURES[spec.metric](spec, data, period, now)


def _on_time(spec: SlaSpec, data: AccountData, period: Period, now: datetime) -> Measurement:
    today = utc_day(now)
    due = [
        d for d in data.deliveries
        if not d.cancelled and spec.covers(d.product_line) and period.contains(d.promised_on)
        and d.days_late(today) is not None
    ]
    if not due:
        return Measurement(None, 0)
    late = sorted((d for d in due if d.days_late(today) > 0),
                  key=lambda d: (-d.days_late(today), d.promised_on))
    value = to_decimal(100 * (len(due) - len(late)) / len(due))
    return Measurement(value, len(due), tuple(d.evidence(today) for d in late))


def _lead_time(spec: SlaSpec, data: AccountData, period: Period, now: datetime) -> Measurement:
    today = utc_day(now)
    rows = []
    for d in data.deliveries:
        done = d.delivered_by(today)
        if d.cancelled or done is None or d.ordered_on is None or not spec.covers(d.product_line):
            continue
        if period.contains(done):
            rows.append((d, (done - d.ordered_on).days))
    if not rows:
        return Measurement(None, 0)
    value = to_decimal(sum(days for _, days in rows) / len(rows))
    bad = sorted((r for r in rows if fails(r[1], spec.target, spec.direction)), key=lambda r: -r[1])
    return Measurement(value, len(rows), tuple(d.evidence(today, lead_days=n) for d, n in bad))


def _ticket_time(which: Callable[[TicketFact, datetime], datetime | None], fact: str):
    def measure_tickets(spec: SlaSpec, data: AccountData, period: Period, now: datetime) -> Measurement:
        hours_per = HOURS_PER_UNIT.get(unit_of(spec).casefold(), 1.0)
        rows: list[tuple[TicketFact, float, bool]] = []
        for t in data.tickets:
            if t.opened_at > now or not period.contains(t.opened_day):
                continue
            if not spec.covers(t.product_line):
                continue
            done = which(t, now)
            if done is not None:
                rows.append((t, (done - t.opened_at).total_seconds() / 3600 / hours_per, False))
                continue
            if not t.is_open(now):
                continue  # closed at an unknown time: its duration is unknown
            elapsed = (now - t.opened_at).total_seconds() / 3600 / hours_per
            if fails(elapsed, spec.target, spec.direction):
                rows.append((t, elapsed, True))
        if not rows:
            return Measurement(None, 0)
        value = to_decimal(sum(v for _, v, _ in rows) / len(rows))
        bad = sorted((r for r in rows if fails(r[1], spec.target, spec.direction)), key=lambda r: -r[1])
        evidence = tuple(t.evidence(**{fact: round(v, 2), "pending": pending}) for t, v, pending in bad)
        return Measurement(value, len(rows), evidence)

    return measure_tickets


def _defects(spec: SlaSpec, data: AccountData, period: Period, now: datetime) -> Measurement:
    today = utc_day(now)
    rows = [
        q for q in data.quality
        if period.contains(q.recorded_on) and q.recorded_on <= today and spec.covers(q.product_line)
    ]
    units = sum((q.units_inspected for q in rows), Decimal(0))
    if units <= 0:
        return Measurement(None, 0)
    defects = sum((q.defects for q in rows), Decimal(0))
    value = to_decimal(float(defects * 1_000_000 / units))
    evidence = []
    for q in rows:
        if q.units_inspected > 0:
            ppm = float(q.defects * 1_000_000 / q.units_inspected)
            if fails(ppm, spec.target, spec.direction):
                evidence.append(Evidence("quality_record", q.uuid, q.product_line, q.recorded_on, {
                    "product_line": q.product_line, "units_inspected": q.units_inspected,
                    "defects": q.defects, "ppm": round(ppm, 1)}))
    evidence.sort(key=lambda e: -e.facts["ppm"])
    return Measurement(value, int(units), tuple(evidence))


def satisfaction_kind(spec: SlaSpec) -> tuple[SurveyKind, str]:
    """Which survey an SLA on satisfaction reads, and how: (kind, nps/share/mean)."""
    words = f"{spec.unit or ''} {spec.name or ''}".casefold()
    if "nps" in words:
        return SurveyKind.NPS, "nps"
    if "ces" in words or "effort" in words:
        return SurveyKind.CES, "mean"
    return SurveyKind.CSAT, "share" if unit_of(spec) == "%" else "mean"


def _satisfaction(spec: SlaSpec, data: AccountData, period: Period, now: datetime) -> Measurement:
    kind, how = satisfaction_kind(spec)
    answers = [
        a for a in data.surveys
        if a.kind is kind and a.responded_at <= now and period.contains(a.day)
    ]
    if not answers:
        return Measurement(None, 0)

    def ev(a: SurveyFact, score: float) -> Evidence:
        return Evidence("survey_response", a.uuid, a.person_name, a.day, {
            "kind": a.kind, "score": a.score, "scale_max": a.scale_max, "normalised": round(score, 1),
            "person": a.person_name, "comment": a.comment, "survey": a.survey_name})

    scored = [(a, satisfaction.normalised(a)) for a in answers]
    if how == "nps":
        value = satisfaction.nps(answers).nps
        bad = [(a, s) for a, s in scored if round(s) <= 6]
    elif how == "share":
        result = satisfaction.csat(answers)
        value = 100 * result.satisfied_share
        bad = [(a, s) for a, s in scored if s < 4]
    else:
        value = sum(s for _, s in scored) / len(scored)
        bad = [(a, s) for a, s in scored if fails(s, spec.target, spec.direction)]
    bad.sort(key=lambda pair: (pair[1], pair[0].responded_at))
    return Measurement(to_decimal(value), len(answers), tuple(ev(a, s) for a, s in bad))


def _custom(spec: SlaSpec, data: AccountData, period: Period, now: datetime) -> Measurement:
    return Measurement(None, 0)


MEASURES = {
    SlaMetric.ON_TIME_DELIVERY: _on_time,
    SlaMetric.ORDER_LEAD_TIME: _lead_time,
    SlaMetric.FIRST_RESPONSE_TIME: _ticket_time(TicketFact.answered_by, "first_response_time"),
    SlaMetric.RESOLUTION_TIME: _ticket_time(TicketFact.resolved_by, "resolution_time"),
    SlaMetric.DEFECT_PPM: _defects,
    SlaMetric.SATISFACTION: _satisfaction,
    SlaMetric.CUSTOM: _custom,
}
