"""What the generators remember about an account while the builder fills it in.

Rows go straight to the writer; these small records keep only what later
stages need (ids, sites, who is who), so one account's stages can build on
each other without reading back from the database.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal

from planner.demo.catalog import Profile
from planner.demo.lexicon import Lexicon
from planner.demo.names import PersonName
from planner.demo.stories import StoryKind
from planner.demo.timeline import Timeline
from planner.demo.writer import BulkWriter


@dataclass(slots=True)
class SiteInfo:
    id: int
    name: str
    kind: str
    city: str
    address: str
    timezone: str
    country: str


@dataclass(slots=True)
class PersonInfo:
    """A stakeholder as the later stages need them."""

    id: int
    name: PersonName
    dept: str
    level: int  # 0 head of the organisation, 1 department head, 2 manager, 3 staff, 4 assistant
    title: str
    site: int  # index into AccountInfo.sites
    reports_to: int | None
    attitude: str = "neutral"
    strength: int = 1
    influence: int = 2
    interest: int = 3
    economic_buyer: bool = False
    coach: bool = False
    left_on: date | None = None
    #: History day index from which the person takes part in no more interactions.
    until: int = 1 << 30
    weight: float = 1.0
    owner_id: int | None = None
    email: str = ""


@dataclass(slots=True)
class AccountInfo:
    """One account being generated: its profile, copy number, ids and people."""

    index: int
    copy: int
    profile: Profile
    lex: Lexicon
    id: int
    uuid: uuid.UUID
    name: str
    domain: str
    sites: list[SiteInfo] = field(default_factory=list)
    people: list[PersonInfo] = field(default_factory=list)
    #: (team member id, role) pairs of the account team.
    team: list[tuple[int, str]] = field(default_factory=list)
    owner_id: int | None = None
    revenue_12m: Decimal = Decimal(0)
    #: Order numbers used so far, for texts that cite a PO.
    order_numbers: list[str] = field(default_factory=list)
    contract_start: date | None = None
    #: (day the lateness showed, product line, order number) of late deliveries, for complaints.
    late_deliveries: list[tuple[date, str, str]] = field(default_factory=list)
    #: The person a planted story is about (departed champion, stale economic buyer).
    story_person: PersonInfo | None = None

    @property
    def story(self) -> StoryKind:
        return self.profile.story

    def team_member(self, *roles: str) -> int:
        """The first team member holding one of ``roles`` (else the account manager)."""
        for wanted in roles:
            for member_id, role in self.team:
                if role == wanted:
                    return member_id
        return self.team[0][0]

    def economic_buyer(self) -> PersonInfo:
        return next(p for p in self.people if p.economic_buyer)


@dataclass
class Build:
    """Shared state of one build: generator, writer, calendar and the team's ids."""

    rng: random.Random
    writer: BulkWriter
    timeline: Timeline
    as_of: date
    #: team member ids in catalogue order
    team_ids: list[int] = field(default_factory=list)
    ticket_seq: int = 0

    def stamp(self, day: date, hour: int = 9) -> datetime:
        """A deterministic UTC timestamp on ``day`` (for created_at / updated_at)."""
        return datetime.combine(day, time(hour), UTC)

    def base_row(
        self, table: str, day: date, updated: date | None = None, *, row_id: int | None = None,
        row_uuid: uuid.UUID | None = None,
    ) -> dict:
        """A new row with its id (fresh unless reserved earlier), UUID and timestamps filled in."""
        created = self.stamp(day)
        return {
            "id": self.writer.new_id(table) if row_id is None else row_id,
            "uuid": self.writer.uuid() if row_uuid is None else row_uuid,
            "created_at": created,
            "updated_at": created if updated is None or updated <= day else self.stamp(updated),
        }
