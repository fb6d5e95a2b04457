"""Normalised records the parsers produce and the writer stores.

Every parser turns its format into these plain records (or Rejections), so
matching, de-duplication and writing are the same for mail, calendars and sheets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from db.enums import (
    ContactKind,
    DeliveryStatus,
    Direction,
    InteractionKind,
    OrderStatus,
    ParticipantRole,
    SurveyKind,
    TicketKind,
    TicketSeverity,
    TicketStatus,
)


@dataclass(frozen=True, slots=True)
class Address:
    """An e-mail address (lower-cased) with the display name it came with."""

    email: str
    name: str | None = None

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]


@dataclass(slots=True)
class InteractionRecord:
    """A mail, meeting, call or note, with its de-duplication key."""

    source_key: str
    kind: InteractionKind
    occurred_at: datetime
    subject: str | None = None
    summary: str | None = None
    timezone: str | None = None
    duration_minutes: int | None = None
    location: str | None = None
    direction: Direction | None = None
    participants: list[tuple[Address, ParticipantRole]] = field(default_factory=list)
    #: Names of people (spreadsheets name people rather than give addresses).
    person_names: list[str] = field(default_factory=list)
    #: An account named by the source (a spreadsheet column), matched by name.
    account_name: str | None = None
    #: A cancelled calendar occurrence: removes an earlier import of it, adds nothing.
    cancelled: bool = False
    row: int | None = None


@dataclass(slots=True)
class ContactRecord:
    """A person from a vCard, an Outlook contact or a contacts sheet."""

    full_name: str | None
    emails: list[tuple[str, str | None]] = field(default_factory=list)  # (address, label)
    phones: list[tuple[str, ContactKind, str | None]] = field(default_factory=list)
    title: str | None = None
    department: str | None = None
    organization: str | None = None
    birthday: date | None = None
    note: str | None = None
    account_name: str | None = None
    row: int | None = None


@dataclass(slots=True)
class OrderLineRecord:
    """One row of an order export: its order's number and date, and one product line."""

    number: str
    ordered_on: date
    product_line: str
    product: str | None
    quantity: Decimal
    amount: Decimal
    unit: str | None = None
    currency: str | None = None
    status: OrderStatus | None = None
    account_name: str | None = None
    row: int | None = None


@dataclass(slots=True)
class DeliveryRecord:
    promised_on: date
    key: str
    order_number: str | None = None
    delivered_on: date | None = None
    product_line: str | None = None
    quantity: Decimal | None = None
    status: DeliveryStatus | None = None
    carrier: str | None = None
    delay_reason: str | None = None
    account_name: str | None = None
    row: int | None = None


@dataclass(slots=True)
class TicketRecord:
    subject: str
    opened_at: datetime
    key: str
    number: str | None = None
    kind: TicketKind | None = None
    severity: TicketSeverity | None = None
    status: TicketStatus | None = None
    category: str | None = None
    product_line: str | None = None
    description: str | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    resolution: str | None = None
    account_name: str | None = None
    row: int | None = None


@dataclass(slots=True)
class SurveyRecord:
    kind: SurveyKind
    score: int
    scale_max: int
    responded_at: datetime
    key: str
    comment: str | None = None
    survey_name: str | None = None
    person_email: str | None = None
    person_name: str | None = None
    account_name: str | None = None
    row: int | None = None


Record = InteractionRecord | ContactRecord | OrderLineRecord | DeliveryRecord | TicketRecord | SurveyRecord


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record passed over on purpose (an empty card, a to-do in a calendar)."""

    row: int | None = None
    what: str | None = None
