"""The stakeholder map service: loading an account's map, and (re-exported) its edits.

The map loads in a handful of set-based queries (people with owners, roles,
links, sites, positions, and one aggregate for everybody's last interaction), so
a 300-person account costs the same few round trips as a small one. The edits
live in ``edits`` and are re-exported here, so callers use one module.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from db.enums import Direction, InteractionKind
from db.models import (
    Account,
    Interaction,
    InteractionParticipant,
    MapPosition,
    Person,
    PersonLink,
    PersonRole,
    Site,
    TeamMember,
)
from db.store import Database
from planner.errors import Ambiguous, NotFound
from planner.stakeholders.edits import (  # noqa: F401 - the service API in one place
    KEEP,
    add_link,
    clear_positions,
    delete_person,
    move_on_grid,
    remove_link,
    restore_person,
    save_positions,
    set_reports_to,
    update_person,
)
from planner.stakeholders.model import MapLink, MapPerson, MapSite, Role, StakeholderMap, View

#: Interactions that are not a touch with the person: our own notes and internal mail.
NOT_CONTACT_KINDS = (InteractionKind.NOTE,)
NOT_CONTACT_DIRECTIONS = (Direction.INTERNAL,)



def load_map(
    db: Database,
    account_uuid: uuid.UUID,
    *,
    site: uuid.UUID | None = None,
    as_of: date | None = None,
) -> StakeholderMap:
    """The account's people as of ``as_of`` (default today), optionally narrowed to one site.

    People who left after ``as_of`` still count as present, so a map "as of" an
    earlier date shows departures as they were then.
    """
    as_of = as_of or datetime.now(UTC).date()
    cutoff = datetime.combine(as_of + timedelta(days=1), time.min, tzinfo=UTC)
    with db.session.begin() as session:
        account = session.execute(
            select(Account.id, Account.name).where(
                Account.uuid == account_uuid, Account.deleted_at.is_(None)
            )
        ).one_or_none()
        if account is None:
            raise NotFound("account", str(account_uuid))
        account_id = account.id
        sites = session.execute(
            select(Site.id, Site.uuid, Site.name, Site.kind)
            .where(Site.account_id == account_id, Site.deleted_at.is_(None))
            .order_by(Site.name)
        ).all()
        people = session.execute(
            select(
                Person.id, Person.uuid, Person.full_name, Person.title, Person.department,
                Person.reports_to_id, Person.site_id, Person.attitude, Person.influence,
                Person.interest, Person.relationship_strength, Person.left_company,
                Person.left_on, Person.left_to, TeamMember.uuid.label("owner_uuid"),
                TeamMember.name.label("owner_name"),
            )
            .outerjoin(TeamMember, TeamMember.id == Person.owner_id)
            .where(Person.account_id == account_id, Person.deleted_at.is_(None))
            .order_by(Person.full_name, Person.id)
        ).all()
        in_account = select(Person.id).where(Person.account_id == account_id).scalar_subquery()
        roles = session.execute(
            select(PersonRole.person_id, PersonRole.framework, PersonRole.role)
            .where(PersonRole.person_id.in_(in_account))
            .order_by(PersonRole.framework, PersonRole.role)
        ).all()
        links = session.execute(
            select(PersonLink.uuid, PersonLink.from_person_id, PersonLink.to_person_id,
                   PersonLink.kind, PersonLink.strength, PersonLink.note)
            .where(PersonLink.from_person_id.in_(in_account))
            .order_by(PersonLink.id)
        ).all()
        last_seen = session.execute(
            select(InteractionParticipant.person_id, func.max(Interaction.occurred_at))
            .join(Interaction, Interaction.id == InteractionParticipant.interaction_id)
            .where(
                InteractionParticipant.person_id.in_(in_account),
                Interaction.deleted_at.is_(None),
                Interaction.occurred_at < cutoff,
                Interaction.kind.not_in(NOT_CONTACT_KINDS),
                Interaction.direction.not_in(NOT_CONTACT_DIRECTIONS),
            )
            .group_by(InteractionParticipant.person_id)
        ).all()
        positions = session.execute(
            select(MapPosition.person_id, MapPosition.view, MapPosition.x, MapPosition.y)
            .where(MapPosition.account_id == account_id)
        ).all()

    uuid_of = {row.id: row.uuid for row in people}
    site_of = {row.id: MapSite(row.uuid, row.name, row.kind) for row in sites}
    roles_of: dict[int, list[Role]] = {}
    for person_id, framework, role in roles:
        roles_of.setdefault(person_id, []).append(Role(framework, role))
    last_of = {person_id: _aware(value) for person_id, value in last_seen}
    placed: dict[tuple[int, str], tuple[float, float]] = {
        (row.person_id, row.view): (row.x, row.y) for row in positions
    }
    cards = []
    for row in people:
        last = last_of.get(row.id)
        site_row = site_of.get(row.site_id)
        cards.append(
            MapPerson(
                uuid=row.uuid,
                name=row.full_name,
                title=row.title,
                department=row.department,
                manager=uuid_of.get(row.reports_to_id),
                site=site_row.uuid if site_row else None,
                site_name=site_row.name if site_row else None,
                attitude=row.attitude,
                influence=row.influence,
                interest=row.interest,
                strength=row.relationship_strength,
                owner=row.owner_uuid,
                owner_name=row.owner_name,
                roles=tuple(roles_of.get(row.id, ())),
                left=bool(row.left_company) and (row.left_on is None or row.left_on <= as_of),
                left_on=row.left_on if row.left_company else None,
                left_to=row.left_to if row.left_company else None,
                last_interaction=last,
                days_since=None if last is None else max(0, (as_of - last.date()).days),
                org_position=placed.get((row.id, View.ORG.value)),
                grid_position=placed.get((row.id, View.GRID.value)),
            )
        )
    full = StakeholderMap(
        account_uuid=account_uuid,
        account_name=account.name,
        as_of=as_of,
        people=tuple(cards),
        links=tuple(
            MapLink(row.uuid, uuid_of[row.from_person_id], uuid_of[row.to_person_id], row.kind,
                    row.strength, row.note)
            for row in links
            if row.from_person_id in uuid_of and row.to_person_id in uuid_of
        ),
        sites=tuple(site_of.values()),
    )
    return full.filtered(site)


def _aware(value: datetime | str) -> datetime:
    # SQLite hands back MAX() of a timestamp as text, not through the column type.
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def resolve_site(smap: StakeholderMap, key: str) -> MapSite:
    """A site of the map's account by UUID, exact name or unique case-insensitive prefix."""
    text = key.strip()
    folded = text.casefold()
    for site in smap.sites:
        if str(site.uuid) == text or site.name == text:
            return site
    same = [s for s in smap.sites if s.name.casefold() == folded]
    if len(same) == 1:
        return same[0]
    prefixed = [s for s in smap.sites if s.name.casefold().startswith(folded)]
    if len(prefixed) == 1:
        return prefixed[0]
    if not prefixed:
        raise NotFound("site", key)
    raise Ambiguous("site", key, sorted(s.name for s in prefixed))
