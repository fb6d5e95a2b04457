"""Validation helpers shared by every kind of record; each failure names its field.

Most rules follow from the table itself (required, text length, type, enum,
time zone, decimal places), so ``clean_columns`` reads them off the model's
columns; the rest are small helpers each record's ``validate`` combines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NoReturn, TypeVar

from sqlalchemy import Boolean, Date, Enum, Float, Integer, Numeric, String

from db.enums import ContactKind
from db.types import UTCDateTime
from planner.errors import ValidationError

T = TypeVar("T")

#: Permissive on purpose: one "@", no spaces, a dot in the domain.
_EMAIL = re.compile(r"^[^\s@<>,;\"]+@[^\s@<>,;\"]+\.[^\s@<>,;\".]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]+$")
_CURRENCY = re.compile(r"^[A-Za-z]{3}$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def fail(field: str, reason: str, **context: object) -> NoReturn:
    raise ValidationError(field, reason, **context)


def clean_columns(model: type, data: T, names: Iterable[str]) -> T:
    """``data`` with each named field checked against (and tidied for) its column.

    Text is stripped, empty optional text becomes None, enums are coerced from
    their values, integers given for Decimal columns become Decimals.
    """
    table = model.__table__
    cleaned: dict[str, Any] = {}
    for name in names:
        value = getattr(data, name)
        tidy = clean_value(name, table.c[name], value)
        if tidy is not value:
            cleaned[name] = tidy
    return replace(data, **cleaned) if cleaned else data


def clean_value(name: str, column: Any, value: Any) -> Any:
    """One value checked against one column's type, length, scale and nullability."""
    kind = column.type
    if isinstance(value, str) and isinstance(kind, String) and not isinstance(kind, Enum):
        value = value.strip() or None
    if value is None:
        if not column.nullable:
            fail(name, "required")
        return None
    if isinstance(kind, Enum):
        try:
            return kind.enum_class(value)
        except ValueError:
            fail(name, "one of " + ", ".join(m.value for m in kind.enum_class))
    if isinstance(kind, String):
        if not isinstance(value, str):
            fail(name, "text expected")
        if kind.length is not None and len(value) > kind.length:
            fail(name, f"at most {kind.length} characters")
    elif isinstance(kind, UTCDateTime):
        if not isinstance(value, datetime) or value.utcoffset() is None:
            fail(name, "a date and time with its time zone")
    elif isinstance(kind, Date):
        if not isinstance(value, date) or isinstance(value, datetime):
            fail(name, "a date")
    elif isinstance(kind, Boolean):
        if not isinstance(value, bool):
            fail(name, "yes or no")
    elif isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            fail(name, "a whole number")
    elif isinstance(kind, Numeric) and not isinstance(kind, Float):
        return _decimal(name, value, kind.precision, kind.scale)
    return value


def _decimal(name: str, value: Any, precision: int | None, scale: int | None) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        fail(name, "an exact number (Decimal), not a float")
    value = Decimal(value)
    if not value.is_finite():
        fail(name, "a finite number")
    exponent = value.normalize().as_tuple().exponent
    if scale is not None and isinstance(exponent, int) and -exponent > scale:
        fail(name, f"at most {scale} decimal places")
    if precision is not None and scale is not None and abs(value) >= Decimal(10) ** (precision - scale):
        fail(name, "too large")
    return value


def check_range(name: str, value: Any, low: Any = None, high: Any = None) -> None:
    """A number within [low, high] (either end open when None); None passes (optional field)."""
    if value is None:
        return
    if (low is not None and value < low) or (high is not None and value > high):
        if high is None:
            fail(name, "cannot be negative" if low == 0 else f"at least {low}")
        if low is None:
            fail(name, f"at most {high}")
        fail(name, f"from {low} to {high}")


def currency(name: str, value: str | None) -> str | None:
    """An ISO 4217 code, upper-cased."""
    if value is None:
        return None
    if not _CURRENCY.match(value):
        fail(name, "a three-letter ISO code such as EUR or RUB")
    return value.upper()


def country(name: str, value: str | None) -> str | None:
    """An ISO 3166 alpha-2 code, upper-cased."""
    if value is None:
        return None
    if not _COUNTRY.match(value):
        fail(name, "a two-letter ISO code such as DE or RU")
    return value.upper()


def email(name: str, value: str | None) -> str | None:
    """An e-mail address, lower-cased (addresses match imported mail case-insensitively)."""
    if value is None:
        return None
    if not _EMAIL.match(value):
        fail(name, "not an e-mail address")
    return value.lower()


def phone(name: str, value: str | None) -> str | None:
    """A phone number's matching form: its digits with a leading "+" ("00" counts as "+")."""
    if value is None:
        return None
    if not _PHONE.match(value):
        fail(name, "digits, spaces and + - ( ) . / only")
    digits = re.sub(r"\D", "", value)
    if value.startswith("00"):
        digits = digits[2:]
    if not 5 <= len(digits) <= 15:
        fail(name, "5 to 15 digits")
    return "+" + digits


def normalized_contact(kind: ContactKind, value: str) -> str:
    """What a contact point is matched by; raises ValidationError("value") when malformed."""
    if kind is ContactKind.EMAIL:
        return email("value", value) or ""
    if kind in (ContactKind.PHONE, ContactKind.MOBILE):
        return phone("value", value) or ""
    return value.lower()


def not_before(name: str, value: date | None, other: str, earlier: date | None) -> None:
    """``value`` (a date or an aware time) is not before ``earlier``, when both are set."""
    if value is not None and earlier is not None and value < earlier:
        fail(name, f"cannot be before {other}")


def items(field: str, values: Iterable[Any], cls: type[T], clean: Callable[[T], T]) -> tuple[T, ...]:
    """Each item of a child collection cleaned; a failure names the collection and the row."""
    cleaned: list[T] = []
    for index, item in enumerate(values):
        if not isinstance(item, cls):
            fail(field, f"row {index + 1}: a {cls.__name__} expected", index=index)
        try:
            cleaned.append(clean(item))
        except ValidationError as exc:
            raise ValidationError(
                field, f"row {index + 1}, {exc.field}: {exc.reason}", index=index, item_field=exc.field
            ) from None
    return tuple(cleaned)


def unique(field: str, keys: Iterable[object], reason: str) -> None:
    """Refuse a collection in which two rows share a key."""
    seen: set[object] = set()
    for index, key in enumerate(keys):
        if key in seen:
            fail(field, f"row {index + 1}: {reason}", index=index)
        seen.add(key)
