"""The briefing as ``decide`` hands it to the renderer: sections for one audience.

Internal sections carry the planner's own read-models (people with attitudes,
alerts, gaps, risks, talking points). Client sections are separate types that
have no such fields at all, so a client document cannot show what its model
does not hold; the redaction tests walk this model as well as the .docx.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from db.enums import InteractionKind, LifecycleStage, TicketKind, TicketStatus, Tier
from planner.alerts.model import Alert
from planner.analytics.orders import ProductLineVolume, YearOverYear
from planner.briefing.facts import (
    ActionFacts,
    Contact,
    DeliveryFacts,
    OpportunityFacts,
    PersonFacts,
    SurveyAnswer,
    TicketFacts,
)
from planner.briefing.request import Audience
from planner.sla.periods import Period
from planner.sla.scorecard import SlaResult
from planner.stakeholders.gaps import Gap
from planner.stakeholders.model import StakeholderMap


class SectionKind(StrEnum):
    COVER = "cover"
    SUMMARY = "summary"
    ATTENDEES = "attendees"
    MAP = "map"
    TIMELINE = "timeline"
    SERVICE = "service"
    COMMERCE = "commerce"
    TALKING_POINTS = "talking_points"


class SourceKind(StrEnum):
    """The kind of record a talking point stands on."""

    DELIVERY = "delivery"
    TICKET = "ticket"
    OPPORTUNITY = "opportunity"
    PERSON = "person"
    INTERACTION = "interaction"
    SURVEY = "survey"
    SLA = "sla"
    PLAN_ACTION = "plan_action"
    CONTRACT = "contract"
    RISK = "risk"
    ALERT = "alert"
    GAP = "gap"


@dataclass(frozen=True)
class Source:
    """One record behind a point: its kind, UUID (None for a computed gap) and a short label."""

    kind: SourceKind
    uuid: uuid.UUID | None
    label: str
    day: date | None = None
    #: The measurement period, for an SLA.
    period: Period | None = None


class PointKind(StrEnum):
    # what to say
    ACKNOWLEDGE_LATE = "acknowledge_late"
    EXPLAIN_SLA = "explain_sla"
    TICKET_UPDATE = "ticket_update"
    REPORT_BACK = "report_back"
    ADDRESS_CONCERNS = "address_concerns"
    RAISE_RENEWAL = "raise_renewal"
    MOVE_ACTION = "move_action"
    ADVANCE_OPPORTUNITY = "advance_opportunity"
    # what to ask
    CONFIRM_DECISION_DATE = "confirm_decision_date"
    ASK_PRIORITIES = "ask_priorities"
    ASK_DETRACTOR = "ask_detractor"
    ASK_DECISION_MAKER = "ask_decision_maker"
    ASK_ECONOMIC_BUYER = "ask_economic_buyer"
    # what to watch
    RISK = "risk"
    ALERT = "alert"
    GAP = "gap"


@dataclass(frozen=True)
class Point:
    """A talking point, question, aim or risk: a kind, its facts, the records it came from.

    Facts are values (dates, amounts, names, enums), never sentences; the lexicon
    words them in the document's language. ``weight`` orders points (higher first).
    """

    kind: PointKind
    facts: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    sources: tuple[Source, ...] = ()
    weight: int = 0


@dataclass(frozen=True)
class Party:
    """Somebody at the meeting, as the cover lists them."""

    name: str
    title: str | None = None


@dataclass(frozen=True)
class Cover:
    account: str
    legal_name: str | None
    subject: str | None
    day: date
    start: datetime | None
    kind: InteractionKind | None
    duration_minutes: int | None
    location: str | None
    client: tuple[Party, ...]
    team: tuple[Party, ...]
    prepared_on: date
    prepared_by: str | None
    kind_of_section: SectionKind = SectionKind.COVER


# --------------------------------------------------------------------------- internal


@dataclass(frozen=True)
class Summary:
    stage: LifecycleStage
    tier: Tier
    currency: str
    revenue: Decimal | None
    orders_12m: Decimal | None
    orders_change: float | None
    share_of_wallet: float | None
    owner: str | None
    alerts: tuple[Alert, ...]
    achieve: tuple[Point, ...]
    watch: tuple[Point, ...]
    kind_of_section: SectionKind = SectionKind.SUMMARY


@dataclass(frozen=True)
class AttendeeCard:
    person: PersonFacts
    contacts: tuple[Contact, ...]
    tickets: tuple[TicketFacts, ...]
    answers: tuple[SurveyAnswer, ...]


@dataclass(frozen=True)
class Attendees:
    cards: tuple[AttendeeCard, ...]
    kind_of_section: SectionKind = SectionKind.ATTENDEES


@dataclass(frozen=True)
class MapSection:
    #: The attendees with their reporting lines and the decision makers (or everybody).
    focus: StakeholderMap
    whole: StakeholderMap
    gaps: tuple[Gap, ...]
    kind_of_section: SectionKind = SectionKind.MAP


@dataclass(frozen=True)
class Thread:
    """Interactions of one kind with one subject in the window, condensed into one row."""

    kind: InteractionKind
    subject: str
    latest: datetime
    count: int
    people: tuple[str, ...]


@dataclass(frozen=True)
class FollowUp:
    text: str
    day: date
    source: Source


@dataclass(frozen=True)
class TimelineSection:
    days: int
    counts: tuple[tuple[InteractionKind, int], ...]
    notes: int
    threads: tuple[Thread, ...]
    follow_ups: tuple[FollowUp, ...]
    our_notes: tuple[Contact, ...]
    kind_of_section: SectionKind = SectionKind.TIMELINE


@dataclass(frozen=True)
class ServiceSection:
    scorecard: tuple[SlaResult, ...]
    late: tuple[DeliveryFacts, ...]
    upcoming: tuple[DeliveryFacts, ...]
    tickets: tuple[TicketFacts, ...]
    #: Names of the people tickets were raised by.
    names: dict[uuid.UUID, str] = field(default_factory=dict, compare=False)
    window_days: int = 90
    horizon_days: int = 30
    kind_of_section: SectionKind = SectionKind.SERVICE


@dataclass(frozen=True)
class CommerceSection:
    currency: str
    yoy: YearOverYear | None
    lines: tuple[ProductLineVolume, ...]
    opportunities: tuple[OpportunityFacts, ...]
    actions: tuple[ActionFacts, ...]
    kind_of_section: SectionKind = SectionKind.COMMERCE


@dataclass(frozen=True)
class TalkingPoints:
    points: tuple[Point, ...]
    questions: tuple[Point, ...]
    kind_of_section: SectionKind = SectionKind.TALKING_POINTS


# --------------------------------------------------------------------------- client


@dataclass(frozen=True)
class ClientSla:
    """An SLA as the client sees it: what was promised, what was measured, met or not."""

    metric: str
    name: str | None
    product_line: str | None
    period: Period
    complete: bool
    unit: str
    direction: str
    target: Decimal
    value: Decimal | None
    met: bool | None


@dataclass(frozen=True)
class ClientDelivery:
    order_number: str | None
    product_line: str | None
    quantity: Decimal | None
    unit: str | None
    promised_on: date


@dataclass(frozen=True)
class ClientTicket:
    number: str | None
    kind: TicketKind
    subject: str
    opened: date
    status: TicketStatus


@dataclass(frozen=True)
class ClientService:
    scorecard: tuple[ClientSla, ...]
    upcoming: tuple[ClientDelivery, ...]
    tickets: tuple[ClientTicket, ...]
    horizon_days: int = 30
    kind_of_section: SectionKind = SectionKind.SERVICE


@dataclass(frozen=True)
class ClientContract:
    title: str
    number: str | None
    ends_on: date | None


@dataclass(frozen=True)
class ClientCommerce:
    currency: str
    yoy: YearOverYear | None
    lines: tuple[ProductLineVolume, ...]
    contracts: tuple[ClientContract, ...]
    kind_of_section: SectionKind = SectionKind.COMMERCE


Section = (Cover | Summary | Attendees | MapSection | TimelineSection | ServiceSection | CommerceSection
           | TalkingPoints | ClientService | ClientCommerce)

#: The only section types a client-facing briefing may hold.
CLIENT_SECTIONS = (Cover, ClientService, ClientCommerce)


@dataclass(frozen=True)
class Briefing:
    """The document for one audience in one language, before it is rendered."""

    audience: Audience
    lang: str
    account: str
    account_uuid: uuid.UUID
    day: date
    subject: str | None
    sections: tuple[Section, ...]

    def section(self, kind: SectionKind) -> Section | None:
        return next((s for s in self.sections if s.kind_of_section == kind), None)
