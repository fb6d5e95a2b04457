"""Engagement analytics: interactions per channel per month, the account's own baseline,
and the ``engagement_drop`` rule.

The rule compares the last RECENT_MONTHS complete months with the BASELINE_MONTHS
complete months before them, counting contact with the client (not our notes):
engagement has dropped when the recent monthly mean falls below DROP_RATIO of the
baseline mean. Accounts with a thin baseline (under MIN_BASELINE contacts a month)
are never flagged: their silence is not news. The alert centre applies this same
rule (planner.alerts), so the chart and the alert always agree.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import extract, func, select

from db.enums import InteractionKind
from db.models import Interaction
from db.store import Database
from planner.timeline.query import NO_FILTER, TimelineFilter, _account_id, conditions

BASELINE_MONTHS = 6
RECENT_MONTHS = 2
DROP_RATIO = 0.5
MIN_BASELINE = 2.0
#: How many months the activity chart shows by default.
CHART_MONTHS = 18


@dataclass(frozen=True)
class MonthlyActivity:
    """Counts per channel for contiguous months (first days, ascending, empty months included)."""

    months: tuple[date, ...]
    counts: dict[InteractionKind, tuple[int, ...]]

    @property
    def totals(self) -> tuple[int, ...]:
        return (
            tuple(sum(col) for col in zip(*self.counts.values(), strict=True))
            if self.counts
            else tuple(0 for _ in self.months)
        )


@dataclass(frozen=True)
class Engagement:
    """The verdict of the engagement_drop rule, with the figures behind it."""

    baseline: float | None
    recent: float | None
    ratio: float | None
    drop: bool
    recent_months: tuple[date, ...] = ()
    baseline_months: tuple[date, ...] = ()


def add_months(month: date, n: int) -> date:
    index = month.year * 12 + month.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def month_range(first: date, last: date) -> list[date]:
    months = []
    current = date(first.year, first.month, 1)
    while current <= last:
        months.append(current)
        current = add_months(current, 1)
    return months


def build_activity(
    rows: Iterable[tuple[int, int, InteractionKind, int]], first: date, last: date
) -> MonthlyActivity:
    """(year, month, kind, count) rows into a MonthlyActivity from ``first`` to ``last``."""
    months = month_range(first, last)
    position = {m: i for i, m in enumerate(months)}
    counts: dict[InteractionKind, list[int]] = {}
    for year, month, kind, n in rows:
        index = position.get(date(int(year), int(month), 1))
        if index is None:
            continue
        counts.setdefault(InteractionKind(kind), [0] * len(months))[index] += int(n)
    return MonthlyActivity(tuple(months), {k: tuple(v) for k, v in counts.items()})


def monthly_activity(
    db: Database,
    account_uuid: uuid.UUID,
    *,
    months: int = CHART_MONTHS,
    until: date | None = None,
    filters: TimelineFilter = NO_FILTER,
) -> MonthlyActivity:
    """The account's interactions per channel per month (UTC months), the last ``months`` months."""
    last = until or datetime.now(UTC).date()
    last = date(last.year, last.month, 1)
    first = add_months(last, -(months - 1))
    year = extract("year", Interaction.occurred_at)
    month = extract("month", Interaction.occurred_at)
    with db.session.begin() as session:
        account_id = _account_id(session, account_uuid)
        rows = session.execute(
            select(year, month, Interaction.kind, func.count())
            .where(
                Interaction.account_id == account_id,
                *conditions(session, filters),
                Interaction.occurred_at >= _utc_day(first),
                Interaction.occurred_at < _utc_day(add_months(last, 1)),
            )
            .group_by(year, month, Interaction.kind)
        ).all()
    return build_activity(rows, first, last)


def _utc_day(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def baseline_series(totals: Sequence[int], window: int = BASELINE_MONTHS) -> tuple[float | None, ...]:
    """For each month, the mean of the ``window`` months before it (None until there are enough)."""
    out: list[float | None] = []
    for i in range(len(totals)):
        out.append(sum(totals[i - window : i]) / window if i >= window else None)
    return tuple(out)


def engagement_drop(months: Sequence[date], totals: Sequence[int], *, as_of: date) -> Engagement:
    """The rule, on monthly totals: recent complete months against the account's baseline."""
    current = date(as_of.year, as_of.month, 1)
    complete = [(m, t) for m, t in zip(months, totals, strict=True) if m < current]
    if len(complete) < RECENT_MONTHS + BASELINE_MONTHS:
        return Engagement(None, None, None, False)
    recent = complete[-RECENT_MONTHS:]
    base = complete[-(RECENT_MONTHS + BASELINE_MONTHS) : -RECENT_MONTHS]
    recent_mean = sum(t for _, t in recent) / RECENT_MONTHS
    base_mean = sum(t for _, t in base) / BASELINE_MONTHS
    ratio = recent_mean / base_mean if base_mean else None
    drop = base_mean >= MIN_BASELINE and recent_mean < DROP_RATIO * base_mean
    return Engagement(
        base_mean, recent_mean, ratio, drop, tuple(m for m, _ in recent), tuple(m for m, _ in base)
    )


def account_engagement(
    db: Database, account_uuid: uuid.UUID, *, as_of: date | None = None
) -> tuple[MonthlyActivity, Engagement]:
    """The activity of the months the rule needs (and the chart shows), and the rule's verdict."""
    as_of = as_of or datetime.now(UTC).date()
    activity = monthly_activity(
        db, account_uuid, months=max(CHART_MONTHS, BASELINE_MONTHS + RECENT_MONTHS + 1), until=as_of
    )
    return activity, engagement_drop(activity.months, contact_totals(activity), as_of=as_of)


def contact_totals(activity: MonthlyActivity) -> tuple[int, ...]:
    """Monthly totals of real contact with the client: our own notes do not count."""
    counts = [col for kind, col in activity.counts.items() if kind is not InteractionKind.NOTE]
    if not counts:
        return tuple(0 for _ in activity.months)
    return tuple(sum(col) for col in zip(*counts, strict=True))
