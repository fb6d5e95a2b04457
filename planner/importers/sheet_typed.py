"""The direct path for order rows of typed cells, the bulk of a 100,000-row .xlsx export.

The general converter reads each field through RowReader (a dict of the row's
cells, a method call and a check per field), about 5 µs a row. Most rows of an
order export need none of that: a date cell, numbers that are numbers, short clean
text. ``typed_orders`` reads those cells straight from the row and builds the same
OrderLineRecord the general converter would. Anything it does not recognise as
the simple case (a text date, a number written as text, a negative quantity, a
missing amount) makes it return None, and the row goes the general way; a text
field that is not plain takes RowReader's own reading, and the two checks that may
still reject a row (currency, status) come in the general converter's order, so
rejections are the same too. tests/unit/test_import_shortcuts.py compares the two
on generated rows, tests/db/test_import_bulk.py what they store.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from db.enums import OrderStatus
from planner.importers.records import OrderLineRecord
from planner.importers.report import Reason
from planner.importers.sheet_reader import CENT, BadCell, RowReader

#: Floats beyond this are read the general way (RowReader.number's own limit).
_LIMIT = 1e15
#: How many distinct float cells per column keep their Decimal for the rows after.
_CACHED = 4096


def _decimal(value: object) -> Decimal | None:
    """A number cell as RowReader.number reads an int or a finite float; None otherwise."""
    if value.__class__ is float:
        return Decimal(repr(value)) if value == value and -_LIMIT < value < _LIMIT else None
    if value.__class__ is int:
        return Decimal(value)
    return None


def typed_orders(reader: RowReader) -> Callable[[int, list], OrderLineRecord | None] | None:
    """The direct reading of order rows for this sheet's mapping.

    Each text field is read inline, as RowReader.text reads a plain string (strip;
    blank is None; longer than its limit goes to RowReader.text, which shortens it),
    and numbers as RowReader.number reads an int or a finite float."""
    index = reader.index
    at_amount = index.get("amount")
    if at_amount is None:
        return None  # amounts from unit prices: the general way
    width = max(index.values()) + 1
    at_date, at_quantity = index["ordered_on"], index["quantity"]
    at_product, at_line = index.get("product"), index.get("product_line")
    at_currency, at_number = index.get("currency"), index.get("number")
    at_unit, at_account = index.get("unit"), index.get("account")
    has_status = "status" in index
    text = reader.text
    word = reader.word
    # The Decimals of float cells already read (exports repeat quantities and prices); zero is
    # left out, as 0.0 and -0.0 are one key but two Decimals.
    quantities: dict[float, Decimal] = {}
    amounts: dict[float, Decimal] = {}

    def convert(number: int, row: list) -> OrderLineRecord | None:
        if len(row) < width:
            return None
        ordered = row[at_date]
        if ordered.__class__ is datetime:
            ordered = ordered.date()
        elif ordered.__class__ is not date:
            return None
        value = row[at_quantity]
        quantity = quantities.get(value) if value.__class__ is float else None
        if quantity is None:
            quantity = _decimal(value)
            if quantity is None or quantity < 0:
                return None
            if value.__class__ is float and value and len(quantities) < _CACHED:
                quantities[value] = quantity
        value = row[at_amount]
        amount = amounts.get(value) if value.__class__ is float else None
        if amount is None:
            amount = _decimal(value)
            if amount is None:
                return None
            amount = amount.quantize(CENT)
            if value.__class__ is float and value and len(amounts) < _CACHED:
                amounts[value] = amount

        # The short texts are checked inline rather than by a helper: a call per cell is
        # 400,000 calls on a 100,000-row export, a twentieth of the whole import.
        product = None if at_product is None else row[at_product]
        if product is not None:
            if product.__class__ is str and product.isprintable() and len(product) <= 200:
                product = product.strip() or None
            else:
                product = text(row, "product", 200)
        line = None if at_line is None else row[at_line]
        if line is not None:
            if line.__class__ is str and line.isprintable() and len(line) <= 120:
                line = line.strip() or None
            else:
                line = text(row, "product_line", 120)
        line = line or (product[:120] if product else None)
        if not line:
            return None
        currency = None if at_currency is None else row[at_currency]
        if currency is not None:
            currency = text(row, "currency", 3)
            if currency is not None and (len(currency) != 3 or not currency.isalpha()):
                raise BadCell(Reason.BAD_VALUE, reader.names["currency"], currency)
        key = None if at_number is None else row[at_number]
        if key is not None:
            if key.__class__ is str and key.isprintable() and len(key) <= 80:
                key = key.strip() or None
            else:
                key = text(row, "number", 80)
        account = None if at_account is None else row[at_account]
        if account is not None:
            if account.__class__ is str and account.isprintable() and len(account) <= 200:
                account = account.strip() or None
            else:
                account = text(row, "account", 200)
        # Positional, in the field order of OrderLineRecord (keywords cost a third more).
        return OrderLineRecord(
            key or ordered.isoformat(),
            ordered,
            line,
            product,
            quantity,
            amount,
            None if at_unit is None or row[at_unit] is None else text(row, "unit", 20),
            currency.upper() if currency else None,
            word(row, "status", OrderStatus) if has_status else None,
            account,
            number,
        )

    return convert


#: Targets with a direct path, and how to make it for a sheet.
TYPED: dict[str, Callable[[RowReader], Callable[[int, list], object] | None]] = {"orders": typed_orders}
