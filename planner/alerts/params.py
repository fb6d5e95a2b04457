"""Thresholds of the alert rules, in one place so the UI can show (and tests can bend) them."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.enums import TicketSeverity
from planner.alerts.prediction import PredictionParams


def _default_resolution_days() -> dict[TicketSeverity, float]:
    return {
        TicketSeverity.CRITICAL: 1,
        TicketSeverity.HIGH: 3,
        TicketSeverity.MEDIUM: 7,
        TicketSeverity.LOW: 14,
    }


@dataclass(frozen=True)
class AlertParams:
    prediction: PredictionParams = field(default_factory=PredictionParams)
    #: An SLA alert needs a value standing on at least this many records.
    sla_min_sample: int = 3
    #: A key person not contacted for this many days is stale.
    stale_days: int = 90
    #: ...and high severity from this many days on, for an economic buyer or decider.
    stale_high_days: int = 120
    #: A key person who left within this many days is reported.
    left_within_days: int = 180
    #: Engagement: interactions in the last ``engagement_days`` against the rate of the
    #: ``baseline_days`` before them (half a year, as the timeline's baseline); fires at or
    #: below ``engagement_ratio`` of the usual rate, when the usual rate gives at least
    #: ``engagement_min_expected`` interactions.
    engagement_days: int = 90
    baseline_days: int = 182
    engagement_ratio: float = 0.35
    engagement_high_ratio: float = 0.15
    engagement_min_expected: float = 6.0
    #: NPS: the latest round against the pooled answers of up to ``nps_baseline_rounds``
    #: rounds before it; a fall of ``nps_drop_points`` or more fires.
    nps_drop_points: float = 20.0
    nps_high_drop_points: float = 40.0
    nps_recent_days: int = 180
    nps_baseline_rounds: int = 3
    nps_min_recent: int = 3
    nps_min_baseline: int = 5
    #: How far back NPS answers are read for the rounds (the latest and those before it).
    nps_history_days: int = 400
    #: Resolution time allowed for a ticket when the account has no SLA on it.
    ticket_resolution_days: dict[TicketSeverity, float] = field(
        default_factory=_default_resolution_days, hash=False
    )
