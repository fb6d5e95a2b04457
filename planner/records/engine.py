"""One generic way to create, update, delete and restore the records of an account.

Each kind of record is described once by an ``EntitySpec``; the functions here
(and the readers in ``planner.records.reading``) do the rest the same way for
all of them. Every call is one unit of work and hands back plain read-models or
``Changes``, never ORM objects, so a QUndoCommand undoes an edit by calling
``update`` with the old read-model and a delete by ``undelete`` with its snapshot.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Mapping, Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from db.models import Account
from db.store import Database
from db.types import utcnow
from planner.changes import Changes
from planner.errors import ErrorCode, NotFound, PlannerError
from planner.records.checks import check_range, clean_columns, fail
from planner.records.reading import account_of, count_for, get, list_for, load_row, parent_keys, read_rows
from planner.records.spec import (
    Children,
    Context,
    Deleted,
    EntitySpec,
    Ref,
    Snapshot,
    Stamped,
    sync,
)

I = TypeVar("I")  # noqa: E741 - the input type of a record kind
R = TypeVar("R")

__all__ = [
    "Children", "Context", "Deleted", "EntitySpec", "Records", "Ref", "Snapshot", "Stamped",
    "as_input", "count_for", "create", "delete", "get", "list_for", "reorder", "restore", "undelete",
    "update",
    "sync",
]


def create(
    db: Database, spec: EntitySpec, parent_uuid: uuid_module.UUID | None, data: Any,
    *, uuid: uuid_module.UUID | None = None,
) -> Changes:
    """Add a record under its parent; an explicit ``uuid`` re-creates a deleted record as it was."""
    return _insert(db, spec, parent_uuid, data, uuid, None)


def _insert(
    db: Database, spec: EntitySpec, parent_uuid: uuid_module.UUID | None, data: Any,
    uuid: uuid_module.UUID | None, created_at: datetime | None,
) -> Changes:
    data = _clean(spec, data)
    with db.session.begin() as session:
        parent_id, account_id = parent_keys(session, spec, parent_uuid)
        if uuid is not None and session.scalar(select(spec.model.id).where(spec.model.uuid == uuid)):
            fail("uuid", "already used by another record", uuid=str(uuid))
        row = spec.model()
        if uuid is not None:
            row.uuid = uuid
        if created_at is not None:
            row.created_at = created_at
        if spec.parent_fk is not None:
            setattr(row, spec.parent_fk, parent_id)
        _write(Context(session, spec, account_id, None), row, data)
        session.add(row)
        session.flush()
        return _changes(session, spec, account_id, created=(row.uuid,))


def update(db: Database, spec: EntitySpec, record_uuid: uuid_module.UUID, data: Any) -> Changes:
    """Replace a record's editable fields (and its child collections) with ``data``."""
    if not spec.updatable:
        fail(spec.name, "is history and never rewritten: add a new one (and delete the wrong one)")
    data = _clean(spec, data)
    with db.session.begin() as session:
        row = load_row(session, spec, record_uuid)
        account_id = account_of(session, spec, row.id)
        _write(Context(session, spec, account_id, row), row, data)
        row.updated_at = utcnow()
        return _changes(session, spec, account_id)


def delete(db: Database, spec: EntitySpec, record_uuid: uuid_module.UUID) -> Deleted:
    """Soft-delete (where the model keeps history) or remove; the result's snapshot undoes it."""
    with db.session.begin() as session:
        row = load_row(session, spec, record_uuid)
        account_id = account_of(session, spec, row.id)
        record = read_rows(session, spec, [row])[0]
        detached: list[tuple[uuid_module.UUID, ...]] = []
        if spec.soft:
            row.deleted_at = utcnow()
            for model, column in spec.detach:
                pointing = getattr(model, column) == row.id
                detached.append(tuple(session.scalars(select(model.uuid).where(pointing))))
                session.execute(sql_update(model).where(pointing).values({column: None}))
        else:
            session.delete(row)
        snapshot = Snapshot(spec, record.uuid, record.parent_uuid, record, tuple(detached))
        changes = _changes(session, spec, account_id)
        return Deleted(changes.entities, changes.accounts, snapshot=snapshot)


