"""The day the service views and the alert centre judge "as of": today, unless overridden.

The one place that reads ``KAP_AS_OF`` (``YYYY-MM-DD``): tests, screenshots and demos
set it to look at a portfolio as it stood on a given day (the demo's is 2026-11-27),
so the scorecard, the open deliveries and the alerts agree with
``kap alerts --as-of``. Without it every planner call gets ``as_of=None``: now.
"""

from __future__ import annotations

import logging
import os
from datetime import date

AS_OF_ENV = "KAP_AS_OF"

log = logging.getLogger(__name__)


def as_of() -> date | None:
    """The override day, or None for "now" (an unreadable value is ignored, with a warning)."""
    text = os.environ.get(AS_OF_ENV, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        log.warning("%s=%r is not a date (YYYY-MM-DD); using today", AS_OF_ENV, text)
        return None


def today() -> date:
    """The day judged: the override, else today's UTC date (as the planner counts periods)."""
    from datetime import UTC, datetime

    return as_of() or datetime.now(UTC).date()
