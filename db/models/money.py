"""Exchange rates, so a portfolio in several currencies adds up in one base currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Record


class FxRate(Record, Base):
    """How many units of ``base`` one unit of ``currency`` was worth from ``as_of`` on."""

    __tablename__ = "fx_rate"
    __table_args__ = (
        UniqueConstraint("currency", "base", "as_of", name="fx_rate_once"),
        CheckConstraint("rate > 0", name="positive"),
    )

    currency: Mapped[str] = mapped_column(String(3))
    base: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(Numeric(18, 8, asdecimal=True))
    as_of: Mapped[date] = mapped_column(Date)
