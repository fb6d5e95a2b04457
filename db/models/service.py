"""How we serve the account: tickets and complaints, quality, SLAs and satisfaction."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Record, SoftDeleted, enum_type
from db.enums import (
    SlaDirection,
    SlaMetric,
    SlaPeriod,
    SurveyKind,
    TicketKind,
    TicketSeverity,
    TicketStatus,
)
from db.types import Measure, Quantity, UTCDateTime


class Ticket(Record, SoftDeleted, Base):
    """A service request, incident or complaint raised by the client."""

    __tablename__ = "ticket"
    __table_args__ = (Index("ix_ticket_account_opened", "account_id", "opened_at"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    raised_by_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL")
    )
    number: Mapped[str | None] = mapped_column(String(80))
    kind: Mapped[TicketKind] = mapped_column(enum_type(TicketKind), default=TicketKind.REQUEST)
    subject: Mapped[str] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    severity: Mapped[TicketSeverity] = mapped_column(
        enum_type(TicketSeverity), default=TicketSeverity.MEDIUM
    )
    category: Mapped[str | None] = mapped_column(String(120))
    product_line: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[TicketStatus] = mapped_column(enum_type(TicketStatus), default=TicketStatus.OPEN)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(Text)
    source_key: Mapped[str | None] = mapped_column(String(500), unique=True)


class QualityRecord(Record, Base):
    """Inspected and defective units for a product line over a period (gives ppm)."""

    __tablename__ = "quality_record"
    __table_args__ = (
        CheckConstraint("defects >= 0", name="defects"),
        CheckConstraint("units_inspected >= 0", name="units"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    recorded_on: Mapped[date] = mapped_column(Date)
    product_line: Mapped[str | None] = mapped_column(String(120))
    units_inspected: Mapped[Decimal] = mapped_column(Quantity)
    defects: Mapped[Decimal] = mapped_column(Quantity)
    notes: Mapped[str | None] = mapped_column(Text)


class SlaDefinition(Record, SoftDeleted, Base):
    """What we promised the client on one metric, and when to start worrying."""

    __tablename__ = "sla_definition"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    metric: Mapped[SlaMetric] = mapped_column(enum_type(SlaMetric))
    #: Name of a custom metric, or a label that refines a standard one.
    name: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(20))  # %, days, hours, ppm, points
    target: Mapped[Decimal] = mapped_column(Measure)
    direction: Mapped[SlaDirection] = mapped_column(enum_type(SlaDirection))
    period: Mapped[SlaPeriod] = mapped_column(enum_type(SlaPeriod), default=SlaPeriod.MONTH)
    #: The value at which the metric is "at risk" before it breaches the target.
    warning_threshold: Mapped[Decimal | None] = mapped_column(Measure)
    product_line: Mapped[str | None] = mapped_column(String(120))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class SurveyResponse(Record, Base):
    """One answer to an NPS, CSAT or CES survey; answers are added, never overwritten."""

    __tablename__ = "survey_response"
    __table_args__ = (
        Index("ix_survey_account_time", "account_id", "responded_at"),
        CheckConstraint("score >= 0", name="score"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    kind: Mapped[SurveyKind] = mapped_column(enum_type(SurveyKind))
    score: Mapped[int] = mapped_column(Integer)
    #: The scale's top (10 for NPS, 5 for CSAT, 7 for CES), so scores stay comparable.
    scale_max: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    survey_name: Mapped[str | None] = mapped_column(String(200))
    responded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source_key: Mapped[str | None] = mapped_column(String(500), unique=True)
