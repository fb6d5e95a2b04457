"""Every kind of record goes create → get → update → delete → undo, with its Changes.

A database costs ~0.3 s to create and migrate, so the tests of a module share
one and each builds its own accounts (``World``); the other records test
modules build their fixtures from the helpers here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event

from db.enums import (
    ContactKind,
    ContractStatus,
    DeliveryStatus,
    InteractionKind,
    LinkKind,
    MillerHeimanRole,
    OpportunityStage,
    OrderStatus,
    ParticipantRole,
    PlanStatus,
    RiskStatus,
    RoleFramework,
    SlaDirection,
    SlaMetric,
    SurveyKind,
    TeamRole,
    TicketStatus,
)
from planner import records
from planner.changes import Entity
from planner.errors import NotFound, PlannerError, ValidationError
from planner.records import engine
from planner.services import accounts

MOSCOW = timezone(timedelta(hours=3))
WHEN = datetime(2026, 3, 2, 10, 30, tzinfo=MOSCOW)


@dataclass
class World:
    """Two accounts and the records the others refer to: a site, people, an order, a plan."""

    db: Any
    account: uuid.UUID
    other: uuid.UUID
    member: uuid.UUID
    site: uuid.UUID
    boss: uuid.UUID
    person: uuid.UUID
    stranger: uuid.UUID
    order: uuid.UUID
    line: uuid.UUID
    goal: uuid.UUID
    objective: uuid.UUID


def created(changes) -> uuid.UUID:
    return changes.created[0]


def make_world(db) -> World:
    account = created(accounts.create(db, accounts.AccountInput(name="Уралсталь", currency="RUB")))
    other = created(accounts.create(db, accounts.AccountInput(name="Nordwerk")))
    member = created(records.team_members.create(db, None, records.TeamMemberInput("Anna Berg")))
    site = created(records.sites.create(db, account, records.SiteInput("Магнитогорск")))
    boss = created(records.people.create(db, account, records.PersonInput("Иван Сидоров")))
    person = created(records.people.create(db, account, records.PersonInput("Olga", reports_to=boss)))
    stranger = created(records.people.create(db, other, records.PersonInput("Jens Becker")))
    order = created(records.orders.create(db, account, records.OrderInput(
        date(2026, 2, 1), "RUB", lines=(records.OrderLineInput("Rolls", Decimal(10), Decimal(1000)),))))
    line = records.orders.get(db, order).lines[0].uuid
    goal = created(records.goals.create(db, account, records.PlanGoalInput("Grow share")))
    objective = created(records.objectives.create(db, goal, records.PlanObjectiveInput("Qualify")))
    return World(db, account, other, member, site, boss, person, stranger, order, line, goal, objective)


def shared_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One SQLite file per module; a throwaway, so commits skip the disk flush."""
    from db.store import open_database

    database = open_database(tmp_path_factory.mktemp("records") / "planner.sqlite")

    @event.listens_for(database.engine, "connect")
    def _no_sync(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA synchronous=OFF")

    database.engine.dispose()
    yield database
    database.close()


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from shared_database(tmp_path_factory)


@pytest.fixture
def world(shared_db) -> World:
    return make_world(shared_db)


@dataclass(frozen=True)
class Case:
    """How to make one kind of record in a world, and an edit of it (None: never updated)."""

    make: Callable[[World], tuple[uuid.UUID | None, Any]]
    edit: Callable[[Any], Any] | None


R = records
CASES: dict[str, Case] = {
    "site": Case(lambda w: (w.account, R.SiteInput("Уфа", city="Уфа", country="RU", parent=w.site,
                                                    annual_revenue=Decimal("1.50"))),
                 lambda r: replace(r, name="Уфа-2", parent=None)),
    "person": Case(
        lambda w: (w.account, R.PersonInput(
            "Пётр", site=w.site, reports_to=w.boss, owner=w.member, influence=4,
            contacts=(R.ContactInput(ContactKind.EMAIL, "petr@ural.example", "work", True),
                      R.ContactInput(ContactKind.PHONE, "+7 495 123-45-67")),
            roles=(R.RoleInput(RoleFramework.MILLER_HEIMAN, MillerHeimanRole.COACH),
                   R.RoleInput(RoleFramework.BUYING_CENTRE, "influencer")))),
        lambda r: replace(r, influence=5, left_company=True, left_on=date(2026, 5, 1),
                          contacts=r.contacts[1:], roles=(r.roles[1],))),
    "person_link": Case(lambda w: (w.account, R.PersonLinkInput(w.person, w.boss, LinkKind.ALLY)),
                        lambda r: replace(r, strength=5, note="old friends")),
    "team_member": Case(lambda w: (None, R.TeamMemberInput("Pavel", email="pavel@supplier.example")),
                        lambda r: replace(r, title="Sales engineer", active=False)),
    "account_team_member": Case(
        lambda w: (w.account, R.AccountTeamMemberInput(w.member, TeamRole.TECHNICAL_LEAD)),
        lambda r: replace(r, role=TeamRole.SALES_ENGINEER)),
    "interaction": Case(
        lambda w: (w.account, R.InteractionInput(
            InteractionKind.MEETING, WHEN, site=w.site, timezone="Europe/Moscow",
            participants=(R.ParticipantInput(person=w.person, role=ParticipantRole.ORGANIZER),
                          R.ParticipantInput(team_member=w.member)))),
        lambda r: replace(r, subject="QBR", duration_minutes=90, participants=r.participants[:1])),
    "order": Case(
        lambda w: (w.account, R.OrderInput(date(2026, 4, 1), "RUB", number="PO-1", site=w.site, lines=(
            R.OrderLineInput("Rolls", Decimal("12.5"), Decimal("1000.10"), unit="t"),))),
        lambda r: replace(r, status=OrderStatus.CONFIRMED, lines=(
            replace(r.lines[0], quantity=Decimal(13)), R.OrderLineInput("Wire", Decimal(1), Decimal(5))))),
    "delivery": Case(
        lambda w: (w.account, R.DeliveryInput(date(2026, 3, 1), order=w.order, order_line=w.line)),
        lambda r: replace(r, delivered_on=date(2026, 3, 4), status=DeliveryStatus.DELIVERED)),
    "ticket": Case(
        lambda w: (w.account, R.TicketInput("Crack in roll", WHEN, raised_by=w.person, assignee=w.member)),
        lambda r: replace(r, status=TicketStatus.RESOLVED, resolved_at=WHEN + timedelta(days=2))),
    "quality_record": Case(
        lambda w: (w.account, R.QualityRecordInput(date(2026, 3, 31), Decimal(10000), Decimal(3))),
        lambda r: replace(r, defects=Decimal(4))),
    "sla_definition": Case(
        lambda w: (w.account, R.SlaDefinitionInput(SlaMetric.ON_TIME_DELIVERY, Decimal(95),
                                                   SlaDirection.AT_LEAST, warning_threshold=Decimal(97))),
        lambda r: replace(r, target=Decimal("96.5"))),
    "survey": Case(
        lambda w: (w.account, R.SurveyResponseInput(SurveyKind.CSAT, 4, WHEN, person=w.person)), None),
    "opportunity": Case(
        lambda w: (w.account, R.OpportunityInput("Новая линия", Decimal(5_000_000), "RUB", probability=40,
                                                 owner=w.member, decision_maker=w.boss)),
        lambda r: replace(r, stage=OpportunityStage.PROPOSAL, probability=60)),
    "plan_goal": Case(lambda w: (w.account, R.PlanGoalInput("Double share", horizon="FY2027")),
                      lambda r: replace(r, status=PlanStatus.DONE)),
    "plan_objective": Case(lambda w: (w.goal, R.PlanObjectiveInput("Qualify line 2")),
                           lambda r: replace(r, due_on=date(2026, 12, 1), position=2)),
    "plan_action": Case(lambda w: (w.objective, R.PlanActionInput("Site visit", owner=w.member)),
                        lambda r: replace(r, status=PlanStatus.DONE, done_on=date(2026, 6, 1))),
    "risk": Case(lambda w: (w.account, R.RiskInput("Price cut", probability=4, impact=5, owner=w.member)),
                 lambda r: replace(r, status=RiskStatus.MITIGATING)),
    "contract": Case(
        lambda w: (w.account, R.ContractInput("Frame 2026", "RUB", starts_on=date(2026, 1, 1),
                                              ends_on=date(2026, 12, 31), annual_value=Decimal(10**6))),
        lambda r: replace(r, notice_days=60, status=ContractStatus.EXPIRED)),
    "competitor": Case(lambda w: (w.account, R.CompetitorInput("Rival", share_pct=Decimal("12.5"))),
                       lambda r: replace(r, share_pct=Decimal(20))),
    "fx_rate": Case(
        lambda w: (None, R.FxRateInput("USD", "EUR", Decimal("0.9"), date(2026, 1, 1) + timedelta(
            days=uuid.uuid4().int % 10_000))),
        lambda r: replace(r, rate=Decimal("0.91"))),
}


def inputs(spec, record) -> Any:
    """The input part of a record, with order lines' UUIDs dropped (new lines get fresh ones)."""
    data = engine.as_input(spec, record)
    if hasattr(data, "lines"):
        data = replace(data, lines=tuple(replace(line, uuid=None) for line in data.lines))
    return data


def test_every_kind_of_record_has_a_case():
    assert set(CASES) == set(records.ALL)
    assert len(records.ALL) == 20


@pytest.mark.parametrize("name", sorted(CASES))
def test_round_trip(world, name):
    kind, case, db = records.ALL[name], CASES[name], world.db
    spec = kind.spec
    parent, data = case.make(world)
    before = kind.count_for(db, parent)
    changes = kind.create(db, parent, data)
    uid = created(changes)
    expected_accounts = frozenset() if spec.parent is None else frozenset({world.account})
    assert (changes.entities, changes.accounts) == (frozenset({spec.entity}), expected_accounts)

    got = kind.get(db, uid)
    assert inputs(spec, got) == inputs(spec, data)
    assert (got.uuid, got.parent_uuid) == (uid, parent)
    assert got.account_uuid == (None if spec.parent is None else world.account)
    assert got.created_at.tzinfo is not None
    assert uid in {r.uuid for r in kind.list_for(db, parent, limit=1000)}
    assert kind.count_for(db, parent) == before + 1

    if case.edit is None:
        with pytest.raises(ValidationError) as caught:
            kind.update(db, uid, got)
        assert caught.value.field == name
        edited = got
    else:
        edited = case.edit(got)
        changes = kind.update(db, uid, edited)
        assert changes.created == () and changes.accounts == expected_accounts
        assert inputs(spec, kind.get(db, uid)) == inputs(spec, edited)
        assert kind.get(db, uid).updated_at >= got.updated_at
    edited = kind.get(db, uid)

    deleted = kind.delete(db, uid)
    assert deleted.entities == frozenset({spec.entity}) and deleted.snapshot.uuid == uid
    with pytest.raises(NotFound):
        kind.get(db, uid)
    assert kind.count_for(db, parent) == before

    records.undelete(db, deleted.snapshot)  # the undo of a delete, soft or hard
    back = kind.get(db, uid)
    assert back == replace(edited, updated_at=back.updated_at)
    if spec.soft:
        kind.delete(db, uid)
        kind.restore(db, uid)
        assert kind.get(db, uid).uuid == uid
    else:
        with pytest.raises(PlannerError):
            kind.restore(db, uid)


def test_read_models_name_their_references(world):
    db = world.db
    person = records.people.get(db, created(records.people.create(
        db, world.account, records.PersonInput("Пётр", site=world.site, reports_to=world.boss,
                                               owner=world.member))))
    assert (person.site_name, person.reports_to_name, person.owner_name) == (
        "Магнитогорск", "Иван Сидоров", "Anna Berg")
    delivery = records.deliveries.get(db, created(records.deliveries.create(
        db, world.account, records.DeliveryInput(date(2026, 3, 1), order=world.order,
                                                 order_line=world.line))))
    assert delivery.order_line_name == "Rolls"
    survey = records.surveys.get(db, created(records.surveys.create(
        db, world.account, records.SurveyResponseInput(SurveyKind.CES, 7, WHEN))))
    assert survey.scale_max == 7
    note = records.interactions.get(db, created(records.interactions.create(
        db, world.account, records.InteractionInput(InteractionKind.NOTE, WHEN, summary="  thought "))))
    assert (note.source_kind, note.summary, note.participants) == ("manual", "thought", ())


def test_a_read_model_is_an_input_so_undo_is_an_update_with_the_old_record(world):
    db = world.db
    old = records.people.get(db, world.person)
    records.people.update(db, world.person, replace(old, full_name="Ольга", influence=5))
    records.people.update(db, world.person, old)
    again = records.people.get(db, world.person)
    assert all(getattr(again, f.name) == getattr(old, f.name) for f in fields(records.PersonInput))


def test_changes_of_nested_plan_items_name_the_account(world):
    changes = records.actions.create(world.db, world.objective, records.PlanActionInput("Call"))
    assert changes.accounts == frozenset({world.account}) and changes.entities == {Entity.PLAN}
    assert records.actions.list_for(world.db, world.objective)[0].account_uuid == world.account
    with pytest.raises(NotFound):
        records.actions.create(world.db, world.goal, records.PlanActionInput("wrong parent"))


def test_undo_of_a_hard_delete_recreates_the_same_record(world):
    db = world.db
    uid = created(records.person_links.create(
        db, world.account, records.PersonLinkInput(world.person, world.boss, LinkKind.CONFLICT)))
    before = records.person_links.get(db, uid)
    deleted = records.person_links.delete(db, uid)
    records.undelete(db, deleted.snapshot)
    assert records.person_links.get(db, uid) == replace(before, updated_at=records.person_links.get(
        db, uid).updated_at)
    with pytest.raises(ValidationError) as caught:  # the UUID is taken again now
        records.undelete(db, deleted.snapshot)
    assert caught.value.field == "uuid"


def test_both_backends(any_db):
    """The whole cycle on SQLite and, when a server is there, PostgreSQL."""
    w = make_world(any_db)
    olga = records.people.get(any_db, w.person)
    records.people.update(any_db, w.person, replace(olga, contacts=(
        records.ContactInput(ContactKind.EMAIL, "Olga@Ural.example"),), roles=(
        records.RoleInput(RoleFramework.BUYING_CENTRE, "decider"),)))
    for minute in range(5):
        records.interactions.create(any_db, w.account, records.InteractionInput(
            InteractionKind.CALL, WHEN + timedelta(minutes=minute),
            participants=(records.ParticipantInput(person=w.person),)))
    page = records.interactions.list_for(any_db, w.account, limit=3, offset=3)
    assert [i.occurred_at for i in page] == [WHEN + timedelta(minutes=m) for m in (1, 0)]
    assert page[0].participant_names == ("Olga",)
    deleted = records.people.delete(any_db, w.boss)
    assert records.people.get(any_db, w.person).reports_to is None
    records.undelete(any_db, deleted.snapshot)
    assert records.people.get(any_db, w.person).reports_to == w.boss
    assert records.people.get(any_db, w.person).contacts[0].value == "Olga@Ural.example"
    with pytest.raises(ValidationError) as caught:
        records.people.update(any_db, w.boss, records.PersonInput("Boss", reports_to=w.person))
    assert caught.value.field == "reports_to"
    assert records.orders.get(any_db, w.order).total == Decimal(1000)


def test_reorder_moves_siblings_in_one_unit_of_work(world):
    db, objective = world.db, world.objective
    first = created(records.actions.create(db, objective, records.PlanActionInput("Call", position=0)))
    second = created(records.actions.create(db, objective, records.PlanActionInput("Visit", position=1)))
    changes = records.actions.reorder(db, {first: 1, second: 0})
    assert changes.accounts == frozenset({world.account}) and changes.entities == {Entity.PLAN}
    assert [a.title for a in records.actions.list_for(db, objective)] == ["Visit", "Call"]
    other_goal = created(records.goals.create(db, world.other, records.PlanGoalInput("Elsewhere")))
    with pytest.raises(NotFound):  # a goal is no action
        records.actions.reorder(db, {first: 0, world.goal: 1})
    with pytest.raises(ValidationError):
        records.actions.reorder(db, {first: 0, second: -1})
    with pytest.raises(ValidationError):  # goals of two accounts are no siblings
        records.goals.reorder(db, {world.goal: 1, other_goal: 0})
    # Each refused whole: not even the first position was written.
    assert [(a.title, a.position) for a in records.actions.list_for(db, objective)] == [
        ("Visit", 0), ("Call", 1)]
    assert records.goals.get(db, world.goal).position == 0
    with pytest.raises(PlannerError):
        records.people.reorder(db, {world.person: 0})
