"""Talking points and sections on constructed meeting data: each point with its sources,
the sections an audience gets, and a client model with no internal field at all."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from db.enums import (
    Attitude,
    Direction,
    InteractionKind,
    LifecycleStage,
    MillerHeimanRole,
    OpportunityStage,
    PlanStatus,
    RoleFramework,
    SurveyKind,
    TicketKind,
    TicketSeverity,
    TicketStatus,
    Tier,
)
from planner.briefing import facts as f
from planner.briefing import model as m
from planner.briefing.decide import decide, focus_map
from planner.briefing.lexicon import Lexicon
from planner.briefing.request import Audience
from planner.briefing.talking_points import plan
from planner.stakeholders.gaps import find_gaps
from planner.stakeholders.model import MapPerson, Role, StakeholderMap

AS_OF = date(2026, 11, 27)
ACCOUNT = uuid.UUID(int=1)


def person(n: int, name: str, **kw) -> f.PersonFacts:
    return f.PersonFacts(uuid=uuid.UUID(int=100 + n), name=name, **kw)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def meeting_data(**changes) -> f.MeetingData:
    """An account with a sceptical new buyer, a champion, late deliveries, an open complaint,
    an opportunity, a due plan action, a risk, and an unhappy survey answer."""
    buyer = person(1, "Olga Buyer", title="Head of Procurement", attitude=Attitude.SCEPTIC, influence=4,
                   priorities="Price and payment terms", internal_notes="Hard negotiator, plays golf",
                   first_contact=AS_OF - timedelta(days=20), last_contact=AS_OF - timedelta(days=3))
    champ = person(2, "Ivan Champion", title="Chief Engineer", attitude=Attitude.CHAMPION, strength=4,
                   roles=(Role(RoleFramework.MILLER_HEIMAN, MillerHeimanRole.COACH.value),),
                   priorities="Uptime", internal_notes="Shares budget information",
                   first_contact=date(2024, 1, 10), last_contact=AS_OF - timedelta(days=1))
    boss = person(3, "Anna Boss", title="CEO", attitude=Attitude.BLOCKER, influence=5,
                  roles=(Role(RoleFramework.MILLER_HEIMAN, MillerHeimanRole.ECONOMIC_BUYER.value),),
                  first_contact=date(2024, 1, 10), last_contact=AS_OF - timedelta(days=128))
    people = {p.uuid: p for p in (buyer, champ, boss)}
    smap = StakeholderMap(ACCOUNT, "Acme", AS_OF, tuple(
        MapPerson(p.uuid, p.name, p.title, attitude=p.attitude, influence=p.influence, roles=p.roles,
                  strength=p.strength, days_since=(AS_OF - p.last_contact).days,
                  manager=None if p is boss else boss.uuid)
        for p in people.values()))
    meeting_day = AS_OF + timedelta(days=4)
    late = (
        f.DeliveryFacts(uuid.UUID(int=201), "PO-1", "Pumps", date(2026, 10, 5), date(2026, 10, 9),
                        days_late=4),
        f.DeliveryFacts(uuid.UUID(int=202), "PO-2", "Pumps", date(2026, 10, 20), date(2026, 10, 22),
                        days_late=2),
    )
    data = f.MeetingData(
        as_of=AS_OF,
        account=f.AccountFacts(ACCOUNT, "Acme", None, "Steel", LifecycleStage.MATURE, Tier.KEY, "EUR",
                               Decimal("1000000"), Decimal("4000000"), "Our Owner"),
        meeting=f.MeetingFacts(day=meeting_day, subject="Annual terms", client=(buyer.uuid, champ.uuid),
                               team=(f.TeamPerson(uuid.UUID(int=9), "Our Owner", "KAM"),)),
        people=people, smap=smap, gaps=find_gaps(smap),
        recent=(f.Contact(uuid.UUID(int=301), at(AS_OF - timedelta(days=2)), InteractionKind.MEETING,
                          Direction.MUTUAL, "Price talk", "Asked for 10 % off", "Send the price sheet",
                          (buyer.uuid,)),
                f.Contact(uuid.UUID(int=302), at(AS_OF - timedelta(days=1)), InteractionKind.NOTE,
                          Direction.INTERNAL, "Note", "They compare us with Rival", None, ())),
        tickets=(f.TicketFacts(uuid.UUID(int=401), "CMP-7", TicketKind.COMPLAINT, "Missing papers",
                               TicketSeverity.HIGH, TicketStatus.OPEN, at(AS_OF - timedelta(days=8)),
                               buyer.uuid),),
        surveys=(f.SurveyAnswer(uuid.UUID(int=501), champ.uuid, SurveyKind.NPS, 6, 10, date(2026, 9, 1),
                                "Slow answers."),),
        late_deliveries=late,
        opportunities=(f.OpportunityFacts(uuid.UUID(int=601), "Service 2028", Decimal("500000"), "EUR",
                                          OpportunityStage.NEGOTIATION, 75, AS_OF + timedelta(days=40),
                                          next_step="Final price round"),),
        actions=(f.ActionFacts(uuid.UUID(int=701), "Agree the annual spec", AS_OF + timedelta(days=3),
                               PlanStatus.NOT_STARTED, "Our Owner"),
                 f.ActionFacts(uuid.UUID(int=702), "Invite to trade fair", AS_OF - timedelta(days=100),
                               PlanStatus.BLOCKED, "Our Owner")),
        risks=(f.RiskFacts(uuid.UUID(int=801), "Procurement head changes", 3, 4, "Meet the new head"),),
    )
    return dataclasses.replace(data, **changes)


def kinds(points) -> list[m.PointKind]:
    return [p.kind for p in points]


def test_late_deliveries_are_acknowledged_by_month_with_each_delivery_as_a_source():
    found = plan(meeting_data())
    late = next(p for p in found.points if p.kind is m.PointKind.ACKNOWLEDGE_LATE)
    assert late.facts["count"] == 2 and late.facts["months"] == (((2026, 10), 2),)
    assert {s.uuid for s in late.sources} == {uuid.UUID(int=201), uuid.UUID(int=202)}
    assert "2 late deliveries in October" in Lexicon("en").point(late)
    assert "2 в октябре" in Lexicon("ru").point(late)


def test_open_complaint_of_an_attendee_and_a_promise_to_report_back():
    found = plan(meeting_data())
    ticket = next(p for p in found.points if p.kind is m.PointKind.TICKET_UPDATE)
    assert ticket.facts["raised_by"] == "Olga Buyer" and ticket.sources[0].label == "CMP-7"
    back = next(p for p in found.points if p.kind is m.PointKind.REPORT_BACK)
    assert back.facts["step"] == "Send the price sheet" and back.sources[0].uuid == uuid.UUID(int=301)


def test_a_sceptic_attendee_gets_a_point_on_their_priorities():
    found = plan(meeting_data())
    concern = next(p for p in found.points if p.kind is m.PointKind.ADDRESS_CONCERNS)
    assert concern.facts["name"] == "Olga Buyer"
    assert "Price and payment terms" in Lexicon("en").point(concern)


def test_questions_new_person_decision_date_unhappy_answer_and_the_absent_economic_buyer():
    found = plan(meeting_data())
    assert set(kinds(found.questions)) >= {m.PointKind.ASK_PRIORITIES, m.PointKind.CONFIRM_DECISION_DATE,
                                            m.PointKind.ASK_DETRACTOR, m.PointKind.ASK_DECISION_MAKER}
    new = next(p for p in found.questions if p.kind is m.PointKind.ASK_PRIORITIES)
    assert new.facts["person"].name == "Olga Buyer" and new.facts["why"] == "new"
    absent = next(p for p in found.questions if p.kind is m.PointKind.ASK_DECISION_MAKER)
    assert absent.facts["days"] == 128
    assert "128" in Lexicon("en").point(absent)


def test_aims_and_risks_come_three_of_different_kinds():
    found = plan(meeting_data())
    assert kinds(found.achieve)[:2] == [m.PointKind.ADVANCE_OPPORTUNITY, m.PointKind.MOVE_ACTION]
    moved = [p.facts["action"].title for p in found.achieve if p.kind is m.PointKind.MOVE_ACTION]
    assert moved == ["Agree the annual spec"]  # the blocked one from months ago is the plan's business
    assert kinds(found.watch)[0] is m.PointKind.RISK


def test_no_data_no_points():
    quiet = meeting_data(late_deliveries=(), tickets=(), surveys=(), opportunities=(), actions=(), risks=(),
                         recent=(), people={}, meeting=f.MeetingFacts(day=AS_OF), smap=None, gaps=())
    found = plan(quiet)
    assert found.points == found.questions == found.achieve == found.watch == ()
    briefing = decide(quiet, Audience.INTERNAL, "en")
    assert [s.kind_of_section for s in briefing.sections] == [m.SectionKind.COVER, m.SectionKind.SUMMARY]


def test_internal_sections_in_reading_order():
    briefing = decide(meeting_data(), Audience.INTERNAL, "en")
    assert [s.kind_of_section for s in briefing.sections] == [
        m.SectionKind.COVER, m.SectionKind.SUMMARY, m.SectionKind.TALKING_POINTS, m.SectionKind.ATTENDEES,
        m.SectionKind.TIMELINE, m.SectionKind.SERVICE, m.SectionKind.COMMERCE, m.SectionKind.MAP]


INTERNAL_FIELDS = {"attitude", "influence", "interest", "strength", "internal_notes", "priorities",
                   "roles", "gaps", "alerts", "points", "questions", "achieve", "watch", "risks",
                   "late_probability", "expected_delay_days", "share_of_wallet", "stage", "owner_name"}
INTERNAL_TYPES = (Attitude, m.Point, f.PersonFacts, f.RiskFacts, f.OpportunityFacts, f.ActionFacts,
                  StakeholderMap)


def walk(value, path="briefing"):
    """Every (path, field name, value) in a model of dataclasses, tuples and dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            child = getattr(value, field.name)
            yield path, field.name, child
            yield from walk(child, f"{path}.{field.name}")
    elif isinstance(value, tuple | list):
        for i, child in enumerate(value):
            yield from walk(child, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from walk(child, f"{path}[{key!r}]")


def test_the_client_model_holds_no_internal_field_nor_value():
    briefing = decide(meeting_data(), Audience.CLIENT, "en")
    assert all(isinstance(s, m.CLIENT_SECTIONS) for s in briefing.sections)
    found = [(path, name) for path, name, value in walk(briefing)
             if name in INTERNAL_FIELDS or isinstance(value, INTERNAL_TYPES)]
    assert not found
    texts = [v for _, _, v in walk(briefing) if isinstance(v, str)]
    for secret in ("Hard negotiator", "Shares budget", "Procurement head changes", "Price and payment"):
        assert not any(secret in t for t in texts)


def test_the_map_is_narrowed_to_the_attendees_their_managers_and_the_decision_makers():
    people = [MapPerson(uuid.UUID(int=i), f"P{i}", manager=uuid.UUID(int=i // 2) if i > 1 else None)
              for i in range(1, 40)]
    people[30] = dataclasses.replace(people[30], roles=(
        Role(RoleFramework.MILLER_HEIMAN, MillerHeimanRole.ECONOMIC_BUYER.value),), org_position=(1.0, 2.0))
    smap = StakeholderMap(ACCOUNT, "Acme", AS_OF, tuple(people))
    focus = focus_map(smap, {uuid.UUID(int=20)})
    assert {p.name for p in focus.people} == {"P20", "P10", "P5", "P2", "P1", "P31", "P15", "P7", "P3"}
    assert all(p.org_position is None for p in focus.people)  # laid out afresh
    small = StakeholderMap(ACCOUNT, "Acme", AS_OF, tuple(people[:10]))
    assert focus_map(small, set()) is small
