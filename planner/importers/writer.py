"""Writing records of one file with SQLAlchemy Core, inside that file's transaction.

Records arrive in batches; each batch costs one indexed query for the keys that
already exist (de-duplication), one multi-row INSERT for the new records and one
for their participants. Counts, rejections and proposals are kept in a Tally
that becomes the file's report.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from db.enums import Direction, ParticipantRole
from db.models import ContactPoint, Interaction, InteractionParticipant, Person
from planner.importers.bulk import UuidSupply, bulk_insert
from planner.importers.matching import AccountRef, Directory, People
from planner.importers.records import Address, InteractionRecord
from planner.importers.report import MAX_REJECTIONS_KEPT, Proposal, Reason, Rejection
from planner.importers.writer_people import PeopleWriter

I = Interaction.__table__  # noqa: E741 - short names for Core tables keep the statements readable
P = InteractionParticipant.__table__
PERSON = Person.__table__
CP = ContactPoint.__table__
_SENDING = (ParticipantRole.SENDER, ParticipantRole.ORGANIZER)


@dataclass
class Tally:
    """What one file did so far."""

    added: int = 0
    merged: int = 0
    duplicates: int = 0
    skipped: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    rejected_count: int = 0
    reasons: dict[tuple[Reason, str | None], int] = field(default_factory=dict)
    proposals: dict[str, Proposal] = field(default_factory=dict)
    people_added: int = 0
    accounts: set[int] = field(default_factory=set)
    account_uuids: set[uuid.UUID] = field(default_factory=set)

    def reject(self, rejection: Rejection) -> None:
        self.rejected_count += 1
        key = (rejection.reason, rejection.column)
        self.reasons[key] = self.reasons.get(key, 0) + 1
        if len(self.rejected) < MAX_REJECTIONS_KEPT:
            self.rejected.append(rejection)

    def rejected_by(self) -> tuple[tuple[Reason, str | None, int], ...]:
        return tuple((r, c, n) for (r, c), n in sorted(self.reasons.items(), key=lambda kv: -kv[1]))

    def touch(self, account: AccountRef) -> None:
        self.accounts.add(account.id)
        self.account_uuids.add(account.uuid)


class Writer(PeopleWriter):
    """Writes one file's records; ``forced`` is the account given by the user (--account)."""

    def __init__(
        self,
        session: Session,
        directory: Directory,
        *,
        forced: AccountRef | None,
        add_people: bool,
        source_kind: str,
        source_name: str,
    ) -> None:
        self.session = session
        self.directory = directory
        self.people = People(session, directory)
        self.forced = forced
        self.add_people = add_people
        self.source_kind = source_kind
        self.source_name = source_name[:500]
        self.tally = Tally()
        self._seen_keys: set[str] = set()
        self.now = datetime.now(UTC)
        #: The file's new records take their UUIDs from here (ascending: cheaper to index).
        self.uuids = UuidSupply()

    # -- accounts -------------------------------------------------------------------------

    def account_for(
        self, name: str | None, addresses: list[Address], row: int | None, column: str = "account"
    ) -> AccountRef | Rejection:
        """The record's account: --account, else the one it names, else by its addresses."""
        if self.forced is not None:
            return self.forced
        if name:
            found = self.directory.account_by_name(name)
            if found is not None:
                return found
            by_address = self._by_addresses(addresses)
            return by_address or Rejection(Reason.UNKNOWN_ACCOUNT, row, column, name)
        found = self._by_addresses(addresses)
        if found is None:
            shown = addresses[0].email if addresses else None
            return Rejection(Reason.NO_ACCOUNT, row, "from" if addresses else None, shown)
        return found

    def _by_addresses(self, addresses: list[Address]) -> AccountRef | None:
        for address in addresses:
            person = self.people.by_email(address.email)
            if person is not None:
                return self.directory.account(person[1])
        for address in addresses:
            found = self.directory.account_by_domain(address.domain)
            if found is not None:
                return found
        return None

    # -- interactions ---------------------------------------------------------------------

    def interactions(
        self,
        records: list[InteractionRecord],
        tallies: list[Tally] | None = None,
        names: list[str] | None = None,
    ) -> None:
        """One batch: de-duplicated by source_key, matched, inserted with their participants.

        ``tallies`` and ``names`` (parallel to ``records``) let one batch carry the records of
        several small files (a folder of mail), each counted in its own file's tally."""
        tallies = tallies or [self.tally] * len(records)
        names = names or [self.source_name] * len(records)
        keys = [r.source_key for r in records]
        emails = {a.email for r in records for a, _ in r.participants}
        if len(records) > 1 and emails:
            self.people.prefetch(emails)
            self.directory.prefetch(emails)
        existing = {
            row.source_key: row
            for row in self.session.connection().execute(
                select(
                    I.c.id,
                    I.c.source_key,
                    I.c.deleted_at,
                    I.c.occurred_at,
                    I.c.subject,
                    I.c.location,
                    I.c.duration_minutes,
                ).where(I.c.source_key.in_(keys))
            )
        }
        rows: list[dict] = []
        parties: list[list[tuple[str, int, ParticipantRole]]] = []
        added: list[Tally] = []
        for record, tally, name in zip(records, tallies, names, strict=True):
            old = existing.get(record.source_key)
            if record.cancelled:
                self._cancel(old, tally)
                continue
            if old is not None or record.source_key in self._seen_keys:
                if (
                    old is not None
                    and record.source_key.startswith("ics:")
                    and self._moved(old, record, tally)
                ):
                    continue
                tally.duplicates += 1
                continue
            participants = [a for a, _ in record.participants]
            account = self.account_for(record.account_name, participants, record.row)
            if isinstance(account, Rejection):
                tally.reject(account)
                continue
            self._seen_keys.add(record.source_key)
            tally.touch(account)
            party = self._participants(record, account, tally)
            rows.append(
                {
                    "account_id": account.id,
                    "kind": record.kind,
                    "direction": record.direction or self._direction(record),
                    "occurred_at": record.occurred_at,
                    "timezone": record.timezone,
                    "duration_minutes": record.duration_minutes,
                    "subject": record.subject,
                    "summary": record.summary,
                    "location": record.location,
                    "source_kind": self.source_kind,
                    "source_name": name[:500],
                    "source_key": record.source_key,
                }
            )
            parties.append(party)
            added.append(tally)
        if not rows:
            return
        ids = self._insert_interactions(rows)
        links = [
            {
                "interaction_id": interaction_id,
                "role": role,
                "person_id": party_id if what == "person" else None,
                "team_member_id": party_id if what == "team" else None,
            }
            for interaction_id, party in zip(ids, parties, strict=True)
            for what, party_id, role in party
        ]
        bulk_insert(self.session, P, links, self.uuids)
        for tally in added:
            tally.added += 1

    def _insert_interactions(self, rows: list[dict]) -> list[int]:
        """Insert interactions, returning their ids in order (one executemany and one lookup by
        source_key on SQLite, where INSERT … RETURNING runs row by row)."""
        conn = self.session.connection()
        if conn.dialect.name != "sqlite" or len(rows) < 2:
            statement = insert(I).returning(I.c.id, sort_by_parameter_order=True)
            return conn.execute(statement, rows).scalars().all()
        keys = [row["source_key"] for row in rows]
        bulk_insert(self.session, I, rows, self.uuids)
        found = dict(conn.execute(select(I.c.source_key, I.c.id).where(I.c.source_key.in_(keys))).all())
        return [found[key] for key in keys]

    def _cancel(self, old, tally: Tally) -> None:
        if old is not None and old.deleted_at is None:
            self.session.connection().execute(update(I).where(I.c.id == old.id).values(deleted_at=self.now))
            tally.merged += 1
        else:
            tally.skipped += 1

    def _moved(self, old, record: InteractionRecord, tally: Tally) -> bool:
        """An updated calendar occurrence (moved, renamed): update it in place; True if it changed."""
        changes = {}
        if old.occurred_at is not None and _utc(old.occurred_at) != record.occurred_at:
            changes["occurred_at"] = record.occurred_at
        for name in ("subject", "location", "duration_minutes"):
            if getattr(record, name) is not None and getattr(old, name) != getattr(record, name):
                changes[name] = getattr(record, name)
        if old.deleted_at is not None:
            changes["deleted_at"] = None
        if not changes:
            return False
        self.session.connection().execute(
            update(I).where(I.c.id == old.id).values(**changes, updated_at=self.now)
        )
        tally.merged += 1
        return True

    def _direction(self, record: InteractionRecord) -> Direction:
        senders = [a for a, role in record.participants if role in _SENDING]
        if not senders:
            return Direction.MUTUAL
        internal = self.directory.internal_domains()

        def ours(address: Address) -> bool:
            return address.domain in internal or self.directory.team_member(address.email) is not None

        if ours(senders[0]):
            others = [a for a, _ in record.participants if not ours(a)]
            return Direction.OUTBOUND if others else Direction.INTERNAL
        return Direction.INBOUND

    def _participants(
        self, record: InteractionRecord, account: AccountRef, tally: Tally
    ) -> list[tuple[str, int, ParticipantRole]]:
        found: list[tuple[str, int, ParticipantRole]] = []
        seen: set[tuple[str, int]] = set()

        def add(what: str, party_id: int, role: ParticipantRole) -> None:
            if (what, party_id) not in seen:
                seen.add((what, party_id))
                found.append((what, party_id, role))

        for address, role in record.participants:
            person = self.people.by_email(address.email)
            if person is not None:
                add("person", person[0], role)
                continue
            member = self.directory.team_member(address.email)
            if member is not None:
                add("team", member, role)
                continue
            domain_account = self.directory.account_by_domain(address.domain)
            if domain_account is None or domain_account.id != account.id:
                continue
            if self.add_people:
                name = address.name or address.email.partition("@")[0]
                add("person", self.new_person(account, name, [address.email], [], None), role)
                tally.people_added += 1
            else:
                known = tally.proposals.get(address.email)
                seen_count = known.seen + 1 if known else 1
                tally.proposals[address.email] = Proposal(
                    address.email,
                    address.name or (known.name if known else None),
                    account.uuid,
                    account.name,
                    seen_count,
                )
        for name in record.person_names:
            person_id = self.people.by_name(account.id, name)
            if person_id is not None:
                add("person", person_id, ParticipantRole.ATTENDEE)
        return found


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
