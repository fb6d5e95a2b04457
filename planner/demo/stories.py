"""The planted stories: patterns in the demo data that later analytics must find.

Each base account carries one story; the constants here set how strong each
pattern is, so the generators and the tests agree on what "planted" means.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum


class StoryKind(StrEnum):
    ENGAGEMENT_DROP = "engagement_drop"
    CHAMPION_LEFT = "champion_left"
    SLA_SLIPPING = "sla_slipping"
    ORDERS_DECLINING = "orders_declining"
    LATE_DELIVERY_PREDICTABLE = "late_delivery_predictable"
    NPS_DROP = "nps_drop"
    KEY_PERSON_STALE = "key_person_stale"
    NO_COACH = "no_coach"


@dataclass(frozen=True)
class Story:
    """One planted story: where it is and, in a line, what an analyst should notice."""

    kind: StoryKind
    account: str
    person: str | None
    description: str
    account_uuid: uuid.UUID | None = None
    product_line: str | None = None


#: Interactions in the last DROP_DAYS days run at this fraction of the usual rate.
DROP_DAYS = 90
DROP_FACTOR = 0.08
#: The champion left this many days before ``as_of``.
CHAMPION_LEFT_DAYS = 40
#: The economic buyer of the stale story was last contacted this many days before ``as_of``.
STALE_DAYS = 128
#: Orders of the last twelve months run at this fraction of the year before.
DECLINE_FACTOR = 0.55
#: Share of past deliveries on the predictable line that arrived late.
PREDICTABLE_LATE_SHARE = 0.75
#: Open deliveries on that line are promised this many days after ``as_of``.
PREDICTABLE_OPEN_OFFSETS = (6, 15, 26)


def describe(kind: StoryKind, account: str, person: str | None, line: str | None) -> str:
    """The one-line English description of a story, as the summary lists it."""
    if kind is StoryKind.ENGAGEMENT_DROP:
        return (f"{account} went quiet: interactions in the last {DROP_DAYS} days fell to a "
                f"fraction of the monthly rate of the year before.")
    if kind is StoryKind.CHAMPION_LEFT:
        return (f"Our champion and coach {person} left {account} about {CHAMPION_LEFT_DAYS} "
                f"days ago; no contact since.")
    if kind is StoryKind.SLA_SLIPPING:
        return (f"On-time delivery at {account} slipped from met to at risk to breached over "
                f"four months, mostly on {line}.")
    if kind is StoryKind.ORDERS_DECLINING:
        return (f"Orders from {account} in the last twelve months are about "
                f"{round((1 - DECLINE_FACTOR) * 100)} % below the twelve months before.")
    if kind is StoryKind.LATE_DELIVERY_PREDICTABLE:
        return (f"Open deliveries of {line} to {account} are due within a month, and most past "
                f"deliveries of that line arrived late.")
    if kind is StoryKind.NPS_DROP:
        return f"The latest NPS round at {account} fell far below the previous rounds."
    if kind is StoryKind.KEY_PERSON_STALE:
        return (f"Economic buyer {person} at {account} has not been contacted for more than "
                f"{STALE_DAYS - STALE_DAYS % 10} days, though the account is otherwise active.")
    return f"Nobody at {account} has been identified as a coach."
