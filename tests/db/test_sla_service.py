"""SLA use cases on a real database (SQLite and PostgreSQL): scorecard, trend, portfolio,
and that the number of queries does not grow with the number of accounts."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event

from db.enums import (
    Attitude,
    ContactKind,
    Direction,
    InteractionKind,
    RoleFramework,
    SlaDirection,
    SlaMetric,
    SlaPeriod,
    SurveyKind,
    TicketSeverity,
)
from db.models import (
    Account,
    ContactPoint,
    Delivery,
    Interaction,
    InteractionParticipant,
    Order,
    OrderLine,
    Person,
    PersonRole,
    QualityRecord,
    SlaDefinition,
    SurveyResponse,
    TeamMember,
    Ticket,
)
from planner.errors import NotFound
from planner.sla import service
from planner.sla.periods import parse_period
from planner.sla.status import SlaStatus

TODAY = date(2026, 11, 27)


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


class Seed:
    """A small portfolio with every planted story, built through the ORM."""

    def __init__(self, db, extra_accounts: int = 0):
        self.db = db
        with db.session.begin() as s:
            owner = TeamMember(name="Андрей Соколов", email="a.sokolov@example.com")
            s.add(owner)
            s.flush()
            self.ural = Account(name="Уралсталь", currency="RUB", language="ru", owner_id=owner.id)
            self.nord = Account(name="Nordwerk Automotive", currency="EUR", language="en")
            s.add_all([self.ural, self.nord])
            s.flush()
            self.otd_uuid = self._slas(s, self.ural.id)
            self._slas(s, self.nord.id)
            self._deliveries(s)
            self._service(s)
            self._people(s)
            for n in range(extra_accounts):
                account = Account(name=f"Extra {n:03d}", currency="EUR")
                s.add(account)
                s.flush()
                self._slas(s, account.id)
                self._order(s, account.id, "Sensors", ago(20), ago(20), n=f"X{n}")
            self.ural_uuid, self.nord_uuid = self.ural.uuid, self.nord.uuid

    @staticmethod
    def _slas(s, account_id: int) -> uuid.UUID:
        rows = [
            (SlaMetric.ON_TIME_DELIVERY, None, "%", 95, SlaDirection.AT_LEAST, SlaPeriod.MONTH, 97),
            (SlaMetric.FIRST_RESPONSE_TIME, None, "hours", 4, SlaDirection.AT_MOST, SlaPeriod.MONTH, 3),
            (SlaMetric.RESOLUTION_TIME, None, "hours", 72, SlaDirection.AT_MOST, SlaPeriod.MONTH, 60),
            (SlaMetric.DEFECT_PPM, None, "ppm", 500, SlaDirection.AT_MOST, SlaPeriod.MONTH, 400),
            (SlaMetric.SATISFACTION, "NPS", "points", 30, SlaDirection.AT_LEAST, SlaPeriod.QUARTER, 40),
            (SlaMetric.CUSTOM, "Forecast accuracy", "%", 90, SlaDirection.AT_LEAST, SlaPeriod.QUARTER, None),
        ]
        defs = [
            SlaDefinition(account_id=account_id, metric=m, name=name, unit=unit, target=Decimal(t),
                          direction=d, period=p, warning_threshold=None if w is None else Decimal(w))
            for m, name, unit, t, d, p, w in rows
        ]
        s.add_all(defs)
        s.flush()
        return defs[0].uuid

    def _order(self, s, account_id, line, promised, delivered, n="1", ordered=None):
        order = Order(account_id=account_id, number=f"PO-{n}", ordered_on=ordered or promised - timedelta(30),
                      currency="RUB")
        order.lines.append(OrderLine(product_line=line, quantity=Decimal(4), unit="шт", amount=Decimal(1000)))
        s.add(order)
        s.flush()
        s.add(Delivery(account_id=account_id, order_id=order.id, order_line_id=order.lines[0].id,
                       product_line=line, quantity=Decimal(4), promised_on=promised, delivered_on=delivered))
        return order

    def _deliveries(self, s):
        count = 0
        # August–September: on time. October: 1 late of 10 (90 %). November: 3 late of 10.
        for month, late_days in ((8, set()), (9, set()), (10, {5}), (11, {3, 6, 9})):
            for day in range(1, 11):
                promised = date(2026, month, day * 2)
                line = "Гидравлика" if day % 2 else "Приводы"
                late = day in late_days
                delivered = promised + timedelta(days=5 if late else 0)
                count += 1
                line = "Гидравлика" if late else line
                self._order(s, self.ural.id, line, promised, delivered, n=str(count))
        # Pumps were late six times in eight before August: the open delivery is predictable.
        for i in range(8):
            count += 1
            promised = ago(120 + 15 * i)
            delivered = promised + timedelta(days=6 if i % 4 else 0)
            self._order(s, self.ural.id, "Насосы", promised, delivered, n=str(count))
        self.open_order = self._order(s, self.ural.id, "Насосы", TODAY + timedelta(days=6), None,
                                      n="OPEN-1", ordered=ago(40))
        for day in range(1, 11):
            self._order(s, self.nord.id, "Sensors", date(2026, 11, day), date(2026, 11, day), n=f"N{day}")
        s.add(QualityRecord(account_id=self.ural.id, recorded_on=date(2026, 11, 5), product_line="Гидравлика",
                            units_inspected=Decimal(10000), defects=Decimal(3)))

    def _service(self, s):
        s.add_all([
            Ticket(account_id=self.ural.id, number="INC-1", subject="Насос не запускается",
                   severity=TicketSeverity.HIGH, opened_at=at(ago(10)), first_response_at=at(ago(10), 12)),
            Ticket(account_id=self.ural.id, number="REQ-2", subject="Документы",
                   opened_at=at(ago(20)), first_response_at=at(ago(20), 11), resolved_at=at(ago(19))),
        ])
        for when, scores in ((ago(200), (10, 9, 9, 10, 8)), (ago(15), (3, 4, 6, 9))):
            for i, score in enumerate(scores):
                s.add(SurveyResponse(account_id=self.ural.id, kind=SurveyKind.NPS, score=score, scale_max=10,
                                     responded_at=at(when) + timedelta(hours=i),
                                     comment="Срывы поставок" if score < 5 else None))

    def _people(self, s):
        self.eb = Person(account_id=self.ural.id, full_name="Иванов Иван Петрович", title="Директор")
        self.buyer = Person(account_id=self.ural.id, full_name="Васильев Тимур Александрович",
                            title="Директор по закупкам")
        self.champion = Person(account_id=self.ural.id, full_name="Козлов Андрей Леонидович",
                               attitude=Attitude.CHAMPION, left_company=True, left_on=ago(40))
        decider = Person(account_id=self.nord.id, full_name="Jana Richter")
        s.add_all([self.eb, self.buyer, self.champion, decider])
        s.flush()
        s.add_all([
            PersonRole(person_id=self.eb.id, framework=RoleFramework.MILLER_HEIMAN, role="economic_buyer"),
            PersonRole(person_id=self.buyer.id, framework=RoleFramework.BUYING_CENTRE, role="buyer"),
            PersonRole(person_id=decider.id, framework=RoleFramework.BUYING_CENTRE, role="decider"),
            ContactPoint(person_id=self.buyer.id, kind=ContactKind.EMAIL, value="t.vasilev@ural.ru",
                         value_normalized="t.vasilev@ural.ru", is_primary=True),
        ])

        def meet(account_id, day, person=None, direction=Direction.OUTBOUND, kind=InteractionKind.CALL):
            i = Interaction(account_id=account_id, kind=kind, direction=direction, occurred_at=at(day))
            if person is not None:
                i.participants.append(InteractionParticipant(person_id=person.id))
            s.add(i)

        # Уралсталь: busy a year ago, silent lately; the economic buyer last met 128 days ago.
        for n in range(60):
            meet(self.ural.id, ago(100 + 5 * n), self.buyer)
        meet(self.ural.id, ago(128), self.eb)
        meet(self.ural.id, ago(10), self.eb, direction=Direction.INTERNAL)   # internal: does not count
        meet(self.ural.id, ago(5), self.eb, kind=InteractionKind.NOTE)       # a note: does not count
        meet(self.ural.id, ago(3), self.buyer)
        for n in range(40):
            meet(self.nord.id, ago(2 + 9 * n), decider)


@pytest.fixture
def seeded(any_db) -> Seed:
    return Seed(any_db)


def test_scorecard_current_period(seeded):
    card = service.scorecard(seeded.db, seeded.ural_uuid, as_of=TODAY)
    assert card.account_name == "Уралсталь"
    rows = {r.metric: r for r in card.results}
    otd = rows[SlaMetric.ON_TIME_DELIVERY]
    assert otd.period.label == "2026-11" and otd.value == Decimal("70.00")
    assert otd.status is SlaStatus.BREACHED and otd.sample_size == 10
    assert {e.facts["product_line"] for e in otd.evidence} == {"Гидравлика"}
    assert [e.facts["days_late"] for e in otd.evidence] == [5, 5, 5]
    assert rows[SlaMetric.DEFECT_PPM].value == Decimal("300.00")
    assert rows[SlaMetric.DEFECT_PPM].status is SlaStatus.MET
    assert rows[SlaMetric.RESOLUTION_TIME].evidence[0].facts["pending"] is True
    assert rows[SlaMetric.CUSTOM].status is SlaStatus.NO_DATA
    nps = next(r for r in card.results if r.name == "NPS")
    assert nps.period.label == "2026-Q4" and nps.value == Decimal("-50.00")


def test_scorecard_for_a_given_period_and_as_of(seeded):
    october = service.scorecard(seeded.db, seeded.ural_uuid, parse_period("2026-10"), as_of=TODAY)
    otd = next(r for r in october.results if r.metric is SlaMetric.ON_TIME_DELIVERY)
    assert otd.value == Decimal("90.00") and otd.complete and otd.status is SlaStatus.BREACHED
    early = service.scorecard(seeded.db, seeded.ural_uuid, as_of=date(2026, 11, 4))
    otd = next(r for r in early.results if r.metric is SlaMetric.ON_TIME_DELIVERY)
    assert otd.sample_size == 2 and otd.status is SlaStatus.MET


def test_trend_shows_met_at_risk_breached(seeded):
    trends = service.trends(seeded.db, seeded.ural_uuid, 4, as_of=TODAY)
    otd = trends[seeded.otd_uuid]
    assert [r.period.label for r in otd] == ["2026-08", "2026-09", "2026-10", "2026-11"]
    assert [r.status for r in otd] == [SlaStatus.MET, SlaStatus.MET, SlaStatus.BREACHED, SlaStatus.BREACHED]


def test_unknown_account(seeded):
    with pytest.raises(NotFound):
        service.scorecard(seeded.db, uuid.uuid4())


def count_queries(db):
    counter = {"n": 0}

    def before(*_args, **_kwargs):
        counter["n"] += 1

    event.listen(db.engine, "before_cursor_execute", before)
    return counter, lambda: event.remove(db.engine, "before_cursor_execute", before)


def test_portfolio_queries_do_not_grow_with_accounts(sqlite_db):
    seed = Seed(sqlite_db, extra_accounts=12)
    counter, stop = count_queries(seed.db)
    try:
        cards = service.portfolio(seed.db, as_of=TODAY)
    finally:
        stop()
    assert len(cards) == 14
    assert counter["n"] <= 8


def test_order_volume_and_open_deliveries(seeded):
    from planner.analytics import orders

    report = orders.order_volume(seeded.db, seeded.ural_uuid, as_of=TODAY)
    assert report.currency == "RUB" and report.unconverted == 0
    assert report.yoy.years == (2024, 2025, 2026)
    # Orders go in 30 days before the promise: October holds November's ten and the open one.
    assert report.yoy.months[2026][9] == Decimal(11000) and report.yoy.months[2026][10] == 0
    assert {r.product_line for r in report.product_lines} >= {"Гидравлика", "Приводы", "Насосы"}
    assert all(isinstance(r.amount, Decimal) for r in report.product_lines)
    [upcoming] = orders.open_deliveries(seeded.db, seeded.ural_uuid, as_of=TODAY)
    assert upcoming.order_number == "PO-OPEN-1" and upcoming.days_to_promise == 6
    assert upcoming.late_probability >= 0.5 and upcoming.expected_delay_days == 6


def test_account_satisfaction(seeded):
    from planner.analytics.satisfaction import account_satisfaction

    report = account_satisfaction(seeded.db, seeded.ural_uuid, as_of=TODAY)
    assert report.nps.responses == 9 and report.nps.nps == 22.2  # (5 promoters - 3 detractors) / 9
    assert [r.score.nps for r in report.rounds] == [80.0, -50.0]
    assert report.trend[-1].period.label == "2026-Q4" and report.trend[-1].nps.nps == -50.0
    assert [v.comment for v in report.verbatims] == ["Срывы поставок", "Срывы поставок"]
