"""Reading mapped fields out of raw spreadsheet rows: text, numbers, dates and words.

A cell that cannot be read raises BadCell (the converter turns it into a rejection
naming the row, the column and the value). Dates are day-first unless the column
shows it is month-first; a column proven month-first after rows were read day-first
raises DateOrderChanged so the file is read again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from planner.importers.columns import Mapping
from planner.importers.normalize import (
    clean_text,
    date_order,
    month_first_hint,
    parse_datetime,
    parse_decimal,
    to_utc,
)
from planner.importers.report import Reason
from planner.importers.spreadsheet import cell_text
from planner.importers.vocabulary import WORDS

CENT = Decimal("0.01")


class BadCell(Exception):
    """A cell that cannot be read: why, the column's name and the value, for the rejection."""

    def __init__(self, reason: Reason, column: str, value: object) -> None:
        super().__init__(reason)
        self.reason, self.column, self.value = reason, column, value


class DateOrderChanged(Exception):
    """A date column read day-first turned out month-first (12/13/2010) after rows that could be
    read either way: the file must be read again with the column month-first."""

    def __init__(self, column: str) -> None:
        super().__init__(column)
        self.column = column


class RowReader:
    """Reads mapped fields out of raw rows; knows the column names for rejections.

    Date columns are day-first unless the sample, or the caller (``month_first``), says
    otherwise; a column proven month-first later raises DateOrderChanged.
    """

    def __init__(
        self, mapping: Mapping, sample: list[tuple[int, list]], month_first: frozenset[str] = frozenset()
    ) -> None:
        self.mapping = mapping
        self.index = {name: i for i, name in mapping.columns.items()}
        self.names = {name: mapping.headers[i] for i, name in mapping.columns.items()}
        self.month_first: dict[str, bool] = {}
        self.day_proven: set[str] = set()
        self._pairs = tuple(self.index.items())
        self._row: list | None = None
        self._cells: dict[str, object] = {}
        for name, i in self.index.items():
            values = [row[i] for _, row in sample if i < len(row) and isinstance(row[i], str)]
            self.month_first[name] = name in month_first or month_first_hint(values)

    def _values(self, row: list) -> dict[str, object]:
        """The row's non-blank mapped cells by field, worked out once per row."""
        if row is not self._row:
            self._row = row
            values = {}
            size = len(row)
            for name, i in self._pairs:
                if i < size:
                    value = row[i]
                    if value is None or value == "" or (value.__class__ is str and value.isspace()):
                        continue
                    values[name] = value
            self._cells = values
        return self._cells

    def raw(self, row: list, name: str) -> object:
        return self._values(row).get(name)

    def text(self, row: list, name: str, limit: int | None = None) -> str | None:
        value = self._values(row).get(name)
        if value is None:
            return None
        if value.__class__ is str and value.isprintable():
            text = value.strip()
            return text if limit is None or len(text) <= limit else clean_text(text, limit)
        return clean_text(cell_text(value), limit)

    def required(self, row: list, name: str) -> object:
        value = self.raw(row, name)
        if value is None:
            raise BadCell(Reason.MISSING_VALUE, self.names.get(name, name), None)
        return value

    def convert(
        self,
        row: list,
        name: str,
        parse: Callable,
        *,
        required: bool = False,
        reason: Reason = Reason.BAD_VALUE,
    ):
        value = self.required(row, name) if required else self.raw(row, name)
        if value is None:
            return None
        try:
            return parse(value)
        except (ValueError, ArithmeticError, OverflowError):
            raise BadCell(reason, self.names[name], value) from None

    def _when(self, row: list, name: str, required: bool):
        value = self._values(row).get(name)
        if value.__class__ is datetime:
            return value  # typed cells (xlsx) need no reading
        month_first = self.month_first.get(name, False)
        try:
            return self.convert(
                row,
                name,
                lambda v: parse_datetime(v, month_first=month_first),
                required=required,
                reason=Reason.BAD_DATE,
            )
        except BadCell as bad:
            proof = date_order(bad.value)
            if (
                bad.reason is Reason.BAD_DATE
                and not month_first
                and proof == "month"
                and name not in self.day_proven
            ):
                raise DateOrderChanged(name) from None
            raise
        finally:
            if not month_first and name not in self.day_proven and date_order(self.raw(row, name)) == "day":
                self.day_proven.add(name)

    def moment(self, row: list, name: str, *, required: bool = False):
        value = self._when(row, name, required)
        return to_utc(value) if value is not None else None

    def day(self, row: list, name: str, *, required: bool = False):
        value = self._when(row, name, required)
        return value.date() if value is not None else None

    def number(self, row: list, name: str, *, required: bool = False) -> Decimal | None:
        value = self._values(row).get(name)
        if value.__class__ is int:
            return Decimal(value)
        if value.__class__ is float and value == value and -1e15 < value < 1e15:
            return Decimal(repr(value))
        return self.convert(row, name, parse_decimal, required=required, reason=Reason.BAD_NUMBER)

    def word(self, row: list, name: str, enum: type):
        if name not in self.index:
            return None

        def parse(value: object):
            text = " ".join(cell_text(value).casefold().replace("ё", "е").replace("_", " ").split())
            found = WORDS[enum].get(text) or WORDS[enum].get(text.rstrip("."))
            if found is None:
                try:
                    found = enum(text.replace(" ", "_"))
                except ValueError:
                    raise ValueError(text) from None
            return found

        return self.convert(row, name, parse)
