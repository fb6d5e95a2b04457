"""Edits the stakeholder map makes: values, reporting lines, links, card positions, deletion.

Each function is one unit of work: it validates (ValidationError names the
field), writes and returns ``Changes``; the UI's undo stack calls the same
function with the old value. A reporting line that would close a cycle is refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.enums import Attitude, LinkKind
from db.models import Account, MapPosition, Person, PersonLink, TeamMember
from db.store import Database
from planner.changes import Changes, Entity
from planner.errors import NotFound, ValidationError
from planner.stakeholders.grid import grid_cell_at
from planner.stakeholders.model import View


class _Keep:
    """Sentinel: leave the field as it is (``None`` is a value for optional fields)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


def update_person(
    db: Database,
    person_uuid: uuid.UUID,
    *,
    attitude: Attitude | str | None = None,
    influence: int | None = None,
    interest: int | None = None,
    strength: int | None = None,
    owner: uuid.UUID | None | _Keep = KEEP,
    left: bool | None = None,
    left_on: date | None | _Keep = KEEP,
) -> Changes:
    """Change what the map shows about a person; arguments left out stay as they are."""
    if attitude is not None:
        attitude = _attitude(attitude)
    if influence is not None:
        _check_range("influence", influence, 1, 5)
    if interest is not None:
        _check_range("interest", interest, 1, 5)
    if strength is not None:
        _check_range("strength", strength, 0, 5)
    with db.session.begin() as session:
        person = _person(session, person_uuid)
        if attitude is not None:
            person.attitude = attitude
        if influence is not None:
            person.influence = influence
        if interest is not None:
            person.interest = interest
        if strength is not None:
            person.relationship_strength = strength
        if not isinstance(owner, _Keep):
            person.owner_id = None if owner is None else _team_member_id(session, owner)
        if left is not None:
            person.left_company = left
        if not isinstance(left_on, _Keep):
            person.left_on = left_on
        return _changed(session, person.account_id)


def move_on_grid(db: Database, person_uuid: uuid.UUID, x: float, y: float) -> Changes:
    """A card dropped on the power/interest grid: its cell sets influence and interest.

    The drop point is saved as the card's grid position, so it stays where it
    was put while its values match that cell.
    """
    influence, interest = grid_cell_at(x, y)
    with db.session.begin() as session:
        person = _person(session, person_uuid)
        person.influence = influence
        person.interest = interest
        _upsert_positions(session, person.account_id, View.GRID, {person.id: (x, y)})
        return _changed(session, person.account_id)


def set_reports_to(db: Database, person_uuid: uuid.UUID, manager_uuid: uuid.UUID | None) -> Changes:
    """Draw (or remove, with None) the person's reporting line; refuses a cycle."""
    with db.session.begin() as session:
        person = _person(session, person_uuid)
        if manager_uuid is None:
            person.reports_to_id = None
            return _changed(session, person.account_id)
        manager = _person(session, manager_uuid, field="manager")
        if manager.account_id != person.account_id:
            raise ValidationError("manager", "must work at the same account")
        if manager.id == person.id:
            raise ValidationError("manager", "a person cannot report to themselves")
        parents = dict(
            session.execute(
                select(Person.id, Person.reports_to_id).where(Person.account_id == person.account_id)
            ).all()
        )
        seen: set[int] = set()
        cursor: int | None = manager.id
        while cursor is not None and cursor not in seen:
            if cursor == person.id:
                raise ValidationError(
                    "manager", "would make a reporting cycle", chain=_chain(parents, manager.id)
                )
            seen.add(cursor)
            cursor = parents.get(cursor)
        person.reports_to_id = manager.id
        return _changed(session, person.account_id)


def _chain(parents: Mapping[int, int | None], start: int) -> list[int]:
    chain, cursor = [], start
    while cursor is not None and cursor not in chain:
        chain.append(cursor)
        cursor = parents.get(cursor)
    return chain


def add_link(
    db: Database,
    source: uuid.UUID,
    target: uuid.UUID,
    kind: LinkKind | str,
    *,
    strength: int = 3,
    note: str | None = None,
) -> Changes:
    """An informal tie between two people of one account; ``created`` holds its UUID."""
    try:
        kind = LinkKind(kind)
    except ValueError:
        raise ValidationError("kind", f"one of {', '.join(k.value for k in LinkKind)}") from None
    _check_range("strength", strength, 1, 5)
    if source == target:
        raise ValidationError("target", "a link joins two different people")
    with db.session.begin() as session:
        a = _person(session, source, field="source")
        b = _person(session, target, field="target")
        if a.account_id != b.account_id:
            raise ValidationError("target", "must work at the same account")
        exists = session.scalar(
            select(PersonLink.id).where(
                PersonLink.from_person_id == a.id, PersonLink.to_person_id == b.id,
                PersonLink.kind == kind,
            )
        )
        if exists is not None:
            raise ValidationError("kind", "these two people are already linked this way")
        link = PersonLink(from_person_id=a.id, to_person_id=b.id, kind=kind, strength=strength,
                          note=note)
        session.add(link)
        session.flush()
        return _changed(session, a.account_id, created=(link.uuid,))


