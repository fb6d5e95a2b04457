"""Orders, order lines, deliveries and monthly quality records of an account.

Order volume follows the season and the account's trend; amounts are calibrated
so a year of orders matches the profile's revenue, and the year-on-year ratio is
pinned (declining only where that story is planted). Delivery lateness is planned
per month, not left to chance, so the delivery stories hold exactly: healthy
accounts stay above 97 % on time, the SLA-slipping account moves from met to
at risk to breached, and the predictable line is late in most cases.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from db.enums import DeliveryStatus, OrderStatus
from planner.demo.catalog import SERVICE_UNITS, ProductLine
from planner.demo.context import AccountInfo, Build
from planner.demo.stories import (
    DECLINE_FACTOR,
    PREDICTABLE_LATE_SHARE,
    PREDICTABLE_OPEN_OFFSETS,
    StoryKind,
)
from planner.demo.timeline import SEASON

_LATE_DAYS = (1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 10, 12, 14, 17, 20)
_EARLY_DAYS = (0, 0, 0, 0, 0, 1, 1, 2, 3)
_CENT = Decimal("0.01")
_MILLI = Decimal("0.001")


@dataclass(slots=True)
class _Delivery:
    line_id: int
    order_id: int
    order_no: str
    line: str
    quantity: int
    ordered: date
    promised: date
    delivered: date | None = None
    status: str = DeliveryStatus.PLANNED.value
    partial: bool = False
    late: bool = False
    delay: int = 0


def _mean_amount(line: ProductLine) -> float:
    lo, hi = line.price
    price = (hi - lo) / math.log(hi / lo) if hi > lo else lo
    return price * (line.quantity[0] + line.quantity[1]) / 2


def write_commerce(build: Build, acc: AccountInfo) -> None:
    """Two years of orders with their lines and deliveries, then quality records."""
    rng = build.rng
    tl = build.timeline
    p = acc.profile
    lines = p.product_lines
    weights = [line.weight for line in lines]
    expected_line = sum(w * _mean_amount(line) for w, line in zip(weights, lines, strict=True)) / sum(weights)
    price_factor = min(4.0, max(0.25, p.revenue / 12 / (p.orders_per_month * 1.75 * expected_line)))
    season = SEASON["ru" if p.language == "ru" else "en"]
    stage = p.stage.value
    story = acc.story
    first_day = tl.start if stage != "onboarding" else tl.day(-430)
    year_ago = tl.day(-365)
    po = rng.randrange(100_000, 700_000)
    orders: list[tuple[dict, list[_Delivery]]] = []
    amounts: list[tuple[date, dict]] = []  # (ordered on, order line row) of live orders
    for month_first, month_last in tl.months():
        lo = max(month_first, first_day)
        hi = min(month_last, tl.day(-1))
        if lo > hi:
            continue
        share = ((hi - lo).days + 1) / ((month_last - month_first).days + 1)
        pos = tl.index(lo) / tl.days
        trend = {"growth": 0.8 + 0.4 * pos, "onboarding": 0.6 + 0.6 * pos,
                 "at_risk": 1.05 - 0.15 * pos}.get(stage, 1.0)
        declining = story is StoryKind.ORDERS_DECLINING and lo >= year_ago
        count = p.orders_per_month * season[lo.month - 1] * trend * share * rng.uniform(0.85, 1.15)
        if declining:
            count *= 0.8
        span = (hi - lo).days + 1
        for _ in range(round(count)):
            ordered = lo + timedelta(days=rng.randrange(span))
            if ordered.weekday() >= 5:
                ordered -= timedelta(days=ordered.weekday() - 4)
                ordered = max(ordered, lo)
            po += rng.randrange(1, 6)
            amount_factor = price_factor * (DECLINE_FACTOR / 0.8 if story is StoryKind.ORDERS_DECLINING
                                            and ordered >= year_ago else 1.0)
            order, deliveries, line_rows = _order(build, acc, ordered, f"4500{po:06d}", amount_factor,
                                                  n_lines=rng.choices((1, 2, 3), (45, 35, 20))[0])
            orders.append((order, deliveries))
            amounts += [(ordered, row) for row in line_rows]
    if story is StoryKind.LATE_DELIVERY_PREDICTABLE:
        line = next(pl for pl in lines if pl.name == p.story_line)
        for offset in PREDICTABLE_OPEN_OFFSETS:
            promised = tl.day(offset)
            ordered = promised - timedelta(days=line.lead_days + rng.randrange(-3, 4))
            po += rng.randrange(1, 6)
            order, deliveries, line_rows = _order(build, acc, ordered, f"4500{po:06d}", price_factor,
                                                  only=line, promised=promised)
            orders.append((order, deliveries))
            amounts += [(ordered, row) for row in line_rows]
    acc.revenue_12m = _calibrate(build, acc, amounts, year_ago)
    all_deliveries = [d for _, ds in orders for d in ds]
    _plan_lateness(build, acc, all_deliveries)
    _write_orders(build, acc, orders)
    _write_quality(build, acc)


def _calibrate(build: Build, acc: AccountInfo, amounts: list[tuple[date, dict]], year_ago: date) -> Decimal:
    """Pin the year-on-year ratio of order amounts; returns the last twelve months' total.

    Random prices swing a year's total by a tenth or more, so the declining account is
    scaled to its planted ratio, and no other account may drift into a decline story.
    """
    last = [row for day, row in amounts if day >= year_ago]
    last_total = sum((row["amount"] for row in last), Decimal(0))
    previous = sum((row["amount"] for day, row in amounts if day < year_ago), Decimal(0))
    if not last_total or not previous:
        return last_total
    ratio = last_total / previous
    if acc.story is StoryKind.ORDERS_DECLINING:
        wanted = Decimal(str(round(DECLINE_FACTOR * build.rng.uniform(0.95, 1.05), 3)))
    elif ratio < Decimal("0.85"):
        wanted = Decimal(str(round(build.rng.uniform(0.86, 0.95), 3)))
    else:
        return last_total
    factor = wanted / ratio
    total = Decimal(0)
    for row in last:
        row["amount"] = (row["amount"] * factor).quantize(_CENT)
        total += row["amount"]
    return total


def _order(build: Build, acc: AccountInfo, ordered: date, number: str, factor: float, *,
           n_lines: int = 1, only: ProductLine | None = None, promised: date | None = None):
    rng = build.rng
    p = acc.profile
    lines = p.product_lines
    chosen: list[ProductLine] = [only] if only else []
    while len(chosen) < n_lines:
        line = rng.choices(lines, [pl.weight for pl in lines])[0]
        if line not in chosen:
            chosen.append(line)
    plants = [s for s in acc.sites if s.kind in ("plant", "branch")] or acc.sites
    order_id = build.writer.new_id("sales_order")
    cancelled = only is None and rng.random() < 0.01
    order = build.base_row("sales_order", ordered, row_id=order_id)
    order.update(account_id=acc.id, site_id=rng.choice(plants).id, number=number, ordered_on=ordered,
                 currency=p.currency, status=OrderStatus.CANCELLED.value if cancelled else "",
                 notes=rng.choice(acc.lex.order_notes) if rng.random() < 0.1 else None,
                 source_key=None)
    acc.order_numbers.append(number)
    deliveries = []
    line_rows = []
    for line in chosen:
        quantity = rng.randint(*line.quantity) if only is None else 1
        lo, hi = line.price
        price = math.exp(rng.uniform(math.log(lo), math.log(hi))) * factor
        amount = Decimal(f"{quantity * price:.2f}")
        row = build.base_row("order_line", ordered)
        row.update(order_id=order_id, product_line=line.name, product=rng.choice(line.products),
                   quantity=Decimal(quantity), unit=line.unit, amount=amount)
        build.writer.add("order_line", row)
        if not cancelled:
            line_rows.append(row)
        if cancelled:
            continue
        due = promised or ordered + timedelta(days=round(line.lead_days * rng.uniform(0.8, 1.25)))
        if quantity >= 2 and only is None and rng.random() < 0.15:
            first = max(1, round(quantity * 0.6))
            deliveries.append(_Delivery(row["id"], order_id, number, line.name, first, ordered, due))
            later = due + timedelta(days=rng.randrange(7, 22))
            deliveries.append(_Delivery(row["id"], order_id, number, line.name, quantity - first,
                                        ordered, later))
        else:
            deliveries.append(_Delivery(row["id"], order_id, number, line.name, quantity, ordered, due))
    return order, deliveries, line_rows


def _late_count(rng, n: int, age: int, story: StoryKind) -> int:
    """How many of a month's ``n`` past deliveries arrive late (``age`` months before as_of)."""
    if story is StoryKind.SLA_SLIPPING and age <= 3:
        if age == 0:
            return max(1, math.ceil(n * 0.12))
        if age == 1:
            return max(1, math.ceil(n * 0.08))
        low, high = math.floor(n * 0.03) + 1, math.ceil(n * 0.05) - 1  # 95 % < on time < 97 %
        return min(max(round(n * 0.04), low), high) if low <= high else round(n * 0.04)
    cap = 0.015 if story is StoryKind.LATE_DELIVERY_PREDICTABLE else 0.025
    return math.floor(n * rng.uniform(0, cap))


