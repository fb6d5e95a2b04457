"""Translated words for what the service views show: metrics, statuses, units, periods.

The planner hands out enums and plain numbers; this module turns them into the
user's language (``QT_TRANSLATE_NOOP`` tables under the context ``service``, read
when asked, so a language switch shows on the next repaint) and writes numbers the
way the locale does (``ui.formatting`` for money and dates).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from planner.errors import ValidationError
from planner.sla.periods import parse_period
from ui.formatting import EMPTY

CONTEXT = "service"

METRICS: dict[str, str] = {
    "on_time_delivery": QT_TRANSLATE_NOOP("service", "On-time delivery"),
    "order_lead_time": QT_TRANSLATE_NOOP("service", "Order lead time"),
    "first_response_time": QT_TRANSLATE_NOOP("service", "First response time"),
    "resolution_time": QT_TRANSLATE_NOOP("service", "Resolution time"),
    "defect_ppm": QT_TRANSLATE_NOOP("service", "Defect rate"),
    "satisfaction": QT_TRANSLATE_NOOP("service", "Satisfaction"),
    "custom": QT_TRANSLATE_NOOP("service", "Custom metric"),
}

STATUSES: dict[str, str] = {
    "met": QT_TRANSLATE_NOOP("service", "Met"),
    "at_risk": QT_TRANSLATE_NOOP("service", "At risk"),
    "breached": QT_TRANSLATE_NOOP("service", "Breached"),
    "no_data": QT_TRANSLATE_NOOP("service", "No data"),
}

TICKET_SEVERITIES: dict[str, str] = {
    "low": QT_TRANSLATE_NOOP("service", "Low"),
    "medium": QT_TRANSLATE_NOOP("service", "Medium"),
    "high": QT_TRANSLATE_NOOP("service", "High"),
    "critical": QT_TRANSLATE_NOOP("service", "Critical"),
}

TICKET_STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("service", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("service", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("service", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("service", "Closed"),
}

TICKET_KINDS: dict[str, str] = {
    "request": QT_TRANSLATE_NOOP("service", "Request"),
    "incident": QT_TRANSLATE_NOOP("service", "Incident"),
    "complaint": QT_TRANSLATE_NOOP("service", "Complaint"),
}

SURVEY_KINDS: dict[str, str] = {
    "nps": QT_TRANSLATE_NOOP("service", "NPS"),
    "csat": QT_TRANSLATE_NOOP("service", "CSAT"),
    "ces": QT_TRANSLATE_NOOP("service", "CES"),
}

#: In their own context: an order is "open" in other words than a ticket.
ORDER_STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("orders", "Open"),
    "confirmed": QT_TRANSLATE_NOOP("orders", "Confirmed"),
    "shipped": QT_TRANSLATE_NOOP("orders", "Shipped"),
    "closed": QT_TRANSLATE_NOOP("orders", "Closed"),
    "cancelled": QT_TRANSLATE_NOOP("orders", "Cancelled"),
}

UNIT_TEXTS: dict[str, str] = {
    "%": QT_TRANSLATE_NOOP("service", "{value}%"),
    "hour": QT_TRANSLATE_NOOP("service", "{value} hour"),
    "hours": QT_TRANSLATE_NOOP("service", "{value} hours"),
    "day": QT_TRANSLATE_NOOP("service", "{value} day"),
    "days": QT_TRANSLATE_NOOP("service", "{value} days"),
    "ppm": QT_TRANSLATE_NOOP("service", "{value} ppm"),
}

#: Decimals shown per unit (at most: trailing zeros are dropped).
DECIMALS = {"%": 1, "hours": 1, "days": 1, "ppm": 0, "points": 2}


def _t(source: str) -> str:
    """The translation of a source text marked with ``QT_TRANSLATE_NOOP("service", ...)``."""
    return QCoreApplication.translate(CONTEXT, source)


def _label(table: dict[str, str], value, context: str = CONTEXT) -> str:
    source = table.get(str(value)) if value is not None else None
    if source:
        return QCoreApplication.translate(context, source)
    return str(value) if value is not None else EMPTY


def metric_label(metric) -> str:
    return _label(METRICS, metric)


def status_label(status) -> str:
    return _label(STATUSES, status)


def ticket_severity_label(severity) -> str:
    return _label(TICKET_SEVERITIES, severity)


def ticket_status_label(status) -> str:
    return _label(TICKET_STATUSES, status)


def ticket_kind_label(kind) -> str:
    return _label(TICKET_KINDS, kind)


def survey_kind_label(kind) -> str:
    return _label(SURVEY_KINDS, kind)


def order_status_label(status) -> str:
    return _label(ORDER_STATUSES, status, "orders")


def sla_title(metric, name: str | None, product_line: str | None) -> str:
    """An SLA as a row heading: its own name, else the metric's, with the product line."""
    title = name or metric_label(metric)
    if product_line:
        text = QCoreApplication.translate("service", "{title} ({product_line})")
        return text.format(title=title, product_line=product_line)
    return title


