"""Plain records the SLA and alert rules compute from, and the evidence they point back to.

The service layer fills these from the database in a few set-based queries; tests
build them by hand. ``account_id`` is the database key, used only for grouping.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cached_property
from typing import Any

from db.enums import (
    SlaDirection,
    SlaMetric,
    SlaPeriod,
    SurveyKind,
    TicketSeverity,
    TicketStatus,
)


@dataclass(frozen=True)
class Evidence:
    """A record behind a figure or an alert: what it is, which one, and its facts.

    ``kind`` names the entity (delivery, ticket, quality_record, survey_response,
    person, interactions); ``facts`` holds plain values (dates, numbers, names), never
    sentences, so each front end words them in its own language.
    """

    kind: str
    uuid: uuid.UUID | None
    label: str | None
    day: date | None
    facts: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class DeliveryFact:
    uuid: uuid.UUID
    account_id: int
    promised_on: date
    delivered_on: date | None
    product_line: str | None = None
    order_number: str | None = None
    ordered_on: date | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    cancelled: bool = False

    def delivered_by(self, today: date) -> date | None:
        """The delivery date if it had happened by ``today`` (later data is not yet known)."""
        if self.delivered_on is not None and self.delivered_on <= today:
            return self.delivered_on
        return None

    def days_late(self, today: date) -> int | None:
        """Days after the promise: final once delivered, growing while still open past its
        date; None while still open and not yet due (promised today or later)."""
        done = self.delivered_by(today)
        if done is not None:
            return max(0, (done - self.promised_on).days)
        if today > self.promised_on:
            return (today - self.promised_on).days
        return None

    def evidence(self, today: date, **extra: Any) -> Evidence:
        done = self.delivered_by(today)
        return Evidence(
            "delivery",
            self.uuid,
            self.order_number,
            self.promised_on,
            {
                "order_number": self.order_number,
                "product_line": self.product_line,
                "ordered_on": self.ordered_on,
                "promised_on": self.promised_on,
                "delivered_on": done,
                "open": done is None,
                "days_late": self.days_late(today),
                "quantity": self.quantity,
                "unit": self.unit,
                **extra,
            },
        )


@dataclass(frozen=True)
class TicketFact:
    uuid: uuid.UUID
    account_id: int
    opened_at: datetime
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    status: TicketStatus = TicketStatus.OPEN
    severity: TicketSeverity = TicketSeverity.MEDIUM
    number: str | None = None
    subject: str | None = None
    product_line: str | None = None

    @cached_property
    def opened_day(self) -> date:
        """The UTC date of opening, which decides the ticket's period."""
        return self.opened_at.astimezone(UTC).date()

    def responded_by(self, now: datetime) -> datetime | None:
        if self.first_response_at is not None and self.first_response_at <= now:
            return self.first_response_at
        return None

    def answered_by(self, now: datetime) -> datetime | None:
        """The first response, or the resolution if it came without a separate response."""
        return self.responded_by(now) or self.resolved_by(now)

    def resolved_by(self, now: datetime) -> datetime | None:
        if self.resolved_at is not None and self.resolved_at <= now:
            return self.resolved_at
        return None

    def is_open(self, now: datetime) -> bool:
        """Still to be resolved at ``now``: no resolution time yet (a status of resolved
        without a time counts as resolved, since its duration is unknown, not open)."""
        if self.resolved_by(now) is not None:
            return False
        if self.resolved_at is None and self.status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
            return False
        return self.opened_at <= now

    def evidence(self, **extra: Any) -> Evidence:
        return Evidence(
            "ticket",
            self.uuid,
            self.number,
            self.opened_at.date(),
            {
                "number": self.number,
                "subject": self.subject,
                "severity": self.severity,
                "product_line": self.product_line,
                "opened_at": self.opened_at,
                "first_response_at": self.first_response_at,
                "resolved_at": self.resolved_at,
                **extra,
            },
        )


@dataclass(frozen=True)
class QualityFact:
    uuid: uuid.UUID
    account_id: int
    recorded_on: date
    units_inspected: Decimal
    defects: Decimal
    product_line: str | None = None


@dataclass(frozen=True)
class SurveyFact:
    uuid: uuid.UUID
    account_id: int
    kind: SurveyKind
    score: int
    scale_max: int
    responded_at: datetime
    person_uuid: uuid.UUID | None = None
    person_name: str | None = None
    comment: str | None = None
    survey_name: str | None = None

    @cached_property
    def day(self) -> date:
        """The UTC date of the answer, which decides its period."""
        return self.responded_at.astimezone(UTC).date()


@dataclass(frozen=True)
class SlaSpec:
    """An SLA definition as the rules see it."""

    uuid: uuid.UUID
    account_id: int
    metric: SlaMetric
    target: Decimal
    direction: SlaDirection
    period: SlaPeriod = SlaPeriod.MONTH
    warning_threshold: Decimal | None = None
    unit: str | None = None
    name: str | None = None
    product_line: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None

    def applies(self, start: date, end: date) -> bool:
        """Whether the definition is in force for any day of [start, end)."""
        if self.valid_from is not None and self.valid_from >= end:
            return False
        return not (self.valid_to is not None and self.valid_to < start)

    def covers(self, product_line: str | None) -> bool:
        return self.product_line is None or self.product_line == product_line


@dataclass(frozen=True)
class AccountData:
    """Everything the SLA rules need for one account over a window."""

    deliveries: tuple[DeliveryFact, ...] = ()
    tickets: tuple[TicketFact, ...] = ()
    quality: tuple[QualityFact, ...] = ()
    surveys: tuple[SurveyFact, ...] = ()
