"""Normalising values from the wild: numbers with decimal commas and thousands spaces,
day-first dates, e-mail addresses, phone numbers, names and free text.

Each function raises ValueError on a value it cannot read; the caller turns that
into a rejection naming the row, the column and the value.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_CURRENCY = re.compile(r"[€$£¥₽₴₸]|руб\.?|р\.|rub|eur|usd|\ufffd", re.IGNORECASE)
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")
_PLAIN_NUMBER = re.compile(r"-?\d{1,15}(\.\d+)?")
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]{2,}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_decimal(value: object) -> Decimal:
    """A number as written in a spreadsheet: "1 234,56", "1,234.56", "-12,5 ₽", "(7.50)", 3.0."""
    if isinstance(value, bool):
        raise ValueError("not a number")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("not a number")
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    text = str(value).strip()
    if _PLAIN_NUMBER.fullmatch(text):
        return Decimal(text)  # the common case, fast
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1]
    text = _CURRENCY.sub("", text)
    text = _SPACES.sub("", text).replace("\u2212", "-")
    if not text:
        raise ValueError("empty")
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        text = text.replace(",", ".") if text.count(",") == 1 else text.replace(",", "")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    if not _NUMBER.fullmatch(text):
        raise ValueError("not a number")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError("not a number") from None
    return -number if negative else number


def parse_int(value: object) -> int:
    number = parse_decimal(value)
    if number != number.to_integral_value():
        raise ValueError("not a whole number")
    return int(number)


_DATE = re.compile(
    r"^(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{1,4})"
    r"(?:[ T,]+(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.](?P<s>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?$"
)
_EXCEL_EPOCH = datetime(1899, 12, 30)
MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "янв": 1,
    "фев": 2,
    "мар": 3,
    "апр": 4,
    "мая": 5,
    "май": 5,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "окт": 10,
    "ноя": 11,
    "дек": 12,
}
_WORD_DATE = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})(?:\s*г\.?)?(?:\s+(\d{1,2}):(\d{2}))?$")


def month_first_hint(values: list[str]) -> bool:
    """True if a column's dates are month-first (US): some value's second field exceeds 12
    while none's first does. Day-first is the default, as in Russian and European exports."""
    first_big = second_big = False
    for text in values:
        match = _DATE.match(str(text).strip())
        if not match or len(match["a"]) == 4:
            continue
        first_big |= int(match["a"]) > 12
        second_big |= int(match["b"]) > 12
    return second_big and not first_big


def date_order(value: object) -> str | None:
    """What a written date proves about its column: "day" (31.01), "month" (01/31) or nothing."""
    if not isinstance(value, str):
        return None
    match = _DATE.match(value.strip())
    if not match or len(match["a"]) == 4:
        return None
    first, second = int(match["a"]), int(match["b"])
    if first > 12 >= second:
        return "day"
    if second > 12 >= first:
        return "month"
    return None


def parse_datetime(value: object, *, month_first: bool = False) -> datetime:
    """A date and time, naive when the source gave no zone. Day-first unless told otherwise;
    ISO (year first) always; Excel serial numbers; "5 марта 2024"."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 200_000:
            return _EXCEL_EPOCH + timedelta(days=float(value))
        raise ValueError("not a date")
    text = str(value).strip()
    match = _DATE.match(text)
    if match:
        a, b, c = match["a"], match["b"], match["c"]
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        else:
            year = int(c)
            if len(c) == 2:
                year += 2000 if year < 70 else 1900
            day, month = (int(b), int(a)) if month_first else (int(a), int(b))
        hour = int(match["h"] or 0)
        minute = int(match["m"] or 0)
        second = int(match["s"] or 0)
        result = datetime(year, month, day, hour, minute, second)
        tz = match["tz"]
        if tz:
            result = datetime.fromisoformat(result.isoformat() + ("+00:00" if tz == "Z" else tz))
        return result
    word = _WORD_DATE.match(text.lower())
    if word:
        month = MONTHS.get(word[2][:3])
        if month:
            return datetime(int(word[3]), month, int(word[1]), int(word[4] or 0), int(word[5] or 0))
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValueError("not a date") from None


def parse_date(value: object, *, month_first: bool = False) -> date:
    return parse_datetime(value, month_first=month_first).date()


def aware(moment: datetime) -> datetime:
    """A naive time is taken as this computer's local time (where the export was made)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.astimezone()
    return moment


def to_utc(moment: datetime) -> datetime:
    return aware(moment).astimezone(UTC)


def normalize_email(value: str | None) -> str | None:
    """A lower-cased bare address, or None if ``value`` is not one."""
    if not value:
        return None
    text = str(value).strip().strip("<>").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    text = text.lower()
    return text if _EMAIL.match(text) else None


def normalize_phone(value: str) -> str:
    """Digits only (a leading + kept), the form ContactPoint.value_normalized stores."""
    text = str(value).strip()
    digits = re.sub(r"\D", "", text)
    return ("+" + digits) if text.startswith("+") else digits


def clean_text(value: object, limit: int | None = None) -> str | None:
    """Trimmed text without control characters; None when empty; cut to ``limit``."""
    if value is None:
        return None
    text = str(value)
    if not text.isprintable() and not text.replace("\n", " ").isprintable():
        text = _CONTROL.sub("", text)  # (line breaks alone, the common case, need no regex)
    text = text.strip()
    if not text:
        return None
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def name_key(name: str) -> str:
    """A name folded for comparison: case, ё/е, punctuation and extra spaces ignored."""
    folded = name.casefold().replace("ё", "е")
    return " ".join(re.sub(r"[^\w\s]", " ", folded).split())


def header_key(text: object) -> str:
    """A column header folded for recognition ("Кол-во, шт." -> "кол во шт")."""
    return name_key(str(text or ""))
