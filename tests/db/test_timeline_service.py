"""The timeline read-model, silences, quick log and monthly activity on a real database."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert, select

from db.enums import Direction, InteractionKind, ParticipantRole
from db.models import Account, Interaction, InteractionParticipant, Person, TeamMember
from planner.errors import Ambiguous, NotFound, ValidationError
from planner.timeline import query
from planner.timeline.engagement import account_engagement, monthly_activity
from planner.timeline.months import silences
from planner.timeline.query import TimelineFilter, person_timeline, resolve_person, timeline
from planner.timeline.quicklog import delete_interaction, log_interaction, restore_interaction
from tests.db.test_import_support import seed

START = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(any_db):
    """SQLite, and PostgreSQL where a server is configured (KAP_TEST_PG_URL)."""
    return any_db


@pytest.fixture
def filled(db):
    """250 interactions of Уралсталь, one every other day, every third with Anna, every fifth a call."""
    portfolio = seed(db)
    with db.session.begin() as session:
        account_id = session.scalar(select(Account.id).where(Account.uuid == portfolio.ural))
        anna = session.scalar(select(Person.id).where(Person.uuid == portfolio.anna))
        max_id = session.scalar(select(TeamMember.id))
        rows = [
            {
                "uuid": uuid.uuid4(),
                "account_id": account_id,
                "kind": InteractionKind.CALL if i % 5 == 0 else InteractionKind.EMAIL,
                "direction": Direction.INBOUND if i % 2 else Direction.OUTBOUND,
                # Two share a moment so paging must break the tie by id.
                "occurred_at": START + timedelta(days=2 * min(i, 248)),
                "subject": "Отчёт: поставка проката" if i == 100 else f"Subject {i}",
            }
            for i in range(250)
        ]
        ids = (
            session.execute(insert(Interaction).returning(Interaction.id, sort_by_parameter_order=True), rows)
            .scalars()
            .all()
        )
        links = [
            {
                "uuid": uuid.uuid4(),
                "interaction_id": ids[i],
                "person_id": anna,
                "team_member_id": None,
                "role": ParticipantRole.RECIPIENT,
            }
            for i in range(0, 250, 3)
        ]
        links += [
            {
                "uuid": uuid.uuid4(),
                "interaction_id": ids[i],
                "person_id": None,
                "team_member_id": max_id,
                "role": ParticipantRole.SENDER,
            }
            for i in range(0, 250, 7)
        ]
        session.execute(insert(InteractionParticipant), links)
    return portfolio


def test_pages_newest_first_with_a_cursor_and_no_overlap(db, filled):
    seen = []
    cursor = None
    while True:
        page = timeline(db, filled.ural, limit=60, before=cursor)
        seen += page.entries
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(seen) == 250 and len({e.uuid for e in seen}) == 250
    moments = [e.occurred_at for e in seen]
    assert moments == sorted(moments, reverse=True)
    assert seen[0].subject in ("Subject 248", "Subject 249")


def test_filters(db, filled):
    calls = timeline(
        db, filled.ural, TimelineFilter(kinds=frozenset({InteractionKind.CALL})), limit=1000
    ).entries
    assert len(calls) == 50 and all(e.kind is InteractionKind.CALL for e in calls)
    with_anna = timeline(db, filled.ural, TimelineFilter(person=filled.anna), limit=1000).entries
    assert len(with_anna) == 84 and all(p.name == "Анна Петрова" for e in with_anna for p in e.people)
    assert person_timeline(db, filled.anna, limit=1000).entries == with_anna
    with_max = timeline(db, filled.ural, TimelineFilter(team_member=filled.max), limit=1000).entries
    assert len(with_max) == 36 and with_max[0].team[0].name == "Max Team"
    inbound = timeline(
        db, filled.ural, TimelineFilter(directions=frozenset({Direction.INBOUND})), limit=1000
    ).entries
    assert len(inbound) == 125
    window = TimelineFilter(since=date(2025, 1, 1), until=date(2025, 1, 10))
    assert len(timeline(db, filled.ural, window, limit=1000).entries) == 5
    found = timeline(db, filled.ural, TimelineFilter(text="поставки"), limit=10).entries
    assert [e.subject for e in found] == ["Отчёт: поставка проката"]
    assert timeline(db, filled.nord).entries == ()


def test_bad_arguments(db, filled):
    with pytest.raises(ValidationError):
        timeline(db, filled.ural, limit=0)
    with pytest.raises(ValidationError):
        timeline(db, filled.ural, before="yesterday")
    with pytest.raises(NotFound):
        timeline(db, uuid.uuid4())


def test_resolve_person(db, filled):
    assert resolve_person(db, filled.ural, "анна") == filled.anna
    assert resolve_person(db, filled.ural, "Петрова") == filled.anna
    assert resolve_person(db, filled.ural, str(filled.anna)) == filled.anna
    with pytest.raises(NotFound):
        resolve_person(db, filled.ural, "Klaus")
    log_interaction(db, filled.ural, InteractionKind.NOTE, "x")
    with db.session.begin() as session:
        account_id = session.scalar(select(Account.id).where(Account.uuid == filled.ural))
        session.execute(
            insert(Person), {"uuid": uuid.uuid4(), "account_id": account_id, "full_name": "Анна Смирнова"}
        )
    with pytest.raises(Ambiguous):
        resolve_person(db, filled.ural, "Анна")


def test_silences_stream_the_gaps(db, filled):
    gaps = silences(db, filled.ural, min_days=30, now=START + timedelta(days=600))
    assert len(gaps) == 1 and gaps[0].ongoing and gaps[0].days == 600 - 496
    calls = silences(
        db,
        filled.ural,
        TimelineFilter(kinds=frozenset({InteractionKind.CALL})),
        min_days=10,
        now=START + timedelta(days=497),
    )
    assert gaps and len(calls) == 49  # every call is 10 days after the last


def test_quick_log_and_undo(db, filled):
    changes = log_interaction(
        db,
        filled.ural,
        InteractionKind.SITE_VISIT,
        "Осмотр цеха",
        people=[filled.anna],
        team_members=[filled.max],
        duration_minutes=90,
    )
    assert changes.accounts == {filled.ural} and len(changes.created) == 1
    newest = timeline(db, filled.ural, limit=1).entries[0]
    assert newest.uuid == changes.created[0] and newest.kind is InteractionKind.SITE_VISIT
    assert newest.source == "manual" and [p.name for p in newest.people] == ["Анна Петрова"]
    assert (datetime.now(UTC) - newest.occurred_at).total_seconds() < 60
    delete_interaction(db, newest.uuid)
    assert timeline(db, filled.ural, limit=1).entries[0].uuid != newest.uuid
    restore_interaction(db, newest.uuid)
    assert timeline(db, filled.ural, limit=1).entries[0].uuid == newest.uuid


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"subject": "  "}, "subject"),
        ({"subject": "x", "occurred_at": datetime.now(UTC) + timedelta(days=3)}, "occurred_at"),
        ({"subject": "x", "duration_minutes": -5}, "duration_minutes"),
        ({"subject": "x", "kind": "telepathy"}, "kind"),
        ({"subject": "x", "people": "klaus"}, "people"),
    ],
)
def test_quick_log_validation(db, filled, kwargs, field):
    values = {"kind": InteractionKind.CALL, **kwargs}
    if values.get("people") == "klaus":
        values["people"] = [filled.klaus]
    with pytest.raises(ValidationError) as caught:
        log_interaction(db, filled.ural, **values)
    assert caught.value.field == field


def test_monthly_activity_and_engagement(db, filled):
    activity = monthly_activity(db, filled.ural, months=6, until=date(2025, 6, 30))
    assert activity.months[0] == date(2025, 1, 1) and len(activity.months) == 6
    assert sum(activity.totals) == len(
        query.timeline(db, filled.ural, TimelineFilter(until=date(2025, 6, 30)), limit=1000).entries
    )
    assert activity.counts[InteractionKind.CALL][0] == 4  # days 0, 10, 20 and 30 of January
    # Contacts stop in May 2026: by autumn the rule flags the drop.
    activity, verdict = account_engagement(db, filled.ural, as_of=date(2026, 8, 15))
    assert verdict.baseline and verdict.drop and verdict.recent == 0


def test_the_rule_finds_the_demo_portfolios_planted_engagement_drop(sqlite_db):
    """On the demo portfolio the engagement_drop rule flags exactly the accounts where the
    demo planted that story, and no other."""
    from planner.demo import StoryKind, build_demo
    from planner.services.accounts import list_accounts

    as_of = date(2026, 11, 27)
    summary = build_demo(sqlite_db, as_of=as_of)
    planted = {s.account for s in summary.stories if s.kind is StoryKind.ENGAGEMENT_DROP}
    flagged = {a.name for a in list_accounts(sqlite_db)
               if account_engagement(sqlite_db, a.uuid, as_of=as_of)[1].drop}
    assert planted and flagged == planted
