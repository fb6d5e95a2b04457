"""Interactions entered by hand: calls, meetings, visits, notes, with who took part.

Imported interactions are edited the same way; their import bookkeeping
(source kind, name and key) is never touched by an edit. Lists page, newest
first: an account may hold a million of them.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as orm
from db.enums import Direction, InteractionKind, ParticipantRole, Sentiment
from planner.changes import Entity
from planner.errors import ValidationError
from planner.records import checks
from planner.records.checks import fail
from planner.records.engine import Children, Context, EntitySpec, Records, Ref, Stamped, sync

PARTICIPANT_PERSON = Ref("person", orm.Person, label="full_name", same_account=True)
PARTICIPANT_MEMBER = Ref("team_member", orm.TeamMember)


@dataclass(frozen=True)
class ParticipantInput:
    """Exactly one of a client person or a team member, and the part they played."""

    person: uuid.UUID | None = None
    team_member: uuid.UUID | None = None
    role: ParticipantRole = ParticipantRole.ATTENDEE


@dataclass(frozen=True)
class InteractionInput:
    """One touch with the client; ``participants`` are replaced wholesale on update."""

    kind: InteractionKind
    occurred_at: datetime
    direction: Direction = Direction.OUTBOUND
    timezone: str | None = None
    duration_minutes: int | None = None
    subject: str | None = None
    summary: str | None = None
    location: str | None = None
    sentiment: Sentiment | None = None
    next_step: str | None = None
    site: uuid.UUID | None = None
    participants: tuple[ParticipantInput, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Interaction(InteractionInput, Stamped):
    site_name: str | None = None
    #: Names of ``participants``, in the same order.
    participant_names: tuple[str, ...] = ()
    #: Where it came from: "manual", or the importer's format (eml, msg, ics, csv ...).
    source_kind: str | None = None
    source_name: str | None = None


def _clean_participant(item: ParticipantInput) -> ParticipantInput:
    if (item.person is None) == (item.team_member is None):
        fail("person", "either a person of the client or a member of our team")
    for name in ("person", "team_member"):
        value = getattr(item, name)
        if value is not None and not isinstance(value, uuid.UUID):
            fail(name, "a record's UUID expected")
    return checks.clean_columns(orm.InteractionParticipant, item, ("role",))


def _validate(data: InteractionInput) -> InteractionInput:
    participants = checks.items("participants", data.participants, ParticipantInput, _clean_participant)
    checks.unique("participants", ((p.person, p.team_member) for p in participants),
                  "the same participant twice")
    if not participants and data.kind is not InteractionKind.NOTE:
        fail("participants", "who took part? (only a note may have nobody)")
    return replace(data, participants=participants)


def _load_participants(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    model = orm.InteractionParticipant
    rows = session.execute(
        select(model.interaction_id, model.role, orm.Person.uuid, orm.Person.full_name,
               orm.TeamMember.uuid, orm.TeamMember.name)
        .outerjoin(orm.Person, orm.Person.id == model.person_id)
        .outerjoin(orm.TeamMember, orm.TeamMember.id == model.team_member_id)
        .where(model.interaction_id.in_(ids))
        .order_by(model.interaction_id, model.id)
    )
    parties: dict[int, list[ParticipantInput]] = defaultdict(list)
    names: dict[int, list[str]] = defaultdict(list)
    for interaction_id, role, person, person_name, member, member_name in rows:
        parties[interaction_id].append(ParticipantInput(person, member, role))
        names[interaction_id].append(person_name if person is not None else member_name)
    return {i: {"participants": tuple(parties[i]), "participant_names": tuple(names[i])} for i in ids}


def _store_participants(ctx: Context, row: orm.Interaction, items: tuple[ParticipantInput, ...]) -> None:
    present = [] if ctx.row is None else row.participants
    keep_people = {p.person_id for p in present if p.person_id is not None}
    keep_members = {p.team_member_id for p in present if p.team_member_id is not None}
    wanted = []
    for index, item in enumerate(items):
        try:
            person = ctx.resolve(PARTICIPANT_PERSON, item.person, keep=keep_people)
            member = ctx.resolve(PARTICIPANT_MEMBER, item.team_member, keep=keep_members)
        except ValidationError as exc:
            fail("participants", f"row {index + 1}, {exc.field}: {exc.reason}", index=index)
        values = {"person_id": person, "team_member_id": member, "role": item.role}
        wanted.append(((person, member), values))
    sync(row, "participants", wanted, orm.InteractionParticipant,
         lambda p: (p.person_id, p.team_member_id))


INTERACTION = EntitySpec(
    name="interaction", entity=Entity.INTERACTION, model=orm.Interaction, input=InteractionInput,
    read=Interaction, refs=(Ref("site", orm.Site, same_account=True),),
    children=(Children("participants", _load_participants, _store_participants),),
    ranges={"duration_minutes": (0, None)}, validate=_validate,
    derived=lambda data, new: {"source_kind": "manual"} if new else {},
    order=("-occurred_at",), page_limit=1000,
)

interactions: Records[InteractionInput, Interaction] = Records(INTERACTION)