def remove_link(db: Database, link_uuid: uuid.UUID) -> Changes:
    with db.session.begin() as session:
        link = session.scalars(select(PersonLink).where(PersonLink.uuid == link_uuid)).one_or_none()
        if link is None:
            raise NotFound("link", str(link_uuid))
        account_id = session.scalar(select(Person.account_id).where(Person.id == link.from_person_id))
        session.delete(link)
        return _changed(session, account_id)


def save_positions(
    db: Database,
    account_uuid: uuid.UUID,
    view: View | str,
    positions: Mapping[uuid.UUID, tuple[float, float]],
) -> Changes:
    """Remember where the user put cards on one view (card centres, scene units)."""
    view = _view(view)
    with db.session.begin() as session:
        account_id = _account_id(session, account_uuid)
        ids = _person_ids(session, account_id, positions.keys())
        for person_uuid, (x, y) in positions.items():
            if not (_finite(x) and _finite(y)):
                raise ValidationError("position", f"not a point: {(x, y)!r}", person=str(person_uuid))
        _upsert_positions(session, account_id, view,
                          {ids[p]: (float(x), float(y)) for p, (x, y) in positions.items()})
        return _changed(session, account_id)


def clear_positions(
    db: Database,
    account_uuid: uuid.UUID,
    view: View | str,
    people: Iterable[uuid.UUID] | None = None,
) -> Changes:
    """Back to the automatic layout, for everybody or for the given people."""
    view = _view(view)
    with db.session.begin() as session:
        account_id = _account_id(session, account_uuid)
        query = delete(MapPosition).where(
            MapPosition.account_id == account_id, MapPosition.view == view.value
        )
        if people is not None:
            ids = _person_ids(session, account_id, people)
            query = query.where(MapPosition.person_id.in_(list(ids.values())))
        session.execute(query)
        return _changed(session, account_id)


def delete_person(db: Database, person_uuid: uuid.UUID) -> Changes:
    """Soft-delete: the card disappears (reports keep their line to a gap); restorable."""
    with db.session.begin() as session:
        person = _person(session, person_uuid)
        person.deleted_at = datetime.now(UTC)
        return _changed(session, person.account_id)


def restore_person(db: Database, person_uuid: uuid.UUID) -> Changes:
    """Undo a delete."""
    with db.session.begin() as session:
        person = session.scalars(select(Person).where(Person.uuid == person_uuid)).one_or_none()
        if person is None:
            raise NotFound("person", str(person_uuid))
        person.deleted_at = None
        return _changed(session, person.account_id)


# --------------------------------------------------------------------------- helpers


def _upsert_positions(
    session: Session, account_id: int, view: View, points: Mapping[int, tuple[float, float]]
) -> None:
    if not points:
        return
    existing = {
        row.person_id: row
        for row in session.scalars(
            select(MapPosition).where(
                MapPosition.view == view.value, MapPosition.person_id.in_(list(points))
            )
        )
    }
    for person_id, (x, y) in points.items():
        row = existing.get(person_id)
        if row is None:
            session.add(MapPosition(account_id=account_id, person_id=person_id, view=view.value,
                                    x=x, y=y))
        else:
            row.x, row.y = x, y


def _person(session: Session, person_uuid: uuid.UUID, *, field: str = "person") -> Person:
    person = session.scalars(
        select(Person).where(Person.uuid == person_uuid, Person.deleted_at.is_(None))
    ).one_or_none()
    if person is None:
        raise NotFound(field, str(person_uuid))
    return person


def _person_ids(session: Session, account_id: int, people: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
    wanted = set(people)
    if not wanted:
        return {}
    found = dict(
        session.execute(
            select(Person.uuid, Person.id).where(
                Person.account_id == account_id, Person.uuid.in_(wanted)
            )
        ).all()
    )
    missing = wanted - found.keys()
    if missing:
        raise ValidationError("person", "not a person of this account",
                              people=sorted(str(m) for m in missing))
    return found


def _account_id(session: Session, account_uuid: uuid.UUID) -> int:
    account_id = session.scalar(
        select(Account.id).where(Account.uuid == account_uuid, Account.deleted_at.is_(None))
    )
    if account_id is None:
        raise NotFound("account", str(account_uuid))
    return account_id


def _team_member_id(session: Session, member_uuid: uuid.UUID) -> int:
    member_id = session.scalar(select(TeamMember.id).where(TeamMember.uuid == member_uuid))
    if member_id is None:
        raise ValidationError("owner", "no such team member", owner=str(member_uuid))
    return member_id


def _changed(session: Session, account_id: int | None, created: tuple[uuid.UUID, ...] = ()) -> Changes:
    accounts = frozenset()
    if account_id is not None:
        accounts = frozenset({session.scalar(select(Account.uuid).where(Account.id == account_id))})
    return Changes(frozenset({Entity.PERSON, Entity.STAKEHOLDER_MAP}), accounts, created)


def _attitude(value: Attitude | str) -> Attitude:
    try:
        return Attitude(value)
    except ValueError:
        raise ValidationError("attitude", f"one of {', '.join(a.value for a in Attitude)}") from None


def _view(value: View | str) -> View:
    try:
        return View(value)
    except ValueError:
        raise ValidationError("view", "org or grid") from None


def _check_range(field: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, f"a whole number from {low} to {high}", value=value)


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) < 1e9
