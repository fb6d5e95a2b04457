"""Order charts: volume by month year over year, and by product line (last 12 months
against the 12 before)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure

from planner.analytics.orders import ProductLineVolume, YearOverYear
from planner.charts.style import (
    MUTED,
    PALETTE,
    Words,
    amount_formatter,
    empty_note,
    new_figure,
    style_axes,
)


def orders_yoy_figure(
    yoy: YearOverYear, currency: str, lang: str = "en", labels: Mapping[str, str] | None = None
) -> Figure:
    """One line per year across the twelve months; the current year stops at this month."""
    words = Words(lang, labels)
    figure = new_figure()
    ax = figure.add_subplot()
    style_axes(ax)
    ax.set_title(words["orders_yoy"], loc="left")
    months = list(range(12))
    ax.set_xticks(months, words.months())
    any_data = False
    for i, year in enumerate(yoy.years):
        values = [None if v is None else float(v) for v in yoy.months[year]]
        any_data = any_data or any(values)
        latest = i == len(yoy.years) - 1
        ax.plot(months, [float("nan") if v is None else v for v in values], marker="o", markersize=3,
                linewidth=2.2 if latest else 1.3, color=PALETTE[(len(yoy.years) - 1 - i) % len(PALETTE)],
                alpha=1.0 if latest else 0.75, label=str(year))
    if not any_data:
        empty_note(ax, words)
    ax.yaxis.set_major_formatter(amount_formatter(words))
    ax.set_ylabel(f"{words['amount']}, {currency}", color=MUTED, fontsize=9)
    ax.set_ylim(bottom=0)
    ax.legend(loc="best", fontsize=8, frameon=False)
    return figure


def orders_by_product_line_figure(
    rows: Sequence[ProductLineVolume], currency: str, lang: str = "en",
    labels: Mapping[str, str] | None = None, limit: int = 10,
) -> Figure:
    """Horizontal bars per product line, the largest on top: last 12 months and the 12 before."""
    words = Words(lang, labels)
    rows = list(rows)[:limit]
    figure = new_figure(7.0, max(2.4, 0.45 * len(rows) + 1.2))
    ax = figure.add_subplot()
    style_axes(ax)
    ax.yaxis.grid(False)
    ax.xaxis.grid(True, color="#d9dde3", linewidth=0.8)
    ax.set_title(words["orders_by_line"], loc="left")
    if not rows:
        empty_note(ax, words)
        return figure
    ys = list(range(len(rows)))[::-1]
    height = 0.38
    ax.barh([y + height / 2 for y in ys], [float(r.amount) for r in rows], height=height,
            color=PALETTE[0], label=words["last_12"])
    ax.barh([y - height / 2 for y in ys], [float(r.previous_amount) for r in rows], height=height,
            color=PALETTE[5], alpha=0.6, label=words["previous_12"])
    ax.set_yticks(ys, [r.product_line for r in rows])
    ax.xaxis.set_major_formatter(amount_formatter(words))
    ax.set_xlabel(f"{words['amount']}, {currency}", color=MUTED, fontsize=9)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return figure
