"""The scorecard: current period per SLA, explicit periods, validity, trend and status."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from db.enums import SlaDirection, SlaMetric, SlaPeriod
from planner.sla.facts import AccountData, DeliveryFact, SlaSpec
from planner.sla.periods import parse_period
from planner.sla.scorecard import scorecard, trend
from planner.sla.status import SlaStatus

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)


def otd(period=SlaPeriod.MONTH, **kw) -> SlaSpec:
    return SlaSpec(uuid.uuid4(), 1, SlaMetric.ON_TIME_DELIVERY, Decimal("95"), SlaDirection.AT_LEAST,
                   period, Decimal("97"), "%", **kw)


def slipping() -> AccountData:
    """September all on time, October 1 late of 30, November 3 late of 20."""
    rows = []
    for day in range(1, 31):
        rows.append(DeliveryFact(uuid.uuid4(), 1, date(2026, 9, day), date(2026, 9, day), "Hydraulics"))
        late = day == 15
        rows.append(DeliveryFact(uuid.uuid4(), 1, date(2026, 10, day),
                                 date(2026, 10, day + (2 if late else 0)), "Hydraulics"))
    for day in range(1, 21):
        late = day in (3, 9, 12)
        rows.append(DeliveryFact(uuid.uuid4(), 1, date(2026, 11, day),
                                 date(2026, 11, day + (4 if late else 0)), "Hydraulics"))
    return AccountData(deliveries=tuple(rows))


def test_current_period_per_spec():
    monthly, quarterly = otd(), otd(SlaPeriod.QUARTER)
    rows = scorecard([monthly, quarterly], slipping(), NOW)
    by_uuid = {r.sla_uuid: r for r in rows}
    month = by_uuid[monthly.uuid]
    assert month.period.label == "2026-11" and not month.complete
    assert month.value == Decimal("85.00") and month.status is SlaStatus.BREACHED
    assert len(month.evidence) == 3 and month.sample_size == 20
    quarter = by_uuid[quarterly.uuid]
    assert quarter.period.label == "2026-Q4"
    assert quarter.value == Decimal("92.00") and quarter.status is SlaStatus.BREACHED


def test_explicit_period_applies_to_every_spec():
    monthly = otd()
    [row] = scorecard([monthly], slipping(), NOW, parse_period("2026-10"))
    assert row.value == Decimal("96.67") and row.status is SlaStatus.AT_RISK and row.complete
    [row] = scorecard([monthly], slipping(), NOW, parse_period("2026-Q3"))
    assert row.value == Decimal("100.00") and row.status is SlaStatus.MET


def test_met_at_risk_breached_trend():
    rows = trend(otd(), slipping(), NOW, 4)
    assert [r.period.label for r in rows] == ["2026-08", "2026-09", "2026-10", "2026-11"]
    assert [r.status for r in rows] == [SlaStatus.NO_DATA, SlaStatus.MET, SlaStatus.AT_RISK,
                                        SlaStatus.BREACHED]


def test_validity_window():
    old = otd(valid_to=date(2026, 6, 30))
    new = otd(valid_from=date(2026, 11, 15))
    rows = scorecard([old, new], slipping(), NOW)
    assert [r.sla_uuid for r in rows] == [new.uuid]
    assert [r.period.label for r in trend(new, slipping(), NOW, 3)] == ["2026-11"]


def test_no_specs_no_rows():
    assert scorecard([], slipping(), NOW) == []
