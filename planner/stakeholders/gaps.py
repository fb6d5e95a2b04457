"""Gap analysis of a stakeholder map: who is missing, unreached or lost, and what to do next.

Pure rules on the read-model. A gap is data, not a sentence: its kind, how bad
it is, the people involved (and, where it helps, the people who could close it)
and a suggested next step as an enum; the UI and the CLI word them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from db.enums import Attitude, BuyingCentreRole, RoleFramework
from planner.stakeholders.model import MapPerson, StakeholderMap

#: Decision makers not contacted for longer than this are a gap.
DECISION_MAKER_STALE_DAYS = 60
#: ... and a severe one past this (or never contacted).
DECISION_MAKER_LOST_DAYS = 90
#: A relationship "carries" the account from this strength (0–5) ...
ACTIVE_RELATIONSHIP_STRENGTH = 3
#: ... when the person was contacted within this many days.
ACTIVE_RELATIONSHIP_DAYS = 90
#: At most this many active relationships makes the account single-threaded.
SINGLE_THREAD_MAX = 1
#: Influence (1–5) from which an unowned blocker is a gap.
HIGH_INFLUENCE = 4
#: A champion or coach who left within this many days is still a gap.
CHAMPION_LEFT_WINDOW_DAYS = 365
#: At most this many candidates are suggested per gap.
MAX_CANDIDATES = 3


class GapKind(StrEnum):
    NO_ECONOMIC_BUYER = "no_economic_buyer"
    NO_COACH = "no_coach"
    SINGLE_THREADED = "single_threaded"
    DECISION_MAKER_STALE = "decision_maker_stale"
    BLOCKER_UNOWNED = "blocker_unowned"
    CHAMPION_LEFT = "champion_left"
    SITE_UNMAPPED = "site_unmapped"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class NextStep(StrEnum):
    IDENTIFY_ECONOMIC_BUYER = "identify_economic_buyer"
    DEVELOP_COACH = "develop_coach"
    MULTI_THREAD = "multi_thread"
    MEET_DECISION_MAKER = "meet_decision_maker"
    ASSIGN_OWNER = "assign_owner"
    FIND_NEW_CHAMPION = "find_new_champion"
    MAP_SITE = "map_site"


@dataclass(frozen=True)
class GapPerson:
    uuid: uuid.UUID
    name: str


@dataclass(frozen=True)
class Gap:
    """One finding: ``people`` are involved in it, ``candidates`` could close it."""

    kind: GapKind
    severity: Severity
    next_step: NextStep
    people: tuple[GapPerson, ...] = ()
    candidates: tuple[GapPerson, ...] = ()
    site: uuid.UUID | None = None
    site_name: str | None = None
    #: Days since the last contact (stale decision maker) or since leaving (champion left).
    days: int | None = None


_SEVERITY_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
_KIND_RANK = {kind: i for i, kind in enumerate(GapKind)}
_DECISION_ROLES = (BuyingCentreRole.DECIDER.value,)


def find_gaps(smap: StakeholderMap) -> tuple[Gap, ...]:
    """Every gap of the map, the most severe first."""
    rules: tuple[Callable[[StakeholderMap], Iterable[Gap]], ...] = (
        _no_economic_buyer,
        _no_coach,
        _single_threaded,
        _decision_makers_stale,
        _blockers_unowned,
        _champions_left,
        _sites_unmapped,
    )
    found = [gap for rule in rules for gap in rule(smap)]
    return tuple(sorted(found, key=lambda g: (_SEVERITY_RANK[g.severity], _KIND_RANK[g.kind])))


def is_decision_maker(person: MapPerson) -> bool:
    """An economic buyer (Miller Heiman) or a decider (buying centre)."""
    return person.is_economic_buyer or any(
        r.framework == RoleFramework.BUYING_CENTRE and r.role in _DECISION_ROLES for r in person.roles
    )


def has_active_relationship(person: MapPerson) -> bool:
    return (
        person.active
        and person.strength >= ACTIVE_RELATIONSHIP_STRENGTH
        and person.days_since is not None
        and person.days_since <= ACTIVE_RELATIONSHIP_DAYS
    )


def _no_economic_buyer(smap: StakeholderMap) -> Iterable[Gap]:
    if any(p.is_economic_buyer for p in smap.active_people):
        return
    former = [p for p in smap.people if p.left and p.is_economic_buyer]
    likely = [p for p in smap.active_people if is_decision_maker(p) or p.influence == 5]
    yield Gap(
        GapKind.NO_ECONOMIC_BUYER,
        Severity.HIGH,
        NextStep.IDENTIFY_ECONOMIC_BUYER,
        people=_names(former),
        candidates=_names(_best(likely, key=lambda p: (-p.influence, -p.strength))),
    )


def _no_coach(smap: StakeholderMap) -> Iterable[Gap]:
    if any(p.is_coach for p in smap.active_people):
        return
    former = [p for p in smap.people if p.left and p.is_coach]
    warm = [
        p for p in smap.active_people if p.attitude in (Attitude.CHAMPION, Attitude.SUPPORTER)
    ]
    yield Gap(
        GapKind.NO_COACH,
        Severity.HIGH if former else Severity.MEDIUM,
        NextStep.DEVELOP_COACH,
        people=_names(former),
        candidates=_names(_best(warm, key=lambda p: (p.attitude != Attitude.CHAMPION, -p.strength))),
    )


def _single_threaded(smap: StakeholderMap) -> Iterable[Gap]:
    carrying = [p for p in smap.active_people if has_active_relationship(p)]
    if len(carrying) > SINGLE_THREAD_MAX:
        return
    others = [p for p in smap.active_people if p not in carrying]
    yield Gap(
        GapKind.SINGLE_THREADED,
        Severity.HIGH,
        NextStep.MULTI_THREAD,
        people=_names(carrying),
        candidates=_names(_best(others, key=lambda p: (-p.influence, -p.strength))),
    )


def _decision_makers_stale(smap: StakeholderMap) -> Iterable[Gap]:
    for person in smap.active_people:
        if not is_decision_maker(person):
            continue
        days = person.days_since
        if days is not None and days <= DECISION_MAKER_STALE_DAYS:
            continue
        severe = days is None or days > DECISION_MAKER_LOST_DAYS or person.is_economic_buyer
        yield Gap(
            GapKind.DECISION_MAKER_STALE,
            Severity.HIGH if severe else Severity.MEDIUM,
            NextStep.MEET_DECISION_MAKER,
            people=_names([person]),
            days=days,
        )


def _blockers_unowned(smap: StakeholderMap) -> Iterable[Gap]:
    for person in smap.active_people:
        if person.attitude == Attitude.BLOCKER and person.influence >= HIGH_INFLUENCE and not person.owner:
            yield Gap(
                GapKind.BLOCKER_UNOWNED, Severity.HIGH, NextStep.ASSIGN_OWNER, people=_names([person])
            )


def _champions_left(smap: StakeholderMap) -> Iterable[Gap]:
    for person in smap.people:
        if not person.left or not (person.attitude == Attitude.CHAMPION or person.is_coach):
            continue
        days = None if person.left_on is None else (smap.as_of - person.left_on).days
        if days is not None and days > CHAMPION_LEFT_WINDOW_DAYS:
            continue
        warm = [
            p for p in smap.active_people if p.attitude in (Attitude.CHAMPION, Attitude.SUPPORTER)
        ]
        yield Gap(
            GapKind.CHAMPION_LEFT,
            Severity.HIGH,
            NextStep.FIND_NEW_CHAMPION,
            people=_names([person]),
            candidates=_names(_best(warm, key=lambda p: (-p.strength, -p.influence))),
            days=days,
        )


def _sites_unmapped(smap: StakeholderMap) -> Iterable[Gap]:
    staffed = {p.site for p in smap.active_people}
    for site in smap.sites:
        if smap.site_filter is not None and site.uuid != smap.site_filter:
            continue
        if site.uuid not in staffed:
            yield Gap(GapKind.SITE_UNMAPPED, Severity.LOW, NextStep.MAP_SITE, site=site.uuid,
                      site_name=site.name)


def _best(people: list[MapPerson], key) -> list[MapPerson]:
    return sorted(people, key=lambda p: (*key(p), p.name.casefold()))[:MAX_CANDIDATES]


def _names(people: Iterable[MapPerson]) -> tuple[GapPerson, ...]:
    return tuple(GapPerson(p.uuid, p.name) for p in people)
