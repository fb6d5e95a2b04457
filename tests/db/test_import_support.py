"""Helpers for the importer and timeline tests: a small portfolio built with the services
and Core inserts, and mail/calendar files written on the fly."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from db.enums import ContactKind
from db.models import Account, AccountDomain, ContactPoint, Person, TeamMember
from planner.services import accounts
from planner.services.accounts import AccountInput


@dataclass
class Portfolio:
    ural: uuid.UUID
    nord: uuid.UUID
    anna: uuid.UUID
    klaus: uuid.UUID
    max: uuid.UUID


def seed(db) -> Portfolio:
    """Two accounts with mail domains, one known person each, one team member."""
    ural = accounts.create(db, AccountInput(name="Уралсталь", currency="RUB")).created[0]
    nord = accounts.create(db, AccountInput(name="Nordwerk Automotive")).created[0]
    ids = {}
    with db.session.begin() as session:
        for account_uuid, domain in ((ural, "uralsteel.ru"), (nord, "nordwerk.de")):
            account_id = session.scalar(select(Account.id).where(Account.uuid == account_uuid))
            session.execute(
                insert(AccountDomain.__table__),
                {"uuid": uuid.uuid4(), "account_id": account_id, "domain": domain},
            )
            ids[account_uuid] = account_id
        people = {}
        for account_uuid, name, email in (
            (ural, "Анна Петрова", "anna@uralsteel.ru"),
            (nord, "Klaus Meier", "klaus@nordwerk.de"),
        ):
            person_uuid = uuid.uuid4()
            person_id = session.execute(
                insert(Person.__table__).returning(Person.__table__.c.id),
                {
                    "uuid": person_uuid,
                    "account_id": ids[account_uuid],
                    "full_name": name,
                },
            ).scalar_one()
            session.execute(
                insert(ContactPoint.__table__),
                {
                    "uuid": uuid.uuid4(),
                    "person_id": person_id,
                    "kind": ContactKind.EMAIL,
                    "value": email,
                    "value_normalized": email,
                    "is_primary": True,
                },
            )
            people[name] = person_uuid
        max_uuid = uuid.uuid4()
        session.execute(
            insert(TeamMember.__table__),
            {"uuid": max_uuid, "name": "Max Team", "email": "Max@OurCompany.com"},
        )
    return Portfolio(ural, nord, people["Анна Петрова"], people["Klaus Meier"], max_uuid)


def mail(
    folder: Path,
    name: str,
    *,
    sender: str,
    to: str,
    subject: str,
    when: datetime | None = None,
    message_id: str | None = None,
    body: str = "Hello",
    cc: str | None = None,
) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = format_datetime(when or datetime(2025, 3, 4, 10, 0, tzinfo=UTC))
    message["Message-ID"] = message_id or f"<{uuid.uuid4()}@test>"
    message.set_content(body)
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(message.as_bytes())
    return path


def count(db, model) -> int:
    with db.session.begin() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_seed_builds_a_small_portfolio(sqlite_db):
    portfolio = seed(sqlite_db)
    assert count(sqlite_db, Person) == 2 and portfolio.ural != portfolio.nord
