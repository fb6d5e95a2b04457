"""Map baselines: a frozen picture of the account's people, and what changed since.

A baseline (for example before a quarterly business review) is a JSON snapshot
of the map in ``map_baseline``. ``diff`` compares a snapshot with today's map:
who joined, left or was removed, attitude, influence and interest moves, owners
and relationship strength (our coverage), roles, reporting lines and links.
Snapshots and diffs are pure; the ``*_baseline`` functions are the services.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import select

from db.enums import Attitude, LinkKind, RoleFramework
from db.models import Account, MapBaseline
from db.store import Database
from planner.changes import Changes, Entity
from planner.errors import ErrorCode, NotFound, PlannerError, ValidationError
from planner.stakeholders.model import ATTITUDE_ORDER, MapPerson, Role, StakeholderMap
from planner.stakeholders.service import load_map

SNAPSHOT_VERSION = 1


@dataclass(frozen=True)
class SnapshotPerson:
    uuid: uuid.UUID
    name: str
    title: str | None
    manager: uuid.UUID | None
    site: uuid.UUID | None
    attitude: Attitude
    influence: int
    interest: int
    strength: int
    owner: uuid.UUID | None
    owner_name: str | None
    left: bool
    roles: tuple[Role, ...]

    @property
    def covered(self) -> bool:
        """Someone on our side owns the relationship with this (present) person."""
        return not self.left and self.owner is not None


@dataclass(frozen=True)
class SnapshotLink:
    source: uuid.UUID
    target: uuid.UUID
    kind: LinkKind


@dataclass(frozen=True)
class Snapshot:
    account_uuid: uuid.UUID
    as_of: date
    people: tuple[SnapshotPerson, ...]
    links: tuple[SnapshotLink, ...]


class ChangeKind(StrEnum):
    JOINED = "joined"
    LEFT = "left"
    RETURNED = "returned"
    REMOVED = "removed"
    ATTITUDE_WARMED = "attitude_warmed"
    ATTITUDE_COOLED = "attitude_cooled"
    INFLUENCE_UP = "influence_up"
    INFLUENCE_DOWN = "influence_down"
    INTEREST_UP = "interest_up"
    INTEREST_DOWN = "interest_down"
    COVERAGE_GAINED = "coverage_gained"
    COVERAGE_LOST = "coverage_lost"
    OWNER_CHANGED = "owner_changed"
    RELATIONSHIP_STRONGER = "relationship_stronger"
    RELATIONSHIP_WEAKER = "relationship_weaker"
    ROLE_GAINED = "role_gained"
    ROLE_LOST = "role_lost"
    MANAGER_CHANGED = "manager_changed"
    LINK_ADDED = "link_added"
    LINK_REMOVED = "link_removed"


@dataclass(frozen=True)
class MapChange:
    """One change of one person; ``before``/``after`` hold the values (enum values as text).

    For LEFT, ``before`` is the attitude they had; for role changes the role is
    "framework:role"; for links ``other`` is the person at the other end.
    """

    kind: ChangeKind
    person: uuid.UUID
    name: str
    before: str | int | None = None
    after: str | int | None = None
    other: uuid.UUID | None = None
    other_name: str | None = None


@dataclass(frozen=True)
class MapDiff:
    baseline_as_of: date
    as_of: date
    changes: tuple[MapChange, ...]
    #: Present people and people with an owner on our side, at the baseline and now.
    people_before: int
    people_after: int
    covered_before: int
    covered_after: int

    def by_person(self) -> dict[uuid.UUID, tuple[ChangeKind, ...]]:
        """The kinds of change per person, for highlights on the map."""
        out: dict[uuid.UUID, list[ChangeKind]] = {}
        for change in self.changes:
            out.setdefault(change.person, []).append(change.kind)
        return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class BaselineInfo:
    uuid: uuid.UUID
    name: str
    taken_at: datetime
    as_of: date
    people: int


# --------------------------------------------------------------------------- pure


def snapshot(smap: StakeholderMap) -> Snapshot:
    """The map's people and links as they are, site filter ignored by the caller."""
    return Snapshot(
        account_uuid=smap.account_uuid,
        as_of=smap.as_of,
        people=tuple(_frozen(p) for p in smap.people),
        links=tuple(SnapshotLink(link.source, link.target, link.kind) for link in smap.links),
    )


def _frozen(p: MapPerson) -> SnapshotPerson:
    return SnapshotPerson(
        p.uuid, p.name, p.title, p.manager, p.site, p.attitude, p.influence, p.interest,
        p.strength, p.owner, p.owner_name, p.left, p.roles,
    )


