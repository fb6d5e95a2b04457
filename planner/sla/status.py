"""An SLA's status from its measured value, target, direction and warning threshold."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from db.enums import SlaDirection


class SlaStatus(StrEnum):
    MET = "met"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    NO_DATA = "no_data"


def classify(
    value: Decimal | None,
    target: Decimal,
    direction: SlaDirection,
    warning: Decimal | None = None,
) -> SlaStatus:
    """Met, at risk or breached; no data without a value.

    "At least" SLAs breach below the target and are at risk below the warning
    threshold (which then lies above the target); "at most" SLAs mirror that. A
    warning threshold on the wrong side of the target cannot warn and is ignored.
    A value exactly on the target meets it (it is what was promised); a value exactly
    on the warning threshold is at risk (the model defines the threshold as the value
    "at which" the metric is at risk).
    """
    if value is None:
        return SlaStatus.NO_DATA
    if direction is SlaDirection.AT_LEAST:
        if value < target:
            return SlaStatus.BREACHED
        if warning is not None and warning > target and value <= warning:
            return SlaStatus.AT_RISK
        return SlaStatus.MET
    if value > target:
        return SlaStatus.BREACHED
    if warning is not None and warning < target and value >= warning:
        return SlaStatus.AT_RISK
    return SlaStatus.MET


def fails(value: Decimal | float, target: Decimal, direction: SlaDirection) -> bool:
    """Whether one record's own value falls on the wrong side of the target (evidence)."""
    value = Decimal(str(value)) if not isinstance(value, Decimal) else value
    return value < target if direction is SlaDirection.AT_LEAST else value > target
