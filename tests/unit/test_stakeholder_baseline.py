"""Baseline snapshots survive JSON, and the diff names every kind of change since."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from db.enums import Attitude, LinkKind, MillerHeimanRole, RoleFramework
from planner.errors import PlannerError
from planner.stakeholders.baseline import ChangeKind, diff, from_json, snapshot, to_json
from planner.stakeholders.labels import LANGS, Labels
from planner.stakeholders.model import MapLink, MapPerson, Role, StakeholderMap

THEN = date(2026, 8, 1)
NOW = date(2026, 11, 27)
COACH = Role(RoleFramework.MILLER_HEIMAN, MillerHeimanRole.COACH.value)
ANNA, MARCO = uuid.UUID(int=901), uuid.UUID(int=902)


def before_map() -> StakeholderMap:
    people = (
        MapPerson(uuid.UUID(int=1), "Мария Чемпионова", attitude=Attitude.CHAMPION, roles=(COACH,),
                  owner=ANNA, owner_name="Anna", strength=5),
        MapPerson(uuid.UUID(int=2), "Sam Steady", owner=ANNA, owner_name="Anna", strength=3),
        MapPerson(uuid.UUID(int=3), "Vic Volatile", attitude=Attitude.SUPPORTER, influence=2,
                  owner=ANNA, owner_name="Anna", manager=uuid.UUID(int=2)),
        MapPerson(uuid.UUID(int=4), "Gone Soon"),
    )
    links = (MapLink(uuid.UUID(int=50), uuid.UUID(int=1), uuid.UUID(int=2), LinkKind.ALLY),)
    return StakeholderMap(uuid.UUID(int=100), "Acme", THEN, people, links)


def after_map() -> StakeholderMap:
    old = {p.uuid.int: p for p in before_map().people}
    people = (
        replace(old[1], left=True, left_on=date(2026, 10, 18)),
        replace(old[2], owner=None, owner_name=None, strength=4),
        replace(old[3], attitude=Attitude.SCEPTIC, influence=4, owner=MARCO, owner_name="Marco",
                manager=None, roles=(COACH,)),
        MapPerson(uuid.UUID(int=5), "New Face", owner=MARCO, owner_name="Marco"),
    )
    links = (MapLink(uuid.UUID(int=51), uuid.UUID(int=2), uuid.UUID(int=3), LinkKind.CONFLICT),)
    return StakeholderMap(uuid.UUID(int=100), "Acme", NOW, people, links)


def test_snapshot_survives_json():
    snap = snapshot(before_map())
    text = to_json(snap)
    assert "Мария" in text  # UTF-8, not escaped
    assert from_json(text) == snap


def test_snapshot_from_a_newer_planner_is_refused():
    text = to_json(snapshot(before_map())).replace('"version":1', '"version":99')
    with pytest.raises(PlannerError):
        from_json(text)


def test_diff_names_every_change():
    result = diff(snapshot(before_map()), after_map())
    got = {(c.kind, c.name) for c in result.changes}
    assert got == {
        (ChangeKind.LEFT, "Мария Чемпионова"),
        (ChangeKind.COVERAGE_LOST, "Sam Steady"),
        (ChangeKind.RELATIONSHIP_STRONGER, "Sam Steady"),
        (ChangeKind.ATTITUDE_COOLED, "Vic Volatile"),
        (ChangeKind.INFLUENCE_UP, "Vic Volatile"),
        (ChangeKind.OWNER_CHANGED, "Vic Volatile"),
        (ChangeKind.ROLE_GAINED, "Vic Volatile"),
        (ChangeKind.MANAGER_CHANGED, "Vic Volatile"),
        (ChangeKind.JOINED, "New Face"),
        (ChangeKind.REMOVED, "Gone Soon"),
        (ChangeKind.LINK_ADDED, "Sam Steady"),
        (ChangeKind.LINK_REMOVED, "Мария Чемпионова"),
    }
    left = next(c for c in result.changes if c.kind == ChangeKind.LEFT)
    assert left.before == "champion"
    influence = next(c for c in result.changes if c.kind == ChangeKind.INFLUENCE_UP)
    assert (influence.before, influence.after) == (2, 4)
    assert (result.people_before, result.people_after) == (4, 3)
    assert (result.covered_before, result.covered_after) == (3, 2)
    assert result.baseline_as_of == THEN and result.as_of == NOW


def test_no_change_no_diff_and_warming_is_told_apart():
    assert diff(snapshot(before_map()), before_map()).changes == ()
    warmer = replace(before_map(), people=tuple(
        replace(p, attitude=Attitude.CHAMPION) if p.name == "Sam Steady" else p
        for p in before_map().people))
    [change] = diff(snapshot(before_map()), warmer).changes
    assert change.kind == ChangeKind.ATTITUDE_WARMED
    assert (change.before, change.after) == ("neutral", "champion")


def test_by_person_groups_changes_for_highlights():
    grouped = diff(snapshot(before_map()), after_map()).by_person()
    assert set(grouped[uuid.UUID(int=3)]) >= {ChangeKind.ATTITUDE_COOLED, ChangeKind.INFLUENCE_UP}
    assert grouped[uuid.UUID(int=1)][0] == ChangeKind.LEFT


@pytest.mark.parametrize("lang", LANGS)
def test_every_change_and_role_has_a_label(lang):
    words = Labels(lang)
    assert all(words.change(kind) for kind in ChangeKind)
    assert words.role(RoleFramework.MILLER_HEIMAN, "economic_buyer")
    assert words.role(RoleFramework.BUYING_CENTRE, "not-a-role") == "not-a"
    assert words("days", n=3)
