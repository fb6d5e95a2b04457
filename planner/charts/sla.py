"""SLA trend: the measured value per period against the target and warning threshold,
each point coloured by its status."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from matplotlib.figure import Figure

from db.enums import SlaDirection
from planner.charts.style import (
    MUTED,
    PALETTE,
    STATUS_COLOURS,
    Words,
    empty_note,
    format_number,
    new_figure,
    style_axes,
)
from planner.sla.scorecard import SlaResult


def sla_trend_figure(
    results: Sequence[SlaResult],
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
    title: str | None = None,
) -> Figure:
    """One SLA's trend (``results`` oldest first, all of the same definition)."""
    words = Words(lang, labels)
    figure = new_figure()
    ax = figure.add_subplot()
    style_axes(ax)
    if not results:
        empty_note(ax, words)
        return figure
    first = results[0]
    heading = title or words[first.metric.value]
    if not title and (first.name or first.product_line):
        heading += f" — {first.name or first.product_line}"
    ax.set_title(heading, loc="left")
    xs = list(range(len(results)))
    ax.set_xticks(xs, [r.period.label for r in results], rotation=0)
    measured = [(x, float(r.value)) for x, r in zip(xs, results, strict=True) if r.value is not None]
    if measured:
        ax.plot([x for x, _ in measured], [v for _, v in measured], color=PALETTE[0], linewidth=1.8,
                label=words["value"], zorder=2)
    for x, r in zip(xs, results, strict=True):
        if r.value is not None:
            ax.scatter([x], [float(r.value)], s=46, color=STATUS_COLOURS[r.status.value], zorder=3,
                       edgecolors="white", linewidths=0.8)
    ax.axhline(float(first.target), color=STATUS_COLOURS["breached"], linewidth=1.2,
               label=f"{words['target']}: {format_number(first.target, words, 1)}")
    if first.warning_threshold is not None:
        ax.axhline(float(first.warning_threshold), color=STATUS_COLOURS["at_risk"], linewidth=1.0,
                   linestyle="--", label=words["warning"])
    if not measured:
        empty_note(ax, words)
    ax.set_ylabel(words[first.unit] if first.unit else "", color=MUTED, fontsize=9)
    if first.unit == "%" and first.direction is SlaDirection.AT_LEAST:
        low = min([v for _, v in measured] + [float(first.target)]) if measured else float(first.target)
        ax.set_ylim(max(0.0, low - 5), 100.5)
    if len(results) > 8:
        for tick in ax.get_xticklabels():
            tick.set_rotation(45)
            tick.set_ha("right")
    ax.legend(loc="best", fontsize=8, frameon=False)
    return figure
