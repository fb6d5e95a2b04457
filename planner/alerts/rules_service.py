"""Alert rules on how we serve the account: SLAs, deliveries and tickets (pure functions)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta

from db.enums import SlaDirection, SlaMetric, TicketSeverity
from planner.alerts.model import AccountRef, Alert, AlertKind, Severity
from planner.alerts.params import AlertParams
from planner.alerts.prediction import LatePrediction
from planner.sla.facts import DeliveryFact, SlaSpec, TicketFact
from planner.sla.metrics import HOURS_PER_UNIT, unit_of
from planner.sla.scorecard import SlaResult
from planner.sla.status import SlaStatus


def start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def sla_alerts(
    account: AccountRef, current: Iterable[SlaResult], previous: Iterable[SlaResult], now: datetime,
    params: AlertParams | None = None,
) -> list[Alert]:
    """At risk or breached in the running period; breached in the period just closed.

    The key holds the period and the status, so a metric that slides from at risk to
    breached warns again even if the first warning was acknowledged. A value standing on
    fewer than ``sla_min_sample`` records (two survey answers, one delivery) shows on the
    scorecard but does not raise an alert: too thin to interrupt anyone for.
    """
    least = (params or AlertParams()).sla_min_sample
    alerts = []
    chosen = [r for r in current if r.status in (SlaStatus.AT_RISK, SlaStatus.BREACHED)]
    chosen += [r for r in previous if r.complete and r.status is SlaStatus.BREACHED]
    chosen = [r for r in chosen if r.sample_size >= least]
    for r in chosen:
        breached = r.status is SlaStatus.BREACHED
        kind = AlertKind.SLA_BREACHED if breached else AlertKind.SLA_AT_RISK
        days = [e.day for e in r.evidence if e.day is not None]
        created = start_of(max(days)) if days else start_of(r.period.start)
        alerts.append(Alert(
            key=f"{kind}:{r.sla_uuid}:{r.period.label}",
            kind=kind,
            severity=Severity.HIGH if breached else Severity.MEDIUM,
            account=account,
            created=min(created, now),
            facts={
                "sla_uuid": r.sla_uuid, "metric": r.metric, "name": r.name,
                "product_line": r.product_line, "unit": r.unit, "direction": r.direction,
                "target": r.target, "warning_threshold": r.warning_threshold, "value": r.value,
                "status": r.status, "period": r.period.label, "period_complete": r.complete,
                "sample_size": r.sample_size, "evidence_count": len(r.evidence),
            },
            evidence=r.evidence,
        ))
    return alerts


def delivery_alerts(
    account: AccountRef,
    predictions: Iterable[LatePrediction],
    now: datetime,
    params: AlertParams,
    comparables: Mapping[tuple[int | None, str | None], Sequence[DeliveryFact]] | None = None,
) -> list[Alert]:
    """A delivery predicted late before its date, or open past it. ``comparables`` holds the
    recent deliveries behind each estimate, by (account id or None for the portfolio, line)."""
    today = now.astimezone(UTC).date()
    half_life = params.prediction.half_life_days
    alerts = []
    for p in predictions:
        d, est = p.delivery, p.estimate
        if p.overdue:
            severity = Severity.HIGH
            created = start_of(d.promised_on + timedelta(days=1))
        else:
            strong = p.probability >= 0.75 and p.expected_delay_days >= 3
            severity = Severity.HIGH if strong else Severity.MEDIUM
            created = start_of(d.promised_on - timedelta(days=params.prediction.horizon_days))
        behind = ()
        if est is not None and comparables:
            behind = comparables.get((d.account_id if est.scope == "account" else None, d.product_line), ())
        evidence = tuple(
            c.evidence(today, weight=round(0.5 ** ((today - c.promised_on).days / half_life), 3))
            for c in behind if c.uuid != d.uuid
        )
        alerts.append(Alert(
            key=f"{AlertKind.DELIVERY_LATE}:{d.uuid}:{d.promised_on.isoformat()}",
            kind=AlertKind.DELIVERY_LATE,
            severity=severity,
            account=account,
            created=min(created, now),
            facts={
                "delivery_uuid": d.uuid, "order_number": d.order_number,
                "ordered_on": d.ordered_on, "product_line": d.product_line, "quantity": d.quantity,
                "unit": d.unit,
                "promised_on": d.promised_on, "expected_on": p.expected_on,
                "expected_delay_days": p.expected_delay_days, "probability": p.probability,
                "overdue": p.overdue,
                "days_overdue": (today - d.promised_on).days if p.overdue else 0,
                "days_until_promised": (d.promised_on - today).days,
                "sample_size": est.sample_size if est else 0,
                "late_count": est.late_count if est else 0,
                "scope": est.scope if est else None,
            },
            evidence=evidence,
        ))
    return alerts


SEVERITY_OF_TICKET = {
    TicketSeverity.CRITICAL: Severity.CRITICAL,
    TicketSeverity.HIGH: Severity.HIGH,
    TicketSeverity.MEDIUM: Severity.MEDIUM,
    TicketSeverity.LOW: Severity.LOW,
}


def _allowed_hours(specs: Sequence[SlaSpec], metric: SlaMetric, ticket: TicketFact,
                   day: date) -> tuple[float, SlaSpec] | None:
    """The tightest "at most" target of the account's SLAs on ``metric`` for this ticket."""
    found = []
    for spec in specs:
        if (spec.metric is metric and spec.direction is SlaDirection.AT_MOST
                and spec.covers(ticket.product_line) and spec.applies(day, day + timedelta(days=1))):
            hours = float(spec.target) * HOURS_PER_UNIT.get(unit_of(spec).casefold(), 1.0)
            found.append((hours, spec))
    return min(found, key=lambda pair: pair[0]) if found else None


