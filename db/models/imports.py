"""Bookkeeping of imports: which files came in, and column mappings a user confirmed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, Record
from db.types import UTCDateTime


class ImportedFile(Record, Base):
    """One file imported whole, identified by its content hash, with what it brought."""

    __tablename__ = "imported_file"

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(32))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)


class ImportMapping(Record, Base):
    """A spreadsheet column mapping the user confirmed, remembered by the file's header row."""

    __tablename__ = "import_mapping"
    __table_args__ = (UniqueConstraint("kind", "header_signature", name="import_mapping_once"),)

    kind: Mapped[str] = mapped_column(String(32))
    #: A hash of the normalised header row, so the same export layout maps the same way.
    header_signature: Mapped[str] = mapped_column(String(64))
    #: JSON object: source column → planner field.
    mapping: Mapped[str] = mapped_column(Text)
    used_at: Mapped[datetime] = mapped_column(UTCDateTime)
