"""The fast ways in store what the slow ones would: bulk inserts against SQLAlchemy's own typed
INSERT (byte for byte, on SQLite), a typed .xlsx order export against the same file read the
general way, and orders whose lines span many batches are made once and found again."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from db.enums import Direction, InteractionKind, OrderStatus
from db.models import Account, ImportedFile, Interaction, Order, OrderLine
from planner.importers import sheet_rows
from planner.importers.bulk import UuidSupply, insert_columns, insert_rows
from planner.importers.report import FileStatus, Reason
from planner.importers.service import import_files
from tests.db.test_import_support import count, seed

ORDER = Order.__table__
LINE = OrderLine.__table__
INTERACTION = Interaction.__table__


@pytest.fixture
def db(any_db):
    return any_db


def _dicts(columns: dict) -> list[dict]:
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def _raw(db, table, columns, order_by):
    """Rows as the database holds them (the driver's values, no SQLAlchemy types)."""
    names = ", ".join(columns)
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT {names} FROM {table} ORDER BY {order_by}").all()


def test_bulk_inserts_store_what_sqlalchemy_stores(sqlite_db):
    seed(sqlite_db)
    now = datetime(2025, 3, 4, 10, 30, 15, 123456, tzinfo=UTC)
    with sqlite_db.session.begin() as session:
        account_id = session.scalar(select(Account.id).limit(1))
        names = ("account_id", "number", "ordered_on", "currency", "status", "source_key")
        orders = [
            (account_id, f"N-{i}", date(2025, 1, i + 1), "RUB", status, f"k{i}")
            for i, status in enumerate((OrderStatus.OPEN, OrderStatus.CLOSED))
        ]
        session.execute(
            insert(ORDER), [dict(zip(names, o[:5] + (o[5] + "-typed",), strict=True)) for o in orders]
        )
        insert_rows(session, ORDER, names, [o[:5] + (o[5] + "-bulk",) for o in orders], UuidSupply())
        order_id = session.scalar(select(ORDER.c.id).limit(1))
        lines = {
            "order_id": [order_id] * 3,
            "product_line": ["Лист", "Уголок", "Труба"],
            "product": [None, "Уголок 50", "x"],
            "quantity": [Decimal("1.5"), Decimal("12"), Decimal("0.001")],
            "unit": [None, "шт", None],
            "amount": [Decimal("2.68"), Decimal("1481400.00"), Decimal("0.01")],
        }
        session.execute(insert(LINE), _dicts(lines))
        insert_columns(session, LINE, lines)
        chats = {
            "account_id": [account_id] * 2,
            "kind": [InteractionKind.EMAIL, InteractionKind.MEETING],
            "direction": [Direction.INBOUND, Direction.MUTUAL],
            "occurred_at": [now, now.astimezone().replace(microsecond=0) - timedelta(days=400)],
            "subject": ["Поставка", None],
        }
        session.execute(insert(INTERACTION), _dicts({**chats, "source_key": ["a-typed", "b-typed"]}))
        insert_columns(session, INTERACTION, {**chats, "source_key": ["a-bulk", "b-bulk"]})
    for table, columns in (
        ("sales_order", ("account_id", "number", "ordered_on", "currency", "status")),
        ("order_line", ("order_id", "product_line", "product", "quantity", "unit", "amount")),
        ("interaction", ("account_id", "kind", "direction", "occurred_at", "subject")),
    ):
        rows = _raw(sqlite_db, table, [*columns, *(f"typeof({c})" for c in columns)], "id")
        half = len(rows) // 2
        assert rows[:half] == rows[half:] and half >= 2
        stamps = _raw(sqlite_db, table, ("typeof(uuid)", "length(uuid)", "typeof(created_at)"), "id")
        assert set(stamps) == {("text", 32, "text")}


def _order_book(path, rows):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Номер заказа", "Дата", "Контрагент", "Номенклатура", "Товарная группа", "Кол-во", "Сумма"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _stored_orders(db):
    with db.session.begin() as session:
        orders = session.execute(
            select(ORDER.c.number, ORDER.c.ordered_on, ORDER.c.currency, ORDER.c.status).order_by(ORDER.c.id)
        ).all()
        lines = session.execute(
            select(
                ORDER.c.number,
                LINE.c.product_line,
                LINE.c.product,
                LINE.c.quantity,
                LINE.c.unit,
                LINE.c.amount,
            )
            .join(ORDER, ORDER.c.id == LINE.c.order_id)
            .order_by(LINE.c.id)
        ).all()
    return orders, lines


ODD_ROWS = [
    ["З-1", date(2025, 3, 3), "Уралсталь", "Лист стальной", "Металл", 1200, 1481400.0],
    ["З-1", datetime(2025, 3, 3, 9, 30), "Уралсталь", " Уголок ", None, 10.0, 2.675],
    ["З-2", "05.03.2025", "Уралсталь", "Труба", "Металл", "7", "1 234,50"],
    ["З-3", date(2025, 3, 6), "Уралсталь", "Возврат", "Металл", -5.0, -50.0],
    [None, None, None, None, None, None, None],
    [536365.0, date(2025, 3, 7), "Уралсталь", "x" * 230, "", 1.5, 3.0],
    ["З-4", date(2025, 3, 8), "Рога и копыта", "Уголок", "Металл", 1.0, 1.0],
    ["З-5", date(2025, 3, 9), "Уралсталь", "", "", 1.0, 1.0],
    ["З-6", date(2025, 3, 10), "Уралсталь", "Лист", "Металл", 2.0, None],
]


def test_a_typed_export_is_stored_as_the_general_converter_would_store_it(db, tmp_path, monkeypatch):
    seed(db)
    path = _order_book(tmp_path / "orders.xlsx", ODD_ROWS)
    fast = import_files(db, [path]).files[0]
    fast_rows = _stored_orders(db)
    with db.session.begin() as session:  # forget that import, then read the file the general way
        for table in (LINE, ORDER, ImportedFile.__table__):
            session.execute(table.delete())
    monkeypatch.setattr(sheet_rows, "TYPED", {})
    general = import_files(db, [path]).files[0]
    assert fast.status is FileStatus.IMPORTED and fast.added == 4
    for name in ("added", "duplicates", "rejected", "rejected_count", "rejected_by", "accounts"):
        assert getattr(fast, name) == getattr(general, name), name
    # Cells are judged as rows are read, accounts when a batch is written.
    assert [(r.row, r.reason) for r in fast.rejected] == [
        (5, Reason.NEGATIVE),
        (9, Reason.MISSING_VALUE),
        (10, Reason.MISSING_VALUE),
        (8, Reason.UNKNOWN_ACCOUNT),
    ]
    assert fast_rows == _stored_orders(db)
    assert [str(line.amount) for line in fast_rows[1]] == ["1481400.00", "2.68", "1234.50", "3.00"]


def test_an_order_spanning_batches_is_made_once_and_found_again(db, tmp_path):
    seed(db)
    rows = [["З-1", date(2025, 3, 3), "Уралсталь", f"Лист {i}", "Металл", 1.0, 10.0] for i in range(2500)]
    path = _order_book(tmp_path / "orders.xlsx", rows)
    first = import_files(db, [path]).files[0]
    assert (first.added, first.duplicates) == (2500, 0)
    assert count(db, Order) == 1 and count(db, OrderLine) == 2500
    again = _order_book(
        tmp_path / "again.xlsx", rows + [["З-2", date(2025, 3, 4), "Уралсталь", "Уголок", "Металл", 1.0, 1.0]]
    )
    second = import_files(db, [again]).files[0]
    assert (second.added, second.duplicates) == (1, 2500)
    assert count(db, Order) == 2 and count(db, OrderLine) == 2501
    with db.session.begin() as session:
        uuids = session.scalars(select(LINE.c.uuid).order_by(LINE.c.id)).all()
    assert len(set(uuids)) == 2501 and all(isinstance(u, uuid.UUID) and u.version == 4 for u in uuids)
