"""The key account, its buying centres, its lifecycle, contracts and competitors."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record, SoftDeleted, enum_type
from db.enums import ContractStatus, LifecycleStage, TeamRole, Tier
from db.types import Measure, Money, UTCDateTime


class Account(Record, SoftDeleted, Base):
    """A customer that carries a large share of our profit or growth."""

    __tablename__ = "account"

    name: Mapped[str] = mapped_column(String(200), index=True)
    legal_name: Mapped[str | None] = mapped_column(String(300))
    industry: Mapped[str | None] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    tier: Mapped[Tier] = mapped_column(enum_type(Tier), default=Tier.KEY)
    stage: Mapped[LifecycleStage] = mapped_column(
        enum_type(LifecycleStage), default=LifecycleStage.GROWTH
    )
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    #: The client's own language, for notices and client-facing briefings.
    language: Mapped[str] = mapped_column(String(8), default="en")
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money)
    #: What the client spends in our categories, with us and with competitors.
    wallet_spend: Mapped[Decimal | None] = mapped_column(Money)
    strategic_goals: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(String(300))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    next_review_on: Mapped[date | None] = mapped_column(Date)

    sites: Mapped[list[Site]] = relationship(back_populates="account", cascade="all, delete-orphan")
    stage_history: Mapped[list[StageChange]] = relationship(
        back_populates="account", cascade="all, delete-orphan", order_by="StageChange.changed_at"
    )
    domains: Mapped[list[AccountDomain]] = relationship(
        back_populates="account", cascade="all, delete-orphan"
    )


class AccountDomain(Record, Base):
    """An e-mail domain of the client, used to file mail under the right account."""

    __tablename__ = "account_domain"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    domain: Mapped[str] = mapped_column(String(253), unique=True)

    account: Mapped[Account] = relationship(back_populates="domains")


class Site(Record, SoftDeleted, Base):
    """A site or business unit of the client: a buying centre of its own."""

    __tablename__ = "site"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(60))  # plant, HQ, business unit, office
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(2))
    address: Mapped[str | None] = mapped_column(Text)
    timezone: Mapped[str | None] = mapped_column(String(64))
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money)
    notes: Mapped[str | None] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="sites")


class StageChange(Record, Base):
    """One move of an account through its lifecycle; the history is never rewritten."""

    __tablename__ = "stage_change"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[LifecycleStage | None] = mapped_column(enum_type(LifecycleStage))
    to_stage: Mapped[LifecycleStage] = mapped_column(enum_type(LifecycleStage))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str | None] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="stage_history")


class AccountTeamMember(Record, Base):
    """Who on our side works the account, and in what role."""

    __tablename__ = "account_team_member"
    __table_args__ = (Index("ix_account_team_unique", "account_id", "team_member_id", "role", unique=True),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    team_member_id: Mapped[int] = mapped_column(ForeignKey("team_member.id", ondelete="CASCADE"))
    role: Mapped[TeamRole] = mapped_column(enum_type(TeamRole))


class Contract(Record, SoftDeleted, Base):
    """A frame agreement; its end date drives the renewal stage."""

    __tablename__ = "contract"
    __table_args__ = (CheckConstraint("notice_days >= 0", name="notice_days"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    number: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[ContractStatus] = mapped_column(
        enum_type(ContractStatus), default=ContractStatus.ACTIVE
    )
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    notice_days: Mapped[int] = mapped_column(Integer, default=90)
    auto_renew: Mapped[bool] = mapped_column(default=False)
    annual_value: Mapped[Decimal | None] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    notes: Mapped[str | None] = mapped_column(Text)


class Competitor(Record, SoftDeleted, Base):
    """A rival supplier present at the account, with our estimate of its share."""

    __tablename__ = "competitor"
    __table_args__ = (CheckConstraint("share_pct >= 0 AND share_pct <= 100", name="share_pct"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    product_line: Mapped[str | None] = mapped_column(String(120))
    share_pct: Mapped[Decimal | None] = mapped_column(Measure)
    strengths: Mapped[str | None] = mapped_column(Text)
    weaknesses: Mapped[str | None] = mapped_column(Text)

