"""Reading records: one, a page of a parent's records, or their count, as read-models.

Read-models are built for many rows at once, in a few set-based queries per
chunk of rows (references, children, accounts), never one query per row.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db.models import Account
from db.store import Database
from planner.errors import NotFound
from planner.records.checks import fail
from planner.records.spec import EntitySpec

CHUNK = 500


def get(db: Database, spec: EntitySpec, record_uuid: uuid_module.UUID) -> Any:
    """One live record as its read-model; NotFound if missing or deleted."""
    with db.session.begin() as session:
        return read_rows(session, spec, [load_row(session, spec, record_uuid)])[0]


def list_for(
    db: Database, spec: EntitySpec, parent_uuid: uuid_module.UUID | None = None, *,
    limit: int | None = None, offset: int = 0, order: Sequence[str] | None = None,
) -> list[Any]:
    """One page of a parent's live records, in ``order`` (or the kind's default), ties by id."""
    if (limit is not None and limit < 0) or offset < 0:
        fail("limit", "paging needs a non-negative limit and offset")
    if spec.page_limit is not None and (limit is None or limit > spec.page_limit):
        fail("limit", f"{spec.name} records are read a page at a time, at most {spec.page_limit}")
    with db.session.begin() as session:
        query = _scoped(session, spec, parent_uuid, select(spec.model))
        query = query.order_by(*_ordering(spec, order)).offset(offset).limit(limit)
        return read_rows(session, spec, list(session.scalars(query)))


def count_for(db: Database, spec: EntitySpec, parent_uuid: uuid_module.UUID | None = None) -> int:
    """How many live records the parent has (for a view's row count before paging)."""
    with db.session.begin() as session:
        query = _scoped(session, spec, parent_uuid, select(func.count()).select_from(spec.model))
        return session.scalar(query) or 0


def _scoped(
    session: Session, spec: EntitySpec, parent_uuid: uuid_module.UUID | None, query: Select
) -> Select:
    """``query`` narrowed to the live records of one parent."""
    parent_id, _ = parent_keys(session, spec, parent_uuid)
    if spec.soft:
        query = query.where(spec.model.deleted_at.is_(None))
    if spec.parent is None:
        return query
    if spec.parent_fk is not None:
        return query.where(getattr(spec.model, spec.parent_fk) == parent_id)
    column = getattr(*spec.account_path[0])
    for model, next_column in spec.account_path[1:]:
        query = query.join(model, model.id == column)
        column = getattr(model, next_column)
    return query.where(column == parent_id)


def _ordering(spec: EntitySpec, order: Sequence[str] | None) -> list[Any]:
    keys = list(order or spec.order)
    clauses = []
    for key in keys:
        name = key.removeprefix("-")
        if name not in spec.model.__table__.c:
            fail("order", f"{spec.name} has no column {name!r}")
        column = getattr(spec.model, name)
        clauses.append(column.desc() if key.startswith("-") else column.asc())
    descending = bool(keys) and keys[-1].startswith("-")
    clauses.append(spec.model.id.desc() if descending else spec.model.id.asc())
    return clauses


def read_rows(session: Session, spec: EntitySpec, rows: list[Any]) -> list[Any]:
    """Read-models of many rows in a few set-based queries per chunk (references, children)."""
    models = []
    for start in range(0, len(rows), CHUNK):
        models += _read_chunk(session, spec, rows[start:start + CHUNK])
    return models


def _read_chunk(session: Session, spec: EntitySpec, rows: list[Any]) -> list[Any]:
    ids = [row.id for row in rows]
    read_fields = {f.name for f in fields(spec.read)}
    accounts = account_ids(session, spec.account_path, ids) if spec.account_path else {}
    account_uuids = _lookup(session, Account, accounts.values(), None)
    parents: dict[int, tuple] = {}
    if spec.parent is not None and spec.parent is not Account and spec.parent_fk:
        parents = _lookup(session, spec.parent, (getattr(r, spec.parent_fk) for r in rows), None)
    labels = {
        ref.field: _lookup(session, ref.model, (getattr(r, ref.column) for r in rows), ref.label)
        for ref in spec.refs
    }
    loaded = {child.field: child.load(session, ids) for child in spec.children}
    extras = [n for n in read_fields - {f.name for f in fields(spec.input)} if n in spec.model.__table__.c]
    models = []
    for row in rows:
        values = {name: getattr(row, name) for name in (*spec.plain, *extras)}
        for ref in spec.refs:
            ref_uuid, label = labels[ref.field].get(getattr(row, ref.column), (None, None))
            values[ref.field] = ref_uuid
            if ref.label_field in read_fields:
                values[ref.label_field] = label
        for child in spec.children:
            values.update(loaded[child.field][row.id])
        account_uuid = account_uuids.get(accounts.get(row.id), (None, None))[0]
        if spec.parent is Account:
            parent_uuid = account_uuid
        else:
            parent_uuid = parents.get(getattr(row, spec.parent_fk), (None,))[0] if spec.parent_fk else None
        values.update(uuid=row.uuid, parent_uuid=parent_uuid, account_uuid=account_uuid,
                      created_at=row.created_at, updated_at=row.updated_at)
        models.append(spec.read(**values))
    return models


def _lookup(session: Session, model: type, ids: Iterable[int | None], label: str | None) -> dict[int, tuple]:
    """id -> (uuid, label) of the given rows of ``model``, deleted ones included."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    columns = [model.id, model.uuid] + ([getattr(model, label)] if label else [])
    found = session.execute(select(*columns).where(model.id.in_(wanted))).all()
    return {row[0]: (row[1], row[2] if label else None) for row in found}


def account_ids(session: Session, path: Sequence[tuple[type, str]], ids: Iterable[int]) -> dict[int, int]:
    """Row id -> account id, following ``path`` (e.g. action -> objective -> goal -> account)."""
    first, column_name = path[0]
    column = getattr(first, column_name)
    query = select(first.id).select_from(first)
    for model, next_column in path[1:]:
        query = query.join(model, model.id == column)
        column = getattr(model, next_column)
    query = query.add_columns(column).where(first.id.in_(list(ids)))
    return dict(session.execute(query).tuples().all())


def load_row(session: Session, spec: EntitySpec, record_uuid: uuid_module.UUID) -> Any:
    """The live row of a record, or NotFound."""
    query = select(spec.model).where(spec.model.uuid == record_uuid)
    if spec.soft:
        query = query.where(spec.model.deleted_at.is_(None))
    row = session.scalars(query).one_or_none()
    if row is None:
        raise NotFound(spec.name, str(record_uuid))
    return row


def parent_keys(
    session: Session, spec: EntitySpec, parent_uuid: uuid_module.UUID | None
) -> tuple[int | None, int | None]:
    """The live parent's key and its account's key (both None for shared records)."""
    if spec.parent is None:
        return None, None
    parent = spec.parent
    query = select(parent.id).where(parent.uuid == parent_uuid)
    if hasattr(parent, "deleted_at"):
        query = query.where(parent.deleted_at.is_(None))
    parent_id = session.scalar(query)
    if parent_id is None:
        raise NotFound(parent.__tablename__.replace("_", " "), str(parent_uuid))
    if parent is Account:
        return parent_id, parent_id
    return parent_id, account_ids(session, spec.account_path[1:], [parent_id]).get(parent_id)


def account_of(session: Session, spec: EntitySpec, row_id: int) -> int | None:
    """The account key of one stored record (None for shared records)."""
    if not spec.account_path:
        return None
    return account_ids(session, spec.account_path, [row_id]).get(row_id)
