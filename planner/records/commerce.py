"""What the client buys and on which terms: orders, deliveries, contracts, competitors, FX rates."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models as orm
from db.enums import ContractStatus, DeliveryStatus, OrderStatus
from planner.changes import Entity
from planner.records import checks
from planner.records.checks import fail
from planner.records.engine import Children, Context, EntitySpec, Records, Ref, Stamped, sync

# --------------------------------------------------------------------------- orders


@dataclass(frozen=True)
class OrderLineInput:
    """One product line; ``amount`` is the line total in the order's currency.

    ``uuid`` is None for a new line; a line read from an order keeps its UUID, so
    saving the order again updates it in place and deliveries stay attached.
    """

    product_line: str
    quantity: Decimal
    amount: Decimal
    product: str | None = None
    unit: str | None = None
    uuid: uuid.UUID | None = None


@dataclass(frozen=True)
class OrderInput:
    """A purchase order; ``lines`` are replaced wholesale on update, in ``currency``."""

    ordered_on: date
    currency: str
    number: str | None = None
    status: OrderStatus = OrderStatus.OPEN
    notes: str | None = None
    site: uuid.UUID | None = None
    lines: tuple[OrderLineInput, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Order(OrderInput, Stamped):
    site_name: str | None = None
    #: Sum of the lines' amounts, in the order's currency.
    total: Decimal = Decimal(0)


def _clean_line(line: OrderLineInput) -> OrderLineInput:
    names = ("product_line", "quantity", "amount", "product", "unit")
    line = checks.clean_columns(orm.OrderLine, line, names)
    checks.check_range("quantity", line.quantity, 0)
    checks.check_range("amount", line.amount, 0)
    if line.uuid is not None and not isinstance(line.uuid, uuid.UUID):
        fail("uuid", "a line's UUID expected")
    return line


def _validate_order(data: OrderInput) -> OrderInput:
    lines = checks.items("lines", data.lines, OrderLineInput, _clean_line)
    checks.unique("lines", (line.uuid for line in lines if line.uuid is not None), "the same line twice")
    return replace(data, currency=checks.currency("currency", data.currency), lines=lines)


def _load_lines(session: Session, ids: list[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, list[OrderLineInput]] = defaultdict(list)
    rows = session.scalars(
        select(orm.OrderLine).where(orm.OrderLine.order_id.in_(ids)).order_by(orm.OrderLine.id)
    )
    for row in rows:
        found[row.order_id].append(
            OrderLineInput(row.product_line, row.quantity, row.amount, row.product, row.unit, row.uuid)
        )
    return {
        i: {"lines": tuple(found[i]), "total": sum((line.amount for line in found[i]), Decimal(0))}
        for i in ids
    }


def _store_lines(ctx: Context, row: orm.Order, lines: tuple[OrderLineInput, ...]) -> None:
    mine = set() if ctx.row is None else {line.uuid for line in row.lines}
    foreign = {line.uuid for line in lines if line.uuid is not None} - mine
    if foreign and ctx.session.scalar(select(orm.OrderLine.id).where(orm.OrderLine.uuid.in_(foreign))):
        fail("lines", "a line of another order")
    wanted = []
    for line in lines:
        key = line.uuid or uuid.uuid4()
        values = {"uuid": key, "product_line": line.product_line, "product": line.product,
                  "quantity": line.quantity, "unit": line.unit, "amount": line.amount}
        wanted.append((key, values))
    sync(row, "lines", wanted, orm.OrderLine, lambda r: r.uuid)


ORDER = EntitySpec(
    name="order", entity=Entity.ORDER, model=orm.Order, input=OrderInput, read=Order,
    refs=(Ref("site", orm.Site, same_account=True),),
    children=(Children("lines", _load_lines, _store_lines),),
    validate=_validate_order, order=("-ordered_on",), page_limit=1000,
)

# --------------------------------------------------------------------------- deliveries


@dataclass(frozen=True)
class DeliveryInput:
    """A shipment promised on one date and perhaps made on another, against an order (line)."""

    promised_on: date
    delivered_on: date | None = None
    status: DeliveryStatus = DeliveryStatus.PLANNED
    order: uuid.UUID | None = None
    order_line: uuid.UUID | None = None
    product_line: str | None = None
    quantity: Decimal | None = None
    carrier: str | None = None
    delay_reason: str | None = None


@dataclass(frozen=True, kw_only=True)
class Delivery(DeliveryInput, Stamped):
    order_number: str | None = None
    order_line_name: str | None = None


def _check_delivery(ctx: Context, data: DeliveryInput, values: dict[str, Any]) -> None:
    if values["order_line_id"] is not None:
        if values["order_id"] is None:
            fail("order_line", "choose the order first")
        line_order = ctx.session.scalar(
            select(orm.OrderLine.order_id).where(orm.OrderLine.id == values["order_line_id"])
        )
        if line_order != values["order_id"]:
            fail("order_line", "is not a line of this order")
    if values["order_id"] is not None:
        ordered_on = ctx.session.scalar(
            select(orm.Order.ordered_on).where(orm.Order.id == values["order_id"])
        )
        checks.not_before("delivered_on", data.delivered_on, "the order date", ordered_on)


DELIVERY = EntitySpec(
    name="delivery", entity=Entity.DELIVERY, model=orm.Delivery, input=DeliveryInput, read=Delivery,
    refs=(Ref("order", orm.Order, label="number", shown_as="order_number", same_account=True),
          Ref("order_line", orm.OrderLine, label="product_line")),
    ranges={"quantity": (0, None)}, check=_check_delivery, order=("-promised_on",), page_limit=1000,
)

# --------------------------------------------------------------------------- contracts


@dataclass(frozen=True)
class ContractInput:
    """A frame agreement; its end date and notice period drive the renewal."""

    title: str
    currency: str = "EUR"
    number: str | None = None
    status: ContractStatus = ContractStatus.ACTIVE
    starts_on: date | None = None
    ends_on: date | None = None
    notice_days: int = 90
    auto_renew: bool = False
    annual_value: Decimal | None = None
    notes: str | None = None


@dataclass(frozen=True, kw_only=True)
class Contract(ContractInput, Stamped):
    pass


def _validate_contract(data: ContractInput) -> ContractInput:
    checks.not_before("ends_on", data.ends_on, "the start", data.starts_on)
    return replace(data, currency=checks.currency("currency", data.currency))


CONTRACT = EntitySpec(
    name="contract", entity=Entity.CONTRACT, model=orm.Contract, input=ContractInput, read=Contract,
    ranges={"notice_days": (0, None), "annual_value": (0, None)}, validate=_validate_contract,
    order=("title",),
)

# --------------------------------------------------------------------------- competitors


@dataclass(frozen=True)
class CompetitorInput:
    """A rival supplier at the account, with our estimate of its share (per cent)."""

    name: str
    product_line: str | None = None
    share_pct: Decimal | None = None
    strengths: str | None = None
    weaknesses: str | None = None


@dataclass(frozen=True, kw_only=True)
class Competitor(CompetitorInput, Stamped):
    pass


COMPETITOR = EntitySpec(
    name="competitor", entity=Entity.COMPETITOR, model=orm.Competitor, input=CompetitorInput,
    read=Competitor, ranges={"share_pct": (0, 100)}, order=("name",),
)

# --------------------------------------------------------------------------- FX rates


@dataclass(frozen=True)
class FxRateInput:
    """How many units of ``base`` one unit of ``currency`` was worth from ``as_of`` on."""

    currency: str
    base: str
    rate: Decimal
    as_of: date


@dataclass(frozen=True, kw_only=True)
class FxRate(FxRateInput, Stamped):
    pass


def _validate_rate(data: FxRateInput) -> FxRateInput:
    data = replace(data, currency=checks.currency("currency", data.currency),
                   base=checks.currency("base", data.base))
    if data.currency == data.base:
        fail("base", "differs from the currency")
    if data.rate <= 0:
        fail("rate", "must be positive")
    return data


def _check_rate(ctx: Context, data: FxRateInput, values: dict[str, Any]) -> None:
    query = select(orm.FxRate.id).where(
        orm.FxRate.currency == data.currency, orm.FxRate.base == data.base, orm.FxRate.as_of == data.as_of
    )
    if ctx.row is not None:
        query = query.where(orm.FxRate.id != ctx.row.id)
    if ctx.session.scalar(query) is not None:
        fail("as_of", "a rate for this pair and day exists already")


FX_RATE = EntitySpec(
    name="fx_rate", entity=Entity.FX_RATE, model=orm.FxRate, input=FxRateInput, read=FxRate,
    parent=None, parent_fk=None, validate=_validate_rate, check=_check_rate,
    order=("currency", "base", "-as_of"),
)

orders: Records[OrderInput, Order] = Records(ORDER)
deliveries: Records[DeliveryInput, Delivery] = Records(DELIVERY)
contracts: Records[ContractInput, Contract] = Records(CONTRACT)
competitors: Records[CompetitorInput, Competitor] = Records(COMPETITOR)
fx_rates: Records[FxRateInput, FxRate] = Records(FX_RATE)