def ticket_alerts(account: AccountRef, tickets: Iterable[TicketFact], specs: Sequence[SlaSpec],
                  now: datetime, params: AlertParams) -> list[Alert]:
    """Open tickets past their due time: the first-response SLA while unanswered, then the
    resolution SLA (or, without one, a default by the ticket's severity)."""
    alerts = []
    for t in tickets:
        if not t.is_open(now):
            continue
        day = t.opened_at.astimezone(UTC).date()
        stage, allowed = None, None
        if t.answered_by(now) is None:
            allowed = _allowed_hours(specs, SlaMetric.FIRST_RESPONSE_TIME, t, day)
            if allowed is not None and now > t.opened_at + timedelta(hours=allowed[0]):
                stage = "first_response"
        if stage is None:
            allowed = _allowed_hours(specs, SlaMetric.RESOLUTION_TIME, t, day)
            if allowed is None:
                allowed = (params.ticket_resolution_days[t.severity] * 24, None)
            if now > t.opened_at + timedelta(hours=allowed[0]):
                stage = "resolution"
        if stage is None:
            continue
        hours, spec = allowed
        due = t.opened_at + timedelta(hours=hours)
        overdue_hours = round((now - due).total_seconds() / 3600, 1)
        alerts.append(Alert(
            key=f"{AlertKind.TICKET_OVERDUE}:{t.uuid}:{stage}",
            kind=AlertKind.TICKET_OVERDUE,
            severity=SEVERITY_OF_TICKET[t.severity],
            account=account,
            created=due,
            facts={
                "ticket_uuid": t.uuid, "number": t.number, "subject": t.subject,
                "ticket_severity": t.severity, "stage": stage, "opened_at": t.opened_at,
                "due_at": due, "allowed_hours": round(hours, 1), "overdue_hours": overdue_hours,
                "basis": "sla" if spec is not None else "default",
                "sla_uuid": spec.uuid if spec is not None else None,
            },
            evidence=(t.evidence(overdue_hours=overdue_hours),),
        ))
    return alerts

