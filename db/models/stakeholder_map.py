"""Where people sit on an account's stakeholder map, and baselines to compare it against."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Record
from db.types import UTCDateTime


class MapPosition(Record, Base):
    """A card's position on one view of the map (org chart or power/interest grid), per person."""

    __tablename__ = "map_position"
    __table_args__ = (UniqueConstraint("person_id", "view", name="map_position_once"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    view: Mapped[str] = mapped_column(String(16))  # "org" or "grid"
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)


class MapBaseline(Record, Base):
    """A frozen picture of the account's people (for example before a QBR), kept as JSON."""

    __tablename__ = "map_baseline"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    #: People, roles, attitudes, influence, owners and links at that moment.
    snapshot: Mapped[str] = mapped_column(Text)