def _plan_lateness(build: Build, acc: AccountInfo, deliveries: list[_Delivery]) -> None:
    rng = build.rng
    as_of = build.as_of
    story = acc.story
    story_line = acc.profile.story_line
    past = [d for d in deliveries if d.promised < as_of]
    late: list[_Delivery] = []
    if story is StoryKind.LATE_DELIVERY_PREDICTABLE:
        on_line = [d for d in past if d.line == story_line]
        late += rng.sample(on_line, round(len(on_line) * PREDICTABLE_LATE_SHARE))
        past = [d for d in past if d.line != story_line]
    by_month: dict[tuple[int, int], list[_Delivery]] = defaultdict(list)
    for d in past:
        by_month[(d.promised.year, d.promised.month)].append(d)
    for (year, month), group in sorted(by_month.items()):
        age = (as_of.year - year) * 12 + as_of.month - month
        count = _late_count(rng, len(group), age, story)
        if story is StoryKind.SLA_SLIPPING and age <= 1:
            # Late but already delivered, so the breach shows in delivered on-time rates too.
            group = [d for d in group if d.promised <= as_of - timedelta(days=2)] or group
        if story is StoryKind.SLA_SLIPPING and age <= 3:
            preferred = [d for d in group if d.line == story_line]
            first = rng.sample(preferred, min(len(preferred), round(count * 0.75)))
            taken = {id(d) for d in first}
            rest = [d for d in group if id(d) not in taken]
            late += first + rng.sample(rest, min(len(rest), count - len(first)))
        else:
            late += rng.sample(group, min(count, len(group)))
    for d in late:
        d.late = True
        d.delay = rng.choice(_LATE_DAYS)
        if story is StoryKind.SLA_SLIPPING and (as_of - d.promised).days <= 62:
            d.delay = max(1, min(d.delay, (as_of - d.promised).days - 1))
    for d in deliveries:
        if d.promised >= as_of:
            soon = (d.promised - as_of).days <= 7
            d.status = DeliveryStatus.IN_TRANSIT.value if soon and rng.random() < 0.6 else \
                DeliveryStatus.PLANNED.value
            continue
        if d.late:
            arrived = d.promised + timedelta(days=d.delay)
            acc.late_deliveries.append((min(arrived, as_of - timedelta(days=1)), d.line, d.order_no))
        else:
            arrived = max(d.ordered + timedelta(days=1), d.promised - timedelta(days=rng.choice(_EARLY_DAYS)))
        if arrived >= as_of:
            d.status = DeliveryStatus.IN_TRANSIT.value
        else:
            d.delivered = arrived
            d.partial = d.quantity >= 2 and rng.random() < 0.03
            d.status = DeliveryStatus.PARTIAL.value if d.partial else DeliveryStatus.DELIVERED.value