def to_json(snap: Snapshot) -> str:
    def person(p: SnapshotPerson) -> dict:
        return {
            "uuid": str(p.uuid), "name": p.name, "title": p.title,
            "manager": _s(p.manager), "site": _s(p.site), "attitude": p.attitude.value,
            "influence": p.influence, "interest": p.interest, "strength": p.strength,
            "owner": _s(p.owner), "owner_name": p.owner_name, "left": p.left,
            "roles": [[r.framework.value, r.role] for r in p.roles],
        }

    return json.dumps(
        {
            "version": SNAPSHOT_VERSION,
            "account": str(snap.account_uuid),
            "as_of": snap.as_of.isoformat(),
            "people": [person(p) for p in snap.people],
            "links": [[str(k.source), str(k.target), k.kind.value] for k in snap.links],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def from_json(text: str) -> Snapshot:
    """A stored snapshot; refuses one written by a newer planner."""
    data = json.loads(text)
    if data.get("version", 0) > SNAPSHOT_VERSION:
        raise PlannerError(ErrorCode.NEWER_SCHEMA, "the baseline was saved by a newer planner")
    return Snapshot(
        account_uuid=uuid.UUID(data["account"]),
        as_of=date.fromisoformat(data["as_of"]),
        people=tuple(
            SnapshotPerson(
                uuid=uuid.UUID(p["uuid"]), name=p["name"], title=p.get("title"),
                manager=_u(p.get("manager")), site=_u(p.get("site")),
                attitude=Attitude(p["attitude"]), influence=p["influence"],
                interest=p["interest"], strength=p["strength"], owner=_u(p.get("owner")),
                owner_name=p.get("owner_name"), left=p["left"],
                roles=tuple(Role(RoleFramework(f), r) for f, r in p.get("roles", ())),
            )
            for p in data["people"]
        ),
        links=tuple(SnapshotLink(uuid.UUID(a), uuid.UUID(b), LinkKind(k)) for a, b, k in data["links"]),
    )


def _s(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def _u(value: str | None) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(value)


def diff(before: Snapshot, now: StakeholderMap) -> MapDiff:
    """What changed between a baseline and the map now, person by person."""
    after = snapshot(now)
    old = {p.uuid: p for p in before.people}
    new = {p.uuid: p for p in after.people}
    names = {**{u: p.name for u, p in old.items()}, **{u: p.name for u, p in new.items()}}
    changes: list[MapChange] = []
    for person in after.people:
        was = old.get(person.uuid)
        if was is None:
            changes.append(MapChange(ChangeKind.JOINED, person.uuid, person.name,
                                     after=person.attitude.value))
            continue
        changes += _person_changes(was, person, names)
    for person in before.people:
        if person.uuid not in new:
            changes.append(MapChange(ChangeKind.REMOVED, person.uuid, person.name,
                                     before=person.attitude.value))
    old_links = {(k.source, k.target, k.kind) for k in before.links}
    new_links = {(k.source, k.target, k.kind) for k in after.links}
    for kind, links in ((ChangeKind.LINK_ADDED, new_links - old_links),
                        (ChangeKind.LINK_REMOVED, old_links - new_links)):
        for source, target, link_kind in sorted(links, key=lambda k: (str(k[0]), str(k[1]), k[2])):
            changes.append(MapChange(kind, source, names.get(source, "?"), after=link_kind.value,
                                     other=target, other_name=names.get(target)))
    return MapDiff(
        baseline_as_of=before.as_of,
        as_of=after.as_of,
        changes=tuple(changes),
        people_before=sum(not p.left for p in before.people),
        people_after=sum(not p.left for p in after.people),
        covered_before=sum(p.covered for p in before.people),
        covered_after=sum(p.covered for p in after.people),
    )


def _person_changes(was: SnapshotPerson, now: SnapshotPerson, names: dict) -> list[MapChange]:
    def change(kind: ChangeKind, before=None, after=None, other=None) -> MapChange:
        return MapChange(kind, now.uuid, now.name, before, after, other,
                         names.get(other) if other else None)

    if was.left != now.left:
        if now.left:
            return [change(ChangeKind.LEFT, was.attitude.value)]
        return [change(ChangeKind.RETURNED, after=now.attitude.value)]
    out: list[MapChange] = []
    if was.attitude != now.attitude:
        warmer = _warmth(now.attitude) < _warmth(was.attitude)
        kind = ChangeKind.ATTITUDE_WARMED if warmer else ChangeKind.ATTITUDE_COOLED
        out.append(change(kind, was.attitude.value, now.attitude.value))
    for field, up, down in (
        ("influence", ChangeKind.INFLUENCE_UP, ChangeKind.INFLUENCE_DOWN),
        ("interest", ChangeKind.INTEREST_UP, ChangeKind.INTEREST_DOWN),
        ("strength", ChangeKind.RELATIONSHIP_STRONGER, ChangeKind.RELATIONSHIP_WEAKER),
    ):
        a, b = getattr(was, field), getattr(now, field)
        if a != b:
            out.append(change(up if b > a else down, a, b))
    if was.owner != now.owner:
        if was.owner is None:
            out.append(change(ChangeKind.COVERAGE_GAINED, after=now.owner_name))
        elif now.owner is None:
            out.append(change(ChangeKind.COVERAGE_LOST, before=was.owner_name))
        else:
            out.append(change(ChangeKind.OWNER_CHANGED, was.owner_name, now.owner_name))
    old_roles, new_roles = set(was.roles), set(now.roles)
    for role in sorted(new_roles - old_roles, key=_role_text):
        out.append(change(ChangeKind.ROLE_GAINED, after=_role_text(role)))
    for role in sorted(old_roles - new_roles, key=_role_text):
        out.append(change(ChangeKind.ROLE_LOST, before=_role_text(role)))
    if was.manager != now.manager:
        out.append(change(ChangeKind.MANAGER_CHANGED, names.get(was.manager), names.get(now.manager),
                          other=now.manager))
    return out


def _warmth(attitude: Attitude) -> int:
    return ATTITUDE_ORDER.index(attitude)


def _role_text(role: Role) -> str:
    return f"{role.framework.value}:{role.role}"


# --------------------------------------------------------------------------- services


def save_baseline(
    db: Database, account_uuid: uuid.UUID, name: str, *, as_of: date | None = None
) -> Changes:
    """Freeze the account's map under ``name``; ``created`` holds the baseline's UUID.

    With an earlier ``as_of`` the picture is reconstructed as far as the records
    allow: departures are dated, so people who left since count as present.
    """
    clean = (name or "").strip()
    if not clean:
        raise ValidationError("name", "a baseline needs a name")
    if len(clean) > 200:
        raise ValidationError("name", "at most 200 characters")
    snap = snapshot(load_map(db, account_uuid, as_of=as_of))
    with db.session.begin() as session:
        account_id = session.scalar(select(Account.id).where(Account.uuid == account_uuid))
        row = MapBaseline(account_id=account_id, name=clean, taken_at=datetime.now(UTC),
                          snapshot=to_json(snap))
        session.add(row)
        session.flush()
        return Changes(frozenset({Entity.STAKEHOLDER_MAP}), frozenset({account_uuid}), (row.uuid,))


def list_baselines(db: Database, account_uuid: uuid.UUID) -> tuple[BaselineInfo, ...]:
    """The account's baselines, newest first."""
    with db.session.begin() as session:
        rows = session.execute(
            select(MapBaseline.uuid, MapBaseline.name, MapBaseline.taken_at, MapBaseline.snapshot)
            .join(Account, Account.id == MapBaseline.account_id)
            .where(Account.uuid == account_uuid)
            .order_by(MapBaseline.taken_at.desc(), MapBaseline.id.desc())
        ).all()
    out = []
    for row in rows:
        snap = from_json(row.snapshot)
        out.append(BaselineInfo(row.uuid, row.name, row.taken_at, snap.as_of,
                                sum(not p.left for p in snap.people)))
    return tuple(out)


def load_baseline(db: Database, account_uuid: uuid.UUID, key: str) -> tuple[BaselineInfo, Snapshot]:
    """A baseline by UUID or name (the newest of that name, case-insensitive)."""
    folded = key.strip().casefold()
    with db.session.begin() as session:
        rows = session.execute(
            select(MapBaseline)
            .join(Account, Account.id == MapBaseline.account_id)
            .where(Account.uuid == account_uuid)
            .order_by(MapBaseline.taken_at.desc(), MapBaseline.id.desc())
        ).scalars().all()
        row = next((r for r in rows if str(r.uuid) == key.strip()), None) or next(
            (r for r in rows if r.name.casefold() == folded), None
        )
        if row is None:
            raise NotFound("baseline", key)
        snap = from_json(row.snapshot)
        info = BaselineInfo(row.uuid, row.name, row.taken_at, snap.as_of,
                            sum(not p.left for p in snap.people))
    return info, snap


def delete_baseline(db: Database, baseline_uuid: uuid.UUID) -> Changes:
    with db.session.begin() as session:
        row = session.scalars(select(MapBaseline).where(MapBaseline.uuid == baseline_uuid)).one_or_none()
        if row is None:
            raise NotFound("baseline", str(baseline_uuid))
        account_uuid = session.scalar(select(Account.uuid).where(Account.id == row.account_id))
        session.delete(row)
        return Changes(frozenset({Entity.STAKEHOLDER_MAP}), frozenset({account_uuid}))


def diff_since(
    db: Database, account_uuid: uuid.UUID, key: str, *, as_of: date | None = None
) -> MapDiff:
    """What changed on the account's map since the baseline ``key``."""
    _, snap = load_baseline(db, account_uuid, key)
    return diff(snap, load_map(db, account_uuid, as_of=as_of))
