"""The demo's calendar: two years of working days ending at ``as_of``.

Everything that needs dates asks the timeline, which precomputes per-day
weights (weekdays, holidays, seasons in Russia and in Europe) and the UTC
instant of local midnight in each time zone, so generating a million
timestamps costs one addition each.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

HISTORY_DAYS = 730
MINUTE = [timedelta(minutes=m) for m in range(24 * 60)]
_WEEKDAY = (1.0, 1.1, 1.1, 1.05, 0.8, 0.06, 0.04)
#: Month factors (January first) of business activity, per client language.
SEASON = {
    "ru": (0.9, 1.0, 1.05, 1.05, 0.95, 1.0, 0.85, 0.8, 1.05, 1.1, 1.1, 1.15),
    "en": (0.95, 1.05, 1.1, 1.05, 1.0, 1.0, 0.85, 0.55, 1.05, 1.1, 1.1, 0.9),
}
_RU_HOLIDAYS = {(2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4)}
#: Local hour weights of client contact (08:00–21:00).
_HOUR_WEIGHTS = {8: 0.5, 9: 1.0, 10: 1.3, 11: 1.3, 12: 0.8, 13: 0.7, 14: 1.2, 15: 1.2, 16: 1.1,
                 17: 0.7, 18: 0.35, 19: 0.15, 20: 0.08}


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = ((h + el - 7 * m + 114) % 31) + 1
    return date(year, month, day)


class Timeline:
    """Days ``start`` … ``as_of - 1`` (index 0 … HISTORY_DAYS - 1) and helpers on them."""

    def __init__(self, as_of: date, rng: random.Random) -> None:
        self.as_of = as_of
        self.days = HISTORY_DAYS
        self.start = as_of - timedelta(days=HISTORY_DAYS)
        self.dates = [self.start + timedelta(days=i) for i in range(HISTORY_DAYS)]
        self._midnights: dict[str, list[datetime]] = {}
        self._weights: dict[str, list[float]] = {}
        self._zones: dict[str, ZoneInfo] = {}
        hours = [h for h, w in _HOUR_WEIGHTS.items() for _ in range(round(w * 20))]
        #: Local minute-of-day of a client contact, drawn with ``pool[int(random() * len)]``.
        self.minute_pool = [h * 60 + rng.randrange(60) for h in hours for _ in range(8)]
        rng.shuffle(self.minute_pool)
        self.quarter_of_day: list[tuple[int, int]] = [
            (d.year, (d.month - 1) // 3) for d in self.dates
        ]

    def index(self, day: date) -> int:
        return (day - self.start).days

    def day(self, offset: int) -> date:
        """The date ``offset`` days after ``as_of`` (negative for the past)."""
        return self.as_of + timedelta(days=offset)

    def zone(self, tz: str) -> ZoneInfo:
        if tz not in self._zones:
            self._zones[tz] = ZoneInfo(tz)
        return self._zones[tz]

    def midnights(self, tz: str) -> list[datetime]:
        """UTC instant of local midnight for every history day in zone ``tz``."""
        if tz not in self._midnights:
            zone = self.zone(tz)
            self._midnights[tz] = [
                datetime.combine(d, time(), zone).astimezone(UTC) for d in self.dates
            ]
        return self._midnights[tz]

    def weights(self, language: str) -> list[float]:
        """Relative business activity of each history day for clients of a language."""
        if language not in self._weights:
            self._weights[language] = [self._weight(d, language) for d in self.dates]
        return self._weights[language]

    def _weight(self, d: date, language: str) -> float:
        season = SEASON["ru" if language == "ru" else "en"]
        w = _WEEKDAY[d.weekday()] * season[d.month - 1]
        if language == "ru":
            if d.month == 1 and d.day <= 8:
                return w * 0.04
            if d.month == 5 and d.day <= 10:
                w *= 0.4
            if (d.month, d.day) in _RU_HOLIDAYS:
                return w * 0.05
            if d.month == 12 and d.day == 31:
                return w * 0.1
            return w
        if (d.month == 12 and d.day >= 24) or (d.month == 1 and d.day == 1):
            return w * 0.06
        if d.month == 1 and d.day <= 6:
            w *= 0.5
        sunday = easter(d.year)
        if d in (sunday - timedelta(days=2), sunday + timedelta(days=1),
                 sunday + timedelta(days=39), sunday + timedelta(days=50)):
            return w * 0.1
        if d.month == 5 and d.day == 1:
            return w * 0.2
        return w

    def months(self) -> list[tuple[date, date]]:
        """(first day, last day) of every calendar month touched by the history, oldest first."""
        result = []
        first = self.start.replace(day=1)
        end = self.as_of
        while first <= end:
            nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            result.append((first, nxt - timedelta(days=1)))
            first = nxt
        return result