def _write_orders(build: Build, acc: AccountInfo, orders) -> None:
    rng = build.rng
    as_of = build.as_of
    lex = acc.lex
    writer = build.writer
    carriers = lex.carriers
    reasons = lex.delay_reasons
    story_reason = reasons[0]
    for order, deliveries in orders:
        if not order["status"]:
            done = [d for d in deliveries if d.delivered is not None]
            if deliveries and len(done) == len(deliveries):
                last = max(d.delivered for d in done)
                settled = (as_of - last).days > 30
                order["status"] = (OrderStatus.CLOSED if settled else OrderStatus.SHIPPED).value
                order["updated_at"] = build.stamp(last)
            elif done:
                order["status"] = OrderStatus.SHIPPED.value
            elif (as_of - order["ordered_on"]).days <= 5:
                order["status"] = OrderStatus.OPEN.value
            else:
                order["status"] = OrderStatus.CONFIRMED.value
        writer.add("sales_order", order)
        for d in deliveries:
            quantity = Decimal(d.quantity)
            if d.partial:
                quantity = (quantity * Decimal(str(round(rng.uniform(0.6, 0.9), 2)))).quantize(_MILLI)
            reason = None
            if d.late:
                reason = story_reason if d.line == acc.profile.story_line and rng.random() < 0.7 \
                    else rng.choice(reasons)
            updated = d.delivered or min(d.promised, as_of - timedelta(days=1))
            row = build.base_row("delivery", d.ordered, max(updated, d.ordered))
            row.update(account_id=acc.id, order_id=d.order_id, order_line_id=d.line_id,
                       product_line=d.line, quantity=quantity, promised_on=d.promised,
                       delivered_on=d.delivered, status=d.status, carrier=rng.choice(carriers),
                       delay_reason=reason, source_key=None)
            writer.add("delivery", row)


def _write_quality(build: Build, acc: AccountInfo) -> None:
    """Monthly inspected units and defects per physical product line (gives ppm)."""
    rng = build.rng
    tl = build.timeline
    notes = acc.lex.quality_notes
    for month_first, month_last in tl.months():
        if month_last >= build.as_of or month_first < tl.start:
            continue
        for line in acc.profile.product_lines:
            if line.unit in SERVICE_UNITS:
                continue
            units = rng.randrange(3_000, 60_000)
            ppm = rng.uniform(40, 380)
            row = build.base_row("quality_record", month_last)
            row.update(account_id=acc.id, recorded_on=month_last, product_line=line.name,
                       units_inspected=Decimal(units), defects=Decimal(round(units * ppm / 1e6)),
                       notes=rng.choice(notes) if rng.random() < 0.3 else None)
            build.writer.add("quality_record", row)
