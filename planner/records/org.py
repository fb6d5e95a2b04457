"""Who is who: the client's sites and people (contacts, buying roles, ties) and our team."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as orm
from db.enums import ROLES_BY_FRAMEWORK, Attitude, ContactKind, LinkKind, RoleFramework, TeamRole
from planner.changes import Entity
from planner.records import checks
from planner.records.checks import fail
from planner.records.engine import Children, Context, EntitySpec, Records, Ref, Stamped, sync

# --------------------------------------------------------------------------- sites


@dataclass(frozen=True)
class SiteInput:
    """A plant, office or business unit of the client; ``parent`` nests units."""

    name: str
    kind: str | None = None
    city: str | None = None
    country: str | None = None
    address: str | None = None
    timezone: str | None = None
    annual_revenue: Decimal | None = None
    notes: str | None = None
    parent: uuid.UUID | None = None


@dataclass(frozen=True, kw_only=True)
class Site(SiteInput, Stamped):
    parent_name: str | None = None


def _validate_site(data: SiteInput) -> SiteInput:
    return replace(data, country=checks.country("country", data.country))


SITE = EntitySpec(
    name="site", entity=Entity.SITE, model=orm.Site, input=SiteInput, read=Site,
    refs=(Ref("parent", orm.Site, same_account=True, acyclic=True),),
    ranges={"annual_revenue": (0, None)}, validate=_validate_site, order=("name",),
    detach=((orm.Site, "parent_id"),),
)

# --------------------------------------------------------------------------- people


@dataclass(frozen=True)
class ContactInput:
    """An e-mail address or phone number; it is matched by its normalised form."""

    kind: ContactKind
    value: str
    label: str | None = None
    is_primary: bool = False


@dataclass(frozen=True)
class RoleInput:
    """One buying role under one framework (a person may hold several, in both frameworks)."""

    framework: RoleFramework
    role: str


@dataclass(frozen=True)
class PersonInput:
    """A stakeholder at the client; ``contacts`` and ``roles`` are replaced wholesale on update."""

    full_name: str
    title: str | None = None
    department: str | None = None
    site: uuid.UUID | None = None
    reports_to: uuid.UUID | None = None
    owner: uuid.UUID | None = None
    influence: int = 3
    interest: int = 3
    attitude: Attitude = Attitude.NEUTRAL
    relationship_strength: int = 0
    priorities: str | None = None
    internal_notes: str | None = None
    preferred_language: str | None = None
    birthday: date | None = None
    left_company: bool = False
    left_on: date | None = None
    left_to: str | None = None
    contacts: tuple[ContactInput, ...] = ()
    roles: tuple[RoleInput, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Person(PersonInput, Stamped):
    site_name: str | None = None
    reports_to_name: str | None = None
    owner_name: str | None = None


def _clean_contact(contact: ContactInput) -> ContactInput:
    contact = checks.clean_columns(orm.ContactPoint, contact, ("kind", "value", "label", "is_primary"))
    checks.normalized_contact(contact.kind, contact.value)
    return contact


def _clean_role(role: RoleInput) -> RoleInput:
    role = checks.clean_columns(orm.PersonRole, role, ("framework",))
    allowed = ROLES_BY_FRAMEWORK[role.framework]
    try:
        return replace(role, role=allowed(role.role))
    except ValueError:
        fail("role", f"one of {', '.join(r.value for r in allowed)} under {role.framework.value}")


def _validate_person(data: PersonInput) -> PersonInput:
    if not data.left_company:
        if data.left_on is not None:
            fail("left_on", "only for somebody who left the company")
        if data.left_to is not None:
            fail("left_to", "only for somebody who left the company")
    contacts = checks.items("contacts", data.contacts, ContactInput, _clean_contact)
    checks.unique("contacts", ((c.kind, checks.normalized_contact(c.kind, c.value)) for c in contacts),
                  "the same contact twice")
    checks.unique("contacts", (c.kind for c in contacts if c.is_primary), "one primary contact per kind")
    roles = checks.items("roles", data.roles, RoleInput, _clean_role)
    checks.unique("roles", roles, "the same role twice")
    return replace(data, contacts=contacts, roles=roles)


def _load_contacts(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, list[ContactInput]] = defaultdict(list)
    rows = session.scalars(
        select(orm.ContactPoint).where(orm.ContactPoint.person_id.in_(ids)).order_by(orm.ContactPoint.id)
    )
    for row in rows:
        found[row.person_id].append(ContactInput(row.kind, row.value, row.label, row.is_primary))
    return {i: {"contacts": tuple(found[i])} for i in ids}


def _store_contacts(ctx: Context, row: orm.Person, contacts: tuple[ContactInput, ...]) -> None:
    wanted = []
    for c in contacts:
        normalized = checks.normalized_contact(c.kind, c.value)
        values = {"kind": c.kind, "value": c.value, "value_normalized": normalized,
                  "label": c.label, "is_primary": c.is_primary}
        wanted.append(((c.kind, normalized), values))
    sync(row, "contacts", wanted, orm.ContactPoint, lambda r: (r.kind, r.value_normalized))


def _load_roles(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, list[RoleInput]] = defaultdict(list)
    rows = session.execute(
        select(orm.PersonRole.person_id, orm.PersonRole.framework, orm.PersonRole.role)
        .where(orm.PersonRole.person_id.in_(ids)).order_by(orm.PersonRole.id)
    )
    for person_id, framework, role in rows:
        found[person_id].append(RoleInput(framework, ROLES_BY_FRAMEWORK[framework](role)))
    return {i: {"roles": tuple(found[i])} for i in ids}


def _store_roles(ctx: Context, row: orm.Person, roles: tuple[RoleInput, ...]) -> None:
    wanted = [((r.framework, str(r.role)), {"framework": r.framework, "role": str(r.role)}) for r in roles]
    sync(row, "roles", wanted, orm.PersonRole, lambda r: (r.framework, r.role))


PERSON = EntitySpec(
    name="person", entity=Entity.PERSON, model=orm.Person, input=PersonInput, read=Person,
    refs=(
        Ref("site", orm.Site, same_account=True),
        Ref("reports_to", orm.Person, label="full_name", same_account=True, acyclic=True),
        Ref("owner", orm.TeamMember),
    ),
    children=(Children("contacts", _load_contacts, _store_contacts),
              Children("roles", _load_roles, _store_roles)),
    ranges={"influence": (1, 5), "interest": (1, 5), "relationship_strength": (0, 5)},
    validate=_validate_person, order=("full_name",),
    detach=((orm.Person, "reports_to_id"),),
)

# --------------------------------------------------------------------------- person links


@dataclass(frozen=True)
class PersonLinkInput:
    """An informal tie (influence, ally, conflict) from one person to another of the same account."""

    from_person: uuid.UUID
    to_person: uuid.UUID
    kind: LinkKind = LinkKind.INFLUENCE
    strength: int = 3
    note: str | None = None


@dataclass(frozen=True, kw_only=True)
class PersonLink(PersonLinkInput, Stamped):
    from_person_name: str | None = None
    to_person_name: str | None = None


def _validate_link(data: PersonLinkInput) -> PersonLinkInput:
    if data.from_person == data.to_person:
        fail("to_person", "a link joins two different people")
    return data


def _check_link(ctx: Context, data: PersonLinkInput, values: dict[str, Any]) -> None:
    query = select(orm.PersonLink.id).where(
        orm.PersonLink.from_person_id == values["from_person_id"],
        orm.PersonLink.to_person_id == values["to_person_id"],
        orm.PersonLink.kind == values["kind"],
    )
    if ctx.row is not None:
        query = query.where(orm.PersonLink.id != ctx.row.id)
    if ctx.session.scalar(query) is not None:
        fail("kind", "these two people are already linked this way")


PERSON_LINK = EntitySpec(
    name="person_link", entity=Entity.PERSON, model=orm.PersonLink, input=PersonLinkInput,
    read=PersonLink, parent_fk=None,
    account_path=((orm.PersonLink, "from_person_id"), (orm.Person, "account_id")),
    refs=(Ref("from_person", orm.Person, label="full_name", same_account=True),
          Ref("to_person", orm.Person, label="full_name", same_account=True)),
    ranges={"strength": (1, 5)}, validate=_validate_link, check=_check_link,
)

# --------------------------------------------------------------------------- our team


@dataclass(frozen=True)
class TeamMemberInput:
    """Somebody on our side; shared by all accounts (``parent_uuid`` is None)."""

    name: str
    email: str | None = None
    phone: str | None = None
    title: str | None = None
    department: str | None = None
    active: bool = True


@dataclass(frozen=True, kw_only=True)
class TeamMember(TeamMemberInput, Stamped):
    pass


def _validate_member(data: TeamMemberInput) -> TeamMemberInput:
    checks.phone("phone", data.phone)
    return replace(data, email=checks.email("email", data.email))


TEAM_MEMBER = EntitySpec(
    name="team_member", entity=Entity.TEAM_MEMBER, model=orm.TeamMember, input=TeamMemberInput,
    read=TeamMember, parent=None, parent_fk=None, validate=_validate_member, order=("name",),
)


@dataclass(frozen=True)
class AccountTeamMemberInput:
    """A team member's role on one account (one row per role)."""

    team_member: uuid.UUID
    role: TeamRole = TeamRole.ACCOUNT_MANAGER


