"""What a service call changed, so views can refresh only what is affected."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class Entity(StrEnum):
    ACCOUNT = "account"
    SITE = "site"
    PERSON = "person"
    TEAM_MEMBER = "team_member"
    INTERACTION = "interaction"
    ORDER = "order"
    DELIVERY = "delivery"
    TICKET = "ticket"
    SLA = "sla"
    SURVEY = "survey"
    OPPORTUNITY = "opportunity"
    PLAN = "plan"
    RISK = "risk"
    STAKEHOLDER_MAP = "stakeholder_map"
    ALERT = "alert"
    CONTRACT = "contract"
    COMPETITOR = "competitor"
    FX_RATE = "fx_rate"
    QUALITY = "quality"
    DATABASE = "database"


@dataclass(frozen=True)
class Changes:
    """The entities and accounts one operation touched; ``created`` holds new records' UUIDs."""

    entities: frozenset[Entity] = field(default_factory=frozenset)
    accounts: frozenset[uuid.UUID] = field(default_factory=frozenset)
    created: tuple[uuid.UUID, ...] = ()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.entities | other.entities,
            self.accounts | other.accounts,
            self.created + other.created,
        )

    def touches(self, entity: Entity) -> bool:
        return entity in self.entities or Entity.DATABASE in self.entities
