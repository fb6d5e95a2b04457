"""The read-model ``collect`` fills: everything one meeting needs, internal parts included.

Plain frozen dataclasses, so the rules in ``decide`` and ``talking_points`` are
tested on constructed data. This model holds internal facts (attitudes, notes,
risks); only ``decide`` reads it, and it hands the renderer an audience's view.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from db.enums import (
    Attitude,
    Direction,
    InteractionKind,
    LifecycleStage,
    OpportunityStage,
    PlanStatus,
    SurveyKind,
    TicketKind,
    TicketSeverity,
    TicketStatus,
    Tier,
)
from planner.alerts.model import Alert
from planner.analytics.orders import OrdersReport
from planner.sla.scorecard import SlaResult
from planner.stakeholders.gaps import Gap
from planner.stakeholders.model import Role, StakeholderMap


@dataclass(frozen=True)
class AccountFacts:
    uuid: uuid.UUID
    name: str
    legal_name: str | None
    industry: str | None
    stage: LifecycleStage
    tier: Tier
    currency: str
    annual_revenue: Decimal | None
    wallet_spend: Decimal | None
    owner_name: str | None
    owner_title: str | None = None

    @property
    def share_of_wallet(self) -> float | None:
        if self.annual_revenue is None or not self.wallet_spend:
            return None
        return float(self.annual_revenue / self.wallet_spend)


@dataclass(frozen=True)
class TeamPerson:
    """One of our people."""

    uuid: uuid.UUID
    name: str
    title: str | None = None


@dataclass(frozen=True)
class MeetingFacts:
    """The meeting: from the timeline (``uuid``) or planned by date."""

    day: date
    uuid: uuid.UUID | None = None
    #: Local start time (in the meeting's zone), when known.
    start: datetime | None = None
    kind: InteractionKind | None = None
    subject: str | None = None
    location: str | None = None
    duration_minutes: int | None = None
    client: tuple[uuid.UUID, ...] = ()
    team: tuple[TeamPerson, ...] = ()


@dataclass(frozen=True)
class PersonFacts:
    """A client's person as the briefing sees them (internal fields included)."""

    uuid: uuid.UUID
    name: str
    title: str | None = None
    department: str | None = None
    site_name: str | None = None
    manager_name: str | None = None
    roles: tuple[Role, ...] = ()
    attitude: Attitude = Attitude.NEUTRAL
    influence: int = 3
    interest: int = 3
    strength: int = 0
    owner_name: str | None = None
    priorities: str | None = None
    internal_notes: str | None = None
    left: bool = False
    first_contact: date | None = None
    last_contact: date | None = None


@dataclass(frozen=True)
class Contact:
    """One interaction, as the briefing lists it."""

    uuid: uuid.UUID
    at: datetime
    kind: InteractionKind
    direction: Direction
    subject: str | None = None
    summary: str | None = None
    next_step: str | None = None
    people: tuple[uuid.UUID, ...] = ()

    @property
    def internal(self) -> bool:
        """Our own notes and internal mail: never a contact with the client."""
        return self.kind is InteractionKind.NOTE or self.direction is Direction.INTERNAL


@dataclass(frozen=True)
class TicketFacts:
    uuid: uuid.UUID
    number: str | None
    kind: TicketKind
    subject: str
    severity: TicketSeverity
    status: TicketStatus
    opened_at: datetime
    raised_by: uuid.UUID | None = None
    resolved_at: datetime | None = None

    @property
    def open(self) -> bool:
        return self.status in (TicketStatus.OPEN, TicketStatus.IN_PROGRESS)


@dataclass(frozen=True)
class SurveyAnswer:
    uuid: uuid.UUID
    person: uuid.UUID
    kind: SurveyKind
    score: int
    scale_max: int
    day: date
    comment: str | None = None
    survey_name: str | None = None


@dataclass(frozen=True)
class DeliveryFacts:
    """A delivery that was late, or is still to come (with the late-delivery forecast)."""

    uuid: uuid.UUID
    order_number: str | None
    product_line: str | None
    promised_on: date
    delivered_on: date | None = None
    quantity: Decimal | None = None
    unit: str | None = None
    days_late: int | None = None
    late_probability: float | None = None
    expected_delay_days: int | None = None


@dataclass(frozen=True)
class OpportunityFacts:
    uuid: uuid.UUID
    name: str
    value: Decimal
    currency: str
    stage: OpportunityStage
    probability: int
    expected_close: date | None = None
    decision_maker: uuid.UUID | None = None
    decision_maker_name: str | None = None
    next_step: str | None = None
    owner_name: str | None = None


@dataclass(frozen=True)
class ActionFacts:
    uuid: uuid.UUID
    title: str
    due_on: date | None
    status: PlanStatus
    owner_name: str | None = None
    goal: str | None = None


@dataclass(frozen=True)
class RiskFacts:
    uuid: uuid.UUID
    title: str
    probability: int
    impact: int
    mitigation: str | None = None
    owner_name: str | None = None

    @property
    def score(self) -> int:
        return self.probability * self.impact


@dataclass(frozen=True)
class ContractFacts:
    uuid: uuid.UUID
    title: str
    number: str | None
    ends_on: date | None
    notice_days: int
    auto_renew: bool
    annual_value: Decimal | None
    currency: str


@dataclass(frozen=True)
class MeetingData:
    """Everything the meeting needs, as of ``as_of`` (internal facts included)."""

    as_of: date
    account: AccountFacts
    meeting: MeetingFacts
    #: Every person of the account by UUID (attendees are looked up here).
    people: dict[uuid.UUID, PersonFacts] = field(default_factory=dict, compare=False)
    smap: StakeholderMap | None = None
    gaps: tuple[Gap, ...] = ()
    #: The account's interactions of the last ``window_days`` days, newest first.
    recent: tuple[Contact, ...] = ()
    window_days: int = 90
    #: Each attendee's last interactions (any age), newest first.
    last_contacts: dict[uuid.UUID, tuple[Contact, ...]] = field(default_factory=dict, compare=False)
    tickets: tuple[TicketFacts, ...] = ()
    surveys: tuple[SurveyAnswer, ...] = ()
    scorecard: tuple[SlaResult, ...] = ()
    late_deliveries: tuple[DeliveryFacts, ...] = ()
    open_deliveries: tuple[DeliveryFacts, ...] = ()
    alerts: tuple[Alert, ...] = ()
    orders: OrdersReport | None = None
    opportunities: tuple[OpportunityFacts, ...] = ()
    actions: tuple[ActionFacts, ...] = ()
    risks: tuple[RiskFacts, ...] = ()
    contracts: tuple[ContractFacts, ...] = ()

    @property
    def attendees(self) -> tuple[PersonFacts, ...]:
        return tuple(self.people[p] for p in self.meeting.client if p in self.people)
