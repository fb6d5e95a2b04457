"""Gap rules of the stakeholder map, each on a constructed case and its near miss."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta
from itertools import count

from db.enums import Attitude, BuyingCentreRole, MillerHeimanRole, RoleFramework
from planner.stakeholders.gaps import (
    CHAMPION_LEFT_WINDOW_DAYS,
    DECISION_MAKER_STALE_DAYS,
    GapKind,
    NextStep,
    Severity,
    find_gaps,
)
from planner.stakeholders.model import MapPerson, MapSite, Role, StakeholderMap

AS_OF = date(2026, 11, 27)
EB = Role(RoleFramework.MILLER_HEIMAN, MillerHeimanRole.ECONOMIC_BUYER.value)
COACH = Role(RoleFramework.MILLER_HEIMAN, MillerHeimanRole.COACH.value)
DECIDER = Role(RoleFramework.BUYING_CENTRE, BuyingCentreRole.DECIDER.value)
OWNER = uuid.UUID(int=999)
_ids = count(1)


def person(name: str, **fields) -> MapPerson:
    values = {"strength": 3, "days_since": 10, "owner": OWNER, "owner_name": "Anna Kovaleva"}
    values.update(fields)
    return MapPerson(uuid.UUID(int=next(_ids)), name, **values)


def healthy() -> list[MapPerson]:
    """An account with no gaps: economic buyer and coach known, several warm relationships."""
    return [
        person("Eve Buyer", roles=(EB,), influence=5, days_since=20),
        person("Cole Coach", roles=(COACH,), attitude=Attitude.CHAMPION, strength=5),
        person("Sam Supporter", attitude=Attitude.SUPPORTER),
    ]


def gaps_of(people, **fields) -> list:
    return list(find_gaps(StakeholderMap(uuid.UUID(int=0), "Acme", AS_OF, tuple(people), **fields)))


def kinds(people, **fields) -> list[GapKind]:
    return [g.kind for g in gaps_of(people, **fields)]


def test_healthy_account_has_no_gaps():
    assert gaps_of(healthy()) == []


def test_no_economic_buyer_suggests_likely_candidates():
    people = [p for p in healthy() if p.name != "Eve Buyer"]
    people.append(person("Dina Decider", roles=(DECIDER,), influence=5))
    [gap] = [g for g in gaps_of(people) if g.kind == GapKind.NO_ECONOMIC_BUYER]
    assert gap.severity == Severity.HIGH
    assert gap.next_step == NextStep.IDENTIFY_ECONOMIC_BUYER
    assert [c.name for c in gap.candidates] == ["Dina Decider"]


def test_economic_buyer_who_left_does_not_count():
    people = [replace(p, left=True, left_on=AS_OF) if p.name == "Eve Buyer" else p for p in healthy()]
    [gap] = [g for g in gaps_of(people) if g.kind == GapKind.NO_ECONOMIC_BUYER]
    assert [p.name for p in gap.people] == ["Eve Buyer"]


def test_no_coach_suggests_champions_and_supporters():
    people = [p for p in healthy() if p.name != "Cole Coach"]
    people.append(person("Chris Champion", attitude=Attitude.CHAMPION))
    [gap] = [g for g in gaps_of(people) if g.kind == GapKind.NO_COACH]
    assert gap.next_step == NextStep.DEVELOP_COACH
    assert gap.severity == Severity.MEDIUM
    assert [c.name for c in gap.candidates][:2] == ["Chris Champion", "Sam Supporter"]


def test_single_threaded_when_one_relationship_carries_the_account():
    people = [
        person("Eve Buyer", roles=(EB,), strength=1),
        person("Cole Coach", roles=(COACH,), strength=5),
        person("Quiet One", strength=4, days_since=200),  # strong once, but not active
    ]
    [gap] = [g for g in gaps_of(people) if g.kind == GapKind.SINGLE_THREADED]
    assert [p.name for p in gap.people] == ["Cole Coach"]
    assert gap.next_step == NextStep.MULTI_THREAD
    people[0] = replace(people[0], strength=3)
    assert GapKind.SINGLE_THREADED not in kinds(people)


def test_decision_maker_not_contacted_for_60_days():
    people = healthy()
    people[0] = replace(people[0], days_since=DECISION_MAKER_STALE_DAYS)
    assert GapKind.DECISION_MAKER_STALE not in kinds(people)
    people[0] = replace(people[0], days_since=DECISION_MAKER_STALE_DAYS + 1)
    [gap] = [g for g in gaps_of(people) if g.kind == GapKind.DECISION_MAKER_STALE]
    assert gap.days == DECISION_MAKER_STALE_DAYS + 1
    assert [p.name for p in gap.people] == ["Eve Buyer"]
    assert gap.next_step == NextStep.MEET_DECISION_MAKER


def test_decider_never_contacted_is_a_gap():
    people = [*healthy(), person("Dina Decider", roles=(DECIDER,), days_since=None)]
    [gap] = [g for g in gaps_of(people) if g.kind == GapKind.DECISION_MAKER_STALE]
    assert gap.days is None and gap.severity == Severity.HIGH


def test_influential_blocker_without_owner():
    blocker = person("Bob Blocker", attitude=Attitude.BLOCKER, influence=4, owner=None)
    [gap] = [g for g in gaps_of([*healthy(), blocker]) if g.kind == GapKind.BLOCKER_UNOWNED]
    assert gap.next_step == NextStep.ASSIGN_OWNER and gap.people[0].name == "Bob Blocker"
    assert GapKind.BLOCKER_UNOWNED not in kinds([*healthy(), replace(blocker, influence=3)])
    assert GapKind.BLOCKER_UNOWNED not in kinds([*healthy(), replace(blocker, owner=OWNER)])
    assert GapKind.BLOCKER_UNOWNED not in kinds([*healthy(), replace(blocker, left=True)])


def test_champion_who_left_recently():
    gone = person("Cara Champion", attitude=Attitude.CHAMPION, roles=(COACH,), left=True,
                  left_on=AS_OF - timedelta(days=40))
    gaps = gaps_of([*healthy(), gone])
    [gap] = [g for g in gaps if g.kind == GapKind.CHAMPION_LEFT]
    assert gap.days == 40 and gap.severity == Severity.HIGH
    assert gap.next_step == NextStep.FIND_NEW_CHAMPION
    assert gap.candidates[0].name == "Cole Coach"
    assert gaps[0].severity == Severity.HIGH
    long_ago = replace(gone, left_on=AS_OF - timedelta(days=CHAMPION_LEFT_WINDOW_DAYS + 1))
    assert GapKind.CHAMPION_LEFT not in kinds([*healthy(), long_ago])


def test_sites_with_nobody_mapped():
    plant, office = MapSite(uuid.UUID(int=501), "Plant"), MapSite(uuid.UUID(int=502), "Office")
    people = [replace(p, site=plant.uuid) for p in healthy()]
    [gap] = [g for g in gaps_of(people, sites=(plant, office)) if g.kind == GapKind.SITE_UNMAPPED]
    assert gap.site == office.uuid and gap.site_name == "Office"
    assert gap.severity == Severity.LOW and gap.next_step == NextStep.MAP_SITE


def test_gaps_are_sorted_most_severe_first():
    people = [person("Lonely", strength=1)]
    found = gaps_of(people, sites=(MapSite(uuid.UUID(int=501), "Plant"),))
    order = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
    assert [order[g.severity] for g in found] == sorted(order[g.severity] for g in found)
    assert {GapKind.NO_ECONOMIC_BUYER, GapKind.NO_COACH, GapKind.SINGLE_THREADED,
            GapKind.SITE_UNMAPPED} <= {g.kind for g in found}
