"""Translated words for the planner's vocabularies that forms and tables show.

``ui.labels`` holds the ones the whole app shares (stages, tiers, interaction
kinds, opportunity stages, directions); the rest of the data model's enums are
worded here, in the context ``enums``. ``enum_label`` finds any of them by its
enum class, so a form's combo box needs nothing but the enum.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from planner import enums
from ui import labels as shared

CONTEXT = "enums"

_OWN: dict[type[StrEnum], dict[str, str]] = {
    enums.Attitude: {
        "champion": QT_TRANSLATE_NOOP("enums", "Champion"),
        "supporter": QT_TRANSLATE_NOOP("enums", "Supporter"),
        "neutral": QT_TRANSLATE_NOOP("enums", "Neutral"),
        "sceptic": QT_TRANSLATE_NOOP("enums", "Sceptic"),
        "blocker": QT_TRANSLATE_NOOP("enums", "Blocker"),
    },
    enums.RoleFramework: {
        "miller_heiman": QT_TRANSLATE_NOOP("enums", "Miller Heiman"),
        "buying_centre": QT_TRANSLATE_NOOP("enums", "Buying centre"),
    },
    enums.MillerHeimanRole: {
        "economic_buyer": QT_TRANSLATE_NOOP("enums", "Economic buyer"),
        "user_buyer": QT_TRANSLATE_NOOP("enums", "User buyer"),
        "technical_buyer": QT_TRANSLATE_NOOP("enums", "Technical buyer"),
        "coach": QT_TRANSLATE_NOOP("enums", "Coach"),
    },
    enums.BuyingCentreRole: {
        "initiator": QT_TRANSLATE_NOOP("enums", "Initiator"),
        "user": QT_TRANSLATE_NOOP("enums", "User"),
        "influencer": QT_TRANSLATE_NOOP("enums", "Influencer"),
        "decider": QT_TRANSLATE_NOOP("enums", "Decider"),
        "buyer": QT_TRANSLATE_NOOP("enums", "Buyer"),
        "gatekeeper": QT_TRANSLATE_NOOP("enums", "Gatekeeper"),
        "approver": QT_TRANSLATE_NOOP("enums", "Approver"),
    },
    enums.LinkKind: {
        "influence": QT_TRANSLATE_NOOP("enums", "Influences"),
        "ally": QT_TRANSLATE_NOOP("enums", "Ally of"),
        "conflict": QT_TRANSLATE_NOOP("enums", "In conflict with"),
    },
    enums.ContactKind: {
        "email": QT_TRANSLATE_NOOP("enums", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("enums", "Phone"),
        "mobile": QT_TRANSLATE_NOOP("enums", "Mobile"),
        "messenger": QT_TRANSLATE_NOOP("enums", "Messenger"),
    },
    enums.Sentiment: {
        "positive": QT_TRANSLATE_NOOP("enums", "Positive"),
        "neutral": QT_TRANSLATE_NOOP("enums", "Neutral mood"),
        "negative": QT_TRANSLATE_NOOP("enums", "Negative"),
    },
    enums.ParticipantRole: {
        "sender": QT_TRANSLATE_NOOP("enums", "Sender"),
        "recipient": QT_TRANSLATE_NOOP("enums", "Recipient"),
        "cc": QT_TRANSLATE_NOOP("enums", "Copy"),
        "organizer": QT_TRANSLATE_NOOP("enums", "Organiser"),
        "attendee": QT_TRANSLATE_NOOP("enums", "Attendee"),
    },
    enums.TeamRole: {
        "account_manager": QT_TRANSLATE_NOOP("enums", "Account manager"),
        "executive_sponsor": QT_TRANSLATE_NOOP("enums", "Executive sponsor"),
        "technical_lead": QT_TRANSLATE_NOOP("enums", "Technical lead"),
        "service_manager": QT_TRANSLATE_NOOP("enums", "Service manager"),
        "sales_engineer": QT_TRANSLATE_NOOP("enums", "Sales engineer"),
        "logistics": QT_TRANSLATE_NOOP("enums", "Logistics"),
    },
    enums.OrderStatus: {
        "open": QT_TRANSLATE_NOOP("enums", "Open"),
        "confirmed": QT_TRANSLATE_NOOP("enums", "Confirmed"),
        "shipped": QT_TRANSLATE_NOOP("enums", "Shipped"),
        "closed": QT_TRANSLATE_NOOP("enums", "Closed"),
        "cancelled": QT_TRANSLATE_NOOP("enums", "Cancelled"),
    },
    enums.DeliveryStatus: {
        "planned": QT_TRANSLATE_NOOP("enums", "Planned"),
        "in_transit": QT_TRANSLATE_NOOP("enums", "In transit"),
        "delivered": QT_TRANSLATE_NOOP("enums", "Delivered"),
        "partial": QT_TRANSLATE_NOOP("enums", "Partly delivered"),
        "cancelled": QT_TRANSLATE_NOOP("enums", "Cancelled"),
    },
    enums.TicketKind: {
        "request": QT_TRANSLATE_NOOP("enums", "Request"),
        "incident": QT_TRANSLATE_NOOP("enums", "Incident"),
        "complaint": QT_TRANSLATE_NOOP("enums", "Complaint"),
    },
    enums.TicketSeverity: {
        "low": QT_TRANSLATE_NOOP("enums", "Low"),
        "medium": QT_TRANSLATE_NOOP("enums", "Medium"),
        "high": QT_TRANSLATE_NOOP("enums", "High"),
        "critical": QT_TRANSLATE_NOOP("enums", "Critical"),
    },
    enums.TicketStatus: {
        "open": QT_TRANSLATE_NOOP("enums", "Open"),
        "in_progress": QT_TRANSLATE_NOOP("enums", "In progress"),
        "resolved": QT_TRANSLATE_NOOP("enums", "Resolved"),
        "closed": QT_TRANSLATE_NOOP("enums", "Closed"),
    },
    enums.SlaMetric: {
        "on_time_delivery": QT_TRANSLATE_NOOP("enums", "On-time delivery"),
        "order_lead_time": QT_TRANSLATE_NOOP("enums", "Order lead time"),
        "first_response_time": QT_TRANSLATE_NOOP("enums", "First response time"),
        "resolution_time": QT_TRANSLATE_NOOP("enums", "Resolution time"),
        "defect_ppm": QT_TRANSLATE_NOOP("enums", "Defects (ppm)"),
        "satisfaction": QT_TRANSLATE_NOOP("enums", "Satisfaction"),
        "custom": QT_TRANSLATE_NOOP("enums", "Custom"),
    },
    enums.SlaDirection: {
        "at_least": QT_TRANSLATE_NOOP("enums", "At least the target"),
        "at_most": QT_TRANSLATE_NOOP("enums", "At most the target"),
    },
    enums.SlaPeriod: {
        "month": QT_TRANSLATE_NOOP("enums", "Month"),
        "quarter": QT_TRANSLATE_NOOP("enums", "Quarter"),
    },
    enums.SurveyKind: {
        "nps": QT_TRANSLATE_NOOP("enums", "NPS"),
        "csat": QT_TRANSLATE_NOOP("enums", "CSAT"),
        "ces": QT_TRANSLATE_NOOP("enums", "CES"),
    },
    enums.PlanStatus: {
        "not_started": QT_TRANSLATE_NOOP("enums", "Not started"),
        "in_progress": QT_TRANSLATE_NOOP("enums", "In progress"),
        "done": QT_TRANSLATE_NOOP("enums", "Done"),
        "blocked": QT_TRANSLATE_NOOP("enums", "Blocked"),
        "cancelled": QT_TRANSLATE_NOOP("enums", "Cancelled"),
    },
    enums.RiskStatus: {
        "open": QT_TRANSLATE_NOOP("enums", "Open"),
        "mitigating": QT_TRANSLATE_NOOP("enums", "Mitigating"),
        "closed": QT_TRANSLATE_NOOP("enums", "Closed"),
    },
    enums.ContractStatus: {
        "draft": QT_TRANSLATE_NOOP("enums", "Draft"),
        "active": QT_TRANSLATE_NOOP("enums", "Active"),
        "expired": QT_TRANSLATE_NOOP("enums", "Expired"),
        "terminated": QT_TRANSLATE_NOOP("enums", "Terminated"),
    },
}

#: Enums worded in ui.labels: (table, context).
_SHARED: dict[type[StrEnum], tuple[dict[str, str], str]] = {
    enums.LifecycleStage: (shared.STAGES, shared.CONTEXT),
    enums.Tier: (shared.TIERS, shared.CONTEXT),
    enums.InteractionKind: (shared.INTERACTION_KINDS, shared.CONTEXT),
    enums.Direction: (shared.DIRECTIONS, shared.CONTEXT),
    enums.OpportunityStage: (shared.OPPORTUNITY_STAGES, "opportunity"),
}


def enum_label(value: StrEnum | None) -> str:
    """Any vocabulary value of the data model as the user reads it ("" for None)."""
    if value is None:
        return ""
    cls = type(value)
    if cls in _SHARED:
        table, context = _SHARED[cls]
    else:
        table, context = _OWN.get(cls, {}), CONTEXT
    source = table.get(value)
    if source is None:  # a value newer than the table: show it rather than fail
        return str(value)
    return QCoreApplication.translate(context, source)


def choices(cls: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """Every member of an enum with its label, in declaration order (for combo boxes)."""
    return [(member, enum_label(member)) for member in cls]
