"""Will an open delivery be late? A transparent estimate from the supplier's own history.

For an open delivery (not yet delivered, promised within the horizon), look at the
comparable deliveries: the same product line, promised in the last 12 months and
already settled (delivered, or still open after their date — late by the days so
far). Use the account's own history when it has at least ``min_sample`` of them,
else the whole portfolio's for that product line.

Each comparable is weighted by recency, halving every ``half_life_days`` (what
happened last month says more than what happened last spring). Then

- probability of being late = weighted share of late comparables;
- expected delay = weighted median of the days late of the late ones.

The delivery is flagged when the probability is at least 0.5 and the expected
delay at least one day. No model fitting, so the reason is plain: the alert carries
the probability, the sample, the scope and the most recent comparables.

The history arrives as ``Settled`` groups with their summed weights: one group per
delivery in the pure tests, or per account, line and days late as summed in SQL for
a whole portfolio (there the age is counted in whole weeks, taken at mid-week — a
difference of a few percent in a weight, for a load of thousands of rows, not
hundreds of thousands).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from planner.sla.facts import DeliveryFact


@dataclass(frozen=True)
class PredictionParams:
    horizon_days: int = 45
    lookback_days: int = 365
    half_life_days: float = 90.0
    min_sample: int = 5
    min_probability: float = 0.5
    min_delay_days: int = 1
    #: How many comparables an alert lists as evidence (the most recent).
    evidence_limit: int = 12


@dataclass(frozen=True)
class Settled:
    """``count`` settled deliveries of one account and line, each ``days_late`` late (0 = on
    time), with the sum of their recency weights."""

    account_id: int
    product_line: str | None
    days_late: int
    count: int
    weight: float


def recency_weight(age_days: float, params: PredictionParams) -> float:
    """1 for today, halving every ``half_life_days``."""
    return 0.5 ** (age_days / params.half_life_days)


def settled_from(deliveries: Iterable[DeliveryFact], today: date, params: PredictionParams) -> list[Settled]:
    """One ``Settled`` per delivery promised in the lookback window and judged by ``today``."""
    out = []
    earliest = today - timedelta(days=params.lookback_days)
    for d in deliveries:
        if d.cancelled or not (earliest <= d.promised_on < today):
            continue
        late = d.days_late(today)
        if late is not None:
            weight = recency_weight((today - d.promised_on).days, params)
            out.append(Settled(d.account_id, d.product_line, late, 1, weight))
    return out


@dataclass(frozen=True)
class DelayEstimate:
    probability: float
    expected_delay_days: int
    sample_size: int
    late_count: int
    #: "account" when the account's own history sufficed, else "portfolio".
    scope: str


def weighted_median(values: Sequence[tuple[int, float]]) -> int:
    """The smallest value whose cumulative weight reaches half the total."""
    ordered = sorted(values)
    total = sum(w for _, w in ordered)
    running = 0.0
    for value, weight in ordered:
        running += weight
        if running >= total / 2 - 1e-12:
            return value
    return ordered[-1][0]


class History:
    """Settled deliveries of the lookback window, by account and line, with cached estimates."""

    def __init__(self, settled: Iterable[Settled], today: date, params: PredictionParams):
        self.today = today
        self.params = params
        self.by_line: dict[str | None, list[Settled]] = defaultdict(list)
        self.by_account_line: dict[tuple[int, str | None], list[Settled]] = defaultdict(list)
        for s in settled:
            self.by_line[s.product_line].append(s)
            self.by_account_line[(s.account_id, s.product_line)].append(s)
        self._cache: dict[tuple[int, str | None], DelayEstimate | None] = {}

    @classmethod
    def from_deliveries(cls, deliveries: Iterable[DeliveryFact], today: date,
                        params: PredictionParams) -> History:
        return cls(settled_from(deliveries, today, params), today, params)

    def estimate(self, account_id: int, product_line: str | None) -> DelayEstimate | None:
        """The delay estimate for the account's next delivery of ``product_line``; None when
        the history is too thin even for the whole portfolio."""
        key = (account_id, product_line)
        if key not in self._cache:
            own = self.by_account_line.get(key, [])
            if sum(s.count for s in own) >= self.params.min_sample:
                self._cache[key] = self._estimate("account", own)
            else:
                self._cache[key] = self._estimate("portfolio", self.by_line.get(product_line, []))
        return self._cache[key]

    def _estimate(self, scope: str, items: list[Settled]) -> DelayEstimate | None:
        sample = sum(s.count for s in items)
        if sample < self.params.min_sample:
            return None
        total = sum(s.weight for s in items)
        late = [(s.days_late, s.weight) for s in items if s.days_late > 0]
        return DelayEstimate(
            probability=round(sum(w for _, w in late) / total, 3) if total else 0.0,
            expected_delay_days=weighted_median(late) if late else 0,
            sample_size=sample,
            late_count=sum(s.count for s in items if s.days_late > 0),
            scope=scope,
        )


@dataclass(frozen=True)
class LatePrediction:
    delivery: DeliveryFact
    #: Already past its promised date and still open: late for certain.
    overdue: bool
    probability: float
    expected_delay_days: int
    expected_on: date
    estimate: DelayEstimate | None


def predict(open_deliveries: Iterable[DeliveryFact], history: History) -> list[LatePrediction]:
    """Deliveries likely to be late (within the horizon) or already overdue, soonest first."""
    today, params = history.today, history.params
    out = []
    for d in open_deliveries:
        if d.cancelled or d.delivered_by(today) is not None:
            continue
        if d.promised_on < today:
            estimate = history.estimate(d.account_id, d.product_line)
            so_far = (today - d.promised_on).days
            delay = max(so_far, estimate.expected_delay_days if estimate else 0)
            expected_on = max(d.promised_on + timedelta(days=delay), today + timedelta(days=1))
            out.append(LatePrediction(d, True, 1.0, (expected_on - d.promised_on).days, expected_on,
                                      estimate))
            continue
        if (d.promised_on - today).days > params.horizon_days:
            continue
        estimate = history.estimate(d.account_id, d.product_line)
        if (estimate is not None and estimate.probability >= params.min_probability
                and estimate.expected_delay_days >= params.min_delay_days):
            out.append(LatePrediction(
                d, False, estimate.probability, estimate.expected_delay_days,
                d.promised_on + timedelta(days=estimate.expected_delay_days), estimate,
            ))
    out.sort(key=lambda p: (p.delivery.promised_on, str(p.delivery.uuid)))
    return out


def recent_comparables(
    deliveries: Iterable[DeliveryFact], account_id: int | None, product_line: str | None,
    today: date, params: PredictionParams,
) -> list[DeliveryFact]:
    """The most recent settled deliveries behind an estimate (``account_id`` None for the
    portfolio scope), newest first: the evidence an alert lists."""
    earliest = today - timedelta(days=params.lookback_days)
    chosen = [
        d for d in deliveries
        if d.product_line == product_line and (account_id is None or d.account_id == account_id)
        and earliest <= d.promised_on < today and not d.cancelled and d.days_late(today) is not None
    ]
    chosen.sort(key=lambda d: (d.promised_on, str(d.uuid)), reverse=True)
    return chosen[: params.evidence_limit]
