"""Full-text search on both backends: Cyrillic case folding, prefixes, groups, index upkeep."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from db import search as index
from db.enums import InteractionKind
from db.models import Account, Interaction, Person
from planner.services.search import ResultGroup, search


@pytest.fixture
def filled(any_db):
    with any_db.session.begin() as session:
        steel = Account(name="Уралсталь", currency="RUB", description="Поставка проката для мостов")
        cars = Account(name="Nordwerk Automotive", currency="EUR", industry="Automotive")
        session.add_all([steel, cars])
        session.flush()
        session.add_all(
            [
                Person(
                    account_id=steel.id,
                    full_name="Ольга Смирнова",
                    title="Директор по закупкам",
                    internal_notes="Любит точные сроки поставки",
                ),
                Person(account_id=cars.id, full_name="Jens Becker", title="Head of Procurement"),
                Interaction(
                    account_id=steel.id,
                    kind=InteractionKind.EMAIL,
                    subject="ПОСТАВКА задержана",
                    summary="Задержка поставки на 5 дней",
                    occurred_at=datetime(2026, 10, 1, tzinfo=UTC),
                ),
                Interaction(
                    account_id=cars.id,
                    kind=InteractionKind.NOTE,
                    subject="Delivery worries",
                    summary="Jens hinted at a second supplier",
                    occurred_at=datetime(2026, 10, 2, tzinfo=UTC),
                ),
            ]
        )
    return any_db


def test_cyrillic_is_case_insensitive_and_prefix(filled):
    results = search(filled, "поставка")
    assert [r.title for r in results.groups[ResultGroup.INTERACTIONS]] == ["ПОСТАВКА задержана"]
    assert [r.title for r in results.groups[ResultGroup.ACCOUNTS]] == ["Уралсталь"]
    assert [r.title for r in results.groups[ResultGroup.PEOPLE]] == ["Ольга Смирнова"]
    assert search(filled, "смирн").groups[ResultGroup.PEOPLE][0].account_name == "Уралсталь"


def test_groups_and_all_words_must_match(filled):
    results = search(filled, "jens supplier")
    assert set(results.groups) == {ResultGroup.NOTES}
    assert results.groups[ResultGroup.NOTES][0].detail == "Jens hinted at a second supplier"
    assert search(filled, "jens").total == 2  # the person and the note
    assert search(filled, "jens nonexistentword").total == 0


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "a OR", "NEAR(", "-+!@#"])
def test_odd_input_never_fails(filled, query):
    assert search(filled, query).total >= 0


def test_index_follows_updates_and_deletes(filled):
    with filled.session.begin() as session:
        email = session.scalars(select(Interaction).where(Interaction.kind == InteractionKind.EMAIL)).one()
        email.subject = "Счёт оплачен"
        email.summary = None
    assert ResultGroup.INTERACTIONS not in search(filled, "поставка").groups
    assert search(filled, "оплачен").total == 1
    with filled.session.begin() as session:
        session.delete(session.scalars(select(Person).where(Person.full_name == "Jens Becker")).one())
    assert ResultGroup.PEOPLE not in search(filled, "jens").groups


def test_soft_deleted_records_are_not_found(filled):
    with filled.session.begin() as session:
        account = session.scalars(select(Account).where(Account.name == "Уралсталь")).one()
        account.deleted_at = datetime.now(UTC)
    assert ResultGroup.ACCOUNTS not in search(filled, "уралсталь").groups


def test_ensure_rebuilds_after_a_bulk_load(sqlite_db):
    with sqlite_db.engine.begin() as conn:
        index.suspend(conn)
        conn.execute(
            Account.__table__.insert(),
            [
                {"name": f"Bulk {i}", "currency": "EUR", "tier": "key", "stage": "growth", "language": "en"}
                for i in range(50)
            ],
        )
        index.ensure(conn)
    assert search(sqlite_db, "bulk").total == 20  # capped at the limit


def test_interactions_come_newest_first(any_db):
    with any_db.session.begin() as session:
        account = Account(name="Уралсталь", currency="RUB")
        session.add(account)
        session.flush()
        for day in (3, 9, 1):
            session.add(
                Interaction(
                    account_id=account.id,
                    kind=InteractionKind.CALL,
                    subject=f"Поставка {day}",
                    occurred_at=datetime(2026, 10, day, tzinfo=UTC),
                )
            )
    found = search(any_db, "поставка").groups[ResultGroup.INTERACTIONS]
    assert [r.title for r in found] == ["Поставка 9", "Поставка 3", "Поставка 1"]
