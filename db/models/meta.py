"""Key/value facts about the database itself (which application wrote it, when)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base


class MetaEntry(Base):
    """Marks a database as a planner database and records its provenance."""

    __tablename__ = "kap_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
