"""Read-models of the stakeholder map: people as cards, informal links, sites.

Plain frozen dataclasses built by ``service.load_map`` (or by tests directly);
layout, gap rules, baselines and the renderer work on these alone, never on ORM
objects, so each can be tested on constructed data.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cached_property

from db.enums import Attitude, LinkKind, MillerHeimanRole, RoleFramework

#: A contact not reached for more than this many days is marked stale on the map.
STALE_AFTER_DAYS = 60


class View(StrEnum):
    """The two views of the map; also the ``view`` key of saved card positions."""

    ORG = "org"
    GRID = "grid"


#: Attitudes from warmest to coldest; an index move says "warmed" or "cooled".
ATTITUDE_ORDER: tuple[Attitude, ...] = (
    Attitude.CHAMPION,
    Attitude.SUPPORTER,
    Attitude.NEUTRAL,
    Attitude.SCEPTIC,
    Attitude.BLOCKER,
)


@dataclass(frozen=True)
class Role:
    """One buying role under one framework (a person holds several at once)."""

    framework: RoleFramework
    role: str


@dataclass(frozen=True)
class MapSite:
    uuid: uuid.UUID
    name: str
    kind: str | None = None


@dataclass(frozen=True)
class MapPerson:
    """One card: who the person is, their part in the decision, and how well we reach them."""

    uuid: uuid.UUID
    name: str
    title: str | None = None
    department: str | None = None
    #: The manager's UUID (reporting line), or None for a root of the org chart.
    manager: uuid.UUID | None = None
    site: uuid.UUID | None = None
    site_name: str | None = None
    attitude: Attitude = Attitude.NEUTRAL
    influence: int = 3
    interest: int = 3
    #: Our relationship with the person: 0 none, 5 trusted advisor.
    strength: int = 0
    owner: uuid.UUID | None = None
    owner_name: str | None = None
    roles: tuple[Role, ...] = ()
    #: Left the client's company (as of the map's date); shown greyed, never dropped.
    left: bool = False
    left_on: date | None = None
    left_to: str | None = None
    last_interaction: datetime | None = None
    #: Whole days between the last interaction and the map's date; None if never contacted.
    days_since: int | None = None
    #: Saved card centres per view, overriding the automatic layout.
    org_position: tuple[float, float] | None = None
    grid_position: tuple[float, float] | None = None

    @property
    def active(self) -> bool:
        return not self.left

    @property
    def stale(self) -> bool:
        """Still at the company and not contacted for STALE_AFTER_DAYS (or never)."""
        if self.left:
            return False
        return self.days_since is None or self.days_since > STALE_AFTER_DAYS

    def has_role(self, framework: RoleFramework, role: str) -> bool:
        return any(r.framework == framework and r.role == role for r in self.roles)

    @property
    def is_economic_buyer(self) -> bool:
        return self.has_role(RoleFramework.MILLER_HEIMAN, MillerHeimanRole.ECONOMIC_BUYER)

    @property
    def is_coach(self) -> bool:
        return self.has_role(RoleFramework.MILLER_HEIMAN, MillerHeimanRole.COACH)


@dataclass(frozen=True)
class MapLink:
    """An informal tie drawn between two cards: influence (directed), ally or conflict."""

    uuid: uuid.UUID
    source: uuid.UUID
    target: uuid.UUID
    kind: LinkKind
    strength: int = 3
    note: str | None = None


@dataclass(frozen=True)
class StakeholderMap:
    """The people of one account as of a date, optionally narrowed to one site."""

    account_uuid: uuid.UUID
    account_name: str
    as_of: date
    people: tuple[MapPerson, ...]
    links: tuple[MapLink, ...] = ()
    #: Every live site of the account (also those outside the filter).
    sites: tuple[MapSite, ...] = ()
    #: The site the map is narrowed to, if any.
    site_filter: uuid.UUID | None = None

    @cached_property
    def _index(self) -> dict[uuid.UUID, MapPerson]:
        return {p.uuid: p for p in self.people}

    def person(self, person_uuid: uuid.UUID) -> MapPerson:
        return self._index[person_uuid]

    def get(self, person_uuid: uuid.UUID | None) -> MapPerson | None:
        return None if person_uuid is None else self._index.get(person_uuid)

    def __contains__(self, person_uuid: object) -> bool:
        return person_uuid in self._index

    @property
    def active_people(self) -> tuple[MapPerson, ...]:
        return tuple(p for p in self.people if p.active)

    @cached_property
    def reporting_lines(self) -> tuple[tuple[uuid.UUID, uuid.UUID], ...]:
        """(person, manager) pairs whose both ends are on this map."""
        return tuple(
            (p.uuid, p.manager) for p in self.people if p.manager is not None and p.manager in self
        )

    def filtered(self, site: uuid.UUID | None) -> StakeholderMap:
        """The same map narrowed to one site: links and lines leaving it are dropped."""
        if site is None:
            return self
        people = tuple(p for p in self.people if p.site == site)
        return StakeholderMap(
            account_uuid=self.account_uuid,
            account_name=self.account_name,
            as_of=self.as_of,
            people=people,
            links=_links_within(self.links, {p.uuid for p in people}),
            sites=self.sites,
            site_filter=site,
        )

    def site_name(self, site: uuid.UUID | None) -> str | None:
        return next((s.name for s in self.sites if s.uuid == site), None)


def _links_within(links: Iterable[MapLink], keep: set[uuid.UUID]) -> tuple[MapLink, ...]:
    return tuple(link for link in links if link.source in keep and link.target in keep)
