"""How a kind of record is described to the generic engine, and what a write sees.

An ``EntitySpec`` names a record's model, its input and read-model classes, its
parent, its references to other records (``Ref``), its child collections
(``Children``) and its rules; ``Context`` is what those rules see while one
record is written. ``Snapshot`` and ``Deleted`` carry what undoing a delete needs.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Account
from planner.changes import Changes, Entity
from planner.records.checks import fail


@dataclass(frozen=True, kw_only=True)
class Stamped:
    """What every read-model adds to its input: identity, place and timestamps."""

    uuid: uuid_module.UUID
    #: The record's parent: its account, or its goal / objective for plan items; None if shared.
    parent_uuid: uuid_module.UUID | None
    account_uuid: uuid_module.UUID | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Ref:
    """An input field holding another record's UUID, stored as that record's key ``<field>_id``."""

    field: str
    model: type
    #: The referenced record's column shown beside the UUID in the read-model, if any.
    label: str | None = "name"
    #: The read-model field for that label (default ``<field>_name``).
    shown_as: str | None = None
    #: The referenced record must belong to the same account.
    same_account: bool = False
    #: A hierarchy within one table (reports_to, parent site): refuse cycles.
    acyclic: bool = False

    @property
    def column(self) -> str:
        return f"{self.field}_id"

    @property
    def label_field(self) -> str:
        return self.shown_as or f"{self.field}_name"


@dataclass(frozen=True)
class Children:
    """A collection edited together with its record (contacts, roles, participants, lines).

    ``load`` reads the read-model values of many records at once (row id ->
    field -> value, one entry per id); ``store`` makes a row's collection match
    the input, replacing it wholesale.
    """

    field: str
    load: Callable[[Session, list[int]], dict[int, dict[str, Any]]]
    store: Callable[[Context, Any, tuple], None]


@dataclass(frozen=True, eq=False, repr=False)
class EntitySpec:
    """Everything the generic functions need to know about one kind of record."""

    name: str
    entity: Entity
    model: type
    input: type
    read: type
    #: Account, PlanGoal or PlanObjective; None for records shared by all accounts.
    parent: type | None = Account
    #: The column holding the parent's key; None when the parent is reached another way.
    parent_fk: str | None = "account_id"
    #: (model, column) steps from this record to its account's key; derived when empty.
    account_path: tuple[tuple[type, str], ...] = ()
    refs: tuple[Ref, ...] = ()
    children: tuple[Children, ...] = ()
    #: Numeric bounds by field: (low, high), either end None for open.
    ranges: Mapping[str, tuple[Any, Any]] = field(default_factory=dict)
    #: Rules on the input alone; returns the cleaned input.
    validate: Callable[[Any], Any] | None = None
    #: Rules needing the database, given the column values about to be written.
    check: Callable[[Context, Any, dict[str, Any]], None] | None = None
    #: Columns computed from the input: (input, is_new) -> values.
    derived: Callable[[Any, bool], dict[str, Any]] | None = None
    #: Default list order: column names, "-" for descending; the id breaks ties.
    order: tuple[str, ...] = ("id",)
    #: (model, column) references cut when a record is soft-deleted and re-attached on undo.
    detach: tuple[tuple[type, str], ...] = ()
    #: False for history that is only ever added to (survey answers).
    updatable: bool = True
    #: For kinds that grow without bound (interactions): the largest page a list may ask for.
    page_limit: int | None = None

    def __repr__(self) -> str:
        return f"EntitySpec({self.name!r})"

    def __post_init__(self) -> None:
        if not self.account_path and self.parent is Account and self.parent_fk:
            object.__setattr__(self, "account_path", ((self.model, self.parent_fk),))

    @property
    def soft(self) -> bool:
        """Whether deleting only marks the record (it keeps its history and can be restored)."""
        return hasattr(self.model, "deleted_at")

    @property
    def plain(self) -> tuple[str, ...]:
        """Input fields stored as they are in a column of the same name."""
        other = {r.field for r in self.refs} | {c.field for c in self.children}
        return tuple(f.name for f in fields(self.input) if f.name not in other)


@dataclass
class Context:
    """What a rule or a child collection sees while one record is written."""

    session: Session
    spec: EntitySpec
    account_id: int | None
    #: The stored row being updated; None while creating.
    row: Any | None

    def resolve(self, ref: Ref, value: uuid_module.UUID | None, *, keep: Iterable[int] = ()) -> int | None:
        """The key of the referenced record, refusing a missing, deleted or foreign one.

        A deleted record already referenced (its key in ``keep``) stays allowed, so
        editing something else of a record never fails on an old reference.
        """
        if value is None:
            return None
        model = ref.model
        columns = [model.id]
        if hasattr(model, "deleted_at"):
            columns.append(model.deleted_at)
        if ref.same_account:
            columns.append(model.account_id)
        row = self.session.execute(select(*columns).where(model.uuid == value)).one_or_none()
        if row is None:
            fail(ref.field, f"no such {model.__tablename__.replace('_', ' ')}", uuid=str(value))
        if hasattr(model, "deleted_at") and row.deleted_at is not None and row.id not in set(keep):
            fail(ref.field, "has been deleted", uuid=str(value))
        if ref.same_account and row.account_id != self.account_id:
            fail(ref.field, "belongs to another account", uuid=str(value))
        return row.id


def sync(parent: Any, attribute: str, items: Iterable[tuple[object, dict[str, Any]]],
         factory: Callable[[], Any], key: Callable[[Any], object]) -> None:
    """Make a child collection hold exactly ``items`` (key, column values).

    Rows whose key is still wanted are updated in place, so their UUIDs stay and
    no unique constraint sees a remove and an add of the same row; the rest go.
    """
    existing = {key(row): row for row in getattr(parent, attribute)}
    kept = []
    for wanted, values in items:
        row = existing.pop(wanted, None)
        if row is None:
            row = factory()
        for name, value in values.items():
            setattr(row, name, value)
        kept.append(row)
    setattr(parent, attribute, kept)


@dataclass(frozen=True)
class Snapshot:
    """What undoing a delete needs: the record as it was, and who lost their link to it."""

    spec: EntitySpec
    uuid: uuid_module.UUID
    parent_uuid: uuid_module.UUID | None
    #: The read-model before the delete (also a valid input, to re-create the record).
    record: Any
    #: Per ``spec.detach`` entry, the records whose reference to this one was cut.
    detached: tuple[tuple[uuid_module.UUID, ...], ...] = ()


@dataclass(frozen=True)
class Deleted(Changes):
    """The ``Changes`` of a delete, carrying the snapshot that ``undelete`` takes."""

    snapshot: Snapshot | None = None
