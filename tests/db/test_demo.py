"""The demo portfolio: shape and invariants, each planted story found in the data, determinism.

The stories are checked by querying the database the way analytics would, not
by trusting ``DemoSummary.stories``. One scale-1 build is shared by the module.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select

import planner.demo.writer as demo_writer
from db.models import (
    Account,
    AccountDomain,
    ContactPoint,
    Contract,
    Delivery,
    FxRate,
    Interaction,
    InteractionParticipant,
    MetaEntry,
    Opportunity,
    Order,
    OrderLine,
    Person,
    PersonRole,
    PlanAction,
    Site,
    SurveyResponse,
    TeamMember,
    Ticket,
)
from db.store import open_database
from planner.demo import DemoCancelled, DemoSummary, StoryKind, build_demo
from planner.errors import ErrorCode, PlannerError, ValidationError

AS_OF = date(2026, 3, 15)
AS_OF_UTC = datetime.combine(AS_OF, time(), UTC)


def _build(path, **kwargs):
    database = open_database(path)
    summary = build_demo(database, as_of=AS_OF, **kwargs)
    return database, summary


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    database, summary = _build(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    yield database, summary
    database.close()


@pytest.fixture(scope="module")
def db(demo):
    return demo[0]


@pytest.fixture(scope="module")
def summary(demo) -> DemoSummary:
    return demo[1]


def rows(db, statement):
    with db.engine.connect() as conn:
        return conn.execute(statement).all()


def scalar(db, statement):
    with db.engine.connect() as conn:
        return conn.execute(statement).scalar()


def months_ago(day: date) -> int:
    return (AS_OF.year - day.year) * 12 + AS_OF.month - day.month


# --- shape and invariants ---------------------------------------------------------------


def test_counts_match_the_database(db, summary):
    assert summary.accounts == scalar(db, select(func.count()).select_from(Account)) >= 8
    assert summary.interactions == scalar(db, select(func.count()).select_from(Interaction))
    assert summary.deliveries == scalar(db, select(func.count()).select_from(Delivery))
    assert summary.interactions >= 8 * 4_500
    assert summary.interaction_participants >= 2 * summary.interactions * 0.9
    for name in ("orders", "order_lines", "tickets", "surveys", "quality_records", "opportunities",
                 "plan_actions", "risks", "contracts", "competitors", "sla_definitions", "fx_rates"):
        assert getattr(summary, name) > 0, name
    assert summary.rows == sum(summary.counts.values())
    assert summary.elapsed_seconds > 0


def test_half_russian_half_european(db):
    accounts = rows(db, select(Account.name, Account.currency, Account.language, Account.country))
    by_language = Counter(a.language for a in accounts)
    assert by_language["ru"] == by_language["en"] == len(accounts) // 2
    for account in accounts:
        assert account.currency == ("RUB" if account.language == "ru" else "EUR")
        cyrillic = any("а" <= ch.lower() <= "я" for ch in account.name)
        assert cyrillic == (account.language == "ru"), account.name
    stages = {s for (s,) in rows(db, select(Account.stage))}
    assert {"growth", "mature", "renewal", "at_risk", "onboarding"} <= stages


def test_share_of_wallet_and_sites(db):
    for revenue, wallet in rows(db, select(Account.annual_revenue, Account.wallet_spend)):
        assert Decimal("0.09") <= revenue / wallet <= Decimal("0.71")
    per_account = Counter(a for (a,) in rows(db, select(Site.account_id)))
    assert all(2 <= n <= 6 for n in per_account.values())


def test_people_per_account_and_one_economic_buyer(db):
    people = Counter(a for (a,) in rows(db, select(Person.account_id)))
    assert all(10 <= n <= 60 for n in people.values()), people
    buyers = rows(db, select(Person.account_id).join(PersonRole, PersonRole.person_id == Person.id)
                  .where(PersonRole.framework == "miller_heiman", PersonRole.role == "economic_buyer"))
    assert Counter(a for (a,) in buyers) == Counter(dict.fromkeys(people, 1))


def test_reports_to_is_a_forest_inside_each_account(db):
    people = {p.id: p for p in rows(db, select(Person.id, Person.account_id, Person.reports_to_id))}
    roots = Counter()
    for person in people.values():
        seen = set()
        current = person
        while current.reports_to_id is not None:
            assert current.id not in seen, "cycle"
            seen.add(current.id)
            boss = people[current.reports_to_id]
            assert boss.account_id == person.account_id
            current = boss
        roots[(person.account_id, current.id)] += 1
    assert len({a for a, _ in roots}) == len(roots)  # one tree per account, headed by its CEO


def test_contacts_are_normalised_and_in_the_account_domain(db):
    domains = defaultdict(set)
    for account_id, domain in rows(db, select(AccountDomain.account_id, AccountDomain.domain)):
        domains[account_id].add(domain)
    contacts = rows(db, select(ContactPoint.kind, ContactPoint.value, ContactPoint.value_normalized,
                               Person.account_id).join(Person, Person.id == ContactPoint.person_id))
    emails = 0
    for kind, value, normalized, account_id in contacts:
        if kind == "email":
            emails += 1
            assert normalized == value.lower() and normalized.split("@")[1] in domains[account_id]
        elif kind in ("phone", "mobile"):
            assert normalized.isdigit() and normalized == "".join(c for c in value if c.isdigit())
    assert emails == scalar(db, select(func.count()).select_from(Person))


def test_participants_belong_to_the_interactions_account(db):
    bad = scalar(db, select(func.count()).select_from(InteractionParticipant)
                 .join(Interaction, Interaction.id == InteractionParticipant.interaction_id)
                 .join(Person, Person.id == InteractionParticipant.person_id)
                 .where(Person.account_id != Interaction.account_id))
    assert bad == 0
    both_or_none = scalar(db, select(func.count()).select_from(InteractionParticipant).where(
        (InteractionParticipant.person_id.is_(None)) == (InteractionParticipant.team_member_id.is_(None))))
    assert both_or_none == 0
    with sqlite3.connect(db.path) as raw:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []


def test_interactions_span_two_years_in_working_hours(db):
    first, last = rows(db, select(func.min(Interaction.occurred_at), func.max(Interaction.occurred_at)))[0]
    first, last = datetime.fromisoformat(str(first)), datetime.fromisoformat(str(last))
    assert AS_OF - timedelta(days=735) <= first.date() <= AS_OF - timedelta(days=720)
    assert last.date() < AS_OF
    kinds = Counter(k for (k,) in rows(db, select(Interaction.kind)))
    assert set(kinds) == {"email", "call", "video_call", "meeting", "site_visit", "web_visit",
                          "conference", "message", "note"}
    assert kinds["email"] > kinds["call"] > kinds["meeting"]
    sample = rows(db, select(Interaction.occurred_at, Interaction.timezone, Interaction.subject)
                  .where(Interaction.id % 97 == 0))
    from zoneinfo import ZoneInfo

    hours = Counter(at.astimezone(ZoneInfo(tz)).hour for at, tz, _ in sample)
    assert sum(n for h, n in hours.items() if 8 <= h < 20) / len(sample) > 0.95
    assert len({subject for _, _, subject in sample}) > 100


def test_weekly_and_holiday_rhythm(db):
    days = Counter(at.date() for (at,) in rows(db, select(Interaction.occurred_at)
                                               .where(Interaction.timezone == "Europe/Moscow")))
    weekday = sum(n for d, n in days.items() if d.weekday() < 5)
    weekend = sum(n for d, n in days.items() if d.weekday() >= 5)
    assert weekend < weekday * 0.05


def test_deliveries_late_partial_and_open(db):
    statuses = Counter(s for (s,) in rows(db, select(Delivery.status)))
    assert statuses["delivered"] and statuses["partial"] and statuses["planned"] and statuses["in_transit"]
    late = rows(db, select(Delivery.promised_on, Delivery.delivered_on)
                .where(Delivery.delivered_on > Delivery.promised_on))
    assert late and all(1 <= (d - p).days <= 20 for p, d in late)
    assert scalar(db, select(func.count()).select_from(Delivery).where(Delivery.promised_on > AS_OF)) > 0


def test_tickets_some_open_and_overdue(db):
    open_tickets = rows(db, select(Ticket.opened_at).where(Ticket.resolved_at.is_(None)))
    assert any(AS_OF_UTC - opened > timedelta(hours=72) for (opened,) in open_tickets)


def test_surveys_are_rounds_of_new_rows(db):
    nps = rows(db, select(SurveyResponse.person_id, SurveyResponse.score, SurveyResponse.scale_max,
                          SurveyResponse.survey_name).where(SurveyResponse.kind == "nps"))
    assert all(0 <= s <= 10 and m == 10 for _, s, m, _ in nps)
    assert max(Counter(p for p, *_ in nps).values()) > 1  # answered again, as a new row
    kinds = {k: m for k, m in rows(db, select(SurveyResponse.kind, SurveyResponse.scale_max).distinct())}
    assert kinds == {"nps": 10, "csat": 5, "ces": 7}


def test_plan_pipeline_and_contracts(db):
    per_account = Counter(a for (a,) in rows(db, select(Opportunity.account_id).where(
        Opportunity.stage.notin_(("won", "lost")),
        Opportunity.expected_close.between(AS_OF + timedelta(days=30), AS_OF + timedelta(days=92)))))
    assert len(per_account) == scalar(db, select(func.count()).select_from(Account))
    overdue = scalar(db, select(func.count()).select_from(PlanAction).where(
        PlanAction.due_on < AS_OF, PlanAction.status != "done"))
    assert overdue >= 8
    ending = rows(db, select(Account.stage).join(Contract, Contract.account_id == Account.id).where(
        Contract.status == "active", Contract.ends_on <= AS_OF + timedelta(days=183)))
    assert ending and {stage for (stage,) in ending} == {"renewal"}


def test_meta_and_fx(db):
    meta = dict(rows(db, select(MetaEntry.key, MetaEntry.value)))
    assert meta["demo_seed"] == "7" and meta["demo_scale"] == "1" and meta["demo_as_of"] == AS_OF.isoformat()
    rates = [r for (r,) in rows(db, select(FxRate.rate).where(FxRate.currency == "RUB"))]
    assert len(rates) >= 24 and all(Decimal("0.009") < r < Decimal("0.012") for r in rates)


# --- the planted stories: found by querying, the way analytics would ----------------


def story_accounts(db, summary, kind: StoryKind) -> set[int]:
    wanted = {s.account_uuid for s in summary.stories if s.kind is kind}
    return {a for a, u in rows(db, select(Account.id, Account.uuid)) if u in wanted}


def detect_engagement_drop(db) -> set[int]:
    """Interactions of the last 90 days below 35 % of one month of the year before."""
    recent_from = AS_OF_UTC - timedelta(days=90)
    baseline_from = recent_from - timedelta(days=365)
    recent, baseline = Counter(), Counter()
    for account_id, at in rows(db, select(Interaction.account_id, Interaction.occurred_at)
                               .where(Interaction.occurred_at >= baseline_from)):
        (recent if at >= recent_from else baseline)[account_id] += 1
    return {a for a in baseline if recent[a] < 0.35 * baseline[a] / 12}


def detect_champion_left(db) -> set[int]:
    """A champion and coach who left 35–45 days ago, often met before and never since."""
    found = set()
    for account_id, person_id, left_on, strength in rows(db, select(
            Person.account_id, Person.id, Person.left_on, Person.relationship_strength)
            .join(PersonRole, PersonRole.person_id == Person.id)
            .where(Person.attitude == "champion", Person.left_company.is_(True),
                   PersonRole.role == "coach")):
        times = [at for (at,) in rows(db, select(Interaction.occurred_at).join(
            InteractionParticipant, InteractionParticipant.interaction_id == Interaction.id)
            .where(InteractionParticipant.person_id == person_id))]
        left_utc = datetime.combine(left_on, time(), UTC)
        if (strength >= 4 and 35 <= (AS_OF - left_on).days <= 45 and len(times) >= 100
                and max(times) < left_utc):
            found.add(account_id)
    return found


def on_time_by_month(db) -> dict[int, dict[int, float]]:
    """Monthly on-time delivery % per account (months before as_of; open overdue = late)."""
    counts = defaultdict(lambda: [0, 0])
    for account_id, promised, delivered in rows(db, select(
            Delivery.account_id, Delivery.promised_on, Delivery.delivered_on)
            .where(Delivery.promised_on < AS_OF)):
        cell = counts[(account_id, months_ago(promised))]
        cell[0] += delivered is not None and delivered <= promised
        cell[1] += 1
    rates = defaultdict(dict)
    for (account_id, age), (ok, n) in counts.items():
        rates[account_id][age] = 100 * ok / n
    return rates


def detect_sla_slipping(db) -> set[int]:
    """Met (≥ 97 %) until four months ago, at risk two months, breached for the last two."""
    return {
        a for a, rate in on_time_by_month(db).items()
        if all(rate[age] >= 97 for age in range(4, 13)) and all(95 <= rate[age] < 97 for age in (2, 3))
        and rate[1] < 95 and rate[0] < 95
    }


def detect_orders_declining(db) -> set[int]:
    year_ago, two_years_ago = AS_OF - timedelta(days=365), AS_OF - timedelta(days=730)
    last, previous = defaultdict(Decimal), defaultdict(Decimal)
    lines = (select(Order.account_id, Order.ordered_on, OrderLine.amount)
             .join(OrderLine, OrderLine.order_id == Order.id).where(Order.status != "cancelled"))
    for account_id, ordered_on, amount in rows(db, lines):
        if ordered_on >= year_ago:
            last[account_id] += amount
        elif ordered_on >= two_years_ago:
            previous[account_id] += amount
    return {a for a in previous if last[a] <= previous[a] * Decimal("0.7")}


def detect_late_delivery_predictable(db) -> set[tuple[int, str]]:
    """(account, line) with open deliveries due in 5–30 days on a line mostly late so far."""
    past, upcoming = defaultdict(lambda: [0, 0]), set()
    for account_id, line, promised, delivered in rows(db, select(
            Delivery.account_id, Delivery.product_line, Delivery.promised_on, Delivery.delivered_on)):
        if promised < AS_OF:
            past[(account_id, line)][0] += delivered is None or delivered > promised
            past[(account_id, line)][1] += 1
        elif 5 <= (promised - AS_OF).days <= 30 and delivered is None:
            upcoming.add((account_id, line))
    return {key for key in upcoming if past[key][1] >= 8 and past[key][0] > past[key][1] / 2}


def _nps(scores):
    return 100 * (sum(s >= 9 for s in scores) - sum(s <= 6 for s in scores)) / len(scores)


def detect_nps_drop(db) -> set[int]:
    """The latest NPS round at least 30 points below the mean of the earlier rounds."""
    rounds = defaultdict(lambda: defaultdict(list))
    for account_id, name, score in rows(db, select(SurveyResponse.account_id, SurveyResponse.survey_name,
                                                   SurveyResponse.score)
                                        .where(SurveyResponse.kind == "nps")
                                        .order_by(SurveyResponse.responded_at)):
        rounds[account_id][name].append(score)
    found = set()
    for account_id, by_name in rounds.items():
        values = [_nps(scores) for scores in by_name.values()]  # in order of first answer
        if len(values) >= 3 and values[-1] <= sum(values[:-1]) / len(values[:-1]) - 30:
            found.add(account_id)
    return found


def detect_key_person_stale(db) -> set[int]:
    """An economic buyer not met for 100+ days at an account with 100+ touches last month."""
    last = dict(rows(db, select(Person.id, func.max(Interaction.occurred_at))
                     .join(InteractionParticipant, InteractionParticipant.person_id == Person.id)
                     .join(Interaction, Interaction.id == InteractionParticipant.interaction_id)
                     .group_by(Person.id)))
    busy = Counter(a for (a,) in rows(db, select(Interaction.account_id).where(
        Interaction.occurred_at >= AS_OF_UTC - timedelta(days=30))))
    found = set()
    for person_id, account_id in rows(db, select(Person.id, Person.account_id).join(PersonRole)
                                      .where(PersonRole.role == "economic_buyer")):
        when = last.get(person_id)
        if when is not None and AS_OF_UTC - _aware(when) > timedelta(days=100) and busy[account_id] > 100:
            found.add(account_id)
    return found


def _aware(value) -> datetime:
    """SQLite hands back MAX() of a timestamp as text, not through the column type."""
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return value


def detect_no_coach(db) -> set[int]:
    with_coach = {a for (a,) in rows(db, select(Person.account_id).join(PersonRole)
                                     .where(PersonRole.role == "coach"))}
    return {a for (a,) in rows(db, select(Account.id))} - with_coach


DETECTORS = {
    StoryKind.ENGAGEMENT_DROP: detect_engagement_drop,
    StoryKind.CHAMPION_LEFT: detect_champion_left,
    StoryKind.SLA_SLIPPING: detect_sla_slipping,
    StoryKind.ORDERS_DECLINING: detect_orders_declining,
    StoryKind.NPS_DROP: detect_nps_drop,
    StoryKind.KEY_PERSON_STALE: detect_key_person_stale,
    StoryKind.NO_COACH: detect_no_coach,
}


def test_stories_one_per_account(summary):
    assert {s.kind for s in summary.stories} == set(StoryKind)
    assert len({s.account for s in summary.stories}) == len(summary.stories) == 8


@pytest.mark.parametrize("kind", list(DETECTORS), ids=str)
def test_each_story_is_found_in_the_data_and_only_there(db, summary, kind):
    assert DETECTORS[kind](db) == story_accounts(db, summary, kind)


def test_late_delivery_predictable(db, summary):
    story = next(s for s in summary.stories if s.kind is StoryKind.LATE_DELIVERY_PREDICTABLE)
    account_id, = story_accounts(db, summary, StoryKind.LATE_DELIVERY_PREDICTABLE)
    assert detect_late_delivery_predictable(db) == {(account_id, story.product_line)}


def test_story_details(db, summary):
    """The departed champion still has an active coach beside them; the SLA slip is on one line."""
    account_id, = story_accounts(db, summary, StoryKind.CHAMPION_LEFT)
    assert scalar(db, select(func.count()).select_from(Person).join(PersonRole).where(
        Person.account_id == account_id, PersonRole.role == "coach", Person.left_company.is_(False))) >= 1
    story = next(s for s in summary.stories if s.kind is StoryKind.SLA_SLIPPING)
    account_id, = story_accounts(db, summary, StoryKind.SLA_SLIPPING)
    late_lines = Counter(line for line, promised, delivered in rows(db, select(
        Delivery.product_line, Delivery.promised_on, Delivery.delivered_on).where(
        Delivery.account_id == account_id, Delivery.promised_on < AS_OF,
        Delivery.promised_on >= AS_OF - timedelta(days=120)))
        if delivered is None or delivered > promised)
    line, count = late_lines.most_common(1)[0]
    assert line == story.product_line and count > sum(late_lines.values()) / 2
    stale = next(s for s in summary.stories if s.kind is StoryKind.KEY_PERSON_STALE)
    assert stale.person and scalar(db, select(func.count()).select_from(Person).join(PersonRole).where(
        Person.full_name == stale.person, PersonRole.role == "economic_buyer")) == 1


def test_healthy_accounts_stay_green(db, summary):
    """No accidental stories: other accounts keep on-time delivery at 97 % or better."""
    troubled = story_accounts(db, summary, StoryKind.SLA_SLIPPING) | story_accounts(
        db, summary, StoryKind.LATE_DELIVERY_PREDICTABLE)
    for account_id, rate in on_time_by_month(db).items():
        if account_id not in troubled:
            assert all(r >= 97 for age, r in rate.items() if age >= 1), (account_id, rate)


@pytest.mark.slow
def test_every_copy_carries_its_story(tmp_path):
    """At scale 3 each story is planted three times, once per copy of its base account."""
    database, summary = _build(tmp_path / "scale3.sqlite", scale=3)
    try:
        assert summary.accounts == 24 and len({s.account for s in summary.stories}) == 24
        for kind, detect in DETECTORS.items():
            assert detect(database) == story_accounts(database, summary, kind), kind
            assert len(story_accounts(database, summary, kind)) == 3
    finally:
        database.close()


# --- refusals, cancellation, determinism, PostgreSQL ------------------------------------


def test_refuses_a_database_with_accounts(db):
    with pytest.raises(PlannerError) as caught:
        build_demo(db, as_of=AS_OF)
    assert caught.value.code is ErrorCode.INVALID


@pytest.mark.parametrize("scale", [0, 201, -3])
def test_refuses_a_bad_scale(sqlite_db, scale):
    with pytest.raises(ValidationError):
        build_demo(sqlite_db, scale=scale)


def test_cancel_leaves_the_database_empty(sqlite_db):
    seen = []

    def progress(label, fraction):
        seen.append(fraction)

    with pytest.raises(DemoCancelled):
        build_demo(sqlite_db, as_of=AS_OF, progress=progress, cancelled=lambda: len(seen) > 4)
    for table in (Account, TeamMember, Person, Interaction, InteractionParticipant, FxRate):
        assert scalar(sqlite_db, select(func.count()).select_from(table)) == 0
    assert scalar(sqlite_db, select(func.count()).select_from(MetaEntry)
                  .where(MetaEntry.key.like("demo_%"))) == 0
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() != 0  # tuning undone
        triggers = {name for (name,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert "fts_interaction_ai" in triggers  # the suspended search triggers are back


TABLES = ("account", "person", "contact_point", "interaction", "interaction_participant",
          "delivery", "survey_response")


def _dump(path, table):
    with sqlite3.connect(path) as raw:
        return [tuple((type(v).__name__, v) for v in row)
                for row in raw.execute(f"SELECT * FROM {table} ORDER BY id")]


def test_same_seed_same_bytes_even_through_the_typed_path(db, tmp_path, monkeypatch):
    """A second build, through SQLAlchemy's typed inserts, stores exactly the same values."""
    monkeypatch.setattr(demo_writer, "FAST_SQLITE", False)
    twin, _ = _build(tmp_path / "twin.sqlite")
    twin.close()
    for table in TABLES:
        assert _dump(db.path, table) == _dump(tmp_path / "twin.sqlite", table), table


