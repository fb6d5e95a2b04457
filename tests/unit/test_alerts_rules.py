"""Each alert rule on constructed facts: when it fires, when it stays quiet, its key."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from db.enums import SlaDirection, SlaMetric, SlaPeriod, SurveyKind, TicketSeverity, TicketStatus
from planner.alerts.model import AccountRef, Alert, AlertKind, Severity, alert_uuid, sort_key
from planner.alerts.params import AlertParams
from planner.alerts.prediction import History, predict, recent_comparables
from planner.alerts.rules_relations import (
    KeyPersonFact,
    engagement_alerts,
    key_person_alerts,
    nps_drop_alerts,
)
from planner.alerts.rules_service import delivery_alerts, sla_alerts, ticket_alerts
from planner.sla.facts import AccountData, DeliveryFact, SlaSpec, SurveyFact, TicketFact
from planner.sla.periods import Period
from planner.sla.scorecard import evaluate, scorecard
from planner.sla.status import SlaStatus

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)
TODAY = NOW.date()
ACCOUNT = AccountRef(1, uuid.UUID(int=1), "Уралсталь", "ru")
PARAMS = AlertParams()


def days_ago(n: float) -> datetime:
    return NOW - timedelta(days=n)


# --- SLA -------------------------------------------------------------------------------------

def _otd_spec() -> SlaSpec:
    return SlaSpec(uuid.UUID(int=7), 1, SlaMetric.ON_TIME_DELIVERY, Decimal("95"), SlaDirection.AT_LEAST,
                   SlaPeriod.MONTH, Decimal("97"), "%")


def _deliveries(month: int, late: int, total: int = 20) -> list[DeliveryFact]:
    return [
        DeliveryFact(uuid.uuid4(), 1, date(2026, month, day),
                     date(2026, month, day + (3 if day <= late else 0)), "Hydraulics")
        for day in range(1, total + 1)
    ]


def test_sla_alerts_current_at_risk_and_previous_breached():
    spec = _otd_spec()
    data = AccountData(deliveries=tuple(_deliveries(10, 3) + _deliveries(11, 0, 19)
                                        + _deliveries(11, 0, 1)))
    current = scorecard([spec], data, NOW)
    previous = [evaluate(spec, data, Period(SlaPeriod.MONTH, 2026, 10), NOW)]
    alerts = sla_alerts(ACCOUNT, current, previous, NOW)
    assert [(a.kind, a.facts["period"]) for a in alerts] == [(AlertKind.SLA_BREACHED, "2026-10")]
    assert alerts[0].severity is Severity.HIGH and alerts[0].facts["evidence_count"] == 3
    assert alerts[0].key == f"sla_breached:{spec.uuid}:2026-10"


def test_sla_at_risk_then_breached_are_distinct_alerts():
    spec = _otd_spec()
    at_risk = AccountData(deliveries=tuple(_deliveries(11, 1, 25)))        # 96 %
    breached = AccountData(deliveries=tuple(_deliveries(11, 3, 25)))       # 88 %
    [a] = sla_alerts(ACCOUNT, scorecard([spec], at_risk, NOW), [], NOW)
    [b] = sla_alerts(ACCOUNT, scorecard([spec], breached, NOW), [], NOW)
    assert (a.kind, a.severity, b.kind, b.severity) == (
        AlertKind.SLA_AT_RISK, Severity.MEDIUM, AlertKind.SLA_BREACHED, Severity.HIGH)
    assert a.uuid != b.uuid
    assert a.created == datetime(2026, 11, 1, tzinfo=UTC)  # the latest late delivery's date


def test_sla_without_data_or_met_stays_quiet():
    spec = _otd_spec()
    assert sla_alerts(ACCOUNT, scorecard([spec], AccountData(), NOW), [], NOW) == []
    fine = AccountData(deliveries=tuple(_deliveries(11, 0)))
    assert sla_alerts(ACCOUNT, scorecard([spec], fine, NOW), [], NOW) == []


# --- Deliveries ------------------------------------------------------------------------------

def test_delivery_alert_carries_the_forecast_and_its_evidence():
    history = [DeliveryFact(uuid.uuid4(), 1, TODAY - timedelta(days=9 * i),
                            TODAY - timedelta(days=9 * i - 7), "Hydraulics", order_number=f"P{i}")
               for i in range(1, 9)]
    target = DeliveryFact(uuid.uuid4(), 1, TODAY + timedelta(days=6), None, "Hydraulics",
                          order_number="ЗК-77", quantity=Decimal("12"), unit="шт")
    history_model = History.from_deliveries(history, TODAY, PARAMS.prediction)
    behind = {(1, "Hydraulics"): recent_comparables(history, 1, "Hydraulics", TODAY, PARAMS.prediction)}
    [alert] = delivery_alerts(ACCOUNT, predict([target], history_model), NOW, PARAMS, behind)
    f = alert.facts
    assert alert.kind is AlertKind.DELIVERY_LATE and alert.severity is Severity.HIGH
    assert f["order_number"] == "ЗК-77" and f["expected_delay_days"] == 7
    assert f["probability"] == 1.0 and f["sample_size"] == 8 and not f["overdue"]
    assert f["expected_on"] == target.promised_on + timedelta(days=7)
    assert len(alert.evidence) == 8 and all(e.facts["days_late"] == 7 for e in alert.evidence)
    assert alert.evidence[0].facts["weight"] > alert.evidence[-1].facts["weight"]
    assert alert.created <= NOW
    assert alert.key == f"delivery_late:{target.uuid}:{target.promised_on}"


# --- Tickets ---------------------------------------------------------------------------------

def ticket(opened_days_ago, severity=TicketSeverity.MEDIUM, **kw) -> TicketFact:
    return TicketFact(uuid.uuid4(), 1, days_ago(opened_days_ago), severity=severity, number="T-1", **kw)


def _spec(metric, hours) -> SlaSpec:
    return SlaSpec(uuid.uuid4(), 1, metric, Decimal(hours), SlaDirection.AT_MOST, unit="hours")


def test_ticket_overdue_on_default_resolution_time():
    alerts = ticket_alerts(ACCOUNT, [ticket(8), ticket(6), ticket(2, TicketSeverity.CRITICAL)], [], NOW,
                           PARAMS)
    assert sorted(a.facts["overdue_hours"] for a in alerts) == [24.0, 24.0]
    assert {a.severity for a in alerts} == {Severity.MEDIUM, Severity.CRITICAL}
    assert all(a.facts["basis"] == "default" and a.facts["stage"] == "resolution" for a in alerts)


def test_ticket_overdue_on_first_response_sla_then_resolution():
    specs = [_spec(SlaMetric.FIRST_RESPONSE_TIME, "4"), _spec(SlaMetric.RESOLUTION_TIME, "72")]
    unanswered = ticket(0.5)                                   # 12 h without a response
    answered = ticket(4, first_response_at=days_ago(3.9))      # answered, 96 h open > 72
    fresh = ticket(0.1)                                        # 2.4 h: fine
    alerts = {a.facts["ticket_uuid"]: a for a in ticket_alerts(ACCOUNT, [unanswered, answered, fresh],
                                                                specs, NOW, PARAMS)}
    assert alerts[unanswered.uuid].facts["stage"] == "first_response"
    assert alerts[unanswered.uuid].facts["overdue_hours"] == 8.0
    assert alerts[answered.uuid].facts["stage"] == "resolution"
    assert alerts[answered.uuid].facts["basis"] == "sla"
    assert fresh.uuid not in alerts


def test_resolved_tickets_are_not_overdue():
    done = ticket(30, resolved_at=days_ago(1))
    closed_no_time = ticket(30, status=TicketStatus.CLOSED)
    resolved_later = ticket(30, resolved_at=NOW + timedelta(days=1))  # not yet, as of now
    alerts = ticket_alerts(ACCOUNT, [done, closed_no_time, resolved_later], [], NOW, PARAMS)
    assert [a.facts["ticket_uuid"] for a in alerts] == [resolved_later.uuid]


# --- NPS -------------------------------------------------------------------------------------

def nps_answers(name, when, scores) -> list[SurveyFact]:
    return [SurveyFact(uuid.uuid4(), 1, SurveyKind.NPS, s, 10, when + timedelta(hours=i), survey_name=name,
                       comment="Delays" if s < 5 else None)
            for i, s in enumerate(scores)]


def test_nps_drop_against_previous_rounds():
    answers = (nps_answers("NPS 2026 H1", days_ago(200), [10, 9, 9, 8, 7, 10])
               + nps_answers("NPS 2025 H2", days_ago(380), [9, 9, 10, 6])
               + nps_answers("NPS 2026 H2", days_ago(20), [3, 6, 8, 9, 2]))
    [alert] = nps_drop_alerts(ACCOUNT, answers, NOW, PARAMS)
    f = alert.facts
    assert f["round"] == "NPS 2026 H2" and f["nps"] == -40.0 and f["responses"] == 5
    assert f["baseline_rounds"] == ["NPS 2025 H2", "NPS 2026 H1"] and f["baseline_nps"] == 60.0
    assert alert.severity is Severity.HIGH and f["drop_points"] == 100.0
    assert alert.evidence[0].facts["score"] == 2


def test_nps_quiet_when_stable_thin_or_old():
    stable = nps_answers("A", days_ago(200), [9, 9, 10, 8, 7]) + nps_answers("B", days_ago(20), [9, 8, 10])
    assert nps_drop_alerts(ACCOUNT, stable, NOW, PARAMS) == []
    thin = nps_answers("A", days_ago(200), [9, 9, 10, 8, 7]) + nps_answers("B", days_ago(20), [1, 2])
    assert nps_drop_alerts(ACCOUNT, thin, NOW, PARAMS) == []
    old = nps_answers("A", days_ago(500), [9, 9, 10, 8, 7]) + nps_answers("B", days_ago(300), [1, 2, 3])
    assert nps_drop_alerts(ACCOUNT, old, NOW, PARAMS) == []
    assert nps_drop_alerts(ACCOUNT, [], NOW, PARAMS) == []


def test_nps_rounds_by_quarter_when_unnamed():
    answers = (nps_answers(None, datetime(2026, 5, 10, tzinfo=UTC), [10, 9, 9, 9, 10])
               + nps_answers(None, datetime(2026, 11, 2, tzinfo=UTC), [5, 4, 6]))
    [alert] = nps_drop_alerts(ACCOUNT, answers, NOW, PARAMS)
    assert alert.facts["round"] == "2026-Q4" and alert.facts["baseline_rounds"] == ["2026-Q2"]


# --- Key people ------------------------------------------------------------------------------

def person(roles, last_contact_days=None, **kw) -> KeyPersonFact:
    last = None if last_contact_days is None else days_ago(last_contact_days)
    return KeyPersonFact(uuid.uuid4(), 1, "Иванов Иван Петрович", tuple(roles), last_contact=last,
                         added_at=days_ago(900), **kw)


def test_key_person_stale_thresholds_and_severity():
    eb_128 = person(["economic_buyer"], 128)
    champion_95 = person(["champion"], 95)
    decider_60 = person(["decider"], 60)
    never = person(["decider"])
    user = person(["user"], 400)
    alerts = {a.facts["person_uuid"]: a for a in key_person_alerts(
        ACCOUNT, [eb_128, champion_95, decider_60, never, user], NOW, PARAMS)}
    assert set(alerts) == {eb_128.uuid, champion_95.uuid, never.uuid}
    assert alerts[eb_128.uuid].severity is Severity.HIGH
    assert alerts[eb_128.uuid].facts["days_since_contact"] == 128
    assert alerts[champion_95.uuid].severity is Severity.MEDIUM
    assert alerts[never.uuid].facts["days_since_contact"] is None
    assert alerts[eb_128.uuid].created == datetime.combine(
        (NOW - timedelta(days=128)).date() + timedelta(days=90), datetime.min.time(), tzinfo=UTC)


def test_stale_exactly_on_the_threshold():
    assert key_person_alerts(ACCOUNT, [person(["champion"], 89)], NOW, PARAMS) == []
    assert len(key_person_alerts(ACCOUNT, [person(["champion"], 90)], NOW, PARAMS)) == 1


def test_new_contact_means_a_new_episode():
    first = person(["economic_buyer"], 100)
    later = KeyPersonFact(first.uuid, 1, first.name, first.roles, last_contact=days_ago(95))
    [a] = key_person_alerts(ACCOUNT, [first], NOW, PARAMS)
    [b] = key_person_alerts(ACCOUNT, [later], NOW, PARAMS)
    assert a.key != b.key


def test_key_person_left():
    gone = person(["champion"], 45, left_company=True, left_on=TODAY - timedelta(days=40), left_to="Rival")
    long_gone = person(["champion"], 400, left_company=True, left_on=TODAY - timedelta(days=400))
    [alert] = key_person_alerts(ACCOUNT, [gone, long_gone], NOW, PARAMS)
    assert alert.kind is AlertKind.KEY_PERSON_LEFT and alert.severity is Severity.HIGH
    assert alert.facts["days_since"] == 40 and alert.facts["left_to"] == "Rival"


# --- Engagement ------------------------------------------------------------------------------

def _months(recent: int, baseline: int = 40) -> dict[date, int]:
    """Baseline March–August, recent September–October, November still running."""
    series = {date(2026, m, 1): baseline for m in range(3, 9)}
    series.update({date(2026, 9, 1): recent, date(2026, 10, 1): recent, date(2026, 11, 1): 0})
    return series


def test_engagement_drop_uses_the_timeline_rule():
    """September and October against March–August, counted per month (November is not complete)."""
    [alert] = engagement_alerts(ACCOUNT, _months(recent=4), NOW, PARAMS)
    assert alert.kind is AlertKind.ENGAGEMENT_DROP and alert.severity is Severity.HIGH
    assert alert.facts["baseline_monthly"] == 40 and alert.facts["recent_monthly"] == 4
    assert alert.facts["recent_months"] == [date(2026, 9, 1), date(2026, 10, 1)]
    assert alert.evidence[0].facts["count"] == 8
    assert engagement_alerts(ACCOUNT, _months(recent=15), NOW, PARAMS)[0].severity is Severity.MEDIUM
    assert engagement_alerts(ACCOUNT, _months(recent=20), NOW, PARAMS) == []  # half the usual is the line
    assert engagement_alerts(ACCOUNT, _months(recent=0, baseline=1), NOW, PARAMS) == []  # too thin to judge
    assert engagement_alerts(ACCOUNT, None, NOW, PARAMS) == []


def test_engagement_alert_agrees_with_the_timeline_verdict():
    from planner.timeline.engagement import engagement_drop

    monthly = _months(recent=4)
    months = sorted(monthly)
    verdict = engagement_drop(months, [monthly[m] for m in months], as_of=TODAY)
    [alert] = engagement_alerts(ACCOUNT, monthly, NOW, PARAMS)
    assert verdict.drop and alert.facts["ratio"] == round(verdict.ratio, 3)

# --- The read-model --------------------------------------------------------------------------

def test_alert_uuid_is_stable_and_sorting():
    assert alert_uuid("x:1") == alert_uuid("x:1") != alert_uuid("x:2")
    a = Alert("a", AlertKind.NPS_DROP, Severity.MEDIUM, ACCOUNT, days_ago(1))
    b = Alert("b", AlertKind.SLA_BREACHED, Severity.HIGH, ACCOUNT, days_ago(10))
    c = Alert("c", AlertKind.TICKET_OVERDUE, Severity.MEDIUM, ACCOUNT, days_ago(0))
    assert [x.key for x in sorted([a, b, c], key=sort_key)] == ["b", "c", "a"]
    assert a.uuid == alert_uuid("a")


def test_sla_alert_needs_a_minimum_sample():
    spec = _otd_spec()
    two = AccountData(deliveries=tuple(_deliveries(11, 1, 2)))                 # 1 late of 2
    [row] = scorecard([spec], two, NOW)
    assert row.status is SlaStatus.BREACHED
    assert sla_alerts(ACCOUNT, [row], [], NOW, PARAMS) == []
    three = AccountData(deliveries=tuple(_deliveries(11, 1, 3)))
    assert len(sla_alerts(ACCOUNT, scorecard([spec], three, NOW), [], NOW, PARAMS)) == 1
