"""All mapped tables; importing this package registers them on ``Base.metadata``."""

from db.models.accounts import (
    Account,
    AccountDomain,
    AccountTeamMember,
    Competitor,
    Contract,
    Site,
    StageChange,
)
from db.models.alerts import AlertState
from db.models.commerce import Delivery, Order, OrderLine
from db.models.imports import ImportedFile, ImportMapping
from db.models.interactions import Interaction, InteractionParticipant
from db.models.meta import MetaEntry
from db.models.money import FxRate
from db.models.people import ContactPoint, Person, PersonLink, PersonRole, TeamMember
from db.models.plan import Opportunity, PlanAction, PlanGoal, PlanObjective, Risk
from db.models.service import QualityRecord, SlaDefinition, SurveyResponse, Ticket
from db.models.stakeholder_map import MapBaseline, MapPosition

__all__ = [
    "Account",
    "AccountDomain",
    "AccountTeamMember",
    "AlertState",
    "Competitor",
    "ContactPoint",
    "Contract",
    "Delivery",
    "FxRate",
    "ImportMapping",
    "ImportedFile",
    "Interaction",
    "InteractionParticipant",
    "MapBaseline",
    "MapPosition",
    "MetaEntry",
    "Opportunity",
    "Order",
    "OrderLine",
    "Person",
    "PersonLink",
    "PersonRole",
    "PlanAction",
    "PlanGoal",
    "PlanObjective",
    "QualityRecord",
    "Risk",
    "Site",
    "SlaDefinition",
    "StageChange",
    "SurveyResponse",
    "TeamMember",
    "Ticket",
]
