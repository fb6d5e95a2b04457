"""What an import did, per file and per batch: structured codes the CLI and the UI word.

Reasons are codes with their details (row, column, value), never English
sentences, so the same report reads in English in the CLI and in Russian in the UI.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from planner.changes import Changes


class FileStatus(StrEnum):
    IMPORTED = "imported"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    #: The user cancelled while this file was in flight: it was rolled back.
    CANCELLED = "cancelled"
    #: The batch was cancelled before this file was reached.
    NOT_STARTED = "not_started"


class Reason(StrEnum):
    """Why a file failed or a record was rejected."""

    # whole file
    UNREADABLE = "unreadable"  # cannot be opened or read
    UNKNOWN_FORMAT = "unknown_format"  # content is none of the formats we know
    BINARY = "binary"  # binary junk where text was expected
    TRUNCATED = "truncated"  # ends in the middle of a structure
    UNSUPPORTED = "unsupported"  # a format we recognise but do not import (.xls, a task list…)
    EMPTY = "empty"  # nothing in it
    KIND_MISMATCH = "kind_mismatch"  # --kind asks for something the file does not hold
    MISSING_COLUMNS = "missing_columns"  # required columns not found in the header
    BAD_MAPPING = "bad_mapping"  # the given column mapping names unknown columns or fields
    ENCODING = "encoding"  # bytes that do not decode in the detected encoding
    NOTHING_IMPORTABLE = "nothing_importable"  # every record was rejected
    TOO_LARGE = "too_large"
    # one record
    MISSING_VALUE = "missing_value"
    BAD_DATE = "bad_date"
    BAD_NUMBER = "bad_number"
    BAD_EMAIL = "bad_email"
    BAD_VALUE = "bad_value"  # not one of the allowed values (kind, status, severity…)
    NEGATIVE = "negative"  # a quantity or score below zero (returns, credit notes)
    NO_ACCOUNT = "no_account"  # no account found for the record (give --account)
    UNKNOWN_ACCOUNT = "unknown_account"  # the account named in the row does not exist
    NO_NAME = "no_name"  # a contact with neither a name nor an address
    TOO_LONG = "too_long"


@dataclass(frozen=True, slots=True)
class Rejection:
    """One record left out, or the reason a whole file failed (then ``row`` may be None)."""

    reason: Reason
    row: int | None = None
    column: str | None = None
    value: str | None = None
    #: Extra facts for the wording (expected columns, the encoding tried…), never prose.
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """An unknown address at a known account's domain, offered as a new person."""

    email: str
    name: str | None
    account_uuid: uuid.UUID
    account_name: str
    #: How many imported records mention the address.
    seen: int = 1


@dataclass(frozen=True, slots=True)
class FileReport:
    """The outcome of one file: counts, rejections, and why it failed if it did."""

    path: str
    #: What the file holds: email, calendar, contacts, interactions, orders, deliveries, tickets, surveys.
    kind: str | None
    #: How it is written: eml, mbox, msg, ics, vcf, csv, xlsx.
    format: str | None
    status: FileStatus
    added: int = 0
    merged: int = 0
    duplicates: int = 0
    #: Records deliberately passed over (cancelled meetings, empty cards), not errors.
    skipped: int = 0
    rejected: tuple[Rejection, ...] = ()
    #: How many rejections there were in all (``rejected`` keeps the first ones only).
    rejected_count: int = 0
    #: All rejections counted by (reason, column), most frequent first: the whole story in a line.
    rejected_by: tuple[tuple[Reason, str | None, int], ...] = ()
    error: Rejection | None = None
    proposals: tuple[Proposal, ...] = ()
    #: People created from proposals (``add_people``).
    people_added: int = 0
    #: The column mapping used for a spreadsheet: source column -> planner field.
    mapping: dict[str, str] | None = None
    accounts: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportReport:
    """A batch: one report per file, what changed (for the UI's refresh), and the totals."""

    files: tuple[FileReport, ...]
    changes: Changes = field(default_factory=Changes)
    dry_run: bool = False
    cancelled: bool = False

    @property
    def failed(self) -> bool:
        return any(f.status is FileStatus.FAILED for f in self.files)

    @property
    def proposals(self) -> tuple[Proposal, ...]:
        seen: dict[str, Proposal] = {}
        for report in self.files:
            for proposal in report.proposals:
                seen.setdefault(proposal.email, proposal)
        return tuple(seen.values())

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)


#: A file keeps at most this many rejections in its report (the count says how many in all).
MAX_REJECTIONS_KEPT = 200


class ImportFailure(Exception):
    """Raised inside a parser or writer: the whole file fails and is rolled back."""

    def __init__(
        self,
        reason: Reason,
        *,
        row: int | None = None,
        column: str | None = None,
        value: object = None,
        detail: str | None = None,
    ) -> None:
        shown = None if value is None else str(value)[:200]
        if detail is not None:
            detail = " ".join(str(detail).split())
            detail = detail if len(detail) <= 160 else detail[:159] + "…"
        self.rejection = Rejection(reason, row, column, shown, detail)
        super().__init__(f"{reason}: row={row} column={column} value={shown!r} {detail or ''}")


class ImportCancelled(Exception):
    """The user cancelled: the file in flight is rolled back and the batch stops."""
