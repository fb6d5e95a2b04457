"""The rules of the records services: each refusal names its field and writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from db.enums import (
    ContactKind,
    InteractionKind,
    LinkKind,
    RoleFramework,
    SlaDirection,
    SlaMetric,
    SurveyKind,
    TeamRole,
)
from db.models import ContactPoint, Person
from planner import records
from planner.errors import ValidationError
from tests.db.test_records_roundtrip import WHEN, World, created, make_world, shared_database

R = records  # the tables below read better with a short name


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from shared_database(tmp_path_factory)


@pytest.fixture
def world(shared_db) -> World:
    return make_world(shared_db)

CALL = R.InteractionInput(InteractionKind.CALL, WHEN)


def refused(call, field: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call()
    assert caught.value.field == field, caught.value.detail
    return caught.value


#: (records, parent -> "account" | "goal" | None, input from a world, the field refused)
INVALID = [
    (R.sites, lambda w: R.SiteInput("  "), "name"),
    (R.sites, lambda w: R.SiteInput("Plant", country="Germany"), "country"),
    (R.sites, lambda w: R.SiteInput("Plant", annual_revenue=Decimal(-1)), "annual_revenue"),
    (R.sites, lambda w: R.SiteInput("Plant", annual_revenue=1.5), "annual_revenue"),
    (R.people, lambda w: R.PersonInput("x" * 201), "full_name"),
    (R.people, lambda w: R.PersonInput("P", influence=6), "influence"),
    (R.people, lambda w: R.PersonInput("P", interest=0), "interest"),
    (R.people, lambda w: R.PersonInput("P", relationship_strength=-1), "relationship_strength"),
    (R.people, lambda w: R.PersonInput("P", attitude="hostile"), "attitude"),
    (R.people, lambda w: R.PersonInput("P", left_on=date(2026, 1, 1)), "left_on"),
    (R.people, lambda w: R.PersonInput("P", birthday=WHEN), "birthday"),
    (R.people, lambda w: R.PersonInput("P", contacts=(R.ContactInput(ContactKind.EMAIL, "olga at ural"),)),
     "contacts"),
    (R.people, lambda w: R.PersonInput("P", contacts=(R.ContactInput(ContactKind.PHONE, "call me"),)),
     "contacts"),
    (R.people, lambda w: R.PersonInput("P", contacts=(
        R.ContactInput(ContactKind.EMAIL, "a@b.example"), R.ContactInput(ContactKind.EMAIL, "A@B.example"))),
     "contacts"),
    (R.people, lambda w: R.PersonInput("P", roles=(R.RoleInput(RoleFramework.MILLER_HEIMAN, "decider"),)),
     "roles"),
    (R.people, lambda w: R.PersonInput("P", site=str(w.site)), "site"),
    (R.person_links, lambda w: R.PersonLinkInput(w.person, w.person), "to_person"),
    (R.person_links, lambda w: R.PersonLinkInput(w.person, w.boss, strength=6), "strength"),
    (R.team_members, lambda w: R.TeamMemberInput("T", email="nobody"), "email"),
    (R.interactions, lambda w: replace(CALL, occurred_at=datetime(2026, 1, 1, 9)), "occurred_at"),
    (R.interactions, lambda w: CALL, "participants"),
    (R.interactions, lambda w: replace(CALL, kind=InteractionKind.NOTE, duration_minutes=-5),
     "duration_minutes"),
    (R.interactions, lambda w: replace(CALL, kind=InteractionKind.NOTE, subject="s" * 501), "subject"),
    (R.interactions, lambda w: replace(CALL, participants=(R.ParticipantInput(),)), "participants"),
    (R.interactions, lambda w: replace(CALL, participants=(
        R.ParticipantInput(person=w.person), R.ParticipantInput(person=w.person, role="cc"))),
     "participants"),
    (R.orders, lambda w: R.OrderInput(date(2026, 1, 1), "EURO"), "currency"),
    (R.orders, lambda w: R.OrderInput(date(2026, 1, 1), "EUR", lines=(
        R.OrderLineInput("Rolls", Decimal(-1), Decimal(1)),)), "lines"),
    (R.orders, lambda w: R.OrderInput(date(2026, 1, 1), "EUR", lines=(
        R.OrderLineInput("Rolls", Decimal(1), Decimal("1.001")),)), "lines"),
    (R.deliveries, lambda w: R.DeliveryInput(date(2026, 3, 1), order_line=w.line), "order_line"),
    (R.deliveries, lambda w: R.DeliveryInput(date(2026, 3, 1), delivered_on=date(2026, 1, 5),
                                              order=w.order), "delivered_on"),
    (R.tickets, lambda w: R.TicketInput("T", WHEN, resolved_at=WHEN - timedelta(hours=1)), "resolved_at"),
    (R.tickets, lambda w: R.TicketInput("T", WHEN, first_response_at=WHEN - timedelta(seconds=1)),
     "first_response_at"),
    (R.quality_records, lambda w: R.QualityRecordInput(date(2026, 1, 1), Decimal(5), Decimal(6)), "defects"),
    (R.sla_definitions, lambda w: R.SlaDefinitionInput(SlaMetric.CUSTOM, Decimal(1), SlaDirection.AT_MOST),
     "name"),
    (R.sla_definitions, lambda w: R.SlaDefinitionInput(
        SlaMetric.ORDER_LEAD_TIME, Decimal(10), SlaDirection.AT_MOST, warning_threshold=Decimal(12)),
     "warning_threshold"),
    (R.surveys, lambda w: R.SurveyResponseInput(SurveyKind.NPS, 11, WHEN), "score"),
    (R.surveys, lambda w: R.SurveyResponseInput(SurveyKind.CSAT, 0, WHEN), "score"),
    (R.surveys, lambda w: R.SurveyResponseInput(SurveyKind.CES, 8, WHEN), "score"),
    (R.opportunities, lambda w: R.OpportunityInput("O", Decimal(1), "RUB", probability=101), "probability"),
    (R.opportunities, lambda w: R.OpportunityInput("O", Decimal(-1), "RUB"), "value"),
    (R.risks, lambda w: R.RiskInput("R", probability=0), "probability"),
    (R.risks, lambda w: R.RiskInput("R", impact=6), "impact"),
    (R.contracts, lambda w: R.ContractInput("C", starts_on=date(2026, 2, 1), ends_on=date(2026, 1, 1)),
     "ends_on"),
    (R.contracts, lambda w: R.ContractInput("C", notice_days=-1), "notice_days"),
    (R.competitors, lambda w: R.CompetitorInput("C", share_pct=Decimal(101)), "share_pct"),
    (R.fx_rates, lambda w: R.FxRateInput("EUR", "eur", Decimal(1), date(2026, 1, 1)), "base"),
    (R.fx_rates, lambda w: R.FxRateInput("RUB", "EUR", Decimal(0), date(2026, 1, 1)), "rate"),
    (R.goals, lambda w: R.PlanGoalInput("G", position=-1), "position"),
    (R.objectives, lambda w: R.PlanObjectiveInput(""), "title"),
    (R.actions, lambda w: R.PlanActionInput("A", status="someday"), "status"),
]


def _parent(kind: R.Records, w: World):
    return {None: None, "plan_goal": w.goal, "plan_objective": w.objective}.get(
        kind.spec.parent.__tablename__ if kind.spec.parent else None, w.account)


@pytest.mark.parametrize(("kind", "make", "field"), INVALID,
                         ids=[f"{k.spec.name}-{f}-{i}" for i, (k, _, f) in enumerate(INVALID)])
def test_invalid_input_names_the_field_and_writes_nothing(world, kind, make, field):
    parent = _parent(kind, world)
    before = kind.count_for(world.db, parent)
    refused(lambda: kind.create(world.db, parent, make(world)), field)
    assert kind.count_for(world.db, parent) == before


def test_a_row_of_a_collection_is_named_in_the_message(world):
    error = refused(lambda: R.people.create(world.db, world.account, R.PersonInput("P", contacts=(
        R.ContactInput(ContactKind.EMAIL, "ok@ural.example"), R.ContactInput(ContactKind.EMAIL, "bad")))),
        "contacts")
    assert error.context["index"] == 1 and error.reason.startswith("row 2, value")


def test_references_to_another_account_are_refused(world):
    db, w = world.db, world
    foreign_site = created(R.sites.create(db, w.other, R.SiteInput("Wolfsburg")))
    refused(lambda: R.people.create(db, w.account, R.PersonInput("P", site=foreign_site)), "site")
    refused(lambda: R.people.update(db, w.person, R.PersonInput("Olga", reports_to=w.stranger)),
            "reports_to")
    refused(lambda: R.person_links.create(db, w.account, R.PersonLinkInput(w.person, w.stranger)),
            "to_person")
    refused(lambda: R.interactions.create(db, w.account, replace(CALL, participants=(
        R.ParticipantInput(person=w.stranger),))), "participants")
    refused(lambda: R.tickets.create(db, w.other, R.TicketInput("T", WHEN, raised_by=w.person)), "raised_by")
    refused(lambda: R.deliveries.create(db, w.other, R.DeliveryInput(date(2026, 3, 1), order=w.order)),
            "order")
    refused(lambda: R.surveys.create(db, w.other, R.SurveyResponseInput(SurveyKind.NPS, 9, WHEN,
                                                                          person=w.person)), "person")


def test_missing_and_deleted_references_are_refused_but_kept_ones_stay(world):
    db, w = world.db, world
    error = refused(lambda: R.people.create(db, w.account, R.PersonInput("P", owner=w.account)), "owner")
    assert "no such team member" in error.reason
    plant = created(R.sites.create(db, w.account, R.SiteInput("Old plant")))
    worker = created(R.people.create(db, w.account, R.PersonInput("Worker", site=plant)))
    R.sites.delete(db, plant)
    refused(lambda: R.people.create(db, w.account, R.PersonInput("P", site=plant)), "site")
    # Editing somebody still filed under the deleted site works and keeps the site.
    R.people.update(db, worker, replace(R.people.get(db, worker), title="Fitter"))
    assert R.people.get(db, worker).site == plant


def test_reporting_lines_and_sites_refuse_cycles(world):
    db, w = world.db, world
    error = refused(lambda: R.people.update(db, w.boss, R.PersonInput("Boss", reports_to=w.person)),
                    "reports_to")
    assert "cycle" in error.reason
    refused(lambda: R.people.update(db, w.boss, R.PersonInput("Boss", reports_to=w.boss)), "reports_to")
    child = created(R.sites.create(db, w.account, R.SiteInput("Hall 1", parent=w.site)))
    refused(lambda: R.sites.update(db, w.site, R.SiteInput("Магнитогорск", parent=child)), "parent")
    assert R.people.get(db, w.boss).reports_to is None


def test_deleting_a_manager_cuts_and_undo_restores_the_reporting_lines(world):
    db, w = world.db, world
    second = created(R.people.create(db, w.account, R.PersonInput("Second", reports_to=w.boss)))
    deleted = R.people.delete(db, w.boss)
    assert R.people.get(db, w.person).reports_to is None
    assert R.people.get(db, second).reports_to is None
    assert set(deleted.snapshot.detached[0]) == {w.person, second}
    # Meanwhile somebody gave Second another manager: undo leaves that alone.
    R.people.update(db, second, replace(R.people.get(db, second), reports_to=w.person))
    R.people.restore(db, w.boss, deleted.snapshot)
    assert R.people.get(db, w.person).reports_to == w.boss
    assert R.people.get(db, second).reports_to == w.person
    # A plain restore (a trash bin, no snapshot) brings the person back only.
    R.people.delete(db, w.boss)
    R.people.restore(db, w.boss)
    assert R.people.get(db, w.boss).full_name == "Иван Сидоров"
    assert R.people.get(db, w.person).reports_to is None


def test_survey_answers_are_never_updated(world):
    db = world.db
    uid = created(R.surveys.create(db, world.account, R.SurveyResponseInput(SurveyKind.NPS, 3, WHEN)))
    error = refused(lambda: R.surveys.update(db, uid, R.SurveyResponseInput(SurveyKind.NPS, 9, WHEN)),
                    "survey")
    assert "new" in error.reason
    assert R.surveys.get(db, uid).score == 3 and R.surveys.get(db, uid).scale_max == 10


def test_duplicates_are_refused(world):
    db, w = world.db, world
    R.person_links.create(db, w.account, R.PersonLinkInput(w.person, w.boss, LinkKind.INFLUENCE))
    refused(lambda: R.person_links.create(db, w.account, R.PersonLinkInput(w.person, w.boss)), "kind")
    R.person_links.create(db, w.account, R.PersonLinkInput(w.boss, w.person))  # the other direction
    R.account_team.create(db, w.account, R.AccountTeamMemberInput(w.member, TeamRole.LOGISTICS))
    refused(lambda: R.account_team.create(db, w.account, R.AccountTeamMemberInput(
        w.member, TeamRole.LOGISTICS)), "role")
    day = date(1999, 1, 1) + timedelta(days=w.account.int % 5000)
    R.fx_rates.create(db, None, R.FxRateInput("CNY", "EUR", Decimal("0.13"), day))
    refused(lambda: R.fx_rates.create(db, None, R.FxRateInput("cny", "eur", Decimal("0.14"), day)), "as_of")


def test_contacts_are_stored_with_their_matching_form(world):
    db = world.db
    uid = created(R.people.create(db, world.account, R.PersonInput("P", contacts=(
        R.ContactInput(ContactKind.EMAIL, " Olga.Smirnova@Ural.Example "),
        R.ContactInput(ContactKind.PHONE, "+7 (495) 123-45-67"),
        R.ContactInput(ContactKind.MOBILE, "0049 171 555 12 34"),
    ))))
    with db.session.begin() as session:
        stored = session.execute(
            select(ContactPoint.value, ContactPoint.value_normalized)
            .join(Person, Person.id == ContactPoint.person_id).where(Person.uuid == uid)
            .order_by(ContactPoint.id)
        ).all()
    assert stored == [("Olga.Smirnova@Ural.Example", "olga.smirnova@ural.example"),
                      ("+7 (495) 123-45-67", "+74951234567"), ("0049 171 555 12 34", "+491715551234")]
    person = R.people.get(db, uid)
    kept = person.contacts[0]
    R.people.update(db, uid, replace(person, contacts=(replace(kept, is_primary=True),)))
    assert R.people.get(db, uid).contacts == (replace(kept, is_primary=True),)


def test_roles_cover_both_frameworks_and_are_replaced(world):
    db = world.db
    both = (R.RoleInput(RoleFramework.MILLER_HEIMAN, "economic_buyer"),
            R.RoleInput(RoleFramework.BUYING_CENTRE, "decider"),
            R.RoleInput(RoleFramework.BUYING_CENTRE, "approver"))
    R.people.update(db, world.boss, R.PersonInput("Иван Сидоров", roles=both))
    assert R.people.get(db, world.boss).roles == both
    R.people.update(db, world.boss, R.PersonInput("Иван Сидоров", roles=both[1:2]))
    assert R.people.get(db, world.boss).roles == both[1:2]
    refused(lambda: R.people.update(db, world.boss, R.PersonInput("Иван Сидоров", roles=both[:1] * 2)),
            "roles")
