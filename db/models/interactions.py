"""Every touch with the client: mail, calls, meetings, visits, notes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record, SoftDeleted, enum_type
from db.enums import Direction, InteractionKind, ParticipantRole, Sentiment
from db.types import UTCDateTime


class Interaction(Record, SoftDeleted, Base):
    """One contact with the client, stored in UTC with the zone it happened in."""

    __tablename__ = "interaction"
    __table_args__ = (
        # Covers the per-account aggregates over time (engagement, last contact, alerts):
        # they read these columns only, so they never touch the million-row table itself.
        Index("ix_interaction_account_time", "account_id", "occurred_at", "kind", "direction", "deleted_at"),
        CheckConstraint("duration_minutes >= 0", name="duration"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    kind: Mapped[InteractionKind] = mapped_column(enum_type(InteractionKind))
    direction: Mapped[Direction] = mapped_column(enum_type(Direction), default=Direction.OUTBOUND)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: IANA (or Windows) zone the interaction happened in, for display in local time.
    timezone: Mapped[str | None] = mapped_column(String(64))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str | None] = mapped_column(String(500))
    summary: Mapped[str | None] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(300))
    sentiment: Mapped[Sentiment | None] = mapped_column(enum_type(Sentiment))
    #: Follow-up we promised; open until done.
    next_step: Mapped[str | None] = mapped_column(Text)
    source_kind: Mapped[str | None] = mapped_column(String(20))  # eml, msg, ics, vcf, csv, manual
    source_name: Mapped[str | None] = mapped_column(String(500))
    #: Message-ID, or calendar UID + recurrence id: the de-duplication key of imports.
    source_key: Mapped[str | None] = mapped_column(String(1000), unique=True)

    participants: Mapped[list[InteractionParticipant]] = relationship(
        back_populates="interaction", cascade="all, delete-orphan"
    )


class InteractionParticipant(Record, Base):
    """A person or team member who took part in an interaction."""

    __tablename__ = "interaction_participant"
    __table_args__ = (
        CheckConstraint(
            "(person_id IS NULL) <> (team_member_id IS NULL)", name="exactly_one_party"
        ),
    )

    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    team_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[ParticipantRole] = mapped_column(
        enum_type(ParticipantRole), default=ParticipantRole.ATTENDEE
    )

    interaction: Mapped[Interaction] = relationship(back_populates="participants")