# -- numbers -------------------------------------------------------------------------


def number(value: Decimal | float | int | None, decimals: int = 2) -> str:
    """A number with at most ``decimals`` decimals, as the locale writes it (no trailing zeros)."""
    if value is None:
        return EMPTY
    locale = QLocale()
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if decimals > 0 and point in text:
        text = text.rstrip("0").rstrip(point)
    if text in ("-0", locale.negativeSign() + "0"):
        text = "0"
    return text


def measure(value: Decimal | float | None, unit: str) -> str:
    """A measured value with its unit: ``90.9%``, ``4.5 hours``, ``310 ppm``, ``4.29``."""
    if value is None:
        return EMPTY
    text = number(value, DECIMALS.get(unit, 2))
    if unit == "%":
        return _t(UNIT_TEXTS["%"]).format(value=text)
    if unit in ("hours", "days"):
        one = float(value) == 1
        return _t(UNIT_TEXTS[unit[:-1] if one else unit]).format(value=text)
    if unit == "ppm":
        return _t(UNIT_TEXTS["ppm"]).format(value=text)
    if unit in ("", "points"):
        return text
    return f"{text}\u00a0{unit}"


def target(value: Decimal, unit: str, direction) -> str:
    """``≥ 95%`` or ``≤ 72 hours``."""
    sign = "≥" if str(direction) == "at_least" else "≤"
    return f"{sign}\u00a0{measure(value, unit)}"


def direction_text(direction) -> str:
    if str(direction) == "at_least":
        return QCoreApplication.translate("service", "at least")
    return QCoreApplication.translate("service", "at most")


def settle_plural(text: str, n: int) -> str:
    """Qt's text for a plural ``%n`` message, its ``(s)`` settled when no catalogue did it.

    Without a catalogue holding the English plural forms, Qt returns the source with
    ``%n`` filled in ("5 day(s)"); this makes it "1 day" / "5 days".
    """
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    return text


class Counts(QObject):
    """Plural messages: lupdate marks them as such only in a ``self.tr`` call with the count."""

    def days(self, n: int) -> str:
        return settle_plural(self.tr("%n day(s)", "", n), n)

    def hours(self, n: int) -> str:
        return settle_plural(self.tr("%n hour(s)", "", n), n)

    def answers(self, n: int) -> str:
        return settle_plural(self.tr("%n answer(s)", "", n), n)

    def points(self, n: int) -> str:
        return settle_plural(self.tr("%n point(s)", "", n), n)


_counts: Counts | None = None


def _count() -> Counts:
    global _counts
    if _counts is None:
        _counts = Counts()
    return _counts


def days(n: int) -> str:
    return _count().days(n)


def hours(n: int) -> str:
    return _count().hours(n)


def answers(n: int) -> str:
    return _count().answers(n)


def points(n: int) -> str:
    return _count().points(n)


def percent(ratio: float | None) -> str:
    """A 0–1 share as a whole percentage: ``85%``."""
    if ratio is None:
        return EMPTY
    return _t(UNIT_TEXTS["%"]).format(value=number(round(ratio * 100), 0))


# -- periods -------------------------------------------------------------------------


def month_name(year: int, month: int) -> str:
    """``October 2026`` / ``октябрь 2026`` (the standalone form, for headings and after "за")."""
    name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return QCoreApplication.translate("service", "{month} {year}").format(month=name, year=year)


def period_name(period, *, capital: bool = False) -> str:
    """A planner ``Period`` in words: ``October 2026``, ``Q4 2026``."""
    if str(period.kind) == "month":
        text = month_name(period.year, period.index)
    else:
        text = QCoreApplication.translate("service", "Q{quarter} {year}")
        text = text.format(quarter=period.index, year=period.year)
    return text[:1].upper() + text[1:] if capital else text


def period_label_name(label: str, *, capital: bool = False) -> str:
    """A period written as the planner labels it (``2026-10``, ``2026-Q4``) in words."""
    try:
        return period_name(parse_period(label), capital=capital)
    except ValidationError:  # a label of another shape is shown as it is
        return label
