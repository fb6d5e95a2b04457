"""The timeline of an account or a person: interactions newest first, filtered, one page at a time.

Paging is by keyset (occurred_at, id), never by offset, so the millionth row
costs what the first does; the cursor is an opaque string the UI hands back.
Full-text search uses the database's search index (FTS5 / tsvector).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import and_, exists, or_, select, text
from sqlalchemy.orm import Session

from db.enums import Direction, InteractionKind, ParticipantRole, Sentiment
from db.models import Account, Interaction, InteractionParticipant, Person, TeamMember
from db.store import Database
from planner.errors import Ambiguous, NotFound, ValidationError

MAX_PAGE = 1000


@dataclass(frozen=True)
class Party:
    """Someone who took part: a client's person or one of our team."""

    uuid: uuid.UUID
    name: str
    role: ParticipantRole
    team: bool


@dataclass(frozen=True)
class TimelineEntry:
    uuid: uuid.UUID
    account_uuid: uuid.UUID
    occurred_at: datetime
    kind: InteractionKind
    direction: Direction
    subject: str | None
    summary: str | None
    location: str | None
    duration_minutes: int | None
    timezone: str | None
    sentiment: Sentiment | None
    next_step: str | None
    #: Where it came from: eml, msg, ics, csv, manual…; and the file it came in.
    source: str | None
    source_name: str | None
    people: tuple[Party, ...]
    team: tuple[Party, ...]


@dataclass(frozen=True)
class TimelineFilter:
    """What to show; empty sets mean every kind / direction."""

    person: uuid.UUID | None = None
    team_member: uuid.UUID | None = None
    kinds: frozenset[InteractionKind] = frozenset()
    directions: frozenset[Direction] = frozenset()
    since: datetime | date | None = None
    until: datetime | date | None = None
    text: str | None = None


#: No filter: everything of the account (a frozen dataclass, safe as a default argument).
NO_FILTER = TimelineFilter()


@dataclass(frozen=True)
class TimelinePage:
    entries: tuple[TimelineEntry, ...]
    #: Pass as ``before`` for the next (older) page; None when this is the last.
    next_cursor: str | None


def encode_cursor(moment: datetime, row_id: int) -> str:
    return f"{moment.astimezone(UTC).strftime('%Y%m%dT%H%M%S.%f')}~{row_id}"


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        stamp, _, row_id = cursor.partition("~")
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S.%f").replace(tzinfo=UTC), int(row_id)
    except ValueError:
        raise ValidationError("before", "not a timeline cursor") from None


