"""The SLA scorecard: each definition measured over a period, with its status and evidence."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from db.enums import SlaDirection, SlaMetric
from planner.sla.facts import AccountData, Evidence, SlaSpec
from planner.sla.metrics import measure, unit_of
from planner.sla.periods import Period, period_of, periods_back, utc_day
from planner.sla.status import SlaStatus, classify


@dataclass(frozen=True)
class SlaResult:
    """One row of the scorecard: what we promised, what we measured, and the verdict."""

    sla_uuid: uuid.UUID
    metric: SlaMetric
    name: str | None
    product_line: str | None
    unit: str
    direction: SlaDirection
    target: Decimal
    warning_threshold: Decimal | None
    period: Period
    value: Decimal | None
    status: SlaStatus
    #: Records the value stands on (deliveries due, tickets, answers, inspected units).
    sample_size: int
    #: The period has ended as of the evaluation; otherwise the value is to date.
    complete: bool
    #: Records whose own value misses the target (late deliveries, slow tickets...), worst first.
    evidence: tuple[Evidence, ...]


def current_period(spec: SlaSpec, now: datetime) -> Period:
    """The spec's own measurement period (month or quarter) that contains ``now``."""
    return period_of(utc_day(now), spec.period)


def evaluate(spec: SlaSpec, data: AccountData, period: Period, now: datetime) -> SlaResult:
    m = measure(spec, data, period, now)
    return SlaResult(
        sla_uuid=spec.uuid,
        metric=spec.metric,
        name=spec.name,
        product_line=spec.product_line,
        unit=unit_of(spec),
        direction=spec.direction,
        target=spec.target,
        warning_threshold=spec.warning_threshold,
        period=period,
        value=m.value,
        status=classify(m.value, spec.target, spec.direction, spec.warning_threshold),
        sample_size=m.sample,
        complete=period.is_complete(utc_day(now)),
        evidence=m.evidence,
    )


METRIC_ORDER = {metric: i for i, metric in enumerate(SlaMetric)}


def scorecard(
    specs: Iterable[SlaSpec], data: AccountData, now: datetime, period: Period | None = None
) -> list[SlaResult]:
    """Every definition in force, over ``period`` or else over its own current period.

    An explicit period is applied to each definition as given (a monthly SLA asked
    for a quarter is measured over the whole quarter); definitions not valid in that
    period are left out.
    """
    results = []
    for spec in specs:
        chosen = period or current_period(spec, now)
        if spec.applies(chosen.start, chosen.end):
            results.append(evaluate(spec, data, chosen, now))
    results.sort(key=lambda r: (METRIC_ORDER[r.metric], r.name or "", r.product_line or ""))
    return results


def trend(spec: SlaSpec, data: AccountData, now: datetime, count: int = 12) -> list[SlaResult]:
    """The definition's last ``count`` periods, oldest first, ending with the current one."""
    periods = periods_back(current_period(spec, now), count)
    return [evaluate(spec, data, p, now) for p in periods if spec.applies(p.start, p.end)]
