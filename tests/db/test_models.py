"""Every model round-trips on SQLite and PostgreSQL with its types intact."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from db.enums import (
    Attitude,
    ContactKind,
    DeliveryStatus,
    InteractionKind,
    LifecycleStage,
    LinkKind,
    ParticipantRole,
    RoleFramework,
    SlaDirection,
    SlaMetric,
    SurveyKind,
    TicketSeverity,
)
from db.models import (
    Account,
    AccountDomain,
    ContactPoint,
    Delivery,
    FxRate,
    Interaction,
    InteractionParticipant,
    Opportunity,
    Order,
    OrderLine,
    Person,
    PersonLink,
    PersonRole,
    PlanAction,
    PlanGoal,
    PlanObjective,
    QualityRecord,
    Risk,
    Site,
    SlaDefinition,
    StageChange,
    SurveyResponse,
    TeamMember,
    Ticket,
)

MOSCOW = timezone(timedelta(hours=3))


def _populate(session) -> dict[str, int]:
    owner = TeamMember(name="Anna Berg", email="anna@supplier.example")
    account = Account(
        name="Уралсталь",
        legal_name="ПАО «Уралсталь»",
        industry="Steel",
        currency="RUB",
        stage=LifecycleStage.GROWTH,
        annual_revenue=Decimal("123456789.12"),
        wallet_spend=Decimal("400000000.00"),
    )
    account.domains.append(AccountDomain(domain="uralsteel.example"))
    account.stage_history.append(
        StageChange(to_stage=LifecycleStage.GROWTH, changed_at=datetime(2025, 1, 1, tzinfo=UTC))
    )
    site = Site(name="Магнитогорский комбинат", account=account)
    boss = Person(account=account, full_name="Иван Петрович Сидоров", influence=5, interest=4,
                  attitude=Attitude.SUPPORTER)
    coach = Person(account=account, full_name="Olga Smirnova", influence=3, interest=5,
                   attitude=Attitude.CHAMPION, owner_id=None, left_company=True,
                   left_on=date(2026, 10, 1))
    session.add_all([owner, account, site, boss, coach])
    session.flush()
    coach.reports_to_id = boss.id
    coach.site_id = site.id
    coach.contacts.append(ContactPoint(kind=ContactKind.EMAIL, value="Olga@UralSteel.example",
                                       value_normalized="olga@uralsteel.example"))
    coach.roles.append(PersonRole(framework=RoleFramework.MILLER_HEIMAN, role="coach"))
    coach.roles.append(PersonRole(framework=RoleFramework.BUYING_CENTRE, role="influencer"))
    session.add(PersonLink(from_person_id=coach.id, to_person_id=boss.id, kind=LinkKind.ALLY))
    meeting = Interaction(
        account_id=account.id, kind=InteractionKind.MEETING,
        occurred_at=datetime(2026, 3, 2, 10, 30, tzinfo=MOSCOW), timezone="Europe/Moscow",
        subject="Квартальный обзор", source_key="uid-1@cal",
    )
    meeting.participants.append(InteractionParticipant(person_id=coach.id,
                                                       role=ParticipantRole.ORGANIZER))
    meeting.participants.append(InteractionParticipant(team_member_id=owner.id))
    session.add(meeting)
    order = Order(account_id=account.id, ordered_on=date(2026, 2, 1), currency="RUB")
    order.lines.append(OrderLine(product_line="Rolls", quantity=Decimal("12.5"),
                                 amount=Decimal("1000000.10")))
    session.add(order)
    session.flush()
    session.add_all([
        Delivery(account_id=account.id, order_id=order.id, order_line_id=order.lines[0].id,
                 promised_on=date(2026, 3, 1), delivered_on=date(2026, 3, 4),
                 status=DeliveryStatus.DELIVERED),
        Ticket(account_id=account.id, subject="Crack in roll", severity=TicketSeverity.HIGH,
               opened_at=datetime(2026, 3, 5, 8, tzinfo=UTC)),
        QualityRecord(account_id=account.id, recorded_on=date(2026, 3, 31),
                      units_inspected=Decimal(10000), defects=Decimal(3)),
        SlaDefinition(account_id=account.id, metric=SlaMetric.ON_TIME_DELIVERY,
                      target=Decimal("95"), direction=SlaDirection.AT_LEAST,
                      warning_threshold=Decimal("97")),
        SurveyResponse(account_id=account.id, person_id=coach.id, kind=SurveyKind.NPS, score=9,
                       scale_max=10, responded_at=datetime(2026, 4, 1, tzinfo=UTC)),
        Opportunity(account_id=account.id, name="Новая линия", value=Decimal("5e6"),
                    currency="RUB", probability=40),
        Risk(account_id=account.id, title="Competitor price cut", probability=4, impact=5),
        FxRate(currency="RUB", base="EUR", rate=Decimal("0.0105"), as_of=date(2026, 1, 1)),
    ])
    goal = PlanGoal(account_id=account.id, title="Grow share of wallet to 40 %")
    objective = PlanObjective(title="Qualify the new rolling line")
    objective.actions.append(PlanAction(title="Site visit with the chief engineer",
                                        owner_id=owner.id, due_on=date(2026, 12, 15)))
    goal.objectives.append(objective)
    session.add(goal)
    session.flush()
    return {"account": account.id, "coach": coach.id}


def test_round_trip_keeps_types(any_db):
    with any_db.session.begin() as session:
        ids = _populate(session)
    with any_db.session.begin() as session:
        account = session.get(Account, ids["account"])
        assert account.name == "Уралсталь"
        assert isinstance(account.uuid, uuid.UUID)
        assert account.annual_revenue == Decimal("123456789.12")
        assert account.created_at.tzinfo is not None
        assert [d.domain for d in account.domains] == ["uralsteel.example"]
        coach = session.get(Person, ids["coach"])
        assert {(r.framework, r.role) for r in coach.roles} == {
            (RoleFramework.MILLER_HEIMAN, "coach"), (RoleFramework.BUYING_CENTRE, "influencer")
        }
        assert coach.left_company and coach.left_on == date(2026, 10, 1)
        meeting = session.scalars(select(Interaction)).one()
        # Stored in UTC, the same instant as the Moscow time it was given in.
        assert meeting.occurred_at == datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
        assert meeting.occurred_at.utcoffset() == timedelta(0)
        assert len(meeting.participants) == 2
        line = session.scalars(select(OrderLine)).one()
        assert line.quantity == Decimal("12.500") and line.amount == Decimal("1000000.10")
        action = session.scalars(select(PlanAction)).one()
        assert action.objective.goal.title.startswith("Grow")


def test_naive_datetimes_are_refused(any_db):
    with pytest.raises(Exception, match="naive datetime"), any_db.session.begin() as session:
        account = Account(name="A", currency="EUR")
        session.add(account)
        session.flush()
        session.add(Interaction(account_id=account.id, kind=InteractionKind.CALL,
                                occurred_at=datetime(2026, 1, 1, 9, 0)))
        session.flush()


@pytest.mark.parametrize(
    "make",
    [
        lambda a, p: Person(account_id=a, full_name="X", influence=6),
        lambda a, p: PersonLink(from_person_id=p, to_person_id=p, kind=LinkKind.CONFLICT),
        lambda a, p: InteractionParticipant(interaction_id=None),
    ],
    ids=["influence-out-of-range", "self-link", "participant-without-party"],
)
def test_constraints_hold(any_db, make):
    with any_db.session.begin() as session:
        account = Account(name="A", currency="EUR")
        session.add(account)
        session.flush()
        person = Person(account_id=account.id, full_name="P")
        session.add(person)
        session.flush()
        account_id, person_id = account.id, person.id
    with pytest.raises(IntegrityError), any_db.session.begin() as session:
        session.add(make(account_id, person_id))
        session.flush()


def test_deleting_an_account_cascades(any_db):
    with any_db.session.begin() as session:
        ids = _populate(session)
    with any_db.session.begin() as session:
        session.delete(session.get(Account, ids["account"]))
    with any_db.session.begin() as session:
        assert session.scalars(select(Person)).all() == []
        assert session.scalars(select(Interaction)).all() == []
        assert session.scalars(select(TeamMember)).one().name == "Anna Berg"


def test_sqlite_connections_are_configured(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == 0x4B415031


def test_a_failed_unit_of_work_leaves_nothing(sqlite_db):
    """Real transactions on SQLite: a failure half-way rolls back what came before it."""
    with pytest.raises(IntegrityError), sqlite_db.session.begin() as session:
        session.add(Account(name="First", currency="EUR"))
        session.flush()
        session.add(Person(account_id=999_999, full_name="Orphan"))
        session.flush()
    with sqlite_db.session.begin() as session:
        assert session.scalars(select(Account)).all() == []
