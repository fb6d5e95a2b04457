"""Big lists page in a stable order; child collections are replaced wholesale on update."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from db.enums import Direction, InteractionKind, ParticipantRole
from db.models import Account, Interaction, InteractionParticipant, OrderLine
from planner import records
from planner.errors import ValidationError
from tests.db.test_records_roundtrip import WHEN, World, created, make_world, shared_database

R = records  # the tables below read better with a short name


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from shared_database(tmp_path_factory)


@pytest.fixture
def world(shared_db) -> World:
    return make_world(shared_db)


def _insert_interactions(db, account_uuid: uuid.UUID, count: int) -> None:
    """``count`` interactions straight into the table, two at each instant (ties to break)."""
    with db.session.begin() as session:
        account_id = session.scalar(select(Account.id).where(Account.uuid == account_uuid))
        session.execute(insert(Interaction), [
            {"uuid": uuid.uuid4(), "account_id": account_id, "kind": InteractionKind.EMAIL,
             "direction": Direction.INBOUND, "subject": f"mail {n}",
             "occurred_at": WHEN + timedelta(hours=n // 2)}
            for n in range(count)
        ])


def test_interactions_page_newest_first_and_stable(world):
    db = world.db
    _insert_interactions(db, world.account, 250)
    _insert_interactions(db, world.other, 3)
    gone = R.interactions.list_for(db, world.account, limit=1, offset=7)[0].uuid
    R.interactions.delete(db, gone)

    assert R.interactions.count_for(db, world.account) == 249
    pages = [R.interactions.list_for(db, world.account, limit=100, offset=o) for o in (0, 100, 200)]
    assert [len(p) for p in pages] == [100, 100, 49]
    rows = [i for page in pages for i in page]
    assert len({i.uuid for i in rows}) == 249 and gone not in {i.uuid for i in rows}
    times = [i.occurred_at for i in rows]
    assert times == sorted(times, reverse=True)
    assert all(i.account_uuid == world.account for i in rows)
    # The same page read twice is the same page, ties included.
    assert R.interactions.list_for(db, world.account, limit=100, offset=100) == pages[1]
    oldest = R.interactions.list_for(db, world.account, limit=5, order=("occurred_at",))
    assert [i.occurred_at for i in oldest] == sorted(times)[:5]
    for unbounded in ({}, {"limit": 5000}, {"limit": 10, "order": ("password",)}):
        with pytest.raises(ValidationError) as caught:
            R.interactions.list_for(db, world.account, **unbounded)
        assert caught.value.field in ("limit", "order")


def test_participants_are_replaced_wholesale(world):
    db, w = world.db, world
    uid = created(R.interactions.create(db, w.account, R.InteractionInput(
        InteractionKind.MEETING, WHEN, participants=(
            R.ParticipantInput(person=w.boss), R.ParticipantInput(person=w.person),
            R.ParticipantInput(team_member=w.member, role=ParticipantRole.ORGANIZER)))))
    meeting = R.interactions.get(db, uid)
    assert meeting.participant_names == ("Иван Сидоров", "Olga", "Anna Berg")

    wanted = (R.ParticipantInput(person=w.person, role=ParticipantRole.ORGANIZER),)
    changes = R.interactions.update(db, uid, replace(meeting, participants=wanted))
    assert changes.accounts == {w.account}
    assert R.interactions.get(db, uid).participants == wanted
    with db.session.begin() as session:
        stored = session.scalar(
            select(func.count()).select_from(InteractionParticipant)
            .join(Interaction, Interaction.id == InteractionParticipant.interaction_id)
            .where(Interaction.uuid == uid)
        )
    assert stored == 1
    # A participant who has since been deleted does not block editing the rest.
    R.people.delete(db, w.person)
    R.interactions.update(db, uid, replace(R.interactions.get(db, uid), subject="QBR"))
    assert R.interactions.get(db, uid).participants == wanted


def test_a_note_needs_nobody_and_becoming_a_call_needs_somebody(world):
    db = world.db
    uid = created(R.interactions.create(db, world.account, R.InteractionInput(InteractionKind.NOTE, WHEN)))
    note = R.interactions.get(db, uid)
    with pytest.raises(ValidationError) as caught:
        R.interactions.update(db, uid, replace(note, kind=InteractionKind.CALL))
    assert caught.value.field == "participants"


def test_order_lines_are_replaced_and_kept_lines_keep_their_deliveries(world):
    db, w = world.db, world
    uid = created(R.orders.create(db, w.account, R.OrderInput(date(2026, 4, 1), "rub", lines=(
        R.OrderLineInput("Rolls", Decimal(10), Decimal("100.50")),
        R.OrderLineInput("Wire", Decimal(2), Decimal(20))))))
    order = R.orders.get(db, uid)
    assert order.currency == "RUB" and order.total == Decimal("120.50")
    rolls, wire = order.lines
    shipment = created(R.deliveries.create(db, w.account, R.DeliveryInput(
        date(2026, 4, 10), order=uid, order_line=rolls.uuid)))

    lines = (replace(rolls, quantity=Decimal(12), amount=Decimal(120)),
             R.OrderLineInput("Sheet", Decimal(1), Decimal(5)))
    R.orders.update(db, uid, replace(order, lines=lines))
    after = R.orders.get(db, uid)
    assert [(line.product_line, line.quantity) for line in after.lines] == [
        ("Rolls", Decimal(12)), ("Sheet", Decimal(1))]
    assert after.lines[0].uuid == rolls.uuid and wire.uuid not in {line.uuid for line in after.lines}
    assert after.total == Decimal(125)
    assert R.deliveries.get(db, shipment).order_line == rolls.uuid
    with db.session.begin() as session:
        assert session.scalar(select(OrderLine.id).where(OrderLine.uuid == wire.uuid)) is None

    other_line = R.orders.get(db, w.order).lines[0]
    with pytest.raises(ValidationError) as caught:
        R.orders.update(db, uid, replace(after, lines=(other_line,)))
    assert caught.value.field == "lines"
    with pytest.raises(ValidationError) as caught:
        R.deliveries.update(db, shipment, replace(R.deliveries.get(db, shipment), order_line=other_line.uuid))
    assert caught.value.field == "order_line"


def test_shared_records_list_without_a_parent(world):
    db = world.db
    names = [m.name for m in R.team_members.list_for(db)]
    assert "Anna Berg" in names and names == sorted(names)
    assert R.team_members.count_for(db) == len(names)
    assert R.team_members.get(db, world.member).parent_uuid is None
