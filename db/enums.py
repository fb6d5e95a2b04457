"""Closed vocabularies of the data model.

Stored as their string values (never as database-native enums), so adding a
member needs no schema migration and the values read the same in SQL and JSON.
"""

from __future__ import annotations

from enum import StrEnum


class LifecycleStage(StrEnum):
    PROSPECT = "prospect"
    ONBOARDING = "onboarding"
    GROWTH = "growth"
    MATURE = "mature"
    RENEWAL = "renewal"
    AT_RISK = "at_risk"
    LOST = "lost"


class Tier(StrEnum):
    STRATEGIC = "strategic"
    KEY = "key"
    DEVELOPMENT = "development"


class Attitude(StrEnum):
    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SCEPTIC = "sceptic"
    BLOCKER = "blocker"


class RoleFramework(StrEnum):
    MILLER_HEIMAN = "miller_heiman"
    BUYING_CENTRE = "buying_centre"


class MillerHeimanRole(StrEnum):
    ECONOMIC_BUYER = "economic_buyer"
    USER_BUYER = "user_buyer"
    TECHNICAL_BUYER = "technical_buyer"
    COACH = "coach"


class BuyingCentreRole(StrEnum):
    INITIATOR = "initiator"
    USER = "user"
    INFLUENCER = "influencer"
    DECIDER = "decider"
    BUYER = "buyer"
    GATEKEEPER = "gatekeeper"
    APPROVER = "approver"


ROLES_BY_FRAMEWORK: dict[RoleFramework, type[StrEnum]] = {
    RoleFramework.MILLER_HEIMAN: MillerHeimanRole,
    RoleFramework.BUYING_CENTRE: BuyingCentreRole,
}


class LinkKind(StrEnum):
    INFLUENCE = "influence"
    ALLY = "ally"
    CONFLICT = "conflict"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    MOBILE = "mobile"
    MESSENGER = "messenger"


class InteractionKind(StrEnum):
    EMAIL = "email"
    CALL = "call"
    VIDEO_CALL = "video_call"
    MEETING = "meeting"
    SITE_VISIT = "site_visit"
    WEB_VISIT = "web_visit"
    CONFERENCE = "conference"
    MESSAGE = "message"
    NOTE = "note"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    MUTUAL = "mutual"
    INTERNAL = "internal"


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"


class ParticipantRole(StrEnum):
    SENDER = "sender"
    RECIPIENT = "recipient"
    CC = "cc"
    ORGANIZER = "organizer"
    ATTENDEE = "attendee"


class TeamRole(StrEnum):
    ACCOUNT_MANAGER = "account_manager"
    EXECUTIVE_SPONSOR = "executive_sponsor"
    TECHNICAL_LEAD = "technical_lead"
    SERVICE_MANAGER = "service_manager"
    SALES_ENGINEER = "sales_engineer"
    LOGISTICS = "logistics"


class OrderStatus(StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    SHIPPED = "shipped"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class DeliveryStatus(StrEnum):
    PLANNED = "planned"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    PARTIAL = "partial"
    CANCELLED = "cancelled"


class TicketKind(StrEnum):
    REQUEST = "request"
    INCIDENT = "incident"
    COMPLAINT = "complaint"


class TicketSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class TicketStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


class SlaMetric(StrEnum):
    ON_TIME_DELIVERY = "on_time_delivery"
    ORDER_LEAD_TIME = "order_lead_time"
    FIRST_RESPONSE_TIME = "first_response_time"
    RESOLUTION_TIME = "resolution_time"
    DEFECT_PPM = "defect_ppm"
    SATISFACTION = "satisfaction"
    CUSTOM = "custom"


class SlaDirection(StrEnum):
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class SlaPeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"


class SurveyKind(StrEnum):
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"


class OpportunityStage(StrEnum):
    IDENTIFIED = "identified"
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"


class PlanStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"


class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATING = "mitigating"
    CLOSED = "closed"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"
