"""Writing people: new persons with their contact points, and contacts merged into the
person with the same address or a close name (never a duplicate on re-import)."""

from __future__ import annotations

import uuid

from sqlalchemy import insert, select, update

from db.enums import ContactKind
from db.models import ContactPoint, Person
from planner.importers.bulk import bulk_insert
from planner.importers.matching import AccountRef
from planner.importers.normalize import normalize_phone
from planner.importers.records import Address, ContactRecord
from planner.importers.report import Reason, Rejection

PERSON = Person.__table__
CP = ContactPoint.__table__


class PeopleWriter:
    """The people half of the Writer (it provides session, people, tally, account_for)."""

    def new_person(
        self,
        account: AccountRef,
        name: str,
        emails: list[str],
        phones: list[tuple[str, ContactKind, str | None]],
        record: ContactRecord | None,
    ) -> int:
        values = {"uuid": uuid.uuid4(), "account_id": account.id, "full_name": name[:200]}
        if record is not None:
            values.update(
                title=record.title,
                department=record.department,
                birthday=record.birthday,
                priorities=None,
                internal_notes=record.note,
            )
        person_id = (
            self.session.connection().execute(insert(PERSON).returning(PERSON.c.id), values).scalar_one()
        )
        self._contact_points(person_id, emails, phones, primary=True)
        self.people.remember(person_id, account.id, name, emails)
        return person_id

    def _contact_points(
        self,
        person_id: int,
        emails: list[str],
        phones: list[tuple[str, ContactKind, str | None]],
        *,
        primary: bool,
        labels: dict[str, str | None] | None = None,
    ) -> int:
        rows = [
            {
                "person_id": person_id,
                "kind": ContactKind.EMAIL,
                "value": e,
                "value_normalized": e,
                "label": (labels or {}).get(e),
                "is_primary": primary and i == 0,
            }
            for i, e in enumerate(emails)
        ]
        rows += [
            {
                "person_id": person_id,
                "kind": kind,
                "value": value,
                "value_normalized": normalize_phone(value),
                "label": label,
                "is_primary": False,
            }
            for value, kind, label in phones
        ]
        bulk_insert(self.session, CP, rows)
        return len(rows)

    def contact(self, record: ContactRecord) -> None:
        """Add a person, or merge into the one with the same address or a close name."""
        emails = [e for e, _ in record.emails]
        addresses = [Address(e) for e in emails]
        account = self.account_for(
            record.account_name or record.organization,
            addresses,
            record.row,
            "ORG" if self.source_kind == "vcf" else "account",
        )
        if isinstance(account, Rejection):
            if account.reason is Reason.UNKNOWN_ACCOUNT and record.account_name is None:
                account = Rejection(Reason.NO_ACCOUNT, account.row, account.column, account.value)
            self.tally.reject(account)
            return
        self.tally.touch(account)
        name = record.full_name or (emails[0].partition("@")[0] if emails else "?")
        person_id = None
        for email in emails:
            found = self.people.by_email(email)
            if found is not None:
                person_id = found[0]
                break
        if person_id is None and record.full_name:
            person_id = self.people.by_name(account.id, record.full_name)
        if person_id is None:
            self.new_person(account, name, emails, record.phones, record)
            self.tally.added += 1
            return
        if self._merge(person_id, record, emails):
            self.people.remember(person_id, account.id, None, emails)
            self.tally.merged += 1
        else:
            self.tally.duplicates += 1

    def _merge(self, person_id: int, record: ContactRecord, emails: list[str]) -> bool:
        """Add what the record knows and the person lacks; True if anything was added."""
        known = {
            (kind, value)
            for kind, value in self.session.connection().execute(
                select(CP.c.kind, CP.c.value_normalized).where(CP.c.person_id == person_id)
            )
        }
        new_emails = [e for e in emails if (ContactKind.EMAIL, e) not in known]
        new_phones = [
            p
            for p in record.phones
            if (p[1], normalize_phone(p[0])) not in known
            and (ContactKind.PHONE, normalize_phone(p[0])) not in known
            and (ContactKind.MOBILE, normalize_phone(p[0])) not in known
        ]
        added = self._contact_points(
            person_id, new_emails, new_phones, primary=False, labels=dict(record.emails)
        )
        current = (
            self.session.connection()
            .execute(
                select(PERSON.c.title, PERSON.c.department, PERSON.c.birthday).where(PERSON.c.id == person_id)
            )
            .one()
        )
        fill = {
            name: getattr(record, name)
            for name in ("title", "department", "birthday")
            if getattr(current, name) is None and getattr(record, name) is not None
        }
        if fill:
            self.session.connection().execute(
                update(PERSON).where(PERSON.c.id == person_id).values(**fill, updated_at=self.now)
            )
        return bool(added or fill)
