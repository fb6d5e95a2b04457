"""Who a late-delivery notice goes to and who signs it, read from the account's people."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ContactKind, TeamRole
from db.models import Account, AccountTeamMember, ContactPoint, Person, PersonRole, TeamMember
from planner.notices import Recipient


def recipients_and_sender(session: Session, account_id: int) -> tuple[list[Recipient], str | None]:
    """The account's current people as possible recipients, and our account manager's name."""
    people = session.execute(
        select(Person.id, Person.full_name, Person.title, Person.relationship_strength).where(
            Person.account_id == account_id, Person.deleted_at.is_(None), Person.left_company.is_(False)
        )
    ).all()
    ids = [p.id for p in people]
    roles: dict[int, list[str]] = defaultdict(list)
    emails: dict[int, str] = {}
    if ids:
        for person_id, role in session.execute(
            select(PersonRole.person_id, PersonRole.role).where(PersonRole.person_id.in_(ids))
        ):
            roles[person_id].append(role)
        for person_id, value, _primary in session.execute(
            select(ContactPoint.person_id, ContactPoint.value, ContactPoint.is_primary)
            .where(ContactPoint.person_id.in_(ids), ContactPoint.kind == ContactKind.EMAIL)
            .order_by(ContactPoint.is_primary.desc(), ContactPoint.id)
        ):
            emails.setdefault(person_id, value)
    recipients = [
        Recipient(p.full_name, emails.get(p.id), p.title, tuple(roles.get(p.id, ())),
                  p.relationship_strength or 0)
        for p in people
    ]
    sender = session.scalar(
        select(TeamMember.name).join(Account, Account.owner_id == TeamMember.id).where(
            Account.id == account_id
        )
    )
    if sender is None:
        sender = session.scalar(
            select(TeamMember.name)
            .join(AccountTeamMember, AccountTeamMember.team_member_id == TeamMember.id)
            .where(AccountTeamMember.account_id == account_id,
                   AccountTeamMember.role == TeamRole.ACCOUNT_MANAGER)
            .limit(1)
        )
    return recipients, sender
