"""Late-delivery prediction: comparables, recency weights, fallback, thresholds."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from planner.alerts.prediction import (
    History,
    PredictionParams,
    Settled,
    predict,
    recent_comparables,
    weighted_median,
)
from planner.sla.facts import DeliveryFact

TODAY = date(2026, 11, 27)
P = PredictionParams()


def d(account, promised_ago, late_days=0, line="Hydraulics", delivered=True) -> DeliveryFact:
    promised = TODAY - timedelta(days=promised_ago)
    done = promised + timedelta(days=late_days) if delivered else None
    return DeliveryFact(uuid.uuid4(), account, promised, done, line, order_number=f"PO-{promised_ago}")


def upcoming(account, in_days, line="Hydraulics") -> DeliveryFact:
    return DeliveryFact(uuid.uuid4(), account, TODAY + timedelta(days=in_days), None, line)


def test_weighted_median():
    assert weighted_median([(1, 1.0), (10, 1.0), (5, 1.0)]) == 5
    assert weighted_median([(1, 0.1), (10, 5.0)]) == 10
    assert weighted_median([(2, 1.0), (8, 1.0)]) == 2


def test_flags_a_line_that_is_usually_late():
    history = [d(1, 10 * i, late_days=6 if i % 4 else 0) for i in range(1, 13)]  # 9 of 12 late
    target = upcoming(1, 10)
    [p] = predict([target], History.from_deliveries([*history, target], TODAY, P))
    assert p.delivery is target and not p.overdue
    assert p.probability >= 0.5 and p.expected_delay_days == 6
    assert p.expected_on == target.promised_on + timedelta(days=6)
    assert p.estimate.scope == "account" and p.estimate.sample_size == 12
    assert p.estimate.late_count == 9


def test_recency_weighting_beats_old_history():
    """Late recently, on time long ago: the recent pattern wins."""
    recent_late = [d(1, i, late_days=5) for i in range(5, 50, 10)]         # 5 late, last 50 days
    old_fine = [d(1, i) for i in range(200, 330, 20)]                      # 7 on time, months ago
    history = History.from_deliveries([*recent_late, *old_fine], TODAY, P)
    estimate = history.estimate(1, "Hydraulics")
    assert estimate.late_count == 5 and estimate.sample_size == 12
    assert estimate.probability > 0.75


def test_no_flag_when_usually_on_time():
    history = [d(1, 10 * i, late_days=4 if i == 3 else 0) for i in range(1, 13)]
    assert predict([upcoming(1, 10)], History.from_deliveries(history, TODAY, P)) == []


def test_falls_back_to_the_portfolio_and_keeps_lines_apart():
    others = [d(2, 7 * i, late_days=3) for i in range(1, 9)]
    sensors = [d(1, 7 * i, line="Sensors", late_days=0) for i in range(1, 9)]
    history = History.from_deliveries([*others, *sensors, d(1, 20, late_days=0)], TODAY, P)
    [p] = predict([upcoming(1, 5), upcoming(1, 5, line="Sensors")], history)
    assert p.delivery.product_line == "Hydraulics"
    assert p.estimate.scope == "portfolio" and p.expected_delay_days == 3
    assert p.estimate.sample_size == 9


def test_thin_history_predicts_nothing():
    history = History.from_deliveries([d(1, 10, late_days=9), d(1, 20, late_days=9)], TODAY, P)
    assert history.estimate(1, "Hydraulics") is None
    assert predict([upcoming(1, 3)], history) == []


def test_horizon_and_lookback():
    history = [d(1, 10 * i, late_days=5) for i in range(1, 10)]
    too_far = upcoming(1, P.horizon_days + 1)
    assert predict([too_far], History.from_deliveries(history, TODAY, P)) == []
    ancient = [d(1, 400 + i, late_days=5) for i in range(10)]
    assert History.from_deliveries(ancient, TODAY, P).estimate(1, "Hydraulics") is None


def test_open_deliveries_past_their_date_are_overdue_and_count_as_late_history():
    history = [d(1, 10 * i) for i in range(2, 8)]                           # 6 on time
    stuck = d(1, 4, delivered=False)                                        # 4 days overdue
    [p] = predict([stuck], History.from_deliveries([*history, stuck], TODAY, P))
    assert p.overdue and p.probability == 1.0
    assert p.expected_on > TODAY and p.expected_delay_days >= 5
    settled = History.from_deliveries([*history, stuck], TODAY, P).by_line["Hydraulics"]
    assert settled[-1].days_late == 4 and settled[-1].count == 1


@pytest.mark.parametrize("probability_threshold", [0.5, 0.9])
def test_thresholds_are_parameters(probability_threshold):
    history = [d(1, 10 * i, late_days=2 if i % 3 else 0) for i in range(1, 13)]
    params = PredictionParams(min_probability=probability_threshold)
    flagged = predict([upcoming(1, 10)], History.from_deliveries(history, TODAY, params))
    assert bool(flagged) is (probability_threshold == 0.5)


def test_delivered_and_cancelled_are_not_predicted():
    history = [d(1, 10 * i, late_days=5) for i in range(1, 10)]
    done = DeliveryFact(uuid.uuid4(), 1, TODAY + timedelta(days=3), TODAY, "Hydraulics")
    cancelled = DeliveryFact(uuid.uuid4(), 1, TODAY + timedelta(days=3), None, "Hydraulics", cancelled=True)
    assert predict([done, cancelled], History.from_deliveries(history, TODAY, P)) == []


def test_aggregated_history_gives_the_same_estimate():
    """What SQL hands over (sums per account, line and days late) equals one row per delivery."""
    deliveries = [d(1, 10 * i, late_days=(i % 3) * 2) for i in range(1, 13)]
    one_by_one = History.from_deliveries(deliveries, TODAY, P).estimate(1, "Hydraulics")
    groups: dict[int, list[float]] = {}
    for s in History.from_deliveries(deliveries, TODAY, P).by_line["Hydraulics"]:
        groups.setdefault(s.days_late, []).append(s.weight)
    summed = [Settled(1, "Hydraulics", late, len(w), sum(w)) for late, w in groups.items()]
    assert History(summed, TODAY, P).estimate(1, "Hydraulics") == one_by_one


def test_recent_comparables_are_the_evidence():
    history = [d(1, 10 * i, late_days=3) for i in range(1, 20)] + [d(2, 5, late_days=1)]
    own = recent_comparables(history, 1, "Hydraulics", TODAY, P)
    assert len(own) == P.evidence_limit and own[0].promised_on == TODAY - timedelta(days=10)
    everyone = recent_comparables(history, None, "Hydraulics", TODAY, P)
    assert everyone[0].account_id == 2
