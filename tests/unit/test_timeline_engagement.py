"""The engagement_drop rule, the baseline, monthly activity and the activity chart."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.figure import Figure

from db.enums import InteractionKind
from planner.timeline.chart import activity_figure
from planner.timeline.engagement import (
    BASELINE_MONTHS,
    DROP_RATIO,
    MIN_BASELINE,
    RECENT_MONTHS,
    add_months,
    baseline_series,
    build_activity,
    engagement_drop,
    month_range,
)

MONTHS = month_range(date(2024, 1, 1), date(2024, 12, 1))


def verdict(totals, as_of=date(2024, 12, 15)):
    return engagement_drop(MONTHS, totals, as_of=as_of)


def test_a_drop_below_half_the_baseline_is_flagged():
    totals = [10] * 9 + [4, 4, 30]  # the current month (December) is not complete: ignored
    result = verdict(totals)
    assert result.drop and result.baseline == 10 and result.recent == 4 and result.ratio == 0.4
    assert result.recent_months == (date(2024, 10, 1), date(2024, 11, 1))
    assert len(result.baseline_months) == BASELINE_MONTHS


@pytest.mark.parametrize(
    ("totals", "why"),
    [
        ([10] * 9 + [6, 5, 0], "just above half"),
        ([1] * 9 + [0, 0, 0], "too thin a baseline to judge"),
        ([10] * 9 + [10, 10, 0], "steady"),
    ],
)
def test_no_flag(totals, why):
    assert not verdict(totals).drop, why


def test_not_enough_history():
    short = engagement_drop(MONTHS[:5], [5] * 5, as_of=date(2024, 6, 2))
    assert short.baseline is None and not short.drop


def test_thresholds_are_named():
    assert 0 < DROP_RATIO < 1 and MIN_BASELINE > 0 and RECENT_MONTHS >= 1


def test_baseline_series_and_months():
    assert baseline_series([6] * 6 + [12, 0], window=6) == (None,) * 6 + (6.0, 7.0)
    assert add_months(date(2024, 11, 1), 3) == date(2025, 2, 1)
    assert month_range(date(2024, 11, 20), date(2025, 1, 1)) == [
        date(2024, 11, 1),
        date(2024, 12, 1),
        date(2025, 1, 1),
    ]


def test_activity_from_grouped_rows():
    rows = [
        (2024, 1, "call", 2),
        (2024, 1, InteractionKind.EMAIL, 5),
        (2024, 3, "call", 1),
        (2023, 12, "call", 9),
    ]
    activity = build_activity(rows, date(2024, 1, 1), date(2024, 3, 1))
    assert activity.months == (date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1))
    assert activity.counts[InteractionKind.CALL] == (2, 0, 1)
    assert activity.totals == (7, 0, 1)
    assert build_activity([], date(2024, 1, 1), date(2024, 2, 1)).totals == (0, 0)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_activity_chart(lang):
    rows = [(2024, m, "call", m % 4 + 2) for m in range(1, 13)] + [
        (2024, m, "meeting", 3) for m in range(1, 10)
    ]
    activity = build_activity(rows, date(2024, 1, 1), date(2024, 12, 1))
    result = engagement_drop(activity.months, activity.totals, as_of=date(2024, 12, 20))
    figure = activity_figure(activity, result, lang=lang, labels={"activity_title": "Custom"})
    assert isinstance(figure, Figure)
    ax = figure.axes[0]
    assert ax.get_title(loc="left") == "Custom"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert ("Звонок" if lang == "ru" else "Call") in legend
    figure.savefig(__import__("io").BytesIO(), format="png")
    empty = activity_figure(build_activity([], date(2024, 1, 1), date(2024, 3, 1)))
    assert any("No data" in t.get_text() for t in empty.axes[0].texts)
