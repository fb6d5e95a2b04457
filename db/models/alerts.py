"""What the user did about an early-warning alert: acknowledged it or snoozed it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Record
from db.types import UTCDateTime


class AlertState(Record, Base):
    """Alerts are computed, not stored; this keeps the user's decision about one, by its key."""

    __tablename__ = "alert_state"

    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    #: Stable identity of the alert (rule + subject), e.g. "delivery_late:<delivery uuid>".
    alert_key: Mapped[str] = mapped_column(String(300), unique=True)
    status: Mapped[str] = mapped_column(String(16))  # acknowledged, snoozed
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
