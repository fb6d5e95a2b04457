"""The alert read-model: kind, severity, when, the facts that made it fire, the evidence.

Alerts are computed, never stored. Each has a stable key (rule + subject + the
episode it is about, e.g. the period or the last contact), and a UUID derived from
the key, so acknowledging or snoozing one by UUID holds across runs and machines.
Wording is left to the front ends: an alert carries facts, not sentences.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from planner.sla.facts import Evidence

#: Namespace of alert UUIDs (uuid5 of the alert key); never change it.
ALERT_NAMESPACE = uuid.UUID("6f1d3c1e-6c7a-5b0e-9d55-4b4150414c31")


class AlertKind(StrEnum):
    DELIVERY_LATE = "delivery_late"
    SLA_AT_RISK = "sla_at_risk"
    SLA_BREACHED = "sla_breached"
    TICKET_OVERDUE = "ticket_overdue"
    NPS_DROP = "nps_drop"
    KEY_PERSON_STALE = "key_person_stale"
    KEY_PERSON_LEFT = "key_person_left"
    ENGAGEMENT_DROP = "engagement_drop"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for the most severe, for sorting."""
        return list(Severity).index(self)


class AlertStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    SNOOZED = "snoozed"


def alert_uuid(key: str) -> uuid.UUID:
    return uuid.uuid5(ALERT_NAMESPACE, key)


@dataclass(frozen=True)
class AccountRef:
    """The account an alert is about: key for grouping, UUID for stable alert keys."""

    id: int
    uuid: uuid.UUID
    name: str
    language: str = "en"


@dataclass(frozen=True)
class Alert:
    """One early warning about one account."""

    key: str
    kind: AlertKind
    severity: Severity
    account: AccountRef
    #: When the condition began, as far as the data tells (not when it was computed).
    created: datetime
    facts: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    evidence: tuple[Evidence, ...] = ()
    status: AlertStatus = AlertStatus.OPEN
    snoozed_until: datetime | None = None
    acted_at: datetime | None = None
    note: str | None = None

    @property
    def uuid(self) -> uuid.UUID:
        return alert_uuid(self.key)

    def with_state(
        self, status: AlertStatus, snoozed_until: datetime | None, acted_at: datetime | None,
        note: str | None,
    ) -> Alert:
        return replace(self, status=status, snoozed_until=snoozed_until, acted_at=acted_at, note=note)


def sort_key(alert: Alert) -> tuple:
    """By severity, then newest first, then account and key for a stable order."""
    return (alert.severity.rank, -alert.created.timestamp(), alert.account.name.casefold(), alert.key)
