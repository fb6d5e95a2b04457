"""What the account overview shows beside the profile: key figures, recent activity, open items.

One read per account selection, in one session: the counts are aggregates over
indexed foreign keys, and only the newest interactions are loaded, so the app can
call it on the UI thread even on a large portfolio. ``locate`` tells the app which
account a record (found by search, linked from an alert) belongs to.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.enums import Direction, InteractionKind, OpportunityStage, PlanStatus, Sentiment, TicketStatus
from db.models import Account, Interaction, Opportunity, Person, PlanAction, PlanGoal, PlanObjective, Ticket
from db.store import Database
from planner.changes import Entity
from planner.errors import ErrorCode, NotFound, PlannerError

#: How many of the newest interactions the overview lists.
RECENT_LIMIT = 10
OPEN_TICKET = (TicketStatus.OPEN, TicketStatus.IN_PROGRESS)
CLOSED_OPPORTUNITY = (OpportunityStage.WON, OpportunityStage.LOST)
FINISHED_ACTION = (PlanStatus.DONE, PlanStatus.CANCELLED)
EXCERPT_LENGTH = 160


@dataclass(frozen=True)
class Activity:
    """One interaction as the overview lists it."""

    uuid: uuid.UUID
    kind: InteractionKind
    direction: Direction
    occurred_at: datetime
    subject: str | None
    excerpt: str | None
    sentiment: Sentiment | None


@dataclass(frozen=True)
class OpenOpportunity:
    uuid: uuid.UUID
    name: str
    stage: OpportunityStage
    value: Decimal
    currency: str
    probability: int
    expected_close: date | None


@dataclass(frozen=True)
class OverviewFacts:
    """Key figures and open items of one account, as of ``as_of``."""

    account_uuid: uuid.UUID
    as_of: date
    #: Stakeholders currently at the account (those who left are not counted).
    people: int
    last_contact: datetime | None
    open_tickets: int
    open_opportunities: tuple[OpenOpportunity, ...]
    #: Plan actions not done or cancelled whose due date has passed.
    overdue_actions: int
    #: The newest interactions, newest first.
    recent: tuple[Activity, ...]

    @property
    def pipeline(self) -> dict[str, Decimal]:
        """Open opportunities' value per currency (amounts in different currencies never add up)."""
        totals: dict[str, Decimal] = {}
        for opportunity in self.open_opportunities:
            totals[opportunity.currency] = totals.get(opportunity.currency, Decimal(0)) + opportunity.value
        return totals


@dataclass(frozen=True)
class RecordRef:
    """Where a record lives and how to name it: enough to open it from a search or a link."""

    entity: Entity
    uuid: uuid.UUID
    account_uuid: uuid.UUID
    account_name: str
    title: str
    detail: str | None
    when: datetime | None
    #: For interactions: the kind (a note is an interaction of kind ``note``).
    kind: InteractionKind | None = None


def facts(
    db: Database, account_uuid: uuid.UUID, *, today: date | None = None, recent: int = RECENT_LIMIT
) -> OverviewFacts:
    """The overview's figures for one live account; NotFound if it is gone."""
    today = today or date.today()
    with db.session.begin() as session:
        account_id = session.scalar(
            select(Account.id).where(Account.uuid == account_uuid, Account.deleted_at.is_(None))
        )
        if account_id is None:
            raise NotFound("account", str(account_uuid))
        people = session.scalar(
            select(func.count())
            .select_from(Person)
            .where(
                Person.account_id == account_id,
                Person.deleted_at.is_(None),
                Person.left_company.is_(False),
            )
        )
        tickets = session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(
                Ticket.account_id == account_id,
                Ticket.deleted_at.is_(None),
                Ticket.status.in_(OPEN_TICKET),
            )
        )
        opportunities = session.scalars(
            select(Opportunity)
            .where(
                Opportunity.account_id == account_id,
                Opportunity.deleted_at.is_(None),
                Opportunity.stage.not_in(CLOSED_OPPORTUNITY),
            )
            .order_by(Opportunity.expected_close.is_(None), Opportunity.expected_close, Opportunity.name)
        ).all()
        overdue = _overdue_actions(session, account_id, today)
        interactions = session.scalars(
            select(Interaction)
            .where(Interaction.account_id == account_id, Interaction.deleted_at.is_(None))
            .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
            .limit(recent)
        ).all()
        recent_items = tuple(
            Activity(
                uuid=i.uuid,
                kind=i.kind,
                direction=i.direction,
                occurred_at=i.occurred_at,
                subject=i.subject,
                excerpt=excerpt(i.summary),
                sentiment=i.sentiment,
            )
            for i in interactions
        )
        return OverviewFacts(
            account_uuid=account_uuid,
            as_of=today,
            people=people or 0,
            last_contact=recent_items[0].occurred_at if recent_items else None,
            open_tickets=tickets or 0,
            open_opportunities=tuple(
                OpenOpportunity(
                    uuid=o.uuid,
                    name=o.name,
                    stage=o.stage,
                    value=o.value,
                    currency=o.currency,
                    probability=o.probability,
                    expected_close=o.expected_close,
                )
                for o in opportunities
            ),
            overdue_actions=overdue,
            recent=recent_items,
        )