@dataclass(frozen=True, kw_only=True)
class AccountTeamMember(AccountTeamMemberInput, Stamped):
    team_member_name: str | None = None


def _check_team_role(ctx: Context, data: AccountTeamMemberInput, values: dict[str, Any]) -> None:
    model = orm.AccountTeamMember
    query = select(model.id).where(
        model.account_id == ctx.account_id,
        model.team_member_id == values["team_member_id"],
        model.role == values["role"],
    )
    if ctx.row is not None:
        query = query.where(model.id != ctx.row.id)
    if ctx.session.scalar(query) is not None:
        fail("role", "this team member already has this role on the account")


ACCOUNT_TEAM_MEMBER = EntitySpec(
    name="account_team_member", entity=Entity.TEAM_MEMBER, model=orm.AccountTeamMember,
    input=AccountTeamMemberInput, read=AccountTeamMember,
    refs=(Ref("team_member", orm.TeamMember),), check=_check_team_role, order=("role",),
)

sites: Records[SiteInput, Site] = Records(SITE)
people: Records[PersonInput, Person] = Records(PERSON)
person_links: Records[PersonLinkInput, PersonLink] = Records(PERSON_LINK)
team_members: Records[TeamMemberInput, TeamMember] = Records(TEAM_MEMBER)
account_team: Records[AccountTeamMemberInput, AccountTeamMember] = Records(ACCOUNT_TEAM_MEMBER)
