"""Set-based loading of SLA facts: one query per kind of record for a window, any accounts.

Never one query per account or per metric: the alert list of a 200-account
portfolio is computed from a handful of queries, grouped in Python. The queries go
through the session's connection (Core), not the ORM: they select columns, never
entities, and the ORM's result layer doubled the cost of tens of thousands of rows.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import String, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from db.enums import DeliveryStatus, SlaMetric, SurveyKind
from db.models import (
    Delivery,
    Order,
    OrderLine,
    Person,
    QualityRecord,
    SlaDefinition,
    SurveyResponse,
    Ticket,
)
from planner.sla.facts import (
    AccountData,
    DeliveryFact,
    QualityFact,
    SlaSpec,
    SurveyFact,
    TicketFact,
)
from planner.sla.periods import Period, utc_day


def _scope(query, column, account_ids: Sequence[int] | None):
    return query if account_ids is None else query.where(column.in_(account_ids))


def load_specs(session: Session, account_ids: Sequence[int] | None = None) -> dict[int, list[SlaSpec]]:
    query = _scope(
        select(
            SlaDefinition.uuid, SlaDefinition.account_id, SlaDefinition.metric, SlaDefinition.target,
            SlaDefinition.direction, SlaDefinition.period, SlaDefinition.warning_threshold,
            SlaDefinition.unit, SlaDefinition.name, SlaDefinition.product_line,
            SlaDefinition.valid_from, SlaDefinition.valid_to,
        ).where(SlaDefinition.deleted_at.is_(None)).order_by(SlaDefinition.id),
        SlaDefinition.account_id,
        account_ids,
    )
    specs: dict[int, list[SlaSpec]] = defaultdict(list)
    for row in session.connection().execute(query):
        spec = SlaSpec(*row)
        specs[spec.account_id].append(spec)
    return specs


def raw(column):
    """The column as the driver hands it over, without SQLAlchemy's per-row conversion —
    the bulk of the cost of loading tens of thousands of rows; ``as_day``, ``as_uuid``
    and ``as_decimal`` finish the job for SQLite (text, numbers) and PostgreSQL (objects)."""
    return type_coerce(column, String).label(f"{column.table.name}_{column.key}")


def as_day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def as_uuid(value) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(value)


def as_decimal(value) -> Decimal | None:
    if value is None or isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def as_utc(value) -> datetime | None:
    """A stored UTC time: naive text on SQLite, an aware datetime on PostgreSQL."""
    if value is None:
        return None
    if isinstance(value, str):
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def delivery_query():
    """Deliveries with their order and line, as the columns ``delivery_fact`` reads."""
    return (
        select(
            raw(Delivery.uuid), Delivery.account_id, raw(Delivery.promised_on),
            raw(Delivery.delivered_on), func.coalesce(Delivery.product_line, OrderLine.product_line),
            Order.number, raw(Order.ordered_on), raw(Delivery.quantity), OrderLine.unit,
        )
        .outerjoin(Order, Order.id == Delivery.order_id)
        .outerjoin(OrderLine, OrderLine.id == Delivery.order_line_id)
        .where(Delivery.deleted_at.is_(None), Delivery.status != DeliveryStatus.CANCELLED)
    )


def delivery_fact(row) -> DeliveryFact:
    u, a, p, d, line, number, ordered, qty, unit = row[:9]
    return DeliveryFact(
        uuid=as_uuid(u), account_id=a, promised_on=as_day(p), delivered_on=as_day(d), product_line=line,
        order_number=number, ordered_on=as_day(ordered), quantity=as_decimal(qty), unit=unit,
    )


def load_deliveries(
    session: Session, account_ids: Sequence[int] | None, since: date, until: date,
    *, open_since: date | None = None,
) -> list[DeliveryFact]:
    """Live, not cancelled deliveries promised or made since ``since`` and promised by
    ``until``; with ``open_since``, also those still undelivered promised since then."""
    window = or_(Delivery.promised_on >= since, Delivery.delivered_on >= since)
    if open_since is not None and open_since < since:
        window = or_(window, and_(Delivery.delivered_on.is_(None), Delivery.promised_on >= open_since))
    query = _scope(delivery_query().where(window, Delivery.promised_on <= until),
                   Delivery.account_id, account_ids)
    return [delivery_fact(row) for row in session.connection().execute(query)]


def load_tickets(
    session: Session, account_ids: Sequence[int] | None, since: datetime
) -> list[TicketFact]:
    """Live tickets opened since ``since``, and every ticket still unresolved."""
    query = select(
        Ticket.uuid, Ticket.account_id, Ticket.opened_at, Ticket.first_response_at,
        Ticket.resolved_at, Ticket.status, Ticket.severity, Ticket.number, Ticket.subject,
        Ticket.product_line,
    ).where(Ticket.deleted_at.is_(None), or_(Ticket.opened_at >= since, Ticket.resolved_at.is_(None)))
    query = _scope(query, Ticket.account_id, account_ids)
    return [TicketFact(*row) for row in session.connection().execute(query)]


def load_surveys(
    session: Session, account_ids: Sequence[int] | None, since: datetime, until: datetime,
    *, nps_since: datetime | None = None,
) -> list[SurveyFact]:
    """Survey answers given in [since, until], optionally for some accounts, one query;
    with ``nps_since``, NPS answers from that earlier time on as well (the NPS rounds)."""
    query = (
        select(
            raw(SurveyResponse.uuid), SurveyResponse.account_id, raw(SurveyResponse.kind),
            SurveyResponse.score, SurveyResponse.scale_max, raw(SurveyResponse.responded_at),
            raw(Person.uuid), Person.full_name, SurveyResponse.comment, SurveyResponse.survey_name,
        )
        .outerjoin(Person, Person.id == SurveyResponse.person_id)
        .where(SurveyResponse.responded_at <= until)
    )
    window = SurveyResponse.responded_at >= since
    if nps_since is not None and nps_since < since:
        window = or_(window, and_(SurveyResponse.kind == SurveyKind.NPS,
                                  SurveyResponse.responded_at >= nps_since))
    query = query.where(window)
    query = _scope(query, SurveyResponse.account_id, account_ids)
    return [
        SurveyFact(as_uuid(u), a, SurveyKind(kind), score, top, as_utc(at), as_uuid(person), name,
                   comment, survey)
        for u, a, kind, score, top, at, person, name, comment, survey in session.connection().execute(query)
    ]


def load_quality(
    session: Session, account_ids: Sequence[int] | None, since: date
) -> list[QualityFact]:
    query = select(
        QualityRecord.uuid, QualityRecord.account_id, QualityRecord.recorded_on,
        QualityRecord.units_inspected, QualityRecord.defects, QualityRecord.product_line,
    ).where(QualityRecord.recorded_on >= since)
    query = _scope(query, QualityRecord.account_id, account_ids)
    return [QualityFact(*row) for row in session.connection().execute(query)]


#: Which records each metric is measured from.
SOURCE = {
    SlaMetric.ON_TIME_DELIVERY: "deliveries",
    SlaMetric.ORDER_LEAD_TIME: "deliveries",
    SlaMetric.FIRST_RESPONSE_TIME: "tickets",
    SlaMetric.RESOLUTION_TIME: "tickets",
    SlaMetric.DEFECT_PPM: "quality",
    SlaMetric.SATISFACTION: "surveys",
}


def windows(specs: Iterable[SlaSpec], first_period: Callable[[SlaSpec], Period]) -> dict[str, date]:
    """For each kind of record the SLAs read, the first day they need: each kind is loaded
    only as far back as its own metrics' periods reach."""
    out: dict[str, date] = {}
    for spec in specs:
        kind = SOURCE.get(spec.metric)
        if kind is not None:
            start = first_period(spec).start
            out[kind] = min(out.get(kind, start), start)
    return out


def load_account_data(
    session: Session,
    account_ids: Sequence[int] | None,
    since: Mapping[str, date],
    now: datetime,
    *,
    deliveries_until: date | None = None,
    open_since: date | None = None,
    nps_since: date | None = None,
) -> dict[int, AccountData]:
    """Per account, the records of each kind named in ``since`` from that day on (and the
    extra history that ``open_since`` and ``nps_since`` ask for)."""
    grouped: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))

    def at(day: date) -> datetime:
        return datetime.combine(day, time(0), tzinfo=UTC)

    loaders = {
        "deliveries": lambda day: load_deliveries(
            session, account_ids, day, deliveries_until or utc_day(now), open_since=open_since),
        "tickets": lambda day: load_tickets(session, account_ids, at(day)),
        "quality": lambda day: load_quality(session, account_ids, day),
        "surveys": lambda day: load_surveys(session, account_ids, at(day), now,
                                            nps_since=nps_since and at(nps_since)),
    }
    for kind, day in since.items():
        for fact in loaders[kind](day):
            grouped[fact.account_id][kind].append(fact)
    return {
        account_id: AccountData(**{kind: tuple(rows) for kind, rows in kinds.items()})
        for account_id, kinds in grouped.items()
    }
