"""Quick log: record a call or a site visit in a few keystrokes, when defaulting to now.

Made for a laptop on a client's site: only the kind and a few words are needed;
who (people of the account, our team) and when are optional. Returns Changes so
the views refresh; ``delete_interaction`` / ``restore_interaction`` serve undo.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select, update

from db.enums import Direction, InteractionKind, ParticipantRole, Sentiment
from db.models import Account, Interaction, InteractionParticipant, Person, TeamMember
from db.store import Database
from planner.changes import Changes, Entity
from planner.errors import NotFound, ValidationError

#: A logged interaction may lie at most this far in the future (a visit logged on the way in).
MAX_AHEAD = timedelta(days=1)
MAX_DURATION_MINUTES = 24 * 60
SUBJECT_LIMIT = 500


def log_interaction(
    db: Database,
    account_uuid: uuid.UUID,
    kind: InteractionKind,
    subject: str | None = None,
    *,
    summary: str | None = None,
    occurred_at: datetime | None = None,
    people: Sequence[uuid.UUID] = (),
    team_members: Sequence[uuid.UUID] = (),
    direction: Direction = Direction.OUTBOUND,
    duration_minutes: int | None = None,
    location: str | None = None,
    next_step: str | None = None,
    sentiment: Sentiment | None = None,
    timezone: str | None = None,
) -> Changes:
    """Record one interaction; raises ValidationError naming the first bad field."""
    kind = _enum(InteractionKind, kind, "kind")
    direction = _enum(Direction, direction, "direction")
    sentiment = _enum(Sentiment, sentiment, "sentiment") if sentiment is not None else None
    subject = (subject or "").strip() or None
    summary = (summary or "").strip() or None
    if subject is None and summary is None:
        raise ValidationError("subject", "say in a few words what it was about")
    if subject is not None and len(subject) > SUBJECT_LIMIT:
        raise ValidationError("subject", f"at most {SUBJECT_LIMIT} characters")
    now = datetime.now(UTC)
    when = occurred_at or now
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.astimezone()
    if when - now > MAX_AHEAD:
        raise ValidationError("occurred_at", "lies in the future; plan meetings in the calendar")
    if duration_minutes is not None and not 0 <= duration_minutes <= MAX_DURATION_MINUTES:
        raise ValidationError("duration_minutes", f"between 0 and {MAX_DURATION_MINUTES} minutes")
    with db.session.begin() as session:
        account_id = session.scalar(
            select(Account.id).where(Account.uuid == account_uuid, Account.deleted_at.is_(None))
        )
        if account_id is None:
            raise NotFound("account", str(account_uuid))
        person_ids = []
        for person_uuid in dict.fromkeys(people):
            row = session.execute(
                select(Person.id, Person.account_id).where(
                    Person.uuid == person_uuid, Person.deleted_at.is_(None)
                )
            ).first()
            if row is None:
                raise ValidationError("people", "no such person", uuid=str(person_uuid))
            if row.account_id != account_id:
                raise ValidationError("people", "works at another account", uuid=str(person_uuid))
            person_ids.append(row.id)
        member_ids = []
        for member_uuid in dict.fromkeys(team_members):
            member_id = session.scalar(
                select(TeamMember.id).where(TeamMember.uuid == member_uuid, TeamMember.deleted_at.is_(None))
            )
            if member_id is None:
                raise ValidationError("team_members", "no such team member", uuid=str(member_uuid))
            member_ids.append(member_id)
        new_uuid = uuid.uuid4()
        interaction_id = session.execute(
            insert(Interaction.__table__).returning(Interaction.__table__.c.id),
            {
                "uuid": new_uuid,
                "account_id": account_id,
                "kind": kind,
                "direction": direction,
                "occurred_at": when.astimezone(UTC),
                "timezone": timezone,
                "duration_minutes": duration_minutes,
                "subject": subject,
                "summary": summary,
                "location": (location or "").strip() or None,
                "next_step": (next_step or "").strip() or None,
                "sentiment": sentiment,
                "source_kind": "manual",
            },
        ).scalar_one()
        links = [
            {
                "uuid": uuid.uuid4(),
                "interaction_id": interaction_id,
                "person_id": pid,
                "team_member_id": None,
                "role": ParticipantRole.ATTENDEE,
            }
            for pid in person_ids
        ]
        links += [
            {
                "uuid": uuid.uuid4(),
                "interaction_id": interaction_id,
                "person_id": None,
                "team_member_id": mid,
                "role": ParticipantRole.ATTENDEE,
            }
            for mid in member_ids
        ]
        if links:
            session.execute(insert(InteractionParticipant.__table__), links)
        return Changes(frozenset({Entity.INTERACTION}), frozenset({account_uuid}), (new_uuid,))


def _enum(enum, value, field: str):
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(field, "one of " + ", ".join(m.value for m in enum)) from None


def _set_deleted(db: Database, interaction_uuid: uuid.UUID, deleted_at: datetime | None) -> Changes:
    with db.session.begin() as session:
        row = session.execute(
            select(Interaction.id, Account.uuid)
            .join(Account, Account.id == Interaction.account_id)
            .where(Interaction.uuid == interaction_uuid)
        ).first()
        if row is None:
            raise NotFound("interaction", str(interaction_uuid))
        session.execute(update(Interaction).where(Interaction.id == row.id).values(deleted_at=deleted_at))
        return Changes(frozenset({Entity.INTERACTION}), frozenset({row.uuid}))


def delete_interaction(db: Database, interaction_uuid: uuid.UUID) -> Changes:
    """Soft-delete (undo of a quick log); the record stays restorable."""
    return _set_deleted(db, interaction_uuid, datetime.now(UTC))


def restore_interaction(db: Database, interaction_uuid: uuid.UUID) -> Changes:
    return _set_deleted(db, interaction_uuid, None)
