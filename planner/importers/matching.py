"""Matching imported records to what the database knows: accounts, people, our team.

Every lookup goes through an index (contact_point(kind, value_normalized),
account_domain(domain), account name) and is cached for the batch, so a
folder of 10,000 mails costs a few queries per new address, never a table scan
or a table held in memory. Only one account's people are held at a time, for
the fuzzy name match.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import ContactKind
from db.models import Account, AccountDomain, ContactPoint, Person, TeamMember
from planner.importers.normalize import name_key

#: rapidfuzz token-sort ratio (0-100) from which two names are the same person.
NAME_MATCH_SCORE = 90


@dataclass(frozen=True)
class AccountRef:
    id: int
    uuid: uuid.UUID
    name: str
    currency: str


class Directory:
    """Accounts, domains and team members: shared by all files of a batch (imports don't change them)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._accounts_by_id: dict[int, AccountRef] = {}
        self._by_name: dict[str, AccountRef] | None = None
        self._named: dict[str, AccountRef | None] = {}
        self._domains: dict[str, AccountRef | None] = {}
        self._team: dict[str, int | None] = {}
        self._internal: set[str] | None = None
        #: What the database holds (committed files included), shared by the files of the batch.
        self.person_emails: dict[str, tuple[int, int] | None] = {}
        self.person_names: dict[int, list[tuple[str, int]]] = {}

    def account(self, account_id: int) -> AccountRef:
        ref = self._accounts_by_id.get(account_id)
        if ref is None:
            row = (
                self.session.connection()
                .execute(
                    select(Account.id, Account.uuid, Account.name, Account.currency).where(
                        Account.id == account_id
                    )
                )
                .one()
            )
            ref = self._accounts_by_id[account_id] = AccountRef(*row)
        return ref

    def account_by_uuid(self, account_uuid: uuid.UUID) -> AccountRef | None:
        row = (
            self.session.connection()
            .execute(
                select(Account.id, Account.uuid, Account.name, Account.currency).where(
                    Account.uuid == account_uuid, Account.deleted_at.is_(None)
                )
            )
            .one_or_none()
        )
        return AccountRef(*row) if row else None

    def account_by_name(self, name: str) -> AccountRef | None:
        """An account by its name, case and ё/е ignored (accounts are few: their names are cached)."""
        if name in self._named:
            return self._named[name]
        if self._by_name is None:
            self._by_name = {}
            rows = self.session.connection().execute(
                select(Account.id, Account.uuid, Account.name, Account.currency).where(
                    Account.deleted_at.is_(None)
                )
            )
            for row in rows:
                ref = AccountRef(*row)
                self._by_name.setdefault(name_key(ref.name), ref)
                self._accounts_by_id[ref.id] = ref
        found = self._named[name] = self._by_name.get(name_key(name))
        return found

    def account_by_domain(self, domain: str) -> AccountRef | None:
        """The account owning a mail domain, or a parent domain of it (mail.client.ru -> client.ru)."""
        if domain in self._domains:
            return self._domains[domain]
        parts = domain.split(".")
        candidates = [".".join(parts[i:]) for i in range(len(parts) - 1)]
        found = None
        if candidates:
            rows = dict(
                self.session.connection()
                .execute(
                    select(AccountDomain.domain, AccountDomain.account_id)
                    .join(Account, Account.id == AccountDomain.account_id)
                    .where(AccountDomain.domain.in_(candidates), Account.deleted_at.is_(None))
                )
                .all()
            )
            for candidate in candidates:
                if candidate in rows:
                    found = self.account(rows[candidate])
                    break
        self._domains[domain] = found
        return found

    def prefetch(self, emails: set[str]) -> None:
        """Look up many addresses' team members and domains in two queries (a batch of mail)."""
        emails = {e for e in emails if e not in self._team}
        if emails:
            found = dict(
                self.session.connection()
                .execute(
                    select(func.lower(TeamMember.email), TeamMember.id).where(
                        func.lower(TeamMember.email).in_(emails), TeamMember.deleted_at.is_(None)
                    )
                )
                .all()
            )
            for email in emails:
                self._team[email] = found.get(email)
        domains = {e.rpartition("@")[2] for e in emails} - set(self._domains)
        candidates = {".".join(d.split(".")[i:]) for d in domains for i in range(len(d.split(".")) - 1)}
        if candidates:
            rows = dict(
                self.session.connection()
                .execute(
                    select(AccountDomain.domain, AccountDomain.account_id)
                    .join(Account, Account.id == AccountDomain.account_id)
                    .where(AccountDomain.domain.in_(candidates), Account.deleted_at.is_(None))
                )
                .all()
            )
            for domain in domains:
                parts = domain.split(".")
                owner = next(
                    (rows[".".join(parts[i:])] for i in range(len(parts) - 1) if ".".join(parts[i:]) in rows),
                    None,
                )
                self._domains[domain] = self.account(owner) if owner is not None else None

    def team_member(self, email: str) -> int | None:
        if email not in self._team:
            self._team[email] = self.session.connection().scalar(
                select(TeamMember.id)
                .where(func.lower(TeamMember.email) == email, TeamMember.deleted_at.is_(None))
                .limit(1)
            )
        return self._team[email]

    def internal_domains(self) -> set[str]:
        """Our own mail domains: those of the team members' addresses."""
        if self._internal is None:
            emails = self.session.connection().scalars(
                select(TeamMember.email).where(TeamMember.email.is_not(None)).distinct().limit(1000)
            )
            self._internal = {e.lower().rpartition("@")[2] for e in emails if e and "@" in e}
        return self._internal


class People:
    """People lookups for one file, over the batch's cache of what the database holds.

    What this file creates stays in its own overlay until the file is committed
    (``commit``): a rolled-back file leaves no trace in the batch's cache.
    """

    def __init__(self, session: Session, directory: Directory) -> None:
        self.session = session
        self._shared_emails = directory.person_emails
        self._shared_names = directory.person_names
        self._emails: dict[str, tuple[int, int]] = {}
        self._names: dict[int, list[tuple[str, int]]] = {}

    def by_email(self, email: str) -> tuple[int, int] | None:
        """(person id, account id) of the live person with this address."""
        found = self._emails.get(email)
        if found is not None:
            return found
        if email not in self._shared_emails:
            row = (
                self.session.connection()
                .execute(
                    select(Person.id, Person.account_id)
                    .join(ContactPoint, ContactPoint.person_id == Person.id)
                    .where(
                        ContactPoint.kind == ContactKind.EMAIL,
                        ContactPoint.value_normalized == email,
                        Person.deleted_at.is_(None),
                    )
                    .order_by(Person.id)
                    .limit(1)
                )
                .first()
            )
            self._shared_emails[email] = (row[0], row[1]) if row else None
        return self._shared_emails[email]

    def prefetch(self, emails: set[str]) -> None:
        """Look up many addresses in one query (a batch of mail)."""
        wanted = {e for e in emails if e not in self._emails and e not in self._shared_emails}
        if not wanted:
            return
        rows = (
            self.session.connection()
            .execute(
                select(ContactPoint.value_normalized, Person.id, Person.account_id)
                .join(Person, ContactPoint.person_id == Person.id)
                .where(
                    ContactPoint.kind == ContactKind.EMAIL,
                    ContactPoint.value_normalized.in_(wanted),
                    Person.deleted_at.is_(None),
                )
                .order_by(Person.id)
            )
            .all()
        )
        for email in wanted:
            self._shared_emails[email] = None
        for email, person_id, account_id in reversed(rows):
            self._shared_emails[email] = (person_id, account_id)  # the oldest person wins

    def by_name(self, account_id: int, name: str) -> int | None:
        """The account's person whose name is closest to ``name``, if close enough (rapidfuzz)."""
        from rapidfuzz import fuzz, process

        choices = self._account_names(account_id)
        if not choices:
            return None
        key = name_key(name)
        for known, person_id in choices:
            if known == key:
                return person_id
        match = process.extractOne(
            key, [k for k, _ in choices], scorer=fuzz.token_sort_ratio, score_cutoff=NAME_MATCH_SCORE
        )
        return choices[match[2]][1] if match else None

    def _account_names(self, account_id: int) -> list[tuple[str, int]]:
        if account_id not in self._names:
            if account_id not in self._shared_names:
                rows = self.session.connection().execute(
                    select(Person.full_name, Person.id).where(
                        Person.account_id == account_id, Person.deleted_at.is_(None)
                    )
                )
                self._shared_names[account_id] = [(name_key(n), i) for n, i in rows]
            self._names[account_id] = list(self._shared_names[account_id])
        return self._names[account_id]

    def remember(self, person_id: int, account_id: int, name: str | None, emails: list[str]) -> None:
        """Make a person created in this file findable by the file's later records."""
        for email in emails:
            self._emails[email] = (person_id, account_id)
        if name:
            self._account_names(account_id).append((name_key(name), person_id))

    def commit(self) -> None:
        """The file was committed: what it created joins the batch's cache."""
        self._shared_emails.update(self._emails)
        self._shared_names.update(self._names)
