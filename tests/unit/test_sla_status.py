"""SLA status against target and warning threshold, in both directions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from db.enums import SlaDirection
from planner.sla.status import SlaStatus, classify, fails

LEAST, MOST = SlaDirection.AT_LEAST, SlaDirection.AT_MOST


@pytest.mark.parametrize(
    ("value", "expected"),
    [("99", "met"), ("97.01", "met"), ("97", "at_risk"), ("95.5", "at_risk"), ("95", "at_risk"),
     ("94.99", "breached"), (None, "no_data")],
)
def test_at_least_with_warning(value, expected):
    """Target 95 %, warning 97 %: at or below the warning is at risk, below the target breached."""
    measured = Decimal(value) if value else None
    assert classify(measured, Decimal("95"), LEAST, Decimal("97")) is SlaStatus(expected)


def test_exactly_on_target_is_not_breached():
    assert classify(Decimal("95"), Decimal("95"), LEAST) is SlaStatus.MET
    assert classify(Decimal("48"), Decimal("48"), MOST) is SlaStatus.MET


@pytest.mark.parametrize(
    ("value", "expected"),
    [("10", "met"), ("39.9", "met"), ("40", "at_risk"), ("48", "at_risk"), ("48.01", "breached")],
)
def test_at_most_with_warning(value, expected):
    """First response at most 48 h, warning from 40 h."""
    assert classify(Decimal(value), Decimal("48"), MOST, Decimal("40")) is SlaStatus(expected)


def test_warning_on_the_wrong_side_is_ignored():
    assert classify(Decimal("96"), Decimal("95"), LEAST, Decimal("90")) is SlaStatus.MET
    assert classify(Decimal("45"), Decimal("48"), MOST, Decimal("60")) is SlaStatus.MET
    assert classify(Decimal("50"), Decimal("48"), MOST, Decimal("60")) is SlaStatus.BREACHED


def test_without_warning_only_met_or_breached():
    assert classify(Decimal("95.1"), Decimal("95"), LEAST) is SlaStatus.MET
    assert classify(Decimal("94.9"), Decimal("95"), LEAST) is SlaStatus.BREACHED


def test_fails_per_record():
    assert fails(3, Decimal("2"), MOST) and not fails(2, Decimal("2"), MOST)
    assert fails(Decimal("1"), Decimal("2"), LEAST) and not fails(2.0, Decimal("2"), LEAST)