def test_another_seed_differs(db, tmp_path):
    other, summary = _build(tmp_path / "other.sqlite", seed=8)
    other.close()
    assert summary.seed == 8
    for table in ("account", "person", "interaction"):
        assert _dump(db.path, table) != _dump(tmp_path / "other.sqlite", table)


def test_builds_on_any_database(any_db, db):
    """Scale 1 on SQLite and PostgreSQL alike, with the same content as the module's build."""
    summary = build_demo(any_db, as_of=AS_OF)
    assert scalar(any_db, select(func.count()).select_from(Account)) == summary.accounts >= 8
    assert scalar(any_db, select(func.count()).select_from(Interaction)) == summary.interactions
    for statement in (select(Account.uuid, Account.name, Account.annual_revenue).order_by(Account.id),
                      select(Interaction.uuid, Interaction.occurred_at, Interaction.subject)
                      .where(Interaction.id % 500 == 1).order_by(Interaction.id),
                      select(Person.uuid, Person.full_name, Person.left_on).order_by(Person.id)):
        assert rows(any_db, statement) == rows(db, statement)
    with any_db.engine.begin() as conn:  # sequences continue after the demo's own ids
        conn.execute(insert(TeamMember).values(name="New colleague"))
    assert scalar(any_db, select(func.max(TeamMember.id))) == summary.team_members + 1