def _overdue_actions(session: Session, account_id: int, today: date) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(PlanAction)
            .join(PlanObjective, PlanAction.objective_id == PlanObjective.id)
            .join(PlanGoal, PlanObjective.goal_id == PlanGoal.id)
            .where(
                PlanGoal.account_id == account_id,
                PlanGoal.deleted_at.is_(None),
                PlanObjective.deleted_at.is_(None),
                PlanAction.deleted_at.is_(None),
                PlanAction.status.not_in(FINISHED_ACTION),
                PlanAction.due_on < today,
            )
        )
        or 0
    )


def locate(db: Database, entity: Entity, record_uuid: uuid.UUID) -> RecordRef:
    """The account a live record belongs to, with a title to show; NotFound if it is gone.

    Knows accounts, people, interactions (notes included), opportunities and tickets.
    """
    model = _LOCATABLE.get(entity)
    if model is None:
        raise PlannerError(ErrorCode.UNSUPPORTED, f"cannot locate a {entity} record")
    with db.session.begin() as session:
        if model is Account:
            query = select(Account, Account).where(Account.uuid == record_uuid)
        else:
            query = (
                select(model, Account)
                .join(Account, Account.id == model.account_id)
                .where(model.uuid == record_uuid, model.deleted_at.is_(None))
            )
        row = session.execute(query.where(Account.deleted_at.is_(None))).first()
        if row is None:
            raise NotFound(str(entity), str(record_uuid))
        record, account = row
        title, detail, when, kind = _describe(entity, record)
        return RecordRef(entity, record.uuid, account.uuid, account.name, title, detail, when, kind)


_LOCATABLE = {
    Entity.ACCOUNT: Account,
    Entity.PERSON: Person,
    Entity.INTERACTION: Interaction,
    Entity.OPPORTUNITY: Opportunity,
    Entity.TICKET: Ticket,
}


def _describe(entity: Entity, record) -> tuple[str, str | None, datetime | None, InteractionKind | None]:
    match entity:
        case Entity.ACCOUNT:
            return record.name, record.industry, None, None
        case Entity.PERSON:
            return record.full_name, record.title, None, None
        case Entity.INTERACTION:
            return record.subject or "", excerpt(record.summary), record.occurred_at, record.kind
        case Entity.OPPORTUNITY:
            return record.name, record.next_step, _midnight(record.expected_close), None
        case Entity.TICKET:
            return record.subject, excerpt(record.description), record.opened_at, None
    raise AssertionError(entity)  # pragma: no cover - guarded by _LOCATABLE


def _midnight(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day, tzinfo=UTC)


def excerpt(text: str | None, length: int = EXCERPT_LENGTH) -> str | None:
    """The text on one line, cut at a word near ``length`` characters."""
    if not text:
        return None
    flat = " ".join(text.split())
    if len(flat) <= length:
        return flat
    cut = flat[: length - 1]
    space = cut.rfind(" ")
    if space > length * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"
