"""Set-based loading for the alert rules: key people and their last contact, interaction
counts per account, and the delivery history behind predictions — aggregates in SQL,
never a query per account."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Date, Integer, and_, case, cast, extract, func, literal, or_, select
from sqlalchemy.orm import Session

from db.enums import (
    Attitude,
    BuyingCentreRole,
    DeliveryStatus,
    Direction,
    InteractionKind,
    MillerHeimanRole,
)
from db.models import Account, Delivery, Interaction, InteractionParticipant, OrderLine, Person, PersonRole
from planner.alerts.prediction import PredictionParams, Settled, recency_weight
from planner.alerts.rules_relations import KeyPersonFact
from planner.sla.facts import DeliveryFact
from planner.sla.loading import as_utc, delivery_fact, delivery_query

ROLE_NAMES = (MillerHeimanRole.ECONOMIC_BUYER.value, BuyingCentreRole.DECIDER.value)


def _client_contact(query, now: datetime):
    """Only real contact with the client counts: no internal notes, nothing after ``now``."""
    return query.where(
        Interaction.deleted_at.is_(None),
        Interaction.occurred_at <= now,
        Interaction.direction != Direction.INTERNAL,
        Interaction.kind != InteractionKind.NOTE,
    )


def _accounts_in(column, account_ids: Sequence[int] | None):
    """Restrict to some accounts, or to every live one: either way an ``IN`` on the account,
    so the database walks the (account, time) index account by account instead of the table."""
    if account_ids is None:
        return column.in_(select(Account.id).where(Account.deleted_at.is_(None)))
    return column.in_(account_ids)


def _last_contacts(session: Session, account_ids: Sequence[int] | None, person_ids: set[int],
                   now: datetime, since: datetime | None) -> dict[int, datetime]:
    """Each person's latest client contact at or before ``now``.

    With ``since``, only the accounts' interactions from then on are read (walking the
    covering index, whoever took part); without, the people's whole history, wherever
    it was logged.
    """
    query = _client_contact(
        select(InteractionParticipant.person_id, func.max(Interaction.occurred_at))
        .join(InteractionParticipant, InteractionParticipant.interaction_id == Interaction.id),
        now,
    )
    if since is None:
        query = query.where(InteractionParticipant.person_id.in_(person_ids))
    else:
        query = query.where(_accounts_in(Interaction.account_id, account_ids),
                            Interaction.occurred_at >= since, InteractionParticipant.person_id.is_not(None))
    found = session.connection().execute(query.group_by(InteractionParticipant.person_id)).tuples()
    return {person_id: as_utc(last) for person_id, last in found if person_id in person_ids}


def load_key_people(
    session: Session, account_ids: Sequence[int] | None, now: datetime, recent_days: int = 90,
) -> dict[int, list[KeyPersonFact]]:
    """Economic buyers, deciders and champions, with the date we last spoke to each.

    Two steps, both exact: the last ``recent_days`` of interactions (a range of the
    covering index) give everyone spoken to lately; only the rest, usually a few, have
    their whole history searched.
    """
    keyed = select(PersonRole.person_id).where(PersonRole.role.in_(ROLE_NAMES))
    people_query = select(
        Person.id, Person.uuid, Person.account_id, Person.full_name, Person.title, Person.attitude,
        Person.left_company, Person.left_on, Person.left_to, Person.created_at,
    ).where(Person.deleted_at.is_(None), or_(Person.attitude == Attitude.CHAMPION, Person.id.in_(keyed)))
    if account_ids is not None:
        people_query = people_query.where(Person.account_id.in_(account_ids))
    people = session.connection().execute(people_query).all()
    if not people:
        return {}
    key_ids = {row.id for row in people}
    roles: dict[int, list[str]] = defaultdict(list)
    for person_id, role in session.connection().execute(
        select(PersonRole.person_id, PersonRole.role).where(
            PersonRole.person_id.in_(people_query.with_only_columns(Person.id).scalar_subquery()),
            PersonRole.role.in_(ROLE_NAMES),
        )
    ):
        roles[person_id].append(role)
    last = _last_contacts(session, account_ids, key_ids, now, now - timedelta(days=recent_days))
    if quiet := key_ids - last.keys():
        last |= _last_contacts(session, account_ids, quiet, now, None)
    out: dict[int, list[KeyPersonFact]] = defaultdict(list)
    for row in people:
        person_roles = sorted(roles.get(row.id, []))
        if row.attitude is Attitude.CHAMPION:
            person_roles.append("champion")
        out[row.account_id].append(KeyPersonFact(
            uuid=row.uuid, account_id=row.account_id, name=row.full_name, roles=tuple(person_roles),
            title=row.title, last_contact=last.get(row.id), left_company=row.left_company,
            left_on=row.left_on, left_to=row.left_to, added_at=row.created_at,
        ))
    return out


def load_monthly_contacts(
    session: Session, account_ids: Sequence[int] | None, first_month: date, now: datetime,
) -> dict[int, dict[date, int]]:
    """Per account, client contacts per UTC month from ``first_month`` on (the engagement rule's input).

    Counted as ``planner.timeline.engagement`` counts them: every live interaction but
    our own notes, so the alert and the timeline's activity chart agree.
    """
    if session.get_bind().dialect.name == "sqlite":
        # Stored as 'YYYY-MM-DD HH:MM:SS' in UTC: the month is its first seven characters,
        # half the cost of strftime() over a few hundred thousand rows.
        month_key = func.substr(Interaction.occurred_at, 1, 7)
        columns = (month_key,)
    else:
        columns = (extract("year", Interaction.occurred_at), extract("month", Interaction.occurred_at))
    query = (
        select(Interaction.account_id, *columns, func.count())
        .where(
            _accounts_in(Interaction.account_id, account_ids),
            Interaction.deleted_at.is_(None),
            Interaction.kind != InteractionKind.NOTE,
            Interaction.occurred_at >= datetime(first_month.year, first_month.month, 1, tzinfo=UTC),
            Interaction.occurred_at <= now,
        )
        .group_by(Interaction.account_id, *columns)
    )
    out: dict[int, dict[date, int]] = defaultdict(dict)
    for account_id, *month, n in session.connection().execute(query):
        y, m = (month[0][:4], month[0][5:7]) if len(month) == 1 else month
        out[account_id][date(int(y), int(m), 1)] = int(n)
    return out


def _days(session: Session, later, earlier):
    """Whole days from ``earlier`` to ``later`` (dates), on SQLite or PostgreSQL."""
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(later) - func.julianday(earlier), Integer)
    return later - earlier


def load_settled(session: Session, since: date, today: date, params: PredictionParams,
                 lines: Collection[str | None] | None = None) -> list[Settled]:
    """The portfolio's delivery history for predictions, summed in SQL per account, product
    line and days late, with the recency weights (by whole weeks of age, at mid-week,
    from a lookup in the query) — a few thousand rows instead of every delivery.

    ``lines`` narrows it to the product lines about to be predicted (one account's open
    deliveries): the estimates of a line read only that line's history.
    """
    if lines is not None and not lines:
        return []
    today_value = literal(today, Date)
    done = case(
        (and_(Delivery.delivered_on.is_not(None), Delivery.delivered_on <= today_value),
         Delivery.delivered_on),
        else_=today_value,
    )
    raw_late = _days(session, done, Delivery.promised_on)
    late = case((raw_late < 0, 0), else_=raw_late)
    week = cast(_days(session, today_value, Delivery.promised_on) / 7, Integer)
    weeks = range(params.lookback_days // 7 + 2)
    weight = case({w: recency_weight(7 * w + 3, params) for w in weeks}, value=week, else_=0.0)
    line = func.coalesce(Delivery.product_line, OrderLine.product_line)
    query = (
        select(Delivery.account_id, line, late, func.count(), func.sum(weight))
        .outerjoin(OrderLine, OrderLine.id == Delivery.order_line_id)
        .where(Delivery.deleted_at.is_(None), Delivery.status != DeliveryStatus.CANCELLED,
               Delivery.promised_on >= since, Delivery.promised_on < today)
        .group_by(Delivery.account_id, line, late)
    )
    if lines is not None:
        named = [name for name in lines if name is not None]
        wanted = line.in_(named)
        query = query.where(or_(wanted, line.is_(None)) if None in lines else wanted)
    rows = session.connection().execute(query)
    return [Settled(a, pl, int(d), int(n), float(w)) for a, pl, d, n, w in rows]


def load_comparables(
    session: Session, wanted: Iterable[tuple[int | None, str | None]], since: date, today: date,
    limit: int,
) -> dict[tuple[int | None, str | None], list[DeliveryFact]]:
    """The ``limit`` most recent settled deliveries behind each (account, line) estimate —
    account None for a portfolio-wide one — in one query, ranked in SQL."""
    wanted = set(wanted)
    if not wanted:
        return {}
    line = func.coalesce(Delivery.product_line, OrderLine.product_line)
    settled = and_(Delivery.promised_on >= since, Delivery.promised_on < today)
    base = delivery_query().where(settled)
    parts = []
    accounts = {(a, pl) for a, pl in wanted if a is not None}
    lines = {pl for a, pl in wanted if a is None}
    if accounts:
        rank = func.row_number().over(partition_by=(Delivery.account_id, line),
                                      order_by=(Delivery.promised_on.desc(), Delivery.id.desc()))
        ids = {a for a, _ in accounts}
        parts.append(("account", base.add_columns(rank.label("rank"))
                      .where(Delivery.account_id.in_(ids), line.in_({pl for _, pl in accounts}))))
    if lines:
        rank = func.row_number().over(partition_by=line,
                                      order_by=(Delivery.promised_on.desc(), Delivery.id.desc()))
        parts.append(("portfolio", base.add_columns(rank.label("rank")).where(line.in_(lines))))
    out: dict[tuple[int | None, str | None], list[DeliveryFact]] = defaultdict(list)
    for scope, query in parts:
        ranked = query.subquery()
        for row in session.connection().execute(select(ranked).where(ranked.c.rank <= limit)):
            fact = delivery_fact(row)
            key = (fact.account_id if scope == "account" else None, fact.product_line)
            if key in wanted:
                out[key].append(fact)
    return {key: sorted(rows, key=lambda d: d.promised_on, reverse=True) for key, rows in out.items()}
