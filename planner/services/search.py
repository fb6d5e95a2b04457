"""One search box over accounts, people, interactions and notes (Ctrl+K in the app)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from db import search as index
from db.enums import InteractionKind
from db.models import Account, Interaction, Person
from db.store import Database


class ResultGroup(StrEnum):
    ACCOUNTS = "accounts"
    PEOPLE = "people"
    INTERACTIONS = "interactions"
    NOTES = "notes"


@dataclass(frozen=True)
class SearchResult:
    group: ResultGroup
    uuid: uuid.UUID
    account_uuid: uuid.UUID
    account_name: str
    title: str
    detail: str | None
    when: datetime | None


@dataclass(frozen=True)
class SearchResults:
    query: str
    groups: dict[ResultGroup, tuple[SearchResult, ...]]

    @property
    def total(self) -> int:
        return sum(len(group) for group in self.groups.values())


def search(db: Database, query: str, *, limit: int = 20) -> SearchResults:
    """Every word of the query must match (as a word prefix); each group best first."""
    groups: dict[ResultGroup, tuple[SearchResult, ...]] = {}
    if not index.tokens(query):
        return SearchResults(query, groups)
    with db.session.begin() as session:
        conn = session.connection()
        account_hits = index.search(conn, query, entity="account", limit=limit)
        person_hits = index.search(conn, query, entity="person", limit=limit)
        interaction_hits = index.search(conn, query, entity="interaction", limit=limit * 2)

        names = _account_names(session, {h.account_id for h in account_hits + person_hits + interaction_hits})
        accounts = _by_id(session, Account, [h.id for h in account_hits])
        groups[ResultGroup.ACCOUNTS] = tuple(
            SearchResult(ResultGroup.ACCOUNTS, a.uuid, a.uuid, a.name, a.name, a.industry, None)
            for h in account_hits
            if (a := accounts.get(h.id))
        )
        people = _by_id(session, Person, [h.id for h in person_hits])
        groups[ResultGroup.PEOPLE] = tuple(
            SearchResult(ResultGroup.PEOPLE, p.uuid, *names[p.account_id], p.full_name, p.title, None)
            for h in person_hits
            if (p := people.get(h.id))
        )
        interactions = _by_id(session, Interaction, [h.id for h in interaction_hits])
        found = [interactions[h.id] for h in interaction_hits if h.id in interactions]
        for group, wanted in ((ResultGroup.INTERACTIONS, False), (ResultGroup.NOTES, True)):
            groups[group] = tuple(
                SearchResult(
                    group, i.uuid, *names[i.account_id], i.subject or "", _excerpt(i.summary), i.occurred_at
                )
                for i in found
                if (i.kind == InteractionKind.NOTE) == wanted
            )[:limit]
    return SearchResults(query, {g: r for g, r in groups.items() if r})


def _by_id(session, model, ids: list[int]) -> dict:
    if not ids:
        return {}
    return {row.id: row for row in session.scalars(select(model).where(model.id.in_(ids)))}


def _account_names(session, ids: set[int | None]) -> dict[int, tuple[uuid.UUID, str]]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(select(Account.id, Account.uuid, Account.name).where(Account.id.in_(wanted)))
    return {row.id: (row.uuid, row.name) for row in rows}


def _excerpt(text: str | None, length: int = 140) -> str | None:
    if not text:
        return None
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"
