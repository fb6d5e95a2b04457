"""The look shared by every chart: size, colours, fonts, number formats and the words.

Texts are looked up by key in ``LABELS`` for "en" or "ru"; a caller's ``labels``
mapping overrides any key (the UI passes its translations, the briefing its own).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

NBSP = "\u00a0"
PALETTE = ("#1f5fa8", "#e07b1a", "#3a9a5b", "#8c4fb3", "#c23b3b", "#6b7a8f", "#b39b2d")
STATUS_COLOURS = {"met": "#3a9a5b", "at_risk": "#e0a21a", "breached": "#c23b3b", "no_data": "#9aa3ad"}
GRID = "#d9dde3"
TEXT = "#2b2f36"
MUTED = "#6b7480"

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "target": "Target", "warning": "Warning threshold", "value": "Measured",
        "met": "met", "at_risk": "at risk", "breached": "breached", "no_data": "no data",
        "period": "Period", "month": "Month", "amount": "Order volume",
        "orders_yoy": "Orders by month, year over year", "orders_by_line": "Orders by product line",
        "last_12": "Last 12 months", "previous_12": "12 months before",
        "nps_trend": "Net Promoter Score", "nps": "NPS", "responses": "answers",
        "on_time_delivery": "On-time delivery", "order_lead_time": "Order lead time",
        "first_response_time": "First response time", "resolution_time": "Resolution time",
        "defect_ppm": "Defect rate", "satisfaction": "Satisfaction", "custom": "Custom metric",
        "thousand": "k", "million": "M", "billion": "bn",
        "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "%": "%", "days": "days", "hours": "hours", "ppm": "ppm", "points": "points",
        "no_data_text": "No data yet",
    },
    "ru": {
        "target": "Цель", "warning": "Порог предупреждения", "value": "Факт",
        "met": "выполнен", "at_risk": "под угрозой", "breached": "нарушен", "no_data": "нет данных",
        "period": "Период", "month": "Месяц", "amount": "Объём заказов",
        "orders_yoy": "Заказы по месяцам: год к году", "orders_by_line": "Заказы по товарным группам",
        "last_12": "Последние 12 месяцев", "previous_12": "Предыдущие 12 месяцев",
        "nps_trend": "Индекс NPS", "nps": "NPS", "responses": "ответов",
        "on_time_delivery": "Поставки в срок", "order_lead_time": "Срок выполнения заказа",
        "first_response_time": "Время первого ответа", "resolution_time": "Время решения",
        "defect_ppm": "Уровень брака", "satisfaction": "Удовлетворённость",
        "custom": "Особый показатель",
        "thousand": "тыс.", "million": "млн", "billion": "млрд",
        "months": "янв фев мар апр май июн июл авг сен окт ноя дек",
        "%": "%", "days": "дн.", "hours": "ч", "ppm": "ppm", "points": "баллы",
        "no_data_text": "Данных пока нет",
    },
}


class Words:
    """The texts of one chart: the language's defaults, overridden by the caller's."""

    def __init__(self, lang: str = "en", labels: Mapping[str, str] | None = None):
        self.lang = lang if lang in LABELS else "en"
        self._table = {**LABELS[self.lang], **(labels or {})}

    def __getitem__(self, key: str) -> str:
        return self._table.get(key, LABELS["en"].get(key, key))

    def months(self) -> list[str]:
        return self["months"].split()


def new_figure(width: float = 7.0, height: float = 3.6) -> Figure:
    """A Figure at a size that reads well embedded and in a Word page (inches, 100 dpi)."""
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    figure.patch.set_facecolor("white")
    return figure


def style_axes(ax) -> None:
    ax.set_facecolor("white")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GRID)
    ax.tick_params(colors=MUTED, labelsize=8)
    ax.yaxis.grid(True, color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.title.set_color(TEXT)
    ax.title.set_fontsize(11)


def format_number(value: float | Decimal, words: Words, decimals: int = 0) -> str:
    """Grouped digits: "1 234,5" (non-breaking space) in Russian, "1,234.5" in English."""
    text = f"{float(value):,.{decimals}f}"
    if words.lang == "ru":
        return text.replace(",", NBSP).replace(".", ",")
    return text


def format_amount(value: float, words: Words) -> str:
    """Short money ticks: 1.2M / 1,2 млн."""
    size = abs(value)
    for limit, key in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if size >= limit:
            short = format_number(value / limit, words, 1 if size < 10 * limit else 0)
            return f"{short}{NBSP}{words[key]}" if words.lang == "ru" else f"{short}{words[key]}"
    return format_number(value, words)


def amount_formatter(words: Words) -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: format_amount(value, words))


def empty_note(ax, words: Words) -> None:
    ax.text(0.5, 0.5, words["no_data_text"], ha="center", va="center", transform=ax.transAxes,
            color=MUTED, fontsize=10)
