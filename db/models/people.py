"""The client's stakeholders, how to reach them, their roles and their ties; our team."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, Record, SoftDeleted, enum_type
from db.enums import Attitude, ContactKind, LinkKind, RoleFramework

if TYPE_CHECKING:
    from db.models.accounts import Account


class TeamMember(Record, SoftDeleted, Base):
    """Somebody on our side: account manager, engineer, executive sponsor."""

    __tablename__ = "team_member"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(60))
    title: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Person(Record, SoftDeleted, Base):
    """A stakeholder at the client, with everything we know about their part in a decision."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence"),
        CheckConstraint("interest BETWEEN 1 AND 5", name="interest"),
        CheckConstraint("relationship_strength BETWEEN 0 AND 5", name="relationship_strength"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"), index=True)
    reports_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))
    department: Mapped[str | None] = mapped_column(String(200))
    influence: Mapped[int] = mapped_column(Integer, default=3)
    interest: Mapped[int] = mapped_column(Integer, default=3)
    attitude: Mapped[Attitude] = mapped_column(enum_type(Attitude), default=Attitude.NEUTRAL)
    #: Our relationship with this person: 0 none, 5 trusted advisor.
    relationship_strength: Mapped[int] = mapped_column(Integer, default=0)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    #: What this person cares about: their priorities and pains, in their words.
    priorities: Mapped[str | None] = mapped_column(Text)
    #: Internal only: never shown to the client.
    internal_notes: Mapped[str | None] = mapped_column(Text)
    preferred_language: Mapped[str | None] = mapped_column(String(8))
    birthday: Mapped[date | None] = mapped_column(Date)
    left_company: Mapped[bool] = mapped_column(Boolean, default=False)
    left_on: Mapped[date | None] = mapped_column(Date)
    #: Where the person went after leaving: often a door into a new account.
    left_to: Mapped[str | None] = mapped_column(String(200))

    account: Mapped[Account] = relationship()
    contacts: Mapped[list[ContactPoint]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    roles: Mapped[list[PersonRole]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class ContactPoint(Record, Base):
    """An e-mail address or phone number of a person; addresses match imported mail."""

    __tablename__ = "contact_point"
    __table_args__ = (Index("ix_contact_point_lookup", "kind", "value_normalized"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ContactKind] = mapped_column(enum_type(ContactKind))
    value: Mapped[str] = mapped_column(String(320))
    #: Lower-cased address or digits-only number, for matching.
    value_normalized: Mapped[str] = mapped_column(String(320))
    label: Mapped[str | None] = mapped_column(String(60))  # work, mobile, private
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    person: Mapped[Person] = relationship(back_populates="contacts")


class PersonRole(Record, Base):
    """One buying role of a person under one framework; a person holds several at once."""

    __tablename__ = "person_role"
    __table_args__ = (UniqueConstraint("person_id", "framework", "role", name="person_role_once"),)

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    framework: Mapped[RoleFramework] = mapped_column(enum_type(RoleFramework))
    role: Mapped[str] = mapped_column(String(32))

    person: Mapped[Person] = relationship(back_populates="roles")


class PersonLink(Record, Base):
    """An informal tie between two people besides the reporting line."""

    __tablename__ = "person_link"
    __table_args__ = (
        UniqueConstraint("from_person_id", "to_person_id", "kind", name="person_link_once"),
        CheckConstraint("from_person_id <> to_person_id", name="not_self"),
        CheckConstraint("strength BETWEEN 1 AND 5", name="strength"),
    )

    from_person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    to_person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LinkKind] = mapped_column(enum_type(LinkKind))
    strength: Mapped[int] = mapped_column(Integer, default=3)
    note: Mapped[str | None] = mapped_column(Text)