def restore(
    db: Database, spec: EntitySpec, record_uuid: uuid_module.UUID, snapshot: Snapshot | None = None
) -> Changes:
    """Bring a soft-deleted record back; with the delete's snapshot, also its cut references."""
    if not spec.soft:
        raise PlannerError(ErrorCode.UNSUPPORTED, f"a deleted {spec.name} is re-created, not restored")
    with db.session.begin() as session:
        row = session.scalars(select(spec.model).where(spec.model.uuid == record_uuid)).one_or_none()
        if row is None:
            raise NotFound(spec.name, str(record_uuid))
        row.deleted_at = None
        account_id = account_of(session, spec, row.id)
        if snapshot is not None:
            for (model, column), uuids in zip(spec.detach, snapshot.detached, strict=True):
                _reattach(session, model, column, row.id, uuids)
        return _changes(session, spec, account_id)


def undelete(db: Database, snapshot: Snapshot) -> Changes:
    """Undo a delete, whichever kind it was: restore a soft one, re-create a hard one."""
    spec = snapshot.spec
    if spec.soft:
        return restore(db, spec, snapshot.uuid, snapshot)
    record = snapshot.record
    return _insert(db, spec, snapshot.parent_uuid, record, snapshot.uuid, record.created_at)


def reorder(db: Database, spec: EntitySpec, positions: Mapping[uuid_module.UUID, int]) -> Changes:
    """Give siblings (plan goals, objectives, actions) new positions in one unit of work,
    so moving one item, which moves its neighbour too, is saved whole or not at all."""
    if "position" not in spec.model.__table__.columns:
        raise PlannerError(ErrorCode.UNSUPPORTED, f"{spec.name} records are not kept in an order")
    if not positions:
        return Changes()
    with db.session.begin() as session:
        rows = [load_row(session, spec, record_uuid) for record_uuid in positions]
        if spec.parent_fk is not None and len({getattr(row, spec.parent_fk) for row in rows}) > 1:
            fail("position", "only records under the same parent are ordered together")
        now = utcnow()
        for row, position in zip(rows, positions.values(), strict=True):
            if position < 0:
                fail("position", "must be zero or more", position=position)
            if row.position != position:
                row.position = position
                row.updated_at = now
        return _changes(session, spec, account_of(session, spec, rows[0].id))


def _clean(spec: EntitySpec, data: Any) -> Any:
    data = as_input(spec, data)
    data = clean_columns(spec.model, data, spec.plain)
    for name, (low, high) in spec.ranges.items():
        check_range(name, getattr(data, name), low, high)
    for ref in spec.refs:
        value = getattr(data, ref.field)
        if value is not None and not isinstance(value, uuid_module.UUID):
            fail(ref.field, "a record's UUID expected")
        if value is None and not spec.model.__table__.c[ref.column].nullable:
            fail(ref.field, "required")
    return spec.validate(data) if spec.validate is not None else data


def as_input(spec: EntitySpec, data: Any) -> Any:
    """The input part of ``data`` (an input or a read-model of the same kind)."""
    if type(data) is spec.input:
        return data
    if not isinstance(data, spec.input):
        raise TypeError(f"{spec.name}: {spec.input.__name__} expected, got {type(data).__name__}")
    return spec.input(**{f.name: getattr(data, f.name) for f in fields(spec.input)})


def _write(ctx: Context, row: Any, data: Any) -> None:
    """Resolve references and run the rules first, then assign, so nothing half-set is flushed."""
    spec = ctx.spec
    values = {name: getattr(data, name) for name in spec.plain}
    for ref in spec.refs:
        current = None if ctx.row is None else getattr(ctx.row, ref.column)
        target = ctx.resolve(ref, getattr(data, ref.field), keep=() if current is None else (current,))
        if ref.acyclic and target is not None and ctx.row is not None:
            refuse_cycle(ctx.session, ref, ctx.row.id, target)
        values[ref.column] = target
    if spec.derived is not None:
        values.update(spec.derived(data, ctx.row is None))
    if spec.check is not None:
        spec.check(ctx, data, values)
    for name, value in values.items():
        setattr(row, name, value)
    for child in spec.children:
        child.store(ctx, row, getattr(data, child.field))


