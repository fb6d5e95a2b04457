"""The account plan: opportunities, goals → objectives → actions, and risks."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from db import models as orm
from db.enums import OpportunityStage, PlanStatus, RiskStatus
from planner.changes import Entity
from planner.records import checks
from planner.records.engine import EntitySpec, Records, Ref, Stamped

OWNER = Ref("owner", orm.TeamMember)


@dataclass(frozen=True)
class OpportunityInput:
    """Business we hope to win; ``probability`` in per cent."""

    name: str
    value: Decimal
    currency: str
    stage: OpportunityStage = OpportunityStage.IDENTIFIED
    probability: int = 10
    expected_close: date | None = None
    product_line: str | None = None
    owner: uuid.UUID | None = None
    decision_maker: uuid.UUID | None = None
    competitors: str | None = None
    next_step: str | None = None
    closed_on: date | None = None
    loss_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class Opportunity(OpportunityInput, Stamped):
    owner_name: str | None = None
    decision_maker_name: str | None = None


def _validate_opportunity(data: OpportunityInput) -> OpportunityInput:
    return replace(data, currency=checks.currency("currency", data.currency))


OPPORTUNITY = EntitySpec(
    name="opportunity", entity=Entity.OPPORTUNITY, model=orm.Opportunity, input=OpportunityInput,
    read=Opportunity,
    refs=(OWNER, Ref("decision_maker", orm.Person, label="full_name", same_account=True)),
    ranges={"value": (0, None), "probability": (0, 100)}, validate=_validate_opportunity,
    order=("name",),
)


@dataclass(frozen=True)
class PlanGoalInput:
    """A strategic goal of the account plan; ``position`` orders goals on the plan."""

    title: str
    description: str | None = None
    horizon: str | None = None
    status: PlanStatus = PlanStatus.IN_PROGRESS
    position: int = 0


@dataclass(frozen=True, kw_only=True)
class PlanGoal(PlanGoalInput, Stamped):
    pass


@dataclass(frozen=True)
class PlanObjectiveInput:
    """A measurable objective under a goal (its parent)."""

    title: str
    measure: str | None = None
    due_on: date | None = None
    status: PlanStatus = PlanStatus.NOT_STARTED
    position: int = 0


@dataclass(frozen=True, kw_only=True)
class PlanObjective(PlanObjectiveInput, Stamped):
    pass


@dataclass(frozen=True)
class PlanActionInput:
    """A concrete step towards an objective (its parent), with an owner and a due date."""

    title: str
    owner: uuid.UUID | None = None
    due_on: date | None = None
    status: PlanStatus = PlanStatus.NOT_STARTED
    done_on: date | None = None
    notes: str | None = None
    position: int = 0


@dataclass(frozen=True, kw_only=True)
class PlanAction(PlanActionInput, Stamped):
    owner_name: str | None = None


PLAN_ORDER = ("position", "created_at")
POSITION = {"position": (0, None)}

PLAN_GOAL = EntitySpec(
    name="plan_goal", entity=Entity.PLAN, model=orm.PlanGoal, input=PlanGoalInput, read=PlanGoal,
    ranges=POSITION, order=PLAN_ORDER,
)
PLAN_OBJECTIVE = EntitySpec(
    name="plan_objective", entity=Entity.PLAN, model=orm.PlanObjective, input=PlanObjectiveInput,
    read=PlanObjective, parent=orm.PlanGoal, parent_fk="goal_id",
    account_path=((orm.PlanObjective, "goal_id"), (orm.PlanGoal, "account_id")),
    ranges=POSITION, order=PLAN_ORDER,
)
PLAN_ACTION = EntitySpec(
    name="plan_action", entity=Entity.PLAN, model=orm.PlanAction, input=PlanActionInput,
    read=PlanAction, parent=orm.PlanObjective, parent_fk="objective_id",
    account_path=((orm.PlanAction, "objective_id"), (orm.PlanObjective, "goal_id"),
                  (orm.PlanGoal, "account_id")),
    refs=(OWNER,), ranges=POSITION, order=PLAN_ORDER,
)


@dataclass(frozen=True)
class RiskInput:
    """Something that could cost us the account; probability and impact from 1 to 5."""

    title: str
    category: str | None = None
    probability: int = 3
    impact: int = 3
    mitigation: str | None = None
    owner: uuid.UUID | None = None
    status: RiskStatus = RiskStatus.OPEN
    review_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class Risk(RiskInput, Stamped):
    owner_name: str | None = None


RISK = EntitySpec(
    name="risk", entity=Entity.RISK, model=orm.Risk, input=RiskInput, read=Risk,
    refs=(OWNER,), ranges={"probability": (1, 5), "impact": (1, 5)}, order=("-created_at",),
)

opportunities: Records[OpportunityInput, Opportunity] = Records(OPPORTUNITY)
goals: Records[PlanGoalInput, PlanGoal] = Records(PLAN_GOAL)
objectives: Records[PlanObjectiveInput, PlanObjective] = Records(PLAN_OBJECTIVE)
actions: Records[PlanActionInput, PlanAction] = Records(PLAN_ACTION)
risks: Records[RiskInput, Risk] = Records(RISK)
