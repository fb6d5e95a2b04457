"""Numbers, money and dates as the user's locale writes them, in one place for every view.

Always the default ``QLocale()`` (the system's, unless the app sets another), so a
table and a profile never disagree on how a date or an amount looks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime

#: Shown where a value is unknown or empty.
EMPTY = "—"
_NBSP = "\u00a0"


#: Currencies written with their sign; any other is written with its ISO code after the number.
CURRENCY_SYMBOLS = {
    "RUB": "₽",
    "EUR": "€",
    "USD": "$",
    "GBP": "£",
    "JPY": "¥",
    "CNY": "¥",
    "INR": "₹",
    "KZT": "₸",
    "UAH": "₴",
    "TRY": "₺",
    "ILS": "₪",
    "KRW": "₩",
}


def money(amount: Decimal | None, currency: str, *, decimals: int = 2) -> str:
    """An amount as the locale writes money: ``1 234 567,89 ₽`` in Russian, ``€1,234,567.89`` in English.

    Currencies without a well-known sign keep their ISO code after the number
    (``7,600,000 CHF``), which reads the same in every language.
    """
    if amount is None:
        return EMPTY
    locale = QLocale()
    value = abs(float(amount))
    sign = locale.negativeSign() if amount < 0 else ""
    symbol = CURRENCY_SYMBOLS.get(currency.upper())
    if symbol is None:
        return f"{sign}{locale.toString(value, 'f', decimals)}{_NBSP}{currency}"
    return sign + locale.toCurrencyString(value, symbol, decimals)


def percent(ratio: float | None, *, decimals: int = 1) -> str:
    """A 0–1 ratio as a percentage, e.g. ``12.5%``."""
    if ratio is None:
        return EMPTY
    locale = QLocale()
    return locale.toString(ratio * 100, "f", decimals) + locale.percent()


def integer(value: int) -> str:
    return QLocale().toString(value)


def short_date(value: date | datetime | None) -> str:
    """A calendar date in the locale's short form, always with a four-digit year.

    A ``datetime`` (stored in UTC) is first moved to the local time zone, so an evening
    call is not shown on the next day.
    """
    if value is None:
        return EMPTY
    if isinstance(value, datetime):
        value = _local(value).date()
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def long_datetime(value: datetime | None) -> str:
    """A moment in local time, in the locale's long form (for tooltips)."""
    if value is None:
        return EMPTY
    local = _local(value)
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {time}"


def _local(value: datetime) -> datetime:
    # A naive datetime is taken as UTC: that is how the planner stores every moment.
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()