def refuse_cycle(session: Session, ref: Ref, row_id: int, target: int) -> None:
    """Refuse pointing ``row_id`` at ``target`` when ``target`` already sits below it."""
    if _reaches(session, ref.model, ref.column, target, row_id):
        fail(ref.field, "cannot point to itself" if target == row_id else "would make a cycle")


def _reaches(session: Session, model: type, column: str, start: int, goal: int) -> bool:
    account_id = session.scalar(select(model.account_id).where(model.id == start))
    parents = dict(
        session.execute(
            select(model.id, getattr(model, column)).where(model.account_id == account_id)
        ).tuples().all()
    )
    seen: set[int] = set()
    cursor: int | None = start
    while cursor is not None and cursor not in seen:
        if cursor == goal:
            return True
        seen.add(cursor)
        cursor = parents.get(cursor)
    return False


def _reattach(session: Session, model: type, column: str, row_id: int, uuids: Sequence) -> None:
    """Point records back at ``row_id`` where nobody re-linked them meanwhile (and no cycle results)."""
    if not uuids:
        return
    loose = session.execute(
        select(model.id).where(model.uuid.in_(list(uuids)), getattr(model, column).is_(None))
    ).scalars().all()
    for other in loose:
        if _reaches(session, model, column, row_id, other):
            continue
        session.execute(sql_update(model).where(model.id == other).values({column: row_id}))


def _changes(session: Session, spec: EntitySpec, account_id: int | None,
             created: tuple[uuid_module.UUID, ...] = ()) -> Changes:
    accounts: frozenset[uuid_module.UUID] = frozenset()
    if account_id is not None:
        accounts = frozenset({session.scalar(select(Account.uuid).where(Account.id == account_id))})
    return Changes(frozenset({spec.entity}), accounts, created)


class Records(Generic[I, R]):
    """One kind of record's operations bound to its spec: ``people.create(db, account, PersonInput(...))``.

    ``parent_uuid`` is the account (the goal for objectives, the objective for
    actions) and None for records shared by all accounts (team members, FX rates).
    """

    def __init__(self, spec: EntitySpec) -> None:
        self.spec = spec

    def create(self, db: Database, parent_uuid: uuid_module.UUID | None, data: I,
               *, uuid: uuid_module.UUID | None = None) -> Changes:
        return create(db, self.spec, parent_uuid, data, uuid=uuid)

    def update(self, db: Database, record_uuid: uuid_module.UUID, data: I) -> Changes:
        return update(db, self.spec, record_uuid, data)

    def delete(self, db: Database, record_uuid: uuid_module.UUID) -> Deleted:
        return delete(db, self.spec, record_uuid)

    def restore(
        self, db: Database, record_uuid: uuid_module.UUID, snapshot: Snapshot | None = None
    ) -> Changes:
        return restore(db, self.spec, record_uuid, snapshot)

    def reorder(self, db: Database, positions: Mapping[uuid_module.UUID, int]) -> Changes:
        return reorder(db, self.spec, positions)

    def get(self, db: Database, record_uuid: uuid_module.UUID) -> R:
        return get(db, self.spec, record_uuid)

    def list_for(self, db: Database, parent_uuid: uuid_module.UUID | None = None, *,
                 limit: int | None = None, offset: int = 0, order: Sequence[str] | None = None) -> list[R]:
        return list_for(db, self.spec, parent_uuid, limit=limit, offset=offset, order=order)

    def count_for(self, db: Database, parent_uuid: uuid_module.UUID | None = None) -> int:
        return count_for(db, self.spec, parent_uuid)
