"""Orders, their lines and the deliveries that fulfil them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record, SoftDeleted, enum_type
from db.enums import DeliveryStatus, OrderStatus
from db.types import Money, Quantity


class Order(Record, SoftDeleted, Base):
    """A purchase order from the client."""

    __tablename__ = "sales_order"
    __table_args__ = (Index("ix_order_account_date", "account_id", "ordered_on"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    number: Mapped[str | None] = mapped_column(String(80))
    ordered_on: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[OrderStatus] = mapped_column(enum_type(OrderStatus), default=OrderStatus.OPEN)
    notes: Mapped[str | None] = mapped_column(Text)
    source_key: Mapped[str | None] = mapped_column(String(500), unique=True)

    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan"
    )


class OrderLine(Record, Base):
    """One product line of an order; amount is the line total in the order's currency."""

    __tablename__ = "order_line"
    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity"),)

    order_id: Mapped[int] = mapped_column(ForeignKey("sales_order.id", ondelete="CASCADE"), index=True)
    #: Not indexed: every query reads it beside its order (coalesced with the delivery's),
    #: none looks lines up by it, and an index would cost every line imported.
    product_line: Mapped[str] = mapped_column(String(120))
    product: Mapped[str | None] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit: Mapped[str | None] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money)

    order: Mapped[Order] = relationship(back_populates="lines")


class Delivery(Record, SoftDeleted, Base):
    """A shipment against an order line, promised on one date and perhaps made on another."""

    __tablename__ = "delivery"
    __table_args__ = (
        Index("ix_delivery_account_promised", "account_id", "promised_on"),
        CheckConstraint("quantity >= 0", name="quantity"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("sales_order.id", ondelete="CASCADE"), index=True
    )
    order_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("order_line.id", ondelete="SET NULL")
    )
    product_line: Mapped[str | None] = mapped_column(String(120))
    quantity: Mapped[Decimal | None] = mapped_column(Quantity)
    promised_on: Mapped[date] = mapped_column(Date)
    delivered_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[DeliveryStatus] = mapped_column(
        enum_type(DeliveryStatus), default=DeliveryStatus.PLANNED
    )
    carrier: Mapped[str | None] = mapped_column(String(120))
    delay_reason: Mapped[str | None] = mapped_column(Text)
    source_key: Mapped[str | None] = mapped_column(String(500), unique=True)
