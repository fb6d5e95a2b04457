"""NPS trend: the score per period as bars above or below zero, with the number of answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure

from planner.analytics.satisfaction import TrendPoint
from planner.charts.style import (
    MUTED,
    STATUS_COLOURS,
    Words,
    empty_note,
    format_number,
    new_figure,
    style_axes,
)


def nps_trend_figure(
    points: Sequence[TrendPoint], lang: str = "en", labels: Mapping[str, str] | None = None
) -> Figure:
    words = Words(lang, labels)
    figure = new_figure()
    ax = figure.add_subplot()
    style_axes(ax)
    ax.set_title(words["nps_trend"], loc="left")
    xs = list(range(len(points)))
    ax.set_xticks(xs, [p.period.label for p in points])
    ax.axhline(0, color=MUTED, linewidth=0.8)
    ax.set_ylim(-118, 128)  # room for the labels above +100 and below -100
    ax.set_yticks(range(-100, 101, 50))
    ax.set_ylabel(words["nps"], color=MUTED, fontsize=9)
    scored = [(x, p) for x, p in zip(xs, points, strict=True) if p.nps.nps is not None]
    if not scored:
        empty_note(ax, words)
        return figure
    for x, p in scored:
        value = p.nps.nps
        colour = STATUS_COLOURS["met"] if value >= 30 else (
            STATUS_COLOURS["at_risk"] if value >= 0 else STATUS_COLOURS["breached"])
        ax.bar([x], [value], color=colour, width=0.6)
        offset = 4 if value >= 0 else -4
        ax.text(x, value + offset, f"{format_number(value, words)}\n{p.nps.responses} {words['responses']}",
                ha="center", va="bottom" if value >= 0 else "top", fontsize=7, color=MUTED)
    return figure
