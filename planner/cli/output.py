"""Printing for the CLI: JSON documents, plain tables, and one-line errors."""

from __future__ import annotations

import dataclasses
import json
import sys
import unicodedata
import uuid
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any


def to_jsonable(value: Any) -> Any:
    """Read-models to JSON: ISO times with offsets, money as strings, enums as their values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _width(text: str) -> int:
    """Terminal columns a string takes (wide East Asian characters count double)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int] = frozenset()) -> None:
    """A plain aligned table; columns in ``right`` are right-aligned (numbers)."""
    widths = [_width(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], _width(cell))

    def line(cells: Sequence[str]) -> str:
        parts = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - _width(cell))
            parts.append(pad + cell if i in right else cell + pad)
        return "  ".join(parts).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(row) for row in rows)
    sys.stdout.write("\n".join(out) + "\n")


def error(message: str) -> None:
    """One plain line on stderr, never a traceback."""
    sys.stderr.write(f"kap: {message}\n")


def info(message: str) -> None:
    sys.stderr.write(message + "\n")


def money(value: Decimal | None, currency: str) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f} {currency}".replace(",", " ")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f} %"
