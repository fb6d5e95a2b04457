"""The overview read service: key figures, recent activity, open items, and locating records."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from db.enums import InteractionKind, OpportunityStage, PlanStatus, TicketStatus
from db.models import (
    Account,
    Interaction,
    Opportunity,
    Person,
    PlanAction,
    PlanGoal,
    PlanObjective,
    Ticket,
)
from planner.changes import Entity
from planner.errors import NotFound
from planner.services import overview

TODAY = date(2026, 11, 27)


@pytest.fixture
def account(sqlite_db):
    """One account with people, tickets, opportunities, plan actions and 12 interactions."""
    start = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    with sqlite_db.session.begin() as session:
        acme = Account(name="Уралсталь", currency="RUB")
        other = Account(name="Other", currency="EUR")
        session.add_all([acme, other])
        session.flush()
        session.add_all(
            [
                Person(account_id=acme.id, full_name="Ольга Смирнова"),
                Person(account_id=acme.id, full_name="Left", left_company=True),
                Person(account_id=acme.id, full_name="Gone", deleted_at=start),
                Person(account_id=other.id, full_name="Elsewhere"),
                Ticket(account_id=acme.id, subject="Open", opened_at=start),
                Ticket(
                    account_id=acme.id, subject="Working", status=TicketStatus.IN_PROGRESS, opened_at=start
                ),
                Ticket(account_id=acme.id, subject="Done", status=TicketStatus.RESOLVED, opened_at=start),
                Opportunity(
                    account_id=acme.id,
                    name="Late",
                    value=Decimal(100),
                    currency="RUB",
                    expected_close=date(2027, 3, 1),
                ),
                Opportunity(
                    account_id=acme.id,
                    name="Soon",
                    value=Decimal(50),
                    currency="RUB",
                    expected_close=date(2026, 12, 1),
                    stage=OpportunityStage.PROPOSAL,
                ),
                Opportunity(account_id=acme.id, name="Euro", value=Decimal(7), currency="EUR"),
                Opportunity(
                    account_id=acme.id,
                    name="Won",
                    value=Decimal(9),
                    currency="RUB",
                    stage=OpportunityStage.WON,
                ),
            ]
        )
        for day in range(12):
            session.add(
                Interaction(
                    account_id=acme.id,
                    kind=InteractionKind.NOTE if day == 11 else InteractionKind.CALL,
                    occurred_at=start + timedelta(days=day),
                    subject=f"Call {day}",
                    summary="word " * 60 if day == 11 else None,
                )
            )
        session.add(
            Interaction(
                account_id=acme.id,
                kind=InteractionKind.MEETING,
                occurred_at=start + timedelta(days=30),
                subject="Deleted",
                deleted_at=start,
            )
        )
        goal = PlanGoal(account_id=acme.id, title="Grow")
        objective = PlanObjective(title="Win the tender")
        goal.objectives.append(objective)
        objective.actions.extend(
            [
                PlanAction(title="Overdue", due_on=TODAY - timedelta(days=1)),
                PlanAction(title="Done", due_on=TODAY - timedelta(days=3), status=PlanStatus.DONE),
                PlanAction(title="Due today", due_on=TODAY),
                PlanAction(title="No date"),
            ]
        )
        session.add(goal)
        session.flush()
        return acme.uuid


def test_facts_count_what_is_open_and_list_the_newest_interactions(sqlite_db, account):
    facts = overview.facts(sqlite_db, account, today=TODAY)
    assert facts.people == 1
    assert facts.open_tickets == 2
    assert [o.name for o in facts.open_opportunities] == ["Soon", "Late", "Euro"]
    assert facts.pipeline == {"RUB": Decimal(150), "EUR": Decimal(7)}
    assert facts.overdue_actions == 1
    assert len(facts.recent) == overview.RECENT_LIMIT
    assert [a.subject for a in facts.recent[:2]] == ["Call 11", "Call 10"]
    assert facts.recent[0].kind == InteractionKind.NOTE
    assert facts.recent[0].excerpt.endswith("…") and len(facts.recent[0].excerpt) <= 160
    assert facts.last_contact == datetime(2026, 10, 12, 9, 0, tzinfo=UTC)


def test_facts_of_an_empty_account_and_of_a_missing_one(sqlite_db, account):
    with sqlite_db.session.begin() as session:
        empty = Account(name="Empty", currency="EUR")
        session.add(empty)
        session.flush()
        empty_uuid = empty.uuid
    facts = overview.facts(sqlite_db, empty_uuid, today=TODAY)
    assert (facts.people, facts.open_tickets, facts.overdue_actions) == (0, 0, 0)
    assert facts.recent == () and facts.last_contact is None and facts.pipeline == {}
    with pytest.raises(NotFound):
        overview.facts(sqlite_db, uuid.uuid4())


def test_locate_names_the_account_of_a_record(sqlite_db, account):
    facts = overview.facts(sqlite_db, account, today=TODAY)
    note = overview.locate(sqlite_db, Entity.INTERACTION, facts.recent[0].uuid)
    assert note.account_uuid == account and note.account_name == "Уралсталь"
    assert note.title == "Call 11" and note.kind == InteractionKind.NOTE
    same = overview.locate(sqlite_db, Entity.ACCOUNT, account)
    assert same.title == "Уралсталь"
    with sqlite_db.session.begin() as session:
        person_uuid = session.query(Person).filter_by(full_name="Ольга Смирнова").one().uuid
        gone_uuid = session.query(Person).filter_by(full_name="Gone").one().uuid
    assert overview.locate(sqlite_db, Entity.PERSON, person_uuid).account_uuid == account
    with pytest.raises(NotFound):
        overview.locate(sqlite_db, Entity.PERSON, gone_uuid)


def test_excerpt_cuts_at_a_word():
    assert overview.excerpt(None) is None
    assert overview.excerpt("  two\n lines ") == "two lines"
    assert overview.excerpt("alpha beta gamma delta epsilon", length=20) == "alpha beta gamma…"
    assert overview.excerpt("x" * 30, length=10) == "x" * 9 + "…"
