"""Order volume by month and by product line, year over year, and the open deliveries.

Amounts are summed as Decimal in the account's currency; lines in another currency
are converted at the latest known rate, and lines without a rate are counted in
``unconverted`` rather than silently added at par. Months are calendar months of
the order date. Cancelled and deleted orders do not count.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from db.enums import OrderStatus
from db.models import Account, Order, OrderLine
from db.store import Database
from planner.errors import NotFound
from planner.sla.periods import moment_of, utc_day

ZERO = Decimal(0)


@dataclass(frozen=True)
class OrderLineFact:
    ordered_on: date
    product_line: str
    amount: Decimal
    quantity: Decimal | None = None


@dataclass(frozen=True)
class YearOverYear:
    """Monthly amounts of the last few calendar years, side by side (oldest year first).

    Months after ``today``, and months before the first order on record, are None (not
    zero), so a chart starts and stops the line there instead of dropping it to the floor.
    """

    years: tuple[int, ...]
    months: dict[int, tuple[Decimal | None, ...]]
    totals: dict[int, Decimal]
    #: January up to and including the current month, for each year: the fair comparison.
    to_date: dict[int, Decimal]
    #: Growth of the latest year-to-date over the same months a year before (0.1 = +10 %).
    change_to_date: float | None
    through_month: int


@dataclass(frozen=True)
class ProductLineVolume:
    product_line: str
    amount: Decimal
    #: Share of the last twelve months' total (0–1).
    share: float
    previous_amount: Decimal
    change: float | None


def _ratio_change(now: Decimal, before: Decimal) -> float | None:
    return None if before == 0 else float((now - before) / before)


def monthly_totals(lines: Iterable[OrderLineFact]) -> dict[tuple[int, int], Decimal]:
    totals: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    for line in lines:
        totals[(line.ordered_on.year, line.ordered_on.month)] += line.amount
    return dict(totals)


def year_over_year(lines: Iterable[OrderLineFact], today: date, years: int = 3) -> YearOverYear:
    totals = monthly_totals(lines)
    first = min(totals, default=(today.year, today.month))
    span = tuple(range(today.year - years + 1, today.year + 1))
    months = {
        year: tuple(
            None if not first <= (year, m) <= (today.year, today.month) else totals.get((year, m), ZERO)
            for m in range(1, 13)
        )
        for year in span
    }
    yearly = {year: sum((v for v in months[year] if v is not None), ZERO) for year in span}
    to_date = {year: sum((months[year][m] or ZERO for m in range(today.month)), ZERO) for year in span}
    change = _ratio_change(to_date[span[-1]], to_date[span[-2]]) if len(span) > 1 else None
    return YearOverYear(span, months, yearly, to_date, change, today.month)


def by_product_line(lines: Iterable[OrderLineFact], today: date, months: int = 12) -> list[ProductLineVolume]:
    """Each product line's last ``months`` months against the ``months`` before, largest first."""
    start = _months_back(today, months)
    before = _months_back(today, 2 * months)
    now_sum: dict[str, Decimal] = defaultdict(lambda: ZERO)
    then_sum: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for line in lines:
        if start <= line.ordered_on <= today:
            now_sum[line.product_line] += line.amount
        elif before <= line.ordered_on < start:
            then_sum[line.product_line] += line.amount
    total = sum(now_sum.values(), ZERO)
    names = set(now_sum) | set(then_sum)
    rows = [
        ProductLineVolume(
            name, now_sum[name], float(now_sum[name] / total) if total else 0.0, then_sum[name],
            _ratio_change(now_sum[name], then_sum[name]),
        )
        for name in names
    ]
    rows.sort(key=lambda r: (-r.amount, -r.previous_amount, r.product_line.casefold()))
    return rows


def _months_back(day: date, months: int) -> date:
    """The day after the same date ``months`` months earlier (a window of whole months)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last)) + timedelta(days=1)


@dataclass(frozen=True)
class OrdersReport:
    account_uuid: uuid.UUID
    currency: str
    as_of: date
    yoy: YearOverYear
    product_lines: tuple[ProductLineVolume, ...]
    #: Order lines left out for want of an exchange rate into the account's currency.
    unconverted: int


def order_volume(db: Database, account_uuid: uuid.UUID, as_of: date | None = None,
                 years: int = 3) -> OrdersReport:
    """Order volume of one account: year over year by month, and by product line."""
    from planner.services.accounts import latest_rates

    today = utc_day(moment_of(as_of))
    with db.session.begin() as session:
        account = session.execute(
            select(Account.id, Account.currency).where(
                Account.uuid == account_uuid, Account.deleted_at.is_(None))
        ).first()
        if account is None:
            raise NotFound("account", str(account_uuid))
        rates = latest_rates(session, account.currency)
        rows = session.execute(
            select(Order.ordered_on, OrderLine.product_line, OrderLine.amount, Order.currency,
                   OrderLine.quantity)
            .join(OrderLine, OrderLine.order_id == Order.id)
            .where(Order.account_id == account.id, Order.deleted_at.is_(None),
                   Order.status != OrderStatus.CANCELLED,
                   Order.ordered_on >= date(today.year - years, 1, 1), Order.ordered_on <= today)
        ).all()
    lines, unconverted = [], 0
    for ordered_on, line, amount, currency, quantity in rows:
        rate = rates.get(currency)
        if rate is None:
            unconverted += 1
            continue
        value = amount if currency == account.currency else (amount * rate).quantize(Decimal("0.01"))
        lines.append(OrderLineFact(ordered_on, line, value, quantity))
    return OrdersReport(
        account_uuid, account.currency, today, year_over_year(lines, today, years),
        tuple(by_product_line(lines, today)), unconverted,
    )


@dataclass(frozen=True)
class OpenDelivery:
    uuid: uuid.UUID
    order_number: str | None
    product_line: str | None
    quantity: Decimal | None
    unit: str | None
    promised_on: date
    #: Days until the promised date; negative once it has passed.
    days_to_promise: int
    #: The late-delivery forecast (see planner.alerts.prediction), when there is history.
    late_probability: float | None
    expected_delay_days: int | None


def open_deliveries(db: Database, account_uuid: uuid.UUID, as_of: date | None = None) -> list[OpenDelivery]:
    """The account's deliveries not yet made, soonest promise first, with the late-delivery
    forecast of the alert centre (the same history and estimate)."""
    from planner.alerts.loading import load_settled
    from planner.alerts.prediction import History, PredictionParams
    from planner.sla.loading import load_deliveries

    params = PredictionParams()
    today = utc_day(moment_of(as_of))
    lookback = today - timedelta(days=params.lookback_days)
    with db.session.begin() as session:
        account_id = session.scalar(
            select(Account.id).where(Account.uuid == account_uuid, Account.deleted_at.is_(None)))
        if account_id is None:
            raise NotFound("account", str(account_uuid))
        rows = [d for d in load_deliveries(session, [account_id], today, date.max, open_since=lookback)
                if d.delivered_by(today) is None]
        lines = {d.product_line for d in rows}
        history = History(load_settled(session, lookback, today, params, lines), today, params)
    out = []
    for d in rows:
        estimate = history.estimate(d.account_id, d.product_line)
        out.append(OpenDelivery(
            d.uuid, d.order_number, d.product_line, d.quantity, d.unit, d.promised_on,
            (d.promised_on - today).days,
            estimate.probability if estimate else None,
            estimate.expected_delay_days if estimate else None,
        ))
    out.sort(key=lambda o: (o.promised_on, o.order_number or ""))
    return out
