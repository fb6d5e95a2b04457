"""Numbers, money, dates and quotation marks as each language's typography wants them.

Russian: «ёлочки» (with „лапки“ inside), dates as 27.11.2026, a non-breaking space
between thousands (``1 234 567,89 ₽``) and before units, a comma as decimal mark.
English: “curly quotes”, dates as 27 Nov 2026, ``€8,355,000``. Kept apart from the
lexicon, which holds words, because these are rules, and both use them.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

NBSP = "\u00a0"
#: Currencies written as a symbol; others keep their ISO code.
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "RUB": "₽", "CNY": "¥", "JPY": "¥"}
#: In English these symbols go before the amount; the rest after it, as in Russian.
EN_PREFIX = {"EUR", "USD", "GBP", "CNY", "JPY"}
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_STRAIGHT_PAIR = re.compile(r'"([^"\n]*)"')
_SPACED_HYPHEN = re.compile(r"\s+[-–—]\s+")


def number(value: Decimal | float | int, lang: str, decimals: int = 0) -> str:
    """Grouped digits: 1 234,5 (non-breaking spaces) in Russian, 1,234.5 in English."""
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{exact:,.{decimals}f}"
    if lang == "ru":
        return text.replace(",", NBSP).replace(".", ",")
    return text


def money(value: Decimal | float | int, currency: str, lang: str, decimals: int | None = None) -> str:
    """1 234 567,89 ₽ / €8,355,000; whole amounts without decimals unless asked for."""
    amount = Decimal(str(value))
    if decimals is None:
        decimals = 0 if amount == amount.to_integral_value() else 2
    digits = number(abs(amount), lang, decimals)
    sign = "−" if amount < 0 else ""
    symbol = SYMBOLS.get(currency, currency)
    if lang != "ru" and currency in EN_PREFIX:
        return f"{sign}{symbol}{digits}"
    return f"{sign}{digits}{NBSP}{symbol}"


def short_money(value: Decimal | float | int, currency: str, lang: str) -> str:
    """Large amounts shortened for summaries: 1,39 млрд ₽ / €8.4M."""
    amount = float(value)
    symbol = SYMBOLS.get(currency, currency)
    steps = (((1e9, "млрд"), (1e6, "млн"), (1e3, "тыс.")) if lang == "ru"
             else ((1e9, "bn"), (1e6, "M"), (1e3, "k")))
    for limit, word in steps:
        if abs(amount) >= limit:
            digits = number(amount / limit, lang, 2 if abs(amount) < 10 * limit else 1)
            if lang == "ru":
                return f"{digits}{NBSP}{word}{NBSP}{symbol}"
            if currency in EN_PREFIX:
                return f"{symbol}{digits}{word}"
            return f"{digits}{word}{NBSP}{symbol}"
    return money(round(amount), currency, lang)


def percent(share: float, lang: str, decimals: int = 0, signed: bool = False) -> str:
    """A share (0.343) as 34 % / 34%; ``signed`` puts + or − in front (a change)."""
    value = share * 100
    text = number(abs(value), lang, decimals)
    sign = ("+" if value > 0 else "−" if value < 0 else "") if signed else ("−" if value < 0 else "")
    return f"{sign}{text}{NBSP}%" if lang == "ru" else f"{sign}{text}%"


def day(value: date, lang: str) -> str:
    """27.11.2026 in Russian; 27 Nov 2026 in English (never ambiguous)."""
    if lang == "ru":
        return value.strftime("%d.%m.%Y")
    return f"{value.day}{NBSP}{EN_MONTHS[value.month - 1]}{NBSP}{value.year}"


def short_day(value: date, lang: str) -> str:
    """27.11 / 27 Nov: for dense tables within one year."""
    if lang == "ru":
        return value.strftime("%d.%m")
    return f"{value.day}{NBSP}{EN_MONTHS[value.month - 1]}"


def local(moment: datetime, zone: str | None) -> datetime:
    """The moment in the zone it happened in, else as stored (UTC)."""
    if zone:
        try:
            return moment.astimezone(ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return moment


def clock(moment: datetime) -> str:
    """10:55 (UTC+5): the local time with its offset, the same in both languages."""
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    hours, rest = divmod(abs(minutes), 60)
    zone = f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "") if minutes else "UTC"
    return f"{moment:%H:%M}{NBSP}({zone})"


def cyrillic(text: str) -> bool:
    """Whether the text is Russian (or another Cyrillic language): its quotes follow Russian rules."""
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def quote(text: str, lang: str) -> str:
    """«…» with „…“ inside for Russian text; “…” with ‘…’ inside for English.

    The quoted text's own language decides, so a Russian title in an English
    briefing keeps its «ёлочки» instead of mixing “” around «».
    """
    if lang == "ru" or cyrillic(text):
        inner = text.replace("«", "„").replace("»", "“")
        return f"«{smarten(inner, 'ru', nested=True)}»"
    inner = text.replace("“", "‘").replace("”", "’")
    return f"“{smarten(inner, lang, nested=True)}”"


def smarten(text: str, lang: str, *, nested: bool = False) -> str:
    """Data text made typographic: straight quotes to the text's own pairs, a spaced hyphen
    to a dash, and a non-breaking space after № (so «№ 45» never breaks)."""
    russian = lang == "ru" or cyrillic(text)
    if '"' in text:
        if russian:
            opening, closing = ("„", "“") if nested else ("«", "»")
        else:
            opening, closing = ("‘", "’") if nested else ("“", "”")
        text = _STRAIGHT_PAIR.sub(lambda m: f"{opening}{m.group(1)}{closing}", text)
    text = text.replace("№ ", f"№{NBSP}")
    return _SPACED_HYPHEN.sub(f"{NBSP}— ", text) if russian else _SPACED_HYPHEN.sub(" – ", text)


def quantity(value, unit: str | None, lang: str) -> str:
    """21 шт. / 21 pcs: the number, a non-breaking space, the unit (Russian ones with their dot)."""
    from planner.notices import RU_DOTTED_UNITS

    exponent = Decimal(str(value)).normalize().as_tuple().exponent
    text = number(value, lang, min(3, max(0, -exponent)) if isinstance(exponent, int) else 0)
    if not unit:
        return text
    if lang == "ru" and unit in RU_DOTTED_UNITS:
        unit += "."
    return f"{text}{NBSP}{unit}"


def join(items: list[str], lang: str) -> str:
    """a, b and c / a, b и c."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    word = " и " if lang == "ru" else " and "
    return ", ".join(items[:-1]) + word + items[-1]
