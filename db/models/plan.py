"""The account plan: opportunities, goals → objectives → actions, and risks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record, SoftDeleted, enum_type
from db.enums import OpportunityStage, PlanStatus, RiskStatus
from db.types import Money


class Opportunity(Record, SoftDeleted, Base):
    """Business we hope to win at the account."""

    __tablename__ = "opportunity"
    __table_args__ = (CheckConstraint("probability BETWEEN 0 AND 100", name="probability"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    product_line: Mapped[str | None] = mapped_column(String(120))
    value: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3))
    stage: Mapped[OpportunityStage] = mapped_column(
        enum_type(OpportunityStage), default=OpportunityStage.IDENTIFIED
    )
    probability: Mapped[int] = mapped_column(Integer, default=10)
    expected_close: Mapped[date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    decision_maker_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    competitors: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)
    loss_reason: Mapped[str | None] = mapped_column(Text)


class PlanGoal(Record, SoftDeleted, Base):
    """A strategic goal of the account plan (for example: double share of wallet by 2027)."""

    __tablename__ = "plan_goal"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    horizon: Mapped[str | None] = mapped_column(String(40))  # FY2027, 3 years
    status: Mapped[PlanStatus] = mapped_column(enum_type(PlanStatus), default=PlanStatus.IN_PROGRESS)
    position: Mapped[int] = mapped_column(Integer, default=0)

    objectives: Mapped[list[PlanObjective]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="PlanObjective.position"
    )


class PlanObjective(Record, SoftDeleted, Base):
    """A measurable objective under a goal."""

    __tablename__ = "plan_objective"

    goal_id: Mapped[int] = mapped_column(ForeignKey("plan_goal.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    measure: Mapped[str | None] = mapped_column(String(300))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PlanStatus] = mapped_column(enum_type(PlanStatus), default=PlanStatus.NOT_STARTED)
    position: Mapped[int] = mapped_column(Integer, default=0)

    goal: Mapped[PlanGoal] = relationship(back_populates="objectives")
    actions: Mapped[list[PlanAction]] = relationship(
        back_populates="objective", cascade="all, delete-orphan", order_by="PlanAction.position"
    )


class PlanAction(Record, SoftDeleted, Base):
    """A concrete action towards an objective, with an owner and a due date."""

    __tablename__ = "plan_action"

    objective_id: Mapped[int] = mapped_column(
        ForeignKey("plan_objective.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PlanStatus] = mapped_column(enum_type(PlanStatus), default=PlanStatus.NOT_STARTED)
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    objective: Mapped[PlanObjective] = relationship(back_populates="actions")


class Risk(Record, SoftDeleted, Base):
    """Something that could cost us the account or part of it."""

    __tablename__ = "risk"
    __table_args__ = (
        CheckConstraint("probability BETWEEN 1 AND 5", name="probability"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str | None] = mapped_column(String(120))
    probability: Mapped[int] = mapped_column(Integer, default=3)
    impact: Mapped[int] = mapped_column(Integer, default=3)
    mitigation: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    status: Mapped[RiskStatus] = mapped_column(enum_type(RiskStatus), default=RiskStatus.OPEN)
    review_on: Mapped[date | None] = mapped_column(Date)
