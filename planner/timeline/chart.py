"""The activity chart: interactions per channel per month as stacked bars, the account's
own baseline as a line, and the recent months shaded when engagement dropped.

Built as a matplotlib Figure (no pyplot, no Qt): the UI embeds it, the briefing
renders it to PNG. Texts in English or Russian, or as the caller passes them.
"""

from __future__ import annotations

from collections.abc import Mapping

from matplotlib.figure import Figure

from planner.charts.style import MUTED, Words, empty_note, new_figure, style_axes
from planner.timeline import channels
from planner.timeline.engagement import Engagement, MonthlyActivity, baseline_series

LABELS = {
    "en": {
        "activity_title": "Interactions per month",
        "baseline": "Baseline (6-month mean)",
        "engagement_drop": "Engagement drop",
        "interactions": "interactions",
    },
    "ru": {
        "activity_title": "Контакты по месяцам",
        "baseline": "Базовый уровень (среднее за 6 мес.)",
        "engagement_drop": "Падение вовлечённости",
        "interactions": "контактов",
    },
}


def activity_figure(
    activity: MonthlyActivity,
    engagement: Engagement | None = None,
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
) -> Figure:
    """Stacked monthly bars per channel (channel colours), the baseline line, the drop shaded."""
    words = Words(lang, {**LABELS.get(lang, LABELS["en"]), **(labels or {})})
    figure = new_figure()
    ax = figure.add_subplot()
    style_axes(ax)
    ax.set_title(words["activity_title"], loc="left")
    positions = list(range(len(activity.months)))
    names = words.months()
    ticks = [
        f"{names[m.month - 1]}\n{m.year}" if m.month == 1 or i == 0 else names[m.month - 1]
        for i, m in enumerate(activity.months)
    ]
    ax.set_xticks(positions, ticks)
    bottom = [0] * len(positions)
    for kind in channels.ORDER:
        values = activity.counts.get(kind)
        if not values or not any(values):
            continue
        ax.bar(
            positions,
            values,
            bottom=bottom,
            color=channels.COLOURS[kind],
            width=0.75,
            label=channels.name(kind, words.lang if words.lang in channels.NAMES else "en"),
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    if not any(activity.totals):
        empty_note(ax, words)
    baseline = baseline_series(activity.totals)
    if any(b is not None for b in baseline):
        ax.plot(
            positions,
            [float("nan") if b is None else b for b in baseline],
            color=MUTED,
            linestyle="--",
            linewidth=1.4,
            label=words["baseline"],
        )
    if engagement is not None and engagement.drop and engagement.recent_months:
        index = {m: i for i, m in enumerate(activity.months)}
        shown = [index[m] for m in engagement.recent_months if m in index]
        if shown:
            ax.axvspan(
                min(shown) - 0.5,
                max(shown) + 0.5,
                color="#c23b3b",
                alpha=0.12,
                label=words["engagement_drop"],
            )
    ax.set_ylabel(words["interactions"], color=MUTED, fontsize=9)
    ax.set_ylim(bottom=0)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", fontsize=7, frameon=False, ncols=3)
    return figure
