"""Each SLA metric on constructed facts, with its edge cases."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

from db.enums import SlaDirection, SlaMetric, SlaPeriod, SurveyKind, TicketStatus
from planner.sla.facts import AccountData, DeliveryFact, QualityFact, SlaSpec, SurveyFact, TicketFact
from planner.sla.metrics import measure, satisfaction_kind
from planner.sla.periods import Period

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
NOV = Period(SlaPeriod.MONTH, 2026, 11)
Q3 = Period(SlaPeriod.QUARTER, 2026, 3)


def spec(metric, target, direction=SlaDirection.AT_MOST, **kw) -> SlaSpec:
    return SlaSpec(uuid.uuid4(), 1, metric, Decimal(str(target)), direction, **kw)


def delivery(promised, delivered=None, line="Hydraulics", **kw) -> DeliveryFact:
    return DeliveryFact(uuid.uuid4(), 1, promised, delivered, line, **kw)


def at(*args, tz=UTC) -> datetime:
    return datetime(*args, tzinfo=tz)


OTD = spec(SlaMetric.ON_TIME_DELIVERY, 95, SlaDirection.AT_LEAST)


def test_on_time_delivery_counts_due_deliveries():
    data = AccountData(deliveries=(
        delivery(date(2026, 11, 3), date(2026, 11, 3)),            # on time
        delivery(date(2026, 11, 5), date(2026, 11, 1)),            # early
        delivery(date(2026, 11, 10), date(2026, 11, 16)),          # 6 days late
        delivery(date(2026, 11, 20)),                              # open, 7 days overdue
        delivery(date(2026, 11, 27)),                              # due today: not yet judged
        delivery(date(2026, 11, 30), date(2026, 11, 25)),          # delivered early, due later: counts
        delivery(date(2026, 10, 31), date(2026, 11, 2)),           # promised in October: not here
        delivery(date(2026, 11, 4), date(2026, 11, 9), cancelled=True),
    ))
    m = measure(OTD, data, NOV, NOW)
    assert m.sample == 5
    assert m.value == Decimal("60.00")
    assert [e.facts["days_late"] for e in m.evidence] == [7, 6]
    assert m.evidence[0].facts["open"] is True and m.evidence[0].facts["delivered_on"] is None


def test_on_time_delivery_without_data_is_none():
    assert measure(OTD, AccountData(), NOV, NOW).value is None
    only_future = AccountData(deliveries=(delivery(date(2026, 11, 29)),))
    assert measure(OTD, only_future, NOV, NOW).value is None


def test_data_after_now_is_not_yet_known():
    """As of 12 November, a delivery made on the 20th is still open (and late)."""
    d = delivery(date(2026, 11, 10), date(2026, 11, 20))
    as_of = at(2026, 11, 12, 23, 59)
    m = measure(OTD, AccountData(deliveries=(d,)), NOV, as_of)
    assert m.value == Decimal("0.00") and m.evidence[0].facts["days_late"] == 2
    assert m.evidence[0].facts["open"] is True


def test_on_time_delivery_per_product_line():
    data = AccountData(deliveries=(
        delivery(date(2026, 11, 3), date(2026, 11, 9), line="Hydraulics"),
        delivery(date(2026, 11, 3), date(2026, 11, 3), line="Sensors"),
    ))
    m = measure(spec(SlaMetric.ON_TIME_DELIVERY, 95, SlaDirection.AT_LEAST, product_line="Sensors"),
                data, NOV, NOW)
    assert m.value == Decimal("100.00") and m.sample == 1


def test_quarter_boundary_for_deliveries():
    """Promised on 30 September: Q3, whatever the time of delivery."""
    d = delivery(date(2026, 9, 30), date(2026, 10, 2))
    m = measure(OTD, AccountData(deliveries=(d,)), Q3, NOW)
    assert m.value == Decimal("0.00") and m.evidence[0].facts["days_late"] == 2


def test_order_lead_time():
    data = AccountData(deliveries=(
        delivery(date(2026, 11, 5), date(2026, 11, 5), ordered_on=date(2026, 10, 6)),   # 30 days
        delivery(date(2026, 11, 9), date(2026, 11, 10), ordered_on=date(2026, 10, 1)),  # 40 days
        delivery(date(2026, 11, 9), date(2026, 11, 10)),                                # no order date
        delivery(date(2026, 11, 9)),                                                    # not delivered
    ))
    m = measure(spec(SlaMetric.ORDER_LEAD_TIME, 35), data, NOV, NOW)
    assert m.value == Decimal("35.00") and m.sample == 2
    assert [e.facts["lead_days"] for e in m.evidence] == [40]


def ticket(opened, response=None, resolved=None, **kw) -> TicketFact:
    return TicketFact(uuid.uuid4(), 1, opened, response, resolved, **kw)


def test_first_response_time_counts_old_unanswered_tickets():
    data = AccountData(tickets=(
        ticket(at(2026, 11, 2, 8), at(2026, 11, 2, 10)),           # 2 h
        ticket(at(2026, 11, 3, 8), None, at(2026, 11, 3, 14)),     # resolved without response: 6 h
        ticket(at(2026, 11, 20, 12)),                              # open 168 h: a known failure
        ticket(at(2026, 11, 27, 11)),                              # open 1 h: too young to judge
        ticket(at(2026, 10, 31, 23)),                              # October
    ))
    m = measure(spec(SlaMetric.FIRST_RESPONSE_TIME, 8, unit="hours"), data, NOV, NOW)
    assert m.sample == 3
    assert m.value == Decimal(str(round((2 + 6 + 168) / 3, 2)))
    assert len(m.evidence) == 1 and m.evidence[0].facts["pending"] is True


def test_response_time_in_days_unit():
    data = AccountData(tickets=(ticket(at(2026, 11, 2, 0), at(2026, 11, 4, 12)),))
    m = measure(spec(SlaMetric.FIRST_RESPONSE_TIME, 1, unit="days"), data, NOV, NOW)
    assert m.value == Decimal("2.50")


def test_resolution_time_ignores_closed_tickets_without_a_time():
    data = AccountData(tickets=(
        ticket(at(2026, 11, 2, 0), resolved=at(2026, 11, 3, 0)),                  # 24 h
        ticket(at(2026, 11, 2, 0), status=TicketStatus.CLOSED),                   # closed, no time
        ticket(at(2026, 11, 26, 0)),                                              # open 36 h < 48
    ))
    m = measure(spec(SlaMetric.RESOLUTION_TIME, 48), data, NOV, NOW)
    assert m.value == Decimal("24.00") and m.sample == 1 and m.evidence == ()


def test_ticket_at_2330_utc_on_the_last_day_belongs_to_that_quarter():
    moscow = timezone(timedelta(hours=3))
    data = AccountData(tickets=(
        ticket(at(2026, 9, 30, 23, 30), at(2026, 10, 1, 3, 30)),            # Q3, 4 h
        ticket(at(2026, 10, 1, 1, 30, tz=moscow), at(2026, 10, 1, 9, 30, tz=moscow)),  # Q3 (22:30 UTC)
        ticket(at(2026, 10, 1, 0, 30), at(2026, 10, 1, 20, 30)),            # Q4
    ))
    s = spec(SlaMetric.FIRST_RESPONSE_TIME, 8, unit="h")
    assert measure(s, data, Q3, NOW).sample == 2
    assert measure(s, data, Q3, NOW).value == Decimal("6.00")
    q4 = measure(s, data, Period(SlaPeriod.QUARTER, 2026, 4), NOW)
    assert q4.sample == 1 and q4.value == Decimal("20.00")


def test_defect_ppm():
    data = AccountData(quality=(
        QualityFact(uuid.uuid4(), 1, date(2026, 11, 5), Decimal("10000"), Decimal("3"), "Hydraulics"),
        QualityFact(uuid.uuid4(), 1, date(2026, 11, 6), Decimal("30000"), Decimal("1"), "Sensors"),
        QualityFact(uuid.uuid4(), 1, date(2026, 11, 7), Decimal("0"), Decimal("0"), "Sensors"),
    ))
    m = measure(spec(SlaMetric.DEFECT_PPM, 150), data, NOV, NOW)
    assert m.value == Decimal("100.00") and m.sample == 40000
    assert [e.label for e in m.evidence] == ["Hydraulics"] and m.evidence[0].facts["ppm"] == 300.0
    assert measure(spec(SlaMetric.DEFECT_PPM, 150), AccountData(), NOV, NOW).value is None


MID_NOVEMBER = datetime(2026, 11, 10, tzinfo=UTC)


def answer(kind, score, scale, when=MID_NOVEMBER, comment=None) -> SurveyFact:
    return SurveyFact(uuid.uuid4(), 1, kind, score, scale, when, comment=comment)


def test_satisfaction_variants():
    data = AccountData(surveys=(
        answer(SurveyKind.NPS, 10, 10), answer(SurveyKind.NPS, 9, 10), answer(SurveyKind.NPS, 8, 10),
        answer(SurveyKind.NPS, 3, 10, comment="Late again"),
        answer(SurveyKind.CSAT, 5, 5), answer(SurveyKind.CSAT, 4, 5), answer(SurveyKind.CSAT, 2, 5),
        answer(SurveyKind.CES, 6, 7), answer(SurveyKind.CES, 4, 7),
    ))
    nps = measure(spec(SlaMetric.SATISFACTION, 30, SlaDirection.AT_LEAST, unit="NPS"), data, NOV, NOW)
    assert nps.value == Decimal("25.00") and nps.sample == 4
    assert [e.facts["comment"] for e in nps.evidence] == ["Late again"]
    share = measure(spec(SlaMetric.SATISFACTION, 80, SlaDirection.AT_LEAST, unit="%"), data, NOV, NOW)
    assert share.value == Decimal("66.67") and len(share.evidence) == 1
    mean = measure(spec(SlaMetric.SATISFACTION, 4, SlaDirection.AT_LEAST), data, NOV, NOW)
    assert mean.value == Decimal("3.67")
    ces = measure(spec(SlaMetric.SATISFACTION, 5, SlaDirection.AT_LEAST, name="CES"), data, NOV, NOW)
    assert ces.value == Decimal("5.00") and len(ces.evidence) == 1


def test_satisfaction_kind_is_read_from_unit_or_name():
    assert satisfaction_kind(spec(SlaMetric.SATISFACTION, 1, name="Customer effort"))[0] is SurveyKind.CES
    assert satisfaction_kind(spec(SlaMetric.SATISFACTION, 1, unit="nps"))[1] == "nps"
    assert satisfaction_kind(spec(SlaMetric.SATISFACTION, 1))[0] is SurveyKind.CSAT


def test_custom_metric_has_no_data():
    assert measure(spec(SlaMetric.CUSTOM, 1, name="Forecast accuracy"), AccountData(), NOV, NOW).value is None