def _bound(value: datetime | date | None, *, end: bool) -> datetime | None:
    """A date filter as a UTC instant: a date means its whole local day."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time.max if end else time.min).astimezone()
    elif value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)


def _account_id(session: Session, account_uuid: uuid.UUID) -> int:
    found = session.scalar(
        select(Account.id).where(Account.uuid == account_uuid, Account.deleted_at.is_(None))
    )
    if found is None:
        raise NotFound("account", str(account_uuid))
    return found


def conditions(session: Session, filters: TimelineFilter) -> list:
    """WHERE clauses for the filters (besides the account)."""
    clauses = [Interaction.deleted_at.is_(None)]
    if filters.kinds:
        clauses.append(Interaction.kind.in_(sorted(filters.kinds)))
    if filters.directions:
        clauses.append(Interaction.direction.in_(sorted(filters.directions)))
    since, until = _bound(filters.since, end=False), _bound(filters.until, end=True)
    if since is not None:
        clauses.append(Interaction.occurred_at >= since)
    if until is not None:
        clauses.append(Interaction.occurred_at <= until)
    ip = InteractionParticipant
    if filters.person is not None:
        person_id = session.scalar(select(Person.id).where(Person.uuid == filters.person))
        if person_id is None:
            raise NotFound("person", str(filters.person))
        clauses.append(exists().where(ip.interaction_id == Interaction.id, ip.person_id == person_id))
    if filters.team_member is not None:
        member_id = session.scalar(select(TeamMember.id).where(TeamMember.uuid == filters.team_member))
        if member_id is None:
            raise NotFound("team member", str(filters.team_member))
        clauses.append(exists().where(ip.interaction_id == Interaction.id, ip.team_member_id == member_id))
    if filters.text and filters.text.strip():
        clauses.append(_text_clause(session, filters.text))
    return clauses


def _text_clause(session: Session, query: str):
    """Interactions whose subject or summary hold every word of ``query`` (as word prefixes)."""
    from db import search

    words = search.tokens(query)
    if not words:
        return Interaction.id.is_not(None)
    if session.get_bind().dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
        ids = text("SELECT rowid FROM fts_interaction WHERE fts_interaction MATCH :match").bindparams(
            match=match
        )
        return Interaction.id.in_(ids)
    if session.get_bind().dialect.name == "postgresql":
        tsquery = " & ".join(f"{w}:*" for w in words)
        return text(
            "to_tsvector('simple', coalesce(interaction.subject, '') || ' ' || "
            "coalesce(interaction.summary, '')) @@ to_tsquery('simple', :tsq)"
        ).bindparams(tsq=tsquery)
    return and_(
        *[or_(Interaction.subject.ilike(f"%{w}%"), Interaction.summary.ilike(f"%{w}%")) for w in words]
    )


def timeline(
    db: Database,
    account_uuid: uuid.UUID,
    filters: TimelineFilter = NO_FILTER,
    *,
    limit: int = 100,
    before: str | None = None,
) -> TimelinePage:
    """One page of the account's timeline, newest first; ``before`` is the previous page's cursor."""
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError("limit", f"between 1 and {MAX_PAGE}")
    with db.session.begin() as session:
        account_id = _account_id(session, account_uuid)
        query = select(Interaction).where(Interaction.account_id == account_id, *conditions(session, filters))
        if before is not None:
            moment, row_id = decode_cursor(before)
            query = query.where(
                or_(
                    Interaction.occurred_at < moment,
                    and_(Interaction.occurred_at == moment, Interaction.id < row_id),
                )
            )
        rows = session.scalars(
            query.order_by(Interaction.occurred_at.desc(), Interaction.id.desc()).limit(limit + 1)
        ).all()
        more = len(rows) > limit
        rows = rows[:limit]
        parties = _parties(session, [r.id for r in rows])
        entries = tuple(_entry(r, account_uuid, parties.get(r.id, [])) for r in rows)
        cursor = encode_cursor(rows[-1].occurred_at, rows[-1].id) if more and rows else None
        return TimelinePage(entries, cursor)


def person_timeline(
    db: Database,
    person_uuid: uuid.UUID,
    filters: TimelineFilter = NO_FILTER,
    *,
    limit: int = 100,
    before: str | None = None,
) -> TimelinePage:
    """The timeline of one person (at their account)."""
    with db.session.begin() as session:
        account_uuid = session.scalar(
            select(Account.uuid)
            .join(Person, Person.account_id == Account.id)
            .where(Person.uuid == person_uuid)
        )
    if account_uuid is None:
        raise NotFound("person", str(person_uuid))
    from dataclasses import replace

    return timeline(db, account_uuid, replace(filters, person=person_uuid), limit=limit, before=before)


def _parties(session: Session, ids: Iterable[int]) -> dict[int, list[Party]]:
    ids = list(ids)
    found: dict[int, list[Party]] = {}
    if not ids:
        return found
    ip = InteractionParticipant
    people = session.execute(
        select(ip.interaction_id, Person.uuid, Person.full_name, ip.role)
        .join(Person, Person.id == ip.person_id)
        .where(ip.interaction_id.in_(ids))
        .order_by(ip.id)
    )
    for interaction_id, person_uuid, name, role in people:
        found.setdefault(interaction_id, []).append(Party(person_uuid, name, role, False))
    team = session.execute(
        select(ip.interaction_id, TeamMember.uuid, TeamMember.name, ip.role)
        .join(TeamMember, TeamMember.id == ip.team_member_id)
        .where(ip.interaction_id.in_(ids))
        .order_by(ip.id)
    )
    for interaction_id, member_uuid, name, role in team:
        found.setdefault(interaction_id, []).append(Party(member_uuid, name, role, True))
    return found


def _entry(row: Interaction, account_uuid: uuid.UUID, parties: list[Party]) -> TimelineEntry:
    return TimelineEntry(
        uuid=row.uuid,
        account_uuid=account_uuid,
        occurred_at=row.occurred_at,
        kind=row.kind,
        direction=row.direction,
        subject=row.subject,
        summary=row.summary,
        location=row.location,
        duration_minutes=row.duration_minutes,
        timezone=row.timezone,
        sentiment=row.sentiment,
        next_step=row.next_step,
        source=row.source_kind,
        source_name=row.source_name,
        people=tuple(p for p in parties if not p.team),
        team=tuple(p for p in parties if p.team),
    )


def resolve_person(db: Database, account_uuid: uuid.UUID, key: str) -> uuid.UUID:
    """A person of the account by UUID, exact name, or unique case-insensitive prefix (``--person``)."""
    key = key.strip()
    with db.session.begin() as session:
        account_id = _account_id(session, account_uuid)
        try:
            wanted = uuid.UUID(key)
        except ValueError:
            wanted = None
        if wanted is not None:
            if session.scalar(
                select(Person.id).where(Person.uuid == wanted, Person.account_id == account_id)
            ):
                return wanted
            raise NotFound("person", key)
        people = session.execute(
            select(Person.uuid, Person.full_name).where(
                Person.account_id == account_id, Person.deleted_at.is_(None)
            )
        ).all()
    folded = key.casefold()
    for matches in (
        [p for p in people if p.full_name == key],
        [p for p in people if p.full_name.casefold() == folded],
        [p for p in people if p.full_name.casefold().startswith(folded)],
        [p for p in people if any(w.startswith(folded) for w in p.full_name.casefold().split())],
    ):
        if len(matches) == 1:
            return matches[0].uuid
        if len(matches) > 1:
            raise Ambiguous("person", key, sorted(p.full_name for p in matches))
    raise NotFound("person", key)
